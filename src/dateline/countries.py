"""ISO 3166 country codes (pycountry): alpha-2 to alpha-3 and names, cached."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=512)
def alpha3(alpha2: str | None) -> str | None:
    """The ISO 3166-1 alpha-3 code of an alpha-2 code ("SY" -> "SYR"), else None."""
    if not alpha2:
        return None
    import pycountry

    c = pycountry.countries.get(alpha_2=alpha2.upper())
    return c.alpha_3 if c else None


@lru_cache(maxsize=512)
def alpha2(alpha3_code: str | None) -> str | None:
    """The ISO 3166-1 alpha-2 code of an alpha-3 code ("SYR" -> "SY"), else None."""
    if not alpha3_code:
        return None
    import pycountry

    c = pycountry.countries.get(alpha_3=alpha3_code.upper())
    return c.alpha_2 if c else None
