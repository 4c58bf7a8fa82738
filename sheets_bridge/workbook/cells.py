"""Turning Python values into spreadsheet cells and back, safely.

Text that a spreadsheet could evaluate (OWASP CSV injection: a leading ``= + - @``, tab, CR or LF)
is stored with a leading apostrophe, so neither Sheets, Excel nor a CSV download of the sheet runs it.
A leading apostrophe is itself escaped the same way, which keeps the round trip exact.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd

FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r", "\n")
_ESCAPE_LEADS = FORMULA_LEADS + ("'",)
# Control characters that .xlsx (XML 1.0) cannot hold are dropped; tab, LF and CR are allowed.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# The other characters XML 1.0 cannot hold (U+FFFE, U+FFFF, lone surrogates) become U+FFFD, in every backend: one
# of them in a cell makes the .xlsx unreadable, and Google refuses the request.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
_NOT_PLAIN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")  # either of the two above
TRUNCATED = " …[truncated]"

Cell = str | int | float


def escape_text(text: str) -> str:
    """Make text inert in a spreadsheet: prefix ``'`` when it starts like a formula."""
    return "'" + text if text.startswith(_ESCAPE_LEADS) else text


def unescape_text(text: str) -> str:
    """Undo :func:`escape_text`."""
    if text.startswith("'") and text[1:].startswith(_ESCAPE_LEADS):
        return text[1:]
    return text


def is_formula_like(text: str) -> bool:
    return text.startswith(FORMULA_LEADS)


def to_cell(value: Any, max_chars: int) -> Cell:
    """One value as a cell: numbers stay numbers, missing becomes empty, text is escaped and capped."""
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return "" if not math.isfinite(value) else value
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        return to_cell(value.item(), max_chars)
    if isinstance(value, (dt.datetime, pd.Timestamp)):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = _NOT_XML.sub("\ufffd", _ILLEGAL.sub("", str(value)))
    text = escape_text(text)
    if len(text) > max_chars:
        text = text[: max_chars - len(TRUNCATED)] + TRUNCATED
    return text


def from_cell(value: Any) -> str:
    """One stored cell as the string sheets-bridge works with (types come from the schema)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, str):
        return unescape_text(value)
    return str(value)


def rows_to_matrix(header: Sequence[str], rows: Any, max_chars: int, tab: str) -> list[list[Cell]]:
    """Rows given as a DataFrame, dicts or lists, laid out in the tab's column order."""
    from ..errors import SchemaError

    if isinstance(rows, pd.DataFrame):
        extra = [c for c in rows.columns if c not in header]
        if extra:
            raise SchemaError(f"tab '{tab}' has no column(s) {extra}; its columns are {list(header)}")
        frame = rows.reindex(columns=list(header))
        if frame.columns.is_unique:
            columns = [column_cells(frame[c], max_chars) for c in frame.columns]
            return list(map(list, zip(*columns, strict=True))) if columns else [[] for _ in range(len(frame))]
        records: Iterable[Sequence[Any]] = frame.itertuples(index=False, name=None)
    else:
        records = []
        for row in rows:
            if isinstance(row, dict):
                extra = [c for c in row if c not in header]
                if extra:
                    raise SchemaError(f"tab '{tab}' has no column(s) {extra}; its columns are {list(header)}")
                records.append([row.get(c) for c in header])
            else:
                if len(row) != len(header):
                    raise SchemaError(f"tab '{tab}' has {len(header)} columns but a row has {len(row)}")
                records.append(row)
    return [[to_cell(v, max_chars) for v in rec] for rec in records]


def column_cells(values: pd.Series, max_chars: int) -> list[Cell]:
    """A column's cells, as :func:`to_cell` makes them: numbers converted by numpy at once, other values once per
    distinct value."""
    kind = values.dtype.kind
    if kind == "b" and values.dtype == bool:
        return values.astype("int64").tolist()
    if kind in "iu" and isinstance(values.dtype, np.dtype):
        return values.tolist()
    if kind == "f" and isinstance(values.dtype, np.dtype):
        array = values.to_numpy()
        out: list[Cell] = array.tolist()
        for i in np.flatnonzero(~np.isfinite(array)).tolist():
            out[i] = ""
        return out
    plain = values.tolist()
    fast = _plain_text_cells(plain, max_chars)
    if fast is not None:
        return fast
    return map_repeats(lambda value: to_cell(value, max_chars), plain)


def matrix_to_frame(values: list[list[Any]]) -> pd.DataFrame:
    """A stored grid (header row first, ragged rows allowed) as a DataFrame of strings, converted column by
    column (a column of text needs only its escaped cells looked at)."""
    if not values:
        return pd.DataFrame()
    return columns_to_frame(*string_columns(values))


def string_columns(values: list[list[Any]], *, numbers_as_read: bool = False) -> tuple[list[str], list[list[str]]]:
    """A stored grid's header and its columns as strings (:func:`from_cell`), rows without any value left out.
    ``numbers_as_read``: cells about to be written, taken as the .xlsx reader gives numbers back (as floats)."""
    header = [from_cell(v) for v in values[0]] if values else []
    width = len(header)
    rows = values[1:]
    if any(len(r) != width for r in rows):
        rows = [list(r[:width]) + [""] * (width - len(r)) for r in rows]
    if not rows:
        return header, [[] for _ in header]
    columns = [_strings(list(c), numbers_as_read) for c in zip(*rows, strict=True)]
    filled = np.zeros(len(rows), dtype=bool)
    for column in columns:
        filled |= np.asarray(column, dtype=object) != ""
    if not filled.all():
        keep = np.flatnonzero(filled).tolist()
        columns = [[column[i] for i in keep] for column in columns]
    return header, columns


def columns_to_frame(header: list[str], columns: list[list[str]]) -> pd.DataFrame:
    """The DataFrame of :func:`string_columns`' result."""
    if not columns or not columns[0]:
        return pd.DataFrame(columns=header, dtype=object)
    frame = pd.DataFrame(dict(enumerate(columns)), dtype=object)
    frame.columns = header
    return frame


def _strings(column: list[Any], numbers_as_read: bool = False) -> list[str]:
    """One stored column as strings (:func:`from_cell`)."""
    if all(v.__class__ is str for v in column):
        return [unescape_text(v) if v[:1] == "'" else v for v in column]
    return map_repeats(_from_written if numbers_as_read else from_cell, column)


def _from_written(value: Any) -> str:
    """:func:`from_cell` of a cell as it reads back once written: a number comes back as a float."""
    return from_cell(float(value) if value.__class__ in (int, float) else value)


def map_repeats(fn: Any, values: Iterable[Any], remember: Any = None) -> list[Any]:
    """``[fn(v) for v in values]``, with ``fn`` called once per distinct value (a column's ids, roles and numbers
    repeat); ``remember(v)`` False keeps a value out of the memo (long texts, that never repeat); unhashable values
    are simply computed."""
    known: dict[tuple[type, Any], Any] = {}
    out = []
    for value in values:
        try:
            key = (value.__class__, value)
            done = known.get(key, _MISSING)
        except TypeError:  # a list or a dict in a cell
            out.append(fn(value))
            continue
        if done is _MISSING:
            done = fn(value)
            if remember is None or remember(value):
                known[key] = done
        out.append(done)
    return out


_MISSING = object()


def rows_to_frame(header: Sequence[str], rows: Any, tab: str) -> pd.DataFrame:
    """Rows given as a DataFrame, dicts or lists, as a DataFrame with (at least) the header's columns."""
    from ..errors import SchemaError

    if isinstance(rows, pd.DataFrame):
        return rows.reindex(columns=list(dict.fromkeys([*header, *rows.columns])))
    records = list(rows)
    if not records:
        return pd.DataFrame(columns=list(header))
    if isinstance(records[0], dict):
        return pd.DataFrame(records).reindex(columns=list(header))
    for row in records:
        if len(row) != len(header):
            raise SchemaError(f"tab '{tab}' has {len(header)} columns but a row has {len(row)}")
    return pd.DataFrame(records, columns=list(header))


_LEAD_CHARS = frozenset(_ESCAPE_LEADS)  # all one character long
# a value after the first in a column joined with line feeds that starts like a formula (or holds a line that does)
_LEAD_AFTER_LINE = re.compile("\n[" + re.escape("".join(_ESCAPE_LEADS)) + "]")


def _plain_text_cells(values: list[Any], max_chars: int) -> list[Cell] | None:
    """The cells of a column of plain strings, as :func:`to_cell` makes them, with the per-value work done on the
    whole column at once (over the joined text, one regex search for characters to replace and one for values that
    start like a formula, instead of three tests per value); None when some value is not a string, needs a character
    replaced or is too long: then each goes through :func:`to_cell`."""
    if not values or set(map(type, values)) != {str}:
        return None
    joined = "\n".join(values)
    if _NOT_PLAIN.search(joined) or max(map(len, values)) >= max_chars:
        return None
    if values[0][:1] not in _LEAD_CHARS and _LEAD_AFTER_LINE.search(joined) is None:
        return values  # no value starts like a formula (most columns): nothing to escape
    return [("'" + v) if v[:1] in _LEAD_CHARS else v for v in values]
