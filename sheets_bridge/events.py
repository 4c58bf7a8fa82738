"""Chatbot events (SPEC §5): validation with errors that name the field, and the ``events`` tab row.

The webhook receiver and the demo both go through :func:`validate` and :func:`to_row`, so an event
is checked and scrubbed the same way whichever door it came in by.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable
from typing import Any

from .errors import InputError
from .privacy import Scrubber

EVENT_TYPE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
KNOWN_TYPES = frozenset({"message.received", "message.sent", "scenario.step", "lead.created", "contact.requested",
                         "appointment.created", "appointment.confirmed", "appointment.rescheduled",
                         "appointment.cancelled", "complaint.received", "handoff.requested", "assistant.error"})
LEVELS = ("info", "warning", "error")
MAX_BATCH = 500


def _text(obj: dict[str, Any], name: str, required: bool, max_len: int = 200) -> str:
    value = obj.get(name)
    if value is None or value == "":
        if required:
            raise InputError("is required", field=name)
        return ""
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise InputError(f"must be a string, not {type(value).__name__}", field=name)
    value = str(value)
    if len(value) > max_len:
        raise InputError(f"is longer than {max_len} characters", field=name)
    return value


def validate(obj: Any, index: int | None = None) -> dict[str, Any]:
    """A checked event with normalized fields, or InputError naming the field (``[3].timestamp``)."""
    prefix = f"[{index}]." if index is not None else ""
    try:
        if not isinstance(obj, dict):
            raise InputError("an event must be a JSON object", field=prefix.rstrip(".") or "event")
        out: dict[str, Any] = {}
        stamp = _text(obj, "timestamp", True)
        try:
            when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError as exc:
            raise InputError("must be ISO-8601 like 2025-01-01T12:34:56+03:00", field="timestamp") from exc
        if when.tzinfo is None:
            raise InputError("needs a UTC offset (…+03:00 or Z)", field="timestamp")
        out["timestamp"] = when.isoformat()
        out["channel"] = _text(obj, "channel", True, 50)
        out["session_id"] = _text(obj, "session_id", True)
        etype = _text(obj, "event_type", True, 100)
        if not EVENT_TYPE.match(etype):
            raise InputError("must look like noun.verb (lowercase, dot-separated), e.g. lead.created",
                             field="event_type")
        out["event_type"] = etype
        out["event_id"] = _text(obj, "event_id", False)
        level = _text(obj, "level", False, 10) or "info"
        if level not in LEVELS:
            raise InputError(f"must be one of {', '.join(LEVELS)}", field="level")
        out["level"] = level
        out["user_id"] = _text(obj, "user_id", False) or _text(obj, "user_phone", False, 40)
        out["intent"] = _text(obj, "intent", False, 100)
        confidence = obj.get("confidence")
        if confidence is not None and (isinstance(confidence, bool) or not isinstance(confidence, (int, float))
                                       or not 0 <= confidence <= 1):
            raise InputError("must be a number from 0 to 1", field="confidence")
        out["confidence"] = confidence
        out["crm_id"] = _text(obj, "crm_id", False, 100)
        payload = obj.get("payload")
        if payload is not None and not isinstance(payload, dict):
            raise InputError("must be a JSON object", field="payload")
        out["payload"] = payload or {}
        if etype in ("message.received", "message.sent") and not isinstance(out["payload"].get("text"), str):
            raise InputError("message events need payload.text (a string)", field="payload.text")
        return out
    except InputError as exc:
        if exc.field and prefix:
            raise InputError(str(exc).split(": ", 1)[-1], field=prefix + exc.field) from exc
        raise


def validate_many(data: Any) -> list[dict[str, Any]]:
    """One event object or an array of up to 500."""
    if isinstance(data, list):
        if not data:
            raise InputError("the array is empty", field="events")
        if len(data) > MAX_BATCH:
            raise InputError(f"at most {MAX_BATCH} events per request (got {len(data)})", field="events")
        return [validate(obj, i) for i, obj in enumerate(data)]
    return [validate(data)]


def event_id(event: dict[str, Any]) -> str:
    """The sender's event_id, or a stable one derived from the event's content."""
    if event.get("event_id"):
        return str(event["event_id"])
    basis = json.dumps({k: event[k] for k in ("timestamp", "channel", "session_id", "event_type", "payload")},
                       sort_keys=True, ensure_ascii=False)
    return "ev_" + hashlib.sha256(basis.encode()).hexdigest()[:20]


def _scrub_payload(value: Any, scrubber: Scrubber) -> Any:
    if isinstance(value, str):
        return scrubber.scrub(value)
    if isinstance(value, list):
        return [_scrub_payload(v, scrubber) for v in value]
    if isinstance(value, dict):
        return {k: _scrub_payload(v, scrubber) for k, v in value.items()}
    return value


def to_row(event: dict[str, Any], scrubber: Scrubber, received_at: dt.datetime | None = None) -> dict[str, Any]:
    """The ``events`` tab row: user ids as keyed hashes, texts scrubbed, payload as JSON text."""
    received = (received_at or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
    return {"event_id": event_id(event), "timestamp": event["timestamp"],
            "received_at": received.isoformat(timespec="seconds"), "level": event["level"],
            "channel": event["channel"], "session_id": scrubber.scrub(event["session_id"]),
            "user_id": scrubber.hash_id(event["user_id"]) if event["user_id"] else "",
            "event_type": event["event_type"], "intent": event["intent"], "confidence": event["confidence"],
            "crm_id": event["crm_id"],
            "payload": json.dumps(_scrub_payload(event["payload"], scrubber), ensure_ascii=False, sort_keys=True)
            if event["payload"] else ""}


def rows(events: Iterable[dict[str, Any]], scrubber: Scrubber) -> list[dict[str, Any]]:
    return [to_row(e, scrubber) for e in events]
