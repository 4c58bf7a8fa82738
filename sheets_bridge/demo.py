"""The demo: bundled sample chats and chatbot events, imported and analysed end to end, offline.

It lives apart from real data: its own folder (``demo-out/`` by default), its own key and vault in
``demo-out/.demo-home``, and never the default ``chat-audit.xlsx`` of the current folder, which every real
command reads and writes."""

from __future__ import annotations

import json
from contextlib import ExitStack
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from . import events as events_mod
from .analysis import AnalyzeOptions, AnalyzeResult, analyze
from .errors import InputError
from .ingest import ImportOptions, import_chats
from .privacy import open_scrubber
from .workbook import DEFAULT_WORKBOOK, XlsxWorkbook

DEMO_TZ = "Asia/Yekaterinburg"  # the sample studio is in Ufa (UTC+5)
DEMO_OUT = Path("demo-out")
DEMO_HOME = ".demo-home"


@dataclass
class DemoResult:
    workbook: Path
    imported: int
    events: int
    analysis: AnalyzeResult
    reports: tuple[Path, ...] = ()


def check_out_dir(out_dir: Path, cwd: Path | None = None) -> None:
    """Refuse a folder where the demo would mix with real data: the current folder's default workbook, or a
    workbook that no demo made (a demo's folder has its ``.demo-home``)."""
    book = out_dir / DEFAULT_WORKBOOK
    default = (cwd or Path.cwd()) / DEFAULT_WORKBOOK
    if book.resolve() == default.resolve():
        raise InputError(f"the demo would write ./{DEFAULT_WORKBOOK}, the workbook your real commands use; "
                         f"give another folder, e.g. --out {DEMO_OUT}", field="--out")
    if book.exists() and not (out_dir / DEMO_HOME).is_dir():
        raise InputError(f"{book} holds a workbook the demo did not make; the demo never writes into real data: "
                         f"give another folder, e.g. --out {DEMO_OUT}", field="--out")


def run_demo(out_dir: Path = DEMO_OUT) -> DemoResult:
    """Write ``out_dir/chat-audit.xlsx`` and the reports from the bundled data (its own key and vault in
    ``out_dir/.demo-home``)."""
    check_out_dir(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    home = out_dir / DEMO_HOME
    scrubber = open_scrubber(home / "privacy.key", home / "vault.sqlite3")
    with ExitStack() as stack:
        data = stack.enter_context(resources.as_file(resources.files("sheets_bridge").joinpath("data/demo")))
        wb = XlsxWorkbook(out_dir / DEFAULT_WORKBOOK)
        with wb.batch():
            wb.init_tabs()
            imported = import_chats([data / "chats"], wb, scrubber,
                                    ImportOptions(managers_file=data / "managers.tsv", tz=DEMO_TZ))
            raw = json.loads((data / "events.json").read_text(encoding="utf-8"))
            rows = events_mod.rows(events_mod.validate_many(raw), scrubber)
            known = set(wb.read("events")["event_id"].astype(str))
            new = [r for r in rows if r["event_id"] not in known]
            if new:
                wb.append("events", new)
            result = analyze(wb, AnalyzeOptions(tz=DEMO_TZ, prices=data / "prices.csv"))
        scrubber.flush()
        from .report import render_report

        reports = (out_dir / "report.html", out_dir / "report-en.html")
        for path, lang in zip(reports, ("ru", "en"), strict=True):
            path.write_text(render_report(wb, lang), encoding="utf-8")
    return DemoResult(out_dir / DEFAULT_WORKBOOK, imported.added, len(new), result, reports)
