"""Chats → conversations, client blocks and response metrics (SPEC §4), vectorized with pandas."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from ..timeutil import parse_iso
from .hours import BusinessHours
from .schedules import Schedules

BUSINESS = ("manager", "bot")


def prepare(messages: pd.DataFrame) -> pd.DataFrame:
    """Non-system messages, de-duplicated by id, with UTC times, in chat and time order."""
    msgs = messages[messages["sender_role"].isin(["client", *BUSINESS])].copy()
    msgs = msgs.drop_duplicates("message_id")
    msgs["ts"] = parse_iso(msgs["timestamp"])
    msgs = msgs[msgs["ts"].notna()]
    msgs["order"] = np.arange(len(msgs))
    return msgs.sort_values(["chat_id", "ts", "order"], kind="stable").reset_index(drop=True)


def split(msgs: pd.DataFrame, gap: pd.Timedelta) -> pd.DataFrame:
    """Add ``conversation_id`` and ``pos`` (1-based message number in its conversation)."""
    new_chat = msgs["chat_id"].ne(msgs["chat_id"].shift())
    new_conv = new_chat | (msgs["ts"].diff() >= gap)
    seq = new_conv.cumsum()
    first_id = msgs["message_id"].groupby(seq).transform("first")
    msgs["conversation_id"] = "c_" + first_id.str.removeprefix("m_")
    msgs["pos"] = msgs.groupby(seq).cumcount() + 1
    return msgs


def closing_mask(text: pd.Series, closing: re.Pattern[str]) -> pd.Series:
    """Messages made only of closing words (thanks, ok, bye…), emoji and punctuation."""
    rest = text.fillna("").str.replace(closing, "", regex=True).str.replace(r"[\W\d_]+", "", regex=True)
    return rest.eq("")


def metrics(msgs: pd.DataFrame, closing: re.Pattern[str], hours: BusinessHours | Schedules | None = None
            ) -> pd.DataFrame:
    """One row per conversation: counts, blocks, response times, manager (SPEC §4, before tagging).

    With business hours, a block's response time counts the open seconds of whoever answers it (their own
    schedule if they have one, else the business's).
    """
    conv = msgs["conversation_id"]
    is_client = msgs["sender_role"].eq("client")
    is_business = ~is_client
    prev_client = is_client.groupby(conv).shift(fill_value=False).astype(bool)
    block_start = is_client & ~prev_client
    block_id = block_start.cumsum().where(is_client)
    business_ts = msgs["ts"].where(is_business)
    next_business = business_ts.groupby(conv).bfill()
    is_human = msgs["sender_role"].eq("manager")
    next_human = msgs["ts"].where(is_human).groupby(conv).bfill()

    clients = pd.DataFrame({"conversation_id": conv[is_client], "block": block_id[is_client],
                            "ts": msgs["ts"][is_client], "next_business": next_business[is_client],
                            "next_human": next_human[is_client], "text": msgs["text"][is_client]})
    if hours is not None:  # who answers: the sender of that next business (or human) message
        clients["answerer"] = msgs["sender"].where(is_business).groupby(conv).bfill()[is_client]
        clients["human_answerer"] = msgs["sender"].where(is_human).groupby(conv).bfill()[is_client]
    blocks = clients.groupby("block", sort=True).agg(conversation_id=("conversation_id", "first"),
                                                     start=("ts", "first"), answer=("next_business", "first"),
                                                     human=("next_human", "first"),
                                                     **({"answerer": ("answerer", "first"),
                                                         "human_answerer": ("human_answerer", "first")}
                                                        if hours is not None else {})).reset_index()
    last_block = blocks.groupby("conversation_id")["block"].transform("max").eq(blocks["block"])
    # a final "thanks, bye" needs no answer: only the last block's messages need the closing-words test
    in_last = clients["block"].isin(blocks.loc[last_block, "block"])
    closing_last = closing_mask(clients.loc[in_last, "text"], closing).groupby(clients.loc[in_last, "block"]).all()
    blocks = blocks[~blocks["block"].map(closing_last).fillna(False).astype(bool)]
    if hours is None:
        blocks["response_s"] = (blocks["answer"] - blocks["start"]).dt.total_seconds()
        blocks["human_s"] = (blocks["human"] - blocks["start"]).dt.total_seconds()
    else:
        schedules = hours if isinstance(hours, Schedules) else Schedules(hours)
        blocks["response_s"] = schedules.seconds_between(blocks["start"], blocks["answer"], blocks["answerer"])
        blocks["human_s"] = schedules.seconds_between(blocks["start"], blocks["human"], blocks["human_answerer"])
    blocks["unanswered"] = blocks["answer"].isna()
    per_block = blocks.groupby("conversation_id")
    first_last = per_block.agg(first_response_s=("response_s", "first"), client_blocks=("response_s", "size"),
                               unanswered_blocks=("unanswered", "sum"), last_unanswered=("unanswered", "last"),
                               avg_response_s=("response_s", "mean"), human_first_response_s=("human_s", "first"),
                               last_block_start=("start", "last"))

    grouped = msgs.groupby("conversation_id", sort=False)
    out = grouped.agg(chat_id=("chat_id", "first"), channel=("channel", "first"), started=("ts", "first"),
                      ended=("ts", "last"), messages=("pos", "size"))
    out["client_messages"] = is_client.groupby(conv).sum()
    out["business_messages"] = out["messages"] - out["client_messages"]
    first_business = msgs.loc[is_business].groupby("conversation_id")["sender"].first()
    out["manager"] = first_business.reindex(out.index).fillna("unassigned")
    out = out.join(first_last)
    out["client_blocks"] = out["client_blocks"].fillna(0).astype(int)
    out["unanswered_blocks"] = out["unanswered_blocks"].fillna(0).astype(int)
    out["last_unanswered"] = out["last_unanswered"].astype("boolean").fillna(False).astype(bool)
    out["waiting_since"] = out["last_block_start"].where(out["last_unanswered"])
    out["client"] = msgs.loc[is_client].groupby("conversation_id")["sender"].first().reindex(out.index).fillna("")
    return out.drop(columns=["last_block_start"]).reset_index()
