"""The Dask worker plugin that loads the pipeline once on every worker as it joins (imports dask.distributed)."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from distributed import WorkerPlugin

from .tasks import warm

if TYPE_CHECKING:
    from ..config import Settings


class PipelinePlugin(WorkerPlugin):  # type: ignore[misc]
    """Builds the pipeline for the run's settings on each worker, off the worker's event loop."""

    name = "dateline-pipeline"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    async def setup(self, worker: Any) -> None:
        """Load in a thread so the worker keeps answering the scheduler meanwhile."""
        try:
            await asyncio.to_thread(warm, self.settings)
        except Exception:  # noqa: BLE001 -- the first task raises it again, as an error the client reports
            pass
