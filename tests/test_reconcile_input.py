"""``reconcile --crm FILE`` with a file that is not a usable Bitrix24 lead export: an InputError (exit code 2) that
names the file, the line when there is one, and what to do — never pandas' EmptyDataError or ParserError."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from sheets_bridge.cli import cli
from sheets_bridge.crm.reconcile import read_crm_export
from sheets_bridge.errors import InputError

HEADER = '"ID";"TITLE";"ORIGIN_ID";"PHONE_MOBILE"\r\n'
LEAD = '"101";"Лид";"lead-1";"+7 917 123-45-67"\r\n'
AGAIN = "export the leads again in Bitrix24"

# (case, the file's bytes, the line named or None, what the message says)
BAD_FILES = [
    ("empty", b"", None, "is empty"),
    ("only a BOM", "\ufeff".encode(), None, "is empty"),
    ("only blank lines", b"\r\n\r\n  \r\n", None, "is empty"),
    ("header only", HEADER.encode("utf-8-sig"), None, "has the header row but no leads"),
    ("binary garbage", bytes(range(256)) * 16, None, "is not text"),
    ("garbage without NUL bytes", bytes(range(0x80, 0x100)) * 16, None, "is not text"),
    ("an .xlsx saved as .csv", b"PK\x03\x04\x14\x00\x06\x00\x08\x00" + bytes(200), None, "is an Excel workbook"),
    ("Bitrix24's Export to Excel (HTML)", b"<html><head><meta charset='utf-8'></head><table><tr><td>ID</td></tr>",
     None, "is a web page (HTML)"),
    ("wrong delimiter", b"ID|TITLE|PHONE_MOBILE\n101|Lead|+79171234567\n", None, "one column only"),
    ("a row with too many fields", (HEADER + LEAD + '"102";"Лид";"lead-2";"+7 917 765-43-21";"extra"\r\n' + LEAD)
     .encode("utf-8-sig"), 3, "5 values where the header has 4"),
    ("a quote never closed", (HEADER + LEAD + '"103";"Лид;lead-3;\r\n').encode("utf-8-sig"), 3,
     "a quote opened here is never closed"),
]


@pytest.mark.parametrize("case, data, line, says", BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_a_bad_crm_export_is_an_input_error_naming_the_file_and_what_to_do(tmp_path: Path, case: str, data: bytes,
                                                                          line: int | None, says: str) -> None:
    path = tmp_path / "LEAD_export.csv"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read_crm_export(path)
    error = caught.value
    assert (error.file, error.line) == (str(path), line)
    assert str(error).startswith(f"{path}{f' line {line}' if line else ''}: ")
    assert says in str(error) and ("CSV" in str(error) or AGAIN in str(error)), str(error)
    assert error.__cause__ is None or not isinstance(error.__cause__, InputError)


@pytest.mark.parametrize("case, text", [
    ("semicolons, commas inside a value", '"ID";"TITLE"\r\n"101";"Иванова, Анна"\r\n'),
    ("Excel's commas", "ID,TITLE,PHONE_MOBILE\r\n101,Лид,+79171234567\r\n"),
    ("Excel's tabs", "ID\tTITLE\r\n101\tЛид\r\n"),
])
def test_usable_exports_still_read(tmp_path: Path, case: str, text: str) -> None:
    path = tmp_path / "crm.csv"
    path.write_text(text, encoding="utf-8-sig")
    frame = read_crm_export(path)
    assert frame["ID"].tolist() == ["101"] and "TITLE" in frame.columns


def test_excels_unicode_text_export_reads(tmp_path: Path) -> None:
    path = tmp_path / "crm.txt"
    path.write_bytes("ID\tTITLE\r\n101\tЛид\r\n".encode("utf-16"))
    assert read_crm_export(path)["TITLE"].tolist() == ["Лид"]


@pytest.mark.parametrize("case, data", [(c[0], c[1]) for c in BAD_FILES if c[0] in ("empty", "a row with too many "
                                                                                    "fields")])
def test_the_reconcile_command_exits_2_with_the_message_and_no_traceback(tmp_path: Path, case: str,
                                                                         data: bytes) -> None:
    path = tmp_path / "LEAD_export.csv"
    path.write_bytes(data)
    result = CliRunner().invoke(cli, ["reconcile", "--crm", str(path), "-w", str(tmp_path / "book.xlsx")])
    assert result.exit_code == 2, result.output
    assert "LEAD_export.csv" in result.output and AGAIN in result.output
    assert "Traceback" not in result.output and "pandas" not in result.output
