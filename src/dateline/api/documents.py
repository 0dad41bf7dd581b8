"""Posted articles to Docs (fetching a URL when that is all there is) and Docs through the pipeline."""

from __future__ import annotations

from ..doc import Doc
from ..errors import E_NO_TEXT, InputError
from ..ingest import doc_from_html, doc_from_text, normalise_published
from ..ingest.decode import decode_text
from .envelope import ApiError, from_dateline_error
from .models import ArticleIn
from .services import Services


def to_doc(article: ArticleIn, services: Services, max_chars: int) -> Doc:
    """The Doc for a posted article; ApiError (with the input error's code) when it cannot be read."""
    try:
        published = normalise_published(article.published)
        if article.text is not None:
            return _doc(article, article.text, False, article.url, "api", published, max_chars)
        if article.html is not None:
            return _doc(article, article.html, True, article.url, "api", published, max_chars)
        if article.url:
            page = services.fetcher.fetch(article.url)
            body = page.body if page.is_html else decode_text(page.body)
            return _doc(article, body, page.is_html, page.url, page.url, published, max_chars)
    except InputError as e:
        raise from_dateline_error(e) from None
    raise ApiError(422, E_NO_TEXT, "give the article's text, html or url")


def _doc(article: ArticleIn, content: str | bytes, html: bool, url: str | None, origin: str,
         published: str | None, max_chars: int) -> Doc:
    """A Doc from text or a page, with the article's given fields."""
    if html:
        return doc_from_html(content, doc_id=article.id, url=url, title=article.title, source=article.source,
                             published=published, origin=origin, max_chars=max_chars)
    assert isinstance(content, str)
    return doc_from_text(content, doc_id=article.id, url=url, title=article.title, source=article.source,
                         published=published, origin=origin, max_chars=max_chars)


def run(docs: list[Doc], services: Services) -> list[Doc]:
    """The docs through the pipeline (one at a time across threads)."""
    with services.pipeline() as pipeline:
        return list(pipeline.pipe(docs, batch_size=max(1, len(docs))))


def max_chars(services: Services) -> int:
    """The article length limit of the pipeline's settings."""
    with services.pipeline() as pipeline:
        return int(pipeline.settings["limits.max_chars"])
