"""Chatbot events as chats: message events become messages, appointment events mark bookings."""

from __future__ import annotations

import json

import pandas as pd

from ..timeutil import parse_iso

MESSAGE_TYPES = {"message.received": "client", "message.sent": "bot"}
BOOKING_TYPES = ("appointment.created", "appointment.confirmed")


def event_message_id(event_id: str) -> str:
    """The ``messages`` id of a message event (the webhook writes the same id)."""
    return f"m_ev_{event_id}"


def event_chat_id(channel: str, session_id: str) -> str:
    return f"{channel}:{session_id}"


def _payload(text: str) -> dict[str, object]:
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def message_rows(events: pd.DataFrame) -> pd.DataFrame:
    """``messages`` rows for message.received / message.sent events (duplicates by event_id dropped)."""
    events = events.drop_duplicates("event_id")
    mine = events[events["event_type"].isin(list(MESSAGE_TYPES))]
    rows = []
    for ev in mine.itertuples(index=False):
        payload = _payload(str(ev.payload))
        role = MESSAGE_TYPES[ev.event_type]
        if role == "bot" and payload.get("role") in ("manager", "bot"):
            role = str(payload["role"])
        sender = str(payload.get("sender") or ("assistant" if role == "bot" else ev.user_id or "client"))
        rows.append({"message_id": event_message_id(ev.event_id), "chat_id": event_chat_id(ev.channel, ev.session_id),
                     "channel": ev.channel, "timestamp": ev.timestamp, "sender_role": role, "sender": sender,
                     "text": str(payload.get("text", "")), "source": f"event:{ev.event_id}"})
    return pd.DataFrame(rows, columns=["message_id", "chat_id", "channel", "timestamp", "sender_role", "sender",
                                       "text", "source"])


def bookings(events: pd.DataFrame) -> pd.DataFrame:
    """(chat_id, ts) of appointment.created / appointment.confirmed events."""
    events = events.drop_duplicates("event_id")
    mine = events[events["event_type"].isin(BOOKING_TYPES)]
    return pd.DataFrame({"chat_id": [event_chat_id(c, s) for c, s in zip(mine["channel"], mine["session_id"],
                                                                        strict=True)],
                         "ts": parse_iso(mine["timestamp"]).to_numpy()})
