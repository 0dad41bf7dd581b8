"""Browser fixtures: headless Debian Chromium driven by Playwright, a live server over the test corpus, a page
per test that fails on any script error or off-machine request, and a screenshot of each test's page in
test-artifacts/.

The browser is required: without it these tests fail, unless DATELINE_SKIP_BROWSER=1 (quick local runs).
Install it with scripts/install-browser.
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from api.corpus import build_store
from api.server import TOKEN, Live, live_server
from support import ROOT

from dateline.api import ServeSettings, Services

CHROMIUM = os.environ.get("DATELINE_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = ROOT / "test-artifacts"
FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage"]


def _browser_missing() -> str | None:
    """Why the browser cannot run here, or None."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the Python package playwright is not installed (pip install -e '.[test]')"
    if not (shutil.which(CHROMIUM) or Path(CHROMIUM).exists()):
        return f"{CHROMIUM} is missing: run scripts/install-browser"
    return None


@pytest.fixture(scope="session")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A persistent headless Chromium context with a fresh profile directory."""
    if os.environ.get("DATELINE_SKIP_BROWSER") == "1":
        pytest.skip("DATELINE_SKIP_BROWSER=1")
    missing = _browser_missing()
    if missing:
        pytest.fail(f"browser tests need Chromium and Playwright: {missing}", pytrace=False)
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(str(profile), executable_path=CHROMIUM, headless=True,
                                                       args=FLAGS, viewport={"width": 1400, "height": 900})
        yield context
        context.close()


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test corpus in a store of the browser tests' own."""
    return build_store(tmp_path_factory.mktemp("web") / "corpus.duckdb")


@pytest.fixture(scope="session")
def web_pipeline() -> Any:
    """The pipeline for the paste box (loaded on first use by a test that needs it)."""
    from dateline.config import load_settings
    from dateline.pipeline import Pipeline

    return Pipeline(load_settings(pipeline__on_error="record"))


@pytest.fixture(scope="session")
def site(web_db: Path, web_pipeline: Any) -> Iterator[Live]:
    """A live server over the corpus, with the pipeline for the paste box."""
    settings = ServeSettings(db=str(web_db), token=TOKEN)
    with live_server(settings, Services(settings, pipeline=web_pipeline)) as server:
        yield server


@pytest.fixture()
def page(chromium: Any, site: Live, request: pytest.FixtureRequest) -> Iterator[Any]:
    """A fresh tab; the test fails on any page error, console error or request leaving the machine."""
    tab = chromium.new_page()
    problems: list[str] = []
    tab.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    tab.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)

    def guard(route: Any) -> None:
        host = urlparse(route.request.url).hostname
        if host not in ("127.0.0.1", "localhost", None):
            problems.append(f"request off the machine: {route.request.url}")
            route.abort()
        else:
            route.continue_()

    tab.route("**/*", guard)
    tab.base = site.url  # type: ignore[attr-defined]
    yield tab
    ARTIFACTS.mkdir(exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", request.node.name)
    try:
        tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    finally:
        tab.close()
    assert not problems, "\n".join(problems)
