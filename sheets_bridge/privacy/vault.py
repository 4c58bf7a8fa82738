"""The local vault: token → clear value, so that only the CRM export can re-identify a client.

A SQLite file on the owner's machine (never in a sheet). Each entry carries when its value was first
and last seen, which is what retention (``purge``) goes by.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable
from pathlib import Path

from .files import connect_private, tighten_sqlite

SCHEMA = """
CREATE TABLE IF NOT EXISTS tokens (
    token TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS tokens_last_seen ON tokens(last_seen);
"""


def _iso(when: dt.datetime) -> str:
    if when.tzinfo is None:
        when = when.astimezone()
    return when.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


class Vault:
    """Token → value store. Writes are buffered; :meth:`flush` (or closing) commits them. The file and its -wal/-shm
    (which hold clear values while it is open) are readable by the owner only."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._db = connect_private(self.path, timeout=30, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)
        tighten_sqlite(self.path)
        self._pending: dict[str, tuple[str, str, str, str]] = {}
        self._lock = threading.RLock()  # the webhook scrubs from several threads

    def record(self, token: str, kind: str, value: str, seen: dt.datetime | None = None) -> None:
        when = _iso(seen or dt.datetime.now(dt.timezone.utc))
        with self._lock:
            old = self._pending.get(token)
            if old is None:
                self._pending[token] = (kind, value, when, when)
            else:
                self._pending[token] = (kind, value, min(old[2], when), max(old[3], when))

    def flush(self) -> None:
        with self._lock:
            self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        with self._db:
            self._db.executemany(
                "INSERT INTO tokens(token, kind, value, first_seen, last_seen) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT(token) DO UPDATE SET "
                "first_seen = min(first_seen, excluded.first_seen), "
                "last_seen = max(last_seen, excluded.last_seen)",
                [(t, k, v, f, last) for t, (k, v, f, last) in self._pending.items()])
        self._pending.clear()

    def lookup(self, token: str) -> str | None:
        """The clear value behind a token, or None."""
        with self._lock:
            self._flush()
            row = self._db.execute("SELECT value FROM tokens WHERE token = ?", (token,)).fetchone()
        return row[0] if row else None

    def entries(self) -> list[tuple[str, str, str, str, str]]:
        with self._lock:
            self._flush()
            return self._db.execute("SELECT token, kind, value, first_seen, last_seen FROM tokens").fetchall()

    def purge(self, before: dt.datetime) -> int:
        """Delete entries last seen before ``before``; returns how many."""
        with self._lock:
            self._flush()
            with self._db:
                cur = self._db.execute("DELETE FROM tokens WHERE last_seen < ?", (_iso(before),))
        return cur.rowcount

    def forget_except(self, keep: Iterable[str], dry_run: bool = False) -> int:
        """Delete every entry whose token is not in ``keep`` (no row holds it any more); returns how many."""
        keep = set(keep)
        with self._lock:
            self._flush()
            gone = [t for (t,) in self._db.execute("SELECT token FROM tokens") if t not in keep]
            if gone and not dry_run:
                with self._db:
                    self._db.executemany("DELETE FROM tokens WHERE token = ?", [(t,) for t in gone])
        return len(gone)

    def close(self) -> None:
        with self._lock:
            self._flush()
            self._db.close()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
