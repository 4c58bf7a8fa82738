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
from .privacy import TOKEN_RE, Scrubber
from .privacy.fullnames import is_given_name

EVENT_TYPE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)+")  # always fullmatch: "lead.created\n" is refused
KNOWN_TYPES = frozenset({"message.received", "message.sent", "scenario.step", "lead.created", "contact.requested",
                         "appointment.created", "appointment.confirmed", "appointment.rescheduled",
                         "appointment.cancelled", "complaint.received", "handoff.requested", "assistant.error"})
LEVELS = ("info", "warning", "error")
MAX_BATCH = 500
MAX_DEPTH = 20  # nesting of payload; a deeper one is refused (nothing real nests that deep; scrubbing recurses)
YEARS = (2000, 2100)  # a timestamp outside them is a sender's bug, and one such row breaks every analyze
MAX_OFFSET = dt.timedelta(hours=14)  # the widest real UTC offsets are -12:00 and +14:00
_SURROGATE = re.compile("[\ud800-\udfff]")
# Payload keys that hold a person's name (compared without "_" and case), at the top level or inside the objects
# that describe a person; a business's own sender (message.sent) keeps its name, as a manager does in chats.
NAME_KEYS = frozenset({"name", "firstname", "lastname", "middlename", "fullname", "surname", "username", "nickname",
                       "displayname", "clientname", "contactname", "customername", "authorname", "fio", "sender"})
PERSON_KEYS = frozenset({"from", "user", "client", "contact", "customer", "sender", "author", "profile",
                         "subscriber", "lead", "person", "chat"})


def _clean(value: str) -> str:
    """A lone surrogate (JSON ``"\\ud800"``: a text cut in the middle of an emoji) becomes U+FFFD."""
    return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value


def _text(obj: dict[str, Any], name: str, required: bool, max_len: int = 200) -> str:
    value = obj.get(name)
    if value is None or value == "":
        if required:
            raise InputError("is required", field=name)
        return ""
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise InputError(f"must be a string, not {type(value).__name__}", field=name)
    value = _clean(str(value))
    if len(value) > max_len:
        raise InputError(f"is longer than {max_len} characters", field=name)
    return value


def _timestamp(stamp: str) -> str:
    """ISO-8601 with an offset, in 2000–2100 and within ±14:00, normalized; InputError naming ``timestamp``."""
    try:
        when = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError("must be ISO-8601 like 2025-01-01T12:34:56+03:00", field="timestamp") from exc
    offset = when.utcoffset()
    if offset is None:
        raise InputError("needs a UTC offset (…+03:00 or Z)", field="timestamp")
    if not YEARS[0] <= when.year <= YEARS[1]:
        raise InputError(f"year {when.year} is outside {YEARS[0]}–{YEARS[1]}; check the sender's clock",
                         field="timestamp")
    if abs(offset) > MAX_OFFSET:
        raise InputError("has a UTC offset beyond ±14:00", field="timestamp")
    return when.isoformat()


def _depth(value: Any) -> int:
    """How deeply lists and objects nest in a value (without recursion, so any depth can be measured)."""
    deepest, stack = 0, [(value, 0)]
    while stack:
        item, level = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        deepest = max(deepest, level + 1)
        if deepest > MAX_DEPTH:
            return deepest
        stack.extend((child, level + 1) for child in children)
    return deepest


def _clean_all(value: Any) -> Any:
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, list):
        return [_clean_all(v) for v in value]
    if isinstance(value, dict):
        return {_clean(str(k)): _clean_all(v) for k, v in value.items()}
    return value


def _payload(obj: dict[str, Any]) -> dict[str, Any]:
    payload = obj.get("payload")
    if payload is not None and not isinstance(payload, dict):
        raise InputError("must be a JSON object", field="payload")
    if payload and _depth(payload) > MAX_DEPTH:
        raise InputError(f"nests deeper than {MAX_DEPTH} levels", field="payload")
    return _clean_all(payload or {})


def validate(obj: Any, index: int | None = None) -> dict[str, Any]:
    """A checked event with normalized fields, or InputError naming the field (``[3].timestamp``)."""
    prefix = f"[{index}]." if index is not None else ""
    try:
        if not isinstance(obj, dict):
            raise InputError("an event must be a JSON object", field=prefix.rstrip(".") or "event")
        out: dict[str, Any] = {"timestamp": _timestamp(_text(obj, "timestamp", True))}
        out["channel"] = _text(obj, "channel", True, 50)
        out["session_id"] = _text(obj, "session_id", True)
        etype = _text(obj, "event_type", True, 100)
        if not EVENT_TYPE.fullmatch(etype):
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
        out["payload"] = _payload(obj)
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


def _key(name: str) -> str:
    return name.replace("_", "").replace("-", "").casefold()


def _person_name(value: str, scrubber: Scrubber) -> str:
    """A name field's value: a token, unless it is one given name alone ("Анна", which identifies nobody; the text
    rules keep it too) or already scrubbed."""
    words = value.split()
    if not words or (len(words) == 1 and is_given_name(words[0])) or TOKEN_RE.fullmatch(value.strip()):
        return scrubber.scrub(value)
    return scrubber.person(value)


def _scrub_payload(value: Any, scrubber: Scrubber, names: bool, business: bool = False) -> Any:
    """Texts scrubbed; values under name keys (``names``: at the top level or in a person's object) as persons."""
    if isinstance(value, str):
        return scrubber.scrub(value)
    if isinstance(value, list):
        return [_scrub_payload(v, scrubber, names, business) for v in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for k, v in value.items():
        key = _key(k)
        if names and key in NAME_KEYS and isinstance(v, str) and not (business and key == "sender"):
            out[k] = _person_name(v, scrubber)
        else:
            out[k] = _scrub_payload(v, scrubber, key in PERSON_KEYS, business)
    return out


def to_row(event: dict[str, Any], scrubber: Scrubber, received_at: dt.datetime | None = None) -> dict[str, Any]:
    """The ``events`` tab row: user ids as keyed hashes; every text (ids, intent, crm_id, payload) scrubbed, so a
    phone in ``crm_id`` becomes a token while ``LEAD_789`` stays; names in the payload as tokens; payload as JSON."""
    received = (received_at or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc)
    business = event["event_type"] == "message.sent"
    payload = _scrub_payload(event["payload"], scrubber, True, business) if event["payload"] else {}
    given = scrubber.scrub(event["event_id"]) if event["event_id"] else ""
    return {"event_id": given or event_id(event), "timestamp": event["timestamp"],
            "received_at": received.isoformat(timespec="seconds"), "level": event["level"],
            "channel": scrubber.scrub(event["channel"]), "session_id": scrubber.scrub(event["session_id"]),
            "user_id": scrubber.hash_id(event["user_id"]) if event["user_id"] else "",
            "event_type": event["event_type"], "intent": scrubber.scrub(event["intent"]),
            "confidence": event["confidence"], "crm_id": scrubber.scrub(event["crm_id"]),
            "payload": json.dumps(payload, ensure_ascii=False, sort_keys=True) if payload else ""}


def content_id(row: dict[str, Any]) -> str:
    """An id for an event without ``event_id`` that also covers what :func:`event_id` leaves out (user, intent,
    crm_id, level, confidence): two such events that differ only there are two events, not a retry."""
    basis = json.dumps({k: v for k, v in row.items() if k not in ("event_id", "received_at")}, sort_keys=True,
                       ensure_ascii=False)
    return "ev_" + hashlib.sha256(basis.encode()).hexdigest()[:20]


def rows(events: Iterable[dict[str, Any]], scrubber: Scrubber) -> list[dict[str, Any]]:
    return [to_row(e, scrubber) for e in events]
