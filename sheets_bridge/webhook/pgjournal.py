"""The shared journal on PostgreSQL: several receivers (and any number of flushers) on one database.

An event is acknowledged after its transaction commits (``synchronous_commit = on``: on disk, or on the standby the
server waits for). ``UNIQUE (tenant, event_id)`` stores it once per tenant whichever receiver got it, and a
``webhook-id`` seen before is checked against its body as in the SQLite journal. Flushers claim pending rows with
``SELECT … FOR UPDATE SKIP LOCKED`` inside :meth:`PgJournal.claim`: two flushers never hold the same row, a flusher
that dies releases its rows to the next, and a row is marked flushed in the same transaction that claimed it.
Same methods as :class:`~sheets_bridge.webhook.journal.Journal`, for one tenant (``for_tenant`` gives another).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from ..workbook.postgres import check_tenant, connect
from .journal import DeliveryConflict, Stored

SCHEMA = """
CREATE TABLE IF NOT EXISTS journal_events (
    seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant text NOT NULL,
    event_id text NOT NULL,
    source text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    row jsonb NOT NULL,
    flushed_at timestamptz,
    UNIQUE (tenant, event_id)
);
CREATE INDEX IF NOT EXISTS journal_events_pending ON journal_events (tenant, seq) WHERE flushed_at IS NULL;
CREATE TABLE IF NOT EXISTS journal_deliveries (
    tenant text NOT NULL,
    webhook_id text NOT NULL,
    body_sha256 text NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant, webhook_id)
);
"""
SCHEMA_LOCK = 0x5B1D_10A1  # advisory lock: two receivers starting at once create the tables once

INSERT_EVENTS = """
INSERT INTO journal_events (tenant, event_id, source, row)
SELECT %(tenant)s, e.id, %(source)s, e.row
FROM unnest(%(ids)s::text[], %(rows)s::jsonb[]) WITH ORDINALITY AS e(id, row, n)
ORDER BY e.n
ON CONFLICT (tenant, event_id) DO NOTHING
RETURNING event_id
"""
CLAIM = """
SELECT seq, row FROM journal_events
WHERE tenant = %s AND flushed_at IS NULL
ORDER BY seq LIMIT %s
FOR UPDATE SKIP LOCKED
"""


class _Connections:
    """One connection per thread (waitress serves requests on several), reopened when it broke."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.local = threading.local()
        self.lock = threading.Lock()
        self.opened: list[Any] = []

    def get(self) -> Any:
        db = getattr(self.local, "db", None)
        if db is None or db.closed or db.broken:
            db = connect(self.url)
            db.execute("SET synchronous_commit = on")  # committed means durable, whatever the server's default
            self.local.db = db
            with self.lock:
                self.opened.append(db)
        return db

    def close(self) -> None:
        with self.lock:
            for db in self.opened:
                db.close()
            self.opened.clear()
        self.local = threading.local()


class PgJournal:
    """One tenant's view of the shared journal. Thread-safe: one connection per thread."""

    def __init__(self, url: str, tenant: str = "default", *, _pool: _Connections | None = None) -> None:
        self.url, self.tenant = url, check_tenant(tenant)
        self.location = url
        self._pool = _pool or _Connections(url)
        if _pool is None:
            self._create_schema()

    def _create_schema(self) -> None:
        db = self._pool.get()
        if db.execute("SELECT to_regclass('journal_deliveries')").fetchone()[0] is not None:
            return
        with db.transaction():
            db.execute("SELECT pg_advisory_xact_lock(%s)", (SCHEMA_LOCK,))
            for statement in filter(str.strip, SCHEMA.split(";")):
                db.execute(statement)

    def for_tenant(self, tenant: str) -> PgJournal:
        """The same journal (and connections) for another tenant."""
        return PgJournal(self.url, tenant, _pool=self._pool)

    # --- intake --------------------------------------------------------------------------------------
    def store(self, rows: Iterable[dict[str, Any]], source: str, webhook_id: str | None = None,
              body: bytes = b"", derived: Iterable[str] = ()) -> Stored:
        """Commit rows (and the webhook-id) in one transaction; duplicates by (tenant, event_id) are skipped.

        ``derived``: ids derived from content (the sender gave none); a row whose derived id is taken by a different
        event gets :func:`~sheets_bridge.events.content_id` instead of being taken for a retry (as in SQLite).
        """
        rows, derived = list(rows), set(derived)
        db = self._pool.get()
        result = Stored([], [])
        with db.transaction():
            if webhook_id:
                self._check_delivery(db, webhook_id, hashlib.sha256(body).hexdigest())
            new = self._insert(db, rows, source)
            for row in rows:  # the first of several rows with one id is the stored one, as in the SQLite journal
                event = row["event_id"]
                if event in new:
                    new.discard(event)
                    result.stored.append(event)
                elif event in derived and self._insert_as_content(db, row, source):
                    result.stored.append(row["event_id"])
                else:
                    result.duplicates.append(event)
        return result

    def _insert(self, db: Any, rows: list[dict[str, Any]], source: str) -> set[str]:
        """Insert the rows in one statement; returns the ids that were new."""
        from psycopg.types.json import Jsonb

        if not rows:
            return set()
        params = {"tenant": self.tenant, "source": source, "ids": [r["event_id"] for r in rows],
                  "rows": [Jsonb(r) for r in rows]}
        return {r[0] for r in db.execute(INSERT_EVENTS, params).fetchall()}

    def _insert_as_content(self, db: Any, row: dict[str, Any], source: str) -> bool:
        """A derived id already taken: the same event again (a retry: False), or another one stored by content id."""
        from ..events import content_id

        old = db.execute("SELECT row FROM journal_events WHERE tenant = %s AND event_id = %s",
                         (self.tenant, row["event_id"])).fetchone()
        if old is None or content_id(old[0]) == content_id(row):
            return False
        row["event_id"] = content_id(row)
        return bool(self._insert(db, [row], source))

    def _check_delivery(self, db: Any, webhook_id: str, digest: str) -> None:
        inserted = db.execute("INSERT INTO journal_deliveries (tenant, webhook_id, body_sha256) VALUES (%s, %s, %s) "
                              "ON CONFLICT DO NOTHING RETURNING 1", (self.tenant, webhook_id, digest)).fetchone()
        if inserted:
            return
        seen = db.execute("SELECT body_sha256 FROM journal_deliveries WHERE tenant = %s AND webhook_id = %s",
                          (self.tenant, webhook_id)).fetchone()
        if seen and seen[0] != digest:
            raise DeliveryConflict(webhook_id)

    # --- flushing ------------------------------------------------------------------------------------
    def pending(self, limit: int = 500) -> list[tuple[int, dict[str, Any]]]:
        """Rows not flushed yet, oldest first, without claiming them (see :meth:`claim`)."""
        rows = self._pool.get().execute("SELECT seq, row FROM journal_events WHERE tenant = %s AND flushed_at IS "
                                        "NULL ORDER BY seq LIMIT %s", (self.tenant, limit)).fetchall()
        return [(int(seq), row) for seq, row in rows]

    @contextlib.contextmanager
    def claim(self, limit: int = 500) -> Iterator[list[tuple[int, dict[str, Any]]]]:
        """Pending rows no other flusher holds, locked until the block ends; mark_flushed inside commits with it."""
        db = self._pool.get()
        with db.transaction():
            rows = db.execute(CLAIM, (self.tenant, limit)).fetchall()
            yield [(int(seq), row) for seq, row in rows]

    def mark_flushed(self, seqs: list[int]) -> None:
        if not seqs:
            return
        self._pool.get().execute("UPDATE journal_events SET flushed_at = now() WHERE tenant = %s AND seq = ANY(%s)",
                                 (self.tenant, list(seqs)))

    # --- state -------------------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        total, pending = self._pool.get().execute(
            "SELECT count(*), count(*) FILTER (WHERE flushed_at IS NULL) FROM journal_events WHERE tenant = %s",
            (self.tenant,)).fetchone()
        return {"journalled": int(total), "pending_flush": int(pending)}

    def event_ids(self) -> set[str]:
        rows = self._pool.get().execute("SELECT event_id FROM journal_events WHERE tenant = %s", (self.tenant,))
        return {r[0] for r in rows}

    def tenants_pending(self) -> list[str]:
        """Every tenant with events not flushed yet (for a writer that serves many), in name order."""
        rows = self._pool.get().execute("SELECT DISTINCT tenant FROM journal_events WHERE flushed_at IS NULL "
                                        "ORDER BY tenant").fetchall()
        return [r[0] for r in rows]

    def rows(self) -> list[dict[str, Any]]:
        """Every journalled row of the tenant (for retention: which tokens it still holds)."""
        return [r[0] for r in self._pool.get().execute("SELECT row FROM journal_events WHERE tenant = %s ORDER BY seq",
                                                       (self.tenant,))]

    def purge(self, before: dt.datetime, dry_run: bool = False) -> int:
        """Delete the tenant's flushed events received before ``before`` (and older webhook-ids); returns how many.
        Events not flushed yet are kept whatever their age: they are not in the workbook."""
        where = "FROM journal_events WHERE tenant = %s AND flushed_at IS NOT NULL AND received_at < %s"
        db = self._pool.get()
        if dry_run:
            return int(db.execute(f"SELECT count(*) {where}", (self.tenant, before)).fetchone()[0])
        with db.transaction():
            n = db.execute(f"DELETE {where}", (self.tenant, before)).rowcount
            self.forget_deliveries_before(before)
        return int(n)

    def forget_deliveries_before(self, when: dt.datetime) -> None:
        self._pool.get().execute("DELETE FROM journal_deliveries WHERE tenant = %s AND received_at < %s",
                                 (self.tenant, when))

    def close(self) -> None:
        self._pool.close()
