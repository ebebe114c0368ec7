"""Build the JSONL release `corpus/processed/` from the pages in `corpus/raw/` (what `make run` does).

Usage: python scripts/build_corpus.py [--raw corpus/raw] [--out corpus/processed] [--workers N]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from zhtools.cli import entry

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--raw", default=str(ROOT / "corpus" / "raw"))
    parser.add_argument("--out", default=str(ROOT / "corpus" / "processed"))
    parser.add_argument("--workers", default="1")
    args = parser.parse_args(argv)
    return entry(["run", args.raw, "--out", args.out, "--workers", args.workers])


if __name__ == "__main__":
    sys.exit(main())
