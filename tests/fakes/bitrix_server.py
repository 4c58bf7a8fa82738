"""A local server behaving as Bitrix24's REST docs say for an inbound webhook ``/rest/<user>/<secret>/``.

Implements ``crm.lead.add``, ``crm.lead.list`` (ORIGINATOR_ID / @ORIGIN_ID filters), ``crm.timeline.comment.add``
and ``batch`` (≤ 50 PHP-style ``cmd`` queries, per-command ``result_error``). A leaky bucket of
``bucket`` requests draining 2 per second answers 503 QUERY_LIMIT_EXCEEDED when a client goes too fast;
``burst_503`` forces a few; a wrong secret gets 401 NO_AUTH_FOUND; ``free_plan`` answers 403 like a free portal.
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote

from . import _http

SECRET = "abc123secret"


def parse_php_query(query: str) -> dict[str, Any]:
    """``fields[PHONE][0][VALUE]=x`` → nested dicts (numeric keys stay dict keys, then become lists)."""
    root: dict[str, Any] = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        parts = re.findall(r"[^\[\]]+", key)
        node = root
        for p in parts[:-1]:
            node = node.setdefault(p, {})
        node[parts[-1]] = value
    return _lists(root)


def _lists(node: Any) -> Any:
    if isinstance(node, dict):
        node = {k: _lists(v) for k, v in node.items()}
        if node and all(k.isdigit() for k in node):
            return [node[k] for k in sorted(node, key=int)]
    return node


class FakeBitrix:
    def __init__(self, bucket: int = 50, drain_per_s: float = 2.0) -> None:
        self.leads: dict[str, dict[str, Any]] = {}
        self.comments: list[dict[str, Any]] = []
        self.requests = 0
        self.limit_hits = 0
        self.burst_503 = 0
        self.free_plan = False
        self.bucket, self.drain = bucket, drain_per_s
        self._level, self._at = 0.0, time.monotonic()
        self.lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/rest/1/{SECRET}/"

    # --- methods ---------------------------------------------------------------------------------------
    def method(self, name: str, params: dict[str, Any]) -> Any:
        if name == "crm.lead.add":
            fields = params.get("fields") or {}
            if not fields.get("TITLE"):
                raise ValueError("Required fields: TITLE")
            new_id = str(len(self.leads) + 1)
            self.leads[new_id] = {"ID": new_id, **fields}
            return int(new_id)
        if name == "crm.lead.list":
            flt = params.get("filter") or {}
            wanted = set(flt.get("@ORIGIN_ID") or [])
            return [{"ID": lead["ID"], "ORIGIN_ID": lead.get("ORIGIN_ID")} for lead in self.leads.values()
                    if lead.get("ORIGINATOR_ID") == flt.get("ORIGINATOR_ID")
                    and (not wanted or lead.get("ORIGIN_ID") in wanted)][:50]
        if name == "crm.timeline.comment.add":
            fields = params.get("fields") or {}
            if str(fields.get("ENTITY_ID")) not in self.leads:
                raise ValueError("Not found")
            self.comments.append(fields)
            return len(self.comments)
        raise LookupError(name)

    def handle(self, path: str, body: dict[str, Any]) -> tuple[int, Any]:
        m = re.fullmatch(r"/rest/(\d+)/([^/]+)/([\w.]+?)(?:\.json)?", path)
        if not m:
            return 404, {"error": "NOT_FOUND"}
        with self.lock:
            self.requests += 1
            now = time.monotonic()
            self._level = max(0.0, self._level - (now - self._at) * self.drain) + 1
            self._at = now
            if self._level > self.bucket:
                self.limit_hits += 1
                return 503, {"error": "QUERY_LIMIT_EXCEEDED", "error_description": "Too many requests"}
            if self.burst_503:
                self.burst_503 -= 1
                return 503, {"error": "QUERY_LIMIT_EXCEEDED", "error_description": "Too many requests"}
            if m.group(2) != SECRET:
                return 401, {"error": "NO_AUTH_FOUND", "error_description": "Wrong authorization data"}
            if self.free_plan:
                return 403, {"error": "ACCESS_DENIED", "error_description": "REST API is available only on "
                                                                             "commercial plans"}
            name = m.group(3)
            if name == "batch":
                cmd = body.get("cmd") or {}
                if len(cmd) > 50:
                    return 400, {"error": "ERROR_BATCH_LENGTH_EXCEEDED", "error_description": "Max 50"}
                result, errors = {}, {}
                for key, query in cmd.items():
                    method, _, qs = query.partition("?")
                    try:
                        result[key] = self.method(method, parse_php_query(qs))
                    except (ValueError, LookupError) as exc:
                        errors[key] = {"error": "", "error_description": str(exc)}
                return 200, {"result": {"result": result, "result_error": errors, "result_total": [],
                                        "result_next": [], "result_time": {}}, "time": {}}
            try:
                return 200, {"result": self.method(name, body), "time": {}}
            except (ValueError, LookupError) as exc:
                return 400, {"error": "ERROR_CORE", "error_description": str(exc)}

    def dispatch(self, method: str, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, Any, dict[str, str]]:
        status, reply = self.handle(unquote(path), json.loads(raw or b"{}"))
        return status, reply, {}

    def __enter__(self) -> FakeBitrix:
        self._server = _http.start(self.dispatch)
        return self

    def __exit__(self, *exc: object) -> None:
        _http.stop(self._server)
