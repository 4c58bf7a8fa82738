"""``serve`` (the webhook receiver) and ``flush``."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from ..errors import InputError
from ..settings import Settings
from .options import workbook_options

# waitress reads a whole body before the app sees it; it refuses (413) a body this much larger than --max-body on its
# Content-Length alone, without reading it. Bodies in between get the app's own 413, in JSON.
BODY_SLACK = 1 << 20


def _journal_path(settings: Settings, journal: Path | None) -> Path:
    return journal or settings.home / "journal.sqlite3"


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8080, show_default=True, type=int)
@click.option("--secret", envvar="SHEETS_BRIDGE_SECRET", help="Shared secret (or $SHEETS_BRIDGE_SECRET).")
@click.option("--source-secret", "source_secrets", multiple=True, metavar="SOURCE=SECRET",
              help="A secret for one source only, e.g. telegram=… (repeatable).")
@click.option("--insecure", is_flag=True, help="Accept requests without any secret (testing only).")
@click.option("--journal", type=click.Path(dir_okay=False, path_type=Path),
              help="SQLite journal (default: HOME/journal.sqlite3).")
@click.option("--flush-interval", default=2.0, show_default=True, type=float, help="Seconds between flushes.")
@click.option("--max-body", default=1_000_000, show_default=True, type=int, help="Largest request body in bytes.")
@click.option("--threads", default=8, show_default=True, type=int)
@click.option("--connection-limit", default=500, show_default=True, type=click.IntRange(1),
              help="Open connections at most; more wait until one closes (docs/webhook.md: behind a reverse proxy).")
@click.option("--channel-timeout", default=30, show_default=True, type=click.IntRange(1),
              help="Seconds an idle connection is kept before it is closed.")
@click.option("--keep-personal-data", is_flag=True, help="Do NOT replace personal data with tokens (warns).")
@workbook_options
def serve_command(settings: Settings, host: str, port: int, secret: str | None, source_secrets: tuple[str, ...],
                  insecure: bool, journal: Path | None, flush_interval: float, max_body: int, threads: int,
                  connection_limit: int, channel_timeout: int, keep_personal_data: bool) -> None:
    """Receive chatbot events over HTTP (waitress), journal them, and flush them to the workbook.

    POST /events takes one event or an array of up to 500 (SPEC §5); POST /hooks/telegram and
    /hooks/generic take platform payloads. A 202 answer means the event is on disk. GET /healthz says
    the receiver is up; GET /stats (with the secret) shows the counters. Authenticate with Authorization:
    Bearer SECRET, a Standard Webhooks signature, Telegram's secret-token header, or /events/SECRET for
    senders without headers.

    \b
    Examples:
        SHEETS_BRIDGE_SECRET=change-me sheets-bridge serve --port 8080
        sheets-bridge serve --secret S --source-secret telegram=T --workbook https://docs.google.com/...
        curl -X POST localhost:8080/events -H "Authorization: Bearer S" -d @event.json
    """
    import waitress

    from ..privacy import secure_home
    from ..webhook import WebhookConfig, create_app
    from ..webhook.app import JsonLines

    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLines())
    logger = logging.getLogger("sheets_bridge")
    logger.handlers[:] = [handler]
    logger.setLevel(logging.INFO)
    logger.propagate = False
    per_source = {}
    for item in source_secrets:
        name, sep, value = item.partition("=")
        if not sep or not value:
            raise InputError(f"{item!r} is not SOURCE=SECRET", field="--source-secret")
        per_source[name] = value
    if not (secret or per_source) and not insecure:
        raise InputError("no secret configured: pass --secret (or set SHEETS_BRIDGE_SECRET); use --insecure only "
                         "for local tests", field="--secret")
    if insecure and not (secret or per_source):
        click.secho("WARNING: --insecure: anyone who can reach this port can write into your sheet", fg="yellow",
                    err=True)
    if keep_personal_data:
        click.secho("WARNING: --keep-personal-data: personal data is stored in clear", fg="yellow", err=True)
    secure_home(settings.home)
    config = WebhookConfig(journal_path=_journal_path(settings, journal),
                           scrubber=settings.open_scrubber(enabled=not keep_personal_data), secret=secret,
                           source_secrets=per_source, max_body_bytes=max_body,
                           open_workbook=settings.open_workbook, flush_interval=flush_interval)
    app = create_app(config)
    flusher = app.extensions["sheets_bridge"]["flusher"]
    server = waitress.create_server(app, host=host, port=port, threads=threads, ident="sheets-bridge",
                                    max_request_body_size=max_body + BODY_SLACK, connection_limit=connection_limit,
                                    channel_timeout=channel_timeout, cleanup_interval=min(30, channel_timeout),
                                    asyncore_use_poll=True)
    flusher.start()
    # --port 0 picks a free port: the line says which (tests and process managers read it)
    logger.info("listening", extra={"fields": {"host": host, "port": server.effective_port,
                                               "journal": str(config.journal_path), "workbook": settings.workbook}})
    try:
        server.run()
    finally:
        flusher.stop()


@click.command("flush")
@click.option("--journal", type=click.Path(dir_okay=False, path_type=Path),
              help="SQLite journal (default: HOME/journal.sqlite3).")
@workbook_options
def flush_command(settings: Settings, journal: Path | None) -> None:
    """Write journalled events that are not in the workbook yet (what serve does in the background), and remove
    any event or message row that a late write doubled.

    \b
    Example:
        sheets-bridge flush --workbook chat-audit.xlsx
    """
    from ..webhook import Journal, flush_all

    path = _journal_path(settings, journal)
    if not path.exists():
        raise InputError("no journal here yet (nothing was received)", file=str(path))
    j = Journal(path)
    with settings.open_workbook() as wb:
        n = flush_all(j, wb, heal=True)
    click.echo(f"Flushed {n} events to {wb.location}; {j.counts()['pending_flush']} still pending.")


COMMANDS = [serve_command, flush_command]
