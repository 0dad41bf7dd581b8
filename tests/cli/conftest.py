"""Fixtures for the corpus commands: the store tests' hand-built attack corpus, stored once."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest


def _store_fixtures() -> Any:
    """tests/store/conftest.py as a module (its builders are plain functions)."""
    path = Path(__file__).resolve().parents[1] / "store" / "conftest.py"
    spec = importlib.util.spec_from_file_location("store_test_fixtures", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def attack_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store file holding the attack corpus (open it read-only)."""
    from dateline.store import open_store

    path = tmp_path_factory.mktemp("cli-attack") / "attack.duckdb"
    with open_store(path) as store:
        store.ingest(_store_fixtures().attack_docs())
    return path
