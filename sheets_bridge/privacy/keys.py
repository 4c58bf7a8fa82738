"""The local secret key behind every token: created on first use, kept in a 0600 file."""

from __future__ import annotations

import hashlib
import os
import secrets
import stat
from pathlib import Path

from ..errors import SheetsBridgeError
from .files import private_folder


class PrivacyKeyError(SheetsBridgeError):
    """The key file exists but cannot be used."""


def load_or_create_key(path: Path) -> bytes:
    """Read the 32-byte key from ``path``, creating it (mode 0600) if it does not exist yet.

    Losing this file means new tokens no longer match old ones (see docs/privacy.md).
    """
    path = Path(path)
    if not path.exists():
        private_folder(path.parent)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass  # another process created it a moment ago: read theirs
        else:
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_hex(32) + "\n")
                fh.flush()
                os.fsync(fh.fileno())
    text = path.read_text(encoding="ascii", errors="replace").strip()
    try:
        key = bytes.fromhex(text)
    except ValueError:
        key = b""
    if len(key) != 32:
        raise PrivacyKeyError(f"{path} is not a sheets-bridge key (expected 64 hex characters); restore it from "
                        "your backup, or move it away to start new tokens")
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
        path.chmod(0o600)  # nobody but the owner may read it
    return key


def keyed_hash(key: bytes, kind: str, value: str, length: int = 10) -> str:
    """HMAC-SHA256 of ``kind:value`` under the key, as ``length`` hex characters."""
    inner, outer = _pads(key)
    h = inner.copy()  # the key's padded blocks are hashed once, not once per value
    h.update(f"{kind}:{value}".encode())
    o = outer.copy()
    o.update(h.digest())
    return o.hexdigest()[:length]


_PADS: dict[bytes, tuple[hashlib._Hash, hashlib._Hash]] = {}


def _pads(key: bytes) -> tuple[hashlib._Hash, hashlib._Hash]:
    """SHA-256 states after the key's inner and outer padded blocks (RFC 2104), what ``hmac.new`` starts from:
    copying plain hashlib states costs about half of copying an ``hmac.HMAC`` (a million message ids a year)."""
    pads = _PADS.get(key)
    if pads is None:
        block = (hashlib.sha256(key).digest() if len(key) > 64 else key).ljust(64, b"\0")
        pads = _PADS[key] = (hashlib.sha256(bytes(b ^ 0x36 for b in block)),
                             hashlib.sha256(bytes(b ^ 0x5C for b in block)))
    return pads
