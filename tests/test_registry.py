"""The registry of stages: a snapshot of the built-in names guards against accidental removal."""

from __future__ import annotations

import pytest

from dateline import registry

BUILTIN = {"segment", "dateline", "published", "nlp", "places", "entities", "times", "quotes", "duplicates", "events"}


def test_registry_builtin_stages_snapshot() -> None:
    names = {n for n in registry.stages() if not n.startswith("_test")}
    assert names == BUILTIN


@pytest.mark.parametrize("name", sorted(BUILTIN))
def test_registry_every_stage_declares_and_documents(name: str) -> None:
    spec = registry.get(name)
    assert spec is not None and spec.assigns and spec.doc


def test_registry_refuses_a_second_stage_with_the_same_name() -> None:
    with pytest.raises(ValueError):
        registry.stage("segment")(lambda settings: (lambda doc: doc))
