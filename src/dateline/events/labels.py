"""The label sets events are coded in: PLOVER types and their families, ACLED types, statuses."""

from __future__ import annotations

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
NONE = "NONE"  # the classifier's "no event here" class
CLASSES: tuple[str, ...] = (*PLOVER_TYPES, NONE)

# Cooperative acts promised for the future are AGREE, hostile ones THREATEN (PLOVER manual, AGREE/THREATEN).
COOPERATIVE = frozenset({"AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
HOSTILE = frozenset({"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
VERBAL = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})

# What ending an event of a type amounts to ("lifted sanctions", "suspended talks", "halted the offensive").
UNDONE = {
    "SANCTION": "CONCEDE", "COERCE": "CONCEDE", "PROTEST": "CONCEDE", "THREATEN": "CONCEDE",
    "ASSAULT": "RETREAT", "MOBILIZE": "RETREAT",
    "CONSULT": "SANCTION", "COOPERATE": "SANCTION", "AID": "SANCTION", "AGREE": "SANCTION",
    "SUPPORT": "SANCTION",
}

# THREATEN's mode names what is threatened (PLOVER manual, THREATEN modes).
THREAT_MODES = {
    "ASSAULT": "violence", "MOBILIZE": "violence", "SANCTION": "relations", "PROTEST": "restrict",
    "COERCE": "restrict", "RETREAT": "relations",
}
THREAT_MODES_BY_MODE = {"arrest": "arrest", "ban": "ban", "deport": "expel", "expel": "expel",
                        "curfew": "restrict",
                        "martial-law": "restrict", "withdraw": "relations", "sever": "relations",
                        "cancel": "relations"}
# REQUEST and REJECT share modes naming what is asked for or refused.
ASK_MODES = {"CONSULT": "meet", "AID": "assist", "COOPERATE": "assist", "SUPPORT": "assist",
             "CONCEDE": "yield",
             "RETREAT": "yield", "AGREE": "yield"}

# ACLED sub-event type -> event type (ACLED codebook 2021+, names as ACLED writes them).
ACLED: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Chemical weapon": "Explosions/Remote violence",
    "Air/drone strike": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Sexual violence": "Violence against civilians",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}
ACLED_NONE = "none"
ACLED_CLASSES: tuple[str, ...] = (*ACLED, ACLED_NONE)

STATUSES = ("asserted", "ongoing", "historical", "future", "hypothetical", "negated")
