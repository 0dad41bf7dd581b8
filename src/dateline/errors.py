"""The error tree of dateline and the stable codes that records and the failures table carry.

    DatelineError
    ├── ConfigError          bad settings or pipeline definition (fatal, before any document)
    │   └── PipelineError    stages that cannot be assembled (unknown, missing requirements)
    ├── InputError           one input record cannot be read (per document, recorded)
    └── StageError           a stage failed on one document (per document, recorded)

Codes are stable strings: tests, the store and API clients match on them, never on messages.
"""

from __future__ import annotations

# Input problems (one record each).
E_EMPTY = "E_EMPTY"  # no text at all, or only white space
E_BINARY = "E_BINARY"  # bytes that are not text (NUL bytes, image or archive signatures)
E_ENCODING = "E_ENCODING"  # not valid UTF-8
E_TOO_LARGE = "E_TOO_LARGE"  # over the configured size limit
E_NO_TEXT = "E_NO_TEXT"  # a JSON record with neither text nor html
E_BAD_JSON = "E_BAD_JSON"  # a JSONL line that is not a JSON object
E_BAD_FIELD = "E_BAD_FIELD"  # a field of the wrong type (text not a string, bad published date)
E_NO_ARTICLE = "E_NO_ARTICLE"  # HTML from which no article text could be extracted
E_UNREADABLE = "E_UNREADABLE"  # the file cannot be opened or decompressed
E_UNSUPPORTED = "E_UNSUPPORTED"  # an input kind dateline does not read
# Processing problems.
E_STAGE = "E_STAGE"  # a stage raised on this document
E_TIMEOUT = "E_TIMEOUT"  # the per-document time budget ran out

CODES: dict[str, str] = {
    E_EMPTY: "the input has no text",
    E_BINARY: "the input is binary data, not text",
    E_ENCODING: "the input is not valid UTF-8",
    E_TOO_LARGE: "the input is larger than the configured limit",
    E_NO_TEXT: "the record has neither 'text' nor 'html'",
    E_BAD_JSON: "the line is not a JSON object",
    E_BAD_FIELD: "a field has the wrong type or format",
    E_NO_ARTICLE: "no article text could be extracted from the HTML",
    E_UNREADABLE: "the input cannot be opened or decompressed",
    E_UNSUPPORTED: "dateline does not read this kind of input",
    E_STAGE: "a pipeline stage failed on this document",
    E_TIMEOUT: "the per-document time budget ran out",
}


class DatelineError(Exception):
    """Base of every error dateline raises on purpose."""

    code = "E_DATELINE"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class ConfigError(DatelineError):
    """Settings or a pipeline definition that cannot work; raised before any document is read."""

    code = "E_CONFIG"


class PipelineError(ConfigError):
    """Stages that cannot be assembled: unknown names, requirements no earlier stage assigns."""

    code = "E_PIPELINE"


class InputError(DatelineError):
    """One input record that cannot be read; the batch goes on."""

    code = E_UNREADABLE


class StageError(DatelineError):
    """A stage that failed on one document; carries the stage name."""

    code = E_STAGE

    def __init__(self, message: str, stage: str, code: str | None = None) -> None:
        super().__init__(message, code)
        self.stage = stage
