"""ACLED event and sub-event types for PLOVER events: codebook cues, actor kinds, an optional learned head."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from . import syntax
from .labels import ACLED, ACLED_NONE
from .lexicon import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .features import Feature
    from .frames import Frame

RESOURCE = "dateline.resources.events"
# Which sub-event types a PLOVER type can be (ACLED codes no verbal events, sanctions or consultations).
COMPATIBLE: dict[str, frozenset[str]] = {
    "ASSAULT": frozenset({"Armed clash", "Government regains territory",
                          "Non-state actor overtakes territory",
                          "Chemical weapon", "Air/drone strike", "Suicide bomb",
                          "Shelling/artillery/missile attack",
                          "Remote explosive/landmine/IED", "Grenade", "Sexual violence", "Attack",
                          "Abduction/forced disappearance", "Mob violence", "Violent demonstration",
                          "Excessive force against protesters", "Looting/property destruction",
                          "Disrupted weapons use"}),
    "PROTEST": frozenset({"Peaceful protest", "Protest with intervention",
                          "Excessive force against protesters",
                          "Violent demonstration", "Mob violence"}),
    "COERCE": frozenset({"Arrests", "Protest with intervention", "Excessive force against protesters",
                         "Disrupted weapons use", "Looting/property destruction",
                         "Abduction/forced disappearance",
                         "Attack"}),
    "MOBILIZE": frozenset({"Change to group/activity", "Headquarters or base established"}),
    "AGREE": frozenset({"Agreement"}),
    "CONCEDE": frozenset({"Agreement"}),
    "RETREAT": frozenset({"Non-violent transfer of territory", "Agreement", "Change to group/activity"}),
    "COOPERATE": frozenset({"Agreement"}),
}
BY_MODE = {"arrest": "Arrests", "abduct": "Abduction/forced disappearance", "sexual": "Sexual violence",
           "destroy": "Looting/property destruction", "riot": "Violent demonstration",
           "demo": "Peaceful protest",
           "strike-gen": "Peaceful protest", "strike-lim": "Peaceful protest",
           "strike-hun": "Peaceful protest",
           "obstruct": "Peaceful protest", "boycott": "Peaceful protest",
           "confiscate": "Disrupted weapons use",
           "withdraw": "Non-violent transfer of territory", "release": "Agreement",
           "troops": "Change to group/activity",
           "police": "Change to group/activity", "execute": "Attack", "beat": "Attack", "torture": "Attack",
           "assassinate": "Attack", "primitive": "Attack", "explosives": "Remote explosive/landmine/IED",
           "heavy-weapons": "Shelling/artillery/missile attack", "firearms": "Armed clash"}
DEFAULT = {"ASSAULT": "Armed clash", "PROTEST": "Peaceful protest", "AGREE": "Agreement",
           "MOBILIZE": "Change to group/activity"}
STATE = frozenset({"army", "troop", "soldier", "force", "military", "government", "police", "policeman",
                   "regime",
                   "security", "navy", "marine", "commando", "paramilitary", "coalition", "authority",
                   "administration",
                   "ministry", "officer", "guard", "gendarme", "gendarmerie", "sdf", "saa", "idf", "unit"})
NONSTATE = frozenset({"rebel", "militant", "insurgent", "fighter", "jihadist", "terrorist", "group",
                      "militia",
                      "guerrilla", "guerilla", "extremist", "gunman", "islamist", "separatist", "taliban",
                      "isis",
                      "isil", "is", "daesh", "shabaab", "boko", "haram", "al-qaeda", "opposition", "bandit",
                      "tribesman", "maoist", "naxal", "naxalite", "houthi", "houthis", "pkk", "ypg", "hts",
                      "nusra"})
CIVILIANS = frozenset({"civilian", "villager", "people", "resident", "woman", "child", "student", "worker",
                       "journalist", "farmer", "man", "boy", "girl", "teacher", "doctor", "passenger",
                       "worshipper",
                       "family", "activist", "pilgrim", "refugee", "shopkeeper", "trader", "driver",
                       "person"})
PROTESTERS = frozenset({"protester", "protestor", "demonstrator", "crowd", "rally", "march", "student",
                        "worker"})


@dataclass(frozen=True, slots=True)
class AcledCue:
    """A word sequence pointing to a sub-event type."""

    words: tuple[str, ...]
    sub_event: str
    weight: float


@lru_cache(maxsize=1)
def cue_table() -> dict[str, tuple[AcledCue, ...]]:
    """First word -> the cues starting with it, from acled_cues.tsv."""
    text = resources.files(RESOURCE).joinpath("acled_cues.tsv").read_text(encoding="utf-8")
    out: dict[str, list[AcledCue]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cue, sub, weight = line.split("\t")
        if sub not in ACLED:
            raise ValueError(f"acled_cues.tsv: unknown sub-event type {sub!r}")
        words = tuple(cue.lower().split())
        out.setdefault(words[0], []).append(AcledCue(words, sub, float(weight)))
    return {k: tuple(v) for k, v in out.items()}


def cue_scores(words: list[str], weight: float = 1.0) -> dict[str, float]:
    """Sub-event type -> summed cue weight over a list of lemmas (a cue counts once per type)."""
    table = cue_table()
    seen: dict[tuple[str, ...], float] = {}
    subs: dict[tuple[str, ...], str] = {}
    for i, w in enumerate(words):
        for cue in table.get(w, ()):
            n = len(cue.words)
            if tuple(words[i:i + n]) == cue.words or (n > 1 and _loose(words, i, cue.words)):
                key = (*cue.words, cue.sub_event)
                seen[key] = max(seen.get(key, 0.0), cue.weight * weight)
                subs[key] = cue.sub_event
    out: dict[str, float] = {}
    for key, w in seen.items():
        out[subs[key]] = out.get(subs[key], 0.0) + w
    return out


def trigger_cues(f: Frame) -> dict[str, float]:
    """Cue scores of the event's own words: trigger, anchor and the anchor's particle ("take over")."""
    words = [lemma_of(f.trigger)]
    if f.anchor.i != f.trigger.i:
        words.append(lemma_of(f.anchor))
    words += [lemma_of(c) for c in f.anchor.children if c.dep_ == "prt"]
    return cue_scores(words)


def _loose(words: list[str], i: int, cue: tuple[str, ...]) -> bool:
    """A multi-word cue with up to two words between its parts ("set the shops on fire", "threw stones")."""
    j = i + 1
    for part in cue[1:]:
        window = words[j:j + 3]
        if part not in window:
            return False
        j += window.index(part) + 1
    return True


def lemmas(tokens: list[Token]) -> list[str]:
    """Lower-case lemmas of tokens, hyphenated words also whole."""
    return [lemma_of(t) for t in tokens]


def actor_kind(f: Frame) -> str | None:
    """"state" or "nonstate" for the subject of the event, from its head word and modifiers."""
    subj = syntax.subject(f.anchor) if f.anchor.pos_ in ("VERB", "AUX") else None
    if subj is None and syntax.is_passive(f.anchor):
        subj = syntax.agent(f.anchor)
    if subj is None:
        return None
    words = {lemma_of(t) for t in subj.subtree}
    if words & NONSTATE:
        return "nonstate"
    if words & STATE:
        return "state"
    return None


def target_kind(f: Frame) -> str | None:
    """"civilians" or "protesters" when the event's object is one of them."""
    objs = syntax.children(f.anchor, "dobj", "nsubjpass")
    for prep in syntax.children(f.anchor, "prep"):
        objs += syntax.children(prep, "pobj")
    words = {lemma_of(t) for o in objs for t in o.subtree}
    if words & PROTESTERS:
        return "protesters"
    if words & CIVILIANS:
        return "civilians"
    return None


def acled_features(f: Frame, clause: list[Token], sentence: list[Token], plover: str,
                   others: list[Frame] = (), rule: tuple[str | None, float] | None = None) -> list[Feature]:
    """Features for the learned ACLED head: cues, actor and target kinds, the PLOVER type and mode, and
    the other events of the sentence (a protest met with tear gas is a protest with intervention)."""
    out: list[Feature] = [(f"plover={plover}", 1.0), (f"pmode={f.mode}", 1.0)]
    for g in others:
        if g is not f:
            out.append((f"co={g.type}", 1.0))
            out.append((f"co.t={lemma_of(g.trigger)}", 1.0))
            out.append((f"{plover}+co={g.type}", 1.0))
    for sub, w in cue_scores(lemmas(clause)).items():
        out.append((f"cue={sub}", w))
    for sub, w in cue_scores(lemmas(sentence), 0.5).items():
        out.append((f"scue={sub}", w))
    words = {lemma_of(t) for t in sentence if t.pos_ in ("NOUN", "VERB", "ADJ") and not t.is_stop}
    out += [(f"sw={w}", 1.0 / len(words) ** 0.5) for w in words]
    name, strength = rule if rule is not None else rule_sub_event(f, clause, sentence, plover)
    out.append((f"rule={name}", 1.0))
    out.append((f"rule.s={name}", strength))
    ak, tk = actor_kind(f), target_kind(f)
    out.append((f"actor={ak}", 1.0))
    out.append((f"target={tk}", 1.0))
    out.append((f"plover+actor={plover}+{ak}", 1.0))
    return out


def rule_sub_event(f: Frame, clause: list[Token], sentence: list[Token], plover: str) -> tuple[str | None,
                                                                                               float]:
    """The ACLED sub-event type by codebook rules (None when none fits) and a 0-1 strength."""
    allowed = COMPATIBLE.get(plover)
    if not allowed:
        return None, 0.0
    scores = cue_scores(lemmas(clause))
    for sub, w in cue_scores(lemmas(sentence), 0.5).items():
        scores[sub] = scores.get(sub, 0.0) + w
    for sub, w in trigger_cues(f).items():  # the word naming the event outweighs words around it
        scores[sub] = scores.get(sub, 0.0) + w
    default = BY_MODE.get(f.mode or "") or DEFAULT.get(plover)
    if default in allowed:
        scores[default] = scores.get(default, 0.0) + 0.5
    kind, target = actor_kind(f), target_kind(f)
    territory = scores.pop("Government regains territory",
                           0.0), scores.pop("Non-state actor overtakes territory", 0.0)
    if max(territory) > 0.0:
        key = "Non-state actor overtakes territory" if kind == "nonstate" else "Government regains territory"
        scores[key] = max(territory) + (0.3 if kind else 0.0)
    if plover == "ASSAULT" and target == "civilians":
        scores["Attack"] = scores.get("Attack", 0.0) + 0.6
    if target == "protesters" and plover in ("ASSAULT", "COERCE"):
        key = "Excessive force against protesters" if plover == "ASSAULT" else "Protest with intervention"
        scores[key] = (
            scores.get("Excessive force against protesters", 0.0) + 0.8)
    scores = {k: v for k, v in scores.items() if k in allowed}
    if not scores:
        return None, 0.0
    best = max(scores.items(), key=lambda kv: (kv[1], kv[0]))
    return best[0], min(1.0, best[1] / 2.0)


POOL_SELF = 0.5  # in a paragraph's pooled view, each event's own evidence counts half
RULE_VOTE = 0.3  # the codebook rule's vote, times its strength, added to the learned probability


def pool(probs: list[dict[str, float]], types: list[str]) -> list[dict[str, float]]:
    """Each candidate's head probabilities averaged with those of the others that may be the same incident."""
    out = []
    for i, (p, t) in enumerate(zip(probs, types, strict=True)):
        mine = COMPATIBLE.get(t, frozenset())
        others = [q for j, (q, u) in enumerate(zip(probs, types, strict=True))
                  if j != i and mine & COMPATIBLE.get(u, frozenset())]
        if not others:
            out.append(p)
            continue
        out.append({k: POOL_SELF * v + (1 - POOL_SELF) * sum(q.get(k, 0.0) for q in others) / len(others)
                    for k, v in p.items()})
    return out


def learned_sub_event(probs: dict[str, float], plover: str,
                      rule: tuple[str | None, float] = (None, 0.0)) -> tuple[str | None, float]:
    """The learned sub-event among those the PLOVER type allows, plus the rule's vote (None: "none" wins)."""
    allowed = COMPATIBLE.get(plover, frozenset())
    if not allowed:
        return None, probs.get(ACLED_NONE, 0.0)
    scores = {s: probs.get(s, 0.0) for s in allowed}
    scores[ACLED_NONE] = probs.get(ACLED_NONE, 0.0)
    if rule[0] in scores:
        scores[rule[0]] += RULE_VOTE * rule[1]
    best = max(scores.items(), key=lambda kv: (kv[1], kv[0]))
    return (None, best[1]) if best[0] == ACLED_NONE else best
