"""Entity recognition beyond the NER: alias-table matching, name normalisation, grouping into entities."""

from .grouping import group_mentions
from .matcher import AliasMatcher, alias_matcher

__all__ = ["AliasMatcher", "alias_matcher", "group_mentions"]
