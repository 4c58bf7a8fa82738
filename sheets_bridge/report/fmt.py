"""Numbers, shares, dates and durations the way an owner reads them: «1 500», «4,5», «10 ноября», «11 ч 32 мин»."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

import pandas as pd

from ..vocabulary import text as vtext

NBSP = "\u00a0"
DASH = "\u2013"


def missing(value: Any) -> bool:
    """True for None, NaN and pandas' NA (and an empty cell read as text)."""
    if value is None or value is pd.NA or (isinstance(value, str) and value == ""):
        return True
    return bool(pd.isna(value)) if pd.api.types.is_scalar(value) else False


def number(value: Any, lang: str, digits: int = 0) -> str:
    """1 500 / 4,5 (ru); 1,500 / 4.5 (en); a dash when there is no value."""
    if missing(value):
        return "—"
    text = f"{float(value):,.{digits}f}"
    if digits:
        text = text.rstrip("0").rstrip(".")
    if lang == "ru":
        text = text.replace(",", NBSP).replace(".", ",")
    return text


def share(value: Any, lang: str) -> str:
    """A share 0..1 as a whole percent (50%), a dash when missing."""
    return "—" if missing(value) else f"{number(100 * float(value), lang)}%"


def count_of(part: int, whole: int, lang: str) -> str:
    """«2 из 8» / «2 of 8»."""
    return f"{number(part, lang)} {'из' if lang == 'ru' else 'of'} {number(whole, lang)}"


def duration(seconds: Any, lang: str) -> str:
    """4 с, 12 мин, 11 ч 32 мин, 3 дн 11 ч (ru); 4 s, 12 min, 11 h 32 min, 3 d 11 h (en)."""
    if missing(seconds):
        return "—"
    s = max(0.0, float(seconds))
    unit = {u: vtext("unit", u, lang) for u in ("s", "min", "h", "d")}
    if math.floor(s + 0.5) < 60:
        return f"{math.floor(s + 0.5)}{NBSP}{unit['s']}"
    minutes = math.floor(s / 60 + 0.5)
    if minutes < 60:
        return f"{minutes}{NBSP}{unit['min']}"
    if minutes < 24 * 60:
        h, m = divmod(minutes, 60)
        return f"{h}{NBSP}{unit['h']}" + (f" {m}{NBSP}{unit['min']}" if m else "")
    hours = math.floor(s / 3600 + 0.5)
    d, h = divmod(hours, 24)
    return f"{d}{NBSP}{unit['d']}" + (f" {h}{NBSP}{unit['h']}" if h else "")


def date(day: dt.date, lang: str, *, year: bool = False) -> str:
    """10 ноября (2025) / November 10(, 2025)."""
    month = vtext("month", str(day.month), lang)
    if lang == "ru":
        return f"{day.day}{NBSP}{month}" + (f" {day.year}" if year else "")
    return f"{month}{NBSP}{day.day}" + (f", {day.year}" if year else "")


def short_date(day: dt.date, lang: str) -> str:
    """10 ноя / Nov 10: for chart axes."""
    month = vtext("month_short", str(day.month), lang)
    return f"{day.day}{NBSP}{month}" if lang == "ru" else f"{month}{NBSP}{day.day}"


def moment(when: dt.datetime, lang: str) -> str:
    """13 ноября, 10:10 / November 13, 10:10."""
    return f"{date(when.date(), lang)}, {when:%H:%M}"


def week(monday: dt.date, lang: str) -> str:
    """10–16 ноября 2025; 27 октября – 2 ноября 2025 / November 10–16, 2025."""
    sunday = monday + dt.timedelta(days=6)
    if monday.month == sunday.month:
        if lang == "ru":
            return f"{monday.day}{DASH}{sunday.day}{NBSP}{vtext('month', str(sunday.month), lang)} {sunday.year}"
        return f"{vtext('month', str(monday.month), lang)}{NBSP}{monday.day}{DASH}{sunday.day}, {sunday.year}"
    first = date(monday, lang, year=monday.year != sunday.year)
    return f"{first} {DASH} {date(sunday, lang, year=True)}"


def utc_offset(tz: dt.tzinfo, when: dt.datetime | None = None) -> str:
    """A time zone as its offset: UTC+5, UTC−3:30, UTC."""
    offset = (when or dt.datetime.now(dt.timezone.utc)).astimezone(tz).utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    if not minutes:
        return "UTC"
    h, m = divmod(abs(minutes), 60)
    return f"UTC{'+' if minutes > 0 else '−'}{h}" + (f":{m:02d}" if m else "")


def business_hours(spec: str, lang: str) -> str:
    """``mon-fri 09:00-20:00; sat 10:00-18:00`` in the owner's words: пн–пт 09:00–20:00; сб 10:00–18:00."""
    weekly = "; ".join(p.strip() for p in spec.split(";") if re.match(r"\s*[a-zа-я]{2,3}(\s*-\s*[a-zа-я]{2,3})?\s+\d",
                                                                     p.strip().lower()))  # not closed/open/holidays
    words = re.sub(r"\b(mon|tue|wed|thu|fri|sat|sun)\b", lambda m: vtext("weekday", m.group(1), lang),
                   weekly.lower())
    return re.sub(r"\s*-\s*", DASH, words)
