"""The local record of what ``export bitrix`` already wrote, so a weekly import does not repeat old leads.

A small SQLite file in the sheets-bridge home (``HOME/bitrix_exported.sqlite3``, mode 0600): one row per
exported ORIGIN_ID (conversation or event id) and kind (``leads`` or ``deals``), with when and to which file.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS exported (
    kind TEXT NOT NULL,
    origin_id TEXT NOT NULL,
    exported_at TEXT NOT NULL,
    file TEXT NOT NULL,
    PRIMARY KEY (kind, origin_id)
);
"""
FILE_NAME = "bitrix_exported.sqlite3"


class ExportRecord:
    """Which ORIGIN_IDs were exported before, per kind."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not self.path.exists():
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        self.path.chmod(0o600)
        self._db = sqlite3.connect(self.path, timeout=30)
        self._db.executescript(SCHEMA)

    @classmethod
    def in_home(cls, home: Path) -> ExportRecord:
        """The record in a sheets-bridge home folder."""
        return cls(Path(home) / FILE_NAME)

    def has(self, kind: str, origin_id: str) -> bool:
        row = self._db.execute("SELECT 1 FROM exported WHERE kind = ? AND origin_id = ?", (kind, origin_id))
        return row.fetchone() is not None

    def add(self, kind: str, origin_ids: list[str], file: str) -> None:
        """Remember these ORIGIN_IDs as exported now (to ``file``)."""
        when = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO exported(kind, origin_id, exported_at, file) "
                                 "VALUES (?, ?, ?, ?)", [(kind, o, when, file) for o in origin_ids])

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ExportRecord:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
