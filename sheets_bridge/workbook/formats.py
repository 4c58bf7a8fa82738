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
    ("missed_leads", "estimated_value"): WHOLE, ("promises", "difference"): WHOLE,
}


def number_format(tab: str, column: str) -> str | None:
    """The display format of a column, or None to leave Excel's default (text, times, ids)."""
    found = FORMATS.get((tab, column)) or FORMATS.get(("*", column))
    if found:
        return found
    spec = schema.spec_for(tab)
    if spec is not None and spec.is_more(column) and column.startswith("frt_within_"):
        return PERCENT  # analyze --sla: a share like frt_within_15m
    return WHOLE if spec is not None and spec.kind(column) == schema.INT else None


def sheets_format_requests(sheet_id: int, tab: str, header: list[str]) -> list[dict[str, Any]]:
    """Google Sheets ``repeatCell`` requests giving every data row of a tab its columns' display formats.

    The range has no end row, so it covers the rows the same ``batchUpdate`` appended before it. Whole-number
    columns are left to Sheets' automatic format, which already shows them without decimals.
    """
    return [{"repeatCell": {
        "range": {"sheetId": sheet_id, "startRowIndex": 1, "startColumnIndex": col, "endColumnIndex": col + 1},
        "cell": {"userEnteredFormat": {"numberFormat": shown}}, "fields": "userEnteredFormat.numberFormat"}}
        for col, shown in enumerate(sheets_number_formats(tab, header)) if shown is not None]


def sheets_number_formats(tab: str, header: list[str]) -> list[dict[str, str] | None]:
    """Each column's Sheets ``NumberFormat`` (None: Sheets' automatic format)."""
    shown = [FORMATS.get((tab, name)) or FORMATS.get(("*", name)) for name in header]
    return [None if f is None else {"type": "PERCENT" if f.endswith("%") else "NUMBER", "pattern": f} for f in shown]


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
