"""Taggers: conversations in, LABELS.md tags out. ``rules`` is the offline default."""

from __future__ import annotations

from .base import TAGGERS, Conversation, Message, Tagger, Tags, get_tagger, register

__all__ = ["TAGGERS", "Conversation", "Message", "Tagger", "Tags", "get_tagger", "register"]
