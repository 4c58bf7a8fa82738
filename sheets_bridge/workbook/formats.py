"""How the .xlsx file shows numbers: seconds as whole numbers, shares as percents, scores with one decimal.

Values never change (a share stays 0.25, seconds stay seconds: durations as ``[h]:mm`` would need days as the
unit); only their display does. The ``legend`` tab says each column's unit. Times stay ISO-8601 text (SPEC §3).
"""

from __future__ import annotations

from typing import Any

from . import schema

SECONDS, PERCENT, ONE_DECIMAL, WHOLE, TWO_DECIMALS = "0", "0%", "0.0", "0", "0.00"

#: (tab or "*", column) → Excel number format; "*" applies to that column in every tab
FORMATS: dict[tuple[str, str], str] = {
    ("*", "first_response_s"): SECONDS, ("*", "avg_response_s"): SECONDS, ("*", "human_first_response_s"): SECONDS,
    ("*", "median_first_response_s"): SECONDS, ("*", "p90_first_response_s"): SECONDS, ("*", "waiting_s"): SECONDS,
    ("*", "pct_unanswered"): PERCENT, ("*", "conversion_rate"): PERCENT, ("*", "frt_within_5m"): PERCENT,
    ("*", "frt_within_15m"): PERCENT, ("*", "frt_within_60m"): PERCENT, ("*", "confidence"): PERCENT,
    ("validation", "accuracy"): PERCENT, ("validation", "macro_f1"): TWO_DECIMALS,
    ("validation", "kappa"): TWO_DECIMALS,
    ("*", "avg_score"): ONE_DECIMAL, ("*", "avg_messages_to_booking"): ONE_DECIMAL,
}


def number_format(tab: str, column: str) -> str | None:
    """The display format of a column, or None to leave Excel's default (text, times, ids)."""
    found = FORMATS.get((tab, column)) or FORMATS.get(("*", column))
    if found:
        return found
    spec = schema.spec_for(tab)
    return WHOLE if spec is not None and spec.kind(column) == schema.INT else None


def apply_formats(ws: Any, tab: str, header: list[str], first_row: int, last_row: int) -> None:
    """Give rows ``first_row..last_row`` of an openpyxl sheet their columns' number formats."""
    if last_row < first_row:
        return
    for col, name in enumerate(header, start=1):
        shown = number_format(tab, name)
        if shown is None:
            continue
        for (cell,) in ws.iter_rows(min_row=first_row, max_row=last_row, min_col=col, max_col=col):
            cell.number_format = shown
