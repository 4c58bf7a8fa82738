"""Time zones and ISO-8601 text, vectorized."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np
import pandas as pd

from .errors import InputError


def resolve_tz(name: str | None) -> dt.tzinfo:
    """A zone by IANA name (``--tz``), or this computer's zone when None."""
    if not name:
        return dt.datetime.now().astimezone().tzinfo or dt.timezone.utc
    fixed = re.fullmatch(r"(?:UTC)?([+-])(\d{2}):(\d{2})", name.strip())
    if fixed:
        sign = -1 if fixed.group(1) == "-" else 1
        return dt.timezone(sign * dt.timedelta(hours=int(fixed.group(2)), minutes=int(fixed.group(3))))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(f"{name!r} is not a time zone name like Asia/Yekaterinburg or Europe/Moscow",
                         field="--tz") from exc


def localize(ts: pd.Series, tz: dt.tzinfo) -> pd.Series:
    """Aware times in ``tz``; naive ones are taken as ``tz`` wall-clock times."""
    if ts.dt.tz is None:
        return ts.dt.tz_localize(tz, ambiguous=np.zeros(len(ts), dtype=bool), nonexistent="shift_forward")
    return ts.dt.tz_convert(tz)


def iso(ts: pd.Series, tz: dt.tzinfo) -> pd.Series:
    """ISO-8601 text with the UTC offset of ``tz``: 2024-02-14T10:12:00+05:00 (empty for missing)."""
    return iso_text(localize(ts, tz))


def iso_text(local: pd.Series) -> pd.Series:
    """Aware times as ISO-8601 text with their own UTC offsets (numpy: no per-row strftime)."""
    wall = local.dt.tz_localize(None)
    utc = local.dt.tz_convert("UTC").dt.tz_localize(None)
    text = np.datetime_as_string(wall.to_numpy(dtype="datetime64[s]"), unit="s")
    offsets = ((wall - utc).dt.total_seconds()).to_numpy()
    suffix = {o: _offset_text(o) for o in pd.unique(offsets[~np.isnan(offsets)])}
    missing = local.isna().to_numpy()
    out = ["" if gone else t + suffix[o] for t, o, gone in zip(text.tolist(), offsets.tolist(), missing, strict=True)]
    return pd.Series(out, index=local.index, dtype=object)


def _offset_text(seconds: float) -> str:
    sign = "-" if seconds < 0 else "+"
    minutes = int(round(abs(seconds))) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def parse_iso(text: pd.Series) -> pd.Series:
    """ISO-8601 text (any offsets) → UTC times; unreadable → NaT."""
    return pd.to_datetime(text.astype(str).replace("", None), utc=True, errors="coerce", format="ISO8601")


_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*(w|d|h|m|s)")
_UNIT_S = {"w": 7 * 86400, "d": 86400, "h": 3600, "m": 60, "s": 1}


def parse_duration(text: str, field: str) -> dt.timedelta:
    """'24h', '90m', '2d', '26w', '1h30m' → a positive timedelta; anything else names the flag (``--gap``)."""
    cleaned = str(text or "").strip().lower()
    parts = _DURATION.findall(cleaned)
    if not cleaned or not parts or _DURATION.sub("", cleaned).strip():
        raise InputError(f"{text!r} is not a duration like 24h, 90m, 2d or 26w (w weeks, d days, h hours, "
                         "m minutes, s seconds)", field=field)
    seconds = sum(float(n) * _UNIT_S[u] for n, u in parts)
    if seconds <= 0:
        raise InputError(f"{text!r}: must be longer than zero", field=field)
    return dt.timedelta(seconds=seconds)


def week_start(ts: pd.Series, tz: dt.tzinfo) -> pd.Series:
    """The Monday (``YYYY-MM-DD``) of the ISO week of each time, on the calendar of ``tz`` (empty for missing)."""
    local = localize(ts, tz).dt.tz_localize(None).dt.normalize()
    monday = local - pd.to_timedelta(local.dt.day_of_week, unit="D")
    return monday.dt.strftime("%Y-%m-%d").where(monday.notna(), "")


def tz_name(tz: dt.tzinfo) -> str:
    """A zone as text that :func:`resolve_tz` reads back: the IANA name, or a fixed offset like +05:00."""
    key = getattr(tz, "key", None)
    if key:
        return str(key)
    offset = dt.datetime.now(tz).utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
