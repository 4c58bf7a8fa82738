"""Moving journalled events to the workbook: in batches, marked flushed only after the backend took them,
retrying temporary failures with exponential backoff and jitter. Intake never waits for this."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from ..analysis.events import message_rows
from ..retry import RetryPolicy
from ..workbook import Workbook
from .journal import Journal

log = logging.getLogger("sheets_bridge.webhook")


@dataclass
class FlushState:
    flushed: int = 0
    last_flush_at: str = ""
    last_error: str = ""
    failures_in_a_row: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


def flush_once(journal: Journal, workbook: Workbook, batch: int = 500) -> int:
    """Write one batch of pending events (and their messages); returns how many were marked flushed.

    Events already in the workbook (a crash after writing, before marking) are not written again.
    """
    pending = journal.pending(batch)
    if not pending:
        return 0
    rows = [row for _, row in pending]
    with workbook.batch():
        present = set(workbook.read("events")["event_id"].astype(str))
        new = [r for r in rows if r["event_id"] not in present]
        if new:
            workbook.append("events", new)
            msgs = message_rows(pd.DataFrame(new).fillna("").astype(str))
            if len(msgs):
                have = set(workbook.read("messages")["message_id"].astype(str))
                msgs = msgs[~msgs["message_id"].isin(have)]
                if len(msgs):
                    workbook.append("messages", msgs)
    journal.mark_flushed([seq for seq, _ in pending])
    return len(pending)


def flush_all(journal: Journal, workbook: Workbook, batch: int = 500) -> int:
    total = 0
    while True:
        n = flush_once(journal, workbook, batch)
        total += n
        if n < batch:
            return total


class Flusher(threading.Thread):
    """A daemon thread: flush every ``interval`` s; on errors back off (1, 2, 4 … ``max_backoff`` s, jittered)."""

    def __init__(self, journal: Journal, open_workbook: Callable[[], Workbook], state: FlushState, *,
                 interval: float = 2.0, batch: int = 500, max_backoff: float = 300.0) -> None:
        super().__init__(name="sheets-bridge-flusher", daemon=True)
        self.journal, self.open_workbook, self.state = journal, open_workbook, state
        self.interval, self.batch, self.max_backoff = interval, batch, max_backoff
        self.stop_event = threading.Event()
        self._workbook: Workbook | None = None

    def run(self) -> None:
        while not self.stop_event.is_set():
            wait = self.interval
            try:
                if self.journal.counts()["pending_flush"]:
                    self._workbook = self._workbook or self.open_workbook()
                    n = flush_all(self.journal, self._workbook, self.batch)
                    with self.state.lock:
                        self.state.flushed += n
                        self.state.last_flush_at = time.strftime("%Y-%m-%dT%H:%M:%S%z")
                        self.state.failures_in_a_row = 0
                        self.state.last_error = ""  # recovered: /stats shows no stale error
                    log.info("flushed", extra={"fields": {"events": n}})
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
