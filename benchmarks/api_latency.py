"""Latency of POST /api/extract for one ~1,000-word article over loopback, against a real `dateline serve`.

    python benchmarks/api_latency.py [--requests N] [--words W] [--corpus FILE.jsonl] [--json OUT]

Starts `dateline serve` in a subprocess on 127.0.0.1 (a fresh empty store), warms it up (the first request
loads the model), then sends N sequential requests and reports p50 / p95 / mean latency, and how much of it
the server itself spent (its Server-Timing header) versus the wire and the client. For scale, the same article
through the pipeline in this process (no HTTP) is timed too.
The article is the bundled samples joined until they reach W words, or with --corpus the article of a JSON
Lines file whose length is nearest W words.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def sample_article(words: int) -> str:
    """The bundled sample texts joined (as paragraphs) until they reach `words` words, cut at that count."""
    texts = [json.loads(line)["text"] for line in (SAMPLES / "articles.jsonl").read_text().splitlines() if line]
    texts += [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    paragraphs: list[str] = []
    n = 0
    while n < words:
        for t in texts:
            for para in t.split("\n\n"):
                if n >= words:
                    break
                paragraphs.append(para.strip())
                n += len(para.split())
    return "\n\n".join(paragraphs)


def corpus_article(path: Path, words: int) -> str:
    """The text of the corpus article whose word count is nearest `words`."""
    best, gap = "", float("inf")
    with path.open(encoding="utf-8") as f:
        for line in f:
            text = json.loads(line).get("text") or ""
            d = abs(len(text.split()) - words)
            if d < gap:
                best, gap = text, d
    return best


def free_port() -> int:
    """A TCP port nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    """`dateline serve` on 127.0.0.1:port, once its health endpoint answers."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen([sys.executable, "-m", "dateline", "serve", "--db", str(db), "--port", str(port),
                             "--log-level", "warning"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1, trust_env=False).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start")


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100), nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def measure(url: str, text: str, requests: int, warmup: int) -> tuple[list[float], list[float]]:
    """Seconds per request, and the server's own seconds (its Server-Timing header), for `requests`
    sequential extractions after `warmup` untimed ones."""
    body = {"text": text, "published": "2024-01-15"}
    times, server = [], []
    with httpx.Client(base_url=url, timeout=120, trust_env=False) as client:
        for i in range(warmup + requests):
            t0 = time.perf_counter()
            r = client.post("/api/extract", json=body)
            elapsed = time.perf_counter() - t0
            r.raise_for_status()
            if i >= warmup:
                times.append(elapsed)
                server.append(float(r.headers["server-timing"].split("dur=")[1]) / 1000)
    return times, server


def in_process(text: str, repeats: int) -> float:
    """Median seconds of the same extraction without HTTP (the pipeline alone)."""
    sys.path.insert(0, str(ROOT / "src"))
    from dateline import extract, get_pipeline

    pipe = get_pipeline(on_error="record")
    extract(text, "2024-01-15", pipeline=pipe)
    runs = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        extract(text, "2024-01-15", pipeline=pipe)
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def main() -> int:
    """Run the benchmark and print (and optionally write) the figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=30)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--words", type=int, default=1000)
    ap.add_argument("--corpus", type=Path, help="pick the article nearest --words from this JSON Lines file")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    text = corpus_article(args.corpus, args.words) if args.corpus else sample_article(args.words)
    words = len(text.split())
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        proc = start_server(Path(tmp) / "bench.duckdb", port)
        try:
            times, server = measure(f"http://127.0.0.1:{port}", text, args.requests, args.warmup)
        finally:
            proc.terminate()
            proc.wait(30)
    direct = in_process(text, min(10, args.requests))
    p50, p95 = percentile(times, 50), percentile(times, 95)
    wire = [t - s for t, s in zip(times, server, strict=True)]
    result: dict[str, Any] = {"words": words, "chars": len(text), "requests": len(times),
                              "p50_ms": round(p50 * 1000, 1), "p95_ms": round(p95 * 1000, 1),
                              "mean_ms": round(statistics.mean(times) * 1000, 1),
                              "server_p50_ms": round(percentile(server, 50) * 1000, 1),
                              "http_p50_ms": round(percentile(wire, 50) * 1000, 1),
                              "pipeline_only_ms": round(direct * 1000, 1),
                              "words_per_s_p50": round(words / p50)}
    print(f"POST /api/extract, {words} words, {len(times)} requests over loopback:")
    print(f"  p50 {result['p50_ms']} ms   p95 {result['p95_ms']} ms   mean {result['mean_ms']} ms"
          f"   ({result['words_per_s_p50']} words/s)")
    print(f"  inside the server (Server-Timing) p50 {result['server_p50_ms']} ms; HTTP and JSON on the client "
          f"side p50 {result['http_p50_ms']} ms; pipeline alone, in this process: {result['pipeline_only_ms']} ms")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
