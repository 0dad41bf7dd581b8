"""Fixtures for the store's tests: the hand-built corpora of store.corpus and fresh store files."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from dateline.doc import Doc
from store.corpus import WIRE_STORY, Ent, Ev, Loc, attack_docs, build_attack_store, build_doc, syndicated_texts


@pytest.fixture
def make_doc() -> Callable[..., Doc]:
    """The Doc builder."""
    return build_doc


@pytest.fixture
def builders() -> Any:
    """Ent, Loc, Ev and doc (build_doc) for tests that build their own corpus."""
    return SimpleNamespace(Ent=Ent, Loc=Loc, Ev=Ev, doc=build_doc)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A fresh store file."""
    return tmp_path / "corpus.duckdb"


@pytest.fixture
def attack_corpus() -> list[Doc]:
    """Three stories of one bombing and two other events."""
    return attack_docs()


@pytest.fixture
def syndicated() -> dict[str, str]:
    """The syndication texts by id."""
    return syndicated_texts()


@pytest.fixture
def wire_story() -> list[str]:
    """The wire story's paragraphs."""
    return list(WIRE_STORY)


@pytest.fixture(scope="session")
def attack_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the attack corpus, built once; tests open it read-only."""
    return build_attack_store(tmp_path_factory.mktemp("attack") / "attack.duckdb")
