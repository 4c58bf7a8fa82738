"""Who may post: one secret per source, always compared in constant time.

Modes: ``Authorization: Bearer S``; Telegram's ``X-Telegram-Bot-Api-Secret-Token``; Standard Webhooks
signatures (``webhook-id``, ``webhook-timestamp`` within ±5 min, ``webhook-signature: v1,<base64>`` — several
for key rotation — HMAC-SHA256 over ``id.timestamp.body``); or a secret path token (``/events/<token>``)
for senders that can set no header.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import time
from collections.abc import Mapping

TOLERANCE_S = 300
MAX_ID_CHARS = 256


def _bytes(text: str) -> bytes:
    """A header or path value as bytes for a constant-time compare (``compare_digest`` refuses non-ASCII text)."""
    return text.encode("utf-8", "replace")


class AuthFailed(Exception):
    """The request's credentials are missing or wrong (answered 401)."""


def _key_bytes(secret: str) -> bytes:
    if secret.startswith("whsec_"):
        try:
            return base64.b64decode(secret[len("whsec_"):])
        except ValueError:
            pass
    return secret.encode()


def sign(secret: str, webhook_id: str, timestamp: str, body: bytes) -> str:
    """A Standard Webhooks ``v1,<base64>`` signature (what a sender computes; used by tests and docs)."""
    mac = hmac.new(_key_bytes(secret), _bytes(f"{webhook_id}.{timestamp}.") + body, hashlib.sha256)
    return "v1," + base64.b64encode(mac.digest()).decode()


def verify_signature(secrets: list[str], headers: Mapping[str, str], body: bytes, now: float | None = None) -> str:
    """Check a Standard Webhooks signature; return the webhook-id."""
    webhook_id = headers.get("webhook-id", "")
    stamp = headers.get("webhook-timestamp", "")
    signatures = headers.get("webhook-signature", "")
    if not webhook_id or not stamp:
        raise AuthFailed("webhook-id and webhook-timestamp headers are required with webhook-signature")
    if len(webhook_id) > MAX_ID_CHARS:
        raise AuthFailed(f"webhook-id is longer than {MAX_ID_CHARS} characters")
    if not (stamp.isascii() and stamp.isdigit() and len(stamp) <= 12):
        raise AuthFailed("webhook-timestamp must be Unix seconds")
    sent = int(stamp)
    if abs((now or time.time()) - sent) > TOLERANCE_S:
        raise AuthFailed("webhook-timestamp is more than 5 minutes off: expired or replayed")
    offered = [_bytes(s.split(",", 1)[1]) for s in signatures.split() if s.startswith("v1,")]
    for secret in secrets:
        expected = _bytes(sign(secret, webhook_id, stamp, body).split(",", 1)[1])
        if any(hmac.compare_digest(expected, s) for s in offered):
            return webhook_id
    raise AuthFailed("webhook-signature does not match")


def check(secrets: list[str], headers: Mapping[str, str], body: bytes, path_token: str | None,
          allow_telegram: bool = False) -> str | None:
    """Raise AuthFailed unless one mode proves the sender knows a secret; return a webhook-id if signed."""
    if not secrets:
        return headers.get("webhook-id") or None  # --insecure
    if headers.get("webhook-signature"):
        return verify_signature(secrets, headers, body)
    offered: list[str] = []
    auth = headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        offered.append(auth[7:].strip())
    if allow_telegram and headers.get("x-telegram-bot-api-secret-token"):
        offered.append(headers["x-telegram-bot-api-secret-token"])
    if path_token:
        offered.append(path_token)
    if not offered:
        raise AuthFailed("no credentials: send Authorization: Bearer <secret> (or a signature)")
    for given in offered:
        if any(hmac.compare_digest(_bytes(given), _bytes(s)) for s in secrets):
            return None
    raise AuthFailed("wrong secret")
