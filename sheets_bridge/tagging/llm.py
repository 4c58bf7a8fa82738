"""The ``llm`` tagger: any OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, llama.cpp, YandexGPT…).

Several conversations go in one request; the answer is structured (a JSON schema made from the pydantic
model of the tags) and each item is validated on its own, so one bad item falls back to the rules tagger
(with confidence capped at 0.3) without losing the rest. Answers are cached by conversation content,
model and prompt, so an unchanged conversation is never sent twice. Prompts hold only scrubbed text.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from ..errors import SheetsBridgeError
from .base import Conversation, Tagger, Tags, register
from .rules import RulesTagger

log = logging.getLogger("sheets_bridge.llm")

# $ per 1M tokens (input, output); third-party tables citing openai.com/pricing, 2026-08 — check before quoting.
PRICES = {"gpt-4o-mini": (0.15, 0.60), "gpt-4.1-nano": (0.10, 0.40), "gpt-4.1-mini": (0.40, 1.60),
          "gpt-5-nano": (0.05, 0.40), "gpt-5-mini": (0.25, 2.00)}
FALLBACK_CONFIDENCE = 0.3


def _models() -> tuple[Any, Any]:
    try:
        from pydantic import BaseModel, ConfigDict, Field
    except ImportError as exc:  # pragma: no cover
        raise SheetsBridgeError("the llm tagger needs: pip install 'sheets-bridge[llm]'") from exc

    class TagItem(BaseModel):
        model_config = ConfigDict(extra="forbid")
        conversation_id: str
        intent: Literal["booking", "price", "question", "complaint", "other"]
        sentiment: Literal["positive", "neutral", "negative"]
        need_service: Literal[0, 1]
        need_time: Literal[0, 1]
        need_budget: Literal[0, 1]
        booking_offered: Literal[0, 1]
        booked: Literal[0, 1]
        missed_lead: Literal[0, 1]
        rude: Literal[0, 1]
        recommended_action: Literal["reply_template", "clarify", "redirect", "none"]
        confidence: float = Field(ge=0, le=1)

    class TagBatch(BaseModel):
        model_config = ConfigDict(extra="forbid")
        items: list[TagItem]

    return TagItem, TagBatch


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


def load_prompt(lang: str) -> str:
    name = "tagging_ru.md" if lang == "ru" else "tagging_en.md"
    return resources.files("sheets_bridge.templates").joinpath(f"prompts/{name}").read_text(encoding="utf-8")


def render(conv: Conversation) -> str:
    lines = [f"conversation_id: {conv.conversation_id}"]
    label = {"client": "client", "manager": "business", "bot": "business (bot)"}
    lines += [f"{label.get(m.role, m.role)}: {' '.join(m.text.split())}" for m in conv.messages]
    return "\n".join(lines)


@dataclass
class Usage:
    requests: int = 0
    cached: int = 0
    fallbacks: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    model: str = ""

    @property
    def cost_usd(self) -> float | None:
        price = PRICES.get(self.model)
        if price is None:
            return None
        return (self.prompt_tokens * price[0] + self.completion_tokens * price[1]) / 1e6

    def summary(self) -> str:
        cost = self.cost_usd
        money = f"≈ ${cost:.4f}" if cost is not None else "cost unknown for this model"
        return (f"LLM: {self.requests} requests, {self.prompt_tokens} prompt + {self.completion_tokens} completion "
                f"tokens ({money}); {self.cached} conversations from cache, {self.fallbacks} fell back to rules")


class Cache:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, item TEXT NOT NULL)")

    def get(self, key: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT item FROM answers WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def put(self, key: str, item: dict[str, Any]) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?)", (key, json.dumps(item, ensure_ascii=False)))


@dataclass
class LLMTagger(Tagger):
    """Tags conversations with a chat-completions model, ``batch_size`` conversations per request."""

    client: Any
    model: str
    cache_path: Path
    lang: str = "ru"
    batch_size: int = 10
    examples: Sequence[tuple[Conversation, dict[str, Any]]] = ()
    usage: Usage = field(default_factory=Usage)
    name: str = "llm"

    def __post_init__(self) -> None:
        self.usage.model = self.model
        self._item, self._batch = _models()
        self._schema = _strict(self._batch.model_json_schema())
        self._cache = Cache(self.cache_path)
        self._rules = RulesTagger()
        self._system = self._system_prompt()
        self._prompt_key = hashlib.sha256(self._system.encode()).hexdigest()[:16]

    def _system_prompt(self) -> str:
        text = load_prompt(self.lang)
        if self.examples:
            shots = [render(c) + "\n→ " + json.dumps(tags, ensure_ascii=False) for c, tags in self.examples[:8]]
            text += "\n\nExamples labelled by the owner:\n\n" + "\n\n".join(shots)
        return text

    def _key(self, conv: Conversation) -> str:
        body = json.dumps([[m.role, m.text] for m in conv.messages], ensure_ascii=False)
        return hashlib.sha256(f"{self.model}|{self._prompt_key}|{body}".encode()).hexdigest()

    def tag(self, conversations: Sequence[Conversation]) -> list[Tags]:
        found: dict[str, dict[str, Any]] = {}
        todo = []
        for conv in conversations:
            cached = self._cache.get(self._key(conv))
            if cached is not None:
                found[conv.conversation_id] = cached
                self.usage.cached += 1
            else:
                todo.append(conv)
        for start in range(0, len(todo), self.batch_size):
            found.update(self._ask(todo[start:start + self.batch_size]))
        out = []
        for conv in conversations:
            item = found.get(conv.conversation_id)
            if item is None:
                self.usage.fallbacks += 1
                tags = self._rules.tag_one(conv)
                tags.confidence = min(tags.confidence, FALLBACK_CONFIDENCE)
            else:
                tags = Tags(**{k: v for k, v in item.items() if k in Tags.__dataclass_fields__})
                tags.booking_pos = self._rules.tag_one(conv).booking_pos if tags.booked else None
            tags.notes = {"client_wanted": next((" ".join(m.text.split())[:160] for m in conv.messages
                                                 if m.role == "client"), "")}
            out.append(tags)
        log.info(self.usage.summary())
        return out

    def _ask(self, batch: Sequence[Conversation]) -> dict[str, dict[str, Any]]:
        from openai import APIError

        user = "\n\n".join(render(c) for c in batch)
        try:
            reply = self.client.chat.completions.create(
                model=self.model, temperature=0,
                messages=[{"role": "system", "content": self._system}, {"role": "user", "content": user}],
                response_format={"type": "json_schema",
                                 "json_schema": {"name": "conversation_tags", "strict": True, "schema": self._schema}})
        except APIError as exc:
            log.warning("LLM request failed after the SDK's retries; using rules",
                        extra={"fields": {"error": str(exc)}})
            return {}
        self.usage.requests += 1
        if reply.usage is not None:
            self.usage.prompt_tokens += reply.usage.prompt_tokens or 0
            self.usage.completion_tokens += reply.usage.completion_tokens or 0
        try:
            items = json.loads(reply.choices[0].message.content or "")["items"]
        except (ValueError, KeyError, TypeError, IndexError):
            return {}
        wanted = {c.conversation_id: c for c in batch}
        good: dict[str, dict[str, Any]] = {}
        for raw in items if isinstance(items, list) else []:
            try:
                item = self._item.model_validate(raw).model_dump()
            except Exception:  # noqa: BLE001 - pydantic.ValidationError; one bad item must not sink the rest
                continue
            conv = wanted.get(item["conversation_id"])
            if conv is not None:
                good[conv.conversation_id] = item
                self._cache.put(self._key(conv), item)
        return good


@register("llm")
def _factory(**options: Any) -> Tagger:
    """``client`` (an OpenAI client), or ``api_key`` and ``base_url``; ``model``, ``cache_path``, ``lang``…"""
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
                        max_retries=int(options.get("max_retries", 3)), timeout=float(options.get("timeout", 60.0)))
    if not options.get("cache_path"):
        raise SheetsBridgeError("the llm tagger needs cache_path (where answers are cached)")
    return LLMTagger(client=client, model=str(options.get("model") or "gpt-4o-mini"),
                     cache_path=Path(options["cache_path"]), lang=str(options.get("lang", "ru")),
                     batch_size=int(options.get("batch_size", 10)), examples=options.get("examples") or ())
