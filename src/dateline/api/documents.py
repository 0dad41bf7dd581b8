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
        meta = {"doc_id": article.id, "title": article.title, "source": article.source, "published": published}
        if article.text is not None:
            return doc_from_text(article.text, url=article.url, max_chars=max_chars, origin="api", **meta)
        if article.html is not None:
            return doc_from_html(article.html, url=article.url, max_chars=max_chars, origin="api", **meta)
        if article.url:
            page = services.fetcher.fetch(article.url)
            if page.is_html:
                return doc_from_html(page.body, url=page.url, max_chars=max_chars, origin=page.url, **meta)
            return doc_from_text(decode_text(page.body), url=page.url, max_chars=max_chars, origin=page.url, **meta)
    except InputError as e:
        raise from_dateline_error(e) from None
    raise ApiError(422, E_NO_TEXT, "give the article's text, html or url")


def run(docs: list[Doc], services: Services) -> list[Doc]:
    """The docs through the pipeline (one at a time across threads)."""
    with services.pipeline() as pipeline:
        return list(pipeline.pipe(docs, batch_size=max(1, len(docs))))


def max_chars(services: Services) -> int:
    """The article length limit of the pipeline's settings."""
    with services.pipeline() as pipeline:
        return int(pipeline.settings["limits.max_chars"])
