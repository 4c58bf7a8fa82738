"""The PostgreSQL workbook beyond the shared contract: tenants, types, indexes, transactions, the CLI on the corpus."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import psycopg
import pytest
from click.testing import CliRunner

from sheets_bridge.cli import cli
from sheets_bridge.errors import SchemaError, WorkbookLockedError
from sheets_bridge.workbook import TAB_NAMES, XlsxWorkbook, open_workbook
from sheets_bridge.workbook.postgres import PostgresWorkbook, column_name, table_name

from .conftest import CORPUS, run_at_once

UFA = "Asia/Yekaterinburg"


def columns(url: str, table: str) -> dict[str, str]:
    with psycopg.connect(url) as db:
        rows = db.execute("SELECT column_name, data_type FROM information_schema.columns WHERE table_name = %s",
                          (table,)).fetchall()
    return dict(rows)


def test_open_workbook_dispatches_urls_with_the_tenant(pg_url: str, pg_tenant: str) -> None:
    wb = open_workbook(pg_url, tenant=pg_tenant)
    assert isinstance(wb, PostgresWorkbook) and wb.tenant == pg_tenant and pg_tenant in wb.location
    wb.close()


def test_tables_have_spec_columns_typed_plus_tenant_and_an_index_on_the_id(pg_url: str, pg_tenant: str) -> None:
    with PostgresWorkbook(pg_url, pg_tenant) as wb:
        wb.init_tabs()
    cols = columns(pg_url, "conversations")
    assert cols["tenant"] == "text" and cols["started_at"] == "text"
    assert cols["client_messages"] == "bigint" and cols["first_response_s"] == "double precision"
    assert cols["conversation_id"] == "text"
    with psycopg.connect(pg_url) as db:
        indexes = {r[0] for r in db.execute("SELECT indexdef FROM pg_indexes WHERE tablename IN ('kpi', 'messages')")}
    assert any("(tenant, period, manager)" in i for i in indexes)
    assert any("(tenant, message_id)" in i for i in indexes)


@pytest.mark.parametrize("tab, table", [("kpi", "kpi"), ("notes", "tab_notes"), ("x" * 80, None)])
def test_table_names(tab: str, table: str | None) -> None:
    name = table_name(tab)
    assert name == table if table else len(name.encode()) <= 63 and name == table_name(tab)


@pytest.mark.parametrize("header, column", [("reviewer_note", "reviewer_note"), ("tenant", None), ("_seq", None),
                                            ("", None), ("примечание", "примечание")])
def test_column_names(header: str, column: str | None) -> None:
    name = column_name(header)
    assert name == column if column else name not in ("tenant", "_seq", "") and len(name.encode()) <= 63


def test_tenants_share_tables_but_never_see_each_other(pg_url: str, pg_tenant: str) -> None:
    a, b = PostgresWorkbook(pg_url, pg_tenant + "a"), PostgresWorkbook(pg_url, pg_tenant + "b")
    a.append("messages", [{"message_id": "m1", "text": "a's"}])
    b.ensure_tab("notes", ["date", "amount"])
    a.ensure_tab("notes", ["id", "text"])  # the same tab name, another header: each tenant keeps its own
    assert b.read("messages").empty and a.read("messages")["text"].tolist() == ["a's"]
    assert list(a.read("notes").columns) == ["id", "text"] and list(b.read("notes").columns) == ["date", "amount"]
    assert a.tabs() == ["messages", "notes"] and b.tabs() == ["notes"]
    a.close(), b.close()


def test_owner_columns_are_added_with_alter_table_and_survive_rebuild(pg_url: str, pg_tenant: str) -> None:
    wb = PostgresWorkbook(pg_url, pg_tenant)
    header = wb.ensure_tab("missed_leads")
    wb.replace("missed_leads", [{"conversation_id": "c1"}])
    frame = wb.read("missed_leads").assign(called_back="yes")
    wb.replace("missed_leads", frame, header=[*header, "called_back"])
    assert "called_back" in columns(pg_url, "missed_leads")
    wb.rebuild("missed_leads", [{"conversation_id": "c1", "why_missed": "no offer"}])
    got = wb.read("missed_leads")
    assert got[["conversation_id", "why_missed", "called_back"]].values.tolist() == [["c1", "no offer", "yes"]]
    wb.close()


@pytest.mark.parametrize("row, message", [
    ({"period": "2025-01-06", "manager": "ALL", "conversations": "many"}, "not an integer"),
    ({"period": "2025-01-06", "manager": "ALL", "conversations": 2.5}, "not an integer"),
    ({"period": "2025-01-06", "manager": "ALL", "avg_score": "good"}, "not a number"),
])
def test_text_in_a_number_column_is_refused_naming_it(pg_url: str, pg_tenant: str, row: dict, message: str) -> None:
    with PostgresWorkbook(pg_url, pg_tenant) as wb, pytest.raises(SchemaError, match=message):
        wb.append("kpi", [row])


def test_numbers_as_text_are_stored_as_numbers(pg_url: str, pg_tenant: str) -> None:
    with PostgresWorkbook(pg_url, pg_tenant) as wb:
        wb.append("kpi", [{"period": "2025-01-06", "manager": "ALL", "conversations": "3", "avg_score": "7.25"}])
        frame = wb.read("kpi")
    assert frame.loc[0, "conversations"] == 3 and frame.loc[0, "avg_score"] == 7.25


def test_a_failed_batch_writes_nothing_and_outside_a_batch_each_write_commits(pg_url: str, pg_tenant: str) -> None:
    wb, other = PostgresWorkbook(pg_url, pg_tenant), PostgresWorkbook(pg_url, pg_tenant)
    wb.append("messages", [{"message_id": "m1"}])
    assert other.read("messages")["message_id"].tolist() == ["m1"]  # committed when append returned
    with pytest.raises(RuntimeError), wb.batch():
        wb.append("messages", [{"message_id": "m2"}])
        wb.replace("kpi", [{"period": "2025-01-06", "manager": "ALL"}])
        assert wb.read("messages")["message_id"].tolist() == ["m1", "m2"]  # a batch sees its own writes
        raise RuntimeError("the command failed half-way")
    assert other.read("messages")["message_id"].tolist() == ["m1"]
    assert "kpi" not in other.tabs()
    wb.close(), other.close()


def test_two_processes_reading_then_appending_in_batches_never_double_rows(pg_url: str, pg_tenant: str) -> None:
    """The flusher's pattern (read ids, append the missing ones) from 4 connections at once."""
    PostgresWorkbook(pg_url, pg_tenant).init_tabs(["events"])
    wanted = [{"event_id": f"e{i}"} for i in range(40)]

    def writer() -> None:
        wb = PostgresWorkbook(pg_url, pg_tenant)
        for start in range(0, 40, 5):
            with wb.batch():
                have = set(wb.read("events")["event_id"])
                wb.append("events", [r for r in wanted[: start + 5] if r["event_id"] not in have])
        wb.close()

    run_at_once(*[(writer, ())] * 4)
    got = PostgresWorkbook(pg_url, pg_tenant).read("events")["event_id"].tolist()
    assert sorted(got) == sorted(r["event_id"] for r in wanted)


def test_a_command_holds_the_tenant_lock_and_others_wait_then_give_up(pg_url: str, pg_tenant: str) -> None:
    with PostgresWorkbook(pg_url, pg_tenant) as wb:
        wb.append("messages", [{"message_id": "m1"}])
        other = PostgresWorkbook(pg_url, pg_tenant, lock_timeout=0.2)
        assert other.read("messages")["message_id"].tolist() == ["m1"]  # reading needs no lock
        with pytest.raises(WorkbookLockedError, match="another sheets-bridge process"):
            other.append("messages", [{"message_id": "m2"}])
        PostgresWorkbook(pg_url, pg_tenant + "x", lock_timeout=0.2).append("messages", [{"message_id": "x"}])
    other.append("messages", [{"message_id": "m2"}])  # the command ended: the lock is free
    assert other.read("messages")["message_id"].tolist() == ["m1", "m2"]


def test_init_creates_what_is_missing_and_never_drops(pg_url: str, pg_tenant: str) -> None:
    runner = CliRunner()
    args = ["init", "-w", pg_url, "--tenant", pg_tenant]
    assert runner.invoke(cli, args).exit_code == 0
    with PostgresWorkbook(pg_url, pg_tenant) as wb:
        assert wb.tabs() == TAB_NAMES
        wb.append("messages", [{"message_id": "keep me"}])
    assert runner.invoke(cli, args).exit_code == 0
    with PostgresWorkbook(pg_url, pg_tenant) as wb:
        assert wb.read("messages")["message_id"].tolist() == ["keep me"]


def _run(args: list[str]) -> str:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def corpus_books(tmp_path_factory: pytest.TempPathFactory, pg_url: str) -> tuple[XlsxWorkbook, PostgresWorkbook, Path]:
    """The dev corpus through the CLI twice (import, analyze, report): into book.xlsx and into a tenant."""
    folder = tmp_path_factory.mktemp("corpus")
    book, tenant = str(folder / "book.xlsx"), "corpus"
    for name, where in (("xlsx", ["-w", book]), ("pg", ["-w", pg_url, "--tenant", tenant])):
        _run(["import", str(CORPUS / "chats"), "--managers-file", str(CORPUS / "managers.tsv"), "--tz", UFA, *where])
        _run(["analyze", "--tz", UFA, *where])
        _run(["report", "--out", str(folder / f"report-{name}.html"), *where])
    return XlsxWorkbook(book), PostgresWorkbook(pg_url, tenant), folder


def test_import_analyze_report_on_a_tenant_give_the_same_tabs_as_xlsx(corpus_books) -> None:
    xlsx, pg, folder = corpus_books
    assert pg.tabs() == xlsx.tabs()
    for tab in xlsx.tabs():
        want, got = xlsx.read(tab), pg.read(tab)
        when = {"runs": "run_at", "imports": "imported_at"}.get(tab)  # when the command ran, not what it found
        if when:
            want, got = want.drop(columns=when), got.drop(columns=when)
        pd.testing.assert_frame_equal(got, want, obj=tab)
    assert len(pg.read("messages")) > 300 and len(pg.read("conversations")) > 50
    reports = [(folder / f"report-{name}.html").read_text(encoding="utf-8") for name in ("xlsx", "pg")]
    assert reports[0] == reports[1]


def test_the_sql_weekly_rollup_equals_the_python_kpi(corpus_books) -> None:
    """sb_kpi_weekly() in the database gives the kpi tab that analyze computed in Python, row for row."""
    from sheets_bridge.analysis.rollup import weekly_kpi

    _, pg, _ = corpus_books
    want = pg.read("kpi")
    got = weekly_kpi(pg, UFA)
    assert len(got) == len(want) > 10
    pd.testing.assert_frame_equal(got, want, rtol=1e-9)
    every = weekly_kpi(pg, UFA, every_tenant=True)
    assert set(every["tenant"]) >= {"corpus"}
    pd.testing.assert_frame_equal(every[every["tenant"] == "corpus"].drop(columns="tenant").reset_index(drop=True),
                                  got)


@pytest.mark.parametrize("ci, outcome", [("true", "Failed"), ("", "Skipped")])
def test_a_missing_server_fails_on_ci_and_skips_elsewhere(monkeypatch: pytest.MonkeyPatch, ci: str,
                                                          outcome: str) -> None:
    from tests import pg

    monkeypatch.setenv("CI", ci)
    with pytest.raises(BaseException) as caught:
        pg._missing("PostgreSQL's server is not installed")
    assert type(caught.value).__name__ == outcome
