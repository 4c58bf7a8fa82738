"""The local .xlsx backend: crash safety, locking, clear errors, inert formulas."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sheets_bridge.errors import InputError, WorkbookLockedError
from sheets_bridge.workbook import XlsxWorkbook, open_workbook

ROOT = Path(__file__).resolve().parents[1]


def _python(code: str) -> list[str]:
    return [sys.executable, "-c", textwrap.dedent(code)]


def _generations(path: Path) -> set[str]:
    book = openpyxl.load_workbook(path)  # raises if the file is broken
    return {str(c).split(":")[0] for row in book["things"].iter_rows(min_row=2, values_only=True) for c in row}


@pytest.mark.slow
def test_killing_a_writer_mid_save_never_leaves_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    wb = XlsxWorkbook(path)
    wb.replace("things", [["0"] * 3] * 3000, header=["a", "b", "c"])
    # distinct cells (a generation and a row number), so that a save takes long enough to be caught in the middle
    writer = _python(f"""
        import sys, time; sys.path.insert(0, {str(ROOT)!r})
        from sheets_bridge.workbook import XlsxWorkbook
        wb = XlsxWorkbook({str(path)!r})
        gen = int(time.time() * 1000)
        while True:
            print("start", flush=True)
            started = time.perf_counter()
            wb.replace("things", [[str(gen)] * 3] * 3000, header=["a", "b", "c"])
            print("done", time.perf_counter() - started, flush=True)
            gen += 1
    """)
    rng = random.Random(7)
    caught_mid_save = 0
    seen: set[str] = set()
    for i in range(16):  # until two kills landed mid-save (a save takes milliseconds)
        proc = subprocess.Popen(writer, stdout=subprocess.PIPE, text=True)
        assert proc.stdout is not None
        # wait for one whole save, then kill inside the next one: on even rounds the moment its temporary file
        # appears (certainly mid-save), on odd rounds at a random point of the write (timed, not guessed)
        lines = iter(proc.stdout.readline, "")
        duration = next(float(line.split()[1]) for line in lines if line.startswith("done"))
        next(line for line in lines if line.startswith("start"))
        if i % 2 == 0:
            deadline = time.monotonic() + 30
            while not list(tmp_path.glob(".book.xlsx.*.tmp")) and time.monotonic() < deadline:
                time.sleep(0.001)
            time.sleep(rng.uniform(0.0, 0.02))
        else:
            time.sleep(rng.uniform(0.1, 0.9) * duration)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        leftovers = list(tmp_path.glob(".book.xlsx.*.tmp"))
        caught_mid_save += bool(leftovers)
        generations = _generations(path)
        assert len(generations) == 1, "a workbook must hold one whole save, not a mix"
        seen |= generations
        if caught_mid_save >= 2 and i >= 3:
            break
    assert caught_mid_save >= 1, "no kill landed during a save; the test proved nothing"
    assert len(seen) > 1, "the writer never managed a save"
    # the next writer cleans up what the killed one left
    XlsxWorkbook(path).append("things", [["x", "y", "z"]])
    assert not list(tmp_path.glob(".book.xlsx.*.tmp"))


def test_a_writer_holding_the_lock_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    holder = subprocess.Popen(_python(f"""
        import filelock, time
        with filelock.FileLock({str(path) + '.lock'!r}):
            print("held", flush=True)
            time.sleep(30)
    """), stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(WorkbookLockedError, match="another sheets-bridge process"):
            XlsxWorkbook(path, lock_timeout=0.2).ensure_tab("events")
    finally:
        holder.kill()
        holder.wait()
    XlsxWorkbook(path, lock_timeout=0.2).ensure_tab("events")  # the dead holder's lock is gone


def test_two_processes_appending_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    XlsxWorkbook(path).ensure_tab("things", ["who", "i"])
    code = """
        import sys; sys.path.insert(0, {root!r})
        from sheets_bridge.workbook import XlsxWorkbook
        wb = XlsxWorkbook({path!r})
        for i in range(25):
            wb.append("things", [[{who!r}, i]])
    """
    procs = [subprocess.Popen(_python(code.format(root=str(ROOT), path=str(path), who=w))) for w in "abc"]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0]
    frame = XlsxWorkbook(path).read("things")
    assert sorted(frame.groupby("who").size().tolist()) == [25, 25, 25]


@pytest.mark.parametrize("owner_file", ["~$book.xlsx", ".~lock.book.xlsx#"])
def test_a_workbook_open_in_excel_or_libreoffice_is_not_overwritten(tmp_path: Path, owner_file: str) -> None:
    path = tmp_path / "book.xlsx"
    XlsxWorkbook(path).ensure_tab("events")
    (tmp_path / owner_file).write_text("owner")
    with pytest.raises(WorkbookLockedError, match="close it there"):
        XlsxWorkbook(path).append("events", [{"event_id": "e1"}])


@pytest.mark.parametrize("content", [b"just text", b"PK\x03\x04broken zip", b""])
def test_a_file_that_is_not_a_workbook(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_bytes(content)
    with pytest.raises(InputError, match="notes.xlsx.*not an .xlsx workbook|notes.xlsx.*cannot open"):
        XlsxWorkbook(path)


def test_a_path_that_is_neither_xlsx_nor_a_sheet(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--workbook.*ending in .xlsx"):
        open_workbook(tmp_path / "audit.csv")


def test_formula_text_is_a_plain_string_cell(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    XlsxWorkbook(path).append("messages", [{"message_id": "m1", "text": "=1+1"}])
    cell = openpyxl.load_workbook(path)["messages"]["G2"]
    assert cell.data_type == "s"
    assert cell.value == "'=1+1"


def test_batch_saves_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "book.xlsx"
    wb = XlsxWorkbook(path)
    saves = []
    real_save = XlsxWorkbook._save
    monkeypatch.setattr(XlsxWorkbook, "_save", lambda self: (saves.append(1), real_save(self)))
    with wb.batch():
        wb.init_tabs()
        wb.append("events", [{"event_id": "e1"}])
    assert len(saves) == 1
    assert XlsxWorkbook(path).read("events")["event_id"].tolist() == ["e1"]


def test_saves_replace_the_file_by_rename(tmp_path: Path) -> None:
    """Saves go through a temp file + rename: the workbook's inode changes, readers never see half."""
    path = tmp_path / "book.xlsx"
    wb = XlsxWorkbook(path)
    wb.ensure_tab("events")
    first = os.stat(path).st_ino
    wb.append("events", [{"event_id": "e1"}])
    assert os.stat(path).st_ino != first


@pytest.mark.parametrize("text", ["a\rb", "line 1\r\nline 2", "\rstarts with CR", "tab\there", "_x000D_ literal?",
                                  "_x005F_x0041_", "__x0041__x0042_"])
def test_text_survives_a_fresh_open(tmp_path: Path, text: str) -> None:
    """What is read back by another process (not this object's memory) is what was written."""
    path = tmp_path / "book.xlsx"
    XlsxWorkbook(path).append("messages", [{"message_id": "m1", "text": text}])
    got = XlsxWorkbook(path).read("messages").loc[0, "text"]
    assert got == text


def test_the_id_column_read_from_the_xml_is_what_a_full_read_gives(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    ids = ["", "x&y <z> \"q\" 'a'", "'=1+1", "=SUM(A1)", "a\rb", "_x000D_ literal", "12", "1.5", "Ёлка 🎄", "e1"]
    book = tmp_path / "b.xlsx"
    XlsxWorkbook(book).append("events", [{"event_id": i, "channel": "web", "session_id": "s"} for i in ids])
    XlsxWorkbook(book).append("events", [{"event_id": 7, "channel": "web", "session_id": "s"}])  # a number cell
    fresh = XlsxWorkbook(book)  # nothing cached: the fast path
    monkeypatch.setattr(XlsxWorkbook, "_read_values", lambda *a: pytest.fail("the whole tab was read"))
    assert fresh.read_column("events", "event_id") == [*ids, "7"]
    monkeypatch.undo()
    assert fresh.read_column("events", "event_id") == XlsxWorkbook(book).read("events")["event_id"].tolist()


CELL_VALUES = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.floats(allow_nan=False),
                        st.text(st.characters(blacklist_categories=()), max_size=12),
                        st.sampled_from(["=1+1", "'x", "_x000D_", "a\rb", "\ue000", "&<>", "", "-5"]))


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 4).flatmap(lambda w: st.lists(st.lists(CELL_VALUES, min_size=w, max_size=w), max_size=6)),
       st.lists(st.sampled_from([0, 2, 3]), max_size=4))
def test_rows_made_column_by_column_are_the_xml_of_cell_by_cell(rows: list[list[object]], styles: list[int]) -> None:
    from sheets_bridge.workbook import ooxml

    expected = []
    for r, row in enumerate(rows, start=2):
        cells = [ooxml._cell(v, styles[c] if c < len(styles) else 0) for c, v in enumerate(row)]
        while cells and cells[-1] == "<c/>":
            cells.pop()
        expected.append(f'<row r="{r}">{"".join(cells)}</row>')
    assert b"".join(ooxml.row_chunks(rows, 2, styles, per=4)).decode() == "".join(expected)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(st.characters(blacklist_categories=()), max_size=10),
                          st.sampled_from(["=x", "'", "\t1", "@a", "+7", ""])), min_size=1, max_size=8))
def test_a_text_column_becomes_the_cells_each_value_would(values: list[str]) -> None:
    import pandas as pd

    from sheets_bridge.workbook.cells import column_cells, to_cell

    assert column_cells(pd.Series(values, dtype=object), 50) == [to_cell(v, 50) for v in values]


def _raw_members(path: Path) -> dict[str, bytes]:
    """Each member's compressed bytes as they lie in the file."""
    import zipfile

    out = {}
    with zipfile.ZipFile(path) as zf, open(path, "rb") as fh:
        for info in zf.infolist():
            fh.seek(info.header_offset + 26)
            name_length, extra_length = int.from_bytes(fh.read(2), "little"), int.from_bytes(fh.read(2), "little")
            fh.seek(info.header_offset + 30 + name_length + extra_length)
            out[info.filename] = fh.read(info.compress_size)
    return out


def test_a_tab_a_save_leaves_alone_keeps_its_compressed_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                              ) -> None:
    """Saving other tabs copies an unchanged tab's part as it lies (not inflated and deflated again); the file
    stays a valid zip every reader opens, with the same rows."""
    import zipfile

    from python_calamine import CalamineWorkbook

    from sheets_bridge.workbook import ooxml

    path = tmp_path / "book.xlsx"
    wb = XlsxWorkbook(path)
    wb.append("messages", [{"message_id": f"m{i}", "text": f"привет {i} " * 20} for i in range(2_000)])
    before = _raw_members(path)
    inflated: list[str] = []
    monkeypatch.setattr(ooxml, "copy_with_rows", lambda source, part, *a, **k: inflated.append(part))
    wb.replace("kpi", [{"period": "2025-01-06", "manager": "ALL", "conversations": 3}])
    assert inflated == []
    after = _raw_members(path)
    assert after["xl/worksheets/sheet1.xml"] == before["xl/worksheets/sheet1.xml"]  # messages: copied as it was
    with zipfile.ZipFile(path) as zf:
        assert zf.testzip() is None  # every member's CRC checks out
    assert len(CalamineWorkbook.from_path(str(path)).get_sheet_by_name("messages").to_python()) == 2_001
    assert openpyxl.load_workbook(path)["messages"]["G2001"].value.startswith("привет 1999")
    fresh = XlsxWorkbook(path)
    assert fresh.read("messages")["message_id"].tolist() == [f"m{i}" for i in range(2_000)]
    assert fresh.read("kpi")["conversations"].tolist() == [3]


@pytest.mark.parametrize("streamed", [False, True])  # True: a member written with a data descriptor after it
def test_a_member_is_copied_compressed_with_its_sizes_in_the_header(tmp_path: Path, streamed: bool) -> None:
    import io
    import zipfile

    from sheets_bridge.workbook import ooxml

    class Unseekable(io.RawIOBase):  # zipfile writes a data descriptor when it cannot seek back
        def __init__(self, inner: io.BufferedWriter) -> None:
            self.inner = inner

        def writable(self) -> bool:
            return True

        def write(self, b) -> int:  # noqa: ANN001
            return self.inner.write(b)

    source_path, target_path = tmp_path / "a.zip", tmp_path / "b.zip"
    payload = ("строка " * 5_000).encode()
    with open(source_path, "wb") as fh:
        with zipfile.ZipFile(Unseekable(fh) if streamed else fh, "w", zipfile.ZIP_DEFLATED) as zf:
            with zf.open("part.xml", "w") as out:
                out.write(payload)
    with zipfile.ZipFile(source_path) as source:
        assert bool(source.getinfo("part.xml").flag_bits & 0x08) is streamed
        with zipfile.ZipFile(target_path, "w", zipfile.ZIP_DEFLATED) as target:
            target.writestr("before.txt", "x")
            assert ooxml.copy_compressed(source, "part.xml", target, "renamed.xml")
            target.writestr("after.txt", "y")
    with zipfile.ZipFile(target_path) as zf:
        assert zf.testzip() is None
        assert zf.namelist() == ["before.txt", "renamed.xml", "after.txt"]
        assert zf.read("renamed.xml") == payload and not zf.getinfo("renamed.xml").flag_bits & 0x08
