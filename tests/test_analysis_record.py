"""The owner's work is never lost, and every command reads the analysis analyze wrote (issue #15)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from sheets_bridge.analysis import AnalyzeOptions, analyze
from sheets_bridge.analysis.record import load_analysis
from sheets_bridge.cli import cli
from sheets_bridge.crm.leads import leads_from_workbook, transcripts
from sheets_bridge.ingest import ImportOptions, import_chats
from sheets_bridge.privacy import Scrubber
from sheets_bridge.tagging.rules import RulesTagger
from sheets_bridge.tagging.validate import sample
from sheets_bridge.workbook import Workbook, XlsxWorkbook, header_for

from .conftest import CORPUS

UFA = "Asia/Yekaterinburg"
FILES = sorted((CORPUS / "chats").iterdir())


@pytest.fixture(params=["xlsx", "gsheets"])
def book(request: pytest.FixtureRequest, tmp_path: Path) -> Workbook:
    if request.param == "xlsx":
        return XlsxWorkbook(tmp_path / "book.xlsx")
    return request.getfixturevalue("open_gsheets")()


def _import(wb: Workbook, files: list[Path]) -> None:
    import_chats(files, wb, Scrubber(bytes(32)), ImportOptions(managers_file=CORPUS / "managers.tsv", tz=UFA))


def _fill(wb: Workbook, tab: str, column: str, values: dict[str, str], key: str = "conversation_id") -> None:
    """What an owner does in the sheet: type into a column (adding it on the right if it is new)."""
    frame = wb.read(tab)
    if column not in frame.columns:
        frame[column] = ""
    for row_id, value in values.items():
        frame.loc[frame[key].astype(str) == row_id, column] = value
    header = list(dict.fromkeys([*(header_for(tab) or []), *frame.columns]))
    wb.replace(tab, frame.astype(object).where(frame.notna(), ""), header=header)


def _value(wb: Workbook, tab: str, column: str, row_id: str) -> str:
    frame = wb.read(tab)
    return str(frame.loc[frame["conversation_id"].astype(str) == row_id, column].iloc[0])


class Unsure(RulesTagger):
    """The rules tagger's tags at confidence 0.5, so that every week has conversations in the audit queue."""

    def tag(self, conversations, found=None):  # noqa: ANN001, ANN201
        out = super().tag(conversations, found)
        for tags in out:
            tags.confidence = 0.5
        return out


def test_owner_cells_survive_new_imports_and_two_more_analyses(book: Workbook) -> None:
    _import(book, FILES[::2])
    analyze(book, AnalyzeOptions(tz=UFA), Unsure())
    sample(book, n=12)
    audit = book.read("audit")["conversation_id"].astype(str).tolist()[:3]
    labelled = book.read("labels")["conversation_id"].astype(str).tolist()[1:4]
    convs = book.read("conversations")["conversation_id"].astype(str).tolist()[:3]
    missed = book.read("missed_leads")["conversation_id"].astype(str).tolist()[:2]
    assert len(audit) == 3 and len(labelled) == 3 and len(missed) == 2
    verdicts = {c: f"verdict {i}" for i, c in enumerate(audit)}
    notes = {c: f"note {i}" for i, c in enumerate(audit)}
    intents = dict.fromkeys(labelled, "booking")
    comments = {c: f"owner {i}" for i, c in enumerate(convs)}
    called = dict.fromkeys(missed, "called back")
    _fill(book, "audit", "reviewer_verdict", verdicts)
    _fill(book, "audit", "reviewer_note", notes)
    _fill(book, "labels", "intent", intents)
    _fill(book, "conversations", "owner_comment", comments)
    _fill(book, "missed_leads", "called", called)

    _import(book, FILES[1::2])  # new chats arrive
    analyze(book, AnalyzeOptions(tz=UFA), Unsure())
    analyze(book, AnalyzeOptions(tz=UFA))  # now with confidences that pick other conversations for review

    assert len(book.read("conversations")) == 63
    for tab, column, values in (("audit", "reviewer_verdict", verdicts), ("audit", "reviewer_note", notes),
                                ("labels", "intent", intents), ("conversations", "owner_comment", comments),
                                ("missed_leads", "called", called)):
        for row_id, value in values.items():
            assert _value(book, tab, column, row_id) == value, (tab, column, row_id)
    assert list(book.read("conversations").columns)[-1] == "owner_comment"


def test_every_command_sees_the_conversations_analyze_wrote_with_another_gap(tmp_path: Path) -> None:
    """After analyze --gap 1h, sample, report, export bitrix and push's transcripts use that split."""
    wb = XlsxWorkbook(tmp_path / "book.xlsx")
    _import(wb, FILES)
    analyze(wb, AnalyzeOptions(tz=UFA, gap="1h"))
    conversations = set(wb.read("conversations")["conversation_id"].astype(str))
    assert len(conversations) > 63  # an hour's pause splits many of them
    assert load_analysis(wb).run["gap"] == "1h"

    sample(wb, n=500)
    labels = wb.read("labels").iloc[1:]
    assert set(labels["conversation_id"].astype(str)) == conversations
    assert (labels["excerpt"].astype(str).str.len() > 0).all(), "every sampled conversation has its excerpt"

    notes = transcripts(wb)
    assert set(notes) == conversations and all(notes.values())
    leads = leads_from_workbook(wb, None)
    assert {lead["ORIGIN_ID"] for lead in leads if lead["ORIGIN_ID"].startswith("c_")} <= conversations

    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["report", "--out", str(out), "-w", str(wb.path)])
    assert result.exit_code == 0, result.output
    stored = load_analysis(wb)
    assert set(stored.messages["conversation_id"]) == conversations
    assert stored.messages.groupby("conversation_id").size().sum() == len(stored.messages)


def test_commands_after_analyze_refuse_a_workbook_that_was_never_analysed(tmp_path: Path) -> None:
    book = tmp_path / "book.xlsx"
    XlsxWorkbook(book).init_tabs()
    for args in (["sample"], ["report", "--out", str(tmp_path / "r.html")],
                 ["export", "bitrix", "--out", str(tmp_path / "l.csv")]):
        result = CliRunner().invoke(cli, [*args, "-w", str(book)])
        assert result.exit_code == 2 and "analyze" in result.output, (args, result.output)


def test_message_events_reach_messages_by_one_path_whichever_door(tmp_path: Path) -> None:
    """Events the Apps Script bridge (or the demo) left in events become messages rows when analysed."""
    wb = XlsxWorkbook(tmp_path / "book.xlsx")
    wb.append("events", [{"event_id": f"e{i}", "timestamp": f"2025-01-01T12:0{i}:00+03:00", "channel": "whatsapp",
                          "session_id": "s1", "event_type": kind, "payload": f'{{"text": "{text}"}}'}
                         for i, (kind, text) in enumerate([("message.received", "Сколько стоит маникюр?"),
                                                           ("message.sent", "1500 ₽")])])
    analyze(wb, AnalyzeOptions(tz="Europe/Moscow"))
    messages = wb.read("messages")
    assert sorted(messages["source"]) == ["event:e0", "event:e1"]
    analyze(wb, AnalyzeOptions(tz="Europe/Moscow"))
    assert len(wb.read("messages")) == 2 and len(wb.read("conversations")) == 1
    assert pd.notna(wb.read("conversations")["first_response_s"].iloc[0])
