"""The local .xlsx backend: atomic saves, a file lock, and writes that cost what changed.

A save writes a temporary file beside the workbook, fsyncs it and renames it over the old one, so a crash at
any moment leaves either the old or the new workbook, never a broken one. A lock file (``<name>.xlsx.lock``)
keeps two sheets-bridge processes from writing at once; the operating system releases it if a process dies.

Reads go through python-calamine; writes through :mod:`.ooxml`: an append adds its rows' XML to the end of the
sheet, a replaced tab is written anew, every other sheet is copied as it is. Values round-trip exactly (text,
numbers, carriage returns); formatting an owner adds in Excel is not kept (the values are).
"""

from __future__ import annotations

import contextlib
import os
import sys
import uuid
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import filelock
import pandas as pd

from .. import parallel
from ..errors import InputError, WorkbookError, WorkbookLockedError
from . import ooxml
from .base import Workbook
from .tabcache import Key, TabCache

EXCEL_MAX_ROWS = 1_048_576
AHEAD_CELLS = 200_000  # a save changing fewer cells makes the cache's text itself: the fork would cost more


@dataclass
class _Tab:
    header: list[str]
    rows: int                              # data rows on disk (before pending changes)
    part: str | None                       # its sheet part in the file on disk, if any
    values: list[list[Any]] | None = None  # every data row, once read (with pending changes applied)
    appended: list[list[Any]] = field(default_factory=list)  # rows to add at the end (when not rewritten)
    rewrite: bool = False                  # the tab is written anew on save


class XlsxWorkbook(Workbook):
    """A workbook kept in a local ``.xlsx`` file."""

    max_cell_chars = 32_767  # Excel's limit per cell

    def __init__(self, path: str | os.PathLike[str], *, lock_timeout: float = 30.0,
                 cache: TabCache | None = None) -> None:
        """``cache``: where tabs read (and written) are kept as text, so the next process reads them back
        without parsing the sheet XML (:mod:`.tabcache`; ``Settings.open_workbook`` passes the home's)."""
        self.path = Path(path)
        self.cache = cache
        self._parts: dict[str, tuple[int, int]] = {}  # sheet part → (CRC-32, size) on disk, this generation
        # tab → its text as on disk (None: in the cache under that key, written there by a forked copy)
        self._known: dict[str, tuple[Key, list[str], list[list[str]] | None]] = {}
        self.location = str(self.path)
        self._lock = filelock.FileLock(str(self.path) + ".lock", timeout=lock_timeout)
        self._tabs: dict[str, _Tab] = {}
        self._generation: str | None = None  # the save the in-memory state came from
        self._first_columns: tuple[str | None, dict[str, list[str]]] = (None, {})  # (generation, tab → column A)
        self._ours = True                    # the file on disk was written by this module
        self._formats: list[str] = []
        self._signature: tuple[int, int, int] | None = None  # of a file not written here (Excel saved it)
        self._depth = 0
        self._dirty = False
        if self.path.exists():
            self._load()

    # --- loading ------------------------------------------------------------------------------
    def _open_zip(self) -> zipfile.ZipFile:
        if not zipfile.is_zipfile(self.path):
            raise InputError("not an .xlsx workbook (it is not a zip file); pass another --workbook",
                             file=str(self.path))
        try:
            return zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise InputError(f"cannot open as an .xlsx workbook ({exc}); pass another --workbook",
                             file=str(self.path)) from exc

    def _load(self) -> None:
        """The tabs on disk: from the manifest in the zip comment, or (a file Excel saved) by reading it."""
        with self._open_zip() as zf:
            meta = ooxml.read_manifest(zf)
            if meta is not None:
                if self._generation == meta["generation"] and self._ours:
                    return  # nothing changed on disk since we last read or wrote it
                self._parts = {i.filename: (i.CRC, i.file_size) for i in zf.infolist()}
        if meta is not None:
            self._tabs = {name: _Tab(list(t["header"]), int(t["rows"]), t["part"]) for name, t in meta["tabs"].items()}
            self._formats = list(meta.get("formats", []))
            self._generation, self._ours = meta["generation"], True
            return
        signature = _stat(self.path)
        if not self._ours and self._signature == signature and self._tabs:
            return
        self._tabs, self._ours, self._generation, self._formats = {}, False, None, []
        for name, grid in self._calamine_all().items():
            header = ["" if v is None else str(v) for v in (grid[0] if grid else [])]
            while header and header[-1] == "":
                header.pop()
            body = [list(r) for r in grid[1:]]
            self._tabs[name] = _Tab(header, len(body), None, values=body, rewrite=True)
        self._signature = signature

    def _calamine_all(self) -> dict[str, list[list[Any]]]:
        from python_calamine import CalamineWorkbook

        try:
            book = CalamineWorkbook.from_path(str(self.path))
            return {name: book.get_sheet_by_name(name).to_python(skip_empty_area=False)
                    for name in book.sheet_names}
        except Exception as exc:  # noqa: BLE001 - calamine raises its own error types for broken files
            raise InputError(f"cannot open as an .xlsx workbook ({exc}); pass another --workbook",
                             file=str(self.path)) from exc

    def _values(self, name: str) -> list[list[Any]]:
        """Every data row of a tab (read once per save generation)."""
        tab = self._tabs[name]
        if tab.values is None:
            rows: list[list[Any]] = []
            if tab.part is not None and tab.rows:
                from python_calamine import CalamineWorkbook

                sheet = CalamineWorkbook.from_path(str(self.path)).get_sheet_by_name(name)
                rows = [list(r) for r in sheet.to_python(skip_empty_area=False)[1:tab.rows + 1]]
            tab.values = rows + tab.appended
        return tab.values

    def _fresh(self) -> None:
        """Make sure the in-memory tabs are what is on disk (another process may have saved)."""
        if self.path.exists():
            self._load()
        elif self._generation is not None or not self._ours:
            self._tabs, self._generation, self._ours = {}, None, True

    # --- writing ------------------------------------------------------------------------------
    def _office_lock(self) -> Path | None:
        for name in (f"~${self.path.name}", f".~lock.{self.path.name}#"):
            candidate = self.path.with_name(name)
            if candidate.exists():
                return candidate
        return None

    @contextlib.contextmanager
    def _writing(self) -> Iterator[None]:
        if self._depth:
            with self._joined():
                yield
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
            self._fresh()  # under the lock, start from what is on disk (the save generation tells)
            yield
            if self._dirty:
                self._save()
        except BaseException:
            self._tabs, self._generation = {}, None  # discard unsaved changes: reload from disk next time
            raise
        finally:
            self._depth = 0
            self._dirty = False
            self._lock.release()

    @contextlib.contextmanager
    def batch(self) -> Iterator[Workbook]:
        """Hold the lock and save once at the end instead of after every write."""
        with self._writing():
            yield self

    def _save(self) -> None:
        if not self._tabs:
            return
        for stale in self.path.parent.glob(f".{self.path.name}.*.tmp"):
            stale.unlink(missing_ok=True)  # left by a writer that died mid-save; we hold the lock
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        styles = ooxml.Styles(list(self._formats))
        generation = uuid.uuid4().hex
        texts = self._texts_ahead()  # the tabs' text for the cache, made by a forked copy while the sheets are written
        try:
            old = zipfile.ZipFile(self.path) if self.path.exists() and self._ours else None
            try:
                manifest, parts = self._write_package(tmp, old, styles, generation)
            finally:
                if old is not None:
                    old.close()
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
            if sys.exc_info()[0] is not None and texts is not None:  # the save failed: its texts are not wanted
                texts.cancel()
                texts = None
        _fsync_dir(self.path.parent)
        self._remember_saved(parts, texts.result() if texts is not None else None)
        seen, columns = self._first_columns
        if seen == self._generation and seen is not None:  # what we read stays true: add what we appended
            from .cells import from_cell

            columns = {name: [*values, *(from_cell(r[0]) if r else "" for r in self._tabs[name].appended)]
                       for name, values in columns.items() if name in self._tabs and not self._tabs[name].rewrite}
        else:
            columns = {}
        for name, tab in self._tabs.items():
            tab.rows, tab.part = manifest[name]["rows"], parts[name][0]
            tab.appended, tab.rewrite = [], False
            if tab.values is not None and len(tab.values) != tab.rows:
                tab.values = None
        self._generation, self._ours, self._formats = generation, True, styles.formats
        self._first_columns = (generation, columns)

    def revision(self) -> str:
        """The file's modification time and size."""
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return ""
        return f"{st.st_mtime_ns}:{st.st_size}"

    def drop_caches(self) -> None:
        self._known = {}
        if self.cache is not None:
            self.cache.clear(self.path)

    def _changed(self, name: str) -> bool:
        tab = self._tabs[name]
        return bool(tab.rewrite or tab.appended or not self._ours or tab.part is None)

    def _saved_text(self, name: str) -> list[list[str]] | None:
        """The text (columns) a tab the save changes will have on disk, where it follows from what was read and
        written: a tab written whole, or rows added to a tab whose text is known; else None."""
        from .cells import string_columns

        tab = self._tabs[name]
        if tab.rewrite or not self._ours or tab.part is None:
            return None if tab.values is None else \
                string_columns([list(tab.header), *tab.values], numbers_as_read=True)[1]
        known = self._known_text(name)
        if known is None or known[1] != tab.header or known[2] is None:
            return None
        more = string_columns([list(tab.header), *tab.appended], numbers_as_read=True)[1]
        return [[*old, *new] for old, new in zip(known[2], more, strict=True)]

    def _texts_ahead(self) -> parallel.Ahead[dict[str, Path | None]] | None:
        """For a save that writes many cells: the changed tabs' texts made and written to the cache (without their
        keys, which the save is about to make) by a forked copy of this process, while this one writes the sheets."""
        if self.cache is None or parallel.workers() < 2:
            return None
        changed = [name for name in self._tabs if self._changed(name)]
        cells = sum(len(self._tabs[n].values or self._tabs[n].appended) * len(self._tabs[n].header) for n in changed)
        if cells < AHEAD_CELLS:
            return None
        cache = self.cache

        def texts() -> dict[str, Path | None]:
            out: dict[str, Path | None] = {}
            for name in changed:
                columns = self._saved_text(name)
                out[name] = None if columns is None else \
                    cache.prepare(self.path, name, list(self._tabs[name].header), columns)
            return out

        return parallel.ahead(texts)

    def _known_text(self, name: str) -> tuple[Key, list[str], list[list[str]] | None] | None:
        """What is known of a tab's text as on disk; text a forked copy put in the cache is read back from there."""
        known = self._known.get(name)
        if known is not None and known[2] is None:
            columns = self.cache.get(self.path, name, known[0], known[1]) if self.cache is not None else None
            known = None if columns is None else (known[0], known[1], columns)
            if known is None:
                self._known.pop(name, None)
            else:
                self._known[name] = known
        return known

    def _remember_saved(self, parts: dict[str, tuple[str, tuple[int, int]]],
                        prepared: dict[str, Path | None] | None = None) -> None:
        """After a save: the text of each tab written (:meth:`_saved_text`), kept for the next read and in the
        cache, or put in place there when a forked copy made it (``prepared``); an entry that no longer holds is
        dropped."""
        if self.cache is None:  # nothing is kept: reads go to the sheet
            self._parts = {part: found for part, found in parts.values()}
            return
        changed = {name: self._changed(name) for name in self._tabs}
        texts = {name: self._saved_text(name) for name, yes in changed.items()
                 if yes and (prepared is None or name not in prepared)}  # (before the new keys are taken)
        self._parts = {part: found for part, found in parts.values()}
        for name, tab in self._tabs.items():
            key = parts[name][1]
            known = self._known.get(name)
            if not changed[name]:
                if known is not None and known[1] == tab.header:
                    self._known[name] = (key, known[1], known[2])  # copied as it was
                continue
            if prepared is not None and name in prepared:
                made = prepared[name]
                if made is not None:
                    self.cache.commit(self.path, name, made, key, list(tab.header))
                    self._known[name] = (key, list(tab.header), None)  # read back from the cache when needed
                    continue
                columns = None
            else:
                columns = texts[name]
            if columns is None:
                self._known.pop(name, None)
                self.cache.drop(self.path, name)
                continue
            self._known[name] = (key, list(tab.header), columns)
            self.cache.put(self.path, name, key, list(tab.header), columns)

    def _write_package(self, tmp: Path, old: zipfile.ZipFile | None, styles: ooxml.Styles, generation: str
                       ) -> tuple[dict[str, dict[str, Any]], dict[str, tuple[str, tuple[int, int]]]]:
        """Write the package; returns the manifest and, per tab, its part and the part's (CRC-32, size)."""
        names = list(self._tabs)
        parts = {name: f"xl/worksheets/sheet{i + 1}.xml" for i, name in enumerate(names)}
        manifest: dict[str, dict[str, Any]] = {}
        written: dict[str, tuple[str, tuple[int, int]]] = {}
        with open(tmp, "wb") as fh:
            with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
                for name in names:
                    tab = self._tabs[name]
                    column_styles = [styles.index(_number_format(name, c)) for c in tab.header]
                    rows = tab.rows + len(tab.appended)
                    if tab.rewrite or old is None or tab.part is None:
                        with zf.open(parts[name], "w") as out:  # streamed: a big tab is never whole in memory
                            values = self._values(name)
                            ooxml.write_sheet(out, tab.header, values, column_styles)
                            rows = len(values)
                    elif tab.appended or not ooxml.copy_compressed(old, tab.part, zf, parts[name]):  # unchanged: as is
                        with zf.open(parts[name], "w") as out:
                            ooxml.copy_with_rows(old, tab.part, out, tab.appended, tab.rows + 2, column_styles)
                    manifest[name] = {"part": parts[name], "header": tab.header, "rows": rows}
                    info = zf.getinfo(parts[name])
                    written[name] = (parts[name], (info.CRC, info.file_size))
                for part, text in ooxml.package_parts(names, [parts[n] for n in names], styles).items():
                    zf.writestr(part, text)
                zf.comment = ooxml.manifest_comment(generation, styles.formats, manifest)
            fh.flush()
            os.fsync(fh.fileno())
        return manifest, written

    # --- the Workbook primitives -------------------------------------------------------------
    def tabs(self) -> list[str]:
        if not self._depth:
            self._fresh()
        return list(self._tabs)

    def _header(self, tab: str) -> list[str]:
        return list(self._tabs[tab].header)

    def _create_tab(self, tab: str, header: list[str]) -> None:
        with self._writing():
            if len(tab) > 31 or any(ch in tab for ch in "[]:*?/\\"):
                raise WorkbookError(f"{tab!r} cannot be an Excel tab name (31 characters, none of []:*?/\\)")
            self._tabs[tab] = _Tab(list(header), 0, None, values=[], rewrite=True)
            self._dirty = True

    def _write_header(self, tab: str, header: list[str]) -> None:
        with self._writing():
            state = self._tabs[tab]
            self._values(tab)
            state.header, state.rewrite = list(header), True
            self._dirty = True

    def _read_values(self, tab: str) -> list[list[Any]]:
        if not self._depth:
            self._fresh()
        state = self._tabs[tab]
        return [list(state.header), *self._values(tab)]

    def _disk_key(self, tab: str) -> Key | None:
        """What names the tab's content on disk, when the tab has no pending change (else None)."""
        state = self._tabs.get(tab)
        if state is None or not self._ours or state.part is None or state.rewrite or state.appended:
            return None
        return self._parts.get(state.part)

    def _read_frame(self, tab: str) -> pd.DataFrame:
        from .cells import columns_to_frame, string_columns

        key = self._disk_key(tab)  # (read() has just looked at the file: tabs())
        header = list(self._tabs[tab].header)
        if key is None or self.cache is None:
            return super()._read_frame(tab)
        known = self._known_text(tab)
        if known is None or known[0] != key or known[1] != header or known[2] is None:
            columns = self.cache.get(self.path, tab, key, header)
            if columns is None:
                header, columns = string_columns(self._read_values(tab))
                self.cache.put(self.path, tab, key, header, columns)
            known = self._known[tab] = (key, header, columns)
        assert known[2] is not None
        return columns_to_frame(known[1], known[2])

    def read_column(self, tab: str, column: str) -> list[str]:
        """A tab's column; the first column of a tab this module saved is read straight from its XML."""
        if not self._depth:
            self._fresh()
        state = self._tabs.get(tab)
        if state is None or column not in state.header:
            return []
        if state.values is not None or state.part is None or state.header.index(column) != 0 or not self._ours:
            return super().read_column(tab, column)
        from .cells import from_cell

        seen, columns = self._first_columns
        values = columns.get(tab) if seen == self._generation else None
        if values is None:  # read once per save of the file; our own saves extend it (see _save)
            with self._open_zip() as zf:
                values = ooxml.first_column(zf, state.part)
            if len(values) != state.rows:  # not laid out as this module writes: read it the general way
                return super().read_column(tab, column)
            self._first_columns = (self._generation, {**(columns if seen == self._generation else {}), tab: values})
        return values + [from_cell(row[0]) if row else "" for row in state.appended]

    def _append_values(self, tab: str, matrix: list[list[Any]]) -> None:
        with self._writing():
            state = self._tabs[tab]
            total = state.rows + len(state.appended) + len(matrix) + 1
            if state.values is not None:
                total = len(state.values) + len(matrix) + 1
            if total > EXCEL_MAX_ROWS:
                raise WorkbookError(
                    f"tab '{tab}' would pass Excel's limit of {EXCEL_MAX_ROWS:,} rows; "
                    "run `sheets-bridge purge` or use a Google Sheets --workbook"
                )
            if state.values is not None:
                state.values.extend(matrix)
            if not state.rewrite:
                state.appended.extend(matrix)
            self._dirty = True

    def _replace_values(self, tab: str, header: list[str], matrix: list[list[Any]]) -> None:
        with self._writing():
            state = self._tabs[tab]
            state.header, state.values, state.appended, state.rewrite = list(header), list(matrix), [], True
            self._dirty = True


def _stat(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def _number_format(tab: str, column: str) -> str | None:
    try:
        from .formats import number_format
    except ImportError:  # pragma: no cover
        return None
    return number_format(tab, column)


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
