"""What every part of the page shares: the week's data, the owner's words and the lists the figures link to."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from html import escape
from importlib import resources
from typing import Any

import pandas as pd

from ..vocabulary import code_of
from ..vocabulary import text as vtext
from . import fmt
from .data import ReportData, lost_members
from .texts import texts

NameLookup = Callable[[str], "str | None"]
PROMISE_LISTS = {"price_differs": "l-pr-price", "booking_without_event": "l-pr-booking"}  # promise kind → its list
TOKEN = re.compile(r"^\[(NAME|PHONE|EMAIL):[0-9a-f]+\]$")
SPEAKER_TAG = re.compile(r"\b([CMB])#(\d+)")
REASON = re.compile(r"(^|; |»: )([^«»;:]+?)(?=; |$)")
QUOTED = re.compile(r"«[^«»]*»")


@dataclass
class View:
    """One report being drawn: its data, language, and (only with ``--show-names``) the vault's lookup."""

    data: ReportData
    lang: str
    names: NameLookup | None = None
    lists: dict[str, tuple[str, list[str], str]] = field(default_factory=dict)  # id → (title, ids, time column)

    def __post_init__(self) -> None:
        self.build_lists()

    @cached_property
    def t(self) -> dict[str, str]:
        return texts(self.lang)

    def w(self, key: str, **values: Any) -> str:
        """The report's words for ``key`` with ``values`` filled in (values are escaped, the words are not)."""
        return self.t[key].format(**{k: escape(str(v)) for k, v in values.items()})

    @cached_property
    def by_id(self) -> pd.DataFrame:
        """Every conversation (with the report's columns), by its id."""
        return self.data.all_conversations.set_index("conversation_id", drop=False)

    @cached_property
    def dialog_ids(self) -> list[str]:
        """The conversations the page describes: the week's, then earlier ones still waiting for a reply."""
        week = self.data.conversations.sort_values("start", kind="stable")["conversation_id"].tolist()
        known, listed = set(self.by_id.index), set(week)
        older = [i for i in self.data.waiting["conversation_id"] if i in known and i not in listed]
        return week + older

    @cached_property
    def scores(self) -> dict[str, Any]:
        """The rubric score of each conversation, by its id."""
        rubric = self.data.rubric
        return dict(zip(rubric["conversation_id"], rubric["score"], strict=True)) if len(rubric) else {}

    # --- codes and values in the owner's words ---------------------------------------------------------------
    def who(self, manager: Any) -> str:
        return vtext("manager", str(manager), self.lang)

    def channel(self, code: Any) -> str:
        return vtext("channel", str(code).lower(), self.lang)

    def intent(self, code: Any) -> str:
        return vtext("intent", str(code), self.lang)

    def client(self, token: Any) -> str:
        """The client's label: the token, or with ``--show-names`` the name or phone the vault keeps for it."""
        token = str(token or "")
        match = TOKEN.match(token)
        if self.names is None or not match:
            return token or "—"
        value = self.names(token)
        if not value:
            return token
        return value.title() if match.group(1) == "NAME" else value

    def when(self, stamp: Any) -> str:
        """An ISO time or a timestamp as «13 ноября, 10:10» in the analysis' time zone."""
        if fmt.missing(stamp):
            return "—"
        moment = pd.Timestamp(stamp)
        moment = moment.tz_localize("UTC") if moment.tzinfo is None else moment
        return fmt.moment(moment.tz_convert(self.data.tz).to_pydatetime(), self.lang)

    def evidence(self, line: Any) -> str:
        """``C#3 «…» → M#4 «…»: записан`` as «клиент №3 «…» → менеджер №4 «…»: записан», in the report's language."""
        text = "" if fmt.missing(line) else str(line)
        mark = "№" if self.lang == "ru" else "#"
        text = SPEAKER_TAG.sub(lambda m: f"{vtext('speaker', m.group(1), self.lang)} {mark}{m.group(2)}", text)
        return REASON.sub(lambda m: m.group(1) + vtext("evidence", code_of("evidence", m.group(2).strip()),
                                                        self.lang), text)

    def evidence_html(self, line: Any) -> str:
        """:meth:`evidence` as HTML, the quoted messages marked as people's words (:func:`msg`)."""
        return QUOTED.sub(lambda m: f'<span class="msg">{m.group(0)}</span>', escape(self.evidence(line)))

    # --- the lists the figures link to -----------------------------------------------------------------------
    @cached_property
    def manager_keys(self) -> dict[str, str]:
        names = sorted(set(self.data.conversations["manager"].astype(str)) | set(self.data.managers["manager"]))
        return {m: f"m{i}" for i, m in enumerate(names)}

    def add_list(self, key: str, title: str, ids: list[str], time: str = "") -> str:
        self.lists[key] = (title, ids, time)
        return key

    def link(self, key: str, shown: str, *, count: bool = False) -> str:
        """``shown`` (already HTML) as a link to the list ``key``, or as it is when that list is empty; ``count``
        marks a figure that is the number of conversations in that list (class ``n``)."""
        if not self.lists.get(key, ("", [], ""))[1]:
            return shown
        mark = ' class="n"' if count else ""
        return f'<a{mark} href="#{key}">{shown}</a>'

    def build_lists(self) -> None:
        """Every list a figure links to: the week's totals, each manager's, each loss scenario's."""
        conv = self.data.conversations
        by_people = conv[~conv["bot"] & conv["asked"]].sort_values("people_s", na_position="last", kind="stable")
        by_bot = conv[conv["bot"] & conv["asked"]].sort_values("first_response_s", na_position="last",
                                                                 kind="stable")
        self.add_list("l-people", self.t["l_people"], list(by_people["conversation_id"]), "people_s")
        self.add_list("l-bot", self.t["l_bot"], list(by_bot["conversation_id"]), "first_response_s")
        self.add_list("l-unanswered", self.t["l_unanswered"], list(conv.loc[conv["waiting"], "conversation_id"]))
        self.add_list("l-booked", self.t["l_booked"], list(conv.loc[conv["booked"].eq(1), "conversation_id"]))
        self.add_list("l-missed", self.t["l_missed"], list(conv.loc[conv["missed_lead"].eq(1), "conversation_id"]))
        for manager, key in self.manager_keys.items():
            mine = conv[conv["manager"].astype(str) == manager]
            who = self.who(manager)
            timed = mine.sort_values("first_response_s", na_position="last", kind="stable")
            self.add_list(f"l-{key}", self.w("l_all", who=who), list(timed["conversation_id"]), "first_response_s")
            self.add_list(f"l-{key}-unanswered", self.w("l_who_unanswered", who=who),
                          list(mine.loc[mine["waiting"], "conversation_id"]))
            self.add_list(f"l-{key}-booked", self.w("l_who_booked", who=who),
                          list(mine.loc[mine["booked"].eq(1), "conversation_id"]))
            self.add_list(f"l-{key}-missed", self.w("l_who_missed", who=who),
                          list(mine.loc[mine["missed_lead"].eq(1), "conversation_id"]))
        for i, s in enumerate(self.data.scenarios.itertuples(index=False)):
            what = f"{self.intent(s.intent)} → {vtext('where_lost', str(s.where), self.lang)}"
            self.add_list(f"l-s{i}", what, lost_members(conv, str(s.intent), str(s.where)))
        promises = self.data.promises
        for kind, key in PROMISE_LISTS.items():
            ids = [] if promises is None else promises.loc[promises["kind"].astype(str) == kind, "conversation_id"]
            self.add_list(key, vtext("promise", kind, self.lang), list(dict.fromkeys(ids)))


def msg(text: Any) -> str:
    """Text people wrote (messages, excerpts), marked as theirs: every other word of the page is the report's."""
    return f'<span class="msg">{escape("" if fmt.missing(text) else str(text))}</span>'


def template_text(name: str, lang: str, fill: dict[str, str] | None = None) -> str:
    """A reply template of ``templates/replies`` in ``lang``, with the ``{words}`` we know filled in."""
    body = _template(name, lang)
    for word, value in (fill or {}).items():
        if value:
            body = body.replace("{" + word + "}", value)
    return body


def local_time(iso_text: Any, tz: dt.tzinfo) -> dt.datetime | None:
    """An ISO time of a tab in the analysis' time zone."""
    if fmt.missing(iso_text):
        return None
    try:
        return dt.datetime.fromisoformat(str(iso_text)).astimezone(tz)
    except ValueError:
        return None


@lru_cache(maxsize=64)  # (read once per report, not once per conversation it is offered for)
def _template(name: str, lang: str) -> str:
    try:
        text = resources.files("sheets_bridge.templates").joinpath(f"replies/{name}.md").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return ""
    parts = text.split(f"## {lang}\n", 1)
    return parts[1].split("\n## ", 1)[0].strip() if len(parts) == 2 else ""
