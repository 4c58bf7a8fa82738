"""Reconciliation (seed 002): the bot's ``lead.created`` events vs the leads the CRM really has."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import InputError
from ..privacy import Scrubber
from ..timeutil import parse_iso, resolve_tz, week_start

# Bitrix24 export headers: field IDs or Russian/English labels
ID_COLUMNS = ("ID",)
ORIGIN_COLUMNS = ("ORIGIN_ID", "Идентификатор элемента во внешнем источнике", "External source item ID")
PHONE_COLUMNS = ("PHONE_MOBILE", "PHONE_WORK", "PHONE", "Мобильный телефон", "Рабочий телефон", "Телефон",
                 "Mobile phone", "Work phone", "Phone")


def read_crm_export(path: Path) -> pd.DataFrame:
    """A Bitrix24 lead export: the ``;``/UTF-8-BOM CSV, or one saved again by Excel (cp1251, ``;`` or ``,``)."""
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1251 decodes any byte
        raise InputError("cannot read the text encoding", file=str(path))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=";,\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ";"
    frame = pd.read_csv(io.StringIO(text), sep=delimiter, dtype=str, keep_default_na=False)
    frame.columns = [c.strip().strip('"') for c in frame.columns]
    if not any(c in frame.columns for c in (*ID_COLUMNS, *ORIGIN_COLUMNS, *PHONE_COLUMNS)):
        raise InputError(f"is not a Bitrix24 lead export (no ID, ORIGIN_ID or phone column; columns: "
                         f"{list(frame.columns)[:8]})", file=str(path))
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
