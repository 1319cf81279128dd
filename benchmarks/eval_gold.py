#!/usr/bin/env python3
"""Score diplomod's extraction against gold annotations, per type (P, R, F1).

    python benchmarks/eval_gold.py                 # held-out VOA set, VOA dev set, then seeds
    python benchmarks/eval_gold.py DIR [DIR ...]   # any folders of gold files + articles
    python benchmarks/eval_gold.py --verbose       # also list missed and spurious items
    python benchmarks/eval_gold.py --json          # machine-readable

A gold folder holds ``<id>.json`` gold files (``diplomod-gold/1``); each article is
``<id>.txt`` in the same folder or its parent. The publication date comes from the
gold file's ``document.published``. Sets are reported separately, so a gain on one that
is a loss on the other shows.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from _env import use_project_environment  # noqa: E402

use_project_environment()

import diplomod  # noqa: E402
from diplomod.scoring import TYPES, Scores, score_reports  # noqa: E402

# The seeds come last: tools that read the last table take it for the seeds' copy of
# the shared gold.
DEFAULT_SETS = (ROOT / "benchmarks" / "gold" / "voa_holdout",
                ROOT / "benchmarks" / "gold" / "voa", ROOT / "seeds" / "gold")
# Held-out sets measure generalization: never tune the parser on them.
HELD_OUT = (ROOT / "benchmarks" / "gold" / "voa_holdout",)


def article_for(gold_path: Path) -> Path:
    """The article beside a gold file, or in its parent folder."""
    for folder in (gold_path.parent, gold_path.parent.parent):
        candidate = folder / f"{gold_path.stem}.txt"
        if candidate.is_file():
            return candidate
    raise SystemExit(f"eval_gold: no article {gold_path.stem}.txt beside {gold_path}")


def score_set(folder: Path) -> tuple[Scores, int]:
    """Extract every article of a gold folder and score it."""
    total = Scores()
    files = sorted(p for p in folder.glob("*.json") if p.name != "index.json")
    for path in files:
        gold = diplomod.Report.from_gold(path)
        text = article_for(path).read_text("utf-8")
        predicted = diplomod.extract(text, published=gold.document.published,
                                     document_id=gold.document.id)
        total.add(score_reports(predicted, gold))
    return total, len(files)


def print_set(name: str, scores: Scores, n: int, *, verbose: bool) -> None:
    print(f"== {name} ({n} articles)")
    print(f"{'type':<16} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>4} {'fp':>4} {'fn':>4}")
    for t in TYPES:
        c = scores.counts[t]
        print(f"{t:<16} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}   "
              f"{c.tp:4d} {c.fp:4d} {c.fn:4d}")
    extra = scores.as_dict()
    part = extra["participant_f1"]
    claim = extra["claimant_agreement"]
    print(f"{'mean F1':<16} {'':>6} {'':>6} {scores.mean_f1:6.3f}"
          f"   participants F1 {part if part is None else f'{part:.3f}'}"
          f", claimed_by agreement {claim if claim is None else f'{claim:.3f}'}")
    if verbose:
        for t in TYPES:
            for label, items in (("missed", scores.missed[t]), ("spurious", scores.spurious[t])):
                for item in items:
                    print(f"  {t:<16} {label:<8} {item}")
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path,
                        help="gold folders (default: held-out VOA, VOA, seeds)")
    parser.add_argument("--verbose", "-v", action="store_true",
                        help="list missed and spurious items")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    folders = args.sets or [p for p in DEFAULT_SETS if p.is_dir()]
    results = {}
    for folder in folders:
        scores, n = score_set(folder)
        name = folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder
        results[str(name)] = (scores, n)
    if args.json:
        print(json.dumps({k: {"articles": n, **s.as_dict()} for k, (s, n) in results.items()},
                         indent=2))
        return 0
    for name, (scores, n) in results.items():
        held_out = (ROOT / name).resolve() in HELD_OUT
        if held_out:
            name += " [HELD OUT: do not tune on this set; --verbose lists no items of it]"
        print_set(name, scores, n, verbose=args.verbose and not held_out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
