"""``serve`` (the webhook receiver) and ``flush``."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..errors import InputError
from ..settings import Settings
from .job import delivery_options, job_options
from .options import workbook_options

if TYPE_CHECKING:
    from ..webhook.journals import Tenant
    from ..webhook.pgjournal import PgJournal
    from ..webhook.sheets_writer import TenantWriter

# waitress reads a whole body before the app sees it; it refuses (413) a body this much larger than --max-body on its
# Content-Length alone, without reading it. Bodies in between get the app's own 413, in JSON.
BODY_SLACK = 1 << 20

#: events a manual flush writes per batch: it catches up a backlog, and each batch is a read of the ids and a save
#: of the .xlsx (or a batch of requests to Google); serve's background flusher keeps its small batches
CATCH_UP_BATCH = 5_000


def _journal_path(settings: Settings, journal: str | None) -> Path | str:
    """``--journal``: a postgresql:// URL as it is, a path as a Path, else HOME/journal.sqlite3."""
    from ..workbook.postgres import is_postgres_url

    if journal and is_postgres_url(journal):
        return journal
    return Path(journal) if journal else settings.journal_path


def _load_tenants(settings: Settings, tenants_file: Path | None, journal: Path | str) -> dict[str, Tenant]:
    """The tenants file's businesses, checked against where their events go."""
    from ..webhook.journals import load_tenants
    from ..workbook.postgres import is_postgres_url

    if tenants_file is None:
        return {}
    if not isinstance(journal, str):
        raise InputError("--tenants needs a shared journal: add --journal postgresql://USER@HOST/DB (the SQLite "
                         "journal holds one business)", field="--tenants")
    tenants = load_tenants(tenants_file)
    shared = is_postgres_url(settings.workbook)
    alone = sorted(name for name, t in tenants.items() if not t.workbook and not shared)
    if alone:
        raise InputError(f"tenants {', '.join(alone)} have no workbook of their own and --workbook is not a "
                         "postgresql:// URL, so their events would mix in one workbook: add a third column "
                         "(a Google Sheet per tenant) or pass --workbook postgresql://…", file=str(tenants_file))
    return tenants


def _tenant_writer(settings: Settings, journal: PgJournal, tenants: dict[str, Tenant]) -> TenantWriter:
    """One writer for every tenant of a tenants file: its workbook (or --workbook with the tenant's name), Google's
    quotas shared by all of them."""
    from ..webhook.sheets_writer import SheetsLimiter, Target, TenantWriter
    from ..workbook import Workbook, is_google_sheet, open_workbook

    def opener(where: str, name: str) -> Callable[[], Workbook]:
        return lambda: open_workbook(where, credentials=settings.credentials, tenant=name)

    targets = {name: Target(journal.for_tenant(name), opener(tenant.workbook or settings.workbook, name))
               for name, tenant in tenants.items()}
    google = any(is_google_sheet(t.workbook or settings.workbook) for t in tenants.values())
    return TenantWriter(targets, SheetsLimiter() if google else None)


def _start_tenant_writer(settings: Settings, journal: PgJournal, tenants: dict[str, Tenant],
                         interval: float) -> threading.Event:
    """Deliver the tenants' events in a daemon thread until the returned event is set."""
    stop = threading.Event()
    if tenants:
        writer = _tenant_writer(settings, journal, tenants)
        threading.Thread(target=writer.run, args=(stop, interval), name="sheets-bridge-tenants", daemon=True).start()
    return stop


def _start_job(settings: Settings, every: str, *, delivery: Callable[[], Any], **given: Any) -> Callable[[], None]:
    """``--job-every``: the job in a background thread; the returned function stops it (on shutdown)."""
    from ..job import start_in_background
    from ..timeutil import parse_duration

    period = parse_duration(every, "--job-every")
    options = job_options(settings, delivery=delivery(), **given)
    log = logging.getLogger("sheets_bridge")
    return start_in_background(settings.open_workbook, options, period,
                               on_pass=lambda r: log.info("job pass", extra={"fields": {"result": r.summary()}}))


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8080, show_default=True, type=int)
@click.option("--secret", envvar="SHEETS_BRIDGE_SECRET", help="Shared secret (or $SHEETS_BRIDGE_SECRET).")
@click.option("--source-secret", "source_secrets", multiple=True, metavar="SOURCE=SECRET",
              help="A secret for one source only, e.g. telegram=… (repeatable).")
@click.option("--insecure", is_flag=True, help="Accept requests without any secret (testing only).")
@click.option("--journal", metavar="PATH_OR_URL",
              help="SQLite journal (default: HOME/journal.sqlite3), or a postgresql:// URL several receivers share.")
@click.option("--tenants", "tenants_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="tenant<TAB>secret[<TAB>workbook] lines: POST /t/TENANT/events for each (postgresql:// journal).")
@click.option("--flush-interval", default=2.0, show_default=True, type=float, help="Seconds between flushes.")
@click.option("--max-body", default=1_000_000, show_default=True, type=int, help="Largest request body in bytes.")
@click.option("--threads", default=8, show_default=True, type=int)
@click.option("--connection-limit", default=500, show_default=True, type=click.IntRange(1),
              help="Open connections at most; more wait until one closes (docs/webhook.md: behind a reverse proxy).")
@click.option("--channel-timeout", default=30, show_default=True, type=click.IntRange(1),
              help="Seconds an idle connection is kept before it is closed.")
@click.option("--keep-personal-data", is_flag=True, help="Do NOT replace personal data with tokens (warns).")
@click.option("--job-every", metavar="DURATION",
              help="Also run the job (as `sheets-bridge job`, with your last analyze's settings) this often, e.g. 1h.")
@delivery_options
@workbook_options
def serve_command(settings: Settings, host: str, port: int, secret: str | None, source_secrets: tuple[str, ...],
                  insecure: bool, journal: str | None, tenants_file: Path | None, flush_interval: float,
                  max_body: int, threads: int,
                  connection_limit: int, channel_timeout: int, keep_personal_data: bool, job_every: str | None,
                  out_dir: Path, lang: str, report_at: str, delivery: Callable[[], Any]) -> None:
    """Receive chatbot events over HTTP (waitress), journal them, and flush them to the workbook.

    POST /events takes one event or an array of up to 500 (SPEC §5); POST /hooks/telegram and
    /hooks/generic take platform payloads. A 202 answer means the event is on disk. GET /healthz says
    the receiver is up; GET /stats (with the secret) shows the counters. Authenticate with Authorization:
    Bearer SECRET, a Standard Webhooks signature, Telegram's secret-token header, or /events/SECRET for
    senders without headers.

    With --journal postgresql://… several receivers (behind a load balancer) share one journal: each
    event is stored once per tenant whichever receiver got it, and their flushers claim events, so each
    is written once. --tenants FILE serves many businesses: POST /t/TENANT/events (and
    /t/TENANT/hooks/…) with that tenant's secret; /events then needs --secret too.

    \b
    Examples:
        SHEETS_BRIDGE_SECRET=change-me sheets-bridge serve --port 8080
        sheets-bridge serve --secret S --source-secret telegram=T --workbook https://docs.google.com/...
        curl -X POST localhost:8080/events -H "Authorization: Bearer S" -d @event.json
        sheets-bridge serve --secret S --journal postgresql://sb@db/agency -w postgresql://sb@db/agency --tenant salon
        sheets-bridge serve --journal postgresql://sb@db/agency -w postgresql://sb@db/agency --tenants tenants.tsv
        sheets-bridge serve --secret S --job-every 1h --out-dir reports/ --telegram-chat-id 123456789
    """
    import waitress

    from ..privacy import secure_home
    from ..webhook import WebhookConfig, create_app
    from ..webhook.app import JsonLines
    from ..workbook.postgres import redact

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
    journal_path = _journal_path(settings, journal)
    tenants = _load_tenants(settings, tenants_file, journal_path)
    if not (secret or per_source or tenants) and not insecure:
        raise InputError("no secret configured: pass --secret (or set SHEETS_BRIDGE_SECRET); use --insecure only "
                         "for local tests", field="--secret")
    if insecure and tenants:
        raise InputError("--insecure cannot be combined with --tenants: every tenant posts with its own secret",
                         field="--insecure")
    if insecure and not (secret or per_source):
        click.secho("WARNING: --insecure: anyone who can reach this port can write into your sheet", fg="yellow",
                    err=True)
    if keep_personal_data:
        click.secho("WARNING: --keep-personal-data: personal data is stored in clear", fg="yellow", err=True)
    secure_home(settings.home)
    config = WebhookConfig(journal_path=journal_path,
                           scrubber=settings.open_scrubber(enabled=not keep_personal_data), secret=secret,
                           source_secrets=per_source, max_body_bytes=max_body,
                           open_workbook=settings.open_workbook, flush_interval=flush_interval,
                           tenant=settings.tenant, tenants=tenants)
    app = create_app(config)
    flusher = app.extensions["sheets_bridge"]["flusher"]
    stop_tenants = _start_tenant_writer(settings, app.extensions["sheets_bridge"]["journal"], tenants, flush_interval)
    server = waitress.create_server(app, host=host, port=port, threads=threads, ident="sheets-bridge",
                                    max_request_body_size=max_body + BODY_SLACK, connection_limit=connection_limit,
                                    channel_timeout=channel_timeout, cleanup_interval=min(30, channel_timeout),
                                    asyncore_use_poll=True)
    stop_job = _start_job(settings, job_every, out_dir=out_dir, lang=lang, report_at=report_at,
                          delivery=delivery) if job_every else (lambda: None)
    flusher.start()
    # --port 0 picks a free port: the line says which (tests and process managers read it)
    logger.info("listening", extra={"fields": {"host": host, "port": server.effective_port,
                                               "journal": redact(str(config.journal_path)),
                                               "workbook": redact(settings.workbook), "tenant": settings.tenant,
                                               "tenants": sorted(tenants)}})
    _stop_on_sigterm()
    try:
        server.run()
    except KeyboardInterrupt:
        pass  # Ctrl+C, or SIGTERM from systemctl stop / docker stop: the same clean stop
    finally:
        flusher.stop()
        stop_tenants.set()
        stop_job()
        flusher.join(timeout=10)  # a flush in progress ends with its save; unflushed events wait in the journal
        logger.info("stopped", extra={"fields": {"pending_flush": _pending(flusher.journal)}})


def _stop_on_sigterm() -> None:
    """SIGTERM (what systemd, Docker and process managers send to stop a service) stops serve as Ctrl+C does."""
    import signal
    import threading

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)


def _pending(journal: Any) -> int | str:
    try:
        return int(journal.counts()["pending_flush"])
    except Exception:  # noqa: BLE001 - only for the log line
        return "unknown"


@click.command("flush")
@click.option("--journal", metavar="PATH_OR_URL",
              help="SQLite journal (default: HOME/journal.sqlite3), or the postgresql:// URL serve was given.")
@workbook_options
def flush_command(settings: Settings, journal: str | None) -> None:
    """Write journalled events that are not in the workbook yet (what serve does in the background), and remove
    any event or message row that a late write doubled. On a postgresql:// journal it flushes the events of
    --tenant, claiming them, so it is safe while receivers flush too.

    \b
    Examples:
        sheets-bridge flush --workbook chat-audit.xlsx
        sheets-bridge flush --journal postgresql://sb@db/agency --workbook postgresql://sb@db/agency --tenant salon
    """
    from ..webhook import flush_all
    from ..webhook.journals import open_journal

    path = _journal_path(settings, journal)
    if isinstance(path, Path) and not path.exists():
        raise InputError("no journal here yet (nothing was received); pass the --journal serve was given",
                         file=str(path))
    j = open_journal(path, settings.tenant)
    try:
        with settings.open_workbook() as wb:
            n = flush_all(j, wb, CATCH_UP_BATCH, heal=True)
        click.echo(f"Flushed {n} events to {wb.location}; {j.counts()['pending_flush']} still pending.")
    finally:
        j.close()


COMMANDS = [serve_command, flush_command]
