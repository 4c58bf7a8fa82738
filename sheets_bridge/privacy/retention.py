"""Retention (SPEC §2 ``purge``): rows older than a cut-off, and every other copy sheets-bridge keeps of them."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import InputError
from ..workbook import Workbook
from .files import connect_private, tighten_sqlite
from .scrubber import TOKEN_RE
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
    vault_removed: int = 0        # entries not seen since the cut-off
    vault_unreferenced: int = 0   # entries whose token no kept row holds any more
    journal_removed: int = 0      # flushed events received before the cut-off
    llm_cache_removed: int = 0
    llm_cache_undated: int = 0    # answers saved before their time was recorded: dated now, purged later
    not_reached: list[str] = field(default_factory=list)  # copies purge cannot delete: the owner must


def _old_rows(frame: pd.DataFrame, column: str, cutoff: dt.datetime) -> tuple[pd.Series, int]:
    when = pd.to_datetime(frame[column].astype(str).str.strip().replace("", None), utc=True, errors="coerce",
                          format="ISO8601")
    return (when < pd.Timestamp(cutoff)).fillna(False).astype(bool), int(when.isna().sum())


def _tokens(frame: pd.DataFrame) -> set[str]:
    """The tokens any cell of the frame holds."""
    if frame.empty:
        return set()
    return set(TOKEN_RE.findall("\n".join(map(str, frame.to_numpy().ravel()))))


def _purge_tabs(workbook: Workbook, report: PurgeReport, dry_run: bool) -> set[str]:
    """Drop old rows from every dated tab (rubric with its conversations); return the tokens the kept rows hold."""
    tabs = workbook.tabs()
    workbook.prefetch(tabs)
    kept: dict[str, pd.DataFrame] = {}
    dropped_conversations: set[str] = set()
    for tab, column in TIME_COLUMNS.items():
        if tab not in tabs:
            continue
        frame = workbook.read(tab)
        if frame.empty or column not in frame.columns:
            kept[tab] = frame
            continue
        old, undated = _old_rows(frame, column, report.cutoff)
        if undated:
            report.undated[tab] = undated
        report.removed[tab] = int(old.sum())
        if tab == "conversations":
            dropped_conversations = set(frame.loc[old, "conversation_id"].astype(str))
        kept[tab] = frame.loc[~old]
        if old.any() and not dry_run:
            workbook.replace(tab, kept[tab])
    if "rubric" in tabs and dropped_conversations:
        rubric = workbook.read("rubric")
        gone = rubric["conversation_id"].astype(str).isin(dropped_conversations)
        report.removed["rubric"] = int(gone.sum())
        kept["rubric"] = rubric.loc[~gone]
        if gone.any() and not dry_run:
            workbook.replace("rubric", kept["rubric"])
    tokens: set[str] = set()
    for tab in tabs:
        tokens |= _tokens(kept[tab] if tab in kept else workbook.read(tab))
    return tokens


def _journal_to_purge(journal: Path | str | None) -> str | None:
    """The journal as ``open_journal`` takes it, or None when there is none yet (a SQLite file not made); checked
    before anything is deleted."""
    from ..workbook.postgres import is_postgres_url

    if journal is None:
        return None
    text = os.fspath(journal)
    if is_postgres_url(text):
        return text
    if text.startswith(("postgresql:", "postgres:")):
        raise InputError(f"{text!r} is a postgresql:// URL read as a file path (it lost a slash), so the shared "
                         "journal cannot be purged this way: call sheets_bridge.privacy.retention.purge(..., "
                         "journal='postgresql://…') with the URL as a string (docs/scale.md, Retention)",
                         field="--journal")
    return text if Path(text).exists() else None


def _purge_journal(journal: str, tenant: str, report: PurgeReport, dry_run: bool) -> set[str]:
    """Delete the journal's flushed events received before the cut-off (on a shared ``postgresql://`` journal: the
    tenant's only); return the tokens its kept events hold."""
    from ..webhook.journals import open_journal

    events = open_journal(journal, tenant)
    try:
        report.journal_removed = events.purge(report.cutoff, dry_run)
        return set(TOKEN_RE.findall("\n".join(json.dumps(r, ensure_ascii=False) for r in events.rows())))
    finally:
        events.close()


def _purge_llm_cache(path: Path, cutoff: dt.datetime, now: dt.datetime, dry_run: bool) -> tuple[int, int]:
    """Delete LLM answers saved before the cut-off; returns (removed, undated).

    The cache (tagging/llm.py ``Cache``) dates each answer in its ``saved_at`` column; answers saved before it did
    (``saved_at`` empty) are dated at their first purge and deleted once that is older than the cut-off. A cache
    that older versions made and no newer one opened yet has no such column: there a trigger records when each
    answer is saved from now on (in ``answer_times``, which the cache takes over when it next opens the file).
    """
    if not path.exists():
        return 0, 0
    db = connect_private(path)
    try:
        if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'answers'").fetchone():
            return 0, 0
        cut, stamp = _utc(cutoff), _utc(now)
        if "saved_at" in {row[1] for row in db.execute("PRAGMA table_info(answers)")}:
            with db:
                undated = db.execute("SELECT count(*) FROM answers WHERE saved_at IS NULL").fetchone()[0]
                old = db.execute("SELECT count(*) FROM answers WHERE saved_at < ?", (cut,)).fetchone()[0]
                if dry_run:
                    return int(old), int(undated)
                db.execute("UPDATE answers SET saved_at = ? WHERE saved_at IS NULL", (stamp,))
                db.execute("DELETE FROM answers WHERE saved_at < ?", (cut,))
            return int(old), int(undated)
        with db:
            db.execute("CREATE TABLE IF NOT EXISTS answer_times (key TEXT PRIMARY KEY, saved_at TEXT NOT NULL)")
            undated = db.execute("SELECT count(*) FROM answers WHERE key NOT IN (SELECT key FROM answer_times)"
                                 ).fetchone()[0]
            old = db.execute("SELECT count(*) FROM answers WHERE key IN "
                             "(SELECT key FROM answer_times WHERE saved_at < ?)", (cut,)).fetchone()[0]
            if dry_run:
                return int(old), int(undated)
            db.execute("CREATE TRIGGER IF NOT EXISTS answers_saved_at AFTER INSERT ON answers BEGIN "
                       "INSERT OR REPLACE INTO answer_times VALUES "
                       "(NEW.key, strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')); END")
            db.execute("INSERT INTO answer_times SELECT key, ? FROM answers WHERE key NOT IN "
                       "(SELECT key FROM answer_times)", (stamp,))
            db.execute("DELETE FROM answers WHERE key IN (SELECT key FROM answer_times WHERE saved_at < ?)", (cut,))
            db.execute("DELETE FROM answer_times WHERE saved_at < ?", (cut,))
        return int(old), int(undated)
    finally:
        db.close()
        tighten_sqlite(path)


def _utc(when: dt.datetime) -> str:
    return when.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


def not_reached(workbook: Workbook) -> list[str]:
    """The copies of the data that purge cannot delete, for the owner to handle."""
    notes = ["CSV files made by `export bitrix` and HTML reports saved earlier hold their own copies: delete old "
             "ones by hand; leads pushed to Bitrix24 stay in the CRM (its own retention applies)"]
    if workbook.location.startswith("Google"):
        notes.append("Google Sheets keeps earlier versions (File → Version history) with the deleted rows: to drop "
                     "them, make a copy of the spreadsheet (File → Make a copy), use the copy, delete the original "
                     "and empty Google Drive's bin")
    elif workbook.location.startswith("PostgreSQL"):
        notes.append("PostgreSQL backups (pg_dump files, replicas) still hold the deleted rows")
    else:
        notes.append(f"copies and backups of {workbook.location} (and of the folder it is in) still hold the "
                     "deleted rows")
    return notes


def purge(workbook: Workbook, vault: Vault | None, older_than: dt.timedelta, *, now: dt.datetime | None = None,
          dry_run: bool = False, journal: Path | str | None = None, llm_cache: Path | None = None,
          unreferenced: bool = True, tenant: str | None = None) -> PurgeReport:
    """Remove every row dated before ``now - older_than`` from every tab, then what else holds old data: vault
    entries not seen since (and, with ``unreferenced``, those whose token no kept row or journalled event holds),
    flushed events in the ``journal`` (a SQLite file, or a ``postgresql://`` URL: there only ``tenant``'s events,
    by default the workbook's tenant), answers in the ``llm_cache``. ``not_reached`` lists the copies it cannot
    delete. Rows whose date cannot be read are kept (and counted in ``undated``): nothing is deleted on a guess.
    """
    now = now or dt.datetime.now(dt.timezone.utc)
    report = PurgeReport(cutoff=now - older_than, not_reached=not_reached(workbook))
    events = _journal_to_purge(journal)
    with workbook.batch():
        tokens = _purge_tabs(workbook, report, dry_run)
    if not dry_run:
        workbook.drop_caches()  # the tabs' text kept for speed (.xlsx): read again from the purged workbook
    if events is not None:
        tokens |= _purge_journal(events, tenant or str(getattr(workbook, "tenant", "default")), report, dry_run)
    if llm_cache is not None:
        report.llm_cache_removed, report.llm_cache_undated = _purge_llm_cache(Path(llm_cache), report.cutoff, now,
                                                                              dry_run)
    if vault is not None:
        old = {e[0] for e in vault.entries() if e[4] < _utc(report.cutoff)}
        report.vault_removed = len(old) if dry_run else vault.purge(report.cutoff)
        if unreferenced:
            report.vault_unreferenced = vault.forget_except(tokens | (old if dry_run else set()), dry_run)
    return report
