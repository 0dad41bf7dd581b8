"""The evidence that a gazetteer match is a toponym, as named features (weighed by the trained model in model.py)."""

from __future__ import annotations

import math

from ..gazetteer import ABBREVIATION, OFFICIAL, Entry
from .candidates import PLACE_LABELS, Candidate
from .lexicon import Lexicon

BROAD = frozenset({"PCLI", "PCLD", "PCLS", "PCLF", "PCLIX", "TERR", "CONT", "ZN"})
OTHER_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "WORK_OF_ART",
                          "EVENT", "PRODUCT", "LAW", "LANGUAGE"})
NAMES = ("log_pop", "broad", "adm1", "adm2", "feature", "only_alternate", "senses", "official_big", "hamlet",
         "ner_place", "ner_person", "ner_org", "ner_norp", "ner_other", "inside_person", "inside_org", "inside_place",
         "inside_other", "prev_prep", "prev_comma", "keyword_fit", "propn", "sent_start_single", "stopname",
         "short_lower", "short_code", "bad_abbreviation", "story_country", "surname", "multi_token", "all_caps",
         "run_before", "run_after", "acronym", "possessive", "qualified", "qualifies")


def features(c: Candidate, entries: list[Entry], lex: Lexicon, story: set[str], surnames: set[str]) -> list[float]:
    """The feature vector of a match, in the order of NAMES."""
    codes = {e.feature_code for e in entries}
    pop = max((e.population for e in entries if e.feature_class == "P"), default=0)
    official = [e for e in entries if e.kind == OFFICIAL]
    big = any(e.feature_code in BROAD or e.feature_code == "ADM1" or e.population >= 50_000 for e in official)
    only_towns = all(e.feature_class == "P" for e in entries)
    letters = sum(ch.isalpha() for ch in c.text)
    short = letters <= 3
    f = {
        "log_pop": math.log10(pop + 1) / 7,
        "broad": float(bool(codes & BROAD)),
        "adm1": float("ADM1" in codes),
        "adm2": float("ADM2" in codes),
        "feature": float(any(e.feature_class in ("H", "L", "T", "S", "V", "U") for e in entries)),
        "only_alternate": float(not official),
        "senses": math.log2(len(entries)) / 4,
        "official_big": float(big),
        "hamlet": float(only_towns and pop < 5_000),
        "ner_place": float(c.ner in PLACE_LABELS),
        "ner_person": float(c.ner == "PERSON"),
        "ner_org": float(c.ner == "ORG"),
        "ner_norp": float(c.ner == "NORP"),
        "ner_other": float(c.ner in OTHER_LABELS),
        "inside_person": float(c.inside == "PERSON"),
        "inside_org": float(c.inside == "ORG"),
        "inside_place": float(c.inside in PLACE_LABELS),
        "inside_other": float(c.inside is not None and c.inside not in PLACE_LABELS
                              and c.inside not in ("PERSON", "ORG")),
        "prev_prep": float(c.prev in lex.prepositions),
        "prev_comma": float(c.prev == ","),
        "keyword_fit": float(c.keyword is not None and any(c.keyword.fits(e.feature_class, e.feature_code)
                                                           for e in entries)),
        "propn": float(c.propn),
        "sent_start_single": float(c.sent_start and c.tokens == 1),
        "stopname": float(c.key in lex.stopnames),
        "short_lower": float(short and not (c.text.isupper() or "." in c.text)),
        "short_code": float(short and c.text.isupper() and not any(e.kind == ABBREVIATION for e in entries)),
        "bad_abbreviation": float(not _abbreviation_ok(c, entries, lex)),
        "story_country": float(bool(story) and any(e.country in story for e in entries)),
        "surname": float(c.key in surnames),
        "multi_token": float(c.tokens > 1),
        "all_caps": float(c.all_caps and not short),
        "run_before": float(c.run_before),
        "run_after": float(c.run_after),
        "acronym": float(c.all_caps and not c.shouting and c.tokens == 1 and 4 <= letters <= 5
                         and not any(e.kind == ABBREVIATION for e in entries)),
        "possessive": float(c.possessive),
        "qualified": float(c.qualified),
        "qualifies": float(c.qualifies),
    }
    return [f[n] for n in NAMES]


def _abbreviation_ok(c: Candidate, entries: list[Entry], lex: Lexicon) -> bool:
    """Division abbreviations ("Ill.", "Pa.") count only after a comma ("Springfield, Ill.") or "in"."""
    if any(e.kind != ABBREVIATION or e.feature_code not in ("ADM1", "ADM2") for e in entries):
        return True
    return c.prev == "," or c.prev in lex.prepositions
