"""Replacing personal data with stable tokens before anything leaves the owner's machine."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import re
import warnings
from collections.abc import Iterable, Iterator, Sequence
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
from .fullnames import WORD_RE, FullNames
from .keys import keyed_hash
from .vault import Vault

TOKEN_RE = re.compile(r"\[(?:PHONE|EMAIL|NAME|CARD|PASSPORT)(?::[0-9a-f]{6,16})?\]")
# Kinds kept in the vault (re-identifiable for the CRM). Card and passport numbers are never stored.
VAULTED = {PHONE, EMAIL, NAME}
_PRIORITY = {EMAIL: 0, CARD: 1, PASSPORT: 2, PHONE: 3, NAME: 4}
# Long texts are scanned in windows of WINDOW characters, each seen with CONTEXT characters on both sides, so the
# time grows with the length (not its square) and no finder's own limit (phonenumbers stops after 65,535
# candidates) leaves the end of a long text unscrubbed. A span is taken from the window it starts in.
WINDOW = 2_000
CONTEXT = 200
# What a text holds regardless of the chat (phones, e-mails, cards, name guesses) is remembered for this many texts:
# chats repeat texts ("спасибо", a bot's menu, an away message), so most of an import's texts are scanned once.
REMEMBERED = 50_000


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
                 names: NameFinder | None = None, enabled: bool = True, full_names: bool = True) -> None:
        self.key = key
        self.vault = vault
        self.region = region
        self.names = names
        self.full_names: NameFinder | None = FullNames() if full_names else None
        self.enabled = enabled
        self._seen: dict[str, tuple[tuple[Found, ...], tuple[Found, ...]]] = {}
        self._recording: list[tuple[str, str, str, dt.datetime | None]] | None = None
        if not enabled:
            warnings.warn("personal data scrubbing is OFF: phones, e-mails, cards and names will be written "
                          "in clear to the sheet, reports and LLM prompts", ScrubbingOffWarning, stacklevel=2)

    # --- tokens ---------------------------------------------------------------------------------
    def token(self, kind: str, value: str, seen: dt.datetime | None = None) -> str:
        if kind in (CARD, PASSPORT):
            return f"[{kind}]"
        token = f"[{kind}:{keyed_hash(self.key, kind, value)}]"
        if self.vault is not None and kind in VAULTED:
            if self._recording is not None:
                self._recording.append((token, kind, value, seen))
            else:
                self.vault.record(token, kind, value, seen)
        return token

    @contextlib.contextmanager
    def recorded(self) -> Iterator[list[tuple[str, str, str, dt.datetime | None]]]:
        """What would go to the vault inside the block goes to the list given instead (``vault.record``'s
        arguments): for a forked copy of this process, which must not touch the vault's connection or lock; the
        process that owns the vault records them afterwards."""
        self._recording, saved = [], self._recording
        try:
            yield self._recording
        finally:
            self._recording = saved

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
        """Every piece of personal data in the text, without overlaps (long texts in windows, see WINDOW)."""
        if len(text) <= WINDOW + 2 * CONTEXT:
            return self._without_overlaps(text, self._find_all(text, known))
        found: list[Found] = []
        for start in range(0, len(text), WINDOW):
            low = max(0, start - CONTEXT)
            for f in self._find_all(text[low:start + WINDOW + CONTEXT], known):
                if start <= f.start + low < start + WINDOW:
                    found.append(dataclasses.replace(f, start=f.start + low, end=f.end + low))
        return self._without_overlaps(text, found)

    def _find_all(self, text: str, known: KnownNames | None) -> list[Found]:
        found, guessed = self._of_text(text)
        people = list(known.find(text)) if known is not None else []
        return [*found, *people, *_outside(text, list(guessed), people)]

    def _of_text(self, text: str) -> tuple[tuple[Found, ...], tuple[Found, ...]]:
        """(what the finders found, the guessed names) in a text: it depends on the text only, so it is kept."""
        hit = self._seen.get(text)
        if hit is None:
            found = (*find_emails(text), *find_cards(text), *find_passports(text), *find_phones(text, self.region),
                     *find_introduced_names(text))
            guessed = tuple(f for finder in (self.full_names, self.names) if finder is not None
                            for f in finder.find(text))
            hit = (found, guessed)
            if len(self._seen) >= REMEMBERED:
                self._seen.clear()
            self._seen[text] = hit
        return hit

    @staticmethod
    def _without_overlaps(text: str, found: list[Found]) -> list[Found]:
        if not found:
            return []
        existing = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
        found.sort(key=lambda f: (f.start, _PRIORITY[f.kind], -(f.end - f.start)))
        kept: list[Found] = []
        j = 0
        for f in found:
            if kept and f.start < kept[-1].end:
                continue
            while j < len(existing) and existing[j][1] <= f.start:
                j += 1
            if j < len(existing) and existing[j][0] < f.end:
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


def _outside(text: str, guessed: list[Found], known: Sequence[Found]) -> list[Found]:
    """Guessed names, where they overlap the chat's known names reduced to their other words: a known name keeps
    its own token in every case ending (Катю Морозову → the tokens of Катя and Морозова), and a surname beside it
    still gets one."""
    out: list[Found] = []
    for g in guessed:
        overlapping = [k for k in known if k.start < g.end and g.start < k.end]
        if not overlapping:
            out.append(g)
            continue
        for w in WORD_RE.finditer(text, g.start, g.end):
            if not any(k.start < w.end() and w.start() < k.end for k in overlapping):
                out.append(Found(w.start(), w.end(), NAME, w.group().casefold()))
    return out
