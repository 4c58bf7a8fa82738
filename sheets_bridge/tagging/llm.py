"""The ``llm`` tagger: any OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, llama.cpp, YandexGPT, GigaChat…).

Several conversations go in one request; the answer is structured (a strict JSON schema made from the pydantic
model of the tags, itself made from :mod:`sheets_bridge.vocabulary`) and each item is validated on its own, so one
bad item falls back to the rules tagger (with confidence capped at 0.3) without losing the rest. Answers are cached
by conversation content, model and prompt, so an unchanged conversation is never sent twice. Prompts hold only
scrubbed text: the messages come scrubbed from the workbook and are scrubbed again as they are written into the
prompt (a workbook imported before a detector existed, such as the one for full names, may still hold what it
finds now); messages are numbered (``C#1``, ``M#2``, ``B#3``) so the model's ``evidence`` can cite them.

The request adapts to what the endpoint accepts, learnt from its 400s and kept for the run: no ``temperature``
for models that take only the default (gpt-5, o-series), ``max_tokens`` where ``max_completion_tokens`` is
unknown, a schema without numeric bounds where those are refused. A rejected key (401), a refusal (403), an
unknown model (404) or an exhausted quota (429 ``insufficient_quota``) stop the run with :class:`LLMEndpointError`;
temporary errors (rate limits, 5xx, timeouts) get the SDK's retries, then the batch falls back. See docs/llm.md.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import json
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from ..errors import SheetsBridgeError
from ..privacy.files import connect_private, tighten_sqlite
from ..privacy.scrubber import Scrubber
from ..vocabulary import TAG_FIELDS, TAG_VALUES, TEXTS
from .base import Conversation, Tagger, Tags, register
from .evidence import SIDE, build_evidence
from .rules import RulesTagger

log = logging.getLogger("sheets_bridge.llm")

# $ per 1M tokens (input, output); third-party tables citing openai.com/pricing, 2026-08 — check before quoting.
PRICES = {"gpt-4o-mini": (0.15, 0.60), "gpt-4.1-nano": (0.10, 0.40), "gpt-4.1-mini": (0.40, 1.60),
          "gpt-5-nano": (0.05, 0.40), "gpt-5-mini": (0.25, 2.00)}
FALLBACK_CONFIDENCE = 0.3
RENDER_VERSION = "positions-1"  # part of the cache key: how a conversation is written into the prompt
UNREACHABLE_AFTER = 2  # batches in a row lost to timeouts / connection errors before the run stops asking
BOUNDS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
REQUEST_PARAMS = ("temperature", "max_completion_tokens", "max_tokens", "response_format")
QUOTA_CODES = {"insufficient_quota"}  # OpenAI: type and/or code of the 429 when the account has no credit
CITATION = re.compile(r"([CMB])#(\d+)\s*«([^»]*)»?")
YANDEX_HOSTS = ("api.cloud.yandex.net",)  # llm.api… and ai.api…: AI Studio's OpenAI-compatible API
EVIDENCE_HINT = "C#2 «quoted words» → M#3 «quoted words»: reason; one line"


class LLMEndpointError(SheetsBridgeError):
    """The endpoint refuses this run's requests (key, permission, model, quota): retrying cannot help."""


# --- the answer's shape -----------------------------------------------------------------------------------

def _choice(values: tuple[str, ...]) -> Any:
    """The Literal type of one tag's values: 0/1 flags as integers, words as strings."""
    choices: tuple[Any, ...] = tuple(int(v) for v in values) if all(v.isdigit() for v in values) else values
    return Literal[choices]


def _models() -> tuple[Any, Any]:
    """(TagItem, TagBatch): pydantic models of one conversation's answer and of a batch, from the vocabulary."""
    try:
        from pydantic import ConfigDict, Field, create_model
    except ImportError as exc:  # pragma: no cover
        raise SheetsBridgeError("the llm tagger needs: pip install 'sheets-bridge[llm]'") from exc

    closed = ConfigDict(extra="forbid")
    tags: dict[str, Any] = {name: (_choice(TAG_VALUES[name]), ...) for name in TAG_FIELDS}
    item = create_model("TagItem", __config__=closed, conversation_id=(str, ...),  # evidence first: cite, then tag
                        evidence=(str, Field(description=EVIDENCE_HINT)), **tags,
                        confidence=(float, Field(ge=0, le=1)))
    batch = create_model("TagBatch", __config__=closed, items=(list[item], ...))  # type: ignore[valid-type]
    return item, batch


def _inline(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with every ``$ref`` to ``$defs`` replaced by its definition (some gateways cannot follow refs)."""
    defs = schema.pop("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/$defs/"):
                return walk(copy.deepcopy(defs[ref.rsplit("/", 1)[1]]))
            return {k: walk(v) for k, v in node.items()}
        return [walk(v) for v in node] if isinstance(node, list) else node

    return walk(schema)


def _strict(schema: dict[str, Any]) -> dict[str, Any]:
    """OpenAI strict mode: every object closed and every property required."""
    if schema.get("type") == "object" or "properties" in schema:
        schema["additionalProperties"] = False
        schema["required"] = list(schema.get("properties", {}))
    for value in schema.values():
        if isinstance(value, dict):
            _strict(value)
        elif isinstance(value, list):
            for v in value:
                if isinstance(v, dict):
                    _strict(v)
    schema.pop("title", None)
    return schema


def _unbounded(node: Any) -> Any:
    """A copy without numeric bounds (for gateways that refuse them); each bound moves into the description."""
    if isinstance(node, list):
        return [_unbounded(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _unbounded(v) for k, v in node.items() if k not in BOUNDS}
    limits = [f"{k} {node[k]}" for k in BOUNDS if k in node]
    if limits:
        out["description"] = (str(node.get("description", "")) + " (" + ", ".join(limits) + ")").strip()
    return out


# --- the prompt -------------------------------------------------------------------------------------------

def load_prompt(lang: str) -> str:
    """The instructions in the owner's language, with the evidence reasons of the vocabulary filled in."""
    name = "tagging_ru.md" if lang == "ru" else "tagging_en.md"
    text = resources.files("sheets_bridge.templates").joinpath(f"prompts/{name}").read_text(encoding="utf-8")
    side = 0 if lang == "ru" else 1
    reasons = [pair[side] for code, pair in TEXTS["evidence"].items() if code != "booked_by_event"]
    return text.replace("<<EVIDENCE_REASONS>>", " | ".join(reasons))


def render(conv: Conversation, scrubber: Scrubber) -> str:
    """``conversation_id: …`` then one ``C#1: text`` line per message (C client, M manager, B bot), each text
    scrubbed again (on its own lines, before its spacing is flattened: names are found within a line)."""
    lines = [f"conversation_id: {conv.conversation_id}"]
    lines += [f"{SIDE.get(m.role, '?')}#{k}: {' '.join(scrubber.scrub(m.text).split())}"
              for k, m in enumerate(conv.messages, 1)]
    return "\n".join(lines)


# --- evidence ---------------------------------------------------------------------------------------------

def _quoted(quote: str, text: str) -> bool:
    """Every piece of the quote (split at ellipses) is in the message, ignoring case and spacing."""
    flat = " ".join(text.split()).casefold()
    pieces = [" ".join(p.split()).casefold().strip(" .,;:!?") for p in re.split(r"…|\.\.\.", quote)]
    return all(p in flat for p in pieces if p)


def _needs_evidence(tags: Tags) -> bool:
    return bool(tags.missed_lead or tags.booked or tags.booking_offered or tags.intent == "complaint")


def checked_evidence(text: str, conv: Conversation, tags: Tags) -> str | None:
    """The model's evidence as one line if every message it cites exists, is that side's and says the quote;
    None when a citation is wrong or a decision that needs one has none."""
    line = " ".join(text.split())
    cites = CITATION.findall(line)
    for side, pos, quote in cites:
        k = int(pos) - 1
        if not 0 <= k < len(conv.messages) or SIDE.get(conv.messages[k].role) != side:
            return None
        if not _quoted(quote, conv.messages[k].text):
            return None
    if _needs_evidence(tags) and not cites:
        return None
    return line


# --- what the endpoint accepts, and what its errors mean --------------------------------------------------

def _server_message(exc: Any) -> str:
    """The endpoint's own error message (OpenAI's ``error.message``; vLLM's ``message``), else the SDK's text."""
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        for key in ("message", "detail", "error"):
            if isinstance(body.get(key), str):
                return str(body[key])
    return str(getattr(exc, "message", exc))


def rejected_param(exc: Any) -> str | None:
    """Which of our request fields a 400/422 refuses: its ``param``, else the first one its message names."""
    param = str(getattr(exc, "param", None) or "").split(".")[0].split("[")[0]
    if param in REQUEST_PARAMS:
        return param
    text = _server_message(exc)
    hits = [(text.find(name), name) for name in REQUEST_PARAMS if name in text]
    if "schema" in text.lower():
        hits.append((text.lower().find("schema"), "response_format"))
    return min(hits)[1] if hits else None


@dataclass
class Accepts:
    """What this endpoint turned out to accept, learnt from its 400s; kept for the run."""

    temperature: bool = True
    token_param: str | None = "max_completion_tokens"
    bounded_schema: bool = True

    def learn(self, exc: Any) -> str | None:
        """Adjust to the field the error refuses; what changed (for the summary), or None if nothing can."""
        param = rejected_param(exc)
        if param == "temperature" and self.temperature:
            self.temperature = False
            return "sent without temperature (the model takes only its default)"
        if param is not None and param == self.token_param:
            self.token_param = "max_tokens" if param == "max_completion_tokens" else None
            return f"{param} refused; " + (f"sent {self.token_param}" if self.token_param else "sent no token cap")
        if param == "response_format" and self.bounded_schema:
            self.bounded_schema = False
            return "schema sent without numeric bounds (checked here instead)"
        return None


def endpoint_error(exc: Any, model: str, where: str) -> LLMEndpointError | None:
    """The run-stopping error for a refusal no retry can fix, naming the fix; None for temporary errors."""
    status, said = getattr(exc, "status_code", None), _server_message(exc)
    if status == 401:
        return LLMEndpointError(f"the LLM endpoint {where} rejected the API key (401: {said}). Set OPENAI_API_KEY to "
                                "a valid key for this endpoint (GigaChat: a fresh access token; see docs/llm.md).")
    if status == 403:
        return LLMEndpointError(f"the LLM endpoint {where} refused access (403: {said}). The key may lack permission "
                                f"for model {model!r}, or the service is not available in your country or region: use "
                                "a key allowed to use the model, or another endpoint with OPENAI_BASE_URL "
                                "(YandexGPT, GigaChat, a local Ollama; see docs/llm.md).")
    if status == 404:
        return LLMEndpointError(f"the LLM endpoint {where} has no model {model!r} (404: {said}). Name a model it "
                                "serves with --model (for Ollama: one from `ollama list`), and check that "
                                "OPENAI_BASE_URL ends with /v1.")
    if status == 429 and QUOTA_CODES & {getattr(exc, "code", None), getattr(exc, "type", None)}:
        return LLMEndpointError(f"the account behind OPENAI_API_KEY has no quota left (429 insufficient_quota: "
                                f"{said}). Add credit or raise the limit in the provider's billing settings, then "
                                "run again; answers received so far are cached.")
    return None


# --- the run's accounting and cache -----------------------------------------------------------------------

@dataclass
class Usage:
    requests: int = 0
    cached: int = 0
    fallbacks: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    model: str = ""
    notes: list[str] = field(default_factory=list)  # how requests were adjusted, or why the run stopped asking

    @property
    def cost_usd(self) -> float | None:
        price = PRICES.get(self.model)
        if price is None:
            return None
        return (self.prompt_tokens * price[0] + self.completion_tokens * price[1]) / 1e6

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)
            log.warning("LLM: %s", text)

    def summary(self) -> str:
        cost = self.cost_usd
        money = f"≈ ${cost:.4f}" if cost is not None else "cost unknown for this model"
        notes = "".join(f"; {n}" for n in self.notes)
        return (f"LLM: {self.requests} requests, {self.prompt_tokens} prompt + {self.completion_tokens} completion "
                f"tokens ({money}); {self.cached} conversations from cache, {self.fallbacks} fell back to rules{notes}")


class Cache:
    """The model's answers by key, each with when it was saved (``saved_at``, UTC), which ``purge`` goes by.

    The file (and its -wal/-shm) is readable by the owner only. A cache made before answers were dated gets the
    column when it is opened: answers an earlier ``purge`` dated (in its ``answer_times`` table) keep that date,
    the others stay undated until the next ``purge`` dates them.
    """

    def __init__(self, path: Path, clock: Callable[[], dt.datetime] | None = None) -> None:
        self.path = Path(path)
        self._clock = clock or (lambda: dt.datetime.now(dt.timezone.utc))
        self.db = connect_private(self.path, timeout=30)
        try:
            self._migrate()
        except BaseException:
            self.db.close()
            raise
        tighten_sqlite(self.path)

    def _migrate(self) -> None:
        db = self.db
        db.execute("BEGIN IMMEDIATE")  # two runs opening one old cache: the second sees the first's column
        try:
            db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, item TEXT NOT NULL, saved_at TEXT)")
            if "saved_at" not in {row[1] for row in db.execute("PRAGMA table_info(answers)")}:
                db.execute("ALTER TABLE answers ADD COLUMN saved_at TEXT")
            if db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'answer_times'").fetchone():
                db.execute("UPDATE answers SET saved_at = (SELECT t.saved_at FROM answer_times t WHERE t.key = "
                           "answers.key) WHERE saved_at IS NULL")
                db.execute("DROP TRIGGER IF EXISTS answers_saved_at")
                db.execute("DROP TABLE answer_times")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise

    def get(self, key: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT item FROM answers WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, key: str, item: dict[str, Any]) -> None:
        saved = self._clock().astimezone(dt.timezone.utc).isoformat(timespec="seconds")
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO answers (key, item, saved_at) VALUES (?, ?, ?)",
                            (key, json.dumps(item, ensure_ascii=False), saved))

    def close(self) -> None:
        self.db.close()


# --- the tagger -------------------------------------------------------------------------------------------

@dataclass
class LLMTagger(Tagger):
    """Tags conversations with a chat-completions model, ``batch_size`` conversations per request; ``scrubber``
    (the owner's, as for imports) scrubs every text again as it is written into a prompt."""

    client: Any
    model: str
    cache_path: Path
    scrubber: Scrubber
    lang: str = "ru"
    batch_size: int = 10
    examples: Sequence[tuple[Conversation, dict[str, Any]]] = ()
    timeout: float = 60.0
    max_completion_tokens: int = 4000
    usage: Usage = field(default_factory=Usage)
    name: str = "llm"

    def __post_init__(self) -> None:
        self.usage.model = self.model
        self._item, self._batch = _models()
        self._schema = _strict(_inline(self._batch.model_json_schema()))
        self._cache = Cache(self.cache_path)
        self._rules = RulesTagger(lang=self.lang)
        self._system = self._system_prompt()
        shape = json.dumps(self._schema, sort_keys=True)
        self._prompt_key = hashlib.sha256(f"{self._system}|{shape}|{RENDER_VERSION}".encode()).hexdigest()[:16]
        self._accepts = Accepts()
        self._lost_in_a_row = 0
        self._where = str(getattr(self.client, "base_url", "") or "(default endpoint)")

    def _system_prompt(self) -> str:
        text = load_prompt(self.lang)
        if self.examples:
            shots = [render(c, self.scrubber) + "\n→ " + json.dumps(tags, ensure_ascii=False)
                     for c, tags in self.examples[:8]]
            text += "\n\nExamples labelled by the owner:\n\n" + "\n\n".join(shots)
        return text

    def _key(self, conv: Conversation) -> str:
        body = json.dumps([[m.role, m.text] for m in conv.messages], ensure_ascii=False)
        return hashlib.sha256(f"{self.model}|{self._prompt_key}|{body}".encode()).hexdigest()

    def _valid(self, raw: Any) -> dict[str, Any] | None:
        """The item checked against the model (values from the vocabulary, confidence in [0, 1]), or None."""
        try:
            return dict(self._item.model_validate(raw).model_dump())
        except Exception:  # noqa: BLE001 - pydantic.ValidationError; one bad item must not sink the rest
            return None

    def tag(self, conversations: Sequence[Conversation]) -> list[Tags]:
        found: dict[str, dict[str, Any]] = {}
        todo = []
        for conv in conversations:
            cached = self._valid(self._cache.get(self._key(conv)))
            if cached is not None:
                found[conv.conversation_id] = cached
                self.usage.cached += 1
            else:
                todo.append(conv)
        for start in range(0, len(todo), self.batch_size):
            found.update(self._ask(todo[start:start + self.batch_size]))
        out = self._compose(conversations, found)
        log.info(self.usage.summary())
        return out

    def _compose(self, conversations: Sequence[Conversation], found: dict[str, dict[str, Any]]) -> list[Tags]:
        """The model's tags where it answered, the rules tagger's elsewhere, in the conversations' order."""
        answered = [c for c in conversations if c.conversation_id in found]
        tagged = {t.conversation_id: t for t in self._model_tags(answered, found)}
        missing = [c for c in conversations if c.conversation_id not in found]
        tagged |= {t.conversation_id: t for t in self._fallback(missing)}
        out = []
        for conv in conversations:
            tags = tagged[conv.conversation_id]
            tags.notes = {"client_wanted": next((" ".join(m.text.split())[:160] for m in conv.messages
                                                 if m.role == "client"), "")}
            out.append(tags)
        return out

    def _model_tags(self, answered: Sequence[Conversation], found: dict[str, dict[str, Any]]) -> list[Tags]:
        """The model's answers as Tags; its evidence if every citation holds, else evidence built for its tags."""
        from .features import extract

        if not answered:
            return []
        scanned = extract(answered, self._rules.matcher)
        out = []
        for i, conv in enumerate(answered):
            item = found[conv.conversation_id]
            tags = Tags(**{k: v for k, v in item.items() if k in Tags.__dataclass_fields__})
            own, tags.booking_pos = build_evidence(conv, scanned, i, tags, self.lang)
            checked = checked_evidence(tags.evidence, conv, tags)
            tags.evidence = own if checked is None else checked
            out.append(tags)
        return out

    def _fallback(self, missing: Sequence[Conversation]) -> list[Tags]:
        """The rules tagger's tags, confidence capped at FALLBACK_CONFIDENCE."""
        tags = self._rules.tag(missing)
        for t in tags:
            t.confidence = min(t.confidence, FALLBACK_CONFIDENCE)
        self.usage.fallbacks += len(tags)
        return tags

    # --- one request ----------------------------------------------------------------------------------
    def _params(self, user: str) -> dict[str, Any]:
        """The request, with only the fields this endpoint accepts."""
        schema = self._schema if self._accepts.bounded_schema else _unbounded(self._schema)
        params: dict[str, Any] = {
            "model": self.model, "timeout": self.timeout,
            "messages": [{"role": "system", "content": self._system}, {"role": "user", "content": user}],
            "response_format": {"type": "json_schema",
                                "json_schema": {"name": "conversation_tags", "strict": True, "schema": schema}}}
        if self._accepts.temperature:
            params["temperature"] = 0
        if self._accepts.token_param:
            params[self._accepts.token_param] = self.max_completion_tokens
        return params

    def _request(self, user: str) -> Any:
        """The completion; a 400/422 refusing one of our fields is learnt from and the request sent again."""
        from openai import BadRequestError, UnprocessableEntityError

        while True:
            try:
                return self.client.chat.completions.create(**self._params(user))
            except (BadRequestError, UnprocessableEntityError) as exc:
                change = self._accepts.learn(exc)
                if change is None:
                    raise
                self.usage.note(f"{self.model}: {change}")

    def _ask(self, batch: Sequence[Conversation]) -> dict[str, dict[str, Any]]:
        from openai import APIConnectionError, APIError

        if self._lost_in_a_row >= UNREACHABLE_AFTER:
            return {}
        try:
            user = "\n\n".join(render(c, self.scrubber) for c in batch)
            self.scrubber.flush()  # the vault learns what the new tokens stand for, as on import
            reply = self._request(user)
        except APIConnectionError as exc:  # timeouts included, after the SDK's retries
            self._lost_in_a_row += 1
            log.warning("LLM endpoint unreachable after the SDK's retries; using rules", extra={"fields": {
                "error": str(exc), "timeout_s": self.timeout}})
            if self._lost_in_a_row >= UNREACHABLE_AFTER:
                self.usage.note(f"the endpoint did not answer {UNREACHABLE_AFTER} batches in a row (timeout "
                                f"{self.timeout:g} s); the rest of this run uses rules")
            return {}
        except APIError as exc:
            fatal = endpoint_error(exc, self.model, self._where)
            if fatal is not None:
                raise fatal from exc
            log.warning("LLM request failed after the SDK's retries; using rules",
                        extra={"fields": {"error": _server_message(exc)}})
            return {}
        self._lost_in_a_row = 0
        return self._accept(batch, self._items(reply))

    def _items(self, reply: Any) -> list[Any]:
        """The answer's raw items ([] when it is cut at the token cap, refused or not JSON)."""
        self.usage.requests += 1
        if reply.usage is not None:
            self.usage.prompt_tokens += reply.usage.prompt_tokens or 0
            self.usage.completion_tokens += reply.usage.completion_tokens or 0
        try:
            choice = reply.choices[0]
            if choice.finish_reason == "length":
                self.usage.note(f"an answer was cut at the token cap ({self.max_completion_tokens}); "
                                "those conversations use rules")
            items = json.loads(choice.message.content or "")["items"]
        except (ValueError, KeyError, TypeError, IndexError, AttributeError):
            return []
        return items if isinstance(items, list) else []

    def _accept(self, batch: Sequence[Conversation], items: list[Any]) -> dict[str, dict[str, Any]]:
        """Valid items for conversations of this batch, each cached on its own."""
        wanted = {c.conversation_id: c for c in batch}
        good: dict[str, dict[str, Any]] = {}
        for raw in items:
            item = self._valid(raw)
            conv = wanted.get(item["conversation_id"]) if item is not None else None
            if item is not None and conv is not None:
                good[conv.conversation_id] = item
                self._cache.put(self._key(conv), item)
        return good


def endpoint_headers(base_url: str | None) -> dict[str, str]:
    """Extra headers an endpoint needs: Yandex AI Studio keeps every request unless told not to."""
    host = re.sub(r"^\w+://", "", base_url or "").split("/")[0].split(":")[0]
    return {"x-data-logging-enabled": "false"} if host.endswith(YANDEX_HOSTS) else {}


@register("llm")
def _factory(**options: Any) -> Tagger:
    """``client`` (an OpenAI client), or ``api_key`` and ``base_url``; ``scrubber`` (``Settings.open_scrubber()``),
    ``model``, ``cache_path``, ``lang``, ``timeout`` and ``max_completion_tokens`` (defaults: LLMSettings),
    ``max_retries``, ``batch_size``…"""
    from ..settings import LLMSettings

    defaults = LLMSettings()
    timeout = float(options.get("timeout") or defaults.timeout)
    client = options.get("client")
    if client is None:
        try:
            from openai import OpenAI
        except ImportError as exc:  # pragma: no cover
            raise SheetsBridgeError("the llm tagger needs: pip install 'sheets-bridge[llm]'") from exc
        if not options.get("api_key"):
            raise SheetsBridgeError("the llm tagger needs an API key: set OPENAI_API_KEY (for a local Ollama any "
                                    "value works) and OPENAI_BASE_URL for a non-OpenAI endpoint")
        client = OpenAI(base_url=options.get("base_url"), api_key=options["api_key"],
                        max_retries=int(options.get("max_retries", 3)), timeout=timeout,
                        default_headers=endpoint_headers(options.get("base_url")))
    if not options.get("cache_path"):
        raise SheetsBridgeError("the llm tagger needs cache_path (where answers are cached)")
    scrubber = options.get("scrubber")
    if not isinstance(scrubber, Scrubber):
        raise SheetsBridgeError("the llm tagger needs scrubber (Settings.open_scrubber(), the owner's key): every "
                                "text is scrubbed again before it is sent")
    return LLMTagger(client=client, model=str(options.get("model") or defaults.model),
                     cache_path=Path(options["cache_path"]), scrubber=scrubber, lang=str(options.get("lang", "ru")),
                     batch_size=int(options.get("batch_size", 10)), examples=options.get("examples") or (),
                     timeout=timeout,
                     max_completion_tokens=int(options.get("max_completion_tokens") or defaults.max_completion_tokens))
