"""Who said what: quotations in every convention, reported speech, speakers resolved to entities, repeats."""

from .extract import find_quotes

__all__ = ["find_quotes"]
