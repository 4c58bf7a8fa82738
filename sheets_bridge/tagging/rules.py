"""The rules tagger: Russian and English cues from ``data/tagging_rules.txt``, offline and instant.

Each conversation is read the way LABELS.md describes: what the client wants (intent), whether the
business offered a booking and confirmed one, which needs became clear, and whether a lead was
missed. The confidence says how many cues agreed: a conversation decided by one weak cue scores low
and lands in the audit queue.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from .. import lexicon
from .base import Conversation, Message, Tagger, Tags, register

MENU_ITEM = re.compile(r"^\s*(\d{1,2})\s*[—–\-.)]\s*(.+?)\s*$", re.M)
CANCEL = re.compile(r"не (?:смогу|сможем|придем|придём|получится)|отмен|заболел", re.I)
INTENT_ORDER = ("booking", "price", "question", "complaint", "other")


def _expand_menu_choices(messages: Sequence[Message]) -> list[Message]:
    """A client's bare '1' after a bot menu ('1 — записаться на приём') means that item."""
    out: list[Message] = []
    last_menu: dict[str, str] = {}
    for m in messages:
        if m.role != "client":
            items = dict(MENU_ITEM.findall(m.text))
            if len(items) >= 2:
                last_menu = items
            out.append(m)
            continue
        choice = m.text.strip()
        if choice in last_menu:
            out.append(Message(m.role, f"{choice} — {last_menu[choice]}", m.sender))
        else:
            out.append(m)
    return out


class RulesTagger(Tagger):
    """Lexicon rules (``data/tagging_rules.txt``, extended by an owner's file with the same sections)."""

    name = "rules"

    def __init__(self, extra_lexicon: str | Path | None = None) -> None:
        self.cues = lexicon.load("tagging_rules.txt", str(extra_lexicon) if extra_lexicon else None)

    # --- helpers: each section runs once over a side's messages joined by newlines ----------------------
    def _hits(self, section: str, text: str) -> int:
        return len(self.cues[section].findall(text))

    def _first(self, section: str, text: str) -> int:
        m = self.cues[section].search(text)
        return m.start() if m else 1 << 30

    def _any(self, section: str, text: str) -> bool:
        return self.cues[section].search(text) is not None

    # --- tagging ------------------------------------------------------------------------------------
    def tag(self, conversations: Sequence[Conversation]) -> list[Tags]:
        return [self.tag_one(c) for c in conversations]

    def tag_one(self, conv: Conversation) -> Tags:
        messages = _expand_menu_choices(conv.messages)
        client_list = [" ".join(m.text.lower().split()) for m in messages if m.role == "client"]
        client = "\n".join(client_list)
        business = "\n".join(" ".join(m.text.lower().split()) for m in messages if m.role != "client")
        tags = Tags(conversation_id=conv.conversation_id)

        confirm_pos = next((i + 1 for i, m in enumerate(messages)
                            if m.role != "client" and self.cues["business_confirm"].search(m.text.lower())), None)
        booked = confirm_pos is not None
        offered = booked or self._any("business_offer", business)

        hits = {"booking": self._hits("client_booking", client), "price": self._hits("client_price", client),
                "question": self._hits("client_question", client),
                "complaint": self._hits("client_complaint", client), "other": self._hits("client_other", client)}
        has_booking = self._any("client_has_booking", client)
        opened_with_offer = bool(messages) and messages[0].role != "client" and self._any(
            "business_offer", messages[0].text.lower())
        intent = self._intent(hits, client, booked)
        if intent == "other" and opened_with_offer and not hits["other"]:
            intent = "booking"  # a reminder or follow-up offered a slot and the client answered it
        tags.intent = intent

        service_text = client
        if messages and messages[0].role != "client":
            service_text += "\n" + messages[0].text.lower()  # a reminder or follow-up names the service
        service = self._any("service", service_text)
        availability = bool(re.search(r"есть (?:ли )?(?:кто|мастер|врач|свободн)|\bavailable\b", client))
        time_named = any(self.cues["time"].search(t) and not CANCEL.search(t) for t in client_list)
        price_named = self._any("price_named", business) or (
            intent != "complaint" and self._any("price_named", client))

        tags.need_service = int(service and intent != "other")
        tags.need_time = int(booked or (time_named and intent in ("booking", "question", "price")
                                        and (service or hits["booking"] > 0 or has_booking or availability)))
        tags.need_budget = int(price_named and intent != "other")
        tags.booking_offered = int(offered)
        tags.booked = int(booked)
        tags.booking_pos = confirm_pos

        lead = intent in ("booking", "price") or (
            intent == "question" and not has_booking and (service or hits["price"] > 0 or availability))
        tags.missed_lead = int(lead and not offered and not booked)
        tags.rude = int(self._any("business_rude", business) or self._any("client_repeats", client))
        tags.sentiment = self._sentiment(client)
        tags.recommended_action = self._action(tags)
        tags.confidence = self._confidence(hits, intent, booked, offered, bool(client))
        tags.notes = self._notes(messages)
        return tags

    def _intent(self, hits: dict[str, int], joined: str, booked: bool) -> str:
        if hits["other"] and not booked and not hits["booking"]:
            return "other"
        if hits["complaint"] and hits["complaint"] >= hits["booking"]:
            return "complaint"
        if booked:
            return "booking"
        if hits["booking"] and self._any("client_has_booking", joined) and hits["question"] \
                and not CANCEL.search(joined) and not re.search(r"перенес|перенест|сдвин|reschedul", joined):
            return "question"  # a logistics question about a visit already booked
        if hits["booking"]:
            return "booking"
        if hits["price"] or hits["question"]:
            price_at = self._first("client_price", joined)
            # a bare "?" makes it a question only when no price cue exists anywhere, hence the offset
            question_at = min(self._first("client_question", joined.replace("?", " ")),
                              joined.find("?") + 10**6 if "?" in joined else 1 << 30)
            return "price" if price_at <= question_at else "question"
        return "other"  # thanks, praise, a sticker: nothing asked

    def _sentiment(self, client: str) -> str:
        score = 2 * self._hits("positive_strong", client) + self._hits("positive_mild", client)
        negative = self._hits("negative", client)
        if negative and 2 * negative >= score:
            return "negative"
        return "positive" if score >= 2 else "neutral"

    @staticmethod
    def _action(tags: Tags) -> str:
        if tags.intent == "complaint":
            return "none" if tags.booked else "redirect"
        if tags.missed_lead:
            return "reply_template" if tags.need_service else "clarify"
        if tags.rude:
            return "reply_template" if tags.booked else "redirect"
        return "none"

    @staticmethod
    def _confidence(hits: dict[str, int], intent: str, booked: bool, offered: bool, any_client: bool) -> float:
        if not any_client:
            return 0.2
        winner = hits.get(intent, 0)
        total = sum(hits.values())
        intent_c = (winner + 1) / (total + 2) if winner else 0.35
        if booked:
            intent_c = max(intent_c, 0.8) if intent == "booking" else intent_c
            booking_c = 0.9
        elif offered:
            booking_c = 0.7  # offered but not confirmed: declined, or confirmed off-chat?
        else:
            booking_c = 0.85
        return round(0.5 * min(intent_c, 0.95) + 0.5 * booking_c, 3)

    @staticmethod
    def _notes(messages: list[Message]) -> dict[str, str]:
        first_client = next((m.text for m in messages if m.role == "client"), "")
        return {"client_wanted": " ".join(first_client.split())[:160]}


@register("rules")
def _factory(**options: object) -> Tagger:
    return RulesTagger(extra_lexicon=options.get("extra_lexicon"))  # type: ignore[arg-type]
