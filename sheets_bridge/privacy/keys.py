"""The local secret key behind every token: created on first use, kept in a 0600 file."""

from __future__ import annotations

import hashlib
import hmac
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
    h = _keyed(key).copy()  # the key's padded blocks are hashed once, not once per value
    h.update(f"{kind}:{value}".encode())
    return h.hexdigest()[:length]


_KEYED: dict[bytes, hmac.HMAC] = {}


def _keyed(key: bytes) -> hmac.HMAC:
    base = _KEYED.get(key)
    if base is None:
        base = _KEYED[key] = hmac.new(key, digestmod=hashlib.sha256)
    return base
