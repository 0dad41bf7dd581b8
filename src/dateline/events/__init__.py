"""PLOVER-coded events: detection by trigger lexicon and syntax, typing by a small linear model, ACLED types,
actors, place, date, status, attribution and a calibrated confidence."""

from __future__ import annotations

from .coder import EventCoder
from .labels import ACLED, PLOVER_TYPES, STATUSES

__all__ = ["ACLED", "PLOVER_TYPES", "STATUSES", "EventCoder"]
