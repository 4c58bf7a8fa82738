"""The Flask app (application factory) of the webhook receiver."""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
import zoneinfo
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flask import Flask, Request, jsonify, request
from werkzeug.exceptions import HTTPException

from .. import events as events_mod
from ..errors import InputError
from ..privacy import Scrubber
from ..workbook import Workbook
from . import adapters, auth
from .flusher import Flusher, FlushState
from .journal import DeliveryConflict
from .journals import JournalLike, Tenant, journal_errors, open_journal
from .pgjournal import PgJournal

log = logging.getLogger("sheets_bridge.webhook")
# What a platform adapter may raise on a body of an unexpected shape or size (a time of year 10^12…): a 400.
ADAPTER_ERRORS = (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError, OSError, RecursionError)


@dataclass
class WebhookConfig:
    """Everything the receiver needs, built at the edge (CLI flags, environment)."""

    journal_path: Path | str                                 # a SQLite file, or a postgresql:// URL shared by receivers
    scrubber: Scrubber
    secret: str | None = None                                # events (and any source without its own)
    source_secrets: dict[str, str] = field(default_factory=dict)  # e.g. {"telegram": "...", "generic": "..."}
    max_body_bytes: int = 1_000_000
    open_workbook: Callable[[], Workbook] | None = None      # None: journal only (no background flusher)
    flush_interval: float = 2.0
    flush_batch: int = 500
    tz: str = "UTC"  # platform times without an offset are in this zone (used only by the adapters)
    clock: Callable[[], dt.datetime] = field(default=lambda: dt.datetime.now(dt.timezone.utc))  # the time of receipt
    tenant: str = "default"                                  # whose events /events and /hooks/… store
    tenants: dict[str, Tenant] = field(default_factory=dict)  # /t/<tenant>/…: each business with its own secret

    def secrets_for(self, source: str) -> list[str]:
        found = [s for s in (self.source_secrets.get(source), self.secret) if s]
        return list(dict.fromkeys(found))

    @property
    def tenants_only(self) -> bool:
        """Tenants without a --secret: /events, /hooks/… and /stats are closed, not open to anyone."""
        return bool(self.tenants) and not (self.secret or self.source_secrets)


class NoJournal(Exception):
    """A /t/<tenant>/… request this receiver has no journal for (the 404 answer's words)."""


class Counters:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.received = self.duplicates = self.rejected = 0

    def add(self, **kw: int) -> None:
        with self.lock:
            for k, v in kw.items():
                setattr(self, k, getattr(self, k) + v)


def _error(status: int, message: str, field_name: str | None = None) -> Any:
    body = {"ok": False, "error": message}
    if field_name:
        body["field"] = field_name
    return jsonify(body), status


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def parse_body(body: bytes) -> Any:
    """The JSON body, or InputError naming ``body`` (bad JSON, NaN/Infinity, or nested too deep to read)."""
    try:
        return json.loads(body, parse_constant=_no_constants)
    except RecursionError as exc:
        raise InputError("the body is not valid JSON (nested too deeply)", field="body") from exc
    except (ValueError, UnicodeDecodeError) as exc:
        raise InputError(f"the body is not valid JSON ({exc})", field="body") from exc


def create_app(config: WebhookConfig) -> Flask:
    """The receiver. ``app.extensions['sheets_bridge']`` holds the journal, counters and flusher."""
    try:
        zone = zoneinfo.ZoneInfo(config.tz)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise InputError(f"unknown time zone {config.tz!r} (use a name like Europe/Moscow)", field="tz") from exc
    app = Flask("sheets_bridge.webhook")
    app.config["MAX_CONTENT_LENGTH"] = config.max_body_bytes
    journal = open_journal(config.journal_path, config.tenant)
    counters = Counters()
    state = FlushState()
    flusher = None
    if config.open_workbook is not None:
        flusher = Flusher(journal, config.open_workbook, state, interval=config.flush_interval,
                          batch=config.flush_batch)
    app.extensions["sheets_bridge"] = {"journal": journal, "counters": counters, "flush": state,
                                       "flusher": flusher}

    def authenticate(source: str, req: Request, body: bytes, token: str | None,
                     tenant: str | None = None) -> str | None:
        headers = {k.lower(): v for k, v in req.headers.items()}
        secrets = [config.tenants[tenant].secret] if tenant is not None else config.secrets_for(source)
        if not secrets and (tenant is not None or config.tenants_only):  # never open by a missing secret
            raise auth.AuthFailed("this endpoint has no secret configured: give the tenant a secret in the tenants "
                                  "file, or start serve with --secret")
        return auth.check(secrets, headers, body, token, allow_telegram=source == "telegram")

    def journal_for(tenant: str | None) -> JournalLike:
        """The journal of ``tenant`` (None: --tenant's); NoJournal says why a tenant has none here."""
        if tenant is None:
            return journal
        if tenant not in config.tenants:
            raise NoJournal(f"unknown tenant {tenant!r}: add it to the tenants file (--tenants)")
        if not isinstance(journal, PgJournal):
            raise NoJournal("/t/<tenant>/… needs a shared journal: start serve with --journal postgresql://…")
        return journal.for_tenant(tenant)

    def to_rows(source: str, req: Request, data: Any, convert: adapters.Adapter | None) -> list[dict[str, Any]]:
        received = config.clock()
        if convert is None:
            checked = events_mod.validate_many(data)  # null, {}, [] and 0 are refused naming the field
        else:
            try:
                raw = convert(data, adapters.Context(tz=zone, now=received, params=dict(req.args)))
            except ADAPTER_ERRORS as exc:
                log.warning("unreadable platform body", extra={"fields": {"source": source,
                                                                         "error": exc.__class__.__name__}})
                raise InputError(f"is not a {source} body this receiver can read ({exc.__class__.__name__})",
                                 field="body") from exc
            checked = events_mod.validate_many(raw) if raw else []  # a platform's ping stores nothing
        rows = [events_mod.to_row(e, config.scrubber, received) for e in checked]
        for event, row in zip(checked, rows, strict=True):
            row["_derived"] = not event["event_id"]
        return rows

    def accept(source: str, req: Request, token: str | None, convert: adapters.Adapter | None,
               tenant: str | None = None) -> Any:
        if tenant is None and config.tenants_only:
            return _error(404, "this receiver takes events at /t/<tenant>/events with each tenant's secret "
                          "(start it with --secret to open /events too)")
        try:
            target = journal_for(tenant)
        except NoJournal as exc:
            return _error(404, str(exc))
        if req.content_length is not None and req.content_length > config.max_body_bytes:
            return too_large(None)  # refused on its Content-Length, before reading a byte of it
        body = req.get_data(cache=False)
        try:
            webhook_id = authenticate(source, req, body, token, tenant)
        except auth.AuthFailed as exc:
            counters.add(rejected=1)
            log.warning("rejected", extra={"fields": {"source": source, "tenant": target.tenant, "reason": str(exc)}})
            return _error(401, str(exc))
        try:
            rows = to_rows(source, req, parse_body(body), convert)
            derived = [r["event_id"] for r in rows if r.pop("_derived")]
            config.scrubber.flush()
            result = target.store(rows, source, webhook_id, body, derived=derived)
        except InputError as exc:
            counters.add(rejected=1)
            return _error(400, str(exc), exc.field)
        except DeliveryConflict:
            counters.add(rejected=1)
            return _error(409, "this webhook-id was already used for a different body", "webhook-id")
        except journal_errors() as exc:
            log.error("journal unavailable", extra={"fields": {"error": str(exc)}})
            return _error(503, "the journal cannot store events right now; send again later")
        counters.add(received=len(result.stored), duplicates=len(result.duplicates))
        log.info("stored", extra={"fields": {"source": source, "tenant": target.tenant, "stored": len(result.stored),
                                             "duplicates": len(result.duplicates)}})
        return jsonify({"ok": True, "stored": result.stored, "duplicates": result.duplicates}), 202

    @app.post("/events")
    @app.post("/events/<token>")
    def post_events(token: str | None = None) -> Any:
        return accept("events", request, token, None)

    @app.post("/hooks/<source>")
    @app.post("/hooks/<source>/<token>")
    def post_hook(source: str, token: str | None = None) -> Any:
        convert = adapters.ADAPTERS.get(source)
        if convert is None:
            return _error(404, f"unknown source {source!r}; known: {', '.join(sorted(adapters.ADAPTERS))}")
        return accept(source, request, token, convert)

    @app.post("/t/<tenant>/events")
    @app.post("/t/<tenant>/events/<token>")
    def post_tenant_events(tenant: str, token: str | None = None) -> Any:
        return accept("events", request, token, None, tenant)

    @app.post("/t/<tenant>/hooks/<source>")
    @app.post("/t/<tenant>/hooks/<source>/<token>")
    def post_tenant_hook(tenant: str, source: str, token: str | None = None) -> Any:
        convert = adapters.ADAPTERS.get(source)
        if convert is None:
            return _error(404, f"unknown source {source!r}; known: {', '.join(sorted(adapters.ADAPTERS))}")
        return accept(source, request, token, convert, tenant)

    @app.get("/healthz")
    def healthz() -> Any:
        return jsonify({"ok": True})

    @app.get("/t/<tenant>/stats")
    @app.get("/t/<tenant>/stats/<token>")
    def tenant_stats(tenant: str, token: str | None = None) -> Any:
        """One tenant's journal counts, for holders of that tenant's secret."""
        try:
            target = journal_for(tenant)
            authenticate("events", request, b"", token, tenant)
        except NoJournal as exc:
            return _error(404, str(exc))
        except auth.AuthFailed as exc:
            return _error(401, str(exc))
        return jsonify({"tenant": tenant, **target.counts()})

    @app.get("/stats")
    @app.get("/stats/<token>")
    def stats(token: str | None = None) -> Any:
        """Counters and the last flush error (which may name files): for holders of the secret only."""
        try:
            authenticate("events", request, b"", token)
        except auth.AuthFailed as exc:
            return _error(401, str(exc))
        with counters.lock, state.lock:
            body = {"received": counters.received, "duplicates": counters.duplicates,
                    "rejected": counters.rejected, **journal.counts(), "flushed": state.flushed,
                    "last_flush_at": state.last_flush_at, "last_flush_error": state.last_error}
        return jsonify(body)

    @app.errorhandler(413)
    def too_large(_: Any) -> Any:
        counters.add(rejected=1)
        return _error(413, f"the body is larger than {config.max_body_bytes} bytes", "body")

    @app.errorhandler(404)
    def not_found(_: Any) -> Any:
        tenants = ", POST /t/<tenant>/events, POST /t/<tenant>/hooks/<platform>" if config.tenants else ""
        return _error(404, f"no such endpoint: POST /events, POST /hooks/<platform>{tenants}, GET /healthz, GET /stats")

    @app.errorhandler(405)
    def not_allowed(_: Any) -> Any:
        return _error(405, "use POST with a JSON body")

    @app.errorhandler(Exception)
    def unexpected(exc: Exception) -> Any:
        if isinstance(exc, HTTPException):
            return _error(exc.code or 500, exc.description or exc.name)
        log.error("unexpected error", extra={"fields": {"error": f"{exc.__class__.__name__}: {exc}"[:300]}})
        return _error(500, "unexpected error; nothing was stored (the log says more)")

    return app


class JsonLines(logging.Formatter):
    """One JSON object per log line: time, level, message and fields (seed 002: info/warning/error)."""

    def format(self, record: logging.LogRecord) -> str:
        line = {"ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"), "level": record.levelname.lower(),
                "msg": record.getMessage(), **getattr(record, "fields", {})}
        return json.dumps(line, ensure_ascii=False)
