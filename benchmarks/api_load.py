"""The API under load: mixed extract and query requests from local client threads for a fixed time.

    python benchmarks/api_load.py [--seconds S] [--clients C] [--extract-share F] [--words W]
                                  [--max-rss-mb M] [--json OUT]

Stores the bundled samples with `dateline ingest`, starts `dateline serve` on 127.0.0.1 over that store, warms it
up, then C client threads send requests back to back for S seconds: a share F of them POST /api/extract (a
W-word article), the rest are reads (events, articles, one article, entities, places, quotes, facets, stats).
Reports throughput, p50/p99 latency per kind, errors (any status but 200, any exception) and the server's
resident memory (sampled every 0.25 s from /proc). Exit status 1 when a request failed or the server's peak
RSS went over --max-rss-mb. Loopback only; bounded in time (and so in requests).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import httpx
from api_latency import ROOT, SAMPLES, free_port, percentile, sample_article, start_server

READS = ["/api/events?limit=20", "/api/articles?limit=20", "/api/entities?limit=20", "/api/places?limit=20",
         "/api/quotes?limit=20", "/api/events/facets", "/api/stats", "/api/health"]


def build_store(db: Path) -> None:
    """Store the bundled samples (one model load, before the server starts)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    inputs = [str(SAMPLES / "articles.jsonl"), *map(str, sorted(SAMPLES.glob("*.txt")))]
    subprocess.run([sys.executable, "-m", "dateline", "ingest", *inputs, "--db", str(db)], env=env, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def rss_mb(pid: int) -> tuple[float, float]:
    """The process's resident memory now and at its peak (VmRSS, VmHWM), in MB."""
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) / 1024
    return fields.get("VmRSS", 0.0), fields.get("VmHWM", 0.0)


class Load:
    """Client threads sending mixed requests until a deadline; latencies per kind and every error."""

    def __init__(self, url: str, text: str, extract_share: float, article_ids: list[str]) -> None:
        self.url, self.text, self.share, self.ids = url, text, extract_share, article_ids
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.errors: list[str] = []
        self._lock = threading.Lock()

    def client(self, seed: int, deadline: float) -> None:
        """One client: requests back to back until the deadline."""
        rng = random.Random(seed)
        with httpx.Client(base_url=self.url, timeout=120, trust_env=False) as c:
            while time.monotonic() < deadline:
                kind, call = self._pick(rng, c)
                t0 = time.perf_counter()
                try:
                    r = call()
                    ok, what = r.status_code == 200, f"{kind} -> {r.status_code} {r.text[:120]}"
                except httpx.HTTPError as e:
                    ok, what = False, f"{kind} -> {type(e).__name__}: {e}"
                took = time.perf_counter() - t0
                with self._lock:
                    self.latencies[kind].append(took)
                    if not ok:
                        self.errors.append(what)

    def _pick(self, rng: random.Random, c: httpx.Client) -> tuple[str, Any]:
        if rng.random() < self.share:
            body = {"text": self.text, "published": "2024-01-15"}
            return "extract", lambda: c.post("/api/extract", json=body)
        if self.ids and rng.random() < 0.2:
            aid = rng.choice(self.ids)
            return "article", lambda: c.get(f"/api/articles/{aid}")
        path = rng.choice(READS)
        return "read", lambda: c.get(path)


def sample_rss(pid: int, stop: threading.Event, out: list[float]) -> None:
    """Append the server's RSS every 0.25 s until stopped."""
    while not stop.is_set():
        out.append(rss_mb(pid)[0])
        stop.wait(0.25)


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Build, serve, load and measure; the figures as a dict."""
    text = sample_article(args.words)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.duckdb"
        build_store(db)
        proc = start_server(db, port)
        try:
            with httpx.Client(base_url=url, timeout=120, trust_env=False) as c:
                c.post("/api/extract", json={"text": text}).raise_for_status()  # loads the model
                ids = [a["id"] for a in c.get("/api/articles?limit=50").json()["items"]]
            rss_start = rss_mb(proc.pid)[0]
            load, samples, stop = Load(url, text, args.extract_share, ids), [], threading.Event()
            sampler = threading.Thread(target=sample_rss, args=(proc.pid, stop, samples), daemon=True)
            sampler.start()
            t0 = time.monotonic()
            deadline = t0 + args.seconds
            clients = [threading.Thread(target=load.client, args=(i, deadline)) for i in range(args.clients)]
            for t in clients:
                t.start()
            for t in clients:
                t.join()
            elapsed = time.monotonic() - t0
            stop.set()
            sampler.join()
            rss_end, rss_peak = rss_mb(proc.pid)
        finally:
            proc.terminate()
            proc.wait(30)
    every = [x for v in load.latencies.values() for x in v]
    kinds = {k: {"requests": len(v), "p50_ms": round(percentile(v, 50) * 1000, 1),
                 "p99_ms": round(percentile(v, 99) * 1000, 1)} for k, v in sorted(load.latencies.items())}
    return {"seconds": round(elapsed, 1), "clients": args.clients, "extract_words": len(text.split()),
            "requests": len(every), "throughput_rps": round(len(every) / elapsed, 1),
            "p50_ms": round(percentile(every, 50) * 1000, 1), "p99_ms": round(percentile(every, 99) * 1000, 1),
            "kinds": kinds, "errors": len(load.errors), "error_examples": load.errors[:5],
            "rss_mb": {"after_warmup": round(rss_start), "max_sampled": round(max(samples, default=0)),
                       "end": round(rss_end), "peak": round(rss_peak)}, "max_rss_mb": args.max_rss_mb}


def main() -> int:
    """Run the load test, print the figures, and fail on errors or memory over the bound."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--extract-share", type=float, default=0.3)
    ap.add_argument("--words", type=int, default=300)
    ap.add_argument("--max-rss-mb", type=float, default=1500.0)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    result = run(args)
    print(f"{result['requests']} requests in {result['seconds']} s from {result['clients']} clients: "
          f"{result['throughput_rps']} req/s, p50 {result['p50_ms']} ms, p99 {result['p99_ms']} ms, "
          f"{result['errors']} errors")
    for kind, k in result["kinds"].items():
        print(f"  {kind:8} {k['requests']:6} requests   p50 {k['p50_ms']} ms   p99 {k['p99_ms']} ms")
    rss = result["rss_mb"]
    print(f"  server RSS: {rss['after_warmup']} MB after warm-up, {rss['max_sampled']} MB max sampled, "
          f"peak {rss['peak']} MB (bound {args.max_rss_mb:g} MB)")
    for e in result["error_examples"]:
        print(f"  error: {e}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")
    return 1 if result["errors"] or rss["peak"] > args.max_rss_mb else 0


if __name__ == "__main__":
    raise SystemExit(main())
