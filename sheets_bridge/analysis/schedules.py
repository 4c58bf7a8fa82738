"""Whose hours count: the business's schedule and each manager's own, from ``--business-hours`` (inline or a file).

A schedule file has one instruction per line (``#`` starts a comment). A line is either for the whole business,
or a manager's name, a tab (or two or more spaces), and an instruction for that manager::

    mon-fri 09:00-20:00; sat 10:00-18:00     # the business's week (also: default<TAB>mon-fri …)
    holidays RU                              # the holiday calendar (RU is the default; none, KZ, BY …)
    shorten 1h                               # a working day before a holiday closes 1 h earlier
    closed 2025-12-31                        # one more day off (or closed 2025-07-01..2025-07-14)
    open 2025-03-08 10:00-16:00              # open that day with these hours, holiday or not
    Алина    mon-fri 09:00-18:00             # Алина's week
    Алина    closed 2025-07-01..2025-07-14   # Алина's vacation

Every manager's schedule keeps the business's calendar (holidays, ``shorten``, its ``closed``/``open`` days) and
adds their own days; a manager without a week line works the business's week.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from ..timeutil import parse_duration
from . import calendar
from .hours import BusinessHours, time_span, weekly_part

BUSINESS = "default"
KEYWORDS = ("holidays", "shorten", "closed", "open")
_FIELDS = re.compile(r"\t+|\s{2,}")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Schedules:
    """The business's hours and the managers who have their own (keys: names folded with ``casefold``)."""

    default: BusinessHours
    managers: dict[str, BusinessHours] = field(default_factory=dict)
    source: str = ""  # the file they came from ('' when inline)
    dated: bool = False  # the instructions say more than the week (holidays, shorten, closed, open)

    def for_names(self, names: pd.Series) -> pd.Series:
        """Which schedule times each name's work: the folded name if it has one, else ``default``."""
        folded = names.fillna("").astype(str).str.strip().str.casefold()
        return folded.where(folded.isin(list(self.managers)), BUSINESS)

    def hours(self, key: str) -> BusinessHours:
        return self.managers.get(key, self.default)

    def seconds_between(self, start: pd.Series, end: pd.Series, who: pd.Series | None = None) -> pd.Series:
        """Open seconds from ``start`` to ``end`` on the schedule of ``who`` (a name per row; None = the business's).

        One vectorized pass per schedule, not per row.
        """
        if who is None or not self.managers:
            return self.default.seconds_between(start, end)
        keys = self.for_names(who.reindex(start.index))
        out = pd.Series(np.nan, index=start.index)
        for key in pd.unique(keys):
            mine = keys.eq(key)
            out[mine] = self.hours(key).seconds_between(start[mine], end[mine])
        return out


def load(value: str, tz: dt.tzinfo, holidays: str | None = None) -> Schedules:
    """``--business-hours``: an inline spec (``mon-fri 09:00-20:00; sat 10:00-18:00``) or a schedule file's path.

    ``holidays`` (``--holidays``) wins over the file's ``holidays`` line; with neither, Russia's calendar is used.
    """
    path = Path(value.strip()).expanduser()
    if _looks_like_path(value):
        if not path.is_file():
            raise InputError(f"{value!r}: no such schedule file; give hours like 'mon-fri 09:00-20:00' or the path "
                             "of a file (see docs/metrics.md, Business hours)", field="--business-hours")
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(f"cannot read it as UTF-8 text: {exc}", file=str(path)) from exc
        return parse_file(text, tz, holidays, source=str(path))
    return parse_inline(value, tz, holidays)


def _looks_like_path(value: str) -> bool:
    text = value.strip()
    return Path(text).expanduser().is_file() or "/" in text or "\\" in text or \
        text.lower().endswith((".txt", ".tsv", ".conf", ".hours"))


def parse_inline(spec: str, tz: dt.tzinfo, holidays: str | None = None) -> Schedules:
    """``mon-fri 09:00-20:00; sat 10:00-18:00`` (instructions of the file may follow: ``; closed 2025-01-08``)."""
    builder = _Builder(tz)
    for part in filter(str.strip, spec.split(";")):
        builder.add(BUSINESS, part, "--business-hours")
    return builder.build(holidays, "--business-hours")


def parse_file(text: str, tz: dt.tzinfo, holidays: str | None = None, source: str = "hours.txt") -> Schedules:
    """A schedule file (module docstring); a bad line is an InputError naming the file and the line."""
    builder = _Builder(tz, source)
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        fields = _FIELDS.split(line, maxsplit=1)
        who, what = (BUSINESS, line) if len(fields) == 1 or fields[0].lower() in KEYWORDS else fields
        try:
            for part in filter(str.strip, what.split(";")):
                builder.add(who.strip(), part, "hours")
        except InputError as exc:
            message = str(exc).split(": ", 1)[-1]
            raise InputError(f"{message}; a line is 'mon-fri 09:00-20:00', 'holidays RU', 'closed 2025-01-08', "
                             "'open 2025-03-08 10:00-16:00', 'shorten 1h', or a manager's name, a tab and one of "
                             "those", file=source, line=number) from exc
    return builder.build(holidays, None)


class _Builder:
    """Collects instructions per person, then makes their BusinessHours."""

    def __init__(self, tz: dt.tzinfo, source: str = "") -> None:
        self.tz, self.source = tz, source
        self.weeks: dict[str, list[tuple[int, int, int]]] = {}
        self.days: dict[str, list[tuple[dt.date, int, int]]] = {}
        self.names: dict[str, str] = {}
        self.holidays: str | None = None
        self.shorten_s = 0

    def add(self, who: str, part: str, field: str) -> None:
        key = who.casefold() if who.lower() != BUSINESS else BUSINESS
        self.names.setdefault(key, who)
        word, _, rest = part.strip().partition(" ")
        word = word.lower()
        if word in ("holidays", "shorten") and key != BUSINESS:
            raise InputError(f"{word} is for the whole business: put it on a line without a name", field=field)
        if word == "holidays":
            self.holidays = calendar.country(rest, field)
        elif word == "shorten":
            self.shorten_s = int(parse_duration(rest, field).total_seconds())
        elif word == "closed":
            self.days.setdefault(key, []).extend((d, 0, 0) for d in _dates(rest, field))
        elif word == "open":
            day, _, span = rest.strip().partition(" ")
            start, end = time_span(span, field)
            self.days.setdefault(key, []).extend((d, start, end) for d in _dates(day, field))
        else:
            self.weeks.setdefault(key, []).extend(weekly_part(part, field))

    def build(self, holidays: str | None, field: str | None) -> Schedules:
        if BUSINESS not in self.weeks:
            raise InputError("no business week: add a line like 'mon-fri 09:00-20:00; sat 10:00-18:00'",
                             file=self.source or None, field=None if self.source else field or "--business-hours")
        country = calendar.country(holidays, "--holidays") if holidays is not None else \
            self.holidays if self.holidays is not None else calendar.DEFAULT_COUNTRY
        shared = tuple(self.days.get(BUSINESS, ()))
        default = self._hours(BUSINESS, country, shared, None)
        managers = {key: self._hours(key, country, shared, default) for key in self.names if key != BUSINESS}
        dated = self.holidays is not None or bool(self.shorten_s or self.days)
        return Schedules(default, managers, self.source, dated)

    def _hours(self, key: str, country: str, shared: tuple[tuple[dt.date, int, int], ...],
               default: BusinessHours | None) -> BusinessHours:
        opens, closes = [0] * 7, [0] * 7
        if key not in self.weeks and default is not None:
            opens, closes = list(default.open_s), list(default.close_s)
        for d, start, end in self.weeks.get(key, ()):
            opens[d], closes[d] = start, end
        days = shared if key == BUSINESS else shared + tuple(self.days.get(key, ()))
        return BusinessHours(tuple(opens), tuple(closes), self.tz, country, days, self.shorten_s)


def _dates(text: str, field: str) -> list[dt.date]:
    """``2025-01-08`` or ``2025-07-01..2025-07-14`` (both ends included)."""
    first, _, last = text.strip().partition("..")
    start, end = _date(first, field), _date(last or first, field)
    if end < start:
        raise InputError(f"{text.strip()!r}: the range ends before it starts", field=field)
    if (end - start).days > 366:
        raise InputError(f"{text.strip()!r}: a range longer than a year", field=field)
    return [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]


def _date(text: str, field: str) -> dt.date:
    value = text.strip()
    try:
        if not _DATE.match(value):
            raise ValueError(value)
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise InputError(f"{value!r} is not a date like 2025-01-08", field=field) from exc


def describe(schedules: Schedules) -> str:
    """The business's week as ``mon-fri 09:00-20:00; sat 10:00-18:00`` (what the report shows)."""
    hours = schedules.default
    parts: list[str] = []
    runs: list[list[int]] = []
    for d in range(7):
        if hours.close_s[d] <= hours.open_s[d]:
            continue
        same = runs and runs[-1][-1] == d - 1 and (hours.open_s[d], hours.close_s[d]) == \
            (hours.open_s[runs[-1][0]], hours.close_s[runs[-1][0]])
        if same:
            runs[-1].append(d)
        else:
            runs.append([d])
    names = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
    for run in runs:
        days = names[run[0]] + (f"-{names[run[-1]]}" if len(run) > 1 else "")
        parts.append(f"{days} {_clock(hours.open_s[run[0]])}-{_clock(hours.close_s[run[0]])}")
    return "; ".join(parts)


def _clock(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}"
