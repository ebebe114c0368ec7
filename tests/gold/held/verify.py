"""Check the held-out gold set h1_* (tests/gold/held) against the current pipeline.

    python tests/gold/held/verify.py

Rebuilds every article text with `zhtools split tests/gold/held/pages/<name>.txt` and checks every
record of tests/gold/held/<name>.jsonl: text[span] equals mention/text, normalized is right, quoted
matches the quote marks, marker/heading are in the item (all via annotate_helper.check_record), and
the count fields of issue 15 (currency, per, count_kind). Also checks the file order and that no two
records of one kind share a span. Exit code 1 when anything is wrong.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

HELD = Path(__file__).resolve().parent
GOLD = HELD.parent
ROOT = GOLD.parent.parent
ZHTOOLS = ROOT / ".venv" / "bin" / "zhtools"
sys.path.insert(0, str(GOLD))
from annotate_helper import check_record, normalize  # noqa: E402

CURRENCIES = {None, "CNY", "TWD", "HKD", "USD", "EUR", "JPY", "MOP", "THB", "USDT"}
COUNT_KINDS = {"reported", "target", "limit"}
ORDER = {"measure": 0, "count": 1, "slogan": 2}


def article_texts(name: str) -> dict[str, str]:
    page = HELD / "pages" / f"{name}.txt"
    out = subprocess.run([str(ZHTOOLS), "split", str(page)], capture_output=True, text=True,
                         encoding="utf-8", check=True)
    rows = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    return {r["id"]: r["text"] for r in rows}


def new_field_problems(r: dict) -> list[str]:
    if r.get("kind") != "count":
        return []
    problems = []
    for field in ("currency", "per", "count_kind"):
        if field not in r:
            problems.append(f"missing {field}")
    if r.get("currency") not in CURRENCIES:
        problems.append(f"currency {r.get('currency')!r}")
    if r.get("per") is not None and not (isinstance(r["per"], str) and r["per"]):
        problems.append(f"per {r.get('per')!r}")
    if r.get("count_kind") not in COUNT_KINDS:
        problems.append(f"count_kind {r.get('count_kind')!r}")
    if r.get("count_kind") == "limit" and r.get("approx") != "at_most":
        problems.append("a limit should be at_most")
    return problems


def main() -> int:
    bad = 0
    total = Counter()
    for path in sorted(HELD.glob("h1_*.jsonl")):
        name = path.stem
        texts = article_texts(name)
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        keys = [(int(r["article_id"].split("#")[1]), ORDER[r["kind"]], r["span"][0], r["span"][1]) for r in records]
        if keys != sorted(keys):
            bad += 1
            print(f"{path.name}: records are not sorted by article, kind, span")
        seen = set()
        for n, r in enumerate(records, 1):
            problems = check_record(r, texts) + new_field_problems(r)
            if r.get("kind") == "slogan" and r.get("normalized") != normalize(r.get("text", "")):
                problems.append("normalized")
            key = (r["article_id"], r["kind"], tuple(r["span"]))
            if key in seen:
                problems.append("duplicate span")
            seen.add(key)
            for p in problems:
                bad += 1
                print(f"{path.name}:{n}: {p}")
        missing = sorted(set(texts) - {r["article_id"] for r in records})
        if missing:
            print(f"{name}: articles without records: {missing}")
        tally = Counter(r["kind"] for r in records)
        total.update(tally)
        print(f"{name}: {len(texts)} articles, " + ", ".join(f"{k} {tally[k]}" for k in ORDER))
    print("total: " + ", ".join(f"{k} {total[k]}" for k in ORDER))
    print("OK" if not bad else f"{bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
