"""Helpers the browser tests share: open a view and wait for the router to render."""

from __future__ import annotations

from typing import Any


def open_view(tab: Any, hash_route: str) -> None:
    """Open a view of the UI and wait until it has rendered."""
    tab.goto(f"{tab.base}/{hash_route}")
    wait_ready(tab)


def wait_ready(tab: Any) -> None:
    """Wait for the current view to finish rendering."""
    tab.wait_for_selector("#view[data-ready=true]", timeout=30_000)


def renders(tab: Any) -> int:
    """How many times the router has rendered a view in this tab."""
    return int(tab.eval_on_selector("#view", "el => Number(el.dataset.renders || 0)"))


def wait_rerender(tab: Any, before: int) -> None:
    """Wait until the router has rendered again after an action (a filter rewriting the hash)."""
    # A function, not an expression: the UI's Content-Security-Policy forbids eval, and the test respects it.
    tab.wait_for_function("(before) => Number(document.getElementById('view').dataset.renders || 0) > before",
                          arg=before, timeout=30_000)
