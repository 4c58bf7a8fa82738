"""A local server behaving as Bitrix24's REST docs (github.com/bitrix24/b24restdocs) and the official SDKs
(bitrix24/b24pysdk ``error``, bitrix24/b24phpsdk ``ApiLevelErrorHandler``) say, for an inbound webhook
``/rest/<user>/<secret>/``.

Methods: ``crm.lead.add`` (TITLE required, portal-mandatory fields, auto-conversion to a deal in the simple CRM
mode), ``crm.lead.list`` (ORIGINATOR_ID, ``@`` (IN), ``=TITLE``/``%TITLE``, PHONE filters; IDs as strings),
``crm.duplicate.findbycomm`` (PHONE/EMAIL, ≤ 20 values, extension ignored, PHP's ``[]`` when nothing matches),
``crm.timeline.comment.add``/``.list`` (lowercase ``fields``; ENTITY_ID and ENTITY_TYPE required in the filter),
``crm.settings.mode.get`` (1 classic, 2 simple) and ``batch`` (≤ 50 PHP-style ``cmd`` queries, ``halt``,
per-command ``result_error``). Every answer has the ``time`` block with ``operating`` and ``operating_reset_at``.

Limits: a leaky bucket of ``bucket`` requests draining 2 per second (503 QUERY_LIMIT_EXCEEDED); each method's
``operating`` seconds summed over 10 minutes, over ``operating_limit`` the method is blocked (429
OPERATION_TIME_LIMIT, or that command's ``result_error`` inside a batch) until the oldest spending leaves the window.
Refusals: a wrong secret 401 NO_AUTH_FOUND; ``free_plan`` 403 ACCESS_DENIED with the plan's text; a scope not
granted 403 insufficient_scope; ``user_rights=False`` 403 INVALID_CREDENTIALS; ``can_add_leads=False`` the method's
own "Access denied."; ``burst_503`` / ``burst_500`` / ``fail_next`` a few forced ones; ``secret`` may be rotated.
``import_csv`` stores leads as the import wizard does: without ORIGINATOR_ID or ORIGIN_ID. ``clock`` (unix
seconds) may be a test's virtual clock.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import threading
import time
from collections.abc import Callable
from http.server import ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote

from . import _http

SECRET = "abc123secret"
WINDOW = 600.0  # Bitrix24 sums a method's operating time over 10 minutes
BLOCKED = {"error": "OPERATION_TIME_LIMIT", "error_description": "Method is blocked due to operation time limit."}


class Refused(Exception):
    """A method's own error: (HTTP status, error code, description)."""

    def __init__(self, status: int, code: str, description: str) -> None:
        super().__init__(description)
        self.status, self.code, self.description = status, code, description

    def body(self) -> dict[str, str]:
        return {"error": self.code, "error_description": self.description}


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


def digits(phone: str) -> str:
    """A phone as Bitrix24's duplicate search compares it: digits only, the extension dropped."""
    return re.sub(r"\D", "", re.split(r"(?i)\s*(?:доб|ext|x)\.?\s*\d+\s*$", str(phone))[0])


class FakeBitrix:
    def __init__(self, bucket: int = 50, drain_per_s: float = 2.0, clock: Callable[[], float] = time.time) -> None:
        self.leads: dict[str, dict[str, Any]] = {}
        self.deals: dict[str, dict[str, Any]] = {}
        self.comments: list[dict[str, Any]] = []
        self.requests = 0
        self.limit_hits = 0
        self.burst_503 = 0
        self.burst_500 = 0
        self.free_plan: str | None = None  # e.g. "REST API is available only on commercial plans"
        self.simple_crm = False
        self.scopes = {"crm"}
        self.user_rights = True
        self.can_add_leads = True
        self.secret = SECRET  # the webhook's secret now: a test may rotate it (the URL keeps the old one)
        self.fail_next: dict[str, int] = {}  # method → how many of its next calls fail (a forced error)
        self.required_fields: dict[str, str] = {}  # field ID → label, made mandatory in the portal's settings
        self.operating_cost: dict[str, float] = {}  # method → seconds each call spends
        self.operating_limit = 480.0
        self._spent: dict[str, list[tuple[float, float]]] = {}
        self.clock = clock
        self.bucket, self.drain = bucket, drain_per_s
        self._level, self._at = 0.0, clock()
        self.lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._next_id = 1

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/rest/1/{SECRET}/"

    # --- the portal's data -------------------------------------------------------------------------------
    def _new_id(self) -> str:
        new_id, self._next_id = str(self._next_id), self._next_id + 1
        return new_id

    def import_csv(self, text: str) -> list[str]:
        """Leads as CRM → Leads → Import stores them from a ``;`` field-ID CSV: no ORIGINATOR_ID/ORIGIN_ID."""
        ids = []
        for row in csv.DictReader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"):
            fields: dict[str, Any] = {k: v for k, v in row.items() if v and k not in ("PHONE_MOBILE", "EMAIL_WORK")}
            for column, (kind, value_type) in {"PHONE_MOBILE": ("PHONE", "MOBILE"),
                                               "EMAIL_WORK": ("EMAIL", "WORK")}.items():
                if row.get(column):
                    fields[kind] = [{"VALUE": row[column], "VALUE_TYPE": value_type}]
            fields["TITLE"] = fields.get("TITLE") or row.get("NAME") or ""
            new_id = self._new_id()
            self.leads[new_id] = {"ID": new_id, **fields}
            ids.append(new_id)
        return ids

    def transcripts_of(self, lead_id: str) -> list[dict[str, Any]]:
        """The sheets-bridge transcript comments on one lead."""
        return [c for c in self.comments if c["ENTITY_TYPE"] == "lead" and c["ENTITY_ID"] == str(lead_id)
                and c["COMMENT"].startswith("sheets-bridge: ")]

    # --- methods -----------------------------------------------------------------------------------------
    def lead_add(self, params: dict[str, Any]) -> Any:
        fields = params.get("fields") or {}
        if not self.can_add_leads:
            raise Refused(400, "", "Access denied.")
        if not fields.get("TITLE"):
            raise Refused(400, "", "Required fields: TITLE")
        missing = [label for key, label in self.required_fields.items() if not fields.get(key)]
        if missing:
            raise Refused(400, "", f'Не заполнено обязательное поле "{missing[0]}"')
        new_id = self._new_id()
        lead = {"ID": new_id, "STATUS_ID": "NEW", **fields}
        if self.simple_crm:  # the simple mode converts every new lead into a deal at once
            lead["STATUS_ID"] = "CONVERTED"
            deal_id = self._new_id()
            self.deals[deal_id] = {"ID": deal_id, "LEAD_ID": new_id, "TITLE": fields["TITLE"]}
        self.leads[new_id] = lead
        return int(new_id)

    def _matches(self, lead: dict[str, Any], flt: dict[str, Any]) -> bool:
        for key, value in flt.items():
            if key.startswith("@"):  # IN
                wanted = {str(v) for v in (value if isinstance(value, list) else [value])}
                if str(lead.get(key[1:], "")) not in wanted:
                    return False
            elif key in ("=TITLE", "TITLE"):
                if lead.get("TITLE") != value:
                    return False
            elif key == "%TITLE":
                if str(value).lower() not in str(lead.get("TITLE", "")).lower():
                    return False
            elif key == "PHONE":
                if digits(value) not in {digits(p["VALUE"]) for p in lead.get("PHONE") or []}:
                    return False
            elif str(lead.get(key.lstrip("="), "")) != str(value):
                return False
        return True

    def lead_list(self, params: dict[str, Any]) -> Any:
        flt = params.get("filter") or {}
        select = params.get("select") or ["*"]
        start = int(params.get("start") or 0)
        rows = [lead for lead in self.leads.values() if self._matches(lead, flt)]
        keep = (lambda k: True) if "*" in select else (lambda k: k in select or k == "ID")
        return [{k: str(v) if k == "ID" else v for k, v in lead.items() if keep(k)} for lead in rows][start:start + 50]

    def find_by_comm(self, params: dict[str, Any]) -> Any:
        kind, values = params.get("type"), params.get("values") or []
        if not kind:
            raise Refused(400, "Communication type is not defined", "Parameter 'type' is required.")
        if kind not in ("PHONE", "EMAIL"):
            raise Refused(400, "", f"Communication type '{kind}' is not supported in current context")
        if not values:
            raise Refused(400, "", "Communication values is not defined")
        values = values if isinstance(values, list) else [values]
        if len(values) > 20:
            raise Refused(400, "", "Too many communication values: 20 at most")
        norm = digits if kind == "PHONE" else str.lower
        wanted = {norm(str(v)) for v in values}
        found = [int(lead["ID"]) for lead in self.leads.values()
                 if wanted & {norm(str(m["VALUE"])) for m in lead.get(kind) or []}][:20]
        if params.get("entity_type") not in (None, "LEAD"):
            return []
        return {"LEAD": found} if found else []  # PHP's empty array

    def comment_add(self, params: dict[str, Any]) -> Any:
        if "fields" not in params:
            raise Refused(400, "", "Required parameter \"fields\" is missing")
        fields = params["fields"]
        if fields.get("ENTITY_TYPE") != "lead" or str(fields.get("ENTITY_ID")) not in self.leads:
            raise Refused(400, "", "Not found")
        if not fields.get("COMMENT"):
            raise Refused(400, "", "Empty comment message.")
        comment = {"ID": str(len(self.comments) + 1), "ENTITY_ID": str(fields["ENTITY_ID"]), "ENTITY_TYPE": "lead",
                   "COMMENT": fields["COMMENT"], "CREATED": dt.datetime.now(dt.timezone.utc).isoformat(),
                   "AUTHOR_ID": "1", "FILES": {}}
        self.comments.append(comment)
        return int(comment["ID"])

    def comment_list(self, params: dict[str, Any]) -> Any:
        flt = params.get("filter") or {}
        if not flt.get("ENTITY_ID") or not flt.get("ENTITY_TYPE"):
            raise Refused(400, "", "ENTITY_ID and ENTITY_TYPE are required in the filter")
        return [c for c in self.comments if c["ENTITY_ID"] == str(flt["ENTITY_ID"])
                and c["ENTITY_TYPE"] == flt["ENTITY_TYPE"]][:50]

    def method(self, name: str, params: dict[str, Any]) -> Any:
        handlers: dict[str, Callable[[dict[str, Any]], Any]] = {
            "crm.lead.add": self.lead_add, "crm.lead.list": self.lead_list,
            "crm.duplicate.findbycomm": self.find_by_comm, "crm.timeline.comment.add": self.comment_add,
            "crm.timeline.comment.list": self.comment_list,
            "crm.settings.mode.get": lambda params: 2 if self.simple_crm else 1}
        if name not in handlers:
            raise Refused(404, "ERROR_METHOD_NOT_FOUND", "Method not found!")
        if name.split(".")[0] not in self.scopes:
            raise Refused(403, "insufficient_scope",
                          "The request requires higher privileges than provided by the webhook token")
        if not self.user_rights:
            raise Refused(403, "INVALID_CREDENTIALS", "Invalid request credentials")
        if self._blocked(name):
            raise Refused(429, BLOCKED["error"], BLOCKED["error_description"])
        if self.fail_next.get(name):
            self.fail_next[name] -= 1
            raise Refused(400, "ERROR_CORE", f"{name}: forced failure")
        self._spend(name)
        return handlers[name](params)

    # --- limits ------------------------------------------------------------------------------------------
    def _recent(self, name: str) -> list[tuple[float, float]]:
        now = self.clock()
        kept = [(t, cost) for t, cost in self._spent.get(name, []) if t > now - WINDOW]
        self._spent[name] = kept
        return kept

    def _blocked(self, name: str) -> bool:
        return sum(cost for _, cost in self._recent(name)) > self.operating_limit

    def _spend(self, name: str) -> None:
        if self.operating_cost.get(name):
            self._spent.setdefault(name, []).append((self.clock(), self.operating_cost[name]))

    def time_block(self, name: str) -> dict[str, Any]:
        """The ``time`` of an answer: ``operating_reset_at`` is when the oldest spending leaves the window."""
        now = self.clock()
        spent = self._recent(name)
        reset = (spent[0][0] + WINDOW) if spent else now + WINDOW
        stamp = dt.datetime.fromtimestamp(now, dt.timezone.utc).isoformat(timespec="seconds")
        return {"start": now, "finish": now, "duration": 0.0, "processing": 0.0, "date_start": stamp,
                "date_finish": stamp, "operating_reset_at": int(reset), "operating": sum(c for _, c in spent)}

    def _bucket_full(self) -> bool:
        now = self.clock()
        self._level = max(0.0, self._level - (now - self._at) * self.drain) + 1
        self._at = now
        return self._level > self.bucket

    # --- HTTP --------------------------------------------------------------------------------------------
    def _batch(self, body: dict[str, Any]) -> tuple[int, Any]:
        cmd = body.get("cmd") or {}
        if len(cmd) > 50:
            return 400, {"error": "ERROR_BATCH_LENGTH_EXCEEDED", "error_description": "Max batch length exceeded"}
        result: dict[str, Any] = {}
        errors: dict[str, Any] = {}
        names = []
        for key, query in cmd.items():
            name, _, qs = query.partition("?")
            names.append(name)
            try:
                result[key] = self.method(name, parse_php_query(qs))
            except Refused as exc:
                errors[key] = exc.body()
                if str(body.get("halt")) == "1":
                    break
        time_info = self.time_block(next((n for n in names if self._blocked(n)), names[0] if names else "batch"))
        return 200, {"result": {"result": result or [], "result_error": errors or [], "result_total": [],
                                "result_next": [], "result_time": []}, "time": time_info}

    def handle(self, path: str, body: dict[str, Any]) -> tuple[int, Any]:
        m = re.fullmatch(r"/rest/(\d+)/([^/]+)/([\w.]+?)(?:\.json)?", path)
        if not m:
            return 404, {"error": "NOT_FOUND"}
        with self.lock:
            self.requests += 1
            if self._bucket_full():
                self.limit_hits += 1
                return 503, {"error": "QUERY_LIMIT_EXCEEDED", "error_description": "Too many requests"}
            if self.burst_503:
                self.burst_503 -= 1
                return 503, {"error": "QUERY_LIMIT_EXCEEDED", "error_description": "Too many requests"}
            if self.burst_500:
                self.burst_500 -= 1
                return 500, {"error": "INTERNAL_SERVER_ERROR", "error_description": "Internal server error"}
            if m.group(2) != self.secret:
                return 401, {"error": "NO_AUTH_FOUND", "error_description": "Wrong authorization data"}
            if self.free_plan:
                return 403, {"error": "ACCESS_DENIED", "error_description": self.free_plan}
            name = m.group(3)
            if name == "batch":
                return self._batch(body)
            try:
                return 200, {"result": self.method(name, body), "time": self.time_block(name)}
            except Refused as exc:
                return exc.status, {**exc.body(), "time": self.time_block(name)}

    def dispatch(self, method: str, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, Any, dict[str, str]]:
        status, reply = self.handle(unquote(path), json.loads(raw or b"{}"))
        return status, reply, {}

    def __enter__(self) -> FakeBitrix:
        self._server = _http.start(self.dispatch)
        return self

    def __exit__(self, *exc: object) -> None:
        _http.stop(self._server)
