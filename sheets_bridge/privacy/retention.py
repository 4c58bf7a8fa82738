"""Retention: delete rows and vault entries older than a cut-off (SPEC §2 ``purge``)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

import pandas as pd

from ..errors import InputError
from ..workbook import Workbook
from .vault import Vault

# The column that dates a row, per tab. Rubric rows go with their conversation.
TIME_COLUMNS = {"events": "timestamp", "messages": "timestamp", "conversations": "ended_at",
                "missed_leads": "started_at", "audit": "week", "labels": "started_at", "kpi": "period",
                "validation": "run_at", "reconcile": "timestamp"}
_UNITS = {"h": "hours", "d": "days", "w": "weeks"}


def parse_age(text: str) -> dt.timedelta:
    """'180d', '26w', '12h' → a timedelta."""
    m = re.fullmatch(r"\s*(\d+)\s*([hdw])\s*", text or "")
    if not m:
        raise InputError(f"{text!r} is not an age; write it like 180d (days), 26w (weeks) or 12h (hours)",
                         field="--older-than")
    return dt.timedelta(**{_UNITS[m.group(2)]: int(m.group(1))})


@dataclass
class PurgeReport:
    cutoff: dt.datetime
    removed: dict[str, int] = field(default_factory=dict)
    undated: dict[str, int] = field(default_factory=dict)
    vault_removed: int = 0


def _old_rows(frame: pd.DataFrame, column: str, cutoff: dt.datetime) -> tuple[pd.Series, int]:
    when = pd.to_datetime(frame[column].astype(str).str.strip().replace("", None), utc=True, errors="coerce",
                          format="ISO8601")
    return (when < pd.Timestamp(cutoff)).fillna(False).astype(bool), int(when.isna().sum())


def purge(workbook: Workbook, vault: Vault | None, older_than: dt.timedelta, *, now: dt.datetime | None = None,
          dry_run: bool = False) -> PurgeReport:
    """Remove every row dated before ``now - older_than`` from every tab, and old vault entries.

    Rows whose date cannot be read are kept (and counted in ``undated``): nothing is deleted on a guess.
    """
    now = now or dt.datetime.now(dt.timezone.utc)
    report = PurgeReport(cutoff=now - older_than)
    tabs = workbook.tabs()
    dropped_conversations: set[str] = set()
    with workbook.batch():
        for tab, column in TIME_COLUMNS.items():
            if tab not in tabs:
                continue
            frame = workbook.read(tab)
            if frame.empty or column not in frame.columns:
                continue
            old, undated = _old_rows(frame, column, report.cutoff)
            if undated:
                report.undated[tab] = undated
            report.removed[tab] = int(old.sum())
            if tab == "conversations":
                dropped_conversations = set(frame.loc[old, "conversation_id"].astype(str))
            if old.any() and not dry_run:
                workbook.replace(tab, frame.loc[~old])
        if "rubric" in tabs and dropped_conversations:
            rubric = workbook.read("rubric")
            gone = rubric["conversation_id"].astype(str).isin(dropped_conversations)
            report.removed["rubric"] = int(gone.sum())
            if gone.any() and not dry_run:
                workbook.replace("rubric", rubric.loc[~gone])
    if vault is not None:
        if dry_run:
            report.vault_removed = sum(1 for e in vault.entries() if e[4] < report.cutoff.isoformat())
        else:
            report.vault_removed = vault.purge(report.cutoff)
    return report
