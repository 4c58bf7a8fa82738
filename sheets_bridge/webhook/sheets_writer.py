"""One writer delivering many tenants' journalled events to their workbooks, within Google's Sheets quotas.

Google Sheets allows 300 write and 300 read requests a minute per project, and 60 of each per user per project
(a service account is one user). :class:`SheetsLimiter` keeps token buckets for both, shared by every tenant, and
:func:`throttle` makes each HTTP request of a Google workbook wait for its tokens. :class:`TenantWriter` gives each
tenant with pending events one batch per round (claimed from the journal, so several writers deliver each event
once): a tenant's batch is one ``batchUpdate``, whatever the number of events in it.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..workbook import Workbook
from ..workbook.postgres import PostgresWorkbook
from .flusher import flush_once, remove_duplicates
from .journals import JournalLike
from .pgjournal import PgJournal

log = logging.getLogger("sheets_bridge.webhook")

PROJECT_PER_MINUTE = 300  # Sheets API: requests per minute per project (reads and writes counted apart)
USER_PER_MINUTE = 60  # … per user per project
SHEETS_API_PATH = "/v4/spreadsheets"


class Clock(Protocol):
    def now(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """Monotonic time and real sleeping."""

    def now(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


@dataclass
class TokenBucket:
    """``per_minute`` tokens a minute at most in any 60 s: a ``burst`` at once, the rest refilled evenly.

    In any window of 60 s a bucket hands out at most ``burst`` + its refill (``per_minute - burst``) tokens.
    """

    per_minute: float
    clock: Clock
    burst: float = 0.0
    tokens: float = field(init=False)
    stamp: float = field(init=False)

    def __post_init__(self) -> None:
        self.burst = self.burst or max(1.0, self.per_minute // 10)
        if not 0 < self.burst < self.per_minute:
            raise ValueError("burst must be between 0 and per_minute")
        self.tokens, self.stamp = self.burst, self.clock.now()

    @property
    def rate(self) -> float:
        """Tokens per second of refill."""
        return (self.per_minute - self.burst) / 60.0

    def _refill(self) -> None:
        now = self.clock.now()
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now

    def wait_time(self, n: float = 1.0) -> float:
        """Seconds until ``n`` tokens are there (0 when they are now)."""
        self._refill()
        missing = n - self.tokens
        return 0.0 if missing <= 1e-9 else missing / self.rate  # a rounding crumb is not worth a sleep

    def take(self, n: float = 1.0) -> None:
        self._refill()
        self.tokens -= n


class SheetsLimiter:
    """The quotas of one Google Cloud project, shared by every tenant's writes (thread-safe)."""

    def __init__(self, clock: Clock | None = None, project_per_minute: int = PROJECT_PER_MINUTE,
                 user_per_minute: int = USER_PER_MINUTE) -> None:
        self.clock = clock or SystemClock()
        self.project_per_minute, self.user_per_minute = project_per_minute, user_per_minute
        self._buckets: dict[tuple[str, str], TokenBucket] = {}
        self._lock = threading.Lock()
        self.waited = 0.0
        self.granted: list[tuple[float, str, str]] = []  # (time, kind, user): what /stats and the tests look at

    def _bucket(self, kind: str, user: str) -> TokenBucket:
        key = (kind, user)
        if key not in self._buckets:
            per = self.project_per_minute if user == "" else self.user_per_minute
            self._buckets[key] = TokenBucket(per, self.clock)
        return self._buckets[key]

    def acquire(self, kind: str, user: str) -> float:
        """Wait until the project and ``user`` may send one more ``kind`` (read/write) request; returns the wait."""
        waited = 0.0
        with self._lock:
            buckets = [self._bucket(kind, ""), self._bucket(kind, user)]
            while (wait := max(b.wait_time() for b in buckets)) > 0:
                self.clock.sleep(wait)
                waited += wait
            for b in buckets:
                b.take()
            self.waited += waited
            self.granted.append((self.clock.now(), kind, user))
            del self.granted[:-10_000]
        return waited


def request_kind(method: str) -> str:
    return "read" if method.upper() == "GET" else "write"


def throttle(workbook: Workbook, limiter: SheetsLimiter, user: str = "") -> Workbook:
    """Make every Sheets API request of a Google workbook wait for the limiter (retries included)."""
    http = getattr(getattr(workbook, "_client", None), "http_client", None)
    session = getattr(http, "session", None)
    if session is None:
        return workbook  # not a Google workbook: nothing to limit
    user = user or str(getattr(getattr(http, "auth", None), "service_account_email", "") or "service-account")
    send = session.request

    def request(method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        if SHEETS_API_PATH in url:
            limiter.acquire(request_kind(method), user)
        return send(method, url, *args, **kwargs)

    session.request = request
    return workbook


def deliver_batch(journal: JournalLike, workbook: Workbook, batch: int = 500) -> int:
    """Claim up to ``batch`` pending events, write them (and their messages), mark them flushed; returns how many.

    The flusher's own step (:func:`~sheets_bridge.webhook.flusher.flush_once`): both tabs are read before anything is
    written, so on Google Sheets a batch is one ``batchUpdate``; an event already in the sheet is not written again,
    its missing messages are, and rows a late write doubled are removed.
    """
    return flush_once(journal, workbook, batch)


@dataclass
class Target:
    """Where one tenant's events come from and go to."""

    journal: JournalLike
    open_workbook: Callable[[], Workbook]
    user: str = ""  # the Google account its requests count against (default: the key's service account)
    workbook: Workbook | None = None
    heal_at: float | None = None  # when to look once more for rows a late write doubled (see Flusher)


class TenantWriter:
    """Round-robin delivery for many tenants: each round gives every tenant with pending events one batch."""

    def __init__(self, targets: Mapping[str, Target], limiter: SheetsLimiter | None = None, batch: int = 500, *,
                 heal_after: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.targets, self.limiter, self.batch = dict(targets), limiter, batch
        self.heal_after, self.clock = heal_after, clock
        self.delivered: dict[str, int] = dict.fromkeys(self.targets, 0)
        self.errors: dict[str, str] = {}

    def _workbook(self, target: Target) -> Workbook:
        if target.workbook is None:
            if self.limiter:  # opening reads the spreadsheet's metadata: one read request
                self.limiter.acquire("read", target.user or "service-account")
            wb = target.open_workbook()
            target.workbook = throttle(wb, self.limiter, target.user) if self.limiter else wb
        return target.workbook

    @staticmethod
    def _has_pending(target: Target, shared: dict[str, set[str]]) -> bool:
        """Whether the target's tenant has events to deliver: on a shared journal one query a round tells for every
        tenant (``shared`` keeps its answer per database), not one count per tenant."""
        journal = target.journal
        if not isinstance(journal, PgJournal):
            return bool(journal.counts()["pending_flush"])
        if journal.location not in shared:
            shared[journal.location] = set(journal.tenants_pending())
        return journal.tenant in shared[journal.location]

    def _deliver(self, target: Target, shared: dict[str, set[str]]) -> int:
        """One batch of the target's pending events; with none pending, the heal that is due (as the Flusher)."""
        if not self._has_pending(target, shared):
            if target.heal_at is not None and self.clock() >= target.heal_at:
                remove_duplicates(self._workbook(target))
                target.heal_at = None
                if isinstance(target.workbook, PostgresWorkbook):
                    self._close(target)
            return 0
        try:
            n = deliver_batch(target.journal, self._workbook(target), self.batch)
        finally:
            if isinstance(target.workbook, PostgresWorkbook):
                self._close(target)
        target.heal_at = self.clock() + self.heal_after
        return n

    @staticmethod
    def _close(target: Target) -> None:
        """Forget the target's workbook (reopened next time). A PostgreSQL one gives its connection back after each
        batch, so hundreds of tenants do not hold hundreds of connections; a Google one is kept while it works
        (opening it costs a read request)."""
        if target.workbook is not None:
            with contextlib.suppress(Exception):
                target.workbook.close()
        target.workbook = None

    def deliver_round(self) -> int:
        """One batch for each tenant that has events pending; a failing tenant does not stop the others."""
        total, shared = 0, dict[str, set[str]]()  # shared: pending tenants per database, asked once a round
        for name, target in self.targets.items():
            try:
                n = self._deliver(target, shared)
            except Exception as exc:  # noqa: BLE001 - one tenant's sheet must not block the rest
                self.errors[name] = f"{exc.__class__.__name__}: {exc}"[:500]
                self._close(target)  # reopen next time (credentials, network)
                log.warning("delivery failed; events stay in the journal",
                            extra={"fields": {"tenant": name, "error": self.errors[name]}})
                continue
            self.errors.pop(name, None)
            self.delivered[name] += n
            total += n
        return total

    def deliver_all(self, max_rounds: int = 1_000_000) -> int:
        """Rounds until no tenant has anything left (or only failing tenants do)."""
        total = 0
        for _ in range(max_rounds):
            n = self.deliver_round()
            total += n
            if n == 0:
                break
        return total

    def run(self, stop: threading.Event, interval: float = 2.0) -> None:
        """Deliver until ``stop`` is set, resting ``interval`` s when nothing is pending."""
        while not stop.is_set():
            if self.deliver_round() == 0:
                stop.wait(interval)
