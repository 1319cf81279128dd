#!/usr/bin/env python3
"""Refresh the project's copy of the seed articles and their gold from ``../shared``.

    python benchmarks/sync_seeds.py           # copy what changed, list it
    python benchmarks/sync_seeds.py --check   # only report differences (exit 1 if any)

The seeds (``seeds/*.txt``, ``seeds/index.json``) and their gold (``seeds/gold/``) are
copies of ``../shared/seeds`` and ``../shared/gold``; the scorer and the tests read the
copies, so refresh them when the shared folders change.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PAIRS = (
    (SHARED / "seeds", ROOT / "seeds", ("*.txt", "index.json")),
    (SHARED / "gold", ROOT / "seeds" / "gold", ("*.json", "NOTES.md")),
)


def differences() -> list[tuple[Path, Path]]:
    """(source, copy) pairs whose contents differ or whose copy is missing."""
    out = []
    for source_dir, copy_dir, patterns in PAIRS:
        for pattern in patterns:
            for source in sorted(source_dir.glob(pattern)):
                copy = copy_dir / source.name
                if not copy.is_file() or copy.read_bytes() != source.read_bytes():
                    out.append((source, copy))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="report only; exit 1 if stale")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"no shared folder at {SHARED}; nothing to compare")
        return 0
    stale = differences()
    for source, copy in stale:
        print(f"{'differs' if copy.exists() else 'missing'}: {copy.relative_to(ROOT)}")
        if not args.check:
            shutil.copyfile(source, copy)
    if not stale:
        print("seeds and gold are up to date")
    return 1 if stale and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
