"""What every chat parser returns, and reading export files safely."""

from __future__ import annotations

import json
import lzma
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import InputError

# Columns of ParsedChat.data
FRAME_COLUMNS = ["timestamp", "sender", "text", "line", "system", "native_id"]
# Limits that keep a hostile or broken file from eating the machine; real exports stay far below them.
MAX_UNZIPPED_BYTES = 512 << 20  # a chat .txt inside a .zip (WhatsApp's own exports are a few MB)
MAX_ZIP_RATIO = 200             # unpacked / packed; chat text packs about 3–10 times, a zip bomb thousands
RATIO_FROM_BYTES = 16 << 20     # small files may pack as well as they like
MAX_JSON_BYTES = 512 << 20
MAX_JSON_DEPTH = 64             # Telegram and Instagram exports nest about 6 levels
_ZIP_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)


@dataclass
class ParsedChat:
    """One chat as found in an export, before roles, scrubbing and ids.

    ``data`` has FRAME_COLUMNS: ``timestamp`` (naive local time for WhatsApp, which records no zone;
    UTC for the formats that do), ``sender`` ("" for system notices), ``text``, ``line`` (where it is
    in the file: a line number, or a message id for JSON), ``system`` (bool) and ``native_id`` — and ``role`` for a
    table that maps its own roles. A DataFrame, or (the WhatsApp parser: thousands of small chats, where building a
    DataFrame for each cost as much as parsing it) equal-length columns, read through :meth:`column`; ``frame`` is
    the DataFrame either way, built when first asked for.
    """

    path: str           # the file it came from, for messages to the owner
    chat_key: str       # stable identity of the chat across exports (hashed before it leaves)
    channel: str        # whatsapp, telegram, instagram, messenger, csv, json
    title: str | None   # the chat's name (usually the contact), or None
    data: pd.DataFrame | dict[str, Any]
    notes: list[str] = field(default_factory=list)  # e.g. the date order that was detected
    date_order: tuple[str, str] | None = None  # WhatsApp: ("DMY", ".") — the order and the date separator
    # What the parser saw, for the import summary: e.g. {"messages": 120, "system": 3, "placeholders": 14,
    # "unknown": 0} (WhatsApp) — and what the owner should know about this file (an export cut at WhatsApp's limit).
    stats: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def frame(self) -> pd.DataFrame:
        if not isinstance(self.data, pd.DataFrame):
            self.data = pd.DataFrame(self.data, columns=list(self.data))
        return self.data

    def __len__(self) -> int:
        data = self.data
        return len(data) if isinstance(data, pd.DataFrame) else len(data["timestamp"])

    def has(self, column: str) -> bool:
        return column in self.data  # (a DataFrame's ``in`` asks its columns too)

    def column(self, name: str) -> list[Any]:
        """One column as a list (a new one: the caller may change it)."""
        values = self.data[name]
        return values.tolist() if hasattr(values, "tolist") else list(values)

    @property
    def authors(self) -> list[str]:
        people = [s for s, system in zip(self.column("sender"), self.column("system"), strict=True) if not system]
        return list(dict.fromkeys(p for p in people if p != ""))


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


def json_depth(value: Any, limit: int = MAX_JSON_DEPTH) -> int:
    """How deeply lists and objects nest (measured without recursion; stops counting past ``limit``)."""
    deepest, stack = 0, [(value, 0)]
    while stack:
        item, level = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        deepest = max(deepest, level + 1)
        if deepest > limit:
            return deepest
        stack.extend((child, level + 1) for child in children)
    return deepest


def load_json(path: Path, data: bytes | None = None) -> Any:
    """Parse a JSON export, naming the line where it breaks (e.g. a truncated download) or the limit it passes."""
    if data is None and path.stat().st_size > MAX_JSON_BYTES:
        raise InputError(f"is larger than {MAX_JSON_BYTES >> 20} MB; a chat export is far smaller: is it the "
                         "right file?", file=str(path))
    text = decode(path.read_bytes() if data is None else data, str(path))
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"is not valid JSON ({exc.msg}); the file may be cut off: export it again",
                         file=str(path), line=exc.lineno) from exc
    except RecursionError as exc:
        raise InputError("nests too deeply to be a chat export", file=str(path)) from exc
    if json_depth(value) > MAX_JSON_DEPTH:
        raise InputError(f"nests more than {MAX_JSON_DEPTH} levels deep; a chat export nests a few", file=str(path))
    return value


def _zip_member_checked(path: Path, info: zipfile.ZipInfo) -> None:
    """InputError naming the file unless the member can be read safely: not encrypted, a method Python reads,
    a size and a packing ratio a chat can have (checked on the header, before anything is unpacked)."""
    where = f"{path}!{info.filename}"
    if info.flag_bits & 0x1:
        raise InputError("is password-protected; export the chat again without a password, or unzip it yourself "
                         "and import the .txt", file=where)
    if info.compress_type not in _ZIP_METHODS:
        raise InputError(f"is packed with a method Python cannot read (zip method {info.compress_type}, e.g. "
                         "Deflate64); unzip it with your system's tool and import the .txt", file=where)
    if info.file_size > MAX_UNZIPPED_BYTES:
        raise InputError(f"would unpack to {info.file_size >> 20} MB, more than a chat export can be "
                         f"({MAX_UNZIPPED_BYTES >> 20} MB); is it the right file?", file=where)
    if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
        raise InputError(f"would unpack {info.file_size // max(info.compress_size, 1)} times larger than it is "
                         "packed: not a chat export (a zip bomb?)", file=where)


def read_zip_member(path: Path, choose: Callable[[list[str]], str | None]) -> tuple[str, bytes]:
    """(name, bytes) of the member ``choose`` picks from the archive's names, read within the limits above; a
    damaged, encrypted or oversized archive is an InputError naming the file, never a traceback."""
    try:
        with zipfile.ZipFile(path) as zf:
            inner = choose(zf.namelist())
            if inner is None:
                raise InputError("is a .zip without a chat .txt inside", file=str(path))
            info = zf.getinfo(inner)
            _zip_member_checked(path, info)
            with zf.open(info) as member:
                data = member.read(MAX_UNZIPPED_BYTES + 1)
    except (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, NotImplementedError, RuntimeError,
            OSError) as exc:
        raise InputError(f"is a damaged .zip archive ({exc or exc.__class__.__name__}); export the chat again",
                         file=str(path)) from exc
    if len(data) > MAX_UNZIPPED_BYTES:
        raise InputError(f"unpacks to more than {MAX_UNZIPPED_BYTES >> 20} MB; is it the right file?",
                         file=f"{path}!{inner}")
    return inner, data
