"""The Tagger interface: conversations in, one set of tags (LABELS.md) per conversation out."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

INTENTS = ("booking", "price", "question", "complaint", "other")
SENTIMENTS = ("positive", "neutral", "negative")
ACTIONS = ("reply_template", "clarify", "redirect", "none")
FLAGS = ("need_service", "need_time", "need_budget", "booking_offered", "booked", "missed_lead", "rude")
TAG_FIELDS = ("intent", "sentiment", *FLAGS, "recommended_action")


@dataclass(frozen=True)
class Message:
    role: str   # client, manager or bot
    text: str
    sender: str = ""


@dataclass(frozen=True)
class Conversation:
    conversation_id: str
    messages: tuple[Message, ...]


@dataclass
class Tags:
    conversation_id: str
    intent: str = "other"
    sentiment: str = "neutral"
    need_service: int = 0
    need_time: int = 0
    need_budget: int = 0
    booking_offered: int = 0
    booked: int = 0
    missed_lead: int = 0
    rude: int = 0
    recommended_action: str = "none"
    confidence: float = 0.0
    booking_pos: int | None = None  # 1-based position of the message that confirms the booking
    notes: dict[str, str] = field(default_factory=dict)  # e.g. what the client wanted, why missed

    def as_row(self) -> dict[str, object]:
        return {f: getattr(self, f) for f in TAG_FIELDS} | {"confidence": round(self.confidence, 3)}


class Tagger(ABC):
    """Tags conversations. Implementations: ``rules`` (offline default), ``learned``, ``llm``."""

    name: str = "base"

    @abstractmethod
    def tag(self, conversations: Sequence[Conversation]) -> list[Tags]:
        """One Tags per conversation, in the same order."""


TAGGERS: dict[str, Callable[..., Tagger]] = {}


def register(name: str) -> Callable[[Callable[..., Tagger]], Callable[..., Tagger]]:
    def deco(factory: Callable[..., Tagger]) -> Callable[..., Tagger]:
        TAGGERS[name] = factory
        return factory

    return deco


def get_tagger(name: str, **options: object) -> Tagger:
    from ..errors import InputError
    from . import learned, llm, rules  # noqa: F401  (each registers itself; the default like any other)

    if name not in TAGGERS:
        raise InputError(f"unknown tagger {name!r}; available: {', '.join(sorted(TAGGERS))}", field="--tagger")
    return TAGGERS[name](**options)
