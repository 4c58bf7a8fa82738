"""The ``sheets-bridge`` command line: thin click commands over the library."""

from __future__ import annotations

import gc
import sys
from importlib import import_module
from typing import Any

import click

from .. import __version__
from ..errors import SheetsBridgeError

# command name → the module of this package that defines it. A command's module (and the library it needs:
# pandas, the tagger, gspread, Flask) is imported only when that command runs, so each run starts faster.
LAZY_COMMANDS = {
    "init": "setup", "demo": "setup", "import": "ingest", "analyze": "analysis", "sample": "tagging",
    "validate": "tagging", "report": "report", "job": "job", "serve": "webhook", "flush": "webhook",
    "export": "crm", "push": "crm", "reconcile": "crm", "purge": "privacy",
}


# Commands that run once and exit. What they build lives until they end, so the cyclic garbage collector's passes
# over an ever larger heap only cost time (a year's import and analyze: 7–11%); long-running serve and job keep it.
RUN_ONCE = frozenset({"import", "analyze", "sample", "validate", "report", "export", "push", "reconcile", "purge",
                      "flush", "demo", "init"})


class _Group(click.Group):
    """Turns sheets-bridge errors into a one-line message and the right exit code (SPEC §2); loads each
    command's module on first use (click's documented lazy-loading pattern)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in LAZY_COMMANDS:
            module = import_module(f".{LAZY_COMMANDS[cmd_name]}", __name__)
            for command in module.COMMANDS:
                self.add_command(command)
        return super().get_command(ctx, cmd_name)

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


def load_all() -> dict[str, click.Command]:
    """Every command, loaded (for tests and documentation tools)."""
    ctx = click.Context(cli)
    return {name: command for name in cli.list_commands(ctx) if (command := cli.get_command(ctx, name))}


def main() -> None:
    """The console script: the command line of this process (``cli`` is what tests and other programs call)."""
    command = next((arg for arg in sys.argv[1:] if not arg.startswith("-")), None)
    if command in RUN_ONCE:
        gc.disable()
    cli(prog_name="sheets-bridge")
