"""DuckDB values (dates, timestamps, decimals, structs, JSON strings) as plain JSON values."""

from __future__ import annotations

import math
from datetime import date, datetime
from decimal import Decimal
from typing import Any


def plain(value: Any) -> Any:
    """The value with every date an ISO string and every non-finite float None, recursively."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def rows(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Plain copies of query rows."""
    return [plain(r) for r in items]
