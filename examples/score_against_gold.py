"""Score the parser on one seed article against its hand-made gold annotation.

This is what benchmarks/eval_gold.py does for whole folders; use it the same way on
your own gold files (format diplomod-gold/1).

Run from the repository root: python examples/score_against_gold.py [SEED_ID]
"""

from __future__ import annotations

import sys
from pathlib import Path

import diplomod
from diplomod.scoring import TYPES, score_reports

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
seed_id = sys.argv[1] if len(sys.argv) > 1 else "001_1b836eb240e6e852"

gold = diplomod.Report.from_gold(SEEDS / "gold" / f"{seed_id}.json")
text = (SEEDS / f"{seed_id}.txt").read_text(encoding="utf-8")
predicted = diplomod.extract(text, published=gold.document.published,
                             document_id=gold.document.id)

scores = score_reports(predicted, gold)
print(f"{seed_id}: predicted {predicted.counts()}")
print(f"{'type':<16} {'P':>6} {'R':>6} {'F1':>6}   tp  fp  fn")
for kind in TYPES:
    c = scores.counts[kind]
    print(f"{kind:<16} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}  {c.tp:3d} {c.fp:3d} "
          f"{c.fn:3d}")
print(f"mean F1 {scores.mean_f1:.3f}")

extra = scores.as_dict()
if extra["participant_f1"] is not None:
    print(f"participants of matched meetings: F1 {extra['participant_f1']:.3f}")
if extra["claimant_agreement"] is not None:
    print(f"claimed_by agrees on {extra['claimant_agreement']:.0%} of matched claims")

print("\nWhat the parser missed (in the gold, not predicted) and added (predicted, not in "
      "the gold):")
for kind in TYPES:
    for label, items in (("missed", scores.missed[kind]), ("added", scores.spurious[kind])):
        for item in items:
            print(f"  {kind:<16} {label:<7} {item.split(': ', 1)[1]}")
