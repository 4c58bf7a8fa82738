"""Who is the business: ``sender_role`` for every author (client, manager, bot, system)."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .base import ParsedChat

ROLES = ("client", "manager", "bot", "system")


def _norm(name: str) -> str:
    return " ".join(name.replace("\u00a0", " ").replace("\u202f", " ").split()).casefold()


@dataclass
class BusinessAccounts:
    """The business's accounts by name: managers and bots."""

    managers: set[str] = field(default_factory=set)
    bots: set[str] = field(default_factory=set)

    @classmethod
    def build(cls, managers: Iterable[str] = (), bots: Iterable[str] = (),
              managers_file: Path | None = None) -> BusinessAccounts:
        accounts = cls({_norm(m) for m in managers if m.strip()}, {_norm(b) for b in bots if b.strip()})
        if managers_file is not None:
            accounts.load(managers_file)
        return accounts

    def load(self, path: Path) -> None:
        """A TSV of ``name<TAB>manager|bot`` (a header row ``name<TAB>role`` is allowed)."""
        try:
            text = path.read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise InputError(f"cannot read the managers file ({exc.strerror})", file=str(path)) from exc
        for n, row in enumerate(csv.reader(text.splitlines(), delimiter="\t"), start=1):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            if n == 1 and [c.strip().lower() for c in row[:2]] == ["name", "role"]:
                continue
            role = row[1].strip().lower() if len(row) > 1 else ""
            if role not in ("manager", "bot"):
                raise InputError(f"role must be 'manager' or 'bot', not {role!r} (format: name<TAB>manager|bot)",
                                 file=str(path), line=n)
            (self.managers if role == "manager" else self.bots).add(_norm(row[0]))

    def __bool__(self) -> bool:
        return bool(self.managers or self.bots)

    def role(self, name: str) -> str:
        key = _norm(name)
        if key in self.bots:
            return "bot"
        if key in self.managers:
            return "manager"
        return "client"


def infer_business(chats: list[ParsedChat]) -> BusinessAccounts:
    """Without --manager: the account present in every imported chat is the business."""
    conversations = [c for c in chats if len(c.authors) >= 2]
    if len(conversations) >= 2:
        common = set.intersection(*({_norm(a) for a in c.authors} for c in conversations))
        if common:
            return BusinessAccounts(managers=common)
    names = sorted({a for c in chats for a in c.authors})[:8]
    where = chats[0].path if len(chats) == 1 else f"{len(chats)} chats"
    raise InputError(
        f"cannot tell which account is the business in {where}: pass --manager NAME (or --bot NAME, or "
        f"--managers-file FILE with name<TAB>manager|bot lines); authors seen: {', '.join(names)}")


def sender_roles(chat: ParsedChat, accounts: BusinessAccounts) -> list[str]:
    if chat.has("role"):  # a table that maps its own roles
        return chat.column("role")
    cache: dict[str, str] = {}
    out = []
    for sender, system in zip(chat.column("sender"), chat.column("system"), strict=True):
        if system:
            out.append("system")
            continue
        if sender not in cache:
            cache[sender] = accounts.role(sender)
        out.append(cache[sender])
    return out
