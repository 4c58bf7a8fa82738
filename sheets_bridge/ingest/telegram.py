"""Telegram Desktop "Export chat history" JSON: one chat's ``result.json`` or a whole-account export.

``date_unixtime`` is the truth for time (``date`` is the exporting PC's local time without a zone).
``text`` is a string or a list of strings and entity objects. Service entries are system notices.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import InputError
from .base import ParsedChat, empty_frame, load_json

MEDIA_LABELS = {"sticker": "<sticker>", "video_message": "<video message>", "voice_message": "<voice message>",
                "animation": "<GIF>", "video_file": "<video>", "audio_file": "<audio>"}


def flatten_text(text: Any) -> str:
    """Telegram's ``text``: a plain string, or a list of strings and ``{type, text}`` entities."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(p if isinstance(p, str) else str(p.get("text", "")) if isinstance(p, dict) else ""
                       for p in text)
    return ""


def _media(msg: dict[str, Any]) -> str:
    """A readable placeholder for what the message carries besides text (photo, poll, location, …)."""
    for key, label in PLACEHOLDERS:
        if msg.get(key) is not None:
            return label(msg)
    if "photo" in msg:
        return "<photo>"
    kind = msg.get("media_type")
    if kind == "sticker":
        return f"<sticker {msg.get('sticker_emoji', '')}>".replace(" >", ">")
    if kind in MEDIA_LABELS:
        return MEDIA_LABELS[kind]
    if "file" in msg:
        return "<file>"
    return ""


def _plain(value: Any) -> str:
    """Telegram text (a string, or parts with entities) as one line."""
    return " ".join(flatten_text(value).split())


def _poll(msg: dict[str, Any]) -> str:
    poll = msg.get("poll") or {}
    options = " / ".join(_plain(a.get("text")) for a in poll.get("answers") or [] if isinstance(a, dict))
    question = _plain(poll.get("question"))
    return f"<poll: {question} — {options}>" if options else f"<poll: {question}>"


def _todo(msg: dict[str, Any]) -> str:
    todo = msg.get("todo_list") or {}
    items = " / ".join(_plain(a.get("text")) for a in todo.get("answers") or todo.get("items") or []
                       if isinstance(a, dict))
    title = _plain(todo.get("title"))
    return f"<to-do list: {title} — {items}>" if items else f"<to-do list: {title}>"


def _giveaway(msg: dict[str, Any]) -> str:
    info = msg.get("giveaway_information") or {}
    prize = _plain(info.get("additional_prize"))
    quantity = info.get("quantity")
    detail = ", ".join(x for x in (f"{quantity} winners" if quantity else "", prize) if x)
    return f"<giveaway: {detail}>" if detail else "<giveaway>"


def _location(msg: dict[str, Any]) -> str:
    place = ", ".join(x for x in (_plain(msg.get("place_name")), _plain(msg.get("address"))) if x)
    if place:
        return f"<venue: {place}>"
    return "<live location>" if msg.get("live_location_period_seconds") else "<location>"


def _contact(msg: dict[str, Any]) -> str:
    info = msg.get("contact_information") or {}
    name = " ".join(x for x in (_plain(info.get("first_name")), _plain(info.get("last_name"))) if x)
    return f"<contact: {name}>" if name else "<contact>"


def _dice(msg: dict[str, Any]) -> str:
    dice = msg.get("dice")
    emoji, value = (dice.get("emoji", "🎲"), dice.get("value", "")) if isinstance(dice, dict) else ("🎲", dice)
    return f"<dice {emoji} {value}>".replace(" >", ">")


def _game(msg: dict[str, Any]) -> str:
    return f"<game: {_plain(msg.get('game_title'))}>".replace(": >", ">")


# Telegram Desktop's JSON keys (Telegram/SourceFiles/export/output/export_output_json.cpp) → placeholder
PLACEHOLDERS: tuple[tuple[str, Callable[[dict[str, Any]], str]], ...] = (
    ("poll", _poll), ("todo_list", _todo), ("giveaway_information", _giveaway),
    ("giveaway_results", lambda m: "<giveaway results>"), ("dice", _dice), ("game_title", _game),
    ("place_name", _location), ("location_information", _location), ("contact_information", _contact),
    ("invoice_information", lambda m: "<invoice>"),
)


def _service_text(msg: dict[str, Any]) -> str:
    action = str(msg.get("action", "service"))
    actor = msg.get("actor") or ""
    extra = ""
    if action == "phone_call":
        extra = f" ({msg.get('discard_reason', 'answered')}, {msg.get('duration_seconds', 0)} s)"
    return f"{actor} {action}{extra}".strip()


def _timestamp(msg: dict[str, Any], path: str) -> pd.Timestamp:
    unix = msg.get("date_unixtime")
    if unix is not None:
        try:
            return pd.Timestamp(int(unix), unit="s", tz="UTC")
        except (TypeError, ValueError) as exc:
            raise InputError(f"message {msg.get('id')}: date_unixtime {unix!r} is not a number", file=path) from exc
    date = msg.get("date")
    if not date:
        raise InputError(f"message {msg.get('id')} has no date", file=path)
    return pd.Timestamp(date)  # old exports: local time of the exporting PC, no zone


def chat_frame(chat: dict[str, Any], path: str) -> pd.DataFrame:
    rows = []
    messages = chat.get("messages") or []
    if not isinstance(messages, list):
        raise InputError("\"messages\" should be a list", file=path)
    for pos, msg in enumerate(messages):
        if not isinstance(msg, dict):
            raise InputError(f"messages[{pos}] is not an object", file=path)
        kind = msg.get("type", "message")
        ts = _timestamp(msg, path)
        if kind == "service":
            rows.append((ts, "", _service_text(msg), msg.get("id", pos), True))
            continue
        if kind != "message":
            continue
        text = flatten_text(msg.get("text"))
        media = _media(msg)
        text = f"{media} {text}".strip() if media else text
        sender = msg.get("from") or ("Deleted Account" if "from_id" in msg else "")
        rows.append((ts, str(sender), text, msg.get("id", pos), False))
    if not rows:
        return empty_frame()
    frame = pd.DataFrame(rows, columns=["timestamp", "sender", "text", "line", "system"])
    if frame["timestamp"].map(lambda t: t.tzinfo is None).any():
        frame["timestamp"] = frame["timestamp"].map(lambda t: t if t.tzinfo is None else t.tz_convert(None))
    else:
        frame["timestamp"] = pd.to_datetime(frame["timestamp"], utc=True)
    frame["native_id"] = frame["line"].astype(str)
    return frame.sort_values("timestamp", kind="stable").reset_index(drop=True)


def parse(path: Path, data: Any = None) -> list[ParsedChat]:
    """Every chat in a Telegram export file."""
    data = load_json(path) if data is None else data
    if isinstance(data, dict) and isinstance(data.get("chats"), dict):
        chats = data["chats"].get("list") or []
        if not isinstance(chats, list) or not all(isinstance(c, dict) for c in chats):
            raise InputError("chats.list should be a list of chats", file=str(path))
    elif isinstance(data, dict) and isinstance(data.get("messages"), list):
        chats = [data]
    else:
        raise InputError("is not a Telegram export (no \"messages\" list and no \"chats\")", file=str(path))
    out = []
    for n, chat in enumerate(chats):
        ident = chat.get("id", f"{path.stem}#{n}")
        out.append(ParsedChat(path=str(path), chat_key=f"telegram:{ident}", channel="telegram",
                              title=chat.get("name"), data=chat_frame(chat, str(path))))
    return out


def sniff(data: Any) -> bool:
    if not isinstance(data, dict):
        return False
    if isinstance(data.get("chats"), dict) and "list" in data["chats"]:
        return True
    msgs = data.get("messages")
    return isinstance(msgs, list) and bool(msgs) and isinstance(msgs[0], dict) and (
        "date_unixtime" in msgs[0] or ("date" in msgs[0] and "type" in msgs[0]))
