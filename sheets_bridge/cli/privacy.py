"""Commands about personal data: ``purge``."""

from __future__ import annotations

import click

from ..privacy import Vault
from ..privacy.retention import parse_age, purge
from ..settings import Settings
from .options import workbook_options


@click.command("purge")
@click.option("--older-than", "older_than", required=True, metavar="AGE",
              help="Delete what is older than this: 180d (days), 26w (weeks), 12h (hours).")
@click.option("--dry-run", is_flag=True, help="Only count what would be deleted.")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@workbook_options
def purge_command(settings: Settings, older_than: str, dry_run: bool, yes: bool) -> None:
    """Delete rows and vault entries older than AGE (retention; seed 002 suggests 6–12 months).

    Rows are dated by their time column (messages and events by timestamp, conversations by their
    end, kpi by week); rows without a readable date are kept. Vault entries (token → phone, e-mail,
    name) not seen since the cut-off are deleted too, so old tokens can no longer be re-identified.

    \b
    Examples:
        sheets-bridge purge --older-than 180d --dry-run
        sheets-bridge purge --older-than 365d --yes --workbook chat-audit.xlsx
    """
    age = parse_age(older_than)
    if not (dry_run or yes):
        click.confirm(f"Delete everything older than {older_than} from {settings.workbook} and the vault?",
                      abort=True)
    with settings.open_workbook() as wb, Vault(settings.vault_path) as vault:
        report = purge(wb, vault, age, dry_run=dry_run)
    verb = "would delete" if dry_run else "deleted"
    click.echo(f"Cut-off {report.cutoff:%Y-%m-%d %H:%M} UTC; {verb}:")
    for tab, n in report.removed.items():
        click.echo(f"  {tab}: {n} rows")
    click.echo(f"  vault: {report.vault_removed} entries")
    for tab, n in report.undated.items():
        click.echo(f"  note: {tab} has {n} rows without a readable date; they were kept")


COMMANDS = [purge_command]
