"""The tabs of SPEC §3: names, columns in order and the type of each column.

Column names are interface (owners' sheets and Looker Studio charts depend on them): add new
columns on the right, never rename or reorder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

TEXT, INT, FLOAT, TIME = "text", "int", "float", "time"


@dataclass(frozen=True)
class Tab:
    name: str
    columns: tuple[tuple[str, str], ...]
    key: tuple[str, ...] = ()      # the row's id: owner cells are matched by it when the tab is rebuilt
    owner: tuple[str, ...] = ()    # columns the owner fills in; sheets-bridge writes them empty, never over a value
    keep_owned_rows: bool = False  # a row the owner filled stays even when a rebuild no longer produces it
    # columns sheets-bridge adds on the right when a setting asks for them, as (pattern, kind): ``frt_within_<limit>``
    # stands for frt_within_10m, frt_within_2h… (kpi, ``analyze --sla``); they are ours, recomputed every rebuild
    more: tuple[tuple[str, str], ...] = ()

    @property
    def header(self) -> list[str]:
        return [c for c, _ in self.columns]

    def kind(self, column: str) -> str:
        found = dict(self.columns).get(column)
        if found is None:
            found = next((k for pattern, k in self.more if _matches(pattern, column)), TEXT)
        return found

    def is_more(self, column: str) -> bool:
        """Whether ``column`` is one of the setting-made columns of :attr:`more` (not SPEC's, not the owner's)."""
        return column not in self.header and any(_matches(p, column) for p, _ in self.more)


def _matches(pattern: str, column: str) -> bool:
    """``frt_within_<limit>`` matches frt_within_10m, frt_within_2h, frt_within_90s (a limit as ``--sla`` labels it)."""
    prefix = pattern.split("<", 1)[0]
    return column.startswith(prefix) and re.fullmatch(r"\d+[smh]", column[len(prefix):]) is not None


def _tab(name: str, spec: str, key: str = "", owner: str = "", keep_owned_rows: bool = False,
         more: tuple[tuple[str, str], ...] = ()) -> Tab:
    """Build a Tab from 'col:kind, col, ...' (kind defaults to text); key and owner are comma-separated columns."""
    cols = []
    for part in spec.split(","):
        col, _, kind = part.strip().partition(":")
        cols.append((col, kind or TEXT))
    names = [c for c, _ in cols]

    def columns(text: str) -> tuple[str, ...]:
        out = tuple(c.strip() for c in text.split(",") if c.strip())
        assert set(out) <= set(names), (name, out)
        return out

    return Tab(name, tuple(cols), columns(key), columns(owner), keep_owned_rows, more)


_TABS = [
    _tab("events", "event_id, timestamp:time, received_at:time, level, channel, session_id, user_id, "
                   "event_type, intent, confidence:float, crm_id, payload", key="event_id"),
    _tab("messages", "message_id, chat_id, channel, timestamp:time, sender_role, sender, text, source",
         key="message_id"),
    _tab("conversations",
         "conversation_id, chat_id, channel, manager, started_at:time, ended_at:time, client_messages:int, "
         "business_messages:int, first_response_s:float, avg_response_s:float, client_blocks:int, "
         "unanswered_blocks:int, dead:int, messages_to_booking:int, intent, sentiment, need_service:int, "
         "need_time:int, need_budget:int, booking_offered:int, booked:int, missed_lead:int, rude:int, "
         "recommended_action, confidence:float, tagger, evidence, human_first_response_s:float",
         key="conversation_id"),
    _tab("rubric", "conversation_id, manager, frt_points:int, needs_points:int, offer_points:int, "
                   "politeness_points:int, score:int", key="conversation_id"),
    _tab("kpi", "period, manager, conversations:int, median_first_response_s:float, "
                "p90_first_response_s:float, pct_unanswered:float, conversion_rate:float, "
                "avg_messages_to_booking:float, avg_score:float, missed_leads:int, frt_within_5m:float, "
                "frt_within_15m:float, frt_within_60m:float", key="period, manager",
         more=(("frt_within_<limit>", FLOAT),)),
    _tab("missed_leads", "conversation_id, chat_id, channel, manager, started_at:time, client_wanted, "
                         "why_missed, recommended_action, reply_template, excerpt, evidence, estimated_value:float, "
                         "value_basis", key="conversation_id"),
    _tab("audit", "week, conversation_id, chat_id, manager, confidence:float, reason, intent, missed_lead:int, "
                  "excerpt, reviewer_verdict, reviewer_note", key="conversation_id",
         owner="reviewer_verdict, reviewer_note", keep_owned_rows=True),
    _tab("labels", "conversation_id, chat_id, started_at:time, excerpt, intent, sentiment, need_service:int, "
                   "need_time:int, need_budget:int, booking_offered:int, booked:int, missed_lead:int, rude:int, "
                   "recommended_action, labelled_by", key="conversation_id",
         owner="intent, sentiment, need_service, need_time, need_budget, booking_offered, booked, missed_lead, rude, "
               "recommended_action, labelled_by", keep_owned_rows=True),
    _tab("validation", "run_at:time, tagger, field, n:int, accuracy:float, macro_f1:float, kappa:float, "
                       "verdict, confusion", key="run_at, tagger, field"),
    _tab("reconcile", "event_id, session_id, timestamp:time, week, channel, crm_id, origin_id, phone_token, "
                      "status, crm_lead_id", key="event_id, crm_lead_id"),
]

_TABS.append(_tab("waiting", "conversation_id, chat_id, channel, manager, client, waiting_since:time, "
                            "waiting_s:float, intent, missed_lead:int, complaint:int, client_wanted, reply_template, "
                            "excerpt", key="conversation_id"))
_TABS.append(_tab("runs", "run_at:time, command, gap, tz, business_hours, tagger, lang, version, messages:int, "
                         "conversations:int, hours_file, holidays, sla, prices, prices_sha256", key="run_at, command"))
# What the business said and the record contradicts (SPEC §4): codes in kind, the owner's words in problem.
_TABS.append(_tab("promises", "conversation_id, chat_id, channel, manager, said_at:time, sender, kind, service, said, "
                             "listed, difference:float, problem, message_id, evidence",
                  key="conversation_id, message_id, kind, said"))
# One row per file per import: what was read, and what the owner should know about it (codes; texts in vocabulary).
_TABS.append(_tab("imports", "imported_at:time, file, channel, chats:int, messages:int, added:int, system:int, "
                            "placeholders:int, unknown:int, first:time, last:time, warnings",
                  key="imported_at, file"))
_TABS.append(_tab("owner_archive", "archived_at:time, tab, row_id, column, value",
                  key="archived_at, tab, row_id, column"))
# What every column of every tab means (SPEC §3); sheets-bridge rewrites it whole on ``init``: it is ours.
_TABS.append(_tab("legend", "tab, column, unit, meaning_ru, meaning_en", key="tab, column"))

TABS: dict[str, Tab] = {t.name: t for t in _TABS}
TAB_NAMES: list[str] = [t.name for t in _TABS]


KIND_UNITS = {INT: "count", FLOAT: "number", TIME: "ISO time", TEXT: "text"}


def legend_rows() -> list[dict[str, str]]:
    """The ``legend`` tab: one row per column of every tab, its unit and meaning (``data/legend.tsv``); a column
    the file does not describe yet still gets a row, with the unit its type implies."""
    import csv
    from importlib import resources

    text = resources.files("sheets_bridge").joinpath("data/legend.tsv").read_text(encoding="utf-8")
    known = {(r["tab"], r["column"]): r for r in csv.DictReader(text.splitlines(), delimiter="\t",
                                                                quoting=csv.QUOTE_NONE)}
    return [known.get((t.name, c)) or {"tab": t.name, "column": c, "unit": KIND_UNITS[k], "meaning_ru": "",
                                       "meaning_en": ""}
            for t in _TABS for c, k in (*t.columns, *t.more)]


def spec_for(tab: str) -> Tab | None:
    return TABS.get(tab)


def header_for(tab: str) -> list[str] | None:
    """The SPEC header of a known tab, or None for a tab sheets-bridge does not define."""
    spec = TABS.get(tab)
    return spec.header if spec else None


def coerce(tab: str, frame: pd.DataFrame) -> pd.DataFrame:
    """Give a tab read as strings its column types: numbers become numbers, empty cells NA."""
    spec = TABS.get(tab)
    if spec is None:
        return frame
    out = frame.copy()
    for col in out.columns:
        kind = spec.kind(col)
        if kind == INT:
            out[col] = pd.to_numeric(out[col].replace("", None), errors="coerce").astype("Int64")
        elif kind == FLOAT:
            out[col] = pd.to_numeric(out[col].replace("", None), errors="coerce").astype("Float64")
    return out
