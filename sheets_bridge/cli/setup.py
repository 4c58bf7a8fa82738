"""Commands that set a workbook up: ``init`` and ``demo``."""

from __future__ import annotations

from pathlib import Path

import click

from ..settings import Settings
from ..workbook import TAB_NAMES, open_workbook
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
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
              show_default=True, help="Folder for chat-audit.xlsx.")
def demo(out_dir: Path) -> None:
    """Run sheets-bridge on bundled sample data, offline.

    For now this creates OUT/chat-audit.xlsx with every tab of the specification and its header row;
    importing and analysing the bundled chats will be added with those capabilities.

    \b
    Example:
        sheets-bridge demo --out demo-out
    """
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "chat-audit.xlsx"
    with open_workbook(path) as wb:
        wb.init_tabs()
        tabs = wb.tabs()
    click.echo(f"Workbook: {path} (tabs: {', '.join(tabs)})")


COMMANDS = [init, demo]
