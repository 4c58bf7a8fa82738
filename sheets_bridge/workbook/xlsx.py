"""The local .xlsx backend (openpyxl): atomic saves and a file lock.

A save writes a temporary file beside the workbook, fsyncs it and renames it over the old one,
so a crash at any moment leaves either the old or the new workbook, never a broken one.
A lock file (``<name>.xlsx.lock``) keeps two sheets-bridge processes from writing at once;
the operating system releases it if a process dies.
"""

from __future__ import annotations

import contextlib
import os
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import filelock
import openpyxl
from openpyxl.styles import Font
from openpyxl.utils.exceptions import InvalidFileException

from ..errors import InputError, WorkbookError, WorkbookLockedError
from .base import Workbook

EXCEL_MAX_ROWS = 1_048_576


class XlsxWorkbook(Workbook):
    """A workbook kept in a local ``.xlsx`` file."""

    max_cell_chars = 32_767  # Excel's limit per cell

    def __init__(self, path: str | os.PathLike[str], *, lock_timeout: float = 30.0) -> None:
        self.path = Path(path)
        self.location = str(self.path)
        self._lock = filelock.FileLock(str(self.path) + ".lock", timeout=lock_timeout)
        self._wb: openpyxl.Workbook | None = None
        self._signature: tuple[int, int, int] | None = None
        self._depth = 0
        self._dirty = False
        if self.path.exists():
            self._load()

    # --- loading and saving ------------------------------------------------------------------
    def _stat(self) -> tuple[int, int, int] | None:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def _load(self) -> None:
        if not zipfile.is_zipfile(self.path):
            raise InputError("not an .xlsx workbook (it is not a zip file); pass another --workbook",
                             file=str(self.path))
        try:
            self._wb = openpyxl.load_workbook(self.path)
        except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
            raise InputError(f"cannot open as an .xlsx workbook ({exc}); pass another --workbook",
                             file=str(self.path)) from exc
        self._signature = self._stat()

    def _book(self) -> openpyxl.Workbook:
        """The in-memory workbook, reloaded if another process saved the file meanwhile."""
        sig = self._stat()
        if sig is None:
            if self._wb is None or self._signature is not None:
                self._wb, self._signature = None, None
                wb = openpyxl.Workbook()
                wb.remove(wb.active)
                self._wb = wb
        elif sig != self._signature:
            self._load()
        assert self._wb is not None
        return self._wb

    def _office_lock(self) -> Path | None:
        for name in (f"~${self.path.name}", f".~lock.{self.path.name}#"):
            candidate = self.path.with_name(name)
            if candidate.exists():
                return candidate
        return None

    @contextlib.contextmanager
    def _writing(self) -> Iterator[openpyxl.Workbook]:
        if self._depth:
            self._depth += 1
            try:
                yield self._book()
            finally:
                self._depth -= 1
            return
        office = self._office_lock()
        if office is not None:
            raise WorkbookLockedError(
                f"{self.path} is open in Excel or LibreOffice ({office.name} exists); "
                "close it there and run the command again"
            )
        try:
            self._lock.acquire()
        except filelock.Timeout as exc:
            raise WorkbookLockedError(
                f"{self.path} is being written by another sheets-bridge process "
                f"(lock {self._lock.lock_file}); wait for it to finish and try again"
            ) from exc
        self._depth = 1
        try:
            # Under the lock, always start from what is on disk: (mtime, size, inode) can repeat across two
            # quick saves by another process (coarse mtime, reused inode), so it cannot prove nothing changed.
            if self.path.exists():
                self._load()
            wb = self._book()
            yield wb
            if self._dirty:
                self._save(wb)
        except BaseException:
            self._signature = None  # discard unsaved changes: reload from disk next time
            self._wb = None
            raise
        finally:
            self._depth = 0
            self._dirty = False
            self._lock.release()

    def _save(self, wb: openpyxl.Workbook) -> None:
        if not wb.worksheets:
            return
        for stale in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            stale.unlink(missing_ok=True)  # left by a writer that died mid-save; we hold the lock
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "wb") as fh:
                wb.save(fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except PermissionError as exc:
            raise WorkbookLockedError(
                f"cannot replace {self.path} ({exc.strerror}); is it open in another program?"
            ) from exc
        except OSError as exc:
            raise WorkbookError(f"cannot save {self.path}: {exc}") from exc
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        _fsync_dir(self.path.parent)
        self._signature = self._stat()

    @contextlib.contextmanager
    def batch(self) -> Iterator[Workbook]:
        """Hold the lock and save once at the end instead of after every write."""
        with self._writing():
            yield self

    # --- the Workbook primitives -------------------------------------------------------------
    def tabs(self) -> list[str]:
        if self._wb is None and not self.path.exists():
            return []
        return list(self._book().sheetnames)

    def _header(self, tab: str) -> list[str]:
        ws = self._book()[tab]
        if ws.max_row < 1:
            return []
        first = next(ws.iter_rows(min_row=1, max_row=1, values_only=True), ())
        header = ["" if v is None else str(v) for v in first]
        while header and header[-1] == "":
            header.pop()
        return header

    def _create_tab(self, tab: str, header: list[str]) -> None:
        with self._writing() as wb:
            ws = wb.create_sheet(title=tab)
            self._put_header(ws, header)
            self._dirty = True

    def _write_header(self, tab: str, header: list[str]) -> None:
        with self._writing() as wb:
            self._put_header(wb[tab], header)
            self._dirty = True

    @staticmethod
    def _put_header(ws: Any, header: list[str]) -> None:
        bold = Font(bold=True)
        for col, name in enumerate(header, start=1):
            cell = ws.cell(row=1, column=col, value=name)
            cell.font = bold
        ws.freeze_panes = "A2"

    def _read_values(self, tab: str) -> list[list[Any]]:
        ws = self._book()[tab]
        return [[v.replace(CR_ESCAPE, "\r") if isinstance(v, str) and CR_ESCAPE in v else v for v in r]
                for r in ws.iter_rows(values_only=True)]

    def _append_values(self, tab: str, matrix: list[list[Any]]) -> None:
        with self._writing() as wb:
            ws = wb[tab]
            last = _last_used_row(ws)
            if last + len(matrix) > EXCEL_MAX_ROWS:
                raise WorkbookError(
                    f"tab '{tab}' would pass Excel's limit of {EXCEL_MAX_ROWS:,} rows; "
                    "run `sheets-bridge purge` or use a Google Sheets --workbook"
                )
            for offset, row in enumerate(matrix, start=1):
                for col, value in enumerate(row, start=1):
                    _set(ws, last + offset, col, value)
            self._dirty = True

    def _replace_values(self, tab: str, header: list[str], matrix: list[list[Any]]) -> None:
        with self._writing() as wb:
            ws = wb[tab]
            if ws.max_row > 1:
                ws.delete_rows(2, ws.max_row - 1)
            for r, row in enumerate(matrix, start=2):
                for col, value in enumerate(row, start=1):
                    _set(ws, r, col, value)
            self._dirty = True


# XML turns a bare CR into LF when the file is read back; OOXML's escape for it keeps CR (Excel reads it too).
CR_ESCAPE = "_x000D_"


def _set(ws: Any, row: int, col: int, value: Any) -> None:
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str) and "\r" in value:
        value = value.replace("\r", CR_ESCAPE)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # never a formula, whatever the text starts with


def _last_used_row(ws: Any) -> int:
    row = ws.max_row
    while row > 1 and all(c.value in (None, "") for c in ws[row]):
        row -= 1
    return row


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return  # not possible on some platforms (Windows); the rename is still atomic
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
