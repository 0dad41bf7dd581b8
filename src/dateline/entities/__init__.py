"""Entity recognition beyond the NER: alias-table matching, mention arbitration, grouping into entities.

The `entities` stage runs, per document:
  matcher        alias-table names (acronyms in capitals only, other names in any case but lower)
  mentions       the NER trimmed and de-noised (noise, names), arbitrated against aliases and resolved places
  retype         the guard: one-word "people" that are countries or towns become GPE when places are absent
  propagate      other occurrences of names the NER found once (occurrences)
  labels         one label per name (surnames, given names, place labels win)
  acronyms       acronyms the article defines ("the Free Rivers Front (FRF)") and their occurrences
  grouping       canonical entities: by alias key, place, person name tokens, organisation key and acronym
  descriptions   what the article says a person is ("Russian ambassador to Syria")
For the events layer: agents codes any noun phrase as (country, sector, known actor, entity), and
generic.add_generic_actor makes a generic actor phrase ("the armed opposition") an entity when it acts.
"""

from .agents import AgentCode, code_actor, code_phrase
from .generic import add_generic_actor
from .grouping import group_mentions
from .matcher import AliasMatcher, alias_matcher

__all__ = ["AgentCode", "AliasMatcher", "add_generic_actor", "alias_matcher", "code_actor", "code_phrase",
           "group_mentions"]
