"""What the owner should look at: missed leads, the audit queue and the top loss scenarios."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from ..vocabulary import text
from .hours import BusinessHours
from .schedules import Schedules

REPLY_TEMPLATES = {  # recommended_action + intent → a reply template in templates/replies
    ("reply_template", "price"): "price_with_offer",
    ("reply_template", "booking"): "booking_offer",
    ("reply_template", "question"): "booking_offer",
    ("clarify", "price"): "clarify_needs",
    ("clarify", "booking"): "clarify_needs",
    ("clarify", "question"): "clarify_needs",
    ("redirect", "booking"): "objection_handling",
    ("redirect", "price"): "objection_handling",
    ("redirect", "question"): "objection_handling",
}


def where_it_died(conversations: pd.DataFrame) -> pd.Series:
    """Where a conversation ended without a booking, as a ``where_lost`` code (vocabulary)."""
    return pd.Series(np.select(
        [conversations["business_messages"].eq(0),
         conversations["last_unanswered"],
         conversations["booking_offered"].eq(0),
         conversations["booked"].eq(0)],
        ["never_answered", "left_waiting", "no_offer", "offer_declined"],
        default="booked"), index=conversations.index)


def why_missed(missed: pd.DataFrame) -> np.ndarray:
    """Why each missed lead was missed, as a ``why_missed`` code (vocabulary)."""
    return np.select([missed["business_messages"].eq(0), missed["last_unanswered"], missed["need_budget"].eq(1)],
                     ["no_reply", "last_unanswered", "price_no_offer"], default="no_offer")


def missed_leads(conversations: pd.DataFrame, notes: pd.DataFrame, excerpts: pd.Series, lang: str = "ru"
                 ) -> pd.DataFrame:
    """One row per missed lead: what the client wanted, why it was missed (in the owner's words), what to send."""
    missed = conversations[conversations["missed_lead"].eq(1)]
    info = notes.reindex(missed.index)
    if "client_wanted" not in info:
        info = info.assign(client_wanted="")
    why = [text("why_missed", code, lang) for code in why_missed(missed)]
    template = [REPLY_TEMPLATES.get((a, i), "follow_up") if a != "none" else "follow_up"
                for a, i in zip(missed["recommended_action"], missed["intent"], strict=True)]
    return pd.DataFrame({"conversation_id": missed["conversation_id"], "chat_id": missed["chat_id"],
                         "channel": missed["channel"], "manager": missed["manager"],
                         "started_at": missed["started_at"], "client_wanted": info["client_wanted"].fillna(""),
                         "why_missed": why,
                         "recommended_action": [text("action", a, lang) for a in missed["recommended_action"]],
                         "reply_template": template,
                         "excerpt": excerpts.reindex(missed.index).fillna(""),
                         "evidence": missed["evidence"].fillna("") if "evidence" in missed else ""})


AUDIT_COLUMNS = ["week", "conversation_id", "chat_id", "manager", "confidence", "reason", "intent", "missed_lead",
                 "excerpt", "reviewer_verdict", "reviewer_note"]


def audit_queue(conversations: pd.DataFrame, weeks: pd.Series, excerpts: pd.Series, *, per_week: int = 20,
                controls: int = 3, threshold: float = 0.6, seed: int = 0, lang: str = "ru") -> pd.DataFrame:
    """Each ISO week: up to ``per_week`` conversations with confidence < 0.6, lowest first, plus about one in
    ten of the others at random (at most ``controls``) as a control sample (seed 002)."""
    frame = conversations.assign(week=weeks.to_numpy(), excerpt=excerpts.to_numpy()).reset_index(drop=True)
    if frame.empty:
        return pd.DataFrame(columns=AUDIT_COLUMNS)
    frame["draw"] = np.random.default_rng(seed).random(len(frame))
    low_candidate = frame["confidence"] < threshold
    frame["low_rank"] = frame["confidence"].where(low_candidate).groupby(frame["week"]).rank(method="first")
    low = frame["low_rank"].le(per_week)
    rest = ~low
    rest_size = rest.groupby(frame["week"]).transform("sum")
    k = np.minimum(controls, (rest_size * 0.1).round())
    control_rank = frame["draw"].where(rest).groupby(frame["week"]).rank(method="first")
    control = control_rank.le(k)
    frame["reason"] = np.where(low, "low_confidence", "control")  # codes: the tab shows vocabulary texts
    picked = frame[low | control].sort_values(["week", "reason", "low_rank", "draw"],
                                              ascending=[True, False, True, True], kind="stable")
    picked = picked.assign(reviewer_verdict="", reviewer_note="",
                           reason=[text("audit_reason", r, lang) for r in picked["reason"]])
    return picked[AUDIT_COLUMNS].reset_index(drop=True)


def loss_scenarios(conversations: pd.DataFrame, top: int = 3) -> pd.DataFrame:
    """The top ``top`` (intent × where it died) among conversations with a lead that did not book."""
    lost = conversations[conversations["booked"].eq(0) & (
        conversations["missed_lead"].eq(1)
        | (conversations["dead"].eq(1) & conversations["intent"].isin(["booking", "price"])))]
    if lost.empty:
        return pd.DataFrame(columns=["intent", "where", "conversations", "example"])
    table = lost.assign(where=where_it_died(lost)).groupby(["intent", "where"], sort=False).agg(
        conversations=("conversation_id", "size"), example=("conversation_id", "first")).reset_index()
    return table.sort_values("conversations", ascending=False, kind="stable").head(top).reset_index(drop=True)


WAITING_COLUMNS = ["conversation_id", "chat_id", "channel", "manager", "client", "waiting_since", "waiting_s",
                   "intent", "missed_lead", "complaint", "client_wanted", "reply_template", "excerpt"]


def waiting(conversations: pd.DataFrame, notes: pd.DataFrame, excerpts: pd.Series, as_of: pd.Timestamp | None,
            hours: BusinessHours | Schedules | None = None, tz: dt.tzinfo | None = None) -> pd.DataFrame:
    """Clients whose last message is unanswered (SPEC §4): leads and complaints first, then the longest waits.

    ``waiting_s`` runs to ``as_of`` (the newest message in the workbook), in business time when ``hours`` is set:
    on the schedule of the conversation's manager when they have their own, else the business's.
    """
    from ..timeutil import iso

    mine = conversations[conversations["waiting_since"].notna()]
    if mine.empty or as_of is None:
        return pd.DataFrame(columns=WAITING_COLUMNS)
    since = mine["waiting_since"]
    end = pd.Series(as_of, index=mine.index)
    if hours is None:
        seconds = (end - since).dt.total_seconds()
    else:
        schedules = hours if isinstance(hours, Schedules) else Schedules(hours)
        seconds = schedules.seconds_between(since, end, mine["manager"])
    info = notes.reindex(mine.index)
    wanted = info["client_wanted"].fillna("") if "client_wanted" in info else pd.Series("", index=mine.index)
    complaint = mine["intent"].eq("complaint").astype(int)
    # they have all waited: an apology that fills in itself (the date), for a complaint the one that answers it
    template = np.where(complaint.eq(1), "apology_complaint", "apology_wait")
    out = pd.DataFrame({"conversation_id": mine["conversation_id"], "chat_id": mine["chat_id"],
                        "channel": mine["channel"], "manager": mine["manager"], "client": mine["client"],
                        "waiting_since": iso(since, tz) if tz is not None else since.astype(str),
                        "waiting_s": seconds.round(0), "intent": mine["intent"], "missed_lead": mine["missed_lead"],
                        "complaint": complaint, "client_wanted": wanted, "reply_template": template,
                        "excerpt": excerpts.reindex(mine.index).fillna("")})
    priority = (out["missed_lead"].eq(1) | out["complaint"].eq(1)).astype(int)
    return (out.assign(_p=priority).sort_values(["_p", "waiting_since"], ascending=[False, False], kind="stable")
            .drop(columns="_p").reset_index(drop=True))
