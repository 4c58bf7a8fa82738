"""Personal data: detect it, replace it with stable keyed tokens, keep the clear values local.

SPEC §6: on by default for everything written to a sheet, a report or an LLM prompt.
"""

from __future__ import annotations

from pathlib import Path

from .detect import CARD, EMAIL, NAME, PASSPORT, PHONE, Found, KnownNames, luhn_ok, normalize_phone
from .files import secure_home
from .keys import PrivacyKeyError, keyed_hash, load_or_create_key
from .scrubber import TOKEN_RE, Scrubber, ScrubbingOffWarning
from .vault import Vault

__all__ = ["CARD", "EMAIL", "NAME", "PASSPORT", "PHONE", "TOKEN_RE", "Found", "KnownNames", "PrivacyKeyError",
           "Scrubber", "ScrubbingOffWarning", "Vault", "keyed_hash", "load_or_create_key", "luhn_ok",
           "normalize_phone", "open_scrubber", "secure_home"]


def open_scrubber(key_path: Path, vault_path: Path | None, *, names: bool = False, enabled: bool = True,
                  region: str = "RU") -> Scrubber:
    """A scrubber with the owner's key (created on first use) and vault; the vault's folder (the sheets-bridge
    home) and what it holds are made readable by the owner only."""
    if vault_path is not None:
        secure_home(Path(vault_path).parent)
    key = load_or_create_key(key_path)
    vault = Vault(vault_path) if vault_path is not None else None
    finder = None
    if names and enabled:
        from .names import NatashaNames

        finder = NatashaNames()
    return Scrubber(key, vault, region=region, names=finder, enabled=enabled)
