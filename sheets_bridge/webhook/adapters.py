"""Payloads of chatbot platforms that cannot send our event JSON, turned into SPEC §5 events.

Served at ``POST /hooks/<platform>``; the Apps Script bridge has the same adapters (apps_script/Adapters.gs,
``…/exec?source=<platform>``) and both must give the same rows for the sample bodies in tests/fixtures/chatbots.
Where each platform's webhook is set and what it sends: docs/chatbots.md.

Times: ISO-8601 with an offset is kept; without one it is taken in the receiver's zone (``WebhookConfig.tz``);
numbers are Unix seconds (milliseconds from 10^11 on); none at all is the time of receipt.
Client names are never copied into events (personal data); an operator's name may be, as the message's sender.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError

# The same pattern as Events.gs ISO_RE, so both receivers read the same platform times the same way.
ISO_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?)?"
                    r"(Z|[+-]\d{2}(?::?\d{2}(?::?\d{2}(?:\.\d+)?)?)?)?$")
EPOCH_TEXT_RE = re.compile(r"^\d{9,13}(\.\d+)?$")
PLACEHOLDER_RE = re.compile(r"^\$\{.*\}$")  # an Aimylogic variable that was not filled in
TELEGRAM_KINDS = ("message", "edited_message", "business_message", "edited_business_message")


@dataclass(frozen=True)
class Context:
    """What an adapter may use besides the body: the zone for times without an offset, the time of receipt,
    the request's query parameters (``?event=appointment.created``, ``?channel=whatsapp``)."""

    tz: dt.tzinfo = dt.timezone.utc
    now: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))
    params: Mapping[str, str] = field(default_factory=dict)


Adapter = Callable[[Any, Context], list[dict[str, Any]]]


def _fail(name: str, message: str) -> InputError:
    return InputError(message, field=name)


def _not_platform(platform: str, name: str) -> InputError:
    return _fail(name, f"is not a {platform} request (no {name})")


def _id(value: Any) -> str:
    """An id or a short text as a string ('' for missing); ints as digits."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _need(obj: Any, name: str, at: str | None = None, platform: str | None = None) -> str:
    if not isinstance(obj, dict) or _id(obj.get(name)) == "":
        raise _not_platform(platform, at or name) if platform else _fail(at or name, "is required")
    return _id(obj[name])


def _iso_at(ms: int, tz: dt.tzinfo) -> str:
    return dt.datetime.fromtimestamp(ms // 1000, tz).replace(microsecond=(ms % 1000) * 1000).isoformat()


def when(value: Any, name: str, ctx: Context) -> str:
    """A platform's time as ISO-8601 with an offset (see the module docstring); InputError naming the field."""
    if value is None or value == "":
        return ctx.now.astimezone(ctx.tz).replace(microsecond=0).isoformat()
    number = isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
    if number or (isinstance(value, str) and EPOCH_TEXT_RE.match(value)):
        v = float(value)
        if v < 0:
            raise _fail(name, "must be a time: ISO-8601 or Unix seconds/milliseconds")
        return _iso_at(math.floor(v + 0.5) if v >= 1e11 else math.floor(v * 1000 + 0.5), ctx.tz)
    m = ISO_RE.match(value) if isinstance(value, str) else None
    if m is None:
        raise _fail(name, "must be a time: ISO-8601 or Unix seconds/milliseconds")
    if m.group(8):
        return value  # events.validate normalizes it
    try:
        micro = int((m.group(7) + "00000")[:6]) if m.group(7) else 0
        wall = dt.datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4) or 0),
                           int(m.group(5) or 0), int(m.group(6) or 0), micro, tzinfo=ctx.tz)
    except ValueError as exc:
        raise _fail(name, "must be a time: ISO-8601 or Unix seconds/milliseconds") from exc
    return wall.isoformat()


def _message(incoming: bool, role: str, text: str, **extra: str) -> dict[str, Any]:
    payload: dict[str, Any] = {"text": text}
    if not incoming:
        payload["role"] = role
    payload.update({k: v for k, v in extra.items() if v})
    return {"event_type": "message.received" if incoming else "message.sent", "payload": payload}


def telegram(update: Any, ctx: Context) -> list[dict[str, Any]]:
    """A Telegram Bot API Update: message / edited_message, and business_message of a Telegram Business account
    (the business's side is a manager, or the bot when the bot wrote)."""
    _need(update, "update_id", "update_id", "Telegram")
    kind = next((k for k in TELEGRAM_KINDS if isinstance(update.get(k), dict)), None)
    if kind is None:
        return []  # callbacks, polls… carry no conversation text
    msg = update[kind]
    chat = msg.get("chat") if isinstance(msg.get("chat"), dict) else {}
    sender = msg.get("from") if isinstance(msg.get("from"), dict) else {}
    chat_id = _need(chat, "id", "message.chat.id")
    text = msg.get("text") or msg.get("caption") or ("<photo>" if "photo" in msg else "<media>")
    business = "business" in kind
    incoming = _id(sender.get("id")) == chat_id if business else not sender.get("is_bot")
    role = "bot" if sender.get("is_bot") or msg.get("sender_business_bot") else "manager"
    return [{"event_id": f"tg-{_id(update['update_id'])}", "timestamp": when(msg.get("date"), "message.date", ctx),
             "channel": "telegram", "session_id": f"tg_{chat_id}", "user_id": f"tg_{chat_id}",
             **_message(incoming, role if business else "bot", str(text))}]


def salebot(body: Any, ctx: Context) -> list[dict[str, Any]]:
    """Salebot: every message of the project, posted to the project's "Webhook URL" (no time: time of receipt)."""
    message_id = _need(body, "id", "id", "Salebot")
    client_id = _need(body.get("client"), "id", "client.id")
    incoming = body.get("is_input") in (1, "1", True)
    failed = body.get("delivered") in (0, "0") or body.get("delivered") is False
    attachments = isinstance(body.get("attachments"), list) and len(body["attachments"]) > 0
    text = body["message"] if isinstance(body.get("message"), str) and body["message"] else (
        "<attachment>" if attachments else "")
    return [{"event_id": f"sb-{message_id}", "timestamp": when(None, "time", ctx), "channel": "salebot",
             "session_id": f"sb_{client_id}", "user_id": _id(body["client"].get("recepient")),
             "level": "warning" if failed else "info",
             **_message(incoming, "bot", text, error=_id(body.get("error_message")) if failed else "")}]


def bothelp(body: Any, ctx: Context) -> list[dict[str, Any]]:
    """BotHelp: the "Send subscriber data via webhook" action of a flow — a lead unless ``?event=`` says else.
    The chat webhooks (conversation_closed, user_profile_viewed) are acknowledged and store nothing."""
    if not isinstance(body, dict):
        raise _not_platform("BotHelp", "cuid")
    if body.get("event") in ("conversation_closed", "user_profile_viewed"):
        return []
    subscriber = next((v for v in (_id(body.get(k)) for k in ("cuid", "bhid", "user_id", "id")) if v), "")
    if not subscriber:
        raise _not_platform("BotHelp", "cuid")
    payload: dict[str, Any] = {}
    if _id(body.get("email")):
        payload["email"] = _id(body["email"])
    if isinstance(body.get("tags"), list):
        payload["tags"] = [_id(t) for t in body["tags"]]
    return [{"timestamp": when(body.get("event_timestamp"), "event_timestamp", ctx),
             "channel": ctx.params.get("channel") or "bothelp", "session_id": f"bh_{subscriber}",
             "user_id": _id(body.get("phone")) or f"bh_{subscriber}",
             "event_type": ctx.params.get("event") or "lead.created", "payload": payload}]


def aimylogic(body: Any, ctx: Context) -> list[dict[str, Any]]:
    """Aimylogic: the body of an "HTTP request" block as docs/chatbots.md gives it (variables ``${…}``)."""
    if not isinstance(body, dict):
        raise _not_platform("Aimylogic", "user")

    def get(key: str) -> str:
        value = _id(body.get(key))
        return "" if PLACEHOLDER_RE.match(value) else value

    user = get("user")
    if not user:
        raise _fail("user", "is required")
    text = get("text")
    etype = get("event") or ctx.params.get("event") or ("message.received" if text else "lead.created")
    is_message = etype in ("message.received", "message.sent")
    payload = _message(etype == "message.received", "bot", text)["payload"] if is_message else (
        {"text": text} if text else {})
    return [{"timestamp": when(get("time"), "time", ctx), "channel": get("channel") or "aimylogic",
             "session_id": f"aimy_{user}", "user_id": get("phone") or f"aimy_{user}", "event_type": etype,
             "intent": get("intent"), "payload": payload}]


def chat2desk(body: Any, ctx: Context) -> list[dict[str, Any]]:
    """Chat2Desk: the ``inbox`` / ``outbox`` webhook events (messages from and to clients)."""
    if isinstance(body, dict) and body.get("hook_type") and body["hook_type"] not in ("inbox", "outbox"):
        return []
    message_id = _need(body, "message_id", "message_id", "Chat2Desk")
    incoming = body.get("type") == "from_client"
    if not incoming and body.get("type") not in ("to_client", "autoreply"):
        return []  # system notes, comments
    client = body.get("client") if isinstance(body.get("client"), dict) else {}
    client_id = _id(body.get("client_id")) or _id(client.get("id"))
    if not client_id:
        raise _fail("client_id", "is required")
    attachments = isinstance(body.get("attachments"), list) and len(body["attachments"]) > 0
    media = ("<photo>" if body.get("photo") else "<audio>" if body.get("audio") else "<document>" if body.get("pdf")
             else "<attachment>" if attachments else "<location>" if body.get("coordinates") else "")
    operator = _id(body.get("operator_id"))
    return [{"event_id": f"c2d-{message_id}", "timestamp": when(body.get("event_time"), "event_time", ctx),
             "channel": _id(body.get("transport")) or "chat2desk", "session_id": f"c2d_{client_id}",
             "user_id": _id(client.get("phone")) or f"c2d_{client_id}",
             **_message(incoming, "manager" if operator else "bot", str(body["text"]) if body.get("text") else media,
                        sender=f"operator {operator}" if not incoming and operator else "")}]


def wazzup(body: Any, ctx: Context) -> list[dict[str, Any]]:
    """Wazzup (API v3): the messages webhook; statuses, contact/deal requests and the ``{"test": true}`` check
    store nothing."""
    if isinstance(body, dict) and body and (body.get("test") is True or "messages" not in body):
        return []
    if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
        raise _not_platform("Wazzup", "messages")
    out = []
    for i, m in enumerate(body["messages"]):
        at = f"messages[{i}]"
        if not isinstance(m, dict):
            raise _fail(at, "must be a JSON object")
        message_id = _need(m, "messageId", f"{at}.messageId")
        chat_id = _need(m, "chatId", f"{at}.chatId")
        if m.get("isDeleted") is True:
            continue
        echo = m.get("isEcho") is True
        author = _id(m.get("authorName"))
        text = str(m["text"]) if m.get("text") else f"<{_id(m.get('type')) or 'media'}>"
        out.append({"event_id": f"wz-{message_id}", "timestamp": when(m.get("dateTime"), f"{at}.dateTime", ctx),
                    "channel": _id(m.get("chatType")) or "wazzup", "session_id": chat_id,
                    "user_id": chat_id,  # a WhatsApp chat's id is the client's phone
                    **_message(not echo, "manager" if author or _id(m.get("authorId")) else "bot", text,
                               sender=author if echo else "")})
    return out


def generic(body: Any, ctx: Context) -> list[dict[str, Any]]:
    """``{"messages": [{"id", "chat_id", "timestamp" (ISO or Unix), "direction": "in"|"out", "text",
    "sender", "channel"?}]}`` — the shape most chat platforms can be configured to send. The event id is
    ``gen-<chat_id>:<id>``, since many platforms number messages per chat."""
    if not isinstance(body, dict) or not isinstance(body.get("messages"), list):
        raise _not_platform("generic", "messages")
    out = []
    for i, m in enumerate(body["messages"]):
        at = f"messages[{i}]"
        if not isinstance(m, dict):
            raise _fail(at, "must be a JSON object")
        for key in ("id", "chat_id", "timestamp", "text"):
            if _id(m.get(key)) == "":
                raise _fail(f"{at}.{key}", "is required")
        direction = m.get("direction", "in")
        if direction not in ("in", "out"):
            raise _fail(f"{at}.direction", "must be in or out")
        chat = _id(m["chat_id"]).replace("%", "%25").replace(":", "%3A")  # ids repeat per chat: scope them by it
        out.append({"event_id": f"gen-{chat}:{_id(m['id'])}", "timestamp": when(m["timestamp"], f"{at}.timestamp", ctx),
                    "channel": _id(m.get("channel")) or "chat", "session_id": _id(m["chat_id"]),
                    "event_type": "message.received" if direction == "in" else "message.sent",
                    "payload": {"text": str(m["text"]), "sender": _id(m.get("sender"))}})
    return out


ADAPTERS: dict[str, Adapter] = {"telegram": telegram, "salebot": salebot, "bothelp": bothelp,
                                "aimylogic": aimylogic, "chat2desk": chat2desk, "wazzup": wazzup, "generic": generic}
