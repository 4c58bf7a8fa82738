"""Files that hold clear or pseudonymized personal data stay readable by the owner only: 0600 files, 0700 folders.

SQLite gives a database's ``-wal`` and ``-shm`` files the mode of the database file, so a database created 0600
before its first connection keeps its sidecars 0600 too; older files are tightened when they are opened.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from pathlib import Path
from typing import Any

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
SIDECARS = ("-wal", "-shm", "-journal")
# What sheets-bridge writes in its home (the key, the vault, the journal, the LLM cache and their sidecars).
HOME_FILES = ("privacy.key", "vault.sqlite3", "journal.sqlite3", "llm_cache.sqlite3")


def _posix() -> bool:
    return os.name == "posix"


def tighten(path: Path, mode: int) -> None:
    """Take away every permission beyond ``mode`` (group and others) from an existing file or folder."""
    if not _posix():
        return
    with contextlib.suppress(FileNotFoundError):
        current = stat.S_IMODE(path.stat().st_mode)
        if current & ~mode:
            path.chmod(current & mode)


def private_folder(path: Path, *, tighten_existing: bool = False) -> Path:
    """Create the folder and its missing parents with mode 0700; ``tighten_existing`` also fixes one that exists
    (only for sheets-bridge's own home, never for a folder the owner chose for something else)."""
    path = Path(path)
    missing = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_FOLDER)
    if tighten_existing or missing:
        tighten(path, PRIVATE_FOLDER)
    return path


def private_file(path: Path) -> Path:
    """Create the file empty with mode 0600 if it is missing; tighten it if it exists."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        tighten(path, PRIVATE_FILE)
    return path


def tighten_sqlite(path: Path) -> None:
    """The database and whatever sidecar files it has now, 0600."""
    for name in ("", *SIDECARS):
        tighten(Path(f"{path}{name}"), PRIVATE_FILE)


def connect_private(path: Path, **kwargs: Any) -> sqlite3.Connection:
    """``sqlite3.connect`` to a database whose file (and so its -wal/-shm) only the owner can read."""
    path = Path(path)
    private_folder(path.parent)
    private_file(path)
    tighten_sqlite(path)
    return sqlite3.connect(path, **kwargs)


def secure_home(home: Path) -> Path:
    """sheets-bridge's home folder 0700 and the files it keeps there 0600 (also those an older version left open)."""
    private_folder(home, tighten_existing=True)
    for name in HOME_FILES:
        for suffix in ("", *SIDECARS):
            tighten(home / f"{name}{suffix}", PRIVATE_FILE)
    return home
