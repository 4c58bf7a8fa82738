"""The demo lives apart from real data; the workbook it writes explains itself (legend tab, number formats)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from sheets_bridge.cli import cli
from sheets_bridge.workbook import TABS, XlsxWorkbook
from sheets_bridge.workbook.formats import number_format
from sheets_bridge.workbook.schema import legend_rows

ROOT = Path(__file__).resolve().parents[1]


def _real_workbook(path: Path) -> bytes:
    """A real owner's workbook: their own messages, nothing of the demo's."""
    wb = XlsxWorkbook(path)
    wb.init_tabs()
    wb.append("messages", [{"message_id": "m_real1", "chat_id": "whatsapp:real", "channel": "whatsapp",
                            "timestamp": "2025-11-20T10:00:00+05:00", "sender_role": "client",
                            "sender": "[NAME:0123456789]", "text": "Хочу записаться", "source": "chat.txt:1"}])
    return path.read_bytes()


@pytest.fixture(scope="module")
def owners_folder(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """A folder holding the owner's real chat-audit.xlsx, where `make demo` (`sheets-bridge demo`) is run."""
    folder = tmp_path_factory.mktemp("owner")
    before = _real_workbook(folder / "chat-audit.xlsx")
    mtime = (folder / "chat-audit.xlsx").stat().st_mtime_ns
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(folder)
        result = CliRunner().invoke(cli, _make_demo_args())
    return {"folder": folder, "before": before, "mtime": mtime, "result": result}


def _make_demo_args() -> list[str]:
    """The arguments `make demo` gives the command (read from the Makefile's demo recipe)."""
    recipe = re.search(r"^demo:.*\n\t\$\(BIN\)/sheets-bridge (.+)$", (ROOT / "Makefile").read_text(), re.M)
    assert recipe, "the Makefile's demo target runs $(BIN)/sheets-bridge demo …"
    return recipe.group(1).split()


def test_make_demo_leaves_a_real_workbook_untouched(owners_folder: dict[str, object]) -> None:
    folder, result = owners_folder["folder"], owners_folder["result"]
    assert isinstance(folder, Path)
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    real = folder / "chat-audit.xlsx"
    assert real.read_bytes() == owners_folder["before"] and real.stat().st_mtime_ns == owners_folder["mtime"]
    assert list(XlsxWorkbook(real).read("messages")["message_id"]) == ["m_real1"]
    demo = folder / "demo-out"
    assert {p.name for p in demo.iterdir()} >= {"chat-audit.xlsx", "report.html", "report-en.html", ".demo-home"}
    assert "m_real1" not in set(XlsxWorkbook(demo / "chat-audit.xlsx").read("messages")["message_id"])
    assert "demo-out" in result.output and "never read it" in result.output  # type: ignore[attr-defined]


@pytest.mark.parametrize("out, why", [(".", "the workbook your real commands use"),
                                       ("shop", "holds a workbook the demo did not make")])
def test_the_demo_refuses_to_mix_with_real_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, out: str,
                                                why: str) -> None:
    (tmp_path / "shop").mkdir()
    before = _real_workbook(tmp_path / "shop" / "chat-audit.xlsx")
    monkeypatch.chdir(tmp_path / "shop" if out == "." else tmp_path)
    result = CliRunner().invoke(cli, ["demo", "--out", out])
    assert result.exit_code == 2 and why in result.output, result.output
    assert (tmp_path / "shop" / "chat-audit.xlsx").read_bytes() == before
    assert not (tmp_path / "shop" / ".demo-home").exists()


def test_the_legend_describes_every_column_of_every_tab() -> None:
    rows = list(csv.DictReader((ROOT / "sheets_bridge" / "data" / "legend.tsv").read_text("utf-8").splitlines(),
                               delimiter="\t", quoting=csv.QUOTE_NONE))
    described = [(r["tab"], r["column"]) for r in rows]
    assert len(described) == len(set(described)), "one row per column"
    # columns a setting adds (kpi's frt_within_10m for --sla 10m) are described once, by their pattern
    wanted = [(t.name, c) for t in TABS.values() for c in [*t.header, *(p for p, _ in t.more)]]
    assert sorted(described) == sorted(wanted), set(wanted) ^ set(described)
    assert all(r["unit"] and r["meaning_ru"] and r["meaning_en"] for r in rows)
    seconds = {(r["tab"], r["column"]) for r in rows if r["unit"] == "seconds"}
    assert seconds == {(t, c) for t, c in wanted if c.endswith("_s")}


def test_init_and_the_demo_write_the_legend(owners_folder: dict[str, object], tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["init", "--workbook", str(tmp_path / "new.xlsx")])
    assert result.exit_code == 0, result.output
    expected = [list(r.values()) for r in legend_rows()]
    for book in (tmp_path / "new.xlsx", Path(str(owners_folder["folder"])) / "demo-out" / "chat-audit.xlsx"):
        legend = XlsxWorkbook(book).read("legend")
        assert list(legend.columns) == ["tab", "column", "unit", "meaning_ru", "meaning_en"]
        assert legend.values.tolist() == expected


@pytest.fixture(scope="module")
def demo_xlsx(owners_folder: dict[str, object]) -> openpyxl.Workbook:
    return openpyxl.load_workbook(Path(str(owners_folder["folder"])) / "demo-out" / "chat-audit.xlsx")


@pytest.mark.parametrize("tab, column, shown", [
    ("kpi", "median_first_response_s", "0"), ("kpi", "frt_within_15m", "0%"), ("kpi", "conversion_rate", "0%"),
    ("kpi", "pct_unanswered", "0%"), ("kpi", "avg_score", "0.0"), ("conversations", "first_response_s", "0"),
    ("conversations", "human_first_response_s", "0"), ("conversations", "confidence", "0%"),
    ("waiting", "waiting_s", "0"), ("audit", "confidence", "0%"), ("conversations", "booked", "0"),
    ("conversations", "started_at", "General"), ("kpi", "period", "General"),
])
def test_the_xlsx_shows_seconds_as_numbers_and_shares_as_percents(demo_xlsx: openpyxl.Workbook, tab: str,
                                                                   column: str, shown: str) -> None:
    assert (number_format(tab, column) or "General") == shown
    ws = demo_xlsx[tab]
    col = [c.value for c in ws[1]].index(column) + 1
    cells = [ws.cell(row=r, column=col) for r in range(2, ws.max_row + 1)]
    assert cells and all(c.number_format == shown for c in cells)
