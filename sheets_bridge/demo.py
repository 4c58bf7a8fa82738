"""The demo: bundled sample chats and chatbot events, imported and analysed end to end, offline."""

from __future__ import annotations

import json
from contextlib import ExitStack
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from . import events as events_mod
from .analysis import AnalyzeOptions, AnalyzeResult, analyze
from .ingest import ImportOptions, import_chats
from .privacy import open_scrubber
from .workbook import XlsxWorkbook

DEMO_TZ = "Asia/Yekaterinburg"  # the sample studio is in Ufa (UTC+5)


@dataclass
class DemoResult:
    workbook: Path
    imported: int
    events: int
    analysis: AnalyzeResult


def run_demo(out_dir: Path) -> DemoResult:
    """Write ``out_dir/chat-audit.xlsx`` from the bundled data (its own key and vault in ``.demo-home``)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    home = out_dir / ".demo-home"
    scrubber = open_scrubber(home / "privacy.key", home / "vault.sqlite3")
    with ExitStack() as stack:
        data = stack.enter_context(resources.as_file(resources.files("sheets_bridge").joinpath("data/demo")))
        wb = XlsxWorkbook(out_dir / "chat-audit.xlsx")
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
            result = analyze(wb, AnalyzeOptions(tz=DEMO_TZ))
        scrubber.flush()
        from .report import render_report

        (out_dir / "report.html").write_text(render_report(wb, "ru"), encoding="utf-8")
    return DemoResult(out_dir / "chat-audit.xlsx", imported.added, len(new), result)
