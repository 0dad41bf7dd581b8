"""The web UI's static files (plain HTML, CSS and JavaScript modules; the basemap is generated GeoJSON)."""

from __future__ import annotations

from pathlib import Path

STATIC = Path(__file__).parent / "static"


def static_dir() -> Path:
    """The folder the app serves under /static."""
    return STATIC
