"""Which journal ``--journal`` names: a SQLite file (one machine) or a ``postgresql://`` URL (several receivers).

Both kinds have the same methods; :meth:`claim` is how a flusher takes a batch, so any number of flushers on a
PostgreSQL journal deliver each event once. A tenants file lists the businesses one receiver serves.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ..errors import BackendUnavailableError, InputError
from ..workbook.postgres import is_postgres_url
from .journal import Journal, Stored


@functools.cache
def journal_errors() -> tuple[type[BaseException], ...]:
    """What a journal raises when it cannot store right now (the receiver answers 503: send again later). A function,
    so that psycopg is imported only when it is asked (an ``except journal_errors():`` asks only on an error), not by
    every command that imports this module (0.13 s of a ``flush``)."""
    try:
        import psycopg
    except ImportError:
        return (sqlite3.Error, BackendUnavailableError)
    return (sqlite3.Error, BackendUnavailableError, psycopg.Error)


class JournalLike(Protocol):
    """What the receiver, the flusher and ``purge`` use of a journal."""

    tenant: str
    location: str

    def store(self, rows: Iterable[dict[str, Any]], source: str, webhook_id: str | None = None,
              body: bytes = b"", derived: Iterable[str] = ()) -> Stored: ...

    def pending(self, limit: int = 500) -> list[tuple[int, dict[str, Any]]]: ...

    def claim(self, limit: int = 500) -> contextlib.AbstractContextManager[list[tuple[int, dict[str, Any]]]]: ...

    def mark_flushed(self, seqs: list[int]) -> None: ...

    def counts(self) -> dict[str, int]: ...

    def event_ids(self) -> set[str]: ...

    def rows(self) -> list[dict[str, Any]]: ...

    def purge(self, before: dt.datetime, dry_run: bool = False) -> int: ...

    def forget_deliveries_before(self, when: dt.datetime) -> None: ...

    def close(self) -> None: ...


class SqliteJournal(Journal):
    """The local SQLite journal with the claim interface (one machine: its flusher is the only one)."""

    def __init__(self, path: Path, tenant: str = "default") -> None:
        super().__init__(path)
        self.tenant, self.location = tenant, str(path)

    @contextlib.contextmanager
    def claim(self, limit: int = 500) -> Iterator[list[tuple[int, dict[str, Any]]]]:
        """The oldest pending rows (SQLite has one flusher per file, so nothing to lock)."""
        yield self.pending(limit)


def is_shared(path_or_url: str | os.PathLike[str]) -> bool:
    """A journal that several receivers share (a postgresql:// URL)."""
    return is_postgres_url(os.fspath(path_or_url))


def open_journal(path_or_url: str | os.PathLike[str], tenant: str = "default") -> JournalLike:
    """The journal ``--journal`` names, for one tenant: a ``postgresql://`` URL, else a SQLite file path."""
    text = os.fspath(path_or_url)
    if is_postgres_url(text):
        from .pgjournal import PgJournal

        return PgJournal(text, tenant)
    return SqliteJournal(Path(text), tenant)


@dataclass(frozen=True)
class Tenant:
    """One business a receiver serves: its secret and (optionally) its own workbook."""

    name: str
    secret: str
    workbook: str = ""


def load_tenants(path: Path) -> dict[str, Tenant]:
    """A tab-separated file: ``tenant<TAB>secret[<TAB>workbook]`` per line; ``#`` starts a comment."""
    tenants: dict[str, Tenant] = {}
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read the tenants file ({exc.strerror})", file=str(path)) from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) < 2 or not cells[0] or not cells[1]:
            raise InputError("expected tenant<TAB>secret[<TAB>workbook]", file=str(path), line=number)
        if not _url_safe(cells[0]):
            raise InputError(f"tenant {cells[0]!r} cannot be part of a URL (/t/TENANT/events): use letters, digits, "
                             "'-', '_' or '.', at most 200", file=str(path), line=number)
        if cells[0] in tenants:
            raise InputError(f"tenant {cells[0]!r} is listed twice", file=str(path), line=number)
        tenants[cells[0]] = Tenant(cells[0], cells[1], cells[2] if len(cells) > 2 else "")
    return tenants


def _url_safe(name: str) -> bool:
    """A tenant name that is one path segment of /t/<tenant>/events as it is (no escaping needed)."""
    return 0 < len(name) <= 200 and all(c.isalnum() or c in "-_." for c in name) and name not in (".", "..")
