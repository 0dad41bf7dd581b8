"""HTML pages to article text and metadata with trafilatura."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import E_NO_ARTICLE, InputError

MIN_WORDS = 5


@dataclass(slots=True)
class HtmlArticle:
    """What a page yields: main text and the metadata trafilatura finds."""

    text: str
    title: str | None
    date: str | None
    url: str | None
    site: str | None


def extract_html(html: str | bytes, url: str | None = None) -> HtmlArticle:
    """Main text, title, date, canonical URL and site name of a page; InputError when it has no article."""
    import trafilatura  # imported here: only HTML input pays for it

    try:
        found = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                            include_tables=False)
    except Exception as e:  # noqa: BLE001 -- trafilatura raises many kinds on broken markup
        raise InputError(f"the HTML could not be parsed: {type(e).__name__}: {e}", E_NO_ARTICLE) from e
    text = getattr(found, "text", None) if found is not None else None
    if not text or len(text.split()) < MIN_WORDS:
        # trafilatura falls back to menus and footers on pages without an article: a few words are not one.
        raise InputError(f"no article text could be extracted from the HTML (found {len((text or '').split())} words)",
                         E_NO_ARTICLE)
    return HtmlArticle(text=text, title=_clean(found.title), date=_clean(found.date),
                       url=_clean(found.url) or url, site=_clean(found.sitename) or _clean(found.hostname))


def _clean(x: object) -> str | None:
    """A stripped non-empty string, else None."""
    return x.strip() or None if isinstance(x, str) else None
