"""What every chat parser returns, and reading export files safely."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import InputError

# Columns of ParsedChat.frame
FRAME_COLUMNS = ["timestamp", "sender", "text", "line", "system", "native_id"]


@dataclass
class ParsedChat:
    """One chat as found in an export, before roles, scrubbing and ids.

    ``frame`` has FRAME_COLUMNS: ``timestamp`` (naive local time for WhatsApp, which records no zone;
    UTC for the formats that do), ``sender`` ("" for system notices), ``text``, ``line`` (where it is
    in the file: a line number, or a message id for JSON), ``system`` (bool) and ``native_id``.
    """

    path: str           # the file it came from, for messages to the owner
    chat_key: str       # stable identity of the chat across exports (hashed before it leaves)
    channel: str        # whatsapp, telegram, instagram, messenger, csv, json
    title: str | None   # the chat's name (usually the contact), or None
    frame: pd.DataFrame
    notes: list[str] = field(default_factory=list)  # e.g. the date order that was detected
    date_order: tuple[str, str] | None = None  # WhatsApp: ("DMY", ".") — the order and the date separator
    # What the parser saw, for the import summary: e.g. {"messages": 120, "system": 3, "placeholders": 14,
    # "unknown": 0} (WhatsApp) — and what the owner should know about this file (an export cut at WhatsApp's limit).
    stats: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def authors(self) -> list[str]:
        people = self.frame.loc[~self.frame["system"], "sender"]
        return list(dict.fromkeys(people[people != ""]))


def empty_frame() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in FRAME_COLUMNS})


def decode(data: bytes, path: str) -> str:
    """Text of an export: UTF-8 (with or without BOM) or UTF-16 with BOM; else a clear error."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"is not readable UTF-16 text (byte {exc.start}); export the chat again",
                             file=path, line=1) from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"is not UTF-8 text (byte {exc.start}); export the chat again, or save the file as "
                         "UTF-8", file=path, line=line) from exc


def load_json(path: Path, data: bytes | None = None) -> Any:
    """Parse a JSON export, naming the line where it breaks (e.g. a truncated download)."""
    text = decode(path.read_bytes() if data is None else data, str(path))
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"is not valid JSON ({exc.msg}); the file may be cut off: export it again",
                         file=str(path), line=exc.lineno) from exc
