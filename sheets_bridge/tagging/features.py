"""A conversation as numbers the tagger's model weighs: the cues each side used, and the conversation's
structure — who spoke last and whether it was answered, what the client did after an offer, whether the
business confirmed a time the client accepted. Also the messages that carry the evidence for each decision."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .base import Conversation
from .cues import CueMatcher, Hits
from .evidence import KINDS

CLIENT_SECTIONS = ("c_price", "c_book", "c_book_explicit", "c_avail", "c_question", "c_resched", "c_has_booking",
                   "c_complaint", "c_past_service", "c_problem", "c_past",
                   "c_spam", "c_job", "c_wrong", "c_accept", "c_decline", "c_budget", "c_contact", "c_want",
                   "c_urgent", "c_media", "time", "positive", "negative", "b_price")
BUSINESS_SECTIONS = ("b_offer", "b_confirm", "b_yes", "b_price", "b_full", "b_alternative", "b_away", "b_ask",
                     "b_apology", "b_rude", "b_reminder", "b_handoff", "b_refer", "b_menu", "time", "c_question",
                     "c_book")
INTEREST_SET = {"c_price", "c_book", "c_avail", "c_want", "c_budget", "c_contact", "c_question"}
# feature names made once (a conversation sets about 160 of them)
_C_KEYS = tuple((s, f"c.{s}", f"c.{s}.n", f"c.{s}.first") for s in CLIENT_SECTIONS)
_B_KEYS = tuple((s, f"b.{s}", f"b.{s}.n", f"b.{s}.last") for s in BUSINESS_SECTIONS)
_EVIDENCE_KEYS: dict[tuple[str, str], str] = {}
_EVIDENCE_SECTIONS = {side: frozenset(k.split(".", 1)[1] for k in KINDS if k.startswith(side + ".")) for side in "cb"}


def _evidence_key(side: str, section: str) -> str:
    key = _EVIDENCE_KEYS.get((side, section))
    if key is None:
        key = _EVIDENCE_KEYS[(side, section)] = f"{side}.{section}"
    return key


@dataclass
class Evidence:
    """Message positions (0-based in the conversation) that carry each kind of evidence (``evidence.KINDS``: the
    ones a decision reads), with the cue's span."""

    first: dict[str, tuple[int, tuple[int, int]]] = field(default_factory=dict)
    last: dict[str, tuple[int, tuple[int, int]]] = field(default_factory=dict)


@dataclass
class Extracted:
    names: list[str]
    matrix: np.ndarray               # conversations × features
    evidence: list[Evidence]
    hits: Hits
    bounds: list[tuple[int, int]]    # each conversation's slice of the scanned messages
    roles: list[str]
    tokens: list[set[str]] = field(default_factory=list)  # words per side ("c:хочу", "b:записала")

    def subset(self, rows: Sequence[int]) -> Extracted:
        """The same extraction for some of the conversations (hits stay shared)."""
        rows = list(rows)
        return Extracted(self.names, self.matrix[rows], [self.evidence[i] for i in rows], self.hits,
                         [self.bounds[i] for i in rows], self.roles, [self.tokens[i] for i in rows])


WORD = re.compile(r"[a-zа-я]{2,}")


def tokens_of(texts: Sequence[str], roles: Sequence[str], seen: dict[tuple[str, str], frozenset[str]] | None = None
              ) -> set[str]:
    """The words each side used (normalized text), for the model's word features. ``seen``: each (side, text)'s
    words found before (a bot's menu, "спасибо" are read once per batch)."""
    out: set[str] = set()
    seen = {} if seen is None else seen
    for text, role in zip(texts, roles, strict=True):
        side = "c:" if role == "client" else "b:"
        words = seen.get((side, text))
        if words is None:
            words = seen[(side, text)] = frozenset(side + w for w in WORD.findall(text))
        out |= words
    return out


def _log(x: float) -> float:
    return math.log1p(max(0.0, x))


def extract(conversations: Sequence[Conversation], matcher: CueMatcher) -> Extracted:
    """Features of every conversation (one regex scan over all their messages)."""
    texts: list[str] = []
    roles: list[str] = []
    bounds: list[tuple[int, int]] = []
    for conv in conversations:
        start = len(texts)
        for m in conv.messages:
            texts.append(m.text)
            roles.append(m.role)
        bounds.append((start, len(texts)))
    hits = matcher.scan(texts, roles)
    present: list[set[str]] = [set() for _ in texts]
    for row, column in zip(*np.nonzero(hits.counts), strict=True):
        present[row].add(hits.sections[column])
    rows, evidence, words = [], [], []
    names: list[str] | None = None
    seen: dict[tuple[str, str], frozenset[str]] = {}
    for conv, (a, b) in zip(conversations, bounds, strict=True):
        values, ev = _one(conv, hits, present, a, matcher.closing)
        if names is None:
            names = list(values)
        rows.append([values[n] for n in names])
        evidence.append(ev)
        words.append(tokens_of(hits.texts[a:b], roles[a:b], seen))
    if names is None:  # no conversations
        every = feature_names(matcher)
        return Extracted(every, np.zeros((0, len(every))), evidence, hits, bounds, roles, words)
    matrix = np.hstack([_section_counts(hits, roles, bounds), np.asarray(rows, dtype=float)])
    return Extracted([*SECTION_NAMES, *names], matrix, evidence, hits, bounds, roles, words)


#: the per-section features, in their columns' order: for each client section "c.<s>" (a client's message has it),
#: "c.<s>.n" (log1p of how many do), "c.<s>.first" (one in the client's first block, before any reply); then for
#: each business section "b.<s>", "b.<s>.n", "b.<s>.last" (the business's last message has it)
SECTION_NAMES = [name for keys in (*_C_KEYS, *_B_KEYS) for name in keys[1:]]


def _section_counts(hits: Hits, roles: Sequence[str], bounds: Sequence[tuple[int, int]]) -> np.ndarray:
    """The :data:`SECTION_NAMES` columns of every conversation at once (cumulative sums over the messages)."""
    column = _columns(hits)
    present = hits.counts > 0
    client = np.fromiter((r == "client" for r in roles), dtype=bool, count=len(roles))
    starts = np.fromiter((a for a, _ in bounds), dtype=np.int64, count=len(bounds))
    ends = np.fromiter((b for _, b in bounds), dtype=np.int64, count=len(bounds))
    # the first business message of each conversation (its end when there is none), and its last (-1: none)
    business_rows = np.append(np.flatnonzero(~client), len(roles))  # (a sentinel after the last message)
    first_b = np.minimum(business_rows[np.searchsorted(business_rows, starts)], ends)
    k = np.searchsorted(business_rows, ends) - 1
    last_b = np.where(k >= 0, business_rows[np.maximum(k, 0)], -1)
    last_b = np.where(last_b >= starts, last_b, -1)
    out = np.zeros((len(bounds), len(SECTION_NAMES)))

    def cumulative(sections: Sequence[str], side: np.ndarray) -> np.ndarray:
        """Row r: how many of the first r messages are of ``side`` and have each section."""
        mine = np.zeros((len(roles) + 1, len(sections)), dtype=np.int32)
        known = [j for j, section in enumerate(sections) if section in column]
        picked = present[:, [column[sections[j]] for j in known]] & side[:, None]
        mine[1:, known] = np.cumsum(picked, axis=0, dtype=np.int32)
        return mine

    at = 0
    for sections, side, upto in ((CLIENT_SECTIONS, client, None), (BUSINESS_SECTIONS, ~client, last_b)):
        cum = cumulative(sections, side)
        n = cum[ends] - cum[starts]
        # math.log1p's values, as the structural features have them, looked up for every count
        logs = np.asarray([math.log1p(v) for v in range(int(n.max(initial=0)) + 1)])[n]
        # client sections: in the first block (before the first reply); business ones: in the last message
        flag = cum[first_b] - cum[starts] if upto is None else (cum[upto + 1] - cum[upto]) * (upto >= 0)[:, None]
        for j in range(len(sections)):
            out[:, at], out[:, at + 1], out[:, at + 2] = n[:, j] > 0, logs[:, j], flag[:, j] > 0
            at += 3
    return out


def feature_names(matcher: CueMatcher) -> list[str]:
    """The feature names (from a one-message conversation)."""
    from .base import Message

    return extract([Conversation("x", (Message("client", "x"),))], matcher).names


def _columns(hits: Hits) -> dict[str, int]:
    found = getattr(hits, "_columns", None)
    if found is None:
        found = {name: k for k, name in enumerate(hits.sections)}
        object.__setattr__(hits, "_columns", found)
    return found


def _one(conv: Conversation, hits: Hits, present: list[set[str]], a: int, closing: re.Pattern[str]
         ) -> tuple[dict[str, float], Evidence]:
    msgs = conv.messages
    n = len(msgs)
    pres = present[a:a + n]
    roles = [m.role for m in msgs]
    client = [i for i, r in enumerate(roles) if r == "client"]
    business = [i for i, r in enumerate(roles) if r != "client"]
    texts = hits.texts[a:a + n]
    ev = Evidence()
    column = _columns(hits)
    span_of = hits.span
    for i in range(n):
        if not pres[i]:
            continue
        side = "c" if roles[i] == "client" else "b"
        for section in pres[i] & _EVIDENCE_SECTIONS[side]:
            span = span_of(a + i, column[section]) or (0, 0)
            key = _evidence_key(side, section)
            ev.first.setdefault(key, (i, span))
            ev.last[key] = (i, span)

    def has(i: int, section: str) -> bool:
        return section in pres[i]

    # the client's messages before the business's first (all of them before it are the client's)
    first_block = client[:business[0]] if business else client
    f: dict[str, float] = {}  # (the per-section features: _section_counts, for all the conversations at once)
    c_first = set().union(*pres[:len(first_block)])
    offers = [i for i in business if has(i, "b_offer")]
    # a person's offer counts more than a bot greeting's booking link (LABELS: the menu alone is no offer)
    f["b.offer_by_manager"] = float(any(msgs[i].role == "manager" for i in offers))
    f["b.offer_in_menu"] = float(any(has(i, "b_menu") for i in offers))
    f["s.started_with_prompt"] = float(bool(business) and business[0] == 0 and bool(
        pres[0] & {"b_reminder", "b_offer"}))
    confirms = [i for i in business if has(i, "b_confirm")]
    fulls = [i for i in business if has(i, "b_full")]
    # what the client did after the business's first offer
    after_offer = [i for i in client if offers and i > offers[0]]
    f["c.accept_after_offer"] = float(any(has(i, "c_accept") or has(i, "time") for i in after_offer))
    f["c.decline_after_offer"] = float(any(has(i, "c_decline") for i in after_offer))
    f["c.silent_after_offer"] = float(bool(offers) and not after_offer)
    # a confirmation after the client named or accepted a time
    timed = [i for i in client if has(i, "time") or has(i, "c_accept")]
    f["b.confirm_after_client_time"] = float(bool(confirms and timed) and confirms[-1] > timed[0])
    f["b.confirm_after_offer"] = float(bool(confirms and offers) and confirms[-1] > offers[0])
    # the business's short yes right after the client named or accepted a time ("сегодня в 10 норм?" → "да")
    f["b.yes_after_client_time"] = float(any(has(i, "b_yes") and i > 0 and msgs[i - 1].role == "client"
                                             and (has(i - 1, "time") or has(i - 1, "c_accept")) for i in business))
    f["b.full_no_alternative"] = float(bool(fulls) and not any(
        has(i, "b_alternative") or (has(i, "b_offer") and i > fulls[0]) for i in business if i >= fulls[0]))
    # a problem with a service the business already gave, in one message or across the client's first block
    f["c.complaint_combo"] = float(any(has(i, "c_past_service") and (has(i, "c_problem") or has(i, "c_complaint"))
                                       for i in client))
    f["c.complaint_combo.block"] = float(bool(c_first & {"c_past_service", "c_past"})
                                         and bool(c_first & {"c_problem", "c_complaint", "negative"}))
    past = column.get("c_past")
    f["c.past.first_block"] = _log(int(hits.counts[a:a + len(first_block), past].sum()) if past is not None else 0)
    # structure
    f["n.client"] = _log(len(client))
    f["n.business"] = _log(len(business))
    f["n.bot"] = _log(roles.count("bot"))
    f["n.manager"] = _log(roles.count("manager"))
    f["s.no_reply"] = float(bool(client) and not business)
    f["s.bot_only"] = float(bool(business) and all(msgs[i].role == "bot" for i in business))
    f["s.business_started"] = float(bool(msgs) and msgs[0].role != "client")
    f["s.last_is_client"] = float(bool(msgs) and msgs[-1].role == "client")
    last_closing = bool(client) and _only_closing(texts[client[-1]], closing)
    f["s.last_client_closing"] = float(last_closing)
    f["s.unanswered_end"] = float(bool(msgs) and msgs[-1].role == "client" and not last_closing)
    tail = [i for i in client if not business or i > business[-1]]
    f["s.interest_unanswered"] = float(any(pres[i] & INTEREST_SET for i in tail))
    f["s.only_away_or_bot"] = float(bool(business) and all(
        pres[i] & {"b_away", "b_handoff", "b_menu"} or msgs[i].role == "bot" for i in business))
    answered_at = next((msgs[i].at for i in business if client and i > client[0]), None)
    asked_at = msgs[client[0]].at if client else None
    hours = ((answered_at - asked_at).total_seconds() / 3600 if answered_at and asked_at else 0.0)
    f["s.first_reply_h"] = _log(hours)
    f["s.reply_after_12h"] = float(hours >= 12)
    f["s.client_chars"] = _log(sum(len(texts[i]) for i in client) / 50)
    f["s.business_chars"] = _log(sum(len(texts[i]) for i in business) / 50)
    f["s.client_exclaim"] = _log(sum(texts[i].count("!") for i in client))
    f["s.client_first_short"] = float(bool(client) and len(texts[client[0]]) < 25)
    f["s.last_business_offer"] = float(bool(offers) and offers[-1] == business[-1])
    f["s.last_business_confirm"] = float(bool(confirms) and confirms[-1] == business[-1])
    f["s.last_client_decline"] = float(bool(client) and has(client[-1], "c_decline"))
    f["bias"] = 1.0
    return f, ev


_NOT_LETTERS = re.compile(r"[\W\d_]+")


@lru_cache(maxsize=4096)  # the last client message is often the same few words ("спасибо", "ок")
def _only_closing(text: str, closing: re.Pattern[str]) -> bool:
    return not _NOT_LETTERS.sub("", closing.sub("", text))
