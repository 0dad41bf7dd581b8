"""One command for dateline's speed: the full pipeline against bare spaCy on the same texts, stage shares, memory,
and scaling from 1 to 2 Dask workers. Run from the repository root:

    python benchmarks/run.py                 # guardian-249 from ../shared, else the bundled samples/
    python benchmarks/run.py --json out.json --repeat 3

Every number of one report comes from one run on one machine, so ratios are fair even when the machine is busy;
the absolute rates are only as good as the machine was quiet (the load average is printed with them).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
# This tree's dateline wins, here and in the worker processes the scaling runs start.
sys.path.insert(0, str(ROOT / "src"))
os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))

CORPUS = ROOT.parent / "shared" / "data" / "dev" / "corpus" / "guardian-249.jsonl"
SAMPLES = ROOT / "samples"
TARGETS = {"vs_spacy": 0.6, "vs_spacy_stretch": 1.0, "rss_mb": 1536.0, "scaling_2": 1.7}


def load_records(path: Path, limit: int | None) -> list[dict[str, Any]]:
    """The input records (id, text, published, title) of the corpus, read once and copied into fresh Docs per pass."""
    from dateline.ingest import read_inputs

    recs = [{"id": d.id, "text": d.text, "title": d.title, "published": d.published}
            for d in read_inputs([str(path)]) if d.error is None]
    return recs[:limit] if limit else recs


def fresh_docs(recs: list[dict[str, Any]]) -> Iterator[Any]:
    """New Docs for a pass, made as they are needed (stages write into Docs, and parsed Docs are large)."""
    from dateline.ingest import doc_from_record

    return (doc_from_record(r, origin="bench") for r in recs)


def timed(fn: Callable[[], Any]) -> tuple[float, float, Any]:
    """Wall seconds, CPU seconds of this process (what a busy machine cannot inflate much) and the result."""
    t0, c0 = time.perf_counter(), time.process_time()
    result = fn()
    return time.perf_counter() - t0, time.process_time() - c0, result


def interleaved(repeat: int, runs: dict[Any, Callable[[], Any]]) -> dict[Any, tuple[float, float, Any]]:
    """The fastest (wall, CPU, result) of each run, the runs taken in turn so a change of load hits all alike."""
    best: dict[Any, tuple[float, float, Any]] = {}
    for _ in range(repeat):
        for name, fn in runs.items():
            got = timed(fn)
            if name not in best or got[0] < best[name][0]:
                best[name] = got
    return best


def spacy_texts(recs: list[dict[str, Any]], settings: Any) -> list[str]:
    """The paragraph chunks the nlp stage parses: segment's paragraphs, cut as the stage cuts them."""
    from dateline.nlp import chunks
    from dateline.stages.segment import paragraphs

    limit = min(int(settings["nlp.max_paragraph_chars"]), int(settings["limits.max_line_chars"]))
    return [r["text"][s:e] for r in recs for ps, pe in paragraphs(r["text"])
            for s, e in chunks(r["text"], ps, pe, limit)]


def bare_spacy(nlp: Any, texts: list[str], batch_size: int) -> int:
    """Parse every text with nlp.pipe; the token count (so nothing is optimised away)."""
    return sum(len(d) for d in nlp.pipe(texts, batch_size=batch_size))


def full_pipeline(settings: Any, recs: list[dict[str, Any]], batch_size: int) -> dict[str, float]:
    """Run the pipeline over fresh Docs in this process; seconds per stage."""
    from dateline.distributed import pipeline_for

    pipeline, _ = pipeline_for(settings)
    before = dict(pipeline.seconds)
    for _ in pipeline.pipe(fresh_docs(recs), batch_size=batch_size):
        pass
    return {k: v - before.get(k, 0.0) for k, v in pipeline.seconds.items()}


def scaling(settings: Any, recs: list[dict[str, Any]], counts: list[int], partition: int, batch: int,
            repeat: int) -> list[dict[str, Any]]:
    """Throughput on Dask LocalClusters of each worker count, start-up and model loading excluded; all clusters
    stay up and take turns, so the comparison holds when other load comes and goes."""
    from contextlib import ExitStack

    from dateline.distributed import Runner

    with ExitStack() as stack:
        runners, startup = {}, {}
        for n in counts:
            t0 = time.perf_counter()
            runners[n] = stack.enter_context(Runner(settings, workers=n, partition_size=partition,
                                                    batch_size=batch)).start()
            startup[n] = time.perf_counter() - t0
            list(runners[n].shards(fresh_docs(recs[:n * 2])))  # first task per worker: caches, lazy imports
        runs = interleaved(repeat, {n: (lambda r=r: list(r.shards(fresh_docs(recs)))) for n, r in runners.items()})
    return [{"workers": n, "seconds": runs[n][0], "startup_s": startup[n], "cpu_s": sum(s.cpu for s in runs[n][2]),
             "peak_rss_mb": max(s.peak_rss_mb for s in runs[n][2]), "processes": len({s.worker for s in runs[n][2]})}
            for n in counts]


def crossover(recs: list[dict[str, Any]], sizes: list[int], jobs: int) -> list[dict[str, Any]]:
    """Wall time of `dateline extract --jobs 1` and `--jobs N` on the first n articles, start-up included:
    where a local process pool starts to pay off (the runner's AUTO_MIN_DOCS)."""
    import subprocess
    import tempfile

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            path = Path(tmp) / f"first-{n}.jsonl"
            path.write_text("".join(json.dumps(r) + "\n" for r in recs[:n]), encoding="utf-8")
            row: dict[str, Any] = {"articles": min(n, len(recs))}
            for j in (1, jobs):
                t0 = time.perf_counter()
                subprocess.run([sys.executable, "-m", "dateline", "extract", str(path), "--jobs", str(j),
                                "-o", os.devnull], check=True, capture_output=True)
                row[f"jobs_{j}_s"] = time.perf_counter() - t0
            rows.append(row)
    return rows


def peak_rss_mb() -> float:
    from dateline.distributed.tasks import peak_rss_mb as peak

    return peak()


def measure(args: argparse.Namespace) -> dict[str, Any]:
    """Every measurement of the report."""
    from dateline.config import load_settings
    from dateline.distributed.tasks import pipeline_for
    from dateline.nlp import load_model

    corpus = Path(args.corpus) if args.corpus else (CORPUS if CORPUS.exists() else SAMPLES)
    # The per-document budget counts a whole batch's time against each document, so on a busy machine it
    # can cut documents short; a benchmark must run every stage on every document.
    settings = load_settings(limits__doc_seconds=1e9)
    recs = load_records(corpus, args.limit)
    words = sum(len(r["text"].split()) for r in recs)
    load = os.getloadavg()
    t0 = time.perf_counter()
    pipeline_for(settings)
    model_load = time.perf_counter() - t0
    full_pipeline(settings, recs[:4], args.batch_size)  # warm-up: first-call costs out of the timing
    nlp = load_model(settings["nlp.model"], tuple(settings["nlp.disable"]))
    texts = spacy_texts(recs, settings)
    sbatch = int(settings["nlp.batch_size"])
    out: dict[str, Any] = {"corpus": str(corpus), "articles": len(recs), "words": words, "paragraphs": len(texts),
                           "model": settings["nlp.model"], "components": list(nlp.pipe_names),
                           "stages": list(settings.stages), "pipeline_load_s": model_load}
    whole = [r["text"] for r in recs]
    runs = interleaved(args.repeat, {
        "spacy_paragraphs_s": lambda: bare_spacy(nlp, texts, sbatch),
        "spacy_whole_s": lambda: bare_spacy(nlp, whole, sbatch),
        "pipeline_s": lambda: full_pipeline(settings, recs, args.batch_size)})
    for name, (seconds, cpu, _) in runs.items():
        out[name] = seconds
        out[name.replace("_s", "_cpu_s")] = cpu
    out["stage_s"] = runs["pipeline_s"][2]
    out["main_peak_rss_mb"] = peak_rss_mb()
    if not args.no_scaling:
        out["scaling"] = scaling(settings, recs, args.workers, args.partition_size, args.batch_size, args.repeat)
    if args.crossover:
        out["crossover"] = crossover(recs, args.crossover, max(args.workers))
    out["env"] = {"python": platform.python_version(), "cpus": os.cpu_count(), "load_before": load,
                  "load_after": os.getloadavg(), "machine": platform.machine(), "date": time.strftime("%Y-%m-%d")}
    return out


def report(r: dict[str, Any]) -> Iterator[str]:
    """The Markdown report of one measurement."""
    n, w = r["articles"], r["words"]

    def rates(seconds: float) -> str:
        return f"{n / seconds:8.2f} | {w / seconds:9.0f} | {seconds:7.2f}"

    yield f"corpus: {r['corpus']} ({n} articles, {w} words, {r['paragraphs']} paragraph chunks)"
    yield f"model: {r['model']} ({', '.join(r['components'])}); pipeline loads in {r['pipeline_load_s']:.1f} s"
    env = r["env"]
    yield (f"machine: {env['cpus']} CPUs, Python {env['python']}, load average {env['load_before'][0]:.1f} before, "
           f"{env['load_after'][0]:.1f} after ({env['date']})")
    yield ""
    yield "| run (1 process) | articles/s | words/s | seconds | CPU s | words per CPU s |"
    yield "|---|---:|---:|---:|---:|---:|"
    for label, key in (("dateline full pipeline", "pipeline"), ("bare spaCy nlp.pipe, paragraph chunks",
                                                                "spacy_paragraphs"),
                       ("bare spaCy nlp.pipe, whole texts", "spacy_whole")):
        cpu = r.get(f"{key}_cpu_s")
        extra = f"{cpu:.1f} | {w / cpu:.0f}" if cpu else "- | -"
        yield f"| {label} | {rates(r[f'{key}_s'])} | {extra} |"
    yield ""
    para, whole = r["spacy_paragraphs_s"] / r["pipeline_s"], r["spacy_whole_s"] / r["pipeline_s"]
    yield (f"end-to-end / bare spaCy (wall): **{para:.2f}x** (paragraph chunks), {whole:.2f}x (whole texts); "
           f"target >= {TARGETS['vs_spacy']}x, stretch {TARGETS['vs_spacy_stretch']}x")
    if r.get("pipeline_cpu_s"):
        para, whole = (r["spacy_paragraphs_cpu_s"] / r["pipeline_cpu_s"], r["spacy_whole_cpu_s"] /
                       r["pipeline_cpu_s"])
        yield (f"end-to-end / bare spaCy (CPU seconds, less disturbed by other load): **{para:.2f}x** (paragraph "
               f"chunks), {whole:.2f}x (whole texts)")
    yield ""
    total = sum(r["stage_s"].values())
    yield "| stage | seconds | share |"
    yield "|---|---:|---:|"
    for name in r["stages"]:
        s = r["stage_s"].get(name, 0.0)
        yield f"| {name} | {s:.2f} | {100 * s / total:5.1f}% |"
    yield f"| (outside stages: ingest, batching) | {r['pipeline_s'] - total:.2f} | |"
    yield ""
    yield f"peak RSS of this process (model + pipeline + corpus): {r['main_peak_rss_mb']:.0f} MB"
    if r.get("scaling"):
        yield ""
        yield ("| Dask workers | articles/s | words/s | seconds | speed-up | cores got | task CPU s | "
               "speed-up on free cores | peak RSS per worker | start-up |")
        yield "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
        one, one_cpu = r["scaling"][0]["seconds"], r["scaling"][0]["cpu_s"]
        for s in r["scaling"]:
            yield (f"| {s['workers']} | {rates(s['seconds'])} | {one / s['seconds']:.2f}x | "
                   f"{s['cpu_s'] / s['seconds']:.2f} | {s['cpu_s']:.1f} | "
                   f"{s['workers'] * one_cpu / s['cpu_s']:.2f}x | {s['peak_rss_mb']:.0f} MB | {s['startup_s']:.1f} s |")
        yield ("cores got = task CPU seconds / wall seconds: how much CPU the workers really had; on a quiet machine "
               "it approaches the worker count, and speed-up follows it when the work splits evenly. Speed-up on "
               "free cores = workers x (task CPU of 1 worker / task CPU of N): the speed-up if each worker had a "
               "core of its own, from the CPU the same work took (a projection, not a measurement; it leaves out "
               "the uneven end of the run)")
        yield (f"targets: 2 workers >= {TARGETS['scaling_2']}x one worker; peak RSS per worker < "
               f"{TARGETS['rss_mb']:.0f} MB")
    if r.get("crossover"):
        yield ""
        jobs = [k for k in r["crossover"][0] if k.startswith("jobs_")]
        yield "| articles | " + " | ".join(f"`extract --jobs {k.split('_')[1]}`" for k in jobs) + " |"
        yield "|---:|" + "---:|" * len(jobs)
        for row in r["crossover"]:
            yield f"| {row['articles']} | " + " | ".join(f"{row[k]:.1f} s" for k in jobs) + " |"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", help="a .jsonl corpus or a directory (default: guardian-249, else samples/)")
    p.add_argument("--limit", type=int, help="use only the first N articles")
    p.add_argument("--repeat", type=int, default=1, help="time each run N times and keep the fastest")
    p.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="Dask worker counts to compare")
    p.add_argument("--partition-size", type=int, default=8, help="documents per Dask task")
    p.add_argument("--batch-size", type=int, default=32, help="documents per pipeline batch")
    p.add_argument("--no-scaling", action="store_true", help="skip the Dask runs")
    p.add_argument("--crossover", type=int, nargs="*", metavar="N",
                   help="also time `dateline extract --jobs 1` against the largest --workers count on the first N "
                   "articles (start-up included), e.g. --crossover 16 64 128")
    p.add_argument("--json", help="also write the raw numbers to this file")
    args = p.parse_args(argv)
    result = measure(args)
    print("\n".join(report(result)))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
