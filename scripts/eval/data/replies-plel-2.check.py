#!/usr/bin/env python3
"""Validates replies-plel-2.synthetic.jsonl and prints counts per lang x label (label = 1).

Checks: valid JSON per line, exactly the expected fields, lang pl/el, 0/1 labels, split TEST,
unique ids in pl-c-NNN / el-c-NNN writing order, unique non-empty texts, 130 lines per language.
Run: python3 scripts/eval/data/replies-plel-2.check.py
"""
import json
import re
import sys
from pathlib import Path

PATH = Path(__file__).with_name("replies-plel-2.synthetic.jsonl")
FIELDS = {"id", "lang", "text", "fix", "blame", "apology", "private", "split"}
LABELS = ("fix", "blame", "apology", "private")
PER_LANG = 130


def main() -> int:
    errors, rows = [], []
    for n, line in enumerate(PATH.read_text(encoding="utf-8").splitlines(), 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: invalid JSON ({e})")
            continue
        if set(row) != FIELDS:
            errors.append(f"line {n}: fields {sorted(row)}")
            continue
        if row["lang"] not in ("pl", "el"):
            errors.append(f"line {n}: lang {row['lang']!r}")
        if row["split"] != "TEST":
            errors.append(f"line {n}: split {row['split']!r}")
        for k in LABELS:
            if row[k] not in (0, 1) or isinstance(row[k], bool):
                errors.append(f"line {n}: {k}={row[k]!r}")
        if not isinstance(row["text"], str) or not row["text"].strip():
            errors.append(f"line {n}: empty text")
        rows.append(row)

    ids = [r["id"] for r in rows]
    texts = [r["text"].strip().lower() for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if len(set(texts)) != len(texts):
        errors.append("duplicate texts")
    for lang in ("pl", "el"):
        got = [r["id"] for r in rows if r["lang"] == lang]
        want = [f"{lang}-c-{i:03d}" for i in range(1, PER_LANG + 1)]
        if got != want:
            errors.append(f"{lang}: ids are not {want[0]}..{want[-1]} in order ({len(got)} lines)")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1

    print(f"{len(rows)} replies OK\n")
    print("lang | label | TEST (=all) | share")
    print("--- | --- | --- | ---")
    for lang in ("pl", "el"):
        sub = [r for r in rows if r["lang"] == lang]
        print(f"{lang} | replies | {len(sub)} | 100 %")
        for k in LABELS:
            c = sum(r[k] for r in sub)
            print(f"{lang} | {k}=1 | {c} | {100 * c / len(sub):.0f} %")
        both = sum(1 for r in sub if r["fix"] and r["blame"])
        neg = sum(1 for r in sub if not r["fix"] and not r["blame"])
        print(f"{lang} | fix=1 and blame=1 | {both} | {100 * both / len(sub):.0f} %")
        print(f"{lang} | fix=0 and blame=0 (hard negatives) | {neg} | {100 * neg / len(sub):.0f} %")
    return 0


if __name__ == "__main__":
    sys.exit(main())
