"""Pipeline assembly checks and the per-document error policy."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from dateline import registry
from dateline.config import load_settings
from dateline.doc import Doc
from dateline.errors import E_STAGE, PipelineError, StageError
from dateline.pipeline import Pipeline, check_stages


@registry.stage("_test_explode", requires=["paragraphs"], assigns=["_exploded"])
def _make_explode(settings: object) -> object:
    """Fails on documents whose text contains BOOM."""

    def explode(doc: Doc) -> Doc:
        if "BOOM" in doc.text:
            raise RuntimeError("boom")
        doc.meta["seen"] = True
        return doc

    return explode


class _Batched:
    """A stage with a batch method that fails for the whole batch when one document is bad."""

    def __call__(self, doc: Doc) -> Doc:
        if "BOOM" in doc.text:
            raise RuntimeError("boom")
        doc.meta["batched"] = True
        return doc

    def pipe(self, docs: list[Doc]) -> Iterator[Doc]:
        for d in docs:
            yield self(d)


@registry.stage("_test_batched", requires=["paragraphs"], assigns=["_batched"])
def _make_batched(settings: object) -> _Batched:
    """A batched test stage."""
    return _Batched()


@pytest.mark.parametrize("names,message", [
    (["segment", "nope"], "unknown stage"),
    (["dateline"], "requires paragraphs"),
    (["segment", "segment"], "appears twice"),
    (["segment", "entities"], "requires"),
])
def test_pipeline_assembly_fails_before_any_document(names: list[str], message: str) -> None:
    with pytest.raises(PipelineError, match=message):
        check_stages(names)


def test_pipeline_default_stages_assemble() -> None:
    specs = check_stages(load_settings().stages)
    assert [s.name for s in specs] == load_settings().stages


@pytest.mark.parametrize("stage", ["_test_explode", "_test_batched"])
def test_pipeline_record_policy_isolates_the_bad_document(stage: str) -> None:
    pipe = Pipeline(load_settings(pipeline__on_error="record"), stages=["segment", stage])
    docs = [Doc(text=t, id=str(i)) for i, t in enumerate(["fine one", "BOOM here", "fine two"])]
    out = list(pipe.pipe(docs, batch_size=8))
    assert [d.id for d in out] == ["0", "1", "2"]
    assert out[1].error is not None and out[1].error.code == E_STAGE and out[1].error.stage == stage
    assert out[0].error is None and out[2].error is None
    assert all(d.meta for d in (out[0], out[2]))


def test_pipeline_raise_policy_raises_stage_error() -> None:
    pipe = Pipeline(load_settings(pipeline__on_error="raise"), stages=["segment", "_test_explode"])
    with pytest.raises(StageError, match="_test_explode"):
        pipe(Doc(text="BOOM", id="x"))


def test_pipeline_skips_documents_that_already_failed() -> None:
    from dateline.doc import DocError

    pipe = Pipeline(load_settings(), stages=["segment", "_test_explode"])
    doc = Doc(text="anything", id="x", error=DocError("E_EMPTY", "empty", "ingest"))
    assert pipe(doc).paragraphs == [] and "seen" not in doc.meta


def test_pipeline_time_budget_marks_slow_documents() -> None:
    pipe = Pipeline(load_settings(limits__doc_seconds=-1.0), stages=["segment"])
    doc = pipe(Doc(text="text", id="x"))
    assert doc.error is not None and doc.error.code == "E_TIMEOUT"


def test_pipeline_counts_time_per_stage() -> None:
    pipe = Pipeline(load_settings(), stages=["segment", "dateline"])
    list(pipe.pipe([Doc(text="PARIS (AFP) - x", id="1")]))
    assert set(pipe.seconds) == {"segment", "dateline"}
