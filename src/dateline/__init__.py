"""dateline: verifiable event data from news (who said what, who did what to whom, where and when)."""

from .doc import Doc
from .errors import DatelineError
from .extract import extract, get_pipeline
from .pipeline import Pipeline
from .record import to_record
from .schema import record_schema
from .store import open_store

__version__ = "0.1.0"
__all__ = ["DatelineError", "Doc", "Pipeline", "__version__", "extract", "get_pipeline", "open_store",
           "record_schema", "to_record"]
