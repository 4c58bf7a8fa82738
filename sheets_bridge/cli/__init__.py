"""The ``sheets-bridge`` command line: thin click commands over the library."""

from __future__ import annotations

import atexit
import gc
import os
import sys
import threading
from importlib import import_module
from typing import Any, NoReturn

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
# over an ever larger heap only cost time (a year's import and analyze: 7–11%), and so does freeing that heap object
# by object at the end (:func:`leave`); long-running serve and job keep both.
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
    if command not in RUN_ONCE:
        cli(prog_name="sheets-bridge")
        return
    gc.disable()
    try:
        cli(prog_name="sheets-bridge")
    except SystemExit as stop:  # click's standalone mode always ends so, with the command's exit code
        leave(stop.code)
    leave(0)


def leave(code: object) -> NoReturn:
    """End this process as ``sys.exit(code)`` would, without freeing its objects one by one first.

    A year's import or analyze holds a million small objects when it ends, and the interpreter's teardown spends
    0.2–0.3 s deallocating them for nothing (mypy's ``hard_exit`` skips it the same way). What an exit must still do
    is done: the ``atexit`` functions run, standard output and error are flushed, and the status is the one
    ``sys.exit`` gives (``None`` → 0, a message → printed, 1). Every file this package writes is closed (and the
    workbook synced) before its command returns. With another non-daemon thread alive, the ordinary exit waits for
    it instead.
    """
    if any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.main_thread()):
        raise SystemExit(code)
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:
        print(code, file=sys.stderr)
        status = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe (| head): what was left unsaid is lost, as on a normal exit
            status = status or 120
    os._exit(status)
