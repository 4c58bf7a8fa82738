"""A local server speaking OpenAI's chat completions protocol (``POST /v1/chat/completions``), as strict as the real
API wherever the ``llm`` tagger relies on it (docs/llm.md lists what is modelled and the sources checked).

It answers structured-output requests: it reads the ``conversation_id: …`` blocks of the user message (one
``C#1: …`` line per message) and returns one item per conversation, whose ``evidence`` quotes that conversation.
Like the real service it checks the bearer key (401 ``invalid_api_key``), the region (403), the model (404
``model_not_found``) and the account's credit (429 ``insufficient_quota``); refuses unknown request fields,
``temperature`` other than 1 and ``max_tokens`` for reasoning models (gpt-5*, o1/o3/o4*), and strict schemas that
leave an object open or a property optional; and cuts an answer at ``max_completion_tokens`` / ``max_tokens``
(reasoning tokens count) with ``finish_reason: "length"``. ``quirks`` make it a gateway that refuses
``max_completion_tokens`` or numeric bounds in schemas.

Each request can instead get a scripted outcome (``script``): ``"invalid_json"``, ``"bad_item"``, ``"bad_evidence"``,
``"hang"`` (no answer for ``hang_s`` seconds), a name of :data:`ERRORS`, or an HTTP status.
Every request body is kept in ``bodies`` (its headers in ``headers``) so tests can check what left the machine.
"""

from __future__ import annotations

import json
import math
import re
import threading
from collections.abc import Iterable
from http.server import ThreadingHTTPServer
from typing import Any

from . import _http

TAGS = {"intent": "booking", "sentiment": "neutral", "need_service": 1, "need_time": 1, "need_budget": 0,
        "booking_offered": 1, "booked": 0, "missed_lead": 0, "rude": 0, "recommended_action": "none",
        "confidence": 0.91}
REASONING_MODELS = ("gpt-5", "o1", "o3", "o4")  # take only the default temperature, and no max_tokens
#: the request body fields of POST /v1/chat/completions (OpenAI API reference); anything else is refused
PARAMS = frozenset({
    "model", "messages", "audio", "frequency_penalty", "function_call", "functions", "logit_bias", "logprobs",
    "max_completion_tokens", "max_tokens", "metadata", "modalities", "n", "parallel_tool_calls", "prediction",
    "presence_penalty", "prompt_cache_key", "reasoning_effort", "response_format", "safety_identifier", "seed",
    "service_tier", "stop", "store", "stream", "stream_options", "temperature", "tool_choice", "tools",
    "top_logprobs", "top_p", "user", "verbosity", "web_search_options"})
BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
QUIRKS = frozenset({"no_max_completion_tokens", "no_schema_bounds"})
BLOCK = re.compile(r"^conversation_id: (\S+)$", re.M)
LINE = re.compile(r"^([CMB])#(\d+): (.*)$", re.M)


def error(status: int, message: str, type_: str = "invalid_request_error", param: str | None = None,
          code: str | None = None) -> tuple[int, dict[str, Any]]:
    """An error as OpenAI sends it: ``{"error": {"message", "type", "param", "code"}}``."""
    return status, {"error": {"message": message, "type": type_, "param": param, "code": code}}


#: the service's errors, with the bodies OpenAI sends ({model} and {key} are filled in)
ERRORS: dict[str, tuple[int, dict[str, Any]]] = {
    "invalid_api_key": error(401, "Incorrect API key provided: {key}. You can find your API key at "
                             "https://platform.openai.com/account/api-keys.", code="invalid_api_key"),
    "region": error(403, "Country, region, or territory not supported", "request_forbidden",
                    code="unsupported_country_region_territory"),
    "model_not_found": error(404, "The model `{model}` does not exist or you do not have access to it.",
                             code="model_not_found"),
    "insufficient_quota": error(429, "You exceeded your current quota, please check your plan and billing details. "
                                "For more information on this error, read the docs: "
                                "https://platform.openai.com/docs/guides/error-codes/api-errors.",
                                "insufficient_quota", code="insufficient_quota"),
    "rate_limit": error(429, "Rate limit reached for {model} in organization org-fake on tokens per min (TPM): "
                        "Limit 200000, Used 199000, Requested 4000. Please try again in 1.2s. Visit "
                        "https://platform.openai.com/account/rate-limits to learn more.", "tokens",
                        code="rate_limit_exceeded"),
    "server_error": error(500, "The server had an error while processing your request. Sorry about that!",
                          "server_error"),
    "overloaded": error(503, "That model is currently overloaded with other requests. You can retry your request, "
                        "or contact us through our help center at help.openai.com if the error persists.",
                        "server_error"),
}
STATUS = {401: "invalid_api_key", 403: "region", 404: "model_not_found", 429: "rate_limit", 500: "server_error",
          503: "overloaded"}


def masked(key: str) -> str:
    """A key as OpenAI echoes it: the first and last characters around stars."""
    return key[:3] + "*" * max(len(key) - 7, 3) + key[-4:] if len(key) > 8 else "***"


def reasoning(model: str) -> bool:
    return model.startswith(REASONING_MODELS)


def tokens(text: str) -> int:
    """About four characters a token, like OpenAI's rule of thumb."""
    return math.ceil(len(text) / 4)


def strict_problem(node: Any, path: tuple[str, ...] = (), bounds: bool = True) -> str | None:
    """Why OpenAI's strict mode refuses this schema (its wording), or None."""
    if not isinstance(node, dict):
        return None
    where = f"In context={path!r}, "
    if node.get("type") == "object" or "properties" in node:
        if node.get("additionalProperties") is not False:
            return where + "'additionalProperties' is required to be supplied and to be false."
        missing = [k for k in node.get("properties", {}) if k not in (node.get("required") or [])]
        if missing:
            return (where + "'required' is required to be supplied and to be an array including every key in "
                    f"properties. Missing '{missing[0]}'.")
    refused = [k for k in BOUNDS if k in node and not bounds]
    if refused:
        return where + f"'{refused[0]}' is not permitted."
    return next(filter(None, (strict_problem(sub, path + step, bounds) for step, sub in _children(node))), None)


def _children(node: dict[str, Any]) -> Iterable[tuple[tuple[str, ...], Any]]:
    for key in ("properties", "$defs"):
        for name, sub in (node.get(key) or {}).items():
            yield (key, name), sub
    if isinstance(node.get("items"), dict):
        yield ("items",), node["items"]
    for key in ("anyOf", "allOf"):
        for i, sub in enumerate(node.get(key) or []):
            yield (key, str(i)), sub


def item_fields(body: dict[str, Any]) -> dict[str, Any] | None:
    """The properties of one item of the requested json_schema (``$ref`` followed), or None without a schema."""
    fmt = body.get("response_format") or {}
    schema = (fmt.get("json_schema") or {}).get("schema") if fmt.get("type") == "json_schema" else None
    if not schema:
        return None
    node = schema.get("properties", {}).get("items", {}).get("items", {})
    ref = node.get("$ref", "")
    if ref.startswith("#/$defs/"):
        node = schema.get("$defs", {}).get(ref.rsplit("/", 1)[1], {})
    return dict(node.get("properties") or {})


def _default(spec: dict[str, Any]) -> Any:
    """A value of a property the fake has no answer for: its first allowed value, else an empty one of its type."""
    if spec.get("enum"):
        return spec["enum"][0]
    empty: dict[str, Any] = {"string": "", "integer": 0, "number": 0.0, "boolean": False, "array": []}
    return empty.get(str(spec.get("type")))


def conversations(user: str) -> list[tuple[str, list[tuple[str, str, str]]]]:
    """(conversation_id, [(side, position, text)]) for each conversation of a user message."""
    parts = BLOCK.split(user)
    return [(cid, LINE.findall(body)) for cid, body in zip(parts[1::2], parts[2::2], strict=True)]


def evidence(lines: list[tuple[str, str, str]]) -> str:
    """``C#1 «first words…» → M#2 «first words…»: answered``: the first client message and the reply to it."""
    def cite(line: tuple[str, str, str]) -> str:
        side, pos, text = line
        return f"{side}#{pos} «{text[:30].rstrip()}{'…' if len(text) > 30 else ''}»"

    if not lines:
        return ""
    first = next((k for k, line in enumerate(lines) if line[0] == "C"), 0)
    reply = next((line for line in lines[first + 1:] if line[0] != "C"), None)
    return cite(lines[first]) + (f" → {cite(reply)}" if reply else "") + ": answered"


class FakeOpenAI:
    """The service; ``api_key`` / ``models`` (None: any) / ``region_blocked`` / ``quota_exhausted`` / ``quirks``."""

    def __init__(self, *, api_key: str | None = None, models: Iterable[str] | None = None,
                 quirks: Iterable[str] = (), region_blocked: bool = False, quota_exhausted: bool = False,
                 hang_s: float = 5.0, reasoning_tokens: int = 64) -> None:
        assert set(quirks) <= QUIRKS, f"unknown quirks: {set(quirks) - QUIRKS}"
        self.api_key, self.models = api_key, set(models) if models is not None else None
        self.quirks, self.region_blocked, self.quota_exhausted = set(quirks), region_blocked, quota_exhausted
        self.hang_s, self.reasoning_tokens = hang_s, reasoning_tokens
        self.tags = dict(TAGS)
        self.bodies: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.script: list[Any] = []  # per answered request: "ok", "invalid_json", "bad_item", "hang", a name, a status
        self.lock = threading.Lock()
        self._released = threading.Event()
        self._server: ThreadingHTTPServer | None = None

    @property
    def base_url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    # --- what the real service refuses, in its order: key, region, model, credit, then the request ---------
    def refusal(self, headers: dict[str, str], body: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
        key = headers.get("authorization", "").removeprefix("Bearer ").strip()
        model = str(body.get("model", ""))
        if self.api_key is not None and key != self.api_key:
            return self._named("invalid_api_key", model, key)
        if self.region_blocked:
            return self._named("region", model, key)
        if self.models is not None and model not in self.models:
            return self._named("model_not_found", model, key)
        if self.quota_exhausted:
            return self._named("insufficient_quota", model, key)
        return self.bad_request(body)

    def bad_request(self, body: dict[str, Any]) -> tuple[int, dict[str, Any]] | None:
        """A 400 for a field the API (or this gateway) does not take, with OpenAI's wording."""
        unknown = sorted(set(body) - PARAMS)
        if "no_max_completion_tokens" in self.quirks and "max_completion_tokens" in body:
            unknown = ["max_completion_tokens", *unknown]  # as Azure's older api-versions answer
        if unknown:
            return error(400, f"Unrecognized request argument supplied: {unknown[0]}")
        if reasoning(str(body.get("model", ""))):
            if body.get("temperature", 1) != 1:
                return error(400, f"Unsupported value: 'temperature' does not support {json.dumps(body['temperature'])}"
                             " with this model. Only the default (1) value is supported.", param="temperature",
                             code="unsupported_value")
            if "max_tokens" in body:
                return error(400, "Unsupported parameter: 'max_tokens' is not supported with this model. Use "
                             "'max_completion_tokens' instead.", param="max_tokens", code="unsupported_parameter")
        fmt = body.get("response_format") or {}
        spec = fmt.get("json_schema") or {}
        if fmt.get("type") == "json_schema" and spec.get("strict"):
            problem = strict_problem(spec.get("schema") or {}, bounds="no_schema_bounds" not in self.quirks)
            if problem:
                return error(400, f"Invalid schema for response_format '{spec.get('name', '')}': {problem}",
                             param="response_format")
        return None

    def _named(self, name: str, model: str, key: str = "") -> tuple[int, dict[str, Any]]:
        status, body = ERRORS[name]
        inner = dict(body["error"], message=body["error"]["message"].format(model=model, key=masked(key)))
        return status, {"error": inner}

    # --- the answer ------------------------------------------------------------------------------------
    def answer(self, headers: dict[str, str], body: dict[str, Any]) -> tuple[int, Any]:
        with self.lock:
            self.bodies.append(body)
            self.headers.append(headers)
        refused = self.refusal(headers, body)
        if refused is not None:
            return refused
        with self.lock:
            action = self.script.pop(0) if self.script else "ok"
        if action == "hang":  # a stuck local model: nothing comes back until the client gives up
            self._released.wait(self.hang_s)
        if isinstance(action, int):
            return self._named(STATUS[action], body["model"]) if action in STATUS else error(action, "scripted")
        if action in ERRORS:
            return self._named(action, body["model"])
        return 200, self.completion(body, action)

    def item(self, cid: str, lines: list[tuple[str, str, str]], fields: dict[str, Any] | None) -> dict[str, Any]:
        """One conversation's answer with exactly the schema's fields, as strict mode guarantees (all without one)."""
        known = {"conversation_id": cid, "evidence": evidence(lines), **self.tags}
        if fields is None:
            return known
        return {name: known[name] if name in known else _default(spec) for name, spec in fields.items()}

    def completion(self, body: dict[str, Any], action: str) -> dict[str, Any]:
        user = next(m["content"] for m in body["messages"] if m["role"] == "user")
        fields = item_fields(body)
        items = [self.item(cid, lines, fields) for cid, lines in conversations(user)]
        if action == "bad_item" and items:
            items[0]["intent"] = "purchase"  # not an allowed value
        if action == "bad_evidence" and items:
            items[0]["evidence"] = "C#99 «no such message»: booked"
        content = "{not json" if action == "invalid_json" else json.dumps({"items": items}, ensure_ascii=False)
        thought = self.reasoning_tokens if reasoning(body["model"]) else 0
        cap = body.get("max_completion_tokens", body.get("max_tokens"))
        used, finish = thought + tokens(content), "stop"
        if cap is not None and used > cap:  # cut mid-answer, as the API does at the cap
            content, used, finish = content[:max(cap - thought, 0) * 4], cap, "length"
        prompt = sum(tokens(m["content"]) for m in body["messages"])
        return {"id": "chatcmpl-fake", "object": "chat.completion", "created": 0, "model": body["model"],
                "choices": [{"index": 0, "finish_reason": finish, "logprobs": None,
                             "message": {"role": "assistant", "content": content, "refusal": None}}],
                "usage": {"prompt_tokens": prompt, "completion_tokens": used, "total_tokens": prompt + used,
                          "completion_tokens_details": {"reasoning_tokens": min(thought, used)}}}

    def dispatch(self, method: str, path: str, headers: dict[str, str], raw: bytes) -> tuple[int, Any, dict[str, str]]:
        if method != "POST" or not path.endswith("/chat/completions"):
            return *error(404, f"Invalid URL ({method} {path})"), {}
        status, reply = self.answer({k.lower(): v for k, v in headers.items()}, json.loads(raw or b"{}"))
        limits = {"x-ratelimit-limit-tokens": "200000", "x-ratelimit-remaining-tokens": "0",
                  "x-ratelimit-reset-tokens": "1.2s"} if reply.get("error", {}).get("code") == "rate_limit_exceeded" \
            else {}
        return status, reply, limits

    def __enter__(self) -> FakeOpenAI:
        self._server = _http.start(self.dispatch)
        return self

    def __exit__(self, *exc: object) -> None:
        self._released.set()
        _http.stop(self._server)
