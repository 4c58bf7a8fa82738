"""Check corpus folders: every chat imports with sheets-bridge, and every conversation has its labels row.

    python corpus/check.py corpus/fitness_puls [more folders...]
    python corpus/check.py            # every business folder under corpus/ and the dev corpus

Prints per folder the conversations found, the label counts, and every problem (exit 1 if any).
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from sheets_bridge.tagging.corpus import load_corpus  # noqa: E402

RULES = [  # (what, check) — the consistency rules of the dev corpus's checker
    ("booked and missed_lead", lambda r: r["booked"] == "1" and r["missed_lead"] == "1"),
    ("missed_lead but booking_offered", lambda r: r["missed_lead"] == "1" and r["booking_offered"] == "1"),
    ("missed_lead on complaint/other", lambda r: r["intent"] in ("complaint", "other") and r["missed_lead"] == "1"),
    ("booked without need_time", lambda r: r["booked"] == "1" and r["need_time"] == "0"),
]
VALUES = {"intent": {"booking", "price", "question", "complaint", "other"},
          "sentiment": {"positive", "neutral", "negative"},
          "recommended_action": {"reply_template", "clarify", "redirect", "none"}}


def folders(args: list[str]) -> list[tuple[Path, dict]]:
    if args:
        return [(Path(a), {}) for a in args]
    out = [(p, {}) for p in sorted(HERE.iterdir()) if (p / "labels.csv").exists()]
    dev = json.loads((HERE / "dev.json").read_text(encoding="utf-8")) if (HERE / "dev.json").exists() else None
    if dev:
        out.insert(0, ((HERE / dev["path"]).resolve(), dev))
    return out


def main(args: list[str]) -> int:
    bad = 0
    total = 0
    for folder, dev in folders(args):
        corpus = load_corpus(folder, tz=dev.get("tz"),
                             businesses={b: v["files"] for b, v in dev.get("businesses", {}).items()} or None)
        rows = [c.labels for c in corpus.conversations]
        total += len(rows)
        problems = [f"{p.file}: {p.message}" for p in corpus.problems]
        for c in corpus.conversations:
            for col, allowed in VALUES.items():
                if c.labels.get(col) not in allowed:
                    problems.append(f"{c.file}@{c.start}: {col}={c.labels.get(col)!r}")
            for what, rule in RULES:
                if rule(c.labels):
                    problems.append(f"{c.file}@{c.start}: {what}")
        print(f"{folder.name}: {len(rows)} conversations in {len({c.file for c in corpus.conversations})} files, "
              f"businesses {dict(collections.Counter(c.business for c in corpus.conversations))}")
        for col in ("intent", "missed_lead", "booked", "booking_offered", "sentiment", "recommended_action"):
            print(f"  {col}: {dict(sorted(collections.Counter(r[col] for r in rows).items()))}")
        for p in problems:
            print("  PROBLEM", p)
        bad += len(problems)
    print(f"{total} conversations; {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
