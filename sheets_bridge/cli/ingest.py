"""``import``: chat exports → the ``messages`` tab."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from ..ingest import ImportOptions, ImportResult, import_chats
from ..ingest.tabular import parse_mapping
from ..settings import Settings
from .options import privacy_options, workbook_options


@click.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path),
                metavar="FILE_OR_DIR...")
@click.option("--manager", "managers", multiple=True, metavar="NAME", help="A business account (repeatable).")
@click.option("--bot", "bots", multiple=True, metavar="NAME", help="A chatbot account (repeatable).")
@click.option("--managers-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="TSV of name<TAB>manager|bot lines.")
@click.option("--tz", help="Time zone of the exported clock times (default: this computer's), e.g. Asia/Yekaterinburg.")
@click.option("--format", "fmt", type=click.Choice(["auto", "whatsapp", "telegram", "instagram", "csv"]),
              default="auto", show_default=True)
@click.option("--date-format", help="WhatsApp date order when it cannot be detected, e.g. %d.%m.%y or %m/%d/%y.")
@click.option("--map", "mapping", multiple=True, metavar="FIELD=COLUMN,...",
              help="CSV/JSON columns: timestamp=…,text=…,sender=… [,chat_id=…,sender_role=…,message_id=…].")
@privacy_options
@workbook_options
def import_command(settings: Settings, paths: tuple[Path, ...], managers: tuple[str, ...], bots: tuple[str, ...],
                   managers_file: Path | None, tz: str | None, fmt: str, date_format: str | None,
                   mapping: tuple[str, ...], scrub: bool, names: bool) -> None:
    """Import exported chats into the messages tab, with personal data replaced by tokens.

    Accepts WhatsApp .txt/.zip (Android or iOS, any language), Telegram Desktop result.json (one chat
    or a whole account), Instagram/Messenger message_1.json, and CSV/JSON tables with --map. Folders
    are searched for such files. Importing the same file again adds nothing.

    The business's accounts come from --manager/--bot or --managers-file; without them, the account
    present in every imported chat is taken as the business.

    \b
    Examples:
        sheets-bridge import "WhatsApp Chat with Anna.txt" --manager "Салон Аура" --tz Asia/Yekaterinburg
        sheets-bridge import exports/ --managers-file managers.tsv
        sheets-bridge import crm.csv --map timestamp=Дата,text=Текст,sender=Автор,chat_id=Диалог --manager Ольга
    """
    options = ImportOptions(managers=managers, bots=bots, managers_file=managers_file, tz=tz, fmt=fmt,
                            date_format=date_format, mapping=parse_mapping(mapping))
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    scrubber = settings.open_scrubber(names=names, enabled=scrub)
    bar = Progress(TextColumn("[bold]import[/bold] {task.description}"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), console=Console(stderr=True), transient=True)
    task = bar.add_task("", total=None)

    def progress(done: int, total: int, name: str) -> None:
        bar.update(task, completed=done, total=total, description=name[:40])

    with settings.open_workbook() as wb, bar:
        result = import_chats(paths, wb, scrubber, options, progress=progress)
    Console(width=None if sys.stdout.isatty() else 140).print(files_table(result, wb.location))
    for f in result.files:
        for said in f.warning_texts("en"):
            click.echo(f"{Path(f.path).name}: {said}", err=True)
    notes = Counter(note for f in result.files for note in f.notes)  # the same note of many files said once
    for note, n in notes.items():
        named = next(Path(f.path).name for f in result.files if note in f.notes)
        click.echo(f"{named}: {note}" if n == 1 else f"{n:,} files: {note}")
    click.echo(f"{result.added} new messages added ({len(result.rows) - result.added} already there).")


SHOWN_FILES = 30  # more files than this: the table shows the ones with something to say, then the totals


def files_table(result: ImportResult, location: str) -> Table:
    """One row per file (for many files: those with warnings or notes, then one row for all the others)."""
    table = Table(title=f"Imported into {location}")
    for col in ("file", "chats", "messages", "new", "notices", "media", "clients", "from", "to"):
        table.add_column(col, justify="left" if col in ("file", "from", "to") else "right")
    files = result.files
    shown = files if len(files) <= SHOWN_FILES else [f for f in files if f.warnings][:SHOWN_FILES]
    for f in shown:
        table.add_row(Path(f.path).name, str(f.chats), str(f.messages), str(f.added), str(f.system),
                      str(f.placeholders), str(f.clients), f.first[:10], f.last[:10])
    listed = {id(f) for f in shown}
    rest = [f for f in files if id(f) not in listed]
    if rest:
        firsts, lasts = [f.first for f in rest if f.first], [f.last for f in rest if f.last]
        table.add_row(f"{len(rest):,} more files (each in the imports tab)", *(f"{sum(getattr(f, k) for f in rest):,}"
                      for k in ("chats", "messages", "added", "system", "placeholders", "clients")),
                      min(firsts, default="")[:10], max(lasts, default="")[:10], style="italic")
    return table


COMMANDS = [import_command]
