"""How far tags agree with a reviewer's labels: per-tag accuracy, missed-lead precision/recall, complaint
recall, and whether the confidence means something (used by ``bench/tagging_bench.py`` and ``validate``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from .base import TAG_FIELDS, Tags

HIGH_CONFIDENCE = 0.8
AUDIT_BELOW = 0.6


@dataclass
class Evaluation:
    n: int
    accuracy: dict[str, float] = field(default_factory=dict)
    majority: dict[str, float] = field(default_factory=dict)
    missed_precision: float = float("nan")
    missed_recall: float = float("nan")
    missed_f1: float = float("nan")
    complaint_recall: float = float("nan")
    complaints: int = 0
    high_confidence_n: int = 0
    high_confidence_missed_ok: float = float("nan")   # share right on missed_lead among confidence ≥ 0.8
    errors_in_audit: float = float("nan")             # share of missed_lead errors with confidence < 0.6
    missed_errors: int = 0

    def row(self) -> dict[str, float]:
        out = {f: self.accuracy.get(f, float("nan")) for f in TAG_FIELDS}
        out.update(missed_p=self.missed_precision, missed_r=self.missed_recall, missed_f1=self.missed_f1,
                   complaint_r=self.complaint_recall)
        return out


def _ratio(a: int, b: int) -> float:
    return a / b if b else float("nan")


def evaluate(labels: Sequence[dict[str, str]], tags: Sequence[Tags]) -> Evaluation:
    """Compare tags with labels, position by position."""
    n = len(labels)
    ev = Evaluation(n)
    if not n:
        return ev
    for f in TAG_FIELDS:
        expected = [str(lab[f]) for lab in labels]
        got = [str(getattr(t, f)) for t in tags]
        ev.accuracy[f] = sum(e == g for e, g in zip(expected, got, strict=True)) / n
        ev.majority[f] = Counter(expected).most_common(1)[0][1] / n
    want_missed = [lab["missed_lead"] == "1" for lab in labels]
    said_missed = [t.missed_lead == 1 for t in tags]
    tp = sum(e and g for e, g in zip(want_missed, said_missed, strict=True))
    ev.missed_precision = _ratio(tp, sum(said_missed))
    ev.missed_recall = _ratio(tp, sum(want_missed))
    p, r = ev.missed_precision, ev.missed_recall
    ev.missed_f1 = 2 * p * r / (p + r) if p == p and r == r and p + r else float("nan")
    complaints = [t.intent == "complaint" for lab, t in zip(labels, tags, strict=True) if lab["intent"] == "complaint"]
    ev.complaints = len(complaints)
    ev.complaint_recall = _ratio(sum(complaints), len(complaints))
    right = [e == g for e, g in zip(want_missed, said_missed, strict=True)]
    high = [ok for ok, t in zip(right, tags, strict=True) if t.confidence >= HIGH_CONFIDENCE]
    ev.high_confidence_n = len(high)
    ev.high_confidence_missed_ok = _ratio(sum(high), len(high))
    wrong_conf = [t.confidence for ok, t in zip(right, tags, strict=True) if not ok]
    ev.missed_errors = len(wrong_conf)
    ev.errors_in_audit = _ratio(sum(c < AUDIT_BELOW for c in wrong_conf), len(wrong_conf))
    return ev
