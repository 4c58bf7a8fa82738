"""What ``analyze`` stored, read back: its settings (the ``runs`` tab) and which messages belong to which
conversation. Every later command (sample, validate, report, export, push, the job) reads this instead of
splitting chats again with default settings, so they all see exactly the ``conversations`` tab."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..errors import InputError
from ..tagging.base import Conversation, Message
from ..timeutil import parse_iso, resolve_tz
from ..workbook import Workbook
from .conversations import prepare

SPEAKER = {"ru": {"client": "Клиент", "manager": "Менеджер", "bot": "Бот"},
           "en": {"client": "Client", "manager": "Manager", "bot": "Bot"}}


def conversation_objects_from_split(msgs: pd.DataFrame) -> list[Conversation]:
    """Conversation objects of messages that carry ``conversation_id`` and ``pos`` (in order)."""
    if msgs.empty:
        return []
    starts = np.flatnonzero(msgs["pos"].to_numpy() == 1)
    bounds = np.append(starts, len(msgs))
    ids = msgs["conversation_id"].to_numpy()
    roles, texts, senders = (msgs[c].to_numpy() for c in ("sender_role", "text", "sender"))
    stamps = _when(msgs["ts"]) if "ts" in msgs else [None] * len(msgs)
    texts = [t if t.__class__ is str else str(t) for t in texts]
    senders = [s if s.__class__ is str else str(s) for s in senders]
    return [Conversation(ids[a], tuple(map(Message, roles[a:b], texts[a:b], senders[a:b], stamps[a:b])))
            for a, b in zip(bounds[:-1], bounds[1:], strict=True)]


def _when(values: pd.Series) -> list[dt.datetime | None]:
    """Each time as an aware datetime in UTC (naive ones taken as UTC), None where missing; converted at once."""
    times = pd.to_datetime(values, utc=True, errors="coerce") if values.dtype == object else values
    times = times.dt.tz_localize("UTC") if times.dt.tz is None else times.dt.tz_convert("UTC")
    missing = times.isna().to_numpy()
    return [None if gone else t for t, gone in zip(list(times.dt.to_pydatetime()), missing, strict=True)]


def excerpts(msgs: pd.DataFrame, n: int = 4, width: int = 300, lang: str = "en") -> pd.Series:
    """The first ``n`` messages of each conversation in one line: ``Client: … / Manager: …``."""
    head = msgs[msgs["pos"] <= n]
    label = head["sender_role"].map(SPEAKER.get(lang, SPEAKER["en"])).fillna("?")
    lines = label + ": " + head["text"].astype(str).str.replace(r"\s+", " ", regex=True).str.slice(0, 120)
    return lines.groupby(head["conversation_id"], sort=False).agg(" / ".join).str.slice(0, width)


def assign(messages: pd.DataFrame, conversations: pd.DataFrame) -> pd.DataFrame:
    """The prepared messages that fall inside a stored conversation (same chat, between its first and last
    message), with ``conversation_id`` and ``pos``; messages imported after the analysis belong to none."""
    msgs = prepare(messages)
    if msgs.empty or conversations.empty:
        return msgs.assign(conversation_id=pd.Series(dtype=object), pos=pd.Series(dtype="int64")).iloc[0:0]
    conv = pd.DataFrame({"conversation_id": conversations["conversation_id"].astype(str).to_numpy(),
                         "chat_id": conversations["chat_id"].astype(str).to_numpy(),
                         "start": parse_iso(conversations["started_at"]).to_numpy(),
                         "end": parse_iso(conversations["ended_at"]).to_numpy()}).dropna(subset=["start"])
    conv = conv.astype({"chat_id": object, "start": "datetime64[ns, UTC]", "end": "datetime64[ns, UTC]"})
    conv = conv.sort_values("start")
    left = msgs.astype({"chat_id": object}).sort_values("ts", kind="stable")
    left["ts"] = left["ts"].astype("datetime64[ns, UTC]")
    found = pd.merge_asof(left, conv, left_on="ts", right_on="start", by="chat_id", direction="backward")
    found = found[found["conversation_id"].notna() & (found["ts"] <= found["end"])]
    found = found.sort_values(["chat_id", "ts", "order"], kind="stable").reset_index(drop=True)
    found["pos"] = found.groupby("conversation_id").cumcount() + 1
    return found.drop(columns=["start", "end"])


@dataclass
class StoredAnalysis:
    """The last analysis of a workbook: its settings, its conversations, and their messages."""

    run: dict[str, str]
    conversations: pd.DataFrame
    messages: pd.DataFrame  # prepared, with conversation_id and pos

    @property
    def tz(self) -> dt.tzinfo:
        return resolve_tz(self.run.get("tz") or None)

    @property
    def lang(self) -> str:
        return self.run.get("lang") or "ru"

    def conversation_objects(self, ids: set[str] | None = None) -> list[Conversation]:
        msgs = self.messages if ids is None else self.messages[self.messages["conversation_id"].isin(ids)]
        return conversation_objects_from_split(msgs)

    def excerpts(self, n: int = 4, width: int = 300, lang: str | None = None) -> pd.Series:
        return excerpts(self.messages, n, width, lang or self.lang)


#: the tabs :func:`load_analysis` reads
STORED_TABS = ("conversations", "runs", "messages")


def last_run(workbook: Workbook) -> dict[str, str]:
    """The settings of the last ``analyze`` (empty if the workbook was analysed before runs were recorded)."""
    runs = workbook.read("runs") if "runs" in workbook.tabs() else pd.DataFrame()
    if runs.empty:
        return {}
    mine = runs[runs["command"].astype(str) == "analyze"]
    return {k: "" if pd.isna(v) else str(v) for k, v in mine.iloc[-1].items()} if len(mine) else {}


def load_analysis(workbook: Workbook, *, need: str = "this command") -> StoredAnalysis:
    """Read what ``analyze`` stored; InputError naming the fix if it never ran."""
    workbook.prefetch(STORED_TABS)
    conversations = workbook.read("conversations")
    if conversations.empty:
        raise InputError(f"the conversations tab is empty: run `sheets-bridge analyze` before {need}",
                         field="conversations")
    return StoredAnalysis(last_run(workbook), conversations, assign(workbook.read("messages"), conversations))
