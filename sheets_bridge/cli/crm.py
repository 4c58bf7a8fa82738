"""``export bitrix``, ``push bitrix`` and ``reconcile``: leads to Bitrix24 and back."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.table import Table

from ..settings import Settings
from .options import workbook_options

if TYPE_CHECKING:
    from ..crm.leads import ExportResult
    from ..crm.rest import PushResult


@click.group("export")
def export_group() -> None:
    """Export data for other systems.

    \b
    Example:
        sheets-bridge export bitrix --out leads.csv
    """


LANG_OPTION = click.option("--lang", type=click.Choice(["ru", "en"]), default="ru", show_default=True,
                           help="Language of the titles and comments written into Bitrix24.")


def _warn(message: str) -> None:
    click.secho(f"WARNING: {message}", fg="yellow", err=True)


def _no_contact_warning(result: ExportResult, vault: Path) -> str:
    """The console warning for leads without a phone or e-mail, with the count and why."""
    from ..crm.leads import NO_CONTACT_CLIENT, NO_CONTACT_VAULT

    parts = []
    if result.no_contact.get(NO_CONTACT_VAULT):
        parts.append(f"{result.no_contact[NO_CONTACT_VAULT]} because the vault {vault} has no value for the "
                     "phone/e-mail tokens in their chats (were they imported with another sheets-bridge home? "
                     "SHEETS_BRIDGE_HOME must point to that home; the demo keeps its own in DIR/.demo-home)")
    if result.no_contact.get(NO_CONTACT_CLIENT):
        parts.append(f"{result.no_contact[NO_CONTACT_CLIENT]} because the client left no phone or e-mail in the chat")
    total = sum(result.no_contact.values())
    return f"{total} of {len(result.rows)} {result.kind} have no phone or e-mail: " + "; ".join(parts)


@export_group.command("bitrix")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="The file to write (default leads.csv, or deals.csv with --as deals).")
@LANG_OPTION
@click.option("--since", metavar="AGE_OR_DATE",
              help="Only conversations (and bot lead.created events) that started since: 7d, 2w, or 2025-11-01.")
@click.option("--all", "everything", is_flag=True,
              help="Also the leads exported before (by default they are skipped, so a weekly import adds only new).")
@click.option("--as", "as_kind", type=click.Choice(["leads", "deals"]), default="leads", show_default=True,
              help="deals: a file for CRM → Deals → Import, for portals in the simple CRM mode (no leads).")
@workbook_options
def export_bitrix(settings: Settings, out: Path | None, lang: str, since: str | None, everything: bool,
                  as_kind: str) -> None:
    """Write a lead file for Bitrix24's import wizard (CRM → Leads → ⚙ → Import).

    One lead per missed lead, unbooked booking/price conversation, and chatbot lead.created event without a
    CRM id. UTF-8 with BOM, ';', field-ID headers: Bitrix24 maps the columns by itself. Phones and e-mails
    come back in clear from the local vault — this file is the one place they do, so keep it private and
    delete it after the import. Leads exported before are skipped (a record in the sheets-bridge home);
    --all writes them again. Portals in the simple CRM mode have no leads: switch to the classic mode, or
    use --as deals.

    \b
    Examples:
        sheets-bridge export bitrix --out leads.csv
        sheets-bridge export bitrix --since 7d --out week.csv
        sheets-bridge export bitrix --as deals --lang en
    """
    from ..crm.exported import ExportRecord
    from ..crm.leads import export_bitrix as export

    out = out or Path(f"{as_kind}.csv")
    with settings.open_workbook() as wb, settings.open_vault() as vault, \
            ExportRecord.in_home(settings.home) as record:
        result = export(wb, out, vault, lang=lang, since=since, record=record, everything=everything,
                        as_deals=as_kind == "deals")
    click.echo(f"{len(result.rows)} {result.kind} written to {out}")
    if result.skipped_exported:
        click.echo(f"{result.skipped_exported} skipped: exported before ({record.path}); --all writes them again")
    if result.skipped_older and result.since is not None:
        click.echo(f"{result.skipped_older} left out: started before {result.since:%Y-%m-%d %H:%M %z} "
                   f"(--since {since})")
    if result.no_contact:
        _warn(_no_contact_warning(result, settings.vault_path))


@click.group("push")
def push_group() -> None:
    """Send data to other systems over their APIs.

    \b
    Example:
        sheets-bridge push bitrix --url https://example.bitrix24.ru/rest/1/abc123xyz/
    """


def _push_summary(result: PushResult, requests: int) -> str:
    return (f"{result.created} leads created, {result.already_in_crm} already in Bitrix24 ({result.by_origin} by "
            f"ORIGIN_ID, {result.by_title} by title, {result.by_phone} by phone/e-mail), {result.comments_added} "
            f"transcripts attached ({requests} requests)")


@push_group.command("bitrix")
@click.option("--url", required=True, envvar="BITRIX_WEBHOOK_URL",
              help="Inbound webhook URL https://PORTAL/rest/USER/SECRET/ (or $BITRIX_WEBHOOK_URL).")
@LANG_OPTION
@workbook_options
def push_bitrix(settings: Settings, url: str, lang: str) -> None:
    """Create the leads in Bitrix24 over REST (paid plans), with the chat transcript as a timeline comment.

    Re-running creates nothing new: each lead carries ORIGIN_ID (its conversation or event id), and leads
    already in Bitrix24 — also the ones imported from the CSV — are found by ORIGIN_ID, title or the client's
    phone or e-mail first. When Bitrix24 asks to wait (OPERATION_TIME_LIMIT, up to 10 minutes), it waits and says until
    when. Free plans have no REST API: use `export bitrix` instead.

    \b
    Example:
        sheets-bridge push bitrix --url https://example.bitrix24.ru/rest/1/abc123xyz/
    """
    from ..crm.rest import BitrixClient, PushIncomplete, push_bitrix

    client = BitrixClient(url, notify=lambda message: click.secho(message, fg="yellow", err=True))
    try:
        with settings.open_workbook() as wb, settings.open_vault() as vault:
            result = push_bitrix(wb, client, vault, lang=lang)
    except PushIncomplete as exc:
        click.echo(_push_summary(exc.result, client.requests_made))
        raise
    click.echo(_push_summary(result, client.requests_made))


@click.command("reconcile")
@click.option("--crm", "crm_export", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A Bitrix24 lead export (CSV).")
@workbook_options
def reconcile_command(settings: Settings, crm_export: Path) -> None:
    """Compare the chatbot's lead.created events with the leads Bitrix24 really has; write the reconcile tab.

    Matched by crm_id, by ORIGIN_ID (= event_id) or by the client's phone. Prints the share of bot leads
    missing in the CRM per week and channel.

    \b
    Example:
        sheets-bridge reconcile --crm LEAD_2025-11-20.csv
    """
    from ..crm.reconcile import reconcile

    scrubber = settings.open_scrubber()
    with settings.open_workbook() as wb:
        result = reconcile(wb, crm_export, scrubber)
    table, loss = result.table, result.loss
    out = Table(title="Bot leads missing in the CRM")
    for col in ("week", "channel", "bot leads", "missing", "loss"):
        out.add_column(col, justify="left" if col in ("week", "channel") else "right")
    for r in loss.itertuples(index=False):
        out.add_row(r.week, r.channel, str(r.events), str(r.missing), f"{r.loss_pct:.0f}%")
    Console(width=120).print(out)
    counts = table["status"].value_counts()
    click.echo(f"matched {counts.get('matched', 0)}, missing in CRM {counts.get('missing_in_crm', 0)}, "
               f"unknown in events {counts.get('unknown_in_events', 0)}")


COMMANDS = [export_group, push_group, reconcile_command]
