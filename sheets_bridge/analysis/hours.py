"""Business hours (``--business-hours "mon-fri 09:00-20:00; sat 10:00-18:00"``) and working seconds."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import InputError

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
_RU = {"пн": "mon", "вт": "tue", "ср": "wed", "чт": "thu", "пт": "fri", "сб": "sat", "вс": "sun"}
_PART = re.compile(r"^\s*([a-zа-я]{2,3})(?:\s*-\s*([a-zа-я]{2,3}))?\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class BusinessHours:
    """Opening seconds-of-day per weekday (Monday = 0); closed days have open == close."""

    open_s: tuple[int, ...]
    close_s: tuple[int, ...]
    tz: dt.tzinfo

    @classmethod
    def parse(cls, spec: str, tz: dt.tzinfo) -> BusinessHours:
        opens, closes = [0] * 7, [0] * 7
        for part in filter(str.strip, spec.split(";")):
            m = _PART.match(part.lower())
            if not m:
                raise InputError(f"{part.strip()!r} is not like 'mon-fri 09:00-20:00'", field="--business-hours")
            first, last = (_day(m.group(1)), _day(m.group(2) or m.group(1)))
            start = int(m.group(3)) * 3600 + int(m.group(4)) * 60
            end = int(m.group(5)) * 3600 + int(m.group(6)) * 60
            if end <= start or end > 24 * 3600:
                raise InputError(f"{part.strip()!r}: closing must be after opening", field="--business-hours")
            days = range(first, last + 1) if first <= last else [*range(first, 7), *range(0, last + 1)]
            for d in days:
                opens[d], closes[d] = start, end
        return cls(tuple(opens), tuple(closes), tz)

    def working_clock(self, ts: pd.Series) -> np.ndarray:
        """Business seconds elapsed from a fixed origin to each time (a monotone clock)."""
        local = ts.dt.tz_convert(self.tz).dt.tz_localize(None)
        ns = local.to_numpy(dtype="datetime64[ns]").astype("int64")
        days = np.floor_divide(ns, 86_400 * 10**9)
        secs = (ns - days * 86_400 * 10**9) / 1e9
        weekday = (days + 3) % 7  # 1970-01-01 was a Thursday
        weeks = np.floor_divide(days + 3, 7)
        opens, closes = np.asarray(self.open_s), np.asarray(self.close_s)
        length = closes - opens
        before = np.concatenate(([0], np.cumsum(length)[:-1]))
        today = np.clip(secs - opens[weekday], 0, length[weekday])
        return weeks * length.sum() + before[weekday] + today

    def seconds_between(self, start: pd.Series, end: pd.Series) -> pd.Series:
        both = start.notna() & end.notna()
        out = pd.Series(np.nan, index=start.index)
        if both.any():
            out[both] = self.working_clock(end[both]) - self.working_clock(start[both])
        return out


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


def _day(name: str) -> int:
    return day_index(name, "--business-hours")
