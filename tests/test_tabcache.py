"""The .xlsx tab cache: a tab read back from the cache is exactly what parsing the sheet gives, and an entry is used
only for the very content it was made from (workbook/tabcache.py)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sheets_bridge import parallel
from sheets_bridge.workbook import XlsxWorkbook, xlsx
from sheets_bridge.workbook.tabcache import TabCache

HEADER = ["id", "text", "n"]
HOSTILE: list[Any] = ["", " ", "  lead", "trail  ", "=1+2", "'quoted", "''", "-5", "+7 916 000-00-00", "@x", "\tt",
                      "line\r\nbreak", "a\rb", "_x000D_", "_x005F_x0041_", "&amp; <tag> \"q\"", "emoji 😊", "\u200e",
                      "5", "5.0", "01", "ё", "x" * 40_000, "\ufffe", "\x01ctrl", "\ud800", 0, -0.0, 5, 2**53 + 1,
                      2**60 + 1, 0.1, 1e16, 1e300, -1.5e-7, float("nan"), float("inf"), True, False, None]


def fresh_read(path: Path, tab: str) -> pd.DataFrame:
    """The tab parsed from the sheet XML, no cache involved."""
    return XlsxWorkbook(path).read(tab)


def cached_read(path: Path, cache: TabCache, tab: str, monkeypatch: pytest.MonkeyPatch) -> pd.DataFrame:
    """The tab as a new process reads it with the cache; fails if it had to parse the sheet."""
    with monkeypatch.context() as m:
        m.setattr(XlsxWorkbook, "_values", lambda self, name: pytest.fail(f"{name} parsed, not taken from the cache"))
        return XlsxWorkbook(path, cache=cache).read(tab)


def rows_of(values: list[Any]) -> list[list[Any]]:
    return [[f"r{i}", v, v] for i, v in enumerate(values)]


@pytest.fixture
def cache(tmp_path: Path) -> TabCache:
    return TabCache(tmp_path / "cache")


@pytest.fixture(params=["made here", "made by a forked copy"])
def ahead(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Saves whose cache text this process makes, or (every save, however small) a forked copy of it."""
    if request.param == "made by a forked copy":
        if parallel.workers() < 2:
            pytest.skip("needs fork and two cores")
        monkeypatch.setattr(xlsx, "AHEAD_CELLS", 0)
    return request.param != "made here"


@pytest.mark.parametrize("how", ["appended to a new tab", "appended to a tab read before", "replaced", "rebuilt"])
def test_what_a_save_leaves_in_the_cache_reads_as_the_sheet_does(tmp_path: Path, cache: TabCache, how: str,
                                                                  monkeypatch: pytest.MonkeyPatch, ahead: bool) -> None:
    path = tmp_path / "book.xlsx"
    wb = XlsxWorkbook(path, cache=cache)
    wb.ensure_tab("things", HEADER)
    if how == "appended to a new tab":
        wb.append("things", rows_of(HOSTILE))
    elif how == "appended to a tab read before":
        wb.append("things", rows_of(HOSTILE[:10]))
        XlsxWorkbook(path, cache=cache).read("things")  # another process read it: now in the cache
        wb = XlsxWorkbook(path, cache=cache)
        wb.read("things")
        wb.append("things", rows_of(HOSTILE[10:]))
    elif how == "replaced":
        wb.append("things", rows_of(["old"] * 3))
        wb.replace("things", rows_of(HOSTILE))
    else:
        wb.rebuild("conversations", [{"conversation_id": f"c{i}", "chat_id": str(v)} for i, v in enumerate(HOSTILE)])
    tab = "conversations" if how == "rebuilt" else "things"
    pd.testing.assert_frame_equal(cached_read(path, cache, tab, monkeypatch), fresh_read(path, tab))


@given(st.lists(st.one_of(st.text(max_size=30), st.integers(), st.floats(), st.booleans(), st.none()), max_size=20))
def test_any_values_read_the_same_from_the_cache(tmp_path_factory: pytest.TempPathFactory, values: list[Any]) -> None:
    folder = tmp_path_factory.mktemp("any")
    cache = TabCache(folder / "cache")
    wb = XlsxWorkbook(folder / "book.xlsx", cache=cache)
    wb.ensure_tab("things", HEADER)
    wb.append("things", rows_of(values))
    wb.append("things", rows_of(list(reversed(values))))
    with pytest.MonkeyPatch.context() as m:
        pd.testing.assert_frame_equal(cached_read(folder / "book.xlsx", cache, "things", m),
                                      fresh_read(folder / "book.xlsx", "things"))


def test_a_tab_read_once_is_not_parsed_again_by_the_next_process(tmp_path: Path, cache: TabCache,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "book.xlsx"
    XlsxWorkbook(path).append("messages", [{"message_id": f"m{i}", "text": f"hi {i}"} for i in range(50)])
    first = XlsxWorkbook(path, cache=cache).read("messages")  # parsed, then kept
    pd.testing.assert_frame_equal(cached_read(path, cache, "messages", monkeypatch), first)


@pytest.mark.parametrize("change", ["another writer appended", "saved by Excel", "the entry is cut short"])
def test_an_entry_is_not_used_once_the_tab_changed(tmp_path: Path, cache: TabCache, change: str) -> None:
    path = tmp_path / "book.xlsx"
    wb = XlsxWorkbook(path, cache=cache)
    wb.append("messages", [{"message_id": f"m{i}", "text": f"hi {i}"} for i in range(5)])
    assert len(XlsxWorkbook(path, cache=cache).read("messages")) == 5
    if change == "another writer appended":  # a copy without the cache (another machine on a shared folder)
        XlsxWorkbook(path).append("messages", [{"message_id": "m9", "text": "new"}])
        expected = [*(f"hi {i}" for i in range(5)), "new"]
    elif change == "saved by Excel":
        import openpyxl

        book = openpyxl.load_workbook(path)
        book["messages"]["G2"] = "edited by the owner"  # column G is text
        book.save(path)
        expected = ["edited by the owner", *(f"hi {i}" for i in range(1, 5))]
    else:
        for entry in (tmp_path / "cache").rglob("*.json"):
            entry.write_text(entry.read_text()[:-10])
        expected = [f"hi {i}" for i in range(5)]
    assert XlsxWorkbook(path, cache=cache).read("messages")["text"].tolist() == expected


def test_purge_deletes_the_cache_of_its_workbook(tmp_path: Path, cache: TabCache) -> None:
    import datetime as dt

    from sheets_bridge.privacy.retention import purge

    path = tmp_path / "book.xlsx"
    wb = XlsxWorkbook(path, cache=cache)
    wb.append("messages", [{"message_id": "m1", "timestamp": "2020-01-01T10:00:00+03:00", "text": "old"}])
    wb.read("messages")
    assert list((tmp_path / "cache").rglob("*.json"))
    purge(wb, None, dt.timedelta(days=30))
    assert not list((tmp_path / "cache").rglob("*.json"))
    assert XlsxWorkbook(path, cache=cache).read("messages").empty


def test_the_cli_keeps_the_cache_in_the_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from sheets_bridge.settings import Settings

    settings = Settings.from_env({"SHEETS_BRIDGE_HOME": str(tmp_path / "home"),
                                  "SHEETS_BRIDGE_WORKBOOK": str(tmp_path / "book.xlsx")})
    wb = settings.open_workbook()
    assert isinstance(wb, XlsxWorkbook) and wb.cache is not None
    assert wb.cache.folder == tmp_path / "home" / "cache" / "tabs"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_cache_entries_are_readable_by_the_owner_only(tmp_path: Path, cache: TabCache) -> None:
    XlsxWorkbook(tmp_path / "book.xlsx", cache=cache).append("messages", [{"message_id": "m1", "text": "hi"}])
    entries = list((tmp_path / "cache").rglob("*.json"))
    assert entries and all(e.stat().st_mode & 0o777 == 0o600 for e in entries)


def test_after_a_save_whose_text_a_copy_made_this_process_reads_and_extends_it(
        tmp_path: Path, cache: TabCache, ahead: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "book.xlsx"
    wb = XlsxWorkbook(path, cache=cache)
    wb.ensure_tab("things", HEADER)
    wb.append("things", rows_of(HOSTILE[:20]))
    entry = next((tmp_path / "cache").rglob("*.json")).read_text(encoding="utf-8")
    assert entry.split("\n", 1)[0].endswith(" ") is ahead  # a head filled into the space the copy left for it
    pd.testing.assert_frame_equal(wb.read("things"), fresh_read(path, "things"))  # this process, after the save
    wb.append("things", rows_of(HOSTILE[20:]))  # extends the text the copy put in the cache
    pd.testing.assert_frame_equal(cached_read(path, cache, "things", monkeypatch), fresh_read(path, "things"))


@pytest.mark.parametrize("failure", ["the copy's work raises", "the entry cannot be written"])
def test_when_the_copy_fails_the_cache_still_holds_only_the_truth(tmp_path: Path, cache: TabCache, failure: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    if parallel.workers() < 2:
        pytest.skip("needs fork and two cores")
    monkeypatch.setattr(xlsx, "AHEAD_CELLS", 0)
    if failure == "the copy's work raises":
        monkeypatch.setattr(TabCache, "prepare", lambda *args: 1 / 0)
    else:
        monkeypatch.setattr(TabCache, "prepare", lambda *args: None)
    path = tmp_path / "book.xlsx"
    wb = XlsxWorkbook(path, cache=cache)
    wb.ensure_tab("things", HEADER)
    wb.append("things", rows_of(HOSTILE))
    reader = XlsxWorkbook(path, cache=cache)
    if failure == "the copy's work raises":  # this process made the text itself
        pd.testing.assert_frame_equal(cached_read(path, cache, "things", monkeypatch), fresh_read(path, "things"))
    else:  # no entry: the next read parses the sheet
        pd.testing.assert_frame_equal(reader.read("things"), fresh_read(path, "things"))
    assert not list((tmp_path / "cache").rglob("*.tmp"))


def test_a_save_that_fails_while_a_copy_makes_its_text_leaves_the_last_save_readable(
        tmp_path: Path, cache: TabCache, monkeypatch: pytest.MonkeyPatch) -> None:
    if parallel.workers() < 2:
        pytest.skip("needs fork and two cores")
    monkeypatch.setattr(xlsx, "AHEAD_CELLS", 0)
    path = tmp_path / "book.xlsx"
    wb = XlsxWorkbook(path, cache=cache)
    wb.ensure_tab("things", HEADER)
    wb.append("things", rows_of(HOSTILE[:10]))
    with monkeypatch.context() as m:
        m.setattr(XlsxWorkbook, "_write_package", lambda *args: (_ for _ in ()).throw(OSError("disk full")))
        with pytest.raises(Exception, match="disk full"):
            wb.append("things", rows_of(HOSTILE[10:]))
    pd.testing.assert_frame_equal(cached_read(path, cache, "things", monkeypatch), fresh_read(path, "things"))
    assert len(fresh_read(path, "things")) == 10
