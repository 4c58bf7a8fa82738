"""Time zones and ISO-8601 text, vectorized."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import numpy as np
import pandas as pd

from .errors import InputError


def resolve_tz(name: str | None) -> dt.tzinfo:
    """A zone by IANA name (``--tz``), or this computer's zone when None."""
    if not name:
        return dt.datetime.now().astimezone().tzinfo or dt.timezone.utc
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
    local = localize(ts, tz)
    text = local.dt.strftime("%Y-%m-%dT%H:%M:%S%z")
    out = text.str[:-2] + ":" + text.str[-2:]
    return out.where(local.notna(), "")


def parse_iso(text: pd.Series) -> pd.Series:
    """ISO-8601 text (any offsets) → UTC times; unreadable → NaT."""
    return pd.to_datetime(text.astype(str).replace("", None), utc=True, errors="coerce", format="ISO8601")
