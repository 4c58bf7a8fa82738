"""``report``: the owner's one-screen HTML report."""

from __future__ import annotations

from pathlib import Path

import click

from ..settings import Settings
from .options import workbook_options


@click.command("report")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=Path("report.html"),
              show_default=True)
@click.option("--lang", type=click.Choice(["ru", "en"]), default="ru", show_default=True)
@workbook_options
def report_command(settings: Settings, out: Path, lang: str) -> None:
    """Write a self-contained HTML report (opens offline, no external files): headline cards, managers,
    charts, weekly trends, the top loss scenarios, missed leads with the reply to send, the audit queue.

    \b
    Examples:
        sheets-bridge report --out report.html
        sheets-bridge report --out report-en.html --lang en
    """
    from ..report import render_report

    with settings.open_workbook() as wb:
        html = render_report(wb, lang)
    out.write_text(html, encoding="utf-8")
    click.echo(f"Report written to {out} ({len(html.encode()) // 1024} KB)")


COMMANDS = [report_command]
