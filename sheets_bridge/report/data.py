"""The report's figures, read from what ``analyze`` stored (its tabs and its ``runs`` record), for one week."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..analysis import review, sla
from ..analysis.record import STORED_TABS, StoredAnalysis, load_analysis
from ..errors import InputError
from ..timeutil import parse_iso, week_start
from ..workbook import Workbook

SLA = {t.label: t.seconds for t in sla.STANDARD}  # the kpi tab's frt_within_* limits (SPEC §4)
MAIN_SLA = sla.MAIN.seconds  # the headline speed when analyze had no --sla: answered within 15 minutes


@dataclass
class ReportData:
    """Everything one report shows: the chosen week's rows of each tab, and who is waiting now."""

    lang: str
    week: str                          # the period shown everywhere (its Monday, as in the kpi tab)
    previous: str                      # the week before it
    weeks: list[str]                   # every period of the kpi tab
    today: dt.date
    tz: dt.tzinfo
    as_of: dt.datetime | None          # the newest message in the workbook: what "waiting" runs to
    business_hours: str                # the last analyze's --business-hours ('' = the clock runs day and night)
    kpi: pd.DataFrame                  # the kpi tab, every week
    all_conversations: pd.DataFrame    # the conversations tab with the columns below added
    bots: frozenset[str]
    waiting: pd.DataFrame              # the waiting tab: every client waiting now, whatever the week
    missed: pd.DataFrame               # the week's missed_leads rows
    missed_earlier: pd.DataFrame       # missed leads of the weeks before, newest first
    audit: pd.DataFrame                # the week's audit rows
    rubric: pd.DataFrame               # the week's rubric rows
    scenarios: pd.DataFrame            # the week's top loss scenarios (review.loss_scenarios)
    excerpts: pd.Series                # conversation_id → its first messages, in the report's language
    import_warnings: pd.DataFrame | None = None  # the imports rows with warnings (the newest import of each file)
    limits: tuple[sla.Threshold, ...] = ()  # the last analyze's --sla limits: the first is the headline speed

    @property
    def main_sla(self) -> sla.Threshold:
        """The headline speed's limit: the first of analyze's --sla, else 15 minutes."""
        return sla.main(self.limits)
    promises: pd.DataFrame | None = None         # the week's promises rows (said vs the record)
    missed_previous: pd.DataFrame | None = None  # the week before's missed_leads rows (for the lost-revenue estimate)

    @property
    def conversations(self) -> pd.DataFrame:
        """The chosen week's conversations."""
        return self.all_conversations[self.all_conversations["week"] == self.week]

    @property
    def previous_conversations(self) -> pd.DataFrame:
        return self.all_conversations[self.all_conversations["week"] == self.previous]

    @property
    def managers(self) -> pd.DataFrame:
        """The chosen week's kpi rows, one per manager (without ``ALL``)."""
        rows = self.kpi[(self.kpi["period"] == self.week) & (self.kpi["manager"] != "ALL")]
        return rows.sort_values("manager", kind="stable").reset_index(drop=True)

    def kpi_row(self, week: str, manager: str = "ALL") -> pd.Series | None:
        rows = self.kpi[(self.kpi["period"] == week) & (self.kpi["manager"] == manager)]
        return rows.iloc[0] if len(rows) else None


def choose_week(periods: list[str], requested: str | None, today: dt.date) -> str:
    """The week to show: the one holding ``requested`` (any day of it), else the last complete week with data
    (the newest week whose Sunday is before ``today``; the newest week when none has ended yet)."""
    if not periods:
        return ""
    if requested:
        try:
            day = dt.date.fromisoformat(requested.strip())
        except ValueError as exc:
            raise InputError(f"{requested!r} is not a date like 2025-11-10", field="--week") from exc
        monday = (day - dt.timedelta(days=day.weekday())).isoformat()
        if monday not in periods:
            raise InputError(f"no conversations in the week of {monday}; weeks with data: "
                             f"{', '.join(periods[-8:])}", field="--week")
        return monday
    ended = [p for p in periods if dt.date.fromisoformat(p) + dt.timedelta(days=7) <= today]
    return ended[-1] if ended else periods[-1]


def _first_client(stored: StoredAnalysis) -> pd.Series:
    """conversation_id → the client's token (their name or phone as stored)."""
    msgs = stored.messages
    clients = msgs[msgs["sender_role"] == "client"]
    return clients.groupby("conversation_id")["sender"].first().astype(str)


def _with_columns(stored: StoredAnalysis, waiting_ids: set[str], bots: frozenset[str]) -> pd.DataFrame:
    """The conversations tab plus: week, local start time, client, bot (answered first by a bot), waiting,
    asked (has a client block) and people_s (how long until a person answered)."""
    conv = stored.conversations.copy()
    conv["conversation_id"] = conv["conversation_id"].astype(str)
    start = parse_iso(conv["started_at"])
    conv["week"] = week_start(start, stored.tz).to_numpy()
    conv["start"] = start.dt.tz_convert(stored.tz)
    conv["client"] = conv["conversation_id"].map(_first_client(stored)).fillna("")
    conv["bot"] = conv["manager"].astype(str).isin(bots)
    conv["waiting"] = conv["conversation_id"].isin(waiting_ids)
    conv["asked"] = conv["client_blocks"].fillna(0).astype(int) > 0
    # a workbook analysed before human_first_response_s existed: equal to first_response_s where no bot answered
    human = conv["human_first_response_s"] if "human_first_response_s" in conv else \
        conv["first_response_s"].where(~conv["bot"])
    conv["people_s"] = human.astype("Float64")
    return conv


def people_figures(conv: pd.DataFrame, main_s: int = MAIN_SLA) -> dict[str, Any]:
    """How fast people answered: conversations not answered first by a bot (nobody answering counts too),
    timed by ``human_first_response_s`` — a bot's reply never counts as a person's; ``main`` counts those
    answered within ``main_s`` (the headline limit)."""
    pool = conv[~conv["bot"] & conv["asked"]]
    seconds = pool["people_s"].astype(float)
    return {"asked": len(pool), **{k: int((seconds <= s).sum()) for k, s in SLA.items()},
            "main": int((seconds <= main_s).sum()),
            "median_s": seconds.median() if seconds.notna().any() else None, "ids": list(pool["conversation_id"])}


def bot_figures(conv: pd.DataFrame) -> dict[str, Any]:
    """How fast the bot answered, and whether (and after how long) a person answered after it."""
    pool = conv[conv["bot"] & conv["asked"]]
    seconds = pool["first_response_s"].astype(float)
    people = pool["people_s"].astype(float)
    return {"asked": len(pool), **{k: int((seconds <= s).sum()) for k, s in SLA.items()},
            "median_s": seconds.median() if seconds.notna().any() else None,
            "handed": int(people.notna().sum()), "people_median_s": people.median() if people.notna().any() else None,
            "ids": list(pool["conversation_id"])}


def lost_members(conv: pd.DataFrame, intent: str, where: str) -> list[str]:
    """The conversations behind one loss scenario (the same rows review.loss_scenarios counts)."""
    lost = conv[conv["booked"].eq(0) & (conv["missed_lead"].eq(1) | (
        conv["dead"].eq(1) & conv["intent"].isin(["booking", "price"])))]
    lost = lost.assign(last_unanswered=lost["waiting"])
    hit = (lost["intent"].astype(str) == intent) & (review.where_it_died(lost) == where)
    return list(lost.loc[hit, "conversation_id"])


def _scenarios(conv: pd.DataFrame) -> pd.DataFrame:
    if conv.empty:
        return pd.DataFrame(columns=["intent", "where", "conversations", "example"])
    return review.loss_scenarios(conv.assign(last_unanswered=conv["waiting"]))


def report_data(workbook: Workbook, lang: str = "ru", week: str | None = None,
                today: dt.date | None = None) -> ReportData:
    """The figures of one report, for the week holding ``week`` (default: the last complete week)."""
    workbook.prefetch([*STORED_TABS, "kpi", "waiting", "missed_leads", "audit", "rubric", "imports", "promises"])
    stored = load_analysis(workbook, need="report")
    kpi = workbook.read("kpi")
    waiting = workbook.read("waiting")
    waiting["conversation_id"] = waiting["conversation_id"].astype(str)
    msgs = stored.messages
    bots = frozenset(msgs.loc[msgs["sender_role"] == "bot", "sender"].astype(str))
    conv = _with_columns(stored, set(waiting["conversation_id"]), bots)
    today = today or dt.datetime.now(stored.tz).date()
    periods = sorted(set(kpi.loc[kpi["manager"] == "ALL", "period"].astype(str)))
    chosen = choose_week(periods, week, today)
    previous = (dt.date.fromisoformat(chosen) - dt.timedelta(days=7)).isoformat() if chosen else ""
    ids = set(conv.loc[conv["week"] == chosen, "conversation_id"])
    missed = workbook.read("missed_leads")
    missed["conversation_id"] = missed["conversation_id"].astype(str)
    earlier_ids = set(conv.loc[conv["week"] < chosen, "conversation_id"])
    earlier = missed[missed["conversation_id"].isin(earlier_ids)].iloc[::-1]
    audit = workbook.read("audit")
    rubric = workbook.read("rubric")
    as_of = msgs["ts"].max() if len(msgs) else None
    return ReportData(
        lang=lang, week=chosen, previous=previous, weeks=periods, today=today, tz=stored.tz,
        as_of=None if as_of is None or pd.isna(as_of) else pd.Timestamp(as_of).tz_convert(stored.tz).to_pydatetime(),
        business_hours=stored.run.get("business_hours", ""), kpi=kpi, all_conversations=conv, bots=bots,
        waiting=waiting, missed=missed[missed["conversation_id"].isin(ids)].reset_index(drop=True),
        missed_earlier=earlier.reset_index(drop=True),
        audit=audit[audit["week"].astype(str) == chosen].reset_index(drop=True),
        rubric=rubric[rubric["conversation_id"].astype(str).isin(ids)].reset_index(drop=True),
        scenarios=_scenarios(conv[conv["week"] == chosen]),
        excerpts=stored.excerpts(n=6, width=400, lang=lang), import_warnings=_import_warnings(workbook),
        limits=sla.parse(stored.run.get("sla", "")),
        promises=_week_rows(workbook, "promises", ids),
        missed_previous=missed[missed["conversation_id"].isin(
            set(conv.loc[conv["week"] == previous, "conversation_id"]))].reset_index(drop=True))


def _week_rows(workbook: Workbook, tab: str, ids: set[str]) -> pd.DataFrame:
    """The rows of ``tab`` that belong to the week's conversations (none when the tab is missing)."""
    if tab not in workbook.tabs():
        return pd.DataFrame(columns=["conversation_id"])
    rows = workbook.read(tab)
    rows["conversation_id"] = rows["conversation_id"].astype(str)
    return rows[rows["conversation_id"].isin(ids)].reset_index(drop=True)


def _import_warnings(workbook: Workbook) -> pd.DataFrame:
    """The newest ``imports`` row of each file, where it has warnings (an export cut at WhatsApp's limit…)."""
    if "imports" not in workbook.tabs():
        return pd.DataFrame(columns=["file", "warnings", "messages", "unknown"])
    rows = workbook.read("imports")
    newest = rows.sort_values("imported_at", kind="stable").drop_duplicates("file", keep="last")
    return newest[newest["warnings"].astype(str).str.strip() != ""].reset_index(drop=True)
