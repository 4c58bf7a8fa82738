"""Commands about personal data: ``purge``."""

from __future__ import annotations

import click

from ..privacy import Vault, secure_home
from ..privacy.retention import PurgeReport, parse_age, purge
from ..settings import Settings
from .options import workbook_options


@click.command("purge")
@click.option("--older-than", "older_than", required=True, metavar="AGE",
              help="Delete what is older than this: 180d (days), 26w (weeks), 12h (hours).")
@click.option("--dry-run", is_flag=True, help="Only count what would be deleted.")
@click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation.")
@click.option("--journal", metavar="PATH_OR_URL",
              help="The webhook journal, if serve was given --journal: a file, or the shared postgresql:// journal "
                   "(there only --tenant's events are purged). Default: HOME/journal.sqlite3.")
@click.option("--keep-unused-tokens", is_flag=True,
              help="Keep vault entries no row of this workbook holds (when several workbooks share one home).")
@workbook_options
def purge_command(settings: Settings, older_than: str, dry_run: bool, yes: bool, journal: str | None,
                  keep_unused_tokens: bool) -> None:
    """Delete rows older than AGE, and every other copy sheets-bridge keeps of them (retention; seed 002
    suggests 6–12 months).

    Rows are dated by their time column (messages and events by timestamp, conversations by their
    end, kpi by week); rows without a readable date are kept. Then: vault entries (token → phone, e-mail,
    name) not seen since the cut-off or held by no kept row, so old tokens can no longer be re-identified;
    events of the webhook journal already in the workbook and received before the cut-off; LLM answers
    cached before it. It ends with the copies it cannot reach (exported CSVs, Google's version history).

    \b
    Examples:
        sheets-bridge purge --older-than 180d --dry-run
        sheets-bridge purge --older-than 365d --yes --workbook chat-audit.xlsx
        sheets-bridge purge --older-than 180d --journal postgresql://sb@db/agency --tenant salon-ufa \\
            --workbook postgresql://sb@db/agency
    """
    age = parse_age(older_than)
    if not (dry_run or yes):
        click.confirm(f"Delete everything older than {older_than} from {settings.workbook}, the vault, the journal "
                      "and the LLM cache?", abort=True)
    secure_home(settings.home)
    with settings.open_workbook() as wb, Vault(settings.vault_path) as vault:
        report = purge(wb, vault, age, dry_run=dry_run, journal=journal or settings.journal_path,
                       llm_cache=settings.llm_cache_path, unreferenced=not keep_unused_tokens, tenant=settings.tenant)
    _print_report(report, dry_run)


def _print_report(report: PurgeReport, dry_run: bool) -> None:
    verb = "would delete" if dry_run else "deleted"
    click.echo(f"Cut-off {report.cutoff:%Y-%m-%d %H:%M} UTC; {verb}:")
    for tab, n in report.removed.items():
        click.echo(f"  {tab}: {n} rows")
    click.echo(f"  vault: {report.vault_removed} entries not seen since, {report.vault_unreferenced} that no kept "
               "row holds")
    click.echo(f"  journal: {report.journal_removed} flushed events")
    click.echo(f"  LLM cache: {report.llm_cache_removed} answers")
    for tab, n in report.undated.items():
        click.echo(f"  note: {tab} has {n} rows without a readable date; they were kept")
    if report.llm_cache_undated:
        click.echo(f"  note: {report.llm_cache_undated} LLM answers had no date yet; they are dated now and go once "
                   "they are older than the cut-off")
    click.echo("Not reached (do this yourself):")
    for note in report.not_reached:
        click.echo(f"  - {note}")


COMMANDS = [purge_command]
