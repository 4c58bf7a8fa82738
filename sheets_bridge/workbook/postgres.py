"""The PostgreSQL backend (psycopg 3): every tab a table with SPEC's columns plus ``tenant``, one row per record.

Many businesses share one database: ``--tenant NAME`` selects one. A table holds the rows of every tenant; the
catalogue table ``sb_tabs`` says which tabs a tenant has and its header (a tenant's own extra columns are added to
the table with ``ALTER TABLE ADD COLUMN`` and listed only in that tenant's header). Numbers are ``bigint`` or
``double precision`` per the schema's kinds, everything else ``text``; times stay ISO-8601 text with their offset,
which reads back exactly (a ``timestamptz`` would keep the instant but lose the offset it was written with).
Text is stored as written: the apostrophe that keeps a spreadsheet from running a formula is not needed here.

Transactions: outside a batch every write commits when it returns; ``with wb.batch():`` is one transaction that
first takes the tenant's advisory lock, so a read-then-append inside it cannot double rows whichever machine
runs the other writer. ``with open_workbook(...) as wb:`` (every command) holds that lock for the whole
command, so the command's reads and writes see no other sheets-bridge writer of the tenant in between.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from ..errors import BackendUnavailableError, InputError, SchemaError, WorkbookError, WorkbookLockedError
from . import schema
from .base import Rows, Workbook
from .cells import escape_text, from_cell, unescape_text

DEFAULT_TENANT = "default"
RESERVED = frozenset({"tenant", "_seq"})
TAB_NAMESPACE = 0x5B1D  # first key of the tenant advisory locks (the second is hashtext(tenant))
DDL_LOCK = 0x5B1D_0DD1  # one bigint advisory lock serialises CREATE/ALTER between processes
SQL_TYPES = {schema.INT: "bigint", schema.FLOAT: "double precision"}
CATALOGUE = """
CREATE TABLE IF NOT EXISTS sb_tabs (
    tenant text NOT NULL,
    tab text NOT NULL,
    table_name text NOT NULL,
    header text[] NOT NULL,
    position bigint GENERATED ALWAYS AS IDENTITY,
    PRIMARY KEY (tenant, tab)
)"""


def is_postgres_url(text: str) -> bool:
    return text.startswith(("postgresql://", "postgres://"))


def redact(url: str) -> str:
    """The URL without its password, for messages and ``location``."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def table_name(tab: str) -> str:
    """SPEC tabs keep their name (Looker Studio finds ``kpi``); other tabs are ``tab_<name>``."""
    return tab if tab in schema.TABS else _fit(f"tab_{tab}")


def column_name(header: str) -> str:
    """A header cell as a column name: itself, unless reserved, empty or longer than PostgreSQL allows."""
    return header if header and header not in RESERVED else _fit(f"col_{header}", force=True)


def _fit(name: str, force: bool = False) -> str:
    """``name`` if it fits 63 bytes, else a prefix and a hash of the whole (deterministic in every process)."""
    if not force and len(name.encode()) <= 63:
        return name
    digest = hashlib.sha1(name.encode()).hexdigest()[:10]
    prefix = name.encode()[:50].decode(errors="ignore")
    return f"{prefix}_{digest}"


def sql_type(tab: str, column: str) -> str:
    spec = schema.spec_for(tab)
    return SQL_TYPES.get(spec.kind(column), "text") if spec else "text"


def _number(value: Any, integer: bool) -> int | float:
    number = float(value) if isinstance(value, str) else value
    if not integer:
        return float(number)
    if isinstance(number, float):
        if not number.is_integer():
            raise ValueError(value)
        return int(number)
    return int(number)


def to_db(kind: str, cell: Any, where: str) -> Any:
    """One cell (from ``rows_to_matrix``) as the value stored in a column of that kind; empty is NULL."""
    if cell == "" or cell is None:
        return None
    if kind == "text":
        return unescape_text(cell) if isinstance(cell, str) else from_cell(cell)
    try:
        return _number(cell, integer=kind == "bigint")
    except (TypeError, ValueError) as exc:
        raise SchemaError(f"{where}: {cell!r} is not a{'n integer' if kind == 'bigint' else ' number'}") from exc


def from_db(value: Any) -> Any:
    """A stored value as a spreadsheet cell would hold it (``from_cell`` then gives the original back)."""
    return escape_text(value) if isinstance(value, str) else value


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError as exc:
        raise WorkbookError("PostgreSQL support is not installed: pip install 'sheets-bridge[postgres]'") from exc
    return psycopg


def check_tenant(tenant: str) -> str:
    if not tenant or len(tenant) > 200 or any(ord(c) < 32 for c in tenant):
        raise InputError("a tenant is a name of 1 to 200 printable characters", field="--tenant")
    return tenant


def connect(url: str, lock_timeout: float = 30.0) -> Any:
    """An autocommit connection whose lock waits end after ``lock_timeout`` seconds."""
    psycopg = _psycopg()
    try:
        db = psycopg.connect(url, autocommit=True, application_name="sheets-bridge", connect_timeout=10)
    except psycopg.OperationalError as exc:
        raise BackendUnavailableError(f"cannot connect to PostgreSQL at {redact(url)}: "
                                      f"{str(exc).strip()}") from exc
    db.execute(f"SET lock_timeout = '{int(lock_timeout * 1000)}ms'")
    return db


class PostgresWorkbook(Workbook):
    """One tenant's tabs in a PostgreSQL database (see the module docstring for tables and transactions)."""

    #: Google's limit per cell, so a tenant's rows can always be mirrored to a spreadsheet unchanged
    max_cell_chars = 50_000

    def __init__(self, url: str, tenant: str = DEFAULT_TENANT, *, lock_timeout: float = 30.0) -> None:
        self.url, self.tenant = url, check_tenant(tenant)
        self.location = f"PostgreSQL {redact(url)} (tenant {tenant})"
        self._db = connect(url, lock_timeout)
        self._depth = 0
        self._held = False
        self._columns: dict[str, set[str]] = {}
        self._tabs: dict[str, list[str]] | None = None  # tab → header, cached inside a batch
        with self._errors():
            if self._db.execute("SELECT to_regclass('sb_tabs')").fetchone()[0] is None:
                with self._db.transaction():
                    self._db.execute("SELECT pg_advisory_xact_lock(%s)", (DDL_LOCK,))
                    self._db.execute(CATALOGUE)

    # --- transactions and locks ---------------------------------------------------------------
    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        psycopg = _psycopg()
        try:
            yield
        except (psycopg.errors.LockNotAvailable, psycopg.errors.DeadlockDetected) as exc:
            raise WorkbookLockedError(f"tenant {self.tenant!r} in {redact(self.url)} is being written by another "
                                      f"sheets-bridge process ({exc.sqlstate}); try again") from exc
        except psycopg.OperationalError as exc:
            raise BackendUnavailableError(f"PostgreSQL at {redact(self.url)} failed: {str(exc).strip()}; "
                                          "nothing of this batch was written, run it again") from exc

    def _lock_tenant(self, scope: str) -> None:
        self._db.execute(f"SELECT pg_advisory{scope}_lock(%s, hashtext(%s))", (TAB_NAMESPACE, self.tenant))

    @contextlib.contextmanager
    def _outermost_batch(self) -> Iterator[None]:
        """One transaction under the tenant's lock: all its writes commit together, or none."""
        try:
            with self._errors(), self._db.transaction():
                self._lock_tenant("_xact")
                self._depth, self._tabs = 1, None
                yield
        except BaseException:
            self._columns.clear()  # a rolled-back CREATE/ALTER: ask the catalogue again
            raise
        finally:
            self._depth, self._tabs = 0, None

    def __enter__(self) -> Workbook:
        """A command: hold the tenant's lock until it ends (released if the process dies)."""
        with self._errors():
            self._lock_tenant("")
        self._held = True
        return self

    def __exit__(self, *exc: object) -> None:
        if self._held and not self._db.closed:
            with contextlib.suppress(Exception):
                self._db.execute("SELECT pg_advisory_unlock(%s, hashtext(%s))", (TAB_NAMESPACE, self.tenant))
        self._held = False
        self.close()

    def close(self) -> None:
        self._db.close()

    # --- the catalogue: tabs, headers, tables and columns -------------------------------------------
    def _catalogue(self) -> dict[str, list[str]]:
        if self._tabs is not None:
            return self._tabs
        with self._errors():
            rows = self._db.execute("SELECT tab, header FROM sb_tabs WHERE tenant = %s ORDER BY position",
                                    (self.tenant,)).fetchall()
        tabs = {tab: list(header) for tab, header in rows}
        if self._depth:
            self._tabs = tabs
        return tabs

    def tabs(self) -> list[str]:
        return list(self._catalogue())

    def _header(self, tab: str) -> list[str]:
        return list(self._catalogue().get(tab, []))

    def _table_columns(self, table: str) -> set[str]:
        if table not in self._columns:
            rows = self._db.execute("SELECT attname FROM pg_attribute WHERE attrelid = to_regclass(%s) "
                                    "AND attnum > 0 AND NOT attisdropped", (_quote(table),)).fetchall()
            if not rows:
                return set()
            self._columns[table] = {r[0] for r in rows}
        return self._columns[table]

    def _ensure_table(self, tab: str, header: Sequence[str]) -> str:
        """Create the tab's table and any missing column (under the DDL lock); return the table's name."""
        from psycopg import sql

        table = table_name(tab)
        columns = [column_name(h) for h in header]
        if len(set(columns)) != len(columns):
            raise SchemaError(f"tab '{tab}' names a column twice in {list(header)}")
        have = self._table_columns(table)
        if have and set(columns) <= have:
            return table
        self._db.execute("SELECT pg_advisory_xact_lock(%s)", (DDL_LOCK,))
        self._columns.pop(table, None)
        have = self._table_columns(table)
        if not have:
            self._create_table(tab, table)
            have = self._table_columns(table)
        for head, col in zip(header, columns, strict=True):
            if col not in have:
                self._db.execute(sql.SQL("ALTER TABLE {} ADD COLUMN {} {}").format(
                    sql.Identifier(table), sql.Identifier(col), sql.SQL(sql_type(tab, head))))
        self._columns.pop(table, None)
        return table

    def _create_table(self, tab: str, table: str) -> None:
        """The table with SPEC's columns (for a known tab), its tenant and order columns, and an index on the id."""
        from psycopg import sql

        spec = schema.spec_for(tab)
        cols = [sql.SQL("{} {}").format(sql.Identifier(column_name(c)), sql.SQL(sql_type(tab, c)))
                for c in (spec.header if spec else [])]
        self._db.execute(sql.SQL("CREATE TABLE {} (tenant text NOT NULL, _seq bigint GENERATED ALWAYS AS IDENTITY, "
                                 "{}PRIMARY KEY (tenant, _seq))").format(
            sql.Identifier(table), sql.SQL("").join(c + sql.SQL(", ") for c in cols)))
        if spec and spec.key:
            self._db.execute(sql.SQL("CREATE INDEX {} ON {} (tenant, {})").format(
                sql.Identifier(_fit(f"{table}_key", force=len(table) > 50)), sql.Identifier(table),
                sql.SQL(", ").join(sql.Identifier(column_name(k)) for k in spec.key)))

    # --- the Workbook primitives -------------------------------------------------------------------
    def _create_tab(self, tab: str, header: list[str]) -> None:
        with self.batch():
            table = self._ensure_table(tab, header)
            self._db.execute("INSERT INTO sb_tabs (tenant, tab, table_name, header) VALUES (%s, %s, %s, %s)",
                             (self.tenant, tab, table, list(header)))
            self._tabs = None

    def _write_header(self, tab: str, header: list[str]) -> None:
        with self.batch():
            self._ensure_table(tab, header)
            self._db.execute("UPDATE sb_tabs SET header = %s WHERE tenant = %s AND tab = %s",
                             (list(header), self.tenant, tab))
            self._tabs = None

    def _read_values(self, tab: str) -> list[list[Any]]:
        from psycopg import sql

        header = self._header(tab)
        if not header:
            return []
        query = sql.SQL("SELECT {} FROM {} WHERE tenant = %s ORDER BY _seq").format(
            sql.SQL(", ").join(sql.Identifier(column_name(h)) for h in header), sql.Identifier(table_name(tab)))
        with self._errors():
            rows = self._db.execute(query, (self.tenant,)).fetchall()
        return [[from_db(h) for h in header], *([from_db(v) for v in row] for row in rows)]

    def _append_values(self, tab: str, matrix: list[list[Any]]) -> None:
        from psycopg import sql

        header = self._header(tab)
        kinds = [sql_type(tab, h) for h in header]
        copy = sql.SQL("COPY {} (tenant, {}) FROM STDIN").format(
            sql.Identifier(table_name(tab)), sql.SQL(", ").join(sql.Identifier(column_name(h)) for h in header))
        records = [[self.tenant, *(to_db(k, c, f"tab '{tab}' column '{h}'")
                                   for k, c, h in zip(kinds, row, header, strict=False))] for row in matrix]
        with self.batch(), self._db.cursor() as cur, cur.copy(copy) as out:
            for record in records:
                out.write_row(record + [None] * (len(header) + 1 - len(record)))

    def _replace_values(self, tab: str, header: list[str], matrix: list[list[Any]]) -> None:
        from psycopg import sql

        with self.batch():
            self._db.execute(sql.SQL("DELETE FROM {} WHERE tenant = %s").format(sql.Identifier(table_name(tab))),
                             (self.tenant,))
            if matrix:
                self._append_values(tab, matrix)

    # --- every public write is one transaction, even outside a batch ----------------------------------
    def ensure_tab(self, tab: str, header: Sequence[str] | None = None) -> list[str]:
        with self.batch():
            return super().ensure_tab(tab, header)

    def append(self, tab: str, rows: Rows) -> int:
        with self.batch():
            return super().append(tab, rows)

    def replace(self, tab: str, rows: Rows, header: Sequence[str] | None = None) -> int:
        with self.batch():
            return super().replace(tab, rows, header)

    def rebuild(self, tab: str, rows: Rows, *, now: str | None = None) -> int:
        with self.batch():
            return super().rebuild(tab, rows, now=now)

    def drop_tenant(self) -> None:
        """Delete every row and tab of this tenant (tables stay: other tenants use them). Tests and offboarding."""
        from psycopg import sql

        with self.batch():
            for table in {r[0] for r in self._db.execute("SELECT table_name FROM sb_tabs WHERE tenant = %s",
                                                         (self.tenant,)).fetchall()}:
                self._db.execute(sql.SQL("DELETE FROM {} WHERE tenant = %s").format(sql.Identifier(table)),
                                 (self.tenant,))
            self._db.execute("DELETE FROM sb_tabs WHERE tenant = %s", (self.tenant,))
            self._tabs = None

    # --- ids without reading a tab whole (the flusher's checks, on a tenant of millions of rows) -------------------
    def _id_query(self, tab: str, column: str) -> tuple[Any, Any] | None:
        """The table and column of ``tab.column`` as SQL identifiers, or None when the tab has no such column."""
        from psycopg import sql

        if column not in self._header(tab):
            return None
        return sql.Identifier(table_name(tab)), sql.Identifier(column_name(column))

    def ids_present(self, tab: str, column: str, ids: Iterable[str]) -> set[str]:
        """Which of ``ids`` the tab's ``column`` holds: one query on the (tenant, id) index."""
        from psycopg import sql

        names, wanted = self._id_query(tab, column), sorted(set(ids))
        if names is None or not wanted:
            return set()
        query = sql.SQL("SELECT DISTINCT {1} FROM {0} WHERE tenant = %s AND {1} = ANY(%s)").format(*names)
        with self._errors():
            return {r[0] for r in self._db.execute(query, (self.tenant, wanted)).fetchall()}

    def remove_repeats(self, tab: str, column: str, ids: Iterable[str] | None = None) -> int:
        """Delete each row whose non-empty ``column`` repeats an earlier row's (only among ``ids`` when given), so
        each id is in the tab once; returns how many rows went. Outside a batch it is its own transaction."""
        from psycopg import sql

        names = self._id_query(tab, column)
        wanted = None if ids is None else sorted(set(ids))
        if names is None or wanted == []:
            return 0
        among = sql.SQL(" AND {} = ANY(%s)").format(names[1]) if wanted is not None else sql.SQL("")
        query = sql.SQL("DELETE FROM {0} WHERE tenant = %s AND _seq IN (SELECT _seq FROM (SELECT _seq, row_number() "
                        "OVER (PARTITION BY {1} ORDER BY _seq) AS n FROM {0} WHERE tenant = %s AND {1} <> ''{2}) "
                        "AS d WHERE n > 1)").format(*names, among)
        params = (self.tenant, self.tenant, *([wanted] if wanted is not None else []))
        with self.batch():
            return int(self._db.execute(query, params).rowcount)

    @property
    def connection(self) -> Any:
        """The psycopg connection (for rollups and other read-only SQL on this tenant's tables)."""
        return self._db


def _quote(table: str) -> str:
    """A table name as to_regclass() reads it: a quoted identifier in the connection's search path."""
    return '"' + table.replace('"', '""') + '"'


def open_postgres(url: str, tenant: str = DEFAULT_TENANT, lock_timeout: float = 30.0) -> PostgresWorkbook:
    """Open one tenant of a PostgreSQL ``--workbook``."""
    return PostgresWorkbook(url, tenant, lock_timeout=lock_timeout)
