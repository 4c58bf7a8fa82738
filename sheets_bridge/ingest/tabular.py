"""CSV or JSON from a CRM or chat platform, with a column mapping.

``--map timestamp=Дата,text=Текст,sender=Автор,chat_id=Диалог`` says which of the file's columns
hold what; ``sender_role`` may be mapped too (values client/manager/bot/system, or ru: клиент,
менеджер, бот). Without ``chat_id`` the whole file is one chat.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pandas as pd

from ..errors import InputError
from .base import ParsedChat, decode, load_json

FIELDS = ("timestamp", "text", "sender", "chat_id", "sender_role", "message_id")
REQUIRED = ("timestamp", "text", "sender")
ROLE_WORDS = {"client": "client", "клиент": "client", "customer": "client", "manager": "manager",
              "менеджер": "manager", "operator": "manager", "оператор": "manager", "agent": "manager",
              "bot": "bot", "бот": "bot", "system": "system", "система": "system"}


def parse_mapping(items: tuple[str, ...] | list[str]) -> dict[str, str]:
    """['timestamp=Дата,text=Текст'] → {'timestamp': 'Дата', 'text': 'Текст'}."""
    mapping: dict[str, str] = {}
    for item in items:
        for part in item.split(","):
            if not part.strip():
                continue
            key, sep, column = part.partition("=")
            key = key.strip()
            if not sep or key not in FIELDS or not column.strip():
                raise InputError(f"{part!r} is not FIELD=COLUMN with FIELD one of {', '.join(FIELDS)}",
                                 field="--map")
            mapping[key] = column.strip()
    return mapping


def _read(path: Path) -> pd.DataFrame:
    if path.suffix.lower() == ".json":
        data = load_json(path)
        records = data.get("messages") if isinstance(data, dict) else data
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise InputError("should hold a list of objects (or {\"messages\": [...]})", file=str(path))
        return pd.DataFrame(records).astype(str)
    text = decode(path.read_bytes(), str(path))
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return pd.read_csv(io.StringIO(text), sep=dialect.delimiter, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, ValueError) as exc:
        raise InputError(f"is not a readable CSV table ({exc})", file=str(path)) from exc


def parse(path: Path, mapping: dict[str, str]) -> list[ParsedChat]:
    if not mapping:
        raise InputError("a CSV/JSON table needs --map timestamp=COLUMN,text=COLUMN,sender=COLUMN", file=str(path))
    table = _read(path)
    missing = [f for f in REQUIRED if f not in mapping]
    if missing:
        raise InputError(f"--map must name the column for {', '.join(missing)}", file=str(path))
    absent = [c for c in mapping.values() if c not in table.columns]
    if absent:
        raise InputError(f"has no column(s) {absent}; its columns are {list(table.columns)}", file=str(path))
    when = pd.to_datetime(table[mapping["timestamp"]], errors="coerce", format="mixed", dayfirst=True)
    if when.isna().any():
        bad = int(when.isna().to_numpy().argmax())
        raise InputError(f"cannot read {table[mapping['timestamp']].iloc[bad]!r} as a date and time",
                         file=str(path), line=bad + 2, field=mapping["timestamp"])
    frame = pd.DataFrame({
        "timestamp": when, "sender": table[mapping["sender"]].astype(str), "text": table[mapping["text"]].astype(str),
        "line": range(2, len(table) + 2),
        "system": False,
        "native_id": table[mapping["message_id"]].astype(str) if "message_id" in mapping else "",
    })
    if "sender_role" in mapping:
        roles = table[mapping["sender_role"]].str.strip().str.lower().map(ROLE_WORDS)
        if roles.isna().any():
            bad = int(roles.isna().to_numpy().argmax())
            raise InputError("sender_role must be client, manager, bot or system", file=str(path),
                             line=bad + 2, field=mapping["sender_role"])
        frame["role"] = roles.to_numpy()
        frame["system"] = (roles == "system").to_numpy()
    chats = table[mapping["chat_id"]].astype(str) if "chat_id" in mapping else pd.Series([""] * len(table))
    channel = "json" if path.suffix.lower() == ".json" else "csv"
    out = []
    for chat, part in frame.groupby(chats.to_numpy(), sort=False):
        part = part.sort_values("timestamp", kind="stable").reset_index(drop=True)
        out.append(ParsedChat(path=str(path), chat_key=f"{channel}:{path.name}:{chat}", channel=channel,
                              title=None, data=part))
    return out

