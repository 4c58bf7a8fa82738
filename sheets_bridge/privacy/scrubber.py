"""Replacing personal data with stable tokens before anything leaves the owner's machine."""

from __future__ import annotations

import datetime as dt
import re
import warnings
from collections.abc import Iterable
from typing import Protocol

from .detect import (
    CARD,
    EMAIL,
    NAME,
    PASSPORT,
    PHONE,
    Found,
    KnownNames,
    find_cards,
    find_emails,
    find_introduced_names,
    find_passports,
    find_phones,
    normalize_phone,
)
from .keys import keyed_hash
from .vault import Vault

TOKEN_RE = re.compile(r"\[(?:PHONE|EMAIL|NAME|CARD|PASSPORT)(?::[0-9a-f]{6,16})?\]")
# Kinds kept in the vault (re-identifiable for the CRM). Card and passport numbers are never stored.
VAULTED = {PHONE, EMAIL, NAME}
_PRIORITY = {EMAIL: 0, CARD: 1, PASSPORT: 2, PHONE: 3, NAME: 4}


class NameFinder(Protocol):
    def find(self, text: str) -> Iterable[Found]: ...


class ScrubbingOffWarning(UserWarning):
    """Personal data is being written in clear because the owner turned scrubbing off."""


class Scrubber:
    """Turns personal data into tokens such as ``[PHONE:1a2b3c4d5e]``, the same in every chat and run.

    ``key`` is the owner's secret (:func:`load_or_create_key`); ``vault`` (optional) remembers what
    each token stands for; ``names`` adds a name model (:class:`NatashaNames`) to the built-in rules.
    ``enabled=False`` passes text through unchanged and warns: only for owners who chose to.
    """

    def __init__(self, key: bytes, vault: Vault | None = None, *, region: str = "RU",
                 names: NameFinder | None = None, enabled: bool = True) -> None:
        self.key = key
        self.vault = vault
        self.region = region
        self.names = names
        self.enabled = enabled
        if not enabled:
            warnings.warn("personal data scrubbing is OFF: phones, e-mails, cards and names will be written "
                          "in clear to the sheet, reports and LLM prompts", ScrubbingOffWarning, stacklevel=2)

    # --- tokens ---------------------------------------------------------------------------------
    def token(self, kind: str, value: str, seen: dt.datetime | None = None) -> str:
        if kind in (CARD, PASSPORT):
            return f"[{kind}]"
        token = f"[{kind}:{keyed_hash(self.key, kind, value)}]"
        if self.vault is not None and kind in VAULTED:
            self.vault.record(token, kind, value, seen)
        return token

    def phone_token(self, phone: str, seen: dt.datetime | None = None) -> str | None:
        """The token of a phone written any usual way, or None if it is not a valid phone."""
        e164 = normalize_phone(phone, self.region)
        return self.token(PHONE, e164, seen) if e164 else None

    def hash_id(self, value: str, kind: str = "USER") -> str:
        """A keyed hash for an identifier (a user id, a phone as id): stable, not reversible."""
        if not self.enabled or not value:
            return value
        e164 = normalize_phone(value, self.region) if kind == "USER" else None
        if e164:
            return self.phone_token(value) or value
        return f"{kind.lower()}_{keyed_hash(self.key, kind, value.strip(), 16)}"

    def person(self, display_name: str, seen: dt.datetime | None = None) -> str:
        """A client's display name (or the phone it is saved as) as a token."""
        if not self.enabled or not display_name.strip():
            return display_name
        return self.phone_token(display_name, seen) or self.token(
            NAME, " ".join(display_name.casefold().split()), seen)

    # --- text -----------------------------------------------------------------------------------
    def find(self, text: str, known: KnownNames | None = None) -> list[Found]:
        """Every piece of personal data in the text, without overlaps."""
        found: list[Found] = [*find_emails(text), *find_cards(text), *find_passports(text),
                              *find_phones(text, self.region), *find_introduced_names(text)]
        if known is not None:
            found.extend(known.find(text))
        if self.names is not None:
            found.extend(self.names.find(text))
        if not found:
            return []
        existing = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
        found.sort(key=lambda f: (f.start, _PRIORITY[f.kind], -(f.end - f.start)))
        kept: list[Found] = []
        for f in found:
            if kept and f.start < kept[-1].end:
                continue
            if any(f.start < e and s < f.end for s, e in existing):
                continue  # already a token (scrubbing twice changes nothing)
            kept.append(f)
        return kept

    def scrub(self, text: str, known_names: KnownNames | Iterable[str] | None = None,
              seen: dt.datetime | None = None) -> str:
        """The text with every piece of personal data replaced by its token."""
        if not self.enabled or not text:
            return text
        known = known_names if isinstance(known_names, KnownNames) or known_names is None \
            else KnownNames(known_names)
        spans = self.find(text, known)
        if not spans:
            return text
        out, last = [], 0
        for f in spans:
            out.append(text[last:f.start])
            out.append(self.token(f.kind, f.value, seen))
            last = f.end
        out.append(text[last:])
        return "".join(out)

    def flush(self) -> None:
        if self.vault is not None:
            self.vault.flush()
