"""``report``: the owner's weekly HTML report."""

from __future__ import annotations

from pathlib import Path

import click

from ..settings import Settings
from .options import workbook_options

NAMES_WARNING = ("WARNING: --show-names: clients' real names and phones from your local vault are written into "
                 "the report in clear. Keep the file on this computer and do not forward it; without this flag "
                 "reports hold tokens only (personal data stays out of them).")


@click.command("report")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=Path("report.html"),
              show_default=True)
@click.option("--lang", type=click.Choice(["ru", "en"]), default="ru", show_default=True)
@click.option("--week", metavar="YYYY-MM-DD",
              help="Any day of the week to show (default: the last complete week with data).")
@click.option("--show-names", is_flag=True,
              help="Show clients' names from your local vault instead of tokens (prints a privacy warning).")
@workbook_options
def report_command(settings: Settings, out: Path, lang: str, week: str | None, show_names: bool) -> None:
    """Write a self-contained HTML report about one week (opens offline, no external files): who to write to
    today, the week in figures against the week before, managers, charts, the top loss scenarios, missed leads
    with the reply to send, the audit queue, and every conversation the figures count.

    \b
    Examples:
        sheets-bridge report --out report.html
        sheets-bridge report --week 2025-11-10 --out report-10-nov.html
        sheets-bridge report --out report-en.html --lang en
        sheets-bridge report --show-names --out report-names.html   # names from this computer's vault
    """
    from ..report import render_report

    with settings.open_workbook() as wb:
        if show_names and not settings.vault_path.exists():
            click.secho(f"No vault at {settings.vault_path}: names cannot be shown, the report keeps tokens "
                        "(set SHEETS_BRIDGE_HOME to the folder the import used).", fg="yellow", err=True)
            show_names = False
        if show_names:
            click.secho(NAMES_WARNING, fg="yellow", err=True)
            with settings.open_vault() as vault:
                html = render_report(wb, lang, week=week, names=vault.lookup)
        else:
            html = render_report(wb, lang, week=week)
    out.write_text(html, encoding="utf-8")
    click.echo(f"Report written to {out} ({len(html.encode()) // 1024} KB)")


COMMANDS = [report_command]
