"""Speed work changes nothing an owner sees: `import` and `analyze` on the dev corpus write the same cells as the
code before it did.

`tests/golden/dev_tabs.json` holds every cell of every tab (value and type, read from the saved file with openpyxl,
independently of our own reader) as the pre-speed code wrote them (commit ea934ae with the hostile-input changes
of 70ac491, before the calamine reader, the sheet-XML writer and the vectorized import). Regenerate only for an
intended change of results: ``UPDATE_GOLDEN=1 pytest tests/test_same_results.py``, and say why in the commit.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest

from sheets_bridge.analysis import AnalyzeOptions, analyze
from sheets_bridge.ingest import ImportOptions, import_chats
from sheets_bridge.privacy import Scrubber
from sheets_bridge.workbook import XlsxWorkbook

from .conftest import CORPUS

GOLDEN = Path(__file__).parent / "golden" / "dev_tabs.json"
TZ = "Asia/Yekaterinburg"
# cells that record when a command ran, not what it found
VOLATILE = {("runs", "run_at"), ("runs", "started_at"), ("runs", "finished_at"), ("runs", "seconds")}


def cells(path: Path) -> dict[str, list[list[Any]]]:
    """Every tab's rows as [type, value] pairs, read with openpyxl (not with the backend under test)."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    out: dict[str, list[list[Any]]] = {}
    for sheet in book.worksheets:
        rows = [list(r) for r in sheet.iter_rows(values_only=True)]
        header = [str(h) for h in rows[0]] if rows else []
        keep = [i for i, h in enumerate(header) if (sheet.title, h) not in VOLATILE]
        out[sheet.title] = [[_cell(row[i] if i < len(row) else None) for i in keep] for row in rows]
    book.close()
    return out


def _cell(value: Any) -> list[Any]:
    if isinstance(value, (dt.datetime, dt.date)):
        return ["date", value.isoformat()]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # OOXML has one numeric cell type, and Excel keeps 15 significant digits (openpyxl wrote 16, we write the
        # shortest repr that reads back exactly)
        number = float(f"{value:.15g}")
        return ["number", int(number) if number.is_integer() else number]
    return [type(value).__name__ if value is not None else "empty", value]


def dev_corpus_tabs(folder: Path) -> dict[str, list[list[Any]]]:
    book = folder / "book.xlsx"
    wb = XlsxWorkbook(book)
    import_chats([CORPUS / "chats"], wb, Scrubber(bytes(32)),
                 ImportOptions(managers_file=CORPUS / "managers.tsv", tz=TZ))
    analyze(wb, AnalyzeOptions(tz=TZ))
    wb.close()
    return cells(book)


def test_import_and_analyze_write_the_same_cells_as_before_the_speed_work(tmp_path: Path) -> None:
    got = dev_corpus_tabs(tmp_path)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(got, ensure_ascii=False, indent=0), encoding="utf-8")
    if not GOLDEN.exists():
        pytest.fail(f"{GOLDEN} is missing: run with UPDATE_GOLDEN=1 on the code whose results it should hold")
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))
    for tab, rows in want.items():  # tabs and columns added since (new features, on the right) are not compared
        assert tab in got, f"tab {tab} is gone"
        width = len(rows[0]) if rows else 0  # columns added on the right since (new features) are not compared
        mine = [row[:width] for row in got[tab]]
        assert mine[:1] == rows[:1], f"{tab}: the header changed"
        if tab == "legend":  # it describes every column: the new ones add rows; the old rows stay, in order
            found = iter(mine)
            missing = [row for row in rows if not any(row == new for new in found)]
            assert not missing, f"legend: rows changed or gone: {missing[:3]}"
            continue
        assert len(mine) == len(rows), f"{tab}: {len(mine) - 1} rows, before {len(rows) - 1}"
        for i, (new, old) in enumerate(zip(mine, rows, strict=True)):
            assert new == old, f"{tab} row {i + 1}: {new} != {old}"
