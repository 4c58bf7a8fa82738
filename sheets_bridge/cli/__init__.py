"""The ``sheets-bridge`` command line: thin click commands over the library."""

from __future__ import annotations

import sys
from typing import Any

import click

from .. import __version__
from ..errors import SheetsBridgeError


class _Group(click.Group):
    """Turns sheets-bridge errors into a one-line message and the right exit code (SPEC §2)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SheetsBridgeError as exc:
            click.secho(f"Error: {exc}", fg="red", err=True)
            sys.exit(exc.exit_code)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sheets-bridge")
def cli() -> None:
    """See where your chats lose clients.

    Import exported chats (or receive chatbot events), pseudonymize personal data, measure how fast
    and how well managers answer, and write it all to one spreadsheet: a local .xlsx file
    (default chat-audit.xlsx) or Google Sheets.

    \b
    Quick start:
        sheets-bridge demo                 # everything on bundled sample data, offline
        sheets-bridge init --workbook chat-audit.xlsx
    """


def _register() -> None:
    from . import analysis, crm, ingest, job, privacy, report, setup, tagging, webhook

    for module in (setup, ingest, analysis, tagging, report, job, webhook, crm, privacy):
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main() -> None:
    cli(prog_name="sheets-bridge")
