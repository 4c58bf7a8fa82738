"""Business hours (``--business-hours "mon-fri 09:00-20:00; sat 10:00-18:00"``) and working seconds.

A week of opening hours, plus dated exceptions: a holiday calendar (``holidays RU``), days closed or open with
other hours (``closed 2025-01-08``, ``open 2025-03-08 10:00-16:00``) and pre-holiday days that close earlier
(``shorten 1h``). The clock that counts open seconds is vectorized: one numpy pass over all times.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import InputError
from . import calendar

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_RU = {"пн": "mon", "вт": "tue", "ср": "wed", "чт": "thu", "пт": "fri", "сб": "sat", "вс": "sun"}
_PART = re.compile(r"^\s*([a-zа-я]{2,3})(?:\s*-\s*([a-zа-я]{2,3}))?\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
_SPAN = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
_EPOCH = dt.date(1970, 1, 1)
DAY_S = 86_400


@dataclass(frozen=True)
class BusinessHours:
    """Opening seconds-of-day per weekday (Monday = 0; closed days have open == close) and dated exceptions.

    Exceptions, strongest last: the ``holidays`` country's calendar (its holidays closed; a weekend day it makes a
    working day opens on the hours of the first open weekday), ``shorten_s`` off the closing time of a working day
    before a calendar holiday, then ``days``: explicit (date, open_s, close_s), open == close for closed.
    """

    open_s: tuple[int, ...]
    close_s: tuple[int, ...]
    tz: dt.tzinfo
    holidays: str = ""                                  # a country code of the holidays package; "" = none
    days: tuple[tuple[dt.date, int, int], ...] = ()     # closed / open-with-these-hours dates, in file order
    shorten_s: int = 0

    @classmethod
    def parse(cls, spec: str, tz: dt.tzinfo, field: str = "--business-hours") -> BusinessHours:
        """The week of ``mon-fri 09:00-20:00; sat 10:00-18:00`` (days not named are closed)."""
        opens, closes = [0] * 7, [0] * 7
        for part in filter(str.strip, spec.split(";")):
            for d, start, end in weekly_part(part, field):
                opens[d], closes[d] = start, end
        return cls(tuple(opens), tuple(closes), tz)

    @property
    def week_length(self) -> np.ndarray:
        return np.asarray(self.close_s) - np.asarray(self.open_s)

    def exceptions(self, first: int, last: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The dated exceptions between two years: day numbers since 1970-01-01 (sorted), opening and closing."""
        return _exceptions(self, first, last)

    def working_clock(self, ts: pd.Series) -> np.ndarray:
        """Business seconds elapsed from a fixed origin to each time (a monotone clock).

        Dated exceptions are taken for the years the times span, so compare clocks of one call only
        (:meth:`seconds_between` does).
        """
        local = ts.dt.tz_convert(self.tz).dt.tz_localize(None)
        ns = local.to_numpy(dtype="datetime64[ns]").astype("int64")
        days = np.floor_divide(ns, DAY_S * 10**9)
        secs = (ns - days * DAY_S * 10**9) / 1e9
        weekday = (days + 3) % 7  # 1970-01-01 was a Thursday
        weeks = np.floor_divide(days + 3, 7)
        opens, length = np.asarray(self.open_s), self.week_length
        before = np.concatenate(([0], np.cumsum(length)[:-1]))
        today = np.clip(secs - opens[weekday], 0, length[weekday])
        clock = weeks * length.sum() + before[weekday] + today
        if not len(ns) or (not self.holidays and not self.days):
            return clock
        years = local.dt.year
        ex_day, ex_open, ex_close = self.exceptions(int(years.min()), int(years.max()))
        if not len(ex_day):
            return clock
        ex_len = ex_close - ex_open
        delta = ex_len - length[(ex_day + 3) % 7]
        before_ex = np.concatenate(([0], np.cumsum(delta)))  # what exceptions before day k add
        k = np.searchsorted(ex_day, days, side="left")
        hit = ex_day[np.minimum(k, len(ex_day) - 1)] == days
        special = np.clip(secs - ex_open[np.minimum(k, len(ex_day) - 1)], 0, ex_len[np.minimum(k, len(ex_day) - 1)])
        return clock + before_ex[k] + np.where(hit, special - today, 0)

    def seconds_between(self, start: pd.Series, end: pd.Series) -> pd.Series:
        """Open seconds from each ``start`` to its ``end`` (NaN where either is missing)."""
        both = start.notna() & end.notna()
        out = pd.Series(np.nan, index=start.index)
        if both.any():
            n = int(both.sum())
            clock = self.working_clock(pd.concat([start[both], end[both]], ignore_index=True))
            out[both] = clock[n:] - clock[:n]
        return out


def weekly_part(part: str, field: str) -> list[tuple[int, int, int]]:
    """``mon-fri 09:00-20:00`` → (weekday, opening s, closing s) for each day named."""
    m = _PART.match(part.lower())
    if not m:
        raise InputError(f"{part.strip()!r} is not like 'mon-fri 09:00-20:00'", field=field)
    first, last = (_day(m.group(1), field), _day(m.group(2) or m.group(1), field))
    start, end = _seconds(m.group(3), m.group(4)), _seconds(m.group(5), m.group(6))
    if end <= start or end > DAY_S:
        raise InputError(f"{part.strip()!r}: closing must be after opening", field=field)
    days = range(first, last + 1) if first <= last else [*range(first, 7), *range(0, last + 1)]
    return [(d, start, end) for d in days]


def time_span(text: str, field: str) -> tuple[int, int]:
    """``10:00-16:00`` → (opening s, closing s)."""
    m = _SPAN.match(text)
    if not m:
        raise InputError(f"{text.strip()!r} is not hours like 10:00-16:00", field=field)
    start, end = _seconds(m.group(1), m.group(2)), _seconds(m.group(3), m.group(4))
    if end <= start or end > DAY_S:
        raise InputError(f"{text.strip()!r}: closing must be after opening", field=field)
    return start, end


def _seconds(hours: str, minutes: str) -> int:
    return int(hours) * 3600 + int(minutes) * 60


# whole day names (and the Russian accusative «в среду»), for specs like --report-at "понедельник 08:00"
_FULL = {"понедельник": "mon", "вторник": "tue", "среда": "wed", "среду": "wed", "четверг": "thu", "пятница": "fri",
         "пятницу": "fri", "суббота": "sat", "субботу": "sat", "воскресенье": "sun",
         **{d: d[:3] for d in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")}}


def day_index(name: str, field: str) -> int:
    """Monday = 0 … Sunday = 6, from ``mon``/``monday``/``пн``/``понедельник`` (any case); else InputError."""
    name = name.strip().lower()
    key = _RU.get(name) or _FULL.get(name) or name
    if key not in DAYS:
        raise InputError(f"{name!r} is not a day (mon … sun, пн … вс)", field=field)
    return DAYS.index(key)


def _day(name: str, field: str = "--business-hours") -> int:
    return day_index(name, field)


@functools.lru_cache(maxsize=64)
def _exceptions(hours: BusinessHours, first: int, last: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    table: dict[dt.date, tuple[int, int]] = {}
    if hours.holidays:
        closed, working = calendar.days_off(hours.holidays, first - 1, last + 1)
        regular = next(((o, c) for o, c in zip(hours.open_s[:5], hours.close_s[:5], strict=True) if c > o), None)
        for day in working:  # a working Saturday of the calendar, where the week keeps that day closed
            if regular and hours.close_s[day.weekday()] <= hours.open_s[day.weekday()]:
                table[day] = regular
        for day in closed:
            table[day] = (0, 0)
        if hours.shorten_s:
            for day in sorted(closed):
                eve = day - dt.timedelta(days=1)
                if eve in closed:
                    continue
                start, end = table.get(eve, (hours.open_s[eve.weekday()], hours.close_s[eve.weekday()]))
                if end > start:
                    table[eve] = (start, max(start, end - hours.shorten_s))
    for day, start, end in hours.days:
        table[day] = (start, end)
    keys = sorted(d for d in table if first - 1 <= d.year <= last + 1)
    number = np.asarray([(d - _EPOCH).days for d in keys], dtype="int64")
    return (number, np.asarray([table[d][0] for d in keys], dtype="float64"),
            np.asarray([table[d][1] for d in keys], dtype="float64"))
