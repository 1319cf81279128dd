#!/usr/bin/env python3
"""Throughput and memory of diplomod.extract on real news.

    python benchmarks/throughput.py            # VOA corpus, and the seeds at 1x, 4x, 16x
    python benchmarks/throughput.py --repeat 5 # best of 5 runs per measurement
    python benchmarks/throughput.py --json

Measures, on one core, in one process:
- the 89 public-domain VOA stories (benchmarks/data/voa_stories.jsonl), one extract()
  per story with its own publication date: MB/s and articles/s;
- the five seed articles joined eight times (about 0.2 MB, "1x") and repeated to 1x, 4x
  and 16x that size (about 3 MB), each run as
  one document: MB/s at each size, so cost that grows faster than the text shows;
- peak memory (tracemalloc) of one 16x run, and the process's peak RSS.

Start-up (loading the knowledge base, building the automata) happens once before any
timing and is reported on its own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from _env import use_project_environment  # noqa: E402

use_project_environment()

import diplomod  # noqa: E402

CORPUS = ROOT / "benchmarks" / "data" / "voa_stories.jsonl"
SEEDS = ROOT / "seeds"


def best_of(repeat: int, run: object) -> float:
    """The fastest of ``repeat`` runs of ``run()`` in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (best)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    diplomod.extract("Warm-up: Egypt's president met the CIA director in Cairo on Tuesday.",
                     published=dt.date(2024, 2, 13))
    startup = time.perf_counter() - start

    stories = [json.loads(line) for line in CORPUS.read_text("utf-8").splitlines() if line]
    voa_chars = sum(len(s["text"]) for s in stories)
    voa_bytes = sum(len(s["text"].encode("utf-8")) for s in stories)

    def run_voa() -> None:
        for story in stories:
            diplomod.extract(story["text"], published=story["published"][:10],
                             document_id=story["id"])

    voa_seconds = best_of(args.repeat, run_voa)

    index = json.loads((SEEDS / "index.json").read_text("utf-8"))
    seed_text = "\n\n".join([(SEEDS / e["file"]).read_text("utf-8") for e in index] * 8)
    scaled = {}
    for factor in (1, 4, 16):
        text = "\n\n".join([seed_text] * factor)
        size = len(text.encode("utf-8"))

        def run_seeds(text: str = text) -> None:
            diplomod.extract(text, published=dt.date(2024, 2, 13))

        seconds = best_of(args.repeat, run_seeds)
        scaled[factor] = {"bytes": size, "seconds": seconds, "mb_per_s": size / seconds / 1e6}

    text16 = "\n\n".join([seed_text] * 16)
    tracemalloc.start()
    diplomod.extract(text16, published=dt.date(2024, 2, 13))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    result = {
        "startup_seconds": startup,
        "voa": {"articles": len(stories), "bytes": voa_bytes, "chars": voa_chars,
                "seconds": voa_seconds, "mb_per_s": voa_bytes / voa_seconds / 1e6,
                "articles_per_s": len(stories) / voa_seconds},
        "seeds_scaled": scaled,
        "peak_traced_mb_16x": peak / 1e6,
        "peak_rss_mb": rss_kb / 1024,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    v = result["voa"]
    print(f"start-up (knowledge base, automata): {startup:.2f} s")
    print(f"VOA corpus: {v['articles']} articles, {v['bytes'] / 1e6:.2f} MB in "
          f"{v['seconds']:.2f} s -> {v['mb_per_s']:.2f} MB/s, {v['articles_per_s']:.0f} "
          "articles/s")
    for factor, row in scaled.items():
        print(f"seeds x{factor:<2}: {row['bytes'] / 1e6:6.2f} MB in {row['seconds']:.2f} s -> "
              f"{row['mb_per_s']:.2f} MB/s")
    print(f"peak memory of one x16 run (tracemalloc): {result['peak_traced_mb_16x']:.1f} MB;"
          f" process peak RSS {result['peak_rss_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
