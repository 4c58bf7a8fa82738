"""Reconciliation (seed 002): the bot's ``lead.created`` events vs the leads the CRM really has."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import InputError
from ..privacy import Scrubber
from ..textfile import decode_text, read_bytes
from ..timeutil import parse_iso, resolve_tz, week_start

# Bitrix24 export headers: field IDs or Russian/English labels
ID_COLUMNS = ("ID",)
ORIGIN_COLUMNS = ("ORIGIN_ID", "Идентификатор элемента во внешнем источнике", "External source item ID")
PHONE_COLUMNS = ("PHONE_MOBILE", "PHONE_WORK", "PHONE", "Мобильный телефон", "Рабочий телефон", "Телефон",
                 "Mobile phone", "Work phone", "Phone")


DELIMITERS = (";", ",", "\t")
EXPORT_AGAIN = ("export the leads again in Bitrix24 (CRM → Leads → ⚙ → Export → CSV), or save the file in Excel as "
                "CSV (File → Save As → CSV UTF-8)")
_PANDAS_LINE = re.compile(r"\bline (\d+)")
_PANDAS_ROW = re.compile(r"\brow (\d+)")


def _decoded(path: Path, data: bytes) -> str:
    """The export's text: UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode text") or cp1251;
    InputError saying what the file is when it is no text at all."""
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise InputError("is an Excel workbook (or another binary file), not a CSV export: in Excel choose File → "
                         "Save As → CSV UTF-8, or export the leads from Bitrix24 as CSV (CRM → Leads → ⚙ → Export "
                         "→ CSV)", file=str(path))
    text = decode_text(data)
    if text is not None:
        return text
    raise InputError(f"is not text (not UTF-8 nor Windows-1251, or binary data): not a CSV lead export; {EXPORT_AGAIN}",
                     file=str(path))


def _delimiter(text: str) -> str:
    """The delimiter that splits the header into Bitrix24 columns; else the sniffed one; else ``;``."""
    header = next((line for line in text.splitlines() if line.strip()), "")
    known = {*ID_COLUMNS, *ORIGIN_COLUMNS, *PHONE_COLUMNS}
    for delimiter in DELIMITERS:
        names = next(csv.reader([header], delimiter=delimiter), [])
        if known & {n.strip().strip('"') for n in names}:
            return delimiter
    try:
        return csv.Sniffer().sniff(text[:4096], delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        return ";"


def _unparsable(path: Path, exc: Exception, delimiter: str) -> InputError:
    """pandas' ParserError as an InputError naming the line (when pandas says it) and what to do."""
    said = str(exc).strip()
    line = _PANDAS_LINE.search(said)
    row = _PANDAS_ROW.search(said)
    number = int(line.group(1)) if line else int(row.group(1)) + 1 if row else None
    shown = {"\t": "a tab"}.get(delimiter, repr(delimiter))
    if "EOF inside string" in said:
        why = "a quote opened here is never closed"
    elif "Expected" in said and "fields" in said:
        fields = re.search(r"Expected (\d+) fields .* saw (\d+)", said)
        counts = f" ({fields.group(2)} values where the header has {fields.group(1)})" if fields else ""
        why = (f"this row has more values than the header{counts}: a value holds the delimiter {shown} without "
               "quotes around it")
    else:
        why = f"cannot be read as CSV separated by {shown} ({said})"
    return InputError(f"{why}; {EXPORT_AGAIN}", file=str(path), line=number)


def read_crm_export(path: Path) -> pd.DataFrame:
    """A Bitrix24 lead export: the ``;``/UTF-8-BOM CSV, or one saved again by Excel (cp1251 or UTF-16, ``;``, ``,``
    or tabs). An empty, unreadable or lead-less file is an InputError naming the file (and the line) and the fix."""
    path = Path(path)
    text = _decoded(path, read_bytes(path))
    if not text.strip():
        raise InputError(f"is empty: {EXPORT_AGAIN}", file=str(path))
    if text.lstrip().startswith("<"):
        raise InputError("is a web page (HTML), not CSV — Bitrix24's «Export to Excel» writes one: export the leads "
                         "as CSV instead (CRM → Leads → ⚙ → Export → CSV)", file=str(path))
    delimiter = _delimiter(text)
    try:
        frame = pd.read_csv(io.StringIO(text), sep=delimiter, dtype=str, keep_default_na=False)
    except pd.errors.EmptyDataError as exc:
        raise InputError(f"has no header row: {EXPORT_AGAIN}", file=str(path)) from exc
    except pd.errors.ParserError as exc:
        raise _unparsable(path, exc, delimiter) from exc
    frame.columns = [str(c).strip().strip('"') for c in frame.columns]
    if not any(c in frame.columns for c in (*ID_COLUMNS, *ORIGIN_COLUMNS, *PHONE_COLUMNS)):
        hint = (" — one column only: a Bitrix24 export separates its values with ';' (',' or a tab after Excel)"
                if len(frame.columns) == 1 else "")
        raise InputError(f"is not a Bitrix24 lead export (no ID, ORIGIN_ID or phone column; columns: "
                         f"{list(frame.columns)[:8]}){hint}; {EXPORT_AGAIN}", file=str(path))
    if frame.empty:
        raise InputError("has the header row but no leads: check the filter of the lead list in Bitrix24 (all "
                         f"leads of the period, not a saved filter that shows none) and {EXPORT_AGAIN}",
                         file=str(path))
    return frame


def _column(frame: pd.DataFrame, names: tuple[str, ...]) -> pd.Series:
    for name in names:
        if name in frame.columns:
            return frame[name].astype(str).str.strip()
    return pd.Series([""] * len(frame), index=frame.index)


def reconcile_frames(events: pd.DataFrame, crm: pd.DataFrame, scrubber: Scrubber, tz: dt.tzinfo | None = None
                     ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(rows for the ``reconcile`` tab, loss per week and channel); weeks on the calendar of ``tz`` as in ``kpi``.

    A ``lead.created`` event is matched by its crm_id (= the CRM lead ID, with or without a ``LEAD_``
    prefix), by ORIGIN_ID (= event_id), or by the client's phone token.
    """
    leads = events[events["event_type"] == "lead.created"].drop_duplicates("event_id").copy()
    crm_ids = _column(crm, ID_COLUMNS)
    origins = _column(crm, ORIGIN_COLUMNS)
    phones = _column(crm, PHONE_COLUMNS).map(lambda v: scrubber.phone_token(v.split(",")[0]) if v else None)
    by_id = {i: i for i in crm_ids if i}
    by_origin = {o: i for o, i in zip(origins, crm_ids, strict=True) if o}
    by_phone = {p: i for p, i in zip(phones, crm_ids, strict=True) if p}
    rows: list[dict[str, Any]] = []
    used: set[str] = set()
    week = week_start(parse_iso(leads["timestamp"]), tz or dt.timezone.utc)
    for (_, e), wk in zip(leads.iterrows(), week, strict=True):
        crm_id = str(e.get("crm_id", "")).strip()
        key = crm_id.removeprefix("LEAD_")
        match = by_id.get(key) or by_origin.get(str(e["event_id"])) or by_phone.get(str(e.get("user_id", "")))
        if match:
            used.add(match)
        rows.append({"event_id": e["event_id"], "session_id": e["session_id"], "timestamp": e["timestamp"],
                     "week": wk, "channel": e["channel"], "crm_id": crm_id, "origin_id": e["event_id"],
                     "phone_token": e.get("user_id", "") if str(e.get("user_id", "")).startswith("[PHONE:") else "",
                     "status": "matched" if match else "missing_in_crm", "crm_lead_id": match or ""})
    for crm_id, origin, phone in zip(crm_ids, origins, phones, strict=True):
        if crm_id and crm_id not in used:
            rows.append({"event_id": "", "session_id": "", "timestamp": "", "week": "", "channel": "",
                         "crm_id": crm_id, "origin_id": origin, "phone_token": phone or "",
                         "status": "unknown_in_events", "crm_lead_id": crm_id})
    table = pd.DataFrame(rows, columns=["event_id", "session_id", "timestamp", "week", "channel", "crm_id",
                                        "origin_id", "phone_token", "status", "crm_lead_id"])
    events_only = table[table["status"] != "unknown_in_events"]
    loss = events_only.groupby(["week", "channel"]).agg(
        events=("status", "size"), missing=("status", lambda s: int((s == "missing_in_crm").sum()))).reset_index()
    loss["loss_pct"] = (100 * loss["missing"] / loss["events"]).round(1)
    return table, loss


@dataclass
class ReconcileResult:
    table: pd.DataFrame
    loss: pd.DataFrame


def reconcile(workbook: Any, crm_export: Path, scrubber: Scrubber, tz: str | None = None) -> ReconcileResult:
    """The bot's ``lead.created`` events against a CRM lead export; writes the ``reconcile`` tab.

    Weeks follow the time zone of the last ``analyze`` (or ``tz``), so they line up with the ``kpi`` tab.
    """
    from ..analysis.record import last_run

    crm = read_crm_export(crm_export)
    zone = resolve_tz(tz or last_run(workbook).get("tz") or None)
    table, loss = reconcile_frames(workbook.read("events"), crm, scrubber, zone)
    workbook.rebuild("reconcile", table)
    return ReconcileResult(table, loss)
