"""Scale-out: the same Pipeline mapped over partitions of the input on dask.distributed or local processes.

    with Runner(settings, workers=4) as runner:          # or scheduler="tcp://host:8786", or processes=N
        for rec in runner.records(runner.read(["crawl/*.warc.gz"])):
            ...                                           # contract records, in input order

`run(inputs, settings, workers, scheduler)` and `run_docs(docs, ...)` are one-call forms of the same.
"""

from .items import Item, Partition, item_id, partitions, unknown, work_items
from .runner import AUTO_MIN_DOCS, PARTITION_SIZE, OnShard, Runner, cpu_count, run, run_docs
from .shards import Shard
from .tasks import TaskFailure, pipeline_for, process_partition

__all__ = ["AUTO_MIN_DOCS", "PARTITION_SIZE", "Item", "OnShard", "Partition", "Runner", "Shard", "TaskFailure",
           "cpu_count", "item_id", "partitions", "pipeline_for", "process_partition", "run", "run_docs", "unknown",
           "work_items"]
