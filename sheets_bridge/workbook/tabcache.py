"""Tabs of an .xlsx already read, kept as text in the sheets-bridge home, so the next command need not parse the
sheet XML again.

Parsing a tab of 100,000 messages from the sheet XML takes about two seconds; reading it back from here a tenth
of that. Each entry is the tab's columns as the strings :meth:`Workbook.read` starts from, stored as JSON (never
pickle: nothing here can run code), under a key that names the content it came from: the sheet part's CRC-32
and size in the zip directory, and the tab's header. A workbook changed by anything else (Excel, LibreOffice,
another copy of the file) has other parts, so its entries simply stop matching.

One file per workbook and tab (``<home>/cache/tabs/<workbook>/<tab>.json``), replaced whenever that tab is saved
again, so the cache never holds more than one copy of a tab, and never an older one than the workbook: ``purge``
rewrites the tabs it cuts, which replaces their entries too (and it deletes the folder besides).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMAT = 1

Key = tuple[int, int]  # the sheet part's (CRC-32, uncompressed size)
Columns = list[list[str]]


@dataclass(frozen=True)
class TabCache:
    """The folder of cached tabs (``Settings.tab_cache_dir``)."""

    folder: Path

    def _dir(self, workbook: Path) -> Path:
        return self.folder / hashlib.sha256(str(workbook.resolve()).encode("utf-8")).hexdigest()[:20]

    def _file(self, workbook: Path, tab: str) -> Path:
        return self._dir(workbook) / f"{hashlib.sha256(tab.encode('utf-8')).hexdigest()[:20]}.json"

    def get(self, workbook: Path, tab: str, key: Key, header: list[str]) -> Columns | None:
        """The tab's columns if the entry was made from this very content, else None."""
        try:
            with open(self._file(workbook, tab), encoding="utf-8") as fh:
                head = json.loads(fh.readline())
                if head != _head(tab, key, header):
                    return None
                columns = json.loads(fh.read())
        except (OSError, ValueError):
            return None  # no entry, or one cut short: read the sheet instead
        if not isinstance(columns, list) or len(columns) != len(header):
            return None
        return columns

    def put(self, workbook: Path, tab: str, key: Key, header: list[str], columns: Columns) -> None:
        """Store the columns read (or written) for this content; a failure to write only costs speed."""
        path = self._file(workbook, tab)
        tmp = self._write(path, "", json.dumps(_head(tab, key, header), ensure_ascii=False), columns)
        if tmp is None:
            return
        try:
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()

    def prepare(self, workbook: Path, tab: str, header: list[str], columns: Columns) -> Path | None:
        """An entry written before its key is known (the sheet part is still being written): the columns, behind a
        first line of spaces wide enough for any key's head. :meth:`commit` fills the head in and puts it in place;
        None when it could not be written."""
        path = self._file(workbook, tab)
        with contextlib.suppress(OSError):
            for stale in path.parent.glob(f".{path.name}.*.prepared.tmp"):  # left by a save that died (we hold
                stale.unlink(missing_ok=True)                                 # the workbook's lock)
        return self._write(path, ".prepared", " " * _head_width(tab, header), columns)

    @staticmethod
    def _write(path: Path, kind: str, head: str, columns: Columns) -> Path | None:
        """A temporary file beside ``path`` holding the head line and the columns, readable by the owner only (the
        workbook's data); None when it could not be written."""
        tmp = path.with_name(f".{path.name}.{os.getpid()}{kind}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with open(fd, "w", encoding="utf-8") as fh:
                fh.write(head + "\n")
                fh.write(json.dumps(columns, ensure_ascii=False, separators=(",", ":")))
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()
            return None
        return tmp

    def commit(self, workbook: Path, tab: str, prepared: Path, key: Key, header: list[str]) -> None:
        """An entry :meth:`prepare` wrote, with its head, put in place (a failure only costs speed)."""
        head = json.dumps(_head(tab, key, header), ensure_ascii=False).encode("utf-8")
        try:
            fd = os.open(prepared, os.O_WRONLY)
            try:
                if len(head) > _head_width(tab, header):
                    raise OSError("the head does not fit")  # (cannot happen: the width fits the widest key)
                os.pwrite(fd, head, 0)  # the rest of the first line stays spaces, which JSON reads past
            finally:
                os.close(fd)
            os.replace(prepared, self._file(workbook, tab))
        except OSError:
            with contextlib.suppress(OSError):
                prepared.unlink()

    def drop(self, workbook: Path, tab: str) -> None:
        with contextlib.suppress(OSError):
            self._file(workbook, tab).unlink()

    def clear(self, workbook: Path) -> None:
        """Every entry of one workbook (``purge``)."""
        shutil.rmtree(self._dir(workbook), ignore_errors=True)


def _head(tab: str, key: Key, header: list[str]) -> dict[str, Any]:
    return {"format": FORMAT, "tab": tab, "crc": key[0], "size": key[1], "header": header}


def _head_width(tab: str, header: list[str]) -> int:
    """The bytes of the widest head a tab's entry can have (a CRC-32 and a zip size at their largest)."""
    return len(json.dumps(_head(tab, (0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF), header), ensure_ascii=False).encode("utf-8"))
