"""Moving journalled events to the workbook: in batches, marked flushed only after the backend took them,
retrying temporary failures with exponential backoff and jitter. Intake never waits for this."""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from ..analysis.events import message_rows
from ..retry import RetryPolicy
from ..workbook import Workbook
from ..workbook.postgres import PostgresWorkbook
from .journal import Journal
from .journals import JournalLike

#: a journal as ``open_journal`` gives it, or the plain SQLite :class:`Journal` (``sheets_bridge.webhook.Journal``)
AnyJournal = JournalLike | Journal
Claimed = list[tuple[int, dict[str, Any]]]

log = logging.getLogger("sheets_bridge.webhook")


@dataclass
class FlushState:
    flushed: int = 0
    last_flush_at: str = ""
    last_error: str = ""
    failures_in_a_row: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def _once_each(workbook: Workbook, tab: str, key: str, ids: Iterable[str] | None = None) -> set[str]:
    """The ids a tab holds; a row whose id is already above it (a write Google applied after its answer timed out,
    then sent again) is removed, so each event and message ends up in the sheet once.

    On PostgreSQL both are queries on the id index, limited to ``ids`` (the batch's) when given, instead of a read
    of the whole tab: a tenant of millions of rows flushes as fast as an empty one.
    """
    if isinstance(workbook, PostgresWorkbook):
        removed = workbook.remove_repeats(tab, key, ids)
        if removed:
            log.warning("removing rows written twice", extra={"fields": {"tab": tab, "rows": removed}})
        return workbook.ids_present(tab, key, ids) if ids is not None else set()
    found = pd.Series(workbook.read_column(tab, key), dtype=object)  # the ids only: the whole tab only to mend it
    extra = found.ne("") & found.duplicated()
    if extra.any():
        log.warning("removing rows written twice", extra={"fields": {"tab": tab, "rows": int(extra.sum())}})
        frame = workbook.read(tab)
        every = frame[key].astype(str)
        workbook.replace(tab, frame.loc[~(every.ne("") & every.duplicated()).to_numpy()])
    return set(found)


def claim(journal: AnyJournal, batch: int) -> contextlib.AbstractContextManager[Claimed]:
    """Up to ``batch`` pending events for this flusher: on a shared PostgreSQL journal locked (FOR UPDATE SKIP
    LOCKED) until the block ends; on SQLite (one flusher per file) simply the oldest."""
    if isinstance(journal, Journal):
        return contextlib.nullcontext(journal.pending(batch))
    return journal.claim(batch)


def flush_once(journal: AnyJournal, workbook: Workbook, batch: int = 500) -> int:
    """Claim one batch of pending events and write it (see :func:`_flush_claimed`); returns how many were flushed.

    On a shared PostgreSQL journal the claim locks the rows until they are marked, so any number of flushers deliver
    each event once; a flusher that dies releases its rows to the next.
    """
    with claim(journal, batch) as pending:
        return _flush_claimed(journal, workbook, pending)


def _flush_claimed(journal: AnyJournal, workbook: Workbook, pending: Claimed) -> int:
    """Write one batch of pending events and their messages; returns how many were marked flushed.

    Events already in the workbook (a crash after writing, before marking) are not written again, but their
    messages are written if they are missing (the events' write arrived, the messages' failed). Both appends go
    in one batch: one save of the .xlsx, one request to Google while it fits.
    """
    if not pending:
        return 0
    rows = [row for _, row in pending]
    msgs = message_rows(pd.DataFrame(rows).fillna("").astype(str))
    with workbook.batch():
        present = _once_each(workbook, "events", "event_id", [str(r["event_id"]) for r in rows])
        new = [r for r in rows if r["event_id"] not in present]
        if len(msgs):
            have = _once_each(workbook, "messages", "message_id", msgs["message_id"].astype(str).tolist())
            msgs = msgs[~msgs["message_id"].isin(have)]
        if new:
            workbook.append("events", new)
        if len(msgs):
            workbook.append("messages", msgs)
    journal.mark_flushed([seq for seq, _ in pending])
    return len(pending)


def remove_duplicates(workbook: Workbook) -> None:
    """Keep each event and message once (a write applied after its answer was lost may land late, twice)."""
    with workbook.batch():
        _once_each(workbook, "events", "event_id")
        _once_each(workbook, "messages", "message_id")


def flush_all(journal: AnyJournal, workbook: Workbook, batch: int = 500, *, heal: bool = False) -> int:
    """Flush every pending event; ``heal`` first removes rows written twice even when nothing is pending."""
    if heal:
        remove_duplicates(workbook)
    total = 0
    while True:
        n = flush_once(journal, workbook, batch)
        total += n
        if n < batch:
            return total


class Flusher(threading.Thread):
    """A daemon thread: flush every ``interval`` s; on errors back off (1, 2, 4 … ``max_backoff`` s, jittered).
    ``heal_after`` s after the last flush that wrote, it looks once more for rows a late write doubled."""

    def __init__(self, journal: AnyJournal, open_workbook: Callable[[], Workbook], state: FlushState, *,
                 interval: float = 2.0, batch: int = 500, max_backoff: float = 300.0,
                 heal_after: float = 60.0) -> None:
        super().__init__(name="sheets-bridge-flusher", daemon=True)
        self.journal, self.open_workbook, self.state = journal, open_workbook, state
        self.interval, self.batch, self.max_backoff, self.heal_after = interval, batch, max_backoff, heal_after
        self._heal_at: float | None = None
        self.stop_event = threading.Event()
        self._workbook: Workbook | None = None

    def run(self) -> None:
        while not self.stop_event.is_set():
            wait = self.interval
            try:
                if self.journal.counts()["pending_flush"]:
                    self._workbook = self._workbook or self.open_workbook()
                    n = flush_all(self.journal, self._workbook, self.batch)
                    self._heal_at = time.monotonic() + self.heal_after
                    with self.state.lock:
                        self.state.flushed += n
                        self.state.last_flush_at = time.strftime("%Y-%m-%dT%H:%M:%S%z")
                        self.state.failures_in_a_row = 0
                        self.state.last_error = ""  # recovered: /stats shows no stale error
                    log.info("flushed", extra={"fields": {"events": n}})
                elif self._heal_at is not None and time.monotonic() >= self._heal_at:
                    self._workbook = self._workbook or self.open_workbook()
                    remove_duplicates(self._workbook)
                    self._heal_at = None
            except Exception as exc:  # noqa: BLE001 - the thread must outlive any failure; /stats shows it
                with self.state.lock:
                    self.state.failures_in_a_row += 1
                    self.state.last_error = f"{exc.__class__.__name__}: {exc}"[:500]
                    tries = self.state.failures_in_a_row
                self._workbook = None  # reopen next time (credentials, lock, network)
                wait = RetryPolicy(base=1.0, cap=self.max_backoff).backoff(tries)
                log.warning("flush failed; events stay in the journal", extra={"fields": {
                    "error": self.state.last_error, "retry_in_s": round(wait, 1)}})
            self.stop_event.wait(wait)

    def stop(self) -> None:
        self.stop_event.set()
