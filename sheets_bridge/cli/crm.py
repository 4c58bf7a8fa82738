"""``export bitrix``, ``push bitrix`` and ``reconcile``: leads to Bitrix24 and back."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from ..settings import Settings
from .options import workbook_options


@click.group("export")
def export_group() -> None:
    """Export data for other systems.

    \b
    Example:
        sheets-bridge export bitrix --out leads.csv
    """


@export_group.command("bitrix")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=Path("leads.csv"),
              show_default=True)
@workbook_options
def export_bitrix(settings: Settings, out: Path) -> None:
    """Write a lead file for Bitrix24's import wizard (CRM → Leads → ⚙ → Import).

    One lead per missed lead, unbooked booking/price conversation, and chatbot lead.created event without a
    CRM id. UTF-8 with BOM, ';', field-ID headers: Bitrix24 maps the columns by itself. Phones and e-mails
    come back in clear from the local vault — this file is the one place they do, so keep it private and
    delete it after the import.

    \b
    Example:
        sheets-bridge export bitrix --out leads.csv
    """
    from ..crm.leads import export_bitrix as export

    with settings.open_workbook() as wb, settings.open_vault() as vault:
        rows = export(wb, out, vault)
    click.echo(f"{len(rows)} leads written to {out}")


@click.group("push")
def push_group() -> None:
    """Send data to other systems over their APIs.

    \b
    Example:
        sheets-bridge push bitrix --url https://example.bitrix24.ru/rest/1/abc123xyz/
    """


@push_group.command("bitrix")
@click.option("--url", required=True, envvar="BITRIX_WEBHOOK_URL",
              help="Inbound webhook URL https://PORTAL/rest/USER/SECRET/ (or $BITRIX_WEBHOOK_URL).")
@workbook_options
def push_bitrix(settings: Settings, url: str) -> None:
    """Create the leads in Bitrix24 over REST (paid plans), with the chat transcript as a timeline comment.

    Re-running creates nothing new: each lead carries ORIGIN_ID (its conversation or event id) and existing
    ones are looked up first. Free plans have no REST API: use `export bitrix` instead.

    \b
    Example:
        sheets-bridge push bitrix --url https://example.bitrix24.ru/rest/1/abc123xyz/
    """
    from ..crm.rest import BitrixClient, push_bitrix

    client = BitrixClient(url)
    with settings.open_workbook() as wb, settings.open_vault() as vault:
        result = push_bitrix(wb, client, vault)
    click.echo(f"{result['created']} leads created, {result['already_in_crm']} already in Bitrix24 "
               f"({client.requests_made} requests)")


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
