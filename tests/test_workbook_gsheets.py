"""The Google Sheets backend on the wire: call counts, RAW input, retries, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sheets_bridge.errors import (
    AuthError,
    BackendUnavailableError,
    WorkbookAccessError,
    WorkbookError,
    WorkbookFullError,
    WorkbookNotFoundError,
)
from sheets_bridge.workbook import TAB_NAMES, open_workbook
from sheets_bridge.workbook.gsheets import SheetsConfig, open_google_sheet, spreadsheet_key
from sheets_bridge.workbook.schema import header_for, legend_rows

from .conftest import VirtualClock

EVENT_HEADER_ROW = {"event_id": "e1", "timestamp": "2025-01-01T12:34:56+03:00", "channel": "whatsapp",
                    "session_id": "s1", "event_type": "lead.created", "confidence": 0.9}


def test_opening_costs_one_call_and_init_two(fake_sheets, open_gsheets) -> None:
    wb = open_gsheets()
    assert fake_sheets.total_calls == 1  # spreadsheets.get
    assert wb.init_tabs() == TAB_NAMES
    assert fake_sheets.total_calls == 2  # + one batchUpdate adding all tabs with headers
    assert wb.init_tabs() == []
    assert fake_sheets.total_calls == 2  # headers already known: nothing to ask


def test_init_on_an_existing_sheet_reads_all_headers_in_one_call(fake_sheets, open_gsheets) -> None:
    open_gsheets().init_tabs()
    before = fake_sheets.total_calls
    open_gsheets().init_tabs()
    assert fake_sheets.total_calls - before == 2  # spreadsheets.get + values.batchGet


def test_tabs_prefetched_together_are_one_batch_get_and_their_reads_none(fake_sheets, open_gsheets) -> None:
    writer = open_gsheets()
    for tab in ("messages", "events", "kpi"):
        writer.append(tab, [dict(EVENT_HEADER_ROW, event_id=f"{tab}-1")] if tab == "events" else [])
    writer.append("messages", [{"message_id": "m1", "text": "привет"}])
    wb = open_gsheets()
    before = len(fake_sheets.requests)
    wb.prefetch(["messages", "events", "kpi", "audit"])  # audit does not exist: left out
    got = {tab: wb.read(tab) for tab in ("messages", "events", "kpi", "audit")}
    sent = fake_sheets.requests[before:]
    assert [path.rsplit("/", 1)[-1] for _, path, _, _ in sent] == ["values:batchGet"]
    assert sent[0][2]["ranges"] == ["'messages'", "'events'", "'kpi'"]
    assert got["messages"]["text"].tolist() == ["привет"] and got["events"]["event_id"].tolist() == ["events-1"]
    assert got["kpi"].empty and got["audit"].empty
    wb.read("events")  # a second read is a read of its own
    assert len(fake_sheets.requests) == before + 2


def test_a_read_under_a_batchs_lock_is_fresh_even_after_a_prefetch(fake_sheets, open_gsheets) -> None:
    """What was fetched before the lock was taken may be old by then: read-then-append under the lock must see
    another writer's rows."""
    writer = open_gsheets()
    writer.append("events", [EVENT_HEADER_ROW])
    writer.append("messages", [{"message_id": "m1"}])
    wb = open_gsheets()
    wb.prefetch(["events", "messages"])
    writer.append("events", [dict(EVENT_HEADER_ROW, event_id="e2")])  # another process, meanwhile
    with wb.batch():
        assert wb.read("events")["event_id"].tolist() == ["e1", "e2"]


def test_a_batch_get_reply_that_leaves_a_range_out_leaves_that_tab_to_its_own_read(fake_sheets,
                                                                                   open_gsheets) -> None:
    writer = open_gsheets()
    writer.append("messages", [{"message_id": "m1"}])
    writer.append("events", [EVENT_HEADER_ROW])
    wb = open_gsheets()
    real = wb._http.values_batch_get
    wb._http.values_batch_get = lambda *a, **k: {"valueRanges": real(*a, **k)["valueRanges"][:1]}
    wb.prefetch(["messages", "events"])
    before = fake_sheets.calls["values.get"]
    assert wb.read("messages")["message_id"].tolist() == ["m1"]
    assert wb.read("events")["event_id"].tolist() == ["e1"]
    assert fake_sheets.calls["values.get"] - before == 1  # events only


def test_the_first_header_needed_brings_every_grid_tabs_header(fake_sheets, open_gsheets) -> None:
    open_gsheets().init_tabs(["messages", "imports", "events"])
    fake_sheets.spreadsheets["KEY123"]["sheets"].append(  # a chart on a sheet of its own has no cells to read
        {"properties": {"sheetId": 99, "title": "chart", "index": 9, "sheetType": "OBJECT"}, "cells": {}})
    wb = open_gsheets()
    before = len(fake_sheets.requests)
    for tab in ("messages", "imports", "events"):
        wb.ensure_tab(tab)
    sent = fake_sheets.requests[before:]
    assert len(sent) == 1 and sent[0][1].endswith("values:batchGet")
    assert "'chart'!1:1" not in sent[0][2]["ranges"] and "'imports'!1:1" in sent[0][2]["ranges"]


def test_init_writes_the_legend_once_and_checks_it_with_the_headers(fake_sheets, open_gsheets) -> None:
    open_gsheets().init_tabs()
    expected = [header_for("legend"), *[list(r.values()) for r in legend_rows()]]
    assert fake_sheets.values("KEY123", "legend") == expected
    before = fake_sheets.total_calls
    open_gsheets().init_tabs()  # same version: the legend is read with the headers, not rewritten
    assert fake_sheets.total_calls - before == 2
    wb = open_gsheets()
    wb.replace("legend", [{"tab": "old", "column": "gone", "unit": "", "meaning_ru": "", "meaning_en": ""}])
    before = fake_sheets.total_calls
    wb.init_tabs()  # an older version's legend is rewritten in the same call as nothing else
    assert fake_sheets.total_calls - before == 2
    assert fake_sheets.values("KEY123", "legend") == expected


@pytest.mark.parametrize("tab, column, shown", [
    ("kpi", "frt_within_15m", {"type": "PERCENT", "pattern": "0%"}),
    ("kpi", "avg_score", {"type": "NUMBER", "pattern": "0.0"}),
    ("kpi", "median_first_response_s", {"type": "NUMBER", "pattern": "0"}),
    ("kpi", "period", None),  # text keeps Sheets' automatic format
    ("kpi", "conversations", None),  # whole numbers too: automatic already shows no decimals
    ("validation", "accuracy", {"type": "PERCENT", "pattern": "0%"}),  # appended, not replaced
])
def test_seconds_shares_and_scores_get_their_display_format(fake_sheets, open_gsheets, tab: str, column: str,
                                                            shown: dict | None) -> None:
    wb = open_gsheets()
    wb.init_tabs()
    row = {"period": "2025-01-06", "manager": "ALL", "conversations": 2, "frt_within_15m": 0.5,
           "avg_score": 7.25, "median_first_response_s": 61.5, "accuracy": 0.875, "tag": "intent"}
    row = {k: v for k, v in row.items() if k in header_for(tab)}
    before = fake_sheets.total_calls
    if tab == "validation":
        wb.append(tab, [row] * 3)
        wb.append(tab, [row] * 2)
    else:
        wb.replace(tab, [row] * 5)
    assert fake_sheets.total_calls - before == (2 if tab == "validation" else 1)  # formats ride along
    col = header_for(tab).index(column) + 1
    assert fake_sheets.number_formats("KEY123", tab, col) == [shown] * 5


def test_every_write_is_raw_and_no_formula_reaches_the_sheet(fake_sheets, open_gsheets) -> None:
    wb = open_gsheets()
    wb.append("messages", [{"message_id": "m1", "text": "=HYPERLINK(\"http://x\",\"y\")"}])
    wb.replace("audit", [{"week": "2025-01-06", "excerpt": "=1+1"}])
    # every write is a batchUpdate of typed cells: text is stringValue (never parsed), nothing is a formula
    assert fake_sheets.calls["values.append"] == fake_sheets.calls["values.update"] == 0
    sent = json.dumps([body for method, _, _, body in fake_sheets.requests if method == "POST"])
    assert "stringValue" in sent and "formulaValue" not in sent
    stored = fake_sheets.values("KEY123", "messages")[1]
    assert stored[6] == "'=HYPERLINK(\"http://x\",\"y\")"
    for tab in ("messages", "audit"):
        assert "#FORMULA" not in json.dumps(fake_sheets.values("KEY123", tab))


def test_an_append_that_fits_one_request_is_one_append_cells(fake_sheets, open_gsheets) -> None:
    wb = open_gsheets()
    wb.init_tabs()
    before = fake_sheets.total_calls
    wb.append("events", [dict(EVENT_HEADER_ROW, event_id=f"e{i}") for i in range(4500)])
    assert fake_sheets.total_calls - before == fake_sheets.calls["batchUpdate"] - 1 == 1  # after init's one
    assert fake_sheets.calls["values.append"] == 0
    assert len(wb.read("events")) == 4500


@pytest.mark.parametrize(("rows", "max_bytes"), [(4_500, 100_000), (20_000, 1_000_000)])
def test_a_bigger_append_is_few_compact_values_appends(fake_sheets, sa_key_file, rows: int, max_bytes: int) -> None:
    fake_sheets.create("KEY123")
    config = SheetsConfig(api_root=fake_sheets.url, max_request_bytes=max_bytes, requests_per_minute=100_000)
    wb = open_google_sheet("KEY123", sa_key_file, config)
    wb.init_tabs()
    wb.append("events", [dict(EVENT_HEADER_ROW, event_id="e0")])  # a row already there: the rest go after it
    before = len(fake_sheets.requests)
    wb.append("events", [dict(EVENT_HEADER_ROW, event_id=f"e{i}", intent="=1+1" if i == 7 else "запись на стрижку")
                         for i in range(1, rows + 1)])
    sent = list(zip(fake_sheets.requests[before:], fake_sheets.body_bytes[before:], strict=True))
    kinds = [path.rsplit(":", 1)[-1] for (_, path, _, _), _ in sent]
    assert kinds == ["append"] * (len(kinds) - 1) + ["batchUpdate"]  # the appends, then the column formats
    sizes = [size for _, size in sent[:-1]]
    assert len(sizes) >= 2 and all(0.95 * max_bytes < size <= max_bytes for size in sizes[:-1])  # each one full
    assert all(query == {"valueInputOption": ["RAW"], "insertDataOption": ["INSERT_ROWS"]}
               for (_, path, query, _), _ in sent if path.endswith(":append"))
    # as sent: compact UTF-8 (requests' json= would write each Cyrillic letter as six bytes, \u0437)
    first_values = sent[0][0][3]["values"]
    assert sent[0][1] < 1.2 * len(json.dumps(first_values, ensure_ascii=False, separators=(",", ":")).encode())
    got = wb.read("events")
    assert got["event_id"].tolist() == [f"e{i}" for i in range(rows + 1)]
    assert got["intent"][7] == "=1+1" and "#FORMULA" not in json.dumps(fake_sheets.values("KEY123", "events"))
    col = header_for("events").index("confidence") + 1
    assert fake_sheets.number_formats("KEY123", "events", col) == [{"type": "PERCENT", "pattern": "0%"}] * (rows + 1)


@pytest.mark.parametrize("max_bytes", [100_000, 1_000_000])
def test_rows_for_a_tab_made_in_the_same_batch_are_written_in_place(fake_sheets, sa_key_file, max_bytes: int) -> None:
    """The batch makes the tab the size of its rows, formats whole columns, and writes the rows at their places in
    compact values.batchUpdate bodies: no values.append, no formats request after them, no blank rows. (The tab's
    addSheet once asked for the rows appended since it was queued, and values.append INSERT_ROWS then put them before
    as many blank ones: a year's messages tab twice its size, against the spreadsheet's 10 million cells.)"""
    fake_sheets.create("KEY123")
    config = SheetsConfig(api_root=fake_sheets.url, max_request_bytes=max_bytes, requests_per_minute=100_000)
    wb = open_google_sheet("KEY123", sa_key_file, config)
    before = len(fake_sheets.requests)
    with wb.batch():
        wb.append("events", [dict(EVENT_HEADER_ROW, event_id=f"e{i}", intent="=1+1" if i == 7 else "стрижка")
                             for i in range(3_000)])
    sent = list(zip(fake_sheets.requests[before:], fake_sheets.body_bytes[before:], strict=True))
    kinds = [path.rsplit("/", 1)[-1] for (_, path, _, _), _ in sent]
    assert kinds[0] == "KEY123:batchUpdate" and set(kinds[1:]) == {"values:batchUpdate"}, kinds
    assert all(size <= max_bytes for _, size in sent)
    compact = sum(len(json.dumps(part["values"], ensure_ascii=False, separators=(",", ":")).encode())
                  for (_, _, _, body), _ in sent[1:] for part in body["data"])
    assert len(sent) - 1 <= -(-compact // (max_bytes - 1_000)) + 1  # about as few bodies as the bytes need
    grid = fake_sheets._sheet(fake_sheets.spreadsheets["KEY123"], "events")["properties"]["gridProperties"]
    assert grid["rowCount"] == 3_000 + 1  # the header and the rows
    got = wb.read("events")
    assert got["event_id"].tolist() == [f"e{i}" for i in range(3_000)] and got["intent"][7] == "=1+1"
    col = header_for("events").index("confidence") + 1
    assert fake_sheets.number_formats("KEY123", "events", col) == [{"type": "PERCENT", "pattern": "0%"}] * 3_000
    assert fake_sheets.calls["values.append"] == 0 and "#FORMULA" not in json.dumps(fake_sheets.values("KEY123",
                                                                                                       "events"))


def test_a_few_rows_for_a_new_tab_stay_in_the_batchs_one_request(fake_sheets, open_gsheets) -> None:
    wb = open_gsheets()
    wb.init_tabs(["kpi"])
    before = len(fake_sheets.requests)
    with wb.batch():
        wb.replace("kpi", [{"period": "2025-01-06", "manager": "ALL"}])
        wb.append("runs", [{"run_at": "2025-01-01T00:00:00+00:00", "command": "analyze"}])  # a new tab
        wb.replace("kpi", [{"period": "2025-01-13", "manager": "ALL"}])
    assert [path.rsplit("/", 1)[-1] for _, path, _, _ in fake_sheets.requests[before:]] == ["KEY123:batchUpdate"]
    assert wb.read("runs")["command"].tolist() == ["analyze"] and wb.read("kpi")["period"].tolist() == ["2025-01-13"]


def test_writes_after_rows_for_a_new_tab_are_sent_after_them(fake_sheets, sa_key_file) -> None:
    """A batch keeps its order (an import's summary row never arrives before its messages): only the making of new
    tabs goes first. A replace of the new tab after its rows is what the tab ends with."""
    fake_sheets.create("KEY123")
    config = SheetsConfig(api_root=fake_sheets.url, max_request_bytes=100_000, requests_per_minute=100_000)
    wb = open_google_sheet("KEY123", sa_key_file, config)
    wb.init_tabs(["runs"])
    before = len(fake_sheets.requests)
    with wb.batch():
        wb.append("events", [dict(EVENT_HEADER_ROW, event_id=f"e{i}") for i in range(2_000)])  # new, many rows
        wb.append("runs", [{"run_at": "2025-01-01T00:00:00+00:00", "command": "flush"}])  # there already
        wb.append("kpi", [{"period": "2025-01-06", "manager": "ALL"}])  # new again
        wb.replace("kpi", [{"period": "2025-01-13", "manager": "ALL"}])
    sent = fake_sheets.requests[before:]
    kinds = [path.rsplit("/", 1)[-1] for _, path, _, _ in sent]
    assert kinds[0] == kinds[-1] == "KEY123:batchUpdate" and set(kinds[1:-1]) == {"values:batchUpdate"}, kinds
    made = [r["addSheet"]["properties"]["title"] for r in sent[0][3]["requests"] if "addSheet" in r]
    assert made == ["events", "kpi"]  # both made by the first request
    assert "appendCells" in json.dumps(sent[-1][3])  # the runs row: after the events rows
    assert len(wb.read("events")) == 2_000 and wb.read("runs")["command"].tolist() == ["flush"]
    assert wb.read("kpi")["period"].tolist() == ["2025-01-13"]


@pytest.mark.parametrize("call", ["KEY123:batchUpdate", "values:batchUpdate"])
def test_a_new_tab_whose_answer_is_lost_is_made_and_filled_once(fake_sheets, sa_key_file, call: str) -> None:
    """The request that makes the tabs arrives but its answer is lost: the tabs being there shows it did (a batch is
    applied all or nothing), so it is not sent again to fail on "already exists". Rows written in place may simply be
    sent again: the same cells get the same values."""
    fake_sheets.create("KEY123")
    config = SheetsConfig(api_root=fake_sheets.url, timeout=(2.0, 0.3), max_retries=3, backoff_base=0.01,
                          backoff_max=0.01, max_request_bytes=100_000)
    wb = open_google_sheet("KEY123", sa_key_file, config)
    fake_sheets.lose_answer_next(1.0, path_contains=call)
    with wb.batch():
        wb.append("events", [dict(EVENT_HEADER_ROW, event_id=f"e{i}") for i in range(1_500)])
    assert fake_sheets.calls["late_answers"] == 1
    assert [s["properties"]["title"] for s in fake_sheets.spreadsheets["KEY123"]["sheets"]] == ["Sheet1", "events"]
    assert wb.read("events")["event_id"].tolist() == [f"e{i}" for i in range(1_500)]


@pytest.mark.parametrize(("data", "match"), [
    ([{"range": "'Sheet1'!A999:B1001", "values": [["a", "b"]] * 3}], "exceeds grid limits. Max rows: 1000"),
    ([{"range": "'Sheet1'!A1:B1", "values": [["a", "b"], ["c", "d"]]}], r"tried writing to row \[2\]"),
    ([{"range": "'Sheet1'!A1:B1", "values": [["a", "b", "c"]]}], r"tried writing to column \[C\]"),
    ([{"range": "'Sheet1'!A1", "values": [["a"]]}, {"range": "'Nope'!A1", "values": [["b"]]}], "Unable to parse"),
])
def test_the_fake_values_batch_update_refuses_as_google_does_and_writes_nothing(fake_sheets, open_gsheets,
                                                                                 data: list, match: str) -> None:
    import gspread

    http = open_gsheets()._http  # type: ignore[attr-defined]
    with pytest.raises(gspread.exceptions.APIError, match=match):
        http.values_batch_update("KEY123", body={"valueInputOption": "RAW", "data": data})
    with pytest.raises(gspread.exceptions.APIError, match="valueInputOption"):
        http.values_batch_update("KEY123", body={"data": [{"range": "'Sheet1'!A1", "values": [["a"]]}]})
    assert fake_sheets.values("KEY123", "Sheet1") == []  # all or nothing


def test_the_fake_refuses_a_body_over_googles_limit(fake_sheets, sa_key_file) -> None:
    """Google's 10 MB ceiling (400 "Request payload size exceeds the limit: 10485760 bytes."): a client allowed
    bigger requests than that is told so, and nothing is written."""
    fake_sheets.create("KEY123")
    config = SheetsConfig(api_root=fake_sheets.url, max_request_bytes=20_000_000, max_retries=0,
                          requests_per_minute=100_000)
    wb = open_google_sheet("KEY123", sa_key_file, config)
    wb.init_tabs()
    with pytest.raises(WorkbookError, match="10485760"):
        wb.append("messages", [{"message_id": f"m{i}", "text": "ж" * 2_000} for i in range(3_000)])
    assert fake_sheets.calls["too_large"] == 1 and wb.read("messages").empty


def test_replace_is_one_call(fake_sheets, open_gsheets) -> None:
    wb = open_gsheets()
    wb.init_tabs()
    before = fake_sheets.total_calls
    wb.replace("kpi", [{"period": "2025-01-06", "manager": "ALL", "conversations": 2}] * 50)
    assert fake_sheets.total_calls - before == 1


def test_429_then_success_is_retried_and_written_once(fake_sheets, open_gsheets) -> None:
    wb = open_gsheets()
    wb.init_tabs()
    fake_sheets.fail_next(429, times=2, retry_after="0")
    wb.append("events", [EVENT_HEADER_ROW])
    assert fake_sheets.calls["failed_429"] == 2
    assert wb.read("events")["event_id"].tolist() == ["e1"]


def test_a_500_storm_gives_up_after_the_retry_cap(fake_sheets, open_gsheets) -> None:
    wb = open_gsheets()
    wb.init_tabs()
    fake_sheets.fail_next(500, times=50)
    with pytest.raises(BackendUnavailableError, match="500"):
        wb.append("events", [EVENT_HEADER_ROW])
    # the append is tried, its tail checked (a read, retried up to the cap), and then it gives up
    assert fake_sheets.calls["failed_500"] <= 1 + 4 * 2


def test_a_hanging_server_times_out_and_is_retried(fake_sheets, sa_key_file) -> None:
    fake_sheets.create("KEY123")
    config = SheetsConfig(api_root=fake_sheets.url, timeout=(1.0, 0.3), max_retries=1,
                          backoff_base=0.01, backoff_max=0.01)
    fake_sheets.delay_next(1.0, times=1)
    wb = open_google_sheet("KEY123", sa_key_file, config)  # first attempt times out, the retry works
    assert wb.tabs() == ["Sheet1"]


def test_missing_spreadsheet(fake_sheets, sa_key_file, sheets_config) -> None:
    with pytest.raises(WorkbookNotFoundError, match="NOPE.*not found"):
        open_google_sheet("NOPE", sa_key_file, sheets_config)


def test_no_access_names_the_service_account_to_share_with(fake_sheets, sa_key_file, sheets_config) -> None:
    fake_sheets.create("PRIVATE")
    fake_sheets.forbidden.add("PRIVATE")
    with pytest.raises(WorkbookAccessError, match="bridge@test.iam.gserviceaccount.com"):
        open_google_sheet("PRIVATE", sa_key_file, sheets_config)


def test_rejected_credentials(fake_sheets, sa_key_file, sheets_config) -> None:
    fake_sheets.create("KEY123")
    fake_sheets.reject_token = True
    with pytest.raises(AuthError, match="rejected the credentials"):
        open_google_sheet("KEY123", sa_key_file, sheets_config)


@pytest.mark.parametrize("content, match", [
    (None, "does not exist"),
    ("not json", "not readable JSON"),
    ('{"type": "authorized_user_typo"}', "not a service-account key"),
    ('{"type": "service_account", "client_email": "x"}', "not a valid Google key file"),
])
def test_bad_key_files(tmp_path: Path, content: str | None, match: str) -> None:
    key = tmp_path / "key.json"
    if content is not None:
        key.write_text(content)
    with pytest.raises(AuthError, match=match):
        open_workbook("https://docs.google.com/spreadsheets/d/KEY123/edit", credentials=key)


def test_a_sheet_without_credentials_is_a_clear_error() -> None:
    with pytest.raises(AuthError, match="--credentials"):
        open_workbook("https://docs.google.com/spreadsheets/d/KEY123/edit")


def test_the_cell_limit_is_checked_before_writing(fake_sheets, sa_key_file) -> None:
    fake_sheets.create("KEY123")
    config = SheetsConfig(api_root=fake_sheets.url, cell_limit=30_000)  # Sheet1 holds 26,000 cells
    wb = open_google_sheet("KEY123", sa_key_file, config)
    wb.ensure_tab("events")
    with pytest.raises(WorkbookFullError, match="30,000-cell limit"):
        wb.append("events", [EVENT_HEADER_ROW] * 400)
    assert fake_sheets.calls["batchUpdate"] == 1  # only ensure_tab's; the rows were never sent


@pytest.mark.parametrize("workbook, key", [
    ("https://docs.google.com/spreadsheets/d/1AbC-dEf_123/edit#gid=0", "1AbC-dEf_123"),
    ("1AbC-dEf_1234567890123456", "1AbC-dEf_1234567890123456"),
])
def test_spreadsheet_key(workbook: str, key: str) -> None:
    assert spreadsheet_key(workbook) == key


#: (rows, max_request_bytes, the call that appends them): one appendCells, or values.append when they do not fit
APPEND_FORMS = [(10, 9_000_000, ":batchUpdate"), (400, 20_000, ":append")]


@pytest.mark.parametrize(("rows", "max_bytes", "call"), APPEND_FORMS)
def test_an_append_whose_answer_is_lost_is_written_once(fake_sheets, sa_key_file, rows: int, max_bytes: int,
                                                        call: str) -> None:
    """The append arrives but its answer comes after the read timeout: the tail shows it, nothing is resent."""
    fake_sheets.create("KEY123")
    config = SheetsConfig(api_root=fake_sheets.url, timeout=(2.0, 0.3), max_retries=3, backoff_base=0.01,
                          backoff_max=0.01, max_request_bytes=max_bytes)
    wb = open_google_sheet("KEY123", sa_key_file, config)
    wb.init_tabs()
    fake_sheets.lose_answer_next(1.0, path_contains=call)
    wb.append("events", [dict(EVENT_HEADER_ROW, event_id=f"e{i}") for i in range(rows)])
    assert fake_sheets.calls["late_answers"] == 1 and fake_sheets.calls["values.batchGet"] >= 1
    assert wb.read("events")["event_id"].tolist() == [f"e{i}" for i in range(rows)]


def _fake_time(fake_sheets):  # noqa: ANN001, ANN202
    """One clock for the fake and the backend: the backend's waits advance it, no real time passes."""
    now = [0.0]

    def sleep(seconds: float) -> None:
        now[0] += seconds

    fake_sheets.clock = lambda: now[0]
    return now, sleep


@pytest.mark.parametrize(("rows", "max_bytes", "call"), APPEND_FORMS)
@pytest.mark.parametrize("late", [2.0, 4.0])  # the 4th read comes 4 s after the answer at the earliest
def test_an_append_google_applies_after_its_answer_timed_out_is_written_once(fake_sheets, sa_key_file, late: float,
                                                                             rows: int, max_bytes: int,
                                                                             call: str) -> None:
    """Google answers 504 (its deadline passed) and applies the append ``late`` seconds after: the tail, read right
    away, lacks the rows; read again after a wait it has them, so they are not sent a second time (before: resent
    at once, and both copies landed — only the webhook's flusher healed that, `import` did not)."""
    now, sleep = _fake_time(fake_sheets)
    fake_sheets.create("KEY123")
    config = SheetsConfig(api_root=fake_sheets.url, max_retries=3, backoff_base=1.0, backoff_max=8.0, sleep=sleep,
                          clock=lambda: now[0], requests_per_minute=100_000, max_request_bytes=max_bytes)
    wb = open_google_sheet("KEY123", sa_key_file, config)
    wb.init_tabs()
    fake_sheets.apply_late_next(late, path_contains=call)
    wb.append("events", [dict(EVENT_HEADER_ROW, event_id=f"e{i}") for i in range(rows)])
    now[0] += 600.0
    fake_sheets.settle()  # anything still in flight lands now
    assert fake_sheets.calls["late_writes"] == fake_sheets.calls["late_writes_landed"] == 1
    assert wb.read("events")["event_id"].tolist() == [f"e{i}" for i in range(rows)]
    assert late <= now[0] - 600.0 <= 1 + 1 + 2 + 4  # it waited for the write: the retry's wait, then up to 3 more


def test_an_append_that_never_lands_is_sent_again_after_the_bounded_checks(fake_sheets, sa_key_file) -> None:
    now, sleep = _fake_time(fake_sheets)
    fake_sheets.create("KEY123")
    config = SheetsConfig(api_root=fake_sheets.url, max_retries=3, backoff_base=1.0, backoff_max=8.0, sleep=sleep,
                          clock=lambda: now[0], requests_per_minute=100_000, landing_checks=3)
    wb = open_google_sheet("KEY123", sa_key_file, config)
    wb.init_tabs()
    reads = fake_sheets.calls["values.batchGet"]
    fake_sheets.fail_next(504)  # refused before applying: no wait shows the rows, so they are sent again
    wb.append("events", [EVENT_HEADER_ROW])
    assert wb.read("events")["event_id"].tolist() == ["e1"]
    assert fake_sheets.calls["values.batchGet"] - reads == 3  # landing_checks reads of the tail, then the resend
    assert now[0] <= 1 + 1 + 2  # the retry's wait, then two waits between the three reads (jitter: at most)


def test_an_append_that_failed_before_arriving_is_sent_again(fake_sheets, open_gsheets) -> None:
    wb = open_gsheets()
    wb.init_tabs()
    fake_sheets.fail_next(503)  # refused before applying: the tail does not hold the rows, so they are resent
    wb.append("events", [EVENT_HEADER_ROW])
    assert wb.read("events")["event_id"].tolist() == ["e1"]


def test_a_batch_is_one_atomic_request(fake_sheets, open_gsheets) -> None:
    """analyze's tabs are replaced together: one batchUpdate, all or nothing."""
    wb = open_gsheets()
    wb.init_tabs()
    before = fake_sheets.calls["batchUpdate"]
    with wb.batch():
        for tab in ("conversations", "rubric", "kpi", "missed_leads", "audit"):
            wb.replace(tab, [])
        wb.append("runs", [{"run_at": "2025-01-01T00:00:00+00:00", "command": "analyze"}])
    assert fake_sheets.calls["batchUpdate"] - before == 1
    fake_sheets.fail_next(400)
    with pytest.raises(Exception, match="refused"), wb.batch():
        wb.replace("kpi", [{"period": "2025-01-06", "manager": "ALL"}])
        wb.append("runs", [{"run_at": "2025-01-02T00:00:00+00:00", "command": "analyze"}])
    assert len(wb.read("kpi")) == 0 and len(wb.read("runs")) == 1  # nothing of the failed batch arrived


def test_two_writers_on_this_machine_never_interleave_read_then_append(fake_sheets, open_gsheets) -> None:
    """serve's flusher and a manual flush both add what is missing: the batch lock keeps them from doubling."""
    import threading

    open_gsheets().init_tabs()
    rows = [dict(EVENT_HEADER_ROW, event_id=f"e{i}") for i in range(20)]

    def flush_like() -> None:
        wb = open_gsheets()
        with wb.batch():
            have = set(wb.read("events")["event_id"])
            wb.append("events", [r for r in rows if r["event_id"] not in have])

    threads = [threading.Thread(target=flush_like) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(open_gsheets().read("events")["event_id"]) == sorted(r["event_id"] for r in rows)


@pytest.mark.parametrize("setup, match", [
    (lambda fake: setattr(fake, "api_disabled", True), r"Sheets API is not enabled.*overview\?project=123456"),
    (lambda fake: fake.forbidden.add("KEY123"), "share the sheet with bridge@test"),
    (lambda fake: fake.uploaded_xlsx.add("KEY123"), "Save as Google Sheets"),
], ids=["api disabled", "not shared", "an xlsx in Drive"])
def test_each_refusal_says_its_cause(fake_sheets, sa_key_file, sheets_config, setup, match) -> None:
    """Issue #17: the most common first-run 403 is SERVICE_DISABLED, not sharing."""
    fake_sheets.create("KEY123")
    setup(fake_sheets)
    with pytest.raises(WorkbookError, match=match):
        open_google_sheet("KEY123", sa_key_file, sheets_config)


def test_sustained_writes_stay_under_the_per_minute_quota(fake_sheets, sa_key_file) -> None:
    """Google allows 60 requests a minute per user: 150 writes wait their turn instead of running into 429s."""
    clock = VirtualClock(0.0)
    fake_sheets.create("KEY123")
    fake_sheets.clock = clock
    fake_sheets.quota_per_minute = 60
    config = SheetsConfig(api_root=fake_sheets.url, timeout=(2.0, 5.0), max_retries=3, backoff_base=0.01,
                          backoff_max=0.05, sleep=clock.sleep, clock=clock)
    wb = open_google_sheet("KEY123", sa_key_file, config)
    wb.ensure_tab("events")
    for i in range(150):
        wb.append("events", [dict(EVENT_HEADER_ROW, event_id=f"e{i}")])
    assert fake_sheets.calls["quota_429"] == 0
    assert clock() >= 120  # 152 requests at 60 a minute take at least two minutes
    assert len(wb.read("events")) == 150


@pytest.mark.parametrize(("insert", "expected"), [
    # the table is rows 1–3; the owner's note sits below an empty row
    ("INSERT_ROWS", [["h"], ["a"], ["b"], ["new1"], ["new2"], [], ["note"]]),  # inserted: the note moves down
    ("OVERWRITE", [["h"], ["a"], ["b"], ["new1"], ["new2"]]),                  # written over: the note is lost
])
def test_the_fake_appends_values_after_the_table_as_the_reference_says(fake_sheets, open_gsheets, insert: str,
                                                                       expected: list[list[str]]) -> None:
    """values.append: "the input range is used to search for existing data and find a table within that range.
    Values will be appended to the next row of the table" — why the client asks for INSERT_ROWS."""
    wb = open_gsheets()
    http = wb._http  # type: ignore[attr-defined]
    http.values_update("KEY123", "Sheet1!A1", params={"valueInputOption": "RAW"},
                       body={"values": [["h"], ["a"], ["b"], [""], ["note"]]})
    reply = http.values_append("KEY123", "Sheet1", params={"valueInputOption": "RAW", "insertDataOption": insert},
                               body={"values": [["new1"], ["new2"]]})
    assert reply["updates"]["updatedRows"] == 2
    assert fake_sheets.values("KEY123", "Sheet1") == expected


@pytest.mark.parametrize(("step", "most"), [
    ("import", 2),     # spreadsheets.get, then one batchUpdate making messages and imports with their rows
    ("import again", 4),  # + the headers in one batchGet and the message ids; nothing new is written but imports
    ("analyze", 3),    # + messages read; every analysis tab made and filled in one batchUpdate
    ("sample", 3),     # + conversations, runs and messages in one batchGet; labels written
    ("report", 2),     # + the ten tabs it shows in one batchGet
    ("export bitrix", 2),
])
def test_each_command_makes_at_most_two_requests_per_tab_it_touches(fake_sheets, open_gsheets, tmp_path: Path,
                                                                     step: str, most: int) -> None:
    from sheets_bridge.analysis import AnalyzeOptions, analyze
    from sheets_bridge.crm.leads import export_bitrix
    from sheets_bridge.ingest import ImportOptions, import_chats
    from sheets_bridge.privacy import Scrubber
    from sheets_bridge.report import render_report
    from sheets_bridge.tagging.validate import sample

    from .conftest import CORPUS

    chats = sorted((CORPUS / "chats").iterdir())[:12]
    steps = {
        "import": lambda wb: import_chats(chats, wb, Scrubber(bytes(32)),
                                          ImportOptions(managers_file=CORPUS / "managers.tsv", tz="Europe/Moscow")),
        "analyze": lambda wb: analyze(wb, AnalyzeOptions(tz="Europe/Moscow")),
        "sample": lambda wb: sample(wb, n=5),
        "report": lambda wb: render_report(wb, "en"),
        "export bitrix": lambda wb: export_bitrix(wb, tmp_path / "leads.csv", None),
    }
    steps["import again"] = steps["import"]
    order = ["import", "import again", "analyze", "sample", "report", "export bitrix"]
    for earlier in order[:order.index(step)]:
        steps[earlier](open_gsheets())  # each command in its own process: a workbook opened anew
    before = len(fake_sheets.requests)
    steps[step](open_gsheets())
    sent = fake_sheets.requests[before:]
    tabs = fake_sheets.tabs_touched("KEY123", sent)
    assert len(sent) == most, [path for _, path, _, _ in sent]
    assert len(sent) <= 2 * len(tabs), tabs


@given(st.lists(st.tuples(st.sampled_from(["messages", "imports", "о'кей"]),
                          st.lists(st.text(max_size=30), min_size=1, max_size=40)), min_size=1, max_size=4),
       st.integers(min_value=150, max_value=3_000))
def test_values_bodies_put_every_row_once_at_its_place_under_the_limit(writes_spec: list, limit: int) -> None:
    from sheets_bridge.workbook.gsheets import _a1, _values_bodies, _ValuesWrite, request_body

    writes, expected, next_row = [], [], {}
    for tab, texts in writes_spec:
        rows = [[text, len(text)] for text in texts]
        first = next_row.get(tab, 2)
        writes.append(_ValuesWrite(tab, 7, first, rows, [len(request_body(r)) + 1 for r in rows]))
        expected += [(_a1(tab), first + i, row) for i, row in enumerate(rows)]
        next_row[tab] = first + len(rows)
    bodies = _values_bodies(writes, limit)
    got = []
    for body in bodies:
        assert body["valueInputOption"] == "RAW"
        assert len(request_body(body)) <= limit + 1_000 or sum(len(p["values"]) for p in body["data"]) == 1
        for part in body["data"]:
            tab, cells = part["range"].rsplit("!", 1)
            top, bottom = (int(c.lstrip("AB")) for c in cells.split(":"))
            assert cells.startswith("A") and ":B" in cells and bottom - top + 1 == len(part["values"])
            got += [(tab, top + i, row) for i, row in enumerate(part["values"])]
    assert got == expected
