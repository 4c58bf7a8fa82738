"""Reply-time targets (``analyze --sla 10m,2h``): the kpi tab's ``frt_within_<limit>`` columns and the report's
main speed figure.

``frt_within_5m``, ``frt_within_15m`` and ``frt_within_60m`` are always written (SPEC §3); each other limit adds a
column on the right of ``kpi``. The first limit given is the report's headline (15 minutes when none is given).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import InputError
from ..timeutil import parse_duration

PREFIX = "frt_within_"
FIELD = "--sla"


@dataclass(frozen=True)
class Threshold:
    """A reply-time limit and the label of its kpi column (``10m`` → ``frt_within_10m``)."""

    label: str
    seconds: int

    @property
    def column(self) -> str:
        return PREFIX + self.label


STANDARD = (Threshold("5m", 300), Threshold("15m", 900), Threshold("60m", 3600))
MAIN = STANDARD[1]  # the report's headline when --sla is not given


def label(seconds: int) -> str:
    """The column label of a limit: ``5m``, ``15m``, ``60m`` (SPEC names), else ``2h``, ``10m`` or ``90s``."""
    for known in STANDARD:
        if known.seconds == seconds:
            return known.label
    if seconds % 3600 == 0:
        return f"{seconds // 3600}h"
    return f"{seconds // 60}m" if seconds % 60 == 0 else f"{seconds}s"


def parse(text: str | Iterable[str] | None) -> tuple[Threshold, ...]:
    """``10m,2h`` (or several ``--sla`` values) → limits in the order given, each once; '' → none."""
    items = [text] if isinstance(text, str) or text is None else list(text)
    out: list[Threshold] = []
    for item in items:
        for part in filter(str.strip, (item or "").split(",")):
            seconds = parse_duration(part, FIELD).total_seconds()
            if seconds != int(seconds):
                raise InputError(f"{part.strip()!r}: give whole seconds", field=FIELD)
            if seconds > 7 * 86400:
                raise InputError(f"{part.strip()!r}: a reply target longer than a week is not a target", field=FIELD)
            found = Threshold(label(int(seconds)), int(seconds))
            if found not in out:
                out.append(found)
    return tuple(out)


def extra(thresholds: Iterable[Threshold]) -> tuple[Threshold, ...]:
    """The limits that need a column of their own (not one of SPEC's three)."""
    return tuple(t for t in thresholds if t not in STANDARD)


def main(thresholds: Iterable[Threshold]) -> Threshold:
    """The headline limit: the first one given, else 15 minutes."""
    return next(iter(thresholds), MAIN)


def text(thresholds: Iterable[Threshold]) -> str:
    """What the ``runs`` tab records: ``10m,2h`` ('' for none), read back with :func:`parse`."""
    return ",".join(t.label for t in thresholds)
