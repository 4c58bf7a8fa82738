"""Reading a text file an owner saved from Excel, a CRM or a text editor, whatever its encoding."""

from __future__ import annotations

from pathlib import Path

from .errors import InputError


def read_bytes(path: Path) -> bytes:
    """The file's bytes; InputError naming the file when it cannot be read."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror or exc})", file=str(path)) from exc


def decode_text(data: bytes) -> str | None:
    """The text of a file saved as UTF-8 (with or without BOM), UTF-16 with a BOM (Excel's "Unicode text") or
    Windows-1251; None when it is none of these (binary data): the caller says what the file should be."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" not in data:
        for encoding in ("utf-8-sig", "cp1251"):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
    return None
