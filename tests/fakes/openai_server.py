"""A local server speaking OpenAI's chat completions protocol (``POST /v1/chat/completions``).

It answers structured-output requests for the ``llm`` tagger: it reads the ``conversation_id: …`` lines
of the user message and returns one item per conversation. Each request can instead be answered with a
scripted failure (``script``): ``"invalid_json"``, ``"bad_item"``, or an HTTP status (429, 500 …).
Every request body is kept in ``bodies`` so tests can check what left the machine.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import ThreadingHTTPServer
from typing import Any

from . import _http

TAGS = {"intent": "booking", "sentiment": "neutral", "need_service": 1, "need_time": 1, "need_budget": 0,
        "booking_offered": 1, "booked": 0, "missed_lead": 0, "rude": 0, "recommended_action": "none",
        "confidence": 0.91}


class FakeOpenAI:
    def __init__(self) -> None:
        self.bodies: list[dict[str, Any]] = []
        self.script: list[Any] = []  # per request: "ok", "invalid_json", "bad_item", or an int status
        self.lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def answer(self, body: dict[str, Any]) -> tuple[int, Any]:
        with self.lock:
            self.bodies.append(body)
            action = self.script.pop(0) if self.script else "ok"
        if isinstance(action, int):
            return action, {"error": {"message": "scripted failure", "type": "server_error", "code": None}}
        user = next(m["content"] for m in body["messages"] if m["role"] == "user")
        ids = re.findall(r"^conversation_id: (\S+)$", user, re.M)
        items = [{"conversation_id": cid, **TAGS} for cid in ids]
        if action == "bad_item" and items:
            items[0]["intent"] = "purchase"  # not an allowed value
        content = "{not json" if action == "invalid_json" else json.dumps({"items": items})
        prompt_tokens = sum(len(m["content"]) for m in body["messages"]) // 4
        return 200, {"id": "chatcmpl-1", "object": "chat.completion", "created": 0, "model": body["model"],
                     "choices": [{"index": 0, "finish_reason": "stop", "logprobs": None,
                                  "message": {"role": "assistant", "content": content, "refusal": None}}],
                     "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": len(content) // 4,
                               "total_tokens": prompt_tokens + len(content) // 4}}

    def dispatch(self, method: str, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, Any, dict[str, str]]:
        if method != "POST" or not path.endswith("/chat/completions"):
            return 404, {}, {}
        status, reply = self.answer(json.loads(raw or b"{}"))
        return status, reply, {"Retry-After": "0"} if status == 429 else {}

    def __enter__(self) -> FakeOpenAI:
        self._server = _http.start(self.dispatch)
        return self

    def __exit__(self, *exc: object) -> None:
        _http.stop(self._server)
