"""The local journal: every accepted event is committed to SQLite (WAL, synchronous=FULL) before the
sender hears 2xx, and stays there until the flusher has put it in the workbook."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..events import content_id
from ..privacy.files import connect_private, private_folder, tighten_sqlite

SCHEMA = """
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    received_at TEXT NOT NULL,
    row TEXT NOT NULL,
    flushed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS events_pending ON events(flushed, seq);
CREATE TABLE IF NOT EXISTS deliveries (
    webhook_id TEXT PRIMARY KEY,
    body_sha256 TEXT NOT NULL,
    received_at TEXT NOT NULL
);
"""


@dataclass
class Stored:
    stored: list[str]
    duplicates: list[str]


class DeliveryConflict(Exception):
    """A webhook-id seen before with a different body."""


class Journal:
    """Thread-safe: one SQLite connection per thread. The file (and its -wal/-shm) is readable by the owner only."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        private_folder(self.path.parent)
        self._local = threading.local()
        with self._conn() as db:
            db.executescript(SCHEMA)
        tighten_sqlite(self.path)

    def _conn(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = connect_private(self.path, timeout=30, isolation_level=None, check_same_thread=False)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")  # committed means on disk, even if the power goes
            db.execute("PRAGMA busy_timeout=30000")
            self._local.db = db
        return db

    def _insert(self, db: sqlite3.Connection, row: dict[str, Any], source: str, now: str, derived: bool) -> bool:
        """Insert one row; an event without its own id that only shares the derived id of a different event (another
        crm_id, user or intent) gets :func:`content_id` instead of being taken for a retry."""
        text = json.dumps(row, ensure_ascii=False)
        cur = db.execute("INSERT OR IGNORE INTO events(event_id, source, received_at, row) VALUES (?, ?, ?, ?)",
                         (row["event_id"], source, now, text))
        if cur.rowcount or not derived:
            return bool(cur.rowcount)
        old = json.loads(db.execute("SELECT row FROM events WHERE event_id = ?", (row["event_id"],)).fetchone()[0])
        if content_id(old) == content_id(row):
            return False  # the same event again: a retry
        row["event_id"] = content_id(row)
        return self._insert(db, row, source, now, False)

    def store(self, rows: Iterable[dict[str, Any]], source: str, webhook_id: str | None = None,
              body: bytes = b"", derived: Iterable[str] = ()) -> Stored:
        """Commit rows (and the webhook-id) in one transaction; duplicates by event_id are skipped. ``derived``: the
        ids that were derived from content (the sender gave none); such a row's id may change, see :meth:`_insert`."""
        derived = set(derived)
        now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        db = self._conn()
        result = Stored([], [])
        db.execute("BEGIN IMMEDIATE")
        try:
            if webhook_id:
                digest = hashlib.sha256(body).hexdigest()
                seen = db.execute("SELECT body_sha256 FROM deliveries WHERE webhook_id = ?", (webhook_id,)).fetchone()
                if seen and seen[0] != digest:
                    raise DeliveryConflict(webhook_id)
                if not seen:
                    db.execute("INSERT INTO deliveries VALUES (?, ?, ?)", (webhook_id, digest, now))
            for row in rows:
                stored = self._insert(db, row, source, now, row["event_id"] in derived)
                (result.stored if stored else result.duplicates).append(row["event_id"])
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        return result

    def pending(self, limit: int = 500) -> list[tuple[int, dict[str, Any]]]:
        rows = self._conn().execute("SELECT seq, row FROM events WHERE flushed = 0 ORDER BY seq LIMIT ?",
                                    (limit,)).fetchall()
        return [(seq, json.loads(row)) for seq, row in rows]

    def mark_flushed(self, seqs: list[int]) -> None:
        db = self._conn()
        db.execute("BEGIN IMMEDIATE")
        db.executemany("UPDATE events SET flushed = 1 WHERE seq = ?", [(s,) for s in seqs])
        db.execute("COMMIT")

    def counts(self) -> dict[str, int]:
        total, pending = self._conn().execute(
            "SELECT count(*), coalesce(sum(flushed = 0), 0) FROM events").fetchone()
        return {"journalled": int(total), "pending_flush": int(pending)}

    def event_ids(self) -> set[str]:
        return {r[0] for r in self._conn().execute("SELECT event_id FROM events")}

    def forget_deliveries_before(self, when: dt.datetime) -> None:
        db = self._conn()
        db.execute("DELETE FROM deliveries WHERE received_at < ?", (_utc(when),))

    def rows(self) -> list[dict[str, Any]]:
        """Every journalled row (for retention: which tokens it still holds)."""
        return [json.loads(r[0]) for r in self._conn().execute("SELECT row FROM events")]

    def purge(self, before: dt.datetime, dry_run: bool = False) -> int:
        """Delete flushed events received before ``before`` (and older webhook-ids); returns how many events.
        Events not flushed yet are kept whatever their age: they are not in the workbook."""
        db, cut = self._conn(), _utc(before)
        where = "FROM events WHERE flushed = 1 AND received_at < ?"
        if dry_run:
            return int(db.execute(f"SELECT count(*) {where}", (cut,)).fetchone()[0])
        db.execute("BEGIN IMMEDIATE")
        n = db.execute(f"DELETE {where}", (cut,)).rowcount
        db.execute("DELETE FROM deliveries WHERE received_at < ?", (cut,))
        db.execute("COMMIT")
        return int(n)

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None


def _utc(when: dt.datetime) -> str:
    return when.astimezone(dt.timezone.utc).isoformat(timespec="seconds")
