"""Reading articles: files, JSON Lines and pages become Docs; unreadable input becomes an error Doc."""

from .records import doc_from_html, doc_from_record, doc_from_text, normalise_published
from .sources import READERS, ReadOptions, read_inputs

__all__ = ["READERS", "ReadOptions", "doc_from_html", "doc_from_record", "doc_from_text", "normalise_published",
           "read_inputs"]
