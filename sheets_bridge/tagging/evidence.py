"""``evidence`` (SPEC §4): the scrubbed messages that decided missed_lead, booked, booking_offered and a
complaint, each with its position — ``C#2 «сколько стоит?» → M#3 «1 500 ₽»: price named, no offer``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..vocabulary import text as vtext
from .base import Conversation, Tags

if TYPE_CHECKING:
    from .features import Extracted

SIDE = {"client": "C", "manager": "M", "bot": "B"}
WIDTH = 70
INTEREST = ("c.c_price", "c.c_book", "c.c_avail", "c.c_want", "c.c_budget", "c.c_contact", "c.c_question")
#: every kind of evidence a decision reads (here, and ``b.b_reminder``, ``b.b_rude`` in rules.py): the extraction
#: keeps only these (``features.Evidence``)
KINDS = frozenset({*INTEREST, "c.c_complaint", "c.negative", "b.b_confirm", "b.b_offer", "b.b_full", "b.b_price",
                   "b.b_reminder", "b.b_rude"})


def quote(conv: Conversation, pos: int, span: tuple[int, int] = (0, 0)) -> str:
    """``C#3 «…text around the cue…»`` (1-based position)."""
    msg = conv.messages[pos]
    flat = " ".join(msg.text.split())
    start = span[0] if 0 <= span[0] < len(flat) else 0
    left = max(0, min(start - 15, len(flat) - WIDTH))
    piece = flat[left:left + WIDTH]
    if left > 0:
        piece = "…" + piece.lstrip()
    if left + WIDTH < len(flat):
        piece = piece.rstrip() + "…"
    return f"{SIDE.get(msg.role, '?')}#{pos + 1} «{piece}»"


def build_evidence(conv: Conversation, found: Extracted, i: int, tags: Tags, lang: str) -> tuple[str, int | None]:
    """(the evidence line, the 1-based position of the message that confirms the booking or None)."""
    ev = found.evidence[i]
    msgs = conv.messages
    client = [k for k, m in enumerate(msgs) if m.role == "client"]
    business = [k for k, m in enumerate(msgs) if m.role != "client"]
    parts: list[str] = []
    booking_pos = None

    def first_of(keys: tuple[str, ...], before: int | None = None) -> tuple[int, tuple[int, int]] | None:
        options = [ev.first[k] for k in keys if k in ev.first and (before is None or ev.first[k][0] < before)]
        return min(options) if options else None

    interest = first_of(INTEREST) or ((client[0], (0, 0)) if client else None)
    if tags.booked and "b.b_confirm" in ev.last:
        pos, span = ev.last["b.b_confirm"]
        accepted = [k for k in client if k < pos]
        lead = quote(conv, accepted[-1]) + " → " if accepted else ""
        parts.append(f"{lead}{quote(conv, pos, span)}: {vtext('evidence', 'booked', lang)}")
        booking_pos = pos + 1
    elif tags.booked:
        parts.append(vtext("evidence", "booked_by_event", lang))
    elif tags.booking_offered and "b.b_offer" in ev.first:
        pos, span = ev.first["b.b_offer"]
        reply = next((k for k in client if k > pos), None)
        if reply is None:
            parts.append(f"{quote(conv, pos, span)}: {vtext('evidence', 'offer_no_answer', lang)}")
        else:
            parts.append(f"{quote(conv, pos, span)} → {quote(conv, reply)}: {vtext('evidence', 'offer_made', lang)}")
    if tags.missed_lead and interest is not None:
        pos, span = interest
        said = quote(conv, pos, span)
        answer = next((k for k in business if k > pos), None)
        full = ev.first.get("b.b_full")
        price = ev.first.get("b.b_price")
        if not business:
            parts.append(f"{said}: {vtext('evidence', 'no_reply', lang)}")
        elif answer is None:
            parts.append(f"{said}: {vtext('evidence', 'left_unanswered', lang)}")
        elif full is not None:
            parts.append(f"{said} → {quote(conv, *full)}: {vtext('evidence', 'full_no_alternative', lang)}")
        elif price is not None:
            parts.append(f"{said} → {quote(conv, *price)}: {vtext('evidence', 'price_no_offer', lang)}")
        else:
            parts.append(f"{said} → {quote(conv, answer)}: {vtext('evidence', 'answered_no_offer', lang)}")
    if tags.intent == "complaint":
        hit = ev.first.get("c.c_complaint") or ev.first.get("c.negative") or ((client[0], (0, 0)) if client else None)
        if hit is not None:
            parts.append(f"{quote(conv, *hit)}: {vtext('evidence', 'complaint', lang)}")
    return "; ".join(parts), booking_pos
