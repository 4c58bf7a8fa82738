"""``promises`` (SPEC §4): what the business said and the record contradicts — a booking confirmed in a message
with no ``appointment.*`` event when the chat's events are logged, and a price that differs from ``--prices``;
and, with ``--prices``, what each missed lead was probably worth."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from ..tagging.base import Conversation
from ..tagging.evidence import quote
from ..vocabulary import text as vtext
from . import events as ev
from . import services
from .conversations import BUSINESS
from .prices import Mention, PriceList, Service, mentions

PROMISE_COLUMNS = ["conversation_id", "chat_id", "channel", "manager", "said_at", "sender", "kind", "service", "said",
                   "listed", "difference", "problem", "message_id", "evidence"]
APPOINTMENT = "appointment."
# a client message that asks what something costs (the business's bare «3500» after it is a price)
_ASKS_PRICE = re.compile(r"сколько|почем|цен[аыуе]|стоимост|прайс|how much|price|cost", re.I)


def listed_text(service: Service) -> str:
    """A service's price as the list has it (the owner's own cell)."""
    return service.price.text


def _candidates(price_list: PriceList, levels: Sequence[list[str]]) -> list[Service]:
    """The services meant: every one named completely (all its words) at the first level that names one — the words
    before the price, the message, the client's request. A service named only in part is not checked: a price is
    called wrong only for a service the chat clearly names."""
    for words in levels:
        full = [h for h in price_list.hits(words) if h.full]
        if full:
            return [price_list.services[h.index] for h in full]
    return []


def _price_problem(said: Mention, listed: list[Service], lang: str) -> str:
    code = "price_differs_from" if any(s.price.is_from for s in listed) else "price_differs"
    return vtext("promise_problem", code, lang).format(said=said.amount.text,
                                                       listed=" / ".join(listed_text(s) for s in listed))


def _price_rows_of(conv: Conversation, meta: dict[str, Any], rows: pd.DataFrame, price_list: PriceList,
                   lang: str) -> list[dict[str, Any]]:
    """The price rows of one conversation: each price a business message names that no listed price it may
    mean agrees with."""
    out: list[dict[str, Any]] = []
    client_words: list[list[str]] = []
    asked = False
    for k, msg in enumerate(conv.messages):
        if msg.role == "client":
            client_words.append(services.words(msg.text))
            asked = asked or bool(_ASKS_PRICE.search(msg.text))
            continue
        if msg.role not in BUSINESS:
            continue
        said = mentions(msg.text, asked_price=asked)
        flat = " ".join(msg.text.split()).lower().replace("ё", "е")
        previous_end = 0
        for m in said:
            levels = [services.words(flat[previous_end:m.start]),
                      services.words(flat) if len(said) == 1 else [],
                      [w for words in client_words for w in words]]
            previous_end = m.end
            listed = _candidates(price_list, levels)
            if not listed or any(m.amount.agrees_with(s.price) for s in listed):
                continue
            out.append(_row(conv, k, meta, rows, "price_differs", lang, said=m, listed=listed,
                            client_words=client_words))
        asked = False
    return out


def _row(conv: Conversation, k: int, meta: dict[str, Any], rows: pd.DataFrame, kind: str, lang: str, *,
         said: Mention | None = None, listed: list[Service] | None = None,
         client_words: list[list[str]] | None = None) -> dict[str, Any]:
    """One promises row for message ``k`` (0-based) of ``conv``."""
    row = rows.iloc[k]
    listed = listed or []
    evidence = quote(conv, k, (said.start, said.end) if said else (0, 0))
    if said is not None and client_words:
        stems = [services.service_stems(s.name) for s in listed]
        client_pos = [i for i, m in enumerate(conv.messages[:k]) if m.role == "client"]
        asked = next((i for i, words in zip(reversed(client_pos), reversed(client_words), strict=False)
                      if services.find(stems, words)), None)
        if asked is not None:
            evidence = f"{quote(conv, asked)} → {evidence}"
    evidence += f": {vtext('evidence', kind, lang)}"
    single = listed[0].price if len(listed) == 1 else None
    return {**meta, "said_at": row["said_at"], "sender": row["sender"], "kind": kind,
            "service": " / ".join(s.name for s in listed), "said": said.amount.text if said else "",
            "listed": " / ".join(listed_text(s) for s in listed),
            "difference": said.amount.low - single.low if said is not None and single is not None else np.nan,
            "problem": _price_problem(said, listed, lang) if said is not None else
            vtext("promise_problem", kind, lang), "message_id": row["message_id"], "evidence": evidence}


def price_rows(msgs: pd.DataFrame, conversations: dict[str, Conversation], meta: pd.DataFrame,
               price_list: PriceList, lang: str = "ru") -> list[dict[str, Any]]:
    """Every price the business named that differs from the price list (``meta``: conversation_id → chat_id,
    channel, manager; ``msgs`` carry ``said_at``)."""
    out: list[dict[str, Any]] = []
    for conversation_id, rows in msgs.groupby("conversation_id", sort=False):
        conv = conversations.get(str(conversation_id))
        if conv is None or not rows["sender_role"].isin(BUSINESS).any():
            continue
        info = meta.loc[str(conversation_id)].to_dict() | {"conversation_id": str(conversation_id)}
        out.extend(_price_rows_of(conv, info, rows.reset_index(drop=True), price_list, lang))
    return out


def appointment_conversations(conv: pd.DataFrame, events: pd.DataFrame) -> set[str]:
    """The conversations an ``appointment.*`` event falls in (or follows, before the chat's next conversation)."""
    if events.empty:
        return set()
    mine = events.drop_duplicates("event_id")
    mine = mine[mine["event_type"].astype(str).str.startswith(APPOINTMENT)]
    if mine.empty:
        return set()
    from ..timeutil import parse_iso

    found = pd.DataFrame({"chat_id": [ev.event_chat_id(c, s) for c, s in zip(mine["channel"], mine["session_id"],
                                                                             strict=True)],
                          "ts": parse_iso(mine["timestamp"]).to_numpy()}).dropna(subset=["ts"])
    starts = conv[["conversation_id", "chat_id", "started"]].astype({"chat_id": object})
    starts = starts.astype({"started": "datetime64[ns, UTC]"}).sort_values("started")
    found = found.astype({"chat_id": object, "ts": "datetime64[ns, UTC]"}).sort_values("ts")
    hit = pd.merge_asof(found, starts, left_on="ts", right_on="started", by="chat_id", direction="backward")
    return set(hit["conversation_id"].dropna().astype(str))


def logged_chats(events: pd.DataFrame) -> set[str]:
    """The chats whose events are logged: every ``channel:session_id`` with at least one event."""
    if events.empty:
        return set()
    return {ev.event_chat_id(c, s) for c, s in zip(events["channel"], events["session_id"], strict=True)}


def booking_rows(conv: pd.DataFrame, msgs: pd.DataFrame, conversations: dict[str, Conversation],
                 events: pd.DataFrame, lang: str = "ru") -> list[dict[str, Any]]:
    """Bookings a business message confirmed (``booking_pos``, the tagger's) in a chat whose events are logged,
    with no ``appointment.*`` event in that conversation. Chats without any event are not checked."""
    logged = logged_chats(events)
    if not logged or "booking_pos" not in conv:
        return []
    mine = conv[conv["booking_pos"].notna() & conv["chat_id"].astype(str).isin(logged)]
    mine = mine[~mine["conversation_id"].isin(appointment_conversations(conv, events))]
    out = []
    for r in mine.itertuples(index=False):
        c = conversations.get(str(r.conversation_id))
        if c is None:
            continue
        k = int(r.booking_pos) - 1
        rows = msgs[msgs["conversation_id"] == r.conversation_id].reset_index(drop=True)
        if not 0 <= k < len(rows) or rows.iloc[k]["sender_role"] not in BUSINESS:
            continue
        meta = {"conversation_id": str(r.conversation_id), "chat_id": r.chat_id, "channel": r.channel,
                "manager": r.manager}
        out.append(_row(c, k, meta, rows, "booking_without_event", lang))
    return out


def promises(conv: pd.DataFrame, msgs: pd.DataFrame, objects: Sequence[Conversation], events: pd.DataFrame,
             price_list: PriceList | None, said_at: pd.Series, lang: str = "ru") -> pd.DataFrame:
    """The ``promises`` tab: bookings without an event (chats with logged events) and prices that differ from
    ``price_list`` (when given), in time order. ``said_at``: each message's time as the tabs write it."""
    by_id = {c.conversation_id: c for c in objects}
    msgs = msgs.assign(said_at=said_at.to_numpy())
    rows = booking_rows(conv, msgs, by_id, events, lang)
    if price_list is not None:
        meta = conv.set_index("conversation_id")[["chat_id", "channel", "manager"]]
        rows += price_rows(msgs, by_id, meta, price_list, lang)
    out = pd.DataFrame(rows, columns=PROMISE_COLUMNS)
    return out.sort_values(["said_at", "message_id", "kind"], kind="stable").reset_index(drop=True)


def _value(services_: Sequence[Service]) -> float | None:
    return float(np.median([s.price.base() for s in services_])) if services_ else None


def asked_services(price_list: PriceList, texts: Sequence[str]) -> list[Service]:
    """The service(s) these messages ask about, the most specific ones (a tie kept)."""
    hits = price_list.hits([w for t in texts for w in services.words(t)])
    return [price_list.services[h.index] for h in services.most_specific(services.candidates(hits))]


def booked_median(price_list: PriceList, conv: pd.DataFrame, msgs: pd.DataFrame) -> float | None:
    """The median listed price of the services booked conversations name (None when none names one)."""
    booked = set(conv.loc[conv["booked"].eq(1), "conversation_id"])
    values = []
    for _, rows in msgs[msgs["conversation_id"].isin(booked)].groupby("conversation_id", sort=False):
        value = _value(asked_services(price_list, list(rows["text"].astype(str))))
        if value is not None:
            values.append(value)
    return float(np.median(values)) if values else None


def missed_values(missed: pd.DataFrame, conv: pd.DataFrame, msgs: pd.DataFrame, price_list: PriceList | None
                  ) -> tuple[pd.Series, pd.Series]:
    """(estimated_value, value_basis) of each missed lead: the price of the service the client asked about, else
    the median price of booked services, else the median of the price list; empty without a price list."""
    if price_list is None or missed.empty:
        return (pd.Series(np.nan, index=missed.index, dtype="float64"), pd.Series("", index=missed.index))
    clients = msgs[msgs["sender_role"].eq("client")]
    texts = clients.groupby("conversation_id")["text"].agg(lambda t: list(t.astype(str)))
    fallback = booked_median(price_list, conv, msgs)
    basis_fallback = "median_booked"
    if fallback is None:
        fallback, basis_fallback = _value(price_list.services), "median_list"
    values, basis = [], []
    for conversation_id in missed["conversation_id"]:
        value = _value(asked_services(price_list, texts.get(conversation_id, [])))
        values.append(fallback if value is None else value)
        basis.append(basis_fallback if value is None else "service")
    return pd.Series(values, index=missed.index, dtype="float64"), pd.Series(basis, index=missed.index)
