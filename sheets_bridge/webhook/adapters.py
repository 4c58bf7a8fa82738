"""Payloads of platforms that cannot send our event JSON, turned into SPEC §5 events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from ..errors import InputError


def _iso(unix: Any, field: str) -> str:
    try:
        return dt.datetime.fromtimestamp(int(unix), dt.timezone.utc).isoformat()
    except (TypeError, ValueError, OverflowError) as exc:
        raise InputError("must be Unix seconds", field=field) from exc


def telegram(update: Any) -> list[dict[str, Any]]:
    """A Telegram Bot API Update (``message`` / ``edited_message``) → one message.received event."""
    if not isinstance(update, dict) or "update_id" not in update:
        raise InputError("is not a Telegram update (no update_id)", field="update_id")
    msg = update.get("message") or update.get("edited_message")
    if not isinstance(msg, dict):
        return []  # callbacks, polls… carry no conversation text
    chat = msg.get("chat") or {}
    sender = msg.get("from") or {}
    if "id" not in chat:
        raise InputError("is required", field="message.chat.id")
    text = msg.get("text") or msg.get("caption") or ("<photo>" if "photo" in msg else "<media>")
    return [{"event_id": f"tg-{update['update_id']}", "timestamp": _iso(msg.get("date"), "message.date"),
             "channel": "telegram", "session_id": f"tg_{chat['id']}",
             "user_id": f"tg_{sender['id']}" if "id" in sender else "",
             "event_type": "message.sent" if sender.get("is_bot") else "message.received",
             "payload": {"text": str(text), "sender": str(sender.get("first_name", ""))}}]


def generic(body: Any) -> list[dict[str, Any]]:
    """``{"messages": [{"id", "chat_id", "timestamp" (ISO or Unix), "direction": "in"|"out", "text",
    "sender", "channel"?}]}`` — the shape most chat platforms can be configured to send."""
    if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
        raise InputError("expected {\"messages\": [...]}", field="messages")
    out = []
    for i, m in enumerate(body["messages"]):
        if not isinstance(m, dict):
            raise InputError("must be an object", field=f"messages[{i}]")
        for key in ("id", "chat_id", "timestamp", "text"):
            if m.get(key) in (None, ""):
                raise InputError("is required", field=f"messages[{i}].{key}")
        stamp = m["timestamp"]
        when = _iso(stamp, f"messages[{i}].timestamp") if isinstance(stamp, (int, float)) else str(stamp)
        direction = m.get("direction", "in")
        if direction not in ("in", "out"):
            raise InputError("must be in or out", field=f"messages[{i}].direction")
        out.append({"event_id": f"gen-{m['id']}", "timestamp": when, "channel": str(m.get("channel", "chat")),
                    "session_id": str(m["chat_id"]),
                    "event_type": "message.received" if direction == "in" else "message.sent",
                    "payload": {"text": str(m["text"]), "sender": str(m.get("sender", ""))}})
    return out


ADAPTERS: dict[str, Callable[[Any], list[dict[str, Any]]]] = {"telegram": telegram, "generic": generic}
