"""Request bodies (validated by FastAPI; unknown fields are refused so a typo never passes silently)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class ArticleIn(BaseModel):
    """One article: its text, or a page's HTML, or only a URL to fetch (which needs the API token)."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="the article text; offsets in the record index into it")
    html: str | None = Field(None, description="a page; its main text and metadata are extracted")
    url: str | None = Field(None, description="the article's URL; fetched when neither text nor html is given")
    id: str | None = Field(None, max_length=200, description="a stable id (default: a hash of url or text)")
    title: str | None = Field(None, max_length=2000)
    source: str | None = Field(None, max_length=200, description="the outlet")
    published: str | None = Field(None, max_length=40, description="YYYY-MM-DD or an ISO timestamp")

    @property
    def needs_fetch(self) -> bool:
        """Whether the article must be fetched from its URL."""
        return self.text is None and self.html is None and bool(self.url)


class IngestIn(BaseModel):
    """Articles to extract and store."""

    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(..., min_length=1)
