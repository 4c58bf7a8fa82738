"""The seed's rubric (0–10) and per-manager weekly KPIs (SPEC §3–4)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd

from . import sla

RUBRIC_COLUMNS = ["conversation_id", "manager", "frt_points", "needs_points", "offer_points", "politeness_points",
                  "score"]


def rubric(conversations: pd.DataFrame) -> pd.DataFrame:
    """frt 3 (≤180 s) / 2 (≤900 s) / 0; needs 3 (all three) / 1 (one or two) / 0; offer 3; politeness 1 or −2."""
    frt = conversations["first_response_s"]
    frt_points = np.select([frt.le(180), frt.le(900)], [3, 2], default=0)
    needs = conversations[["need_service", "need_time", "need_budget"]].astype(int).sum(axis=1)
    needs_points = np.select([needs.eq(3), needs.ge(1)], [3, 1], default=0)
    offer_points = np.where(conversations["booking_offered"].astype(int).eq(1), 3, 0)
    politeness = np.where(conversations["rude"].astype(int).eq(1), -2, 1)
    score = np.clip(frt_points + needs_points + offer_points + politeness, 0, 10)
    return pd.DataFrame({"conversation_id": conversations["conversation_id"], "manager": conversations["manager"],
                         "frt_points": frt_points, "needs_points": needs_points, "offer_points": offer_points,
                         "politeness_points": politeness, "score": score})


KPI_COLUMNS = ["period", "manager", "conversations", "median_first_response_s", "p90_first_response_s",
               "pct_unanswered", "conversion_rate", "avg_messages_to_booking", "avg_score", "missed_leads",
               "frt_within_5m", "frt_within_15m", "frt_within_60m"]
SLA_SECONDS = {t.column: t.seconds for t in sla.STANDARD}


def kpi(conversations: pd.DataFrame, scores: pd.Series, weeks: pd.Series,
        thresholds: Sequence[sla.Threshold] = ()) -> pd.DataFrame:
    """One row per manager per ISO week, plus manager ``ALL``; ``thresholds`` other than SPEC's three add
    ``frt_within_<limit>`` columns on the right (``analyze --sla``)."""
    extra = sla.extra(thresholds)
    limits = {**SLA_SECONDS, **{t.column: t.seconds for t in extra}}
    frame = pd.DataFrame({"period": weeks.to_numpy(), "manager": conversations["manager"].to_numpy(),
                          "frt": conversations["first_response_s"].to_numpy(dtype=float),
                          "blocks": conversations["client_blocks"].to_numpy(dtype=float),
                          "unanswered": conversations["unanswered_blocks"].to_numpy(dtype=float),
                          "booked": conversations["booked"].to_numpy(dtype=float),
                          "mtb": pd.to_numeric(conversations["messages_to_booking"], errors="coerce").to_numpy(),
                          "score": scores.to_numpy(dtype=float),
                          "missed": conversations["missed_lead"].to_numpy(dtype=float),
                          "asked": conversations["client_blocks"].to_numpy(dtype=float) > 0})
    for col, limit in limits.items():  # unanswered conversations count as not within (SPEC §4)
        frame[col] = np.where(frame["asked"], (frame["frt"] <= limit).astype(float), np.nan)
    everyone = frame.assign(manager="ALL")
    rows = []
    for data in (frame, everyone):
        grouped = data.groupby(["period", "manager"], sort=True)
        agg = grouped.agg(conversations=("booked", "size"), median_first_response_s=("frt", "median"),
                          blocks=("blocks", "sum"), unanswered=("unanswered", "sum"), booked=("booked", "sum"),
                          avg_messages_to_booking=("mtb", "mean"), avg_score=("score", "mean"),
                          missed_leads=("missed", "sum"), **{c: (c, "mean") for c in limits})
        agg["p90_first_response_s"] = grouped["frt"].quantile(0.9, interpolation="linear")
        rows.append(agg.reset_index())
    out = pd.concat(rows, ignore_index=True)
    out["pct_unanswered"] = (out["unanswered"] / out["blocks"].where(out["blocks"] > 0)).round(4)
    out["conversion_rate"] = (out["booked"] / out["conversations"]).round(4)
    out["missed_leads"] = out["missed_leads"].astype(int)
    for col in ("median_first_response_s", "p90_first_response_s", "avg_messages_to_booking", "avg_score"):
        out[col] = out[col].round(2)
    for col in limits:
        out[col] = out[col].round(4)
    columns = KPI_COLUMNS + [t.column for t in extra]
    return out.sort_values(["period", "manager"], kind="stable")[columns].reset_index(drop=True)
