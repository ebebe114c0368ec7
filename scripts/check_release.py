"""Rebuild the release from corpus/raw/ in a scratch folder and compare it with corpus/processed/.

Every JSONL file must be byte-identical; manifest.json must be equal except `timings` and `run`
(seconds, workers, backend, documents reused: what differs between runs of the same inputs).
Hidden files (the run's index, `.zhtools-index.jsonl`, which names its run) are not compared.
Exit 0 when the committed release is reproducible, 1 with the differing files otherwise.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from zhtools.cli import entry

ROOT = Path(__file__).resolve().parent.parent
RUN_SPECIFIC = ("timings", "run")  # manifest keys that differ between runs of the same inputs


def release_files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir() if not p.name.startswith(".")}


def comparable_manifest(path: Path) -> dict:
    manifest = json.loads(path.read_text(encoding="utf-8"))
    for key in RUN_SPECIFIC:
        manifest.pop(key, None)
    return manifest


def main() -> int:
    committed = ROOT / "corpus" / "processed"
    with tempfile.TemporaryDirectory() as scratch:
        rebuilt = Path(scratch)
        code = entry(["run", str(ROOT / "corpus" / "raw"), "--out", str(rebuilt), "--quiet"])
        if code not in (0, 1):
            print(f"rebuild failed with exit code {code}", file=sys.stderr)
            return 1
        names = sorted(release_files(committed) | release_files(rebuilt))
        differing = []
        for name in names:
            a, b = committed / name, rebuilt / name
            if not a.exists() or not b.exists():
                differing.append(f"{name}: only in {'rebuilt' if b.exists() else 'committed'} release")
            elif name == "manifest.json":
                if comparable_manifest(a) != comparable_manifest(b):
                    differing.append(name)
            elif a.read_bytes() != b.read_bytes():
                differing.append(name)
    if differing:
        print("corpus/processed/ is not what corpus/raw/ builds; run `make run` and commit:", *differing, sep="\n  ", file=sys.stderr)
        return 1
    print(f"corpus/processed/ is reproducible ({len(names)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
