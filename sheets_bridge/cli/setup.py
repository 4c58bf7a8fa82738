"""Commands that set a workbook up: ``init`` and ``demo``."""

from __future__ import annotations

from pathlib import Path

import click

from ..settings import Settings
from ..workbook import TAB_NAMES
from .options import workbook_options


@click.command()
@workbook_options
def init(settings: Settings) -> None:
    """Create the missing tabs of the workbook, each with its header row.

    Existing tabs and their data are never touched; a tab whose header is out of date gets the
    new columns added on the right.

    \b
    Examples:
        sheets-bridge init                                  # ./chat-audit.xlsx
        sheets-bridge init --workbook reports/march.xlsx
        sheets-bridge init --workbook https://docs.google.com/spreadsheets/d/KEY/edit \\
                           --credentials service-account.json
    """
    with settings.open_workbook() as wb:
        created = wb.init_tabs()
    if created:
        click.echo(f"{wb.location}: created tabs {', '.join(created)}")
    else:
        click.echo(f"{wb.location}: all {len(TAB_NAMES)} tabs already present")


@click.command()
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("demo-out"),
              show_default=True, help="Folder for the demo's workbook and reports (never the current folder).")
def demo(out_dir: Path) -> None:
    """Run the whole pipeline on bundled sample data, offline, apart from your real data.

    Imports ten WhatsApp chats of a sample studio and a day of its chatbot's events, replaces personal
    data with tokens (the demo keeps its own key and vault in OUT/.demo-home), analyses everything and
    writes OUT/chat-audit.xlsx, OUT/report.html (Russian) and OUT/report-en.html, then prints a short table per
    manager. Your own chat-audit.xlsx in the current folder, which every other command uses by default, is
    never read or written.

    \b
    Examples:
        sheets-bridge demo                     # into ./demo-out
        sheets-bridge demo --out /tmp/try-it
        sheets-bridge report --workbook demo-out/chat-audit.xlsx --week 2025-11-03 --out demo-out/week1.html
    """
    from ..demo import run_demo
    from .analysis import print_summary

    result = run_demo(out_dir)
    print_summary(result.analysis)
    click.echo(f"Demo workbook: {result.workbook} ({result.imported} new messages, {result.events} new events)")
    for report in result.reports:
        click.echo(f"Demo report:   {report} (open it in a browser)")
    click.echo(f"The demo lives in {out_dir}/ only: your own commands use ./chat-audit.xlsx and never read it. "
               f"To try a command on the demo, add --workbook {result.workbook}.")


COMMANDS = [init, demo]
