#!/usr/bin/env python3
"""Train the event typer and the ACLED head, cross-validate them, fit the confidence map, write the weights.

Data (JSON Lines, one text per line with a label; see ../shared/data/dev/README.md for how each was made):
  ngec-synthetic.jsonl     4,500 synthetic PLOVER stories (github.com/ahalterman/NGEC,
                           setup/train_classifiers, MIT); only each story's first paragraph is used, and only
                           where the lexicon finds an event of the story's type there.
  plover-gsr-dev.jsonl     PLOVER gold sentences (github.com/openeventdata/PLOVER, CC BY-SA 4.0), "plover".
  case2021-t2-dev.jsonl    CASE 2021 task 2 snippets with ACLED sub-event types (github.com/emerging-welfare/
                           case-2021-shared-task), label "acled".
  india-police-events.jsonl  IndiaPoliceEvents sentences (github.com/slanglab/IndiaPoliceEvents), --india.

The two dev sets are used in training only with --dev. Their numbers are then out-of-fold (k-fold by text),
printed next to those of a model trained without them. Everything runs on CPU with the project's spaCy model;
parses are cached under --cache. The typer and the head are multinomial logistic regressions over hashed
features (scikit-learn at training time only); the runtime scores them with numpy.

usage: train_events.py [--data DIR] [--out DIR] [--cache DIR] [--folds 5] [--dev] [--report FILE]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dateline.events import acled as acled_rules  # noqa: E402
from dateline.events.coder import Candidate, EventCoder  # noqa: E402
from dateline.events.confidence import calibration_inputs  # noqa: E402
from dateline.events.evidence import clause_tokens  # noqa: E402
from dateline.events.features import frame_features, hashed  # noqa: E402
from dateline.events.frames import depth, sentence_frames  # noqa: E402
from dateline.events.labels import ACLED_CLASSES, ACLED_NONE, CLASSES, NONE  # noqa: E402
from dateline.events.model import LinearModel  # noqa: E402

DIMS = 1 << 16
# ACLED sub-event -> the PLOVER types an event of it is coded as (first: the usual one).
PLOVER_OF_ACLED = {
    "Armed clash": ("ASSAULT",), "Government regains territory": ("ASSAULT",),
    "Non-state actor overtakes territory": ("ASSAULT",), "Chemical weapon": ("ASSAULT",),
    "Air/drone strike": ("ASSAULT",), "Suicide bomb": ("ASSAULT",),
    "Shelling/artillery/missile attack": ("ASSAULT",),
    "Remote explosive/landmine/IED": ("ASSAULT",), "Grenade": ("ASSAULT",), "Sexual violence": ("ASSAULT",),
    "Attack": ("ASSAULT",), "Abduction/forced disappearance": ("ASSAULT", "COERCE"),
    "Peaceful protest": ("PROTEST",), "Protest with intervention": ("PROTEST", "COERCE"),
    "Excessive force against protesters": ("ASSAULT", "COERCE", "PROTEST"),
    "Violent demonstration": ("PROTEST",), "Mob violence": ("ASSAULT", "PROTEST"),
    "Agreement": ("AGREE", "RETREAT", "CONCEDE"), "Arrests": ("COERCE",),
    "Change to group/activity": ("MOBILIZE", "RETREAT", "COOPERATE"),
    "Disrupted weapons use": ("COERCE", "ASSAULT"),
    "Headquarters or base established": ("MOBILIZE",), "Looting/property destruction": ("ASSAULT", "COERCE"),
    "Non-violent transfer of territory": ("RETREAT",), "Other": (),
}
# NGEC synthetic modes whose ACLED sub-event is unambiguous.
ACLED_OF_MODE = {
    "AERIAL": "Air/drone strike", "DRONE": "Air/drone strike", "SUICIDE-ATTACK": "Suicide bomb",
    "EXPLOSIVES": "Remote explosive/landmine/IED", "HEAVY-WEAPONS": "Shelling/artillery/missile attack",
    "SEXUAL": "Sexual violence", "ABDUCT": "Abduction/forced disappearance", "RIOT": "Violent demonstration",
    "DEMO": "Peaceful protest", "DESTROY": "Looting/property destruction", "CEASEFIRE": "Agreement",
    "MILITIA": "Change to group/activity", "TROOPS": "Change to group/activity",
}
ACLED_SILENT = frozenset({"CONSULT", "ACCUSE", "REJECT", "THREATEN", "SANCTION", "SUPPORT", "REQUEST", "AID"})
DISASTER = frozenset({"NATURAL_DISASTER", "MAN_MADE_DISASTER"})
SAME_INCIDENT = True


@dataclass
class Text:
    """One labelled training or evaluation text."""

    id: str
    text: str
    source: str  # ngec | gsr | case | india
    plover: str | None = None
    acled: str | None = None
    raw: str | None = None
    mode: str | None = None
    alts: tuple[str, ...] = ()  # other labels the scorer accepts (label_alt)


@dataclass
class Example:
    """One candidate with its features and (weak) labels."""

    doc: str
    source: str
    feats: list[tuple[str, float]]
    afeats: list[tuple[str, float]] = field(default_factory=list)
    type: str | None = None
    acled: str | None = None


# ----- data

def read(path: Path) -> list[dict]:
    """The records of a JSON Lines file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_texts(data: Path, india: bool) -> list[Text]:
    """Every labelled text the training uses."""
    out = []
    for r in read(data / "ngec-synthetic.jsonl"):
        lede = r["text"].split("\n\n")[0]
        out.append(Text(r["id"], lede, "ngec", plover=r["label"]["plover"], mode=r.get("mode")))
    for r in read(data / "plover-gsr-dev.jsonl"):
        alts = tuple((r.get("label_alt") or {}).get("plover") or ())
        out.append(Text(r["id"], r["text"], "gsr", plover=r["label"]["plover"], alts=alts))
    for r in read(data / "case2021-t2-dev.jsonl"):
        out.append(Text(r["id"], r["text"], "case", acled=r["label"]["acled"], raw=r.get("label_raw")))
    if india:
        for r in read(data / "india-police-events.jsonl"):
            for i, s in enumerate(r["police_labels"]["sentences"]):
                labels = set(s.get("labels") or [])
                if "ARREST" in labels:
                    out.append(Text(f"{r['id']}-{i}", s["text"], "india", plover="COERCE", acled="Arrests"))
                elif "KILL" in labels:
                    out.append(Text(f"{r['id']}-{i}", s["text"], "india", plover="ASSAULT"))
    return out


def parse_all(texts: list[Text], cache: Path) -> list:
    """spaCy parses of the texts, cached as a DocBin keyed by the texts' hash."""
    from spacy.tokens import DocBin

    from dateline.config import load_settings
    from dateline.nlp import load_model

    settings = load_settings()
    nlp = load_model(settings["nlp.model"], tuple(settings["nlp.disable"]))
    key = hashlib.sha1("\x00".join(t.text for t in texts).encode()).hexdigest()[:16]
    path = cache / f"parses-{key}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    cache.mkdir(parents=True, exist_ok=True)
    docs = list(nlp.pipe((t.text for t in texts), batch_size=64))
    DocBin(store_user_data=False, docs=docs).to_disk(path)
    return docs


# ----- weak labels

def frames_of(sdoc) -> list[tuple]:
    """(frame, clause, sentence tokens, the sentence's frames) for every frame of a parse."""
    out = []
    for sent in sdoc.sents:
        frames = sentence_frames(sent)
        anchors = {f.anchor.i for f in frames}
        toks = list(sent)
        out += [(f, clause_tokens(f, anchors), toks, frames) for f in frames]
    return out


def pick(cands: list[tuple], allowed: tuple[str, ...]) -> tuple | None:
    """The candidate the label most likely belongs to: one of an allowed type, shallowest and strongest."""
    fitting = [c for c in cands if set(c[0].scores) & set(allowed)]
    pool = fitting or []
    if not pool:
        return None
    return min(pool, key=lambda c: (depth(c[0]), -max(c[0].scores.get(t, 0) for t in allowed), c[0].anchor.i))


def main_frame(cands: list[tuple]) -> tuple | None:
    """The shallowest, earliest candidate."""
    return min(cands, key=lambda c: (depth(c[0]), -c[0].weight, c[0].anchor.i)) if cands else None


def examples_of(t: Text, sdoc) -> list[Example]:
    """The typer and ACLED-head examples of one labelled text."""
    cands = frames_of(sdoc)
    out = []

    def ex(c: tuple, type_: str | None, acled: str | None) -> Example:
        f, clause, sent, others = c
        feats = frame_features(f, clause)
        plover = type_ if type_ and type_ != NONE else f.type
        return Example(t.id, t.source, feats, acled_rules.acled_features(f, clause, sent, plover, others),
                       type_,
                       acled)

    if t.source in ("ngec", "gsr", "india"):
        c = pick(cands, (t.plover,))
        if c is None and t.source == "gsr":
            c = main_frame(cands)
        if c is not None:
            acled = None
            if t.source == "ngec":
                acled = ACLED_OF_MODE.get(t.mode or "") or (ACLED_NONE if t.plover in ACLED_SILENT else None)
            elif t.source == "india":
                acled = t.acled
            out.append(ex(c, t.plover, acled))
        return out
    # CASE
    if t.acled == ACLED_NONE:
        for c in cands:
            out.append(ex(c, NONE if t.raw in DISASTER else None, ACLED_NONE))
        return out
    allowed = PLOVER_OF_ACLED.get(t.acled, ())
    c = pick(cands, allowed) if allowed else None
    if c is None:
        c = main_frame(cands)
        if c is None:
            return out
        type_ = allowed[0] if allowed else None
    else:
        type_ = next(x for x in allowed if x in c[0].scores) if allowed else None
    out.append(ex(c, type_, t.acled))
    if SAME_INCIDENT:
        # the snippet's other events of a fitting type tell the same incident: they share its sub-event type
        out += [ex(o, None, t.acled) for o in cands if o is not c and o[0].type in allowed]
    return out


# ----- models

def matrix(rows: list[list[tuple[str, float]]]):
    """A CSR matrix of hashed feature rows."""
    from scipy.sparse import csr_matrix

    data, ind, ptr = [], [], [0]
    for feats in rows:
        idx, val = hashed(feats, DIMS)
        ind += idx
        data += val
        ptr.append(len(ind))
    shape = (len(rows), DIMS)
    return csr_matrix((np.array(data, dtype=np.float64), np.array(ind), np.array(ptr)), shape=shape)


def fit(rows, labels, classes, weights, c_value: float) -> LinearModel:
    """A multinomial logistic regression exported to a LinearModel over all `classes`."""
    from sklearn.linear_model import LogisticRegression

    x = matrix(rows)
    cols = np.unique(x.indices)  # fit on the buckets in use only; the others stay zero
    lr = LogisticRegression(C=c_value, max_iter=300, tol=1e-3)
    lr.fit(x[:, cols], labels, sample_weight=np.asarray(weights))
    w = np.zeros((DIMS, len(classes)))
    b = np.full(len(classes), -30.0)  # classes never seen in training are never predicted
    for j, c in enumerate(lr.classes_):
        k = classes.index(c)
        w[cols, k] = lr.coef_[j] if len(lr.classes_) > 2 else (lr.coef_[0] if j == 1 else -lr.coef_[0])
        binary = lr.intercept_[0] if j == 1 else -lr.intercept_[0]
        b[k] = lr.intercept_[j] if len(lr.classes_) > 2 else binary
    return LinearModel(w.astype(np.float16).astype(np.float64), b, tuple(classes))


def train(examples: list[Example], c_typer: float, c_acled: float, ngec_weight: float,
          ngec_acled_weight: float = 0.2) -> tuple:
    """The typer and the ACLED head trained on examples (synthetic ones down-weighted)."""
    typ = [e for e in examples if e.type]
    acl = [e for e in examples if e.acled]
    wt = [ngec_weight if e.source == "ngec" else 1.0 for e in typ]
    wa = [ngec_acled_weight if e.source == "ngec" else 1.0 for e in acl]
    typer = fit([e.feats for e in typ], [e.type for e in typ], list(CLASSES), wt, c_typer)
    head = fit([e.feats + e.afeats for e in acl], [e.acled for e in acl], list(ACLED_CLASSES), wa, c_acled)
    return typer, head


# ----- evaluation as the scorer does it: the label of the most confident event of each document

def predict(coder: EventCoder, sdoc) -> tuple[list[Candidate], list[float], list[str | None]]:
    """Candidates of a parse with their confidences and ACLED sub-events."""
    cands = coder.candidates(sdoc)
    return cands, [coder.confidence(c) for c in cands], coder.sub_events(cands)


def top_label(cands, confs, subs, scheme: str) -> str:
    """The scorer's label: the type (plover) or sub-event (acled) of the most confident event, else "none"."""
    if not cands:
        return "none"
    i = max(range(len(cands)), key=lambda k: confs[k])
    if scheme == "plover":
        return cands[i].type
    return subs[i] or "none"


def gold_of(t: Text) -> tuple[str, str]:
    """(scheme, gold label) of an evaluation text."""
    return ("plover", t.plover) if t.source == "gsr" else ("acled", t.acled)


def right(t: Text, c: Candidate, sub: str | None) -> bool:
    """Whether a candidate is a right event for its text's gold label (the calibration target)."""
    if t.source == "gsr":
        return c.type == t.plover
    if t.acled == ACLED_NONE:
        return sub is None
    return sub == t.acled or c.type in PLOVER_OF_ACLED.get(t.acled, ())


def metrics(pairs: list[tuple[str, str]]) -> dict:
    """Accuracy, macro-F1 over gold classes and top confusions, as score.py computes them."""
    f1s = []
    for c in {g for g, _ in pairs}:
        tp = sum(g == c and p == c for g, p in pairs)
        np_, ng = sum(p == c for _, p in pairs), sum(g == c for g, _ in pairs)
        pr, rc = (tp / np_ if np_ else 0.0), tp / ng
        f1s.append(2 * pr * rc / (pr + rc) if pr + rc else 0.0)
    conf = Counter((g, p) for g, p in pairs if g != p).most_common(8)
    return {"n": len(pairs), "accuracy": sum(g == p for g, p in pairs) / max(1, len(pairs)),
            "macro_f1": sum(f1s) / max(1, len(f1s)), "confusions": conf}


def fit_calibration(rows: list[tuple[list[float], bool]]) -> dict:
    """Logistic map from calibration inputs to P(right)."""
    from sklearn.linear_model import LogisticRegression

    x = np.array([r[0] for r in rows])
    y = np.array([r[1] for r in rows], dtype=int)
    lr = LogisticRegression(C=1.0, max_iter=1000).fit(x, y)
    return {"weights": lr.coef_[0].round(5).tolist(), "bias": round(float(lr.intercept_[0]), 5)}


def reliability(rows: list[tuple[float, bool]], bins: int = 5) -> list[tuple[str, int, float, float]]:
    """(bin, count, mean confidence, share right) per confidence bin."""
    out = []
    for b in range(bins):
        lo, hi = b / bins, (b + 1) / bins
        sel = [(p, r) for p, r in rows if lo <= p < hi or (b == bins - 1 and p == 1.0)]
        if sel:
            out.append((f"{lo:.1f}-{hi:.1f}", len(sel), sum(p for p, _ in sel) / len(sel),
                        sum(r for _, r in sel) / len(sel)))
    return out


def evaluate(texts, docs, examples, folds, args, use_dev: bool) -> dict:
    """Top-1 results on the dev sets: out-of-fold when trained on them, else those of the dev-free model."""
    dev_idx = [i for i, t in enumerate(texts) if t.source in ("gsr", "case")]
    rng = random.Random(13)
    order = dev_idx[:]
    rng.shuffle(order)
    fold_of = {i: k % folds for k, i in enumerate(order)}
    by_doc = defaultdict(list)
    for e in examples:
        by_doc[e.doc].append(e)
    base = [e for e in examples if e.source in ("ngec", "india")]
    results: dict[int, tuple] = {}
    n_folds = folds if use_dev else 1
    for k in range(n_folds):
        train_ex = base + ([e for i in dev_idx if fold_of[i] != k for e in by_doc[texts[i].id]]
                           if use_dev else [])
        typer, head = train(train_ex, args.c_typer, args.c_acled, args.ngec_weight)
        # without the CASE snippets there is no ACLED training data worth the name: the codebook rules decide
        coder = EventCoder(typer=typer, acled_head=head if use_dev else None, use_packaged=False)
        for i in dev_idx:
            if use_dev and fold_of[i] != k:
                continue
            results[i] = predict(coder, docs[i])
    # cross-fitted calibration: each fold's map is fitted on the other folds' candidates
    cal_rows = {i: [(calibration_inputs(c.probability, depth(c.frame), c.frame, c.sentence_index),
                     right(texts[i], c, s))
                    for c, s in zip(results[i][0], results[i][2], strict=True)] for i in dev_idx}
    pairs: dict[str, list] = {"plover": [], "acled": []}
    rel: list[tuple[float, bool]] = []
    from dateline.events.confidence import calibrated

    for k in range(folds):
        cal = fit_calibration([r for i in dev_idx if fold_of[i] != k for r in cal_rows[i]])
        for i in dev_idx:
            if fold_of[i] != k:
                continue
            cands, _, subs = results[i]
            confs = [calibrated(cal, c.probability, depth(c.frame), c.frame, c.sentence_index) for c in cands]
            scheme, gold = gold_of(texts[i])
            got = top_label(cands, confs, subs, scheme).lower()
            right_alt = got in {a.lower() for a in texts[i].alts}  # as score.py: an accepted alternative counts
            pairs[scheme].append((got if right_alt else gold.lower(), got))
            rel += [(p, right(texts[i], c, s)) for p, c, s in zip(confs, cands, subs, strict=True)]
    final_cal = fit_calibration([r for i in dev_idx for r in cal_rows[i]])
    return {"plover": metrics(pairs["plover"]), "acled": metrics(pairs["acled"]),
            "reliability": reliability(rel),
            "calibration": final_cal}


def report(name: str, res: dict) -> str:
    """A plain-text block of one evaluation."""
    lines = [f"== {name}"]
    for scheme, label in (("plover", "plover-gsr-dev"), ("acled", "case2021-t2-dev")):
        m = res[scheme]
        lines.append(f"{label}: n={m['n']} accuracy={m['accuracy']:.4f} macro_f1={m['macro_f1']:.4f}")
        lines += [f"    {g} -> {p}: {n}" for (g, p), n in m["confusions"]]
    lines.append("reliability (confidence bin, events, mean confidence, share right):")
    lines += [f"    {b}  {n:5d}  {mc:.3f}  {acc:.3f}" for b, n, mc, acc in res["reliability"]]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "dev" / "events")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "dateline" / "resources" / "events")
    ap.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "dateline" / "train-events")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--dev", action="store_true",
                    help="also train on the dev label sets (numbers out-of-fold)")
    ap.add_argument("--india", action="store_true", help="add IndiaPoliceEvents ARREST/KILL sentences")
    ap.add_argument("--c-typer", type=float, default=1.0)
    ap.add_argument("--c-acled", type=float, default=1.0)
    ap.add_argument("--ngec-weight", type=float, default=0.5)
    ap.add_argument("--report", type=Path, default=None)
    ap.add_argument("--no-write", action="store_true", help="evaluate only")
    args = ap.parse_args(argv)

    texts = load_texts(args.data, args.india)
    print(f"{len(texts)} texts: {dict(Counter(t.source for t in texts))}", file=sys.stderr)
    docs = parse_all(texts, args.cache)
    examples = [e for t, d in zip(texts, docs, strict=True) for e in examples_of(t, d)]
    print(f"{len(examples)} examples: typer {sum(bool(e.type) for e in examples)}, "
          f"acled {sum(bool(e.acled) for e in examples)}", file=sys.stderr)
    blocks = [report("model trained without the dev sets, ACLED by codebook rules (scored on all of them)",
                     evaluate(texts, docs, examples, args.folds, args, use_dev=False))]
    final = None
    if args.dev:
        final = evaluate(texts, docs, examples, args.folds, args, use_dev=True)
        blocks.append(report(f"model trained with the dev sets ({args.folds}-fold out-of-fold predictions)",
                             final))
    text = "\n\n".join(blocks)
    print(text)
    if args.report:
        args.report.write_text(text + "\n", encoding="utf-8")
    if not args.no_write:
        use = examples if args.dev else [e for e in examples if e.source in ("ngec", "india")]
        typer, head = train(use, args.c_typer, args.c_acled, args.ngec_weight)
        typer.save(str(args.out / "typer.npz"))
        head.save(str(args.out / "acled.npz"))
        cal = (final or evaluate(texts, docs, examples, args.folds, args, use_dev=False))["calibration"]
        (args.out / "calibration.json").write_text(json.dumps(cal, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}/typer.npz, acled.npz, calibration.json", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
