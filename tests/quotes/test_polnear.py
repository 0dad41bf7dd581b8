"""Quality floors on PolNeAR dev (skipped without ../shared): a drop below a floor fails, never silently."""

from __future__ import annotations

import importlib.util
from typing import Any

import pytest

from support import SHARED, dev_file, read_jsonl

pytestmark = [pytest.mark.dev, pytest.mark.slow]
DOCS = 30  # the first documents of the dev file, to keep the test a few seconds of parsing
FLOORS = {"direct_f1": 0.88, "f1": 0.69, "direct_speaker": 0.74}  # measured 0.905, 0.717, 0.769


def _scorer() -> Any:
    path = SHARED / "eval" / "score.py"
    if not path.exists():
        pytest.skip("scorer not available")
    spec = importlib.util.spec_from_file_location("dateline_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_polnear_dev_floors(pipeline: Any) -> None:
    from dateline.ingest import doc_from_text

    score = _scorer()
    golds = list(read_jsonl(dev_file("quotes/polnear-dev.jsonl"), DOCS))
    layer = score.Quotes()
    right = total = 0
    for g, doc in zip(golds, pipeline.pipe(doc_from_text(g["text"], doc_id=g["id"]) for g in golds), strict=True):
        rec = doc.to_record()
        layer.add(g, rec)
        gs, ps = score.gold_spans(g["quotes"]), layer.spans(rec["quotes"])
        size = lambda s: s[1] - s[0]  # noqa: E731
        ok = lambda i, j: score.overlap(gs[i][0], ps[j][0]) >= 0.5 * min(size(gs[i][0]), size(ps[j][0]))  # noqa: E731
        for i, j in score.match([s for s, _ in gs], [s for s, _ in ps], ok):
            if gs[i][1]["kind"] == "direct":
                verdict = layer.speaker_right(gs[i][1], ps[j][1], layer.names(rec))
                if verdict is not None:
                    total += 1
                    right += verdict
    result = layer.result()
    measured = {"direct_f1": result["direct_f1"], "f1": result["f1"], "direct_speaker": right / max(total, 1)}
    low = {k: round(v, 3) for k, v in measured.items() if v < FLOORS[k]}
    assert not low, f"below the floors {FLOORS}: {low}"
