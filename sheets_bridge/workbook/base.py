"""The Workbook interface: a spreadsheet made of tabs, each a header row and records below it."""

from __future__ import annotations

import contextlib
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from typing import Any, TypeAlias

import pandas as pd

from ..errors import SchemaError
from . import schema

Rows: TypeAlias = "pd.DataFrame | Sequence[Sequence[Any]] | Sequence[dict[str, Any]]"


class Workbook(ABC):
    """A spreadsheet with tabs. Backends: :class:`XlsxWorkbook`, :class:`GoogleSheetsWorkbook`.

    The contract every backend keeps (tests/test_workbook_contract.py runs it on each):

    - Outside a batch, every write is committed when the call returns (saved to disk, or accepted by Google).
    - ``replace(tab, rows)`` leaves the tab holding exactly these rows, or (on failure) its old rows: never a mix.
    - ``rebuild(tab, rows)`` is ``replace`` that keeps the owner's cells by row id (SPEC §3).
    - ``with wb.batch():`` commits all its writes together or none of them (.xlsx: one save under the file
      lock; Google Sheets: one ``batchUpdate``, or several in order when it exceeds one request's size), and
      no other sheets-bridge writer on this machine writes the workbook meanwhile, so a read-then-append inside
      a batch cannot double rows. A read inside a batch sees the batch's own writes.
    - An append is never repeated blindly after a lost answer: the backend checks what arrived first.

    Known tabs (SPEC §3) are created with their header on first write.
    """

    #: longest text a cell may hold in this backend
    max_cell_chars: int = 32_767
    location: str = ""

    # --- the interface -------------------------------------------------------------------
    @abstractmethod
    def tabs(self) -> list[str]:
        """Names of the tabs, in order."""

    @abstractmethod
    def _header(self, tab: str) -> list[str]:
        """The tab's current header row (empty list when the tab has none)."""

    @abstractmethod
    def _create_tab(self, tab: str, header: list[str]) -> None: ...

    @abstractmethod
    def _write_header(self, tab: str, header: list[str]) -> None: ...

    @abstractmethod
    def _read_values(self, tab: str) -> list[list[Any]]:
        """All stored rows of the tab, header first."""

    @abstractmethod
    def _append_values(self, tab: str, matrix: list[list[Any]]) -> None: ...

    @abstractmethod
    def _replace_values(self, tab: str, header: list[str], matrix: list[list[Any]]) -> None: ...

    # --- shared behaviour ------------------------------------------------------------------
    @contextlib.contextmanager
    def batch(self) -> Iterator[Workbook]:
        """Commit the writes inside together (see the class docstring). A batch opened inside another is part of
        the outer one; the outermost does what the backend's :meth:`_outermost_batch` does."""
        if self._depth:
            with self._joined():
                yield self
            return
        with self._outermost_batch():
            yield self

    def _outermost_batch(self) -> contextlib.AbstractContextManager[object]:
        """Around the outermost batch: a lock, a transaction, one request (backends override it); nothing here."""
        return contextlib.nullcontext()

    _depth = 0  # how many batches are open (for backends whose batch holds a lock or a transaction)

    @contextlib.contextmanager
    def _joined(self) -> Iterator[None]:
        """A batch opened inside another: part of the outer one, which alone locks, commits or saves."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1

    def ensure_tab(self, tab: str, header: Sequence[str] | None = None) -> list[str]:
        """Create the tab with its header row if missing; return the header in force.

        An existing tab whose header is a prefix of the expected one gets the new columns added
        on the right (a schema migration); any other difference is a :class:`SchemaError`.
        """
        wanted = list(header) if header is not None else schema.header_for(tab)
        if wanted is None:
            raise SchemaError(f"tab '{tab}' is not a sheets-bridge tab; pass its header explicitly")
        if tab not in self.tabs():
            self._create_tab(tab, wanted)
            return wanted
        current = self._header(tab)
        if current == wanted:
            return wanted
        if not current or wanted[: len(current)] == current:
            self._write_header(tab, wanted)
            return wanted
        if current[: len(wanted)] == wanted:
            return current  # the owner added columns on the right: keep them
        raise SchemaError(
            f"tab '{tab}' in {self.location} has header {current}, expected {wanted}; "
            "rename the tab to keep your data and run the command again"
        )

    def prefetch(self, tabs: Sequence[str]) -> None:
        """Say which tabs the caller is about to read whole, so that a backend reading over the network can fetch
        them in one call instead of one each (Google Sheets: one ``values:batchGet``). The reads return the same
        with or without it; a write to a tab in between is seen. Nothing to do here."""

    def read(self, tab: str) -> pd.DataFrame:
        """The tab as a DataFrame: one column per header cell, typed per SPEC for known tabs."""
        if tab not in self.tabs():
            header = schema.header_for(tab) or []
            return schema.coerce(tab, pd.DataFrame(columns=header, dtype=object))
        return schema.coerce(tab, self._read_frame(tab))

    def _read_frame(self, tab: str) -> pd.DataFrame:
        """A tab that exists, as stored: a DataFrame of strings."""
        from .cells import matrix_to_frame

        return matrix_to_frame(self._read_values(tab))

    def read_column(self, tab: str, column: str) -> list[str]:
        """One column of a tab as text, top to bottom ([] when the tab or the column does not exist).

        Cheaper than :meth:`read` on backends that can fetch one column (an id check before an append). Empty cells
        at the very bottom may be left out (Google Sheets does not send them)."""
        if tab not in self.tabs():
            return []
        from .cells import from_cell

        values = self._read_values(tab)
        if not values or column not in [str(v) for v in values[0]]:
            return []
        j = [str(v) for v in values[0]].index(column)
        return [from_cell(row[j]) if j < len(row) else "" for row in values[1:]]

    def append(self, tab: str, rows: Rows) -> int:
        """Add rows below the existing ones; returns how many were added."""
        from .cells import rows_to_matrix

        header = self.ensure_tab(tab) if tab not in self.tabs() else self._header(tab)
        matrix = rows_to_matrix(header, rows, self.max_cell_chars, tab)
        if matrix:
            self._append_values(tab, matrix)
        return len(matrix)

    def replace(self, tab: str, rows: Rows, header: Sequence[str] | None = None) -> int:
        """Make the tab hold exactly these rows (under its header); returns the row count."""
        from .cells import rows_to_matrix

        if header is None and schema.header_for(tab) is None and tab in self.tabs():
            head = self._header(tab)
        else:
            head = self.ensure_tab(tab, header)
        matrix = rows_to_matrix(head, rows, self.max_cell_chars, tab)
        self._replace_values(tab, head, matrix)
        return len(matrix)

    def rebuild(self, tab: str, rows: Rows, *, now: str | None = None) -> int:
        """Replace a tab sheets-bridge computes, keeping every cell the owner filled (SPEC §3).

        Owner columns (``audit.reviewer_verdict``…) and any column the owner added on the right are carried
        over by the row's id. A row the owner filled that the new rows no longer hold stays (tabs marked
        ``keep_owned_rows``, e.g. ``audit``) or its cells go to the ``owner_archive`` tab: nothing is lost.
        """
        spec = schema.spec_for(tab)
        made = _made_columns(spec, rows)
        if spec is None or not spec.key or tab not in self.tabs():
            if made and spec is not None:
                self.ensure_tab(tab, [*spec.header, *made])
            return self.replace(tab, rows)
        head = self.ensure_tab(tab)
        old = None
        if any(c not in head for c in made):  # a new setting-made column (kpi's frt_within_10m): add it on the right
            old = self.read(tab)
            head = [*head, *(c for c in made if c not in head)]
            self._write_header(tab, head)
        carry = [*spec.owner, *(c for c in head if c not in spec.header and not spec.is_more(c))]
        if not carry:
            return self.replace(tab, rows)
        from .cells import rows_to_frame

        new = rows_to_frame([*spec.header, *made], rows, tab)
        old = self.read(tab) if old is None else old
        if old.empty:
            return self.replace(tab, new)
        filled = old[carry].astype(str).replace({"<NA>": "", "nan": ""}).ne("").any(axis=1)
        owned = old[filled]
        if owned.empty:
            return self.replace(tab, new)
        key = list(spec.key)
        new_keys, old_keys = _row_keys(new, key), _row_keys(owned, key)
        by_key = owned.assign(_k=old_keys.to_numpy()).drop_duplicates("_k", keep="last").set_index("_k")
        out = new.reindex(columns=head).astype(object)
        hit = new_keys.isin(by_key.index).to_numpy()
        for col in carry:
            values = new_keys[hit].map(by_key[col]).astype(object)
            current = out.loc[hit, col]
            empty = current.isna() | current.astype(str).eq("")
            out.loc[hit, col] = current.where(~empty, values).to_numpy()
        orphans = owned[~old_keys.isin(set(new_keys)).to_numpy()]
        if len(orphans):
            if spec.keep_owned_rows:
                out = pd.concat([out, orphans.reindex(columns=head).astype(object)], ignore_index=True)
            else:
                self._archive(tab, orphans, key, carry, now)
        return self.replace(tab, out)

    def _archive(self, tab: str, rows: pd.DataFrame, key: list[str], columns: list[str], now: str | None) -> None:
        import datetime as dt

        stamp = now or dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        cells = [{"archived_at": stamp, "tab": tab, "row_id": "|".join(str(r[k]) for k in key), "column": col,
                  "value": str(r[col])} for _, r in rows.iterrows() for col in columns
                 if str(r[col]) not in ("", "<NA>", "nan")]
        if cells:
            self.append("owner_archive", cells)

    def init_tabs(self, names: Sequence[str] | None = None) -> list[str]:
        """Create every missing SPEC tab with its header; returns the tabs that were created."""
        created = []
        with self.batch():
            for name in names or schema.TAB_NAMES:
                if name not in self.tabs():
                    created.append(name)
                self.ensure_tab(name)
                if name == "legend":  # ours: rewritten whole, so it always describes this version's columns
                    self.replace("legend", schema.legend_rows())
        return created

    def close(self) -> None:
        """Release anything held open."""

    def revision(self) -> str:
        """A mark that changes with every write to the workbook, read without reading any tab (``''``: this
        backend has none; read the content to tell)."""
        return ""

    def drop_caches(self) -> None:
        """Delete every copy of the tabs this backend keeps beside the workbook (``purge``); none by default."""

    def __enter__(self) -> Workbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _made_columns(spec: schema.Tab | None, rows: Rows) -> list[str]:
    """The setting-made columns (``Tab.more``: kpi's frt_within_10m…) that these rows carry."""
    if spec is None or not spec.more:
        return []
    if isinstance(rows, pd.DataFrame):
        names: list[str] = [str(c) for c in rows.columns]
    else:
        first = next(iter(rows), None)
        names = list(first) if isinstance(first, dict) else []
    return [c for c in names if spec.is_more(c)]


def _row_keys(frame: pd.DataFrame, key: list[str]) -> pd.Series:
    """Each row's id as one string (several key columns joined), a Series also for an empty frame."""
    if frame.empty:
        return pd.Series([], index=frame.index, dtype=object)
    return frame[key].astype(str).agg("\x1f".join, axis=1)
