"""A local server speaking the Telegram Bot API subset the job uses (https://core.telegram.org/bots/api).

Requests are ``POST /bot<token>/<method>`` with JSON, urlencoded or multipart/form-data bodies. Every answer is
JSON: ``{"ok": true, "result": …}`` or ``{"ok": false, "error_code": N, "description": "…"}`` with the HTTP status
equal to ``error_code``, and on a flood limit ``"parameters": {"retry_after": seconds}`` (the ResponseParameters
object). Methods: ``sendMessage`` (``chat_id``, ``text`` of 1–4096 characters, counted as UTF-16 code units; the
result a Message with ``text``) and ``sendDocument`` (``chat_id``, ``document`` uploaded as a file, ``caption`` up
to 1024 characters; the result a Message with a Document).

Refusals as Telegram words them: a wrong token 401 "Unauthorized"; an unknown chat 400 "Bad Request: chat not
found"; 400 "Bad Request: message is too long", "Bad Request: message text is empty", "Bad Request: message caption
is too long"; an unknown method 404 "Not Found". Injected: ``flood(n, retry_after)`` answers the next ``n`` calls 429
"Too Many Requests: retry after N"; ``fail_next(status, body)`` answers the next call with ``body`` (a dict as JSON,
bytes as they are, e.g. a proxy's HTML page).
"""

from __future__ import annotations

import json
import threading
import time
from email import policy
from email.parser import BytesParser
from http.server import ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from . import _http

TOKEN = "123456789:AAHfakeTokenForTests_0123456789abcd"
CHAT_ID = "424242"


def _units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _form(headers: dict[str, str], raw: bytes) -> tuple[dict[str, str], dict[str, tuple[str, bytes, str]]]:
    """The request's fields and uploaded files, whatever the encoding."""
    ctype = next((v for k, v in headers.items() if k.lower() == "content-type"), "")
    if ctype.startswith("application/json"):
        return {k: v if isinstance(v, str) else json.dumps(v) if isinstance(v, dict | list) else str(v)
                for k, v in json.loads(raw or b"{}").items()}, {}
    if ctype.startswith("multipart/form-data"):
        message = BytesParser(policy=policy.default).parsebytes(
            f"Content-Type: {ctype}\r\nMIME-Version: 1.0\r\n\r\n".encode() + raw)
        fields, files = {}, {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True) or b""
            filename = part.get_filename()
            if filename is not None:
                files[str(name)] = (filename, payload, part.get_content_type())
            else:
                fields[str(name)] = payload.decode()
        return fields, files
    return dict(parse_qsl(raw.decode(), keep_blank_values=True)), {}


class FakeTelegram:
    """``with FakeTelegram() as tg: …`` — ``tg.api_root`` for TelegramConfig; ``tg.sent`` holds what arrived."""

    def __init__(self, token: str = TOKEN, chats: tuple[str, ...] = (CHAT_ID,)) -> None:
        self.token, self.chats = token, set(chats)
        self.sent: list[dict[str, Any]] = []       # accepted calls: method, chat_id, text / caption, document
        self.calls: list[str] = []                 # every call's method, refused ones too
        self._flood: list[float] = []
        self._forced: list[tuple[int, Any]] = []
        self._lock = threading.Lock()
        self._next_id = 1
        self.server: ThreadingHTTPServer | None = None

    # --- test controls ---------------------------------------------------------------------------------------
    def flood(self, n: int, retry_after: float) -> None:
        with self._lock:
            self._flood.extend([retry_after] * n)

    def fail_next(self, status: int, body: Any) -> None:
        with self._lock:
            self._forced.append((status, body))

    @property
    def api_root(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def methods(self) -> list[str]:
        return [s["method"] for s in self.sent]

    # --- the protocol ----------------------------------------------------------------------------------------
    @staticmethod
    def _error(code: int, description: str, **parameters: Any) -> tuple[int, Any, dict[str, str]]:
        body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
        if parameters:
            body["parameters"] = parameters
        return code, body, {}

    def dispatch(self, method: str, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, Any, dict[str, str]]:
        parts = path.split("?", 1)[0].strip("/").split("/")
        if len(parts) != 2 or not parts[0].startswith("bot"):
            return self._error(404, "Not Found")
        token, name = parts[0][3:], parts[1]
        with self._lock:
            self.calls.append(name)
            if self._forced:
                status, body = self._forced.pop(0)
                return status, body, {}
            if token != self.token:
                return self._error(401, "Unauthorized")
            if self._flood:
                after = self._flood.pop(0)
                return self._error(429, f"Too Many Requests: retry after {int(after)}", retry_after=after)
        if method != "POST" and method != "GET":
            return self._error(405, "Method Not Allowed")
        fields, files = _form(headers, raw)
        if name not in ("sendMessage", "sendDocument"):
            return self._error(404, "Not Found")
        chat = fields.get("chat_id", "")
        if not chat:
            return self._error(400, "Bad Request: chat_id is empty")
        if chat not in self.chats:
            return self._error(400, "Bad Request: chat not found")
        result: dict[str, Any] = {"date": int(time.time()), "chat": {"id": int(chat), "type": "private"}}
        record: dict[str, Any] = {"method": name, "chat_id": chat}
        if name == "sendMessage":
            text = fields.get("text", "")
            if not text.strip():
                return self._error(400, "Bad Request: message text is empty")
            if _units(text) > 4096:
                return self._error(400, "Bad Request: message is too long")
            result["text"] = record["text"] = text
        else:
            caption = fields.get("caption", "")
            if _units(caption) > 1024:
                return self._error(400, "Bad Request: message caption is too long")
            if "document" not in files:
                return self._error(400, "Bad Request: there is no document in the request")
            filename, data, ctype = files["document"]
            record.update(caption=caption, filename=filename, data=data, content_type=ctype)
            result["caption"] = caption
            result["document"] = {"file_id": f"BQACAgIAAx{len(self.sent)}", "file_unique_id": f"AgAD{len(self.sent)}",
                                  "file_name": filename, "mime_type": ctype, "file_size": len(data)}
        with self._lock:
            result["message_id"] = self._next_id
            self._next_id += 1
            self.sent.append(record)
        return 200, {"ok": True, "result": result}, {}

    def __enter__(self) -> FakeTelegram:
        self.server = _http.start(self.dispatch)
        return self

    def __exit__(self, *exc: object) -> None:
        _http.stop(self.server)
