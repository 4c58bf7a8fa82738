"""Public holidays of a country, from the ``holidays`` package: the days a business keeps closed by default.

Russia's calendar includes the government's transfers: a day off moved onto a weekday (2025-05-02) is closed,
and the weekend day it came from (2025-11-01, a Saturday) is a working day.
"""

from __future__ import annotations

import datetime as dt
import functools

from ..errors import InputError

DEFAULT_COUNTRY = "RU"
NONE = ("", "none", "no", "off", "нет")


def country(code: str | None, field: str = "--holidays") -> str:
    """A country code the holidays package knows (``RU``, ``KZ``, ``BY``…), or "" for ``none``."""
    text = (code or "").strip()
    if text.lower() in NONE:
        return ""
    holidays = _package(field)
    upper = text.upper()
    if upper not in holidays.list_supported_countries():
        raise InputError(f"{text!r} is not a country the holidays package knows; use a code like RU, KZ, BY, UZ, "
                         "AM, GE, or none to count holidays as ordinary days", field=field)
    return upper


@functools.lru_cache(maxsize=32)
def days_off(code: str, first: int, last: int) -> tuple[frozenset[dt.date], frozenset[dt.date]]:
    """The country's holidays (days off, transfers included) and its working weekend days, years first..last."""
    holidays = _package("--holidays")
    found = holidays.country_holidays(code, years=range(first, last + 1))
    return frozenset(found), frozenset(getattr(found, "weekend_workdays", ()) or ())


def _package(field: str):  # noqa: ANN202 - the module, typed by the package itself
    try:
        import holidays
    except ImportError as exc:  # pragma: no cover - a dependency; only a broken install lacks it
        raise InputError("the holidays package is missing: pip install holidays, or pass --holidays none",
                         field=field) from exc
    return holidays
