"""The Tagger interface: conversations in, one set of tags (LABELS.md) per conversation out."""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ..vocabulary import ACTIONS, FLAGS, INTENTS, SENTIMENTS, TAG_FIELDS

__all__ = ["ACTIONS", "FLAGS", "INTENTS", "SENTIMENTS", "TAG_FIELDS", "Conversation", "Message", "Tagger", "Tags",
           "get_tagger", "register"]


@dataclass(frozen=True)
class Message:
    role: str   # client, manager or bot
    text: str
    sender: str = ""
    at: dt.datetime | None = None  # when it was sent (UTC), if known


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
    evidence: str = ""  # the messages that decided missed_lead, booked, booking_offered, a complaint (SPEC §4)
    booking_pos: int | None = None  # 1-based position of the message that confirms the booking
    notes: dict[str, str] = field(default_factory=dict)  # e.g. what the client wanted, why missed

    def as_row(self) -> dict[str, object]:
        return {f: getattr(self, f) for f in TAG_FIELDS} | {"confidence": round(self.confidence, 3),
                                                            "evidence": self.evidence}


class Tagger(ABC):
    """Tags conversations. Implementations: ``rules`` (offline default), ``learned``, ``llm``."""

    name: str = "base"
    #: whether tagging is a pure function of each conversation (no network, no files, no state it changes), so a
    #: long batch may be tagged in two halves at once (:func:`parallel.in_halves`)
    pure: bool = False

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
