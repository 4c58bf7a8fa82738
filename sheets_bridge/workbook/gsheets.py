"""The Google Sheets backend, on gspread with service-account credentials.

Every write is ``RAW`` (text is never parsed as a formula); an append that fits one request is an
``appendCells`` in the batch's ``batchUpdate``, a bigger one is sent as compact ``values.append`` calls (about a
fifth of the bytes), a replace one ``batchUpdate``. Rows for a tab the same batch makes are written in place: the tab
is made their size, and they go as ranges of compact ``values.batchUpdate`` bodies, several tabs to a body (a year's
first import: four requests). Bodies go out as compact UTF-8 JSON, measured as sent.
gspread 6.2.1's own ``BackOffHTTPClient`` retries forever and has no timeout, so :class:`RetryingHTTPClient`
caps retries (exponential backoff with jitter, honouring ``Retry-After``) and every request has a timeout.
"""

from __future__ import annotations

import contextlib
import json
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import filelock

from ..errors import (
    AuthError,
    BackendUnavailableError,
    InputError,
    WorkbookAccessError,
    WorkbookError,
    WorkbookFullError,
    WorkbookLockedError,
    WorkbookNotFoundError,
)
from ..retry import RetryPolicy, header_seconds
from .base import Workbook
from .formats import sheets_format_requests, sheets_number_formats
from .schema import TAB_NAMES, header_for, legend_rows

GOOGLE_API_ROOT = "https://sheets.googleapis.com"
SCOPES = ("https://www.googleapis.com/auth/spreadsheets",)
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
CELL_LIMIT = 10_000_000
_ENVELOPE = 1_000  # room in a request for what surrounds the rows
_UPDATE_CELLS = 200  # an updateCells request's bytes around its rows, counted generously
_VALUE_RANGE = 100  # a values.batchUpdate range's bytes around its rows, counted generously, and twice the tab's name


@dataclass(frozen=True)
class SheetsConfig:
    """How the Sheets backend talks to Google. The defaults suit production."""

    api_root: str = GOOGLE_API_ROOT
    timeout: tuple[float, float] = (10.0, 60.0)
    max_retries: int = 5
    backoff_base: float = 2.0
    backoff_max: float = 64.0
    # After an append's answer is lost, how many times the tabs' tails are read (waiting backoff_base, doubling,
    # between reads) before the rows are sent again: Google may apply a write seconds after its answer timed out.
    landing_checks: int = 4
    # Google refuses a request body over 10,485,760 bytes ("Request payload size exceeds the limit") and advises
    # about 2 MB for speed; with 60 writes a minute, fewer requests matter more to a year's import than that advice.
    # Bodies are measured exactly as sent (typed cells generously), so 10 MB leaves 485 KB to spare.
    max_request_bytes: int = 10_000_000
    cell_limit: int = CELL_LIMIT
    lock_folder: str | None = None  # where the per-spreadsheet lock files live (default: the temp folder)
    lock_timeout: float = 60.0
    requests_per_minute: int = 60  # Google's quota per user per minute, reads and writes alike
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)
    clock: Callable[[], float] = field(default=time.monotonic, repr=False, compare=False)

    def lock_dir(self) -> Path:
        return Path(self.lock_folder or tempfile.gettempdir())


def spreadsheet_key(workbook: str) -> str:
    """The spreadsheet key from a Google Sheets URL, or the key itself."""
    import gspread.utils

    if workbook.startswith(("http://", "https://")):
        try:
            return gspread.utils.extract_id_from_url(workbook)
        except gspread.exceptions.NoValidUrlKeyFound as exc:
            raise InputError("not a Google Sheets URL (expected …/spreadsheets/d/KEY/…)",
                             field="--workbook") from exc
    return workbook


def load_credentials(path: str | Path) -> Any:
    """Service-account (or authorized-user) credentials from a JSON key file."""
    path = Path(path)
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise AuthError(
            f"credentials file {path} does not exist; create a service-account key in Google Cloud "
            "(IAM → Service accounts → Keys → JSON) and pass it with --credentials"
        ) from exc
    except (OSError, ValueError) as exc:
        raise AuthError(f"credentials file {path} is not readable JSON: {exc}") from exc
    return credentials_from_info(info, source=str(path))


def credentials_from_info(info: dict[str, Any], source: str = "credentials") -> Any:
    """Credentials from the parsed key JSON (the ``_from_dict`` twin of :func:`load_credentials`)."""
    kind = info.get("type") if isinstance(info, dict) else None
    try:
        if kind == "service_account":
            from google.oauth2 import service_account

            return service_account.Credentials.from_service_account_info(info, scopes=list(SCOPES))
        if kind == "authorized_user":
            from google.oauth2.credentials import Credentials

            return Credentials.from_authorized_user_info(info, scopes=list(SCOPES))
    except (ValueError, KeyError) as exc:
        raise AuthError(f"{source} is not a valid Google key file: {exc}") from exc
    raise AuthError(f"{source} is not a service-account key (its \"type\" is {kind!r})")


class AnswerLost(BackendUnavailableError):
    """A write may or may not have been applied (its answer timed out or was a server error)."""


class _NotLanded(Exception):
    """The tabs' tails do not hold the rows of a write whose answer was lost (yet)."""


def _status(exc: BaseException) -> int | None:
    import gspread

    return exc.response.status_code if isinstance(exc, gspread.exceptions.APIError) else None


def _retryable(exc: BaseException, idempotent: bool) -> bool:
    """Retry a read or an idempotent write on any temporary failure; a write that is not idempotent only when the
    failure proves nothing was applied (quota 429, request timeout 408, a connection never made)."""
    import requests

    status = _status(exc)
    if status is not None:
        return status in RETRY_STATUSES if idempotent else status in (408, 429)
    if isinstance(exc, requests.ConnectTimeout):
        return True
    if isinstance(exc, (requests.ConnectionError, requests.Timeout)):
        return idempotent
    return False


def _error_reason(response: Any) -> tuple[str, str]:
    """(the reason Google gives — SERVICE_DISABLED, FAILED_PRECONDITION … —, a link or text worth showing)."""
    try:
        error = response.json().get("error", {})
    except (ValueError, AttributeError):
        return "", ""
    for item in error.get("details") or []:
        if isinstance(item, dict) and item.get("reason"):
            meta = item.get("metadata") or {}
            return str(item["reason"]), str(meta.get("activationUrl", ""))
    message = str(error.get("message", ""))
    if "has not been used in project" in message or "is disabled" in message:
        return "SERVICE_DISABLED", ""
    return str(error.get("status", "")), ""


class RequestBudget:
    """At most ``per_minute`` requests in any 60 s (Google: 60 requests per minute per user), so a busy flusher
    waits its turn instead of running into 429s. One budget per process and service account."""

    def __init__(self, per_minute: int, clock: Callable[[], float], sleep: Callable[[float], None]) -> None:
        self.per_minute, self.clock, self.sleep = per_minute, clock, sleep
        self.sent: list[float] = []
        self.lock = threading.Lock()

    def take(self) -> None:
        with self.lock:
            now = self.clock()
            self.sent = [t for t in self.sent if now - t < 60.0]
            if len(self.sent) >= self.per_minute:
                self.sleep(60.0 - (now - self.sent[0]))
                now = self.clock()
                self.sent = [t for t in self.sent if now - t < 60.0]
            self.sent.append(now)


def _retry_after(exc: BaseException) -> float | None:
    response = getattr(exc, "response", None)
    return header_seconds(response.headers.get("Retry-After")) if _status(exc) and response is not None else None


def _make_http_client(config: SheetsConfig) -> Any:
    import gspread

    policy = RetryPolicy(attempts=config.max_retries + 1, base=config.backoff_base, cap=config.backoff_max,
                         sleep=config.sleep)
    budget = RequestBudget(config.requests_per_minute, config.clock, config.sleep)

    class RetryingHTTPClient(gspread.HTTPClient):
        """gspread's client with the project's retry policy; ``idempotent`` is switched off around appends."""

        idempotent = True

        def request(self, *args: Any, **kwargs: Any) -> Any:
            idempotent = self.idempotent
            if kwargs.get("json") is not None:  # requests would write it with every Cyrillic letter as six bytes
                kwargs["data"] = request_body(kwargs.pop("json"))
                kwargs["headers"] = {**(kwargs.get("headers") or {}), "Content-Type": "application/json; charset=UTF-8"}

            def once() -> Any:
                budget.take()
                return super(RetryingHTTPClient, self).request(*args, **kwargs)

            return policy.call(once,
                               retry=lambda exc: _retryable(exc, idempotent),
                               retry_after=_retry_after)

    return RetryingHTTPClient


def make_client(credentials: Any, config: SheetsConfig | None = None) -> Any:
    """A gspread Client with capped retries, timeouts, and requests sent to ``config.api_root``."""
    import gspread
    from google.auth.transport.requests import AuthorizedSession

    root = (config or SheetsConfig()).api_root
    config = config or SheetsConfig()

    class RootedSession(AuthorizedSession):
        def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
            if root != GOOGLE_API_ROOT and url.startswith(GOOGLE_API_ROOT):
                url = root.rstrip("/") + url[len(GOOGLE_API_ROOT):]
            return super().request(method, url, *args, **kwargs)

    client = gspread.Client(auth=None, session=RootedSession(credentials),  # type: ignore[arg-type]
                            http_client=_make_http_client(config))
    client.set_timeout(config.timeout)
    client.http_client.auth = credentials
    return client


def request_body(body: Any) -> bytes:
    """A request's JSON as sent and as measured against ``max_request_bytes``: compact, UTF-8."""
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode()


@dataclass(frozen=True)
class _ValuesAppend:
    """Rows for a ``values.append`` call: an append too big for one ``batchUpdate`` goes in this compact form."""

    tab: str
    rows: list[list[Any]]


@dataclass(frozen=True)
class _Created:
    """A new tab's ``addSheet``, header and formats. Sent ahead of the rest of its batch (nothing queued before it can
    name a tab that did not exist yet), so every tab a batch makes is made by its first request."""

    requests: list[dict[str, Any]]


@dataclass(frozen=True)
class _ValuesWrite:
    """Rows for a tab made in the same batch, at rows the batch itself knows (``row``: the first one's, 1-based) in a
    grid made that size: sent as ranges of ``values.batchUpdate`` (compact, several tabs in one request, and
    idempotent), or as typed ``updateCells`` in the ``batchUpdate`` before them when that saves a request."""

    tab: str
    sheet_id: int
    row: int
    rows: list[list[Any]]
    sizes: list[int]  # each row's compact JSON bytes, and one for its comma

    def part(self, start: int, end: int) -> _ValuesWrite:
        return _ValuesWrite(self.tab, self.sheet_id, self.row + start, self.rows[start:end], self.sizes[start:end])


@dataclass
class _NewTab:
    """A tab made by the queued batch: the grid its ``addSheet`` will make, and the row its next rows go to."""

    grid: dict[str, Any]
    next_row: int = 2


#: a queued write: a batchUpdate request, a values.append, a new tab or rows for one, with (tab, first cells of the
#: rows it appends) when the write appends
_Queued = tuple[dict[str, Any] | _ValuesAppend | _Created | _ValuesWrite, tuple[str, list[Any]] | None]


def _a1(tab: str, cells: str = "") -> str:
    quoted = "'" + tab.replace("'", "''") + "'"
    return f"{quoted}!{cells}" if cells else quoted


class GoogleSheetsWorkbook(Workbook):
    """A workbook kept in a Google spreadsheet.

    Every write is a ``spreadsheets.batchUpdate`` request (``RAW`` values: text is never parsed). Inside
    ``with wb.batch():`` the writes are queued and sent as one ``batchUpdate`` at the end, which Google applies
    all or nothing; a batch larger than one request (``max_request_bytes``) is sent in several, in order, except
    that the tabs it makes are made by the first.
    A batch also holds a lock file per spreadsheet on this machine, so two sheets-bridge processes here (``serve``
    and a manual ``flush``) never interleave their read-then-append. Appends are never repeated blindly: when an
    answer is lost, the tab's tail is read to see whether the rows arrived — again after a wait, a few times
    (``landing_checks``), since Google may apply a write after its answer timed out — before sending them again;
    a request that makes tabs has arrived if the tabs are there. Rows written in place are simply sent again.
    """

    max_cell_chars = 50_000  # Google's limit per cell

    def __init__(self, key: str, client: Any, config: SheetsConfig | None = None) -> None:
        self.key = key
        self.location = f"Google spreadsheet {key}"
        self.config = config or SheetsConfig()
        self._client = client
        self._sheets: dict[str, dict[str, Any]] = {}
        self._headers: dict[str, list[str]] = {}
        self._fetched: dict[str, list[list[Any]]] = {}  # prefetch(): tabs fetched together, each for its next read
        self._legend_checked = False  # init_tabs compared the legend with this version's once
        self._http = client.http_client  # gspread's HTTPClient: one method per API endpoint
        self._queue: list[_Queued] | None = None
        self._new_tabs: dict[str, _NewTab] = {}  # tabs the queue makes: their rows are written at known places
        self._depth = 0
        self._remember(self._call(lambda: self._http.fetch_sheet_metadata(key)))

    # --- plumbing --------------------------------------------------------------------------
    def _remember(self, metadata: dict[str, Any]) -> None:
        self._sheets = {s["properties"]["title"]: s["properties"] for s in metadata.get("sheets", [])}

    def _call(self, fn: Callable[[], Any]) -> Any:
        """Run one API call, turning gspread's and google-auth's errors into ours."""
        import gspread
        import requests
        from google.auth.exceptions import GoogleAuthError, RefreshError

        try:
            return fn()
        except gspread.exceptions.APIError as exc:
            status = exc.response.status_code
            reason, detail = _error_reason(exc.response)
            if status == 404:
                raise WorkbookNotFoundError(
                    f"spreadsheet {self.key} not found; check the URL or key passed as --workbook") from exc
            if status == 403 and reason in ("SERVICE_DISABLED", "ACCESS_NOT_CONFIGURED"):
                where = detail or "Google Cloud console → APIs & Services → Library → Google Sheets API → Enable"
                raise WorkbookAccessError(
                    "the Google Sheets API is not enabled in the Google Cloud project of this service account: "
                    f"enable it ({where}), wait a few minutes and run the command again") from exc
            if status == 403:
                raise WorkbookAccessError(self._no_access()) from exc
            if status == 400 and reason == "FAILED_PRECONDITION":
                raise WorkbookError(
                    f"{self.key} is not a Google Sheet but an uploaded file (an .xlsx in Drive, which the Sheets API "
                    "cannot edit): open it in Google Sheets, choose File → Save as Google Sheets, and pass the new "
                    "sheet's URL as --workbook") from exc
            if status == 401:
                raise AuthError(f"Google rejected the credentials ({exc}); check the key file") from exc
            if status in RETRY_STATUSES:
                raise BackendUnavailableError(
                    f"Google Sheets answered {status} (after the retries allowed: {self.config.max_retries}); "
                    "the data is safe, run the command again later") from exc
            raise WorkbookError(f"Google Sheets refused the request: {exc}") from exc
        except RefreshError as exc:
            raise AuthError(
                f"Google rejected the credentials ({exc}); the service-account key may be deleted or "
                "disabled: create a new key and pass it with --credentials") from exc
        except GoogleAuthError as exc:
            raise AuthError(f"cannot authenticate with Google: {exc}") from exc
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise BackendUnavailableError(
                f"cannot reach Google Sheets ({exc.__class__.__name__}); check the network and retry"
            ) from exc

    def _no_access(self) -> str:
        email = getattr(getattr(self._client.http_client, "auth", None), "service_account_email", None)
        who = f"the service account {email}" if email else "these credentials"
        return (f"{who} may not open spreadsheet {self.key}: share the sheet with "
                f"{email or 'the service account e-mail'} as Editor")

    def _cells_used(self) -> int:
        return sum(p["gridProperties"]["rowCount"] * p["gridProperties"]["columnCount"]
                   for p in self._sheets.values() if "gridProperties" in p)

    def _check_room(self, tab: str, extra_rows: int, width: int) -> None:
        used = self._cells_used()
        if used + extra_rows * width > self.config.cell_limit:
            raise WorkbookFullError(
                f"writing {extra_rows:,} rows to '{tab}' would take {self.location} past Google's "
                f"{self.config.cell_limit:,}-cell limit (about {used:,} cells now); run "
                "`sheets-bridge purge --older-than 180d` or start a new spreadsheet")

    # --- batching: one batchUpdate per batch -------------------------------------------------
    @contextlib.contextmanager
    def _outermost_batch(self) -> Iterator[None]:
        """Queue the writes and send them as one atomic ``batchUpdate``; hold this machine's lock meanwhile."""
        lock = filelock.FileLock(str(self.config.lock_dir() / f"sheets-bridge-{self.key}.lock"),
                                 timeout=self.config.lock_timeout)
        try:
            lock.acquire()
        except filelock.Timeout as exc:
            raise WorkbookLockedError(f"{self.location} is being written by another sheets-bridge process on this "
                                      "machine; wait for it to finish and try again") from exc
        self._depth, self._queue = 1, []
        self._fetched.clear()  # a read under the lock is fresh: another writer may have written before it was taken
        try:
            yield
            self._send_queue()
        except BaseException:
            self._forget()  # what was queued was not sent; cached metadata may be ahead of Google: reload it
            raise
        finally:
            self._depth, self._queue = 0, None
            self._new_tabs.clear()
            lock.release()

    def _forget(self) -> None:
        self._queue = []
        self._new_tabs.clear()
        self._headers.clear()
        self._fetched.clear()
        with contextlib.suppress(WorkbookError):
            self._remember(self._call(lambda: self._http.fetch_sheet_metadata(self.key)))

    def _submit(self, requests_: Sequence[dict[str, Any] | _ValuesAppend | _Created | _ValuesWrite],
                appended: tuple[str, list[Any]] | None = None) -> None:
        """Queue requests inside a batch, or send them now. ``appended`` = (tab, first cells of appended rows)."""
        items = [(r, None) for r in requests_[:-1]] + [(requests_[-1], appended)] if requests_ else []
        if self._queue is not None:
            self._queue.extend(items)
        else:
            self._send(items)

    def _send_queue(self) -> None:
        queue, self._queue = self._queue or [], []
        self._new_tabs.clear()  # sent: rows for those tabs are appended from now on
        self._send(queue)

    def _send(self, items: list[_Queued]) -> None:
        """Send queued items in order, except that the new tabs are made first: runs of batchUpdate requests in as
        few bodies as fit, each values.append alone, runs of rows for new tabs in as few values.batchUpdate bodies."""
        run: list[tuple[dict[str, Any], tuple[str, list[Any]] | None]] = [
            (r, None) for request, _ in items if isinstance(request, _Created) for r in request.requests]
        writes: list[_ValuesWrite] = []
        for request, appended in items:
            if isinstance(request, _Created):
                continue
            if isinstance(request, _ValuesWrite):
                writes.append(request)
                continue
            if writes:
                run, writes = self._place_writes(run, writes), []
            if isinstance(request, _ValuesAppend):
                self._send_updates(run)
                run = []
                params = {"valueInputOption": "RAW", "insertDataOption": "INSERT_ROWS"}  # never over what is below
                self._send_append(lambda v=request, p=params: self._http.values_append(  # type: ignore[misc]
                    self.key, _a1(v.tab), params=p, body={"values": v.rows}),
                    lambda a=[appended] if appended else []: self._tails_hold(a))  # type: ignore[misc]
            else:
                run.append((request, appended))
        self._send_updates(self._place_writes(run, writes))

    def _place_writes(self, run: list[tuple[dict[str, Any], tuple[str, list[Any]] | None]],
                      writes: list[_ValuesWrite]) -> list[tuple[dict[str, Any], tuple[str, list[Any]] | None]]:
        """Rows for new tabs that fit the last batchUpdate body of ``run`` as typed cells join it (the run goes on, in
        one atomic body); more are sent now, after the run. Returns the run that goes on."""
        if not writes:
            return run
        if run:
            counts = _typed_counts(writes, self._room_left(run))
            if not _rows_left(writes, counts):  # all of them fit: typed cells are only made then
                return run + [(r, None) for r in _typed_head(writes, counts)]
        self._send_writes(run, writes)
        return []

    def _send_writes(self, run: list[tuple[dict[str, Any], tuple[str, list[Any]] | None]],
                     writes: list[_ValuesWrite]) -> None:
        """The batchUpdate requests before rows for new tabs, then the rows. When it saves a values.batchUpdate, the
        first rows go as typed cells in the room the last batchUpdate body has left: as few as it takes (typed cells
        are about 2.5 times the bytes), else as many as fit."""
        limit = self.config.max_request_bytes - _ENVELOPE
        bodies = _values_bodies(writes, limit)
        if run and bodies:
            room = self._room_left(run)
            over = sum(sum(w.sizes) for w in writes) - (len(bodies) - 1) * limit  # what one body fewer cannot hold
            for enough in (over + limit // 100, None):
                counts = _typed_counts(writes, room, enough)
                fewer = _values_bodies(_rows_left(writes, counts), limit)
                if any(counts) and len(fewer) < len(bodies):
                    run, bodies = run + [(r, None) for r in _typed_head(writes, counts)], fewer
                    break
        self._send_updates(run)
        for body in bodies:  # rows at fixed places: sending one again writes the same cells
            self._call(lambda b=body: self._http.values_batch_update(self.key, b))  # type: ignore[misc]

    def _room_left(self, run: list[tuple[dict[str, Any], tuple[str, list[Any]] | None]]) -> int:
        """The bytes left in the last batchUpdate body ``run`` will be sent in (grouped as :meth:`_send_updates`
        groups them)."""
        sizes = [len(request_body(r)) + 1 for r, _ in run]
        start, end = list(_spans(sizes, self.config.max_request_bytes))[-1]
        return self.config.max_request_bytes - _ENVELOPE - sum(sizes[start:end])

    def _send_updates(self, items: list[tuple[dict[str, Any], tuple[str, list[Any]] | None]]) -> None:
        """batchUpdate requests, in as few bodies of at most ``max_request_bytes`` as they fit. Google applies a body
        all or nothing, so one that makes a tab has arrived when the tab is there."""
        for chunk in _request_chunks(items, self.config.max_request_bytes):
            made = [r["addSheet"]["properties"]["title"] for r, _ in chunk if "addSheet" in r]
            landing = [a for _, a in chunk if a is not None]
            body: dict[str, Any] = {"requests": [r for r, _ in chunk]}
            if made:
                self._send_append(lambda b=body: self._http.batch_update(self.key, b),  # type: ignore[misc]
                                  lambda t=made: self._tabs_exist(t))  # type: ignore[misc]
            elif landing:
                self._send_append(lambda b=body: self._http.batch_update(self.key, b),  # type: ignore[misc]
                                  lambda a=landing: self._tails_hold(a))  # type: ignore[misc]
            else:
                self._call(lambda b=body: self._http.batch_update(self.key, b))  # type: ignore[misc]

    def _send_append(self, send: Callable[[], Any], arrived: Callable[[], bool]) -> None:
        """Send a request that must not be applied twice (it appends rows or makes tabs); when its answer is lost, ask
        ``arrived`` whether it was applied after all before sending it again."""
        policy = RetryPolicy(attempts=self.config.max_retries + 1, base=self.config.backoff_base,
                             cap=self.config.backoff_max, sleep=self.config.sleep)
        first = [True]

        def attempt() -> None:
            if not first[0] and self._landed(arrived):
                return  # the lost answer's write did arrive: sending it again would duplicate it
            first[0] = False
            self._http.idempotent = False
            try:
                self._call(send)
            except BackendUnavailableError as exc:
                if isinstance(exc.__cause__, Exception) and _answer_may_be_lost(exc.__cause__):
                    raise AnswerLost(f"{exc} — the rows may not have arrived; none were written twice") from exc
                raise
            finally:
                self._http.idempotent = True

        self._call(lambda: policy.call(attempt, retry=lambda exc: isinstance(exc, AnswerLost)))

    def _landed(self, arrived: Callable[[], bool]) -> bool:
        """Did a write whose answer was lost arrive? ``arrived`` looks now and, while it says no, again after waits
        of ``backoff_base`` doubling (``landing_checks`` looks in all): a write Google applies late is found instead
        of being sent a second time. False only when the last look still does not find it."""
        policy = RetryPolicy(attempts=max(1, self.config.landing_checks), base=self.config.backoff_base,
                             cap=self.config.backoff_max, sleep=self.config.sleep)

        def check() -> None:
            if not arrived():
                raise _NotLanded

        try:
            policy.call(check, retry=lambda exc: isinstance(exc, _NotLanded))
        except _NotLanded:
            return False
        return True

    def _tabs_exist(self, titles: list[str]) -> bool:
        """Are these tabs in the spreadsheet now (read afresh)?"""
        metadata = self._call(lambda: self._http.fetch_sheet_metadata(self.key))
        return set(titles) <= {s["properties"]["title"] for s in metadata.get("sheets", [])}

    def _tails_hold(self, appended: list[tuple[str, list[Any]]]) -> bool:
        """Do the tabs end with the rows we tried to append (compared by their first cell)?"""
        tabs = list(dict.fromkeys(tab for tab, _ in appended))
        reply = self._call(lambda: self._http.values_batch_get(
            self.key, [_a1(t, "A:A") for t in tabs], params={"valueRenderOption": "UNFORMATTED_VALUE"}))
        columns = {t: [str(r[0]) if r else "" for r in (vr.get("values") or [])]
                   for t, vr in zip(tabs, reply.get("valueRanges", []), strict=False)}
        wanted: dict[str, list[str]] = {}
        for tab, cells in appended:
            wanted.setdefault(tab, []).extend(str(c) for c in cells)
        for tab, cells in wanted.items():
            column = columns.get(tab, [])
            if len(column) < len(cells) or column[len(column) - len(cells):] != cells:
                return False
        return True

    # --- the Workbook primitives -------------------------------------------------------------
    def tabs(self) -> list[str]:
        return sorted(self._sheets, key=lambda t: self._sheets[t].get("index", 0))

    def _header(self, tab: str) -> list[str]:
        if tab not in self._headers:
            # every tab's header in the one call: a command that needs one header soon needs the others
            self._load_headers([tab, *(t for t, p in self._sheets.items() if p.get("sheetType", "GRID") == "GRID")])
            if tab not in self._headers:
                raise WorkbookError(f"Google Sheets' reply left out the header of tab '{tab}'; run the command again")
        return self._headers[tab]

    def _create_tab(self, tab: str, header: list[str]) -> None:
        self._create_tabs({tab: header})

    def _create_tabs(self, headers: dict[str, list[str]]) -> None:
        """Add tabs with their header rows in one request (queued inside a batch)."""
        self._check_room(", ".join(headers), 2, max(len(h) for h in headers.values()))
        next_id = max((p.get("sheetId", 0) for p in self._sheets.values()), default=0) + 1
        requests_: list[dict[str, Any]] = []
        for offset, (tab, header) in enumerate(headers.items()):
            # Choosing the sheetId here lets updateCells write the header in the same call.
            sheet_id = next_id + offset
            props: dict[str, Any] = {"sheetId": sheet_id, "title": tab, "index": len(self._sheets),
                                     "gridProperties": {"rowCount": 2, "columnCount": len(header), "frozenRowCount": 1}}
            # its own copy: the grid made grows with rows written in place (_NewTab), not with rows inserted later
            grid_made = dict(props["gridProperties"])
            requests_.append({"addSheet": {"properties": {"sheetId": sheet_id, "title": tab,
                                                          "gridProperties": grid_made}}})
            requests_.append({"updateCells": {"start": {"sheetId": sheet_id, "rowIndex": 0, "columnIndex": 0},
                                              "rows": [_row_data(header)], "fields": "userEnteredValue"}})
            requests_ += sheets_format_requests(sheet_id, tab, header)  # over the grid made: rows written later too
            self._sheets[tab] = props
            self._headers[tab] = list(header)
            if self._queue is not None:  # rows queued for it are written in place, in a grid made their size
                self._new_tabs[tab] = _NewTab(grid_made)
        self._submit([_Created(requests_)])

    def _load_headers(self, tabs: list[str], whole: str | None = None) -> list[list[str]] | None:
        """Fetch the header rows of several tabs, and all of tab ``whole``, in one values:batchGet call."""
        missing = [t for t in dict.fromkeys(tabs) if t not in self._headers and t != whole]
        ranges = [_a1(t, "1:1") for t in missing] + ([_a1(whole)] if whole else [])
        if not ranges:
            return None
        reply = self._call(lambda: self._http.values_batch_get(self.key, ranges))
        got = reply.get("valueRanges", [])
        for tab, value_range in zip(missing, got, strict=False):
            self._headers[tab] = [str(v) for v in (value_range.get("values") or [[]])[0]]
        if whole is None:
            return None
        values = got[len(missing)].get("values", []) if len(got) > len(missing) else []
        rows = [[str(v) for v in row] for row in values] or [[]]
        self._headers[whole] = rows[0]
        return rows

    def init_tabs(self, names: Sequence[str] | None = None) -> list[str]:
        """Create the missing SPEC tabs in one call, and check the others' headers in one more."""
        names = list(names or TAB_NAMES)
        missing = [n for n in names if n not in self._sheets]
        legend = [list(r.values()) for r in legend_rows()] if "legend" in names and not self._legend_checked else None
        # The legend is ours and describes this version's columns: read whole with the headers, rewritten if not so
        legend_now = self._load_headers([n for n in names if n in self._sheets],
                                        whole="legend" if legend is not None and "legend" in self._sheets else None)
        with self.batch():
            if missing:
                self._create_tabs({n: header_for(n) or [] for n in missing})
            for name in names:
                self.ensure_tab(name)
            if legend is not None:
                if legend_now != [header_for("legend"), *legend]:
                    self.replace("legend", legend_rows())
                self._legend_checked = True
        return missing

    def _write_header(self, tab: str, header: list[str]) -> None:
        self._fetched.pop(tab, None)
        self._new_tabs.pop(tab, None)
        props = self._sheets[tab]
        grid = props.setdefault("gridProperties", {})
        requests_: list[dict[str, Any]] = []
        if grid.get("columnCount", 0) < len(header):
            requests_.append({"updateSheetProperties": {
                "properties": {"sheetId": props["sheetId"], "gridProperties": {"columnCount": len(header)}},
                "fields": "gridProperties.columnCount"}})
        requests_.append({"updateCells": {"start": {"sheetId": props["sheetId"], "rowIndex": 0,
                                                    "columnIndex": 0},
                                          "rows": [_row_data(header)], "fields": "userEnteredValue"}})
        requests_ += sheets_format_requests(props["sheetId"], tab, header)
        grid["columnCount"] = max(grid.get("columnCount", 0), len(header))
        self._headers[tab] = list(header)
        self._submit(requests_)

    def prefetch(self, tabs: Sequence[str]) -> None:
        """Fetch the tabs that exist (and are not fetched yet) whole in one ``values:batchGet``; each is handed to its
        next read, and dropped by a write to it first. A reply that leaves a range out leaves that tab to its read."""
        wanted = [t for t in dict.fromkeys(tabs) if t in self._sheets and t not in self._fetched]
        if len(wanted) < 2:
            return  # one tab: its read is the same one call
        if self._queue:
            self._send_queue()  # a read inside a batch sees what the batch wrote so far
        reply = self._call(lambda: self._http.values_batch_get(self.key, [_a1(t) for t in wanted],
                                                               params=_WHOLE_TAB))
        for tab, value_range in zip(wanted, reply.get("valueRanges", []), strict=False):
            self._fetched[tab] = value_range.get("values", [])

    def _read_values(self, tab: str) -> list[list[Any]]:
        if tab in self._fetched:
            return self._fetched.pop(tab)
        if self._queue:
            self._send_queue()  # a read inside a batch sees what the batch wrote so far
        reply = self._call(lambda: self._http.values_get(self.key, _a1(tab), params=_WHOLE_TAB))
        return reply.get("values", [])

    def read_column(self, tab: str, column: str) -> list[str]:
        """One column in one ``values.get`` of its range (an id check fetches the ids, not the whole tab)."""
        if tab not in self._sheets:
            return []
        header = self._header(tab)
        if column not in header:
            return []
        if self._queue:
            self._send_queue()  # a read inside a batch sees what the batch wrote so far
        from .cells import from_cell
        from .ooxml import column_letter

        letter = column_letter(header.index(column) + 1)
        reply = self._call(lambda: self._http.values_get(self.key, _a1(tab, f"{letter}2:{letter}"), params={
            "valueRenderOption": "UNFORMATTED_VALUE", "majorDimension": "COLUMNS"}))
        return [from_cell(v) for v in (reply.get("values") or [[]])[0]]

    def _append_values(self, tab: str, matrix: list[list[Any]]) -> None:
        self._fetched.pop(tab, None)
        width = max(len(r) for r in matrix)
        props = self._sheets[tab]
        # New rows get their columns' display formats: in the appendCells request itself (a repeatCell sent before
        # would not reach the rows it inserts), or after values.append calls as one repeatCell over whole columns.
        header = self._header(tab)
        shown = sheets_number_formats(tab, header)
        values = [_values_row(r) for r in matrix]
        sizes = [len(request_body(r)) + 1 for r in values]
        new = self._new_tabs.get(tab)
        if new is not None:  # made by this batch: the rows go in place, in a grid made to hold them
            rows = max(new.grid["rowCount"], new.next_row + len(matrix) - 1)
            self._check_room(tab, rows - new.grid["rowCount"], width)
            self._submit([_ValuesWrite(tab, props["sheetId"], new.next_row, values, sizes)])
            new.next_row += len(matrix)
            for grid in (new.grid, props["gridProperties"]):
                grid["rowCount"], grid["columnCount"] = rows, max(grid["columnCount"], width)
            return
        self._check_room(tab, len(matrix), width)
        if sum(_typed_sizes(values, sizes, shown)) <= self.config.max_request_bytes - _ENVELOPE:
            # one request either way: the atomic batchUpdate form
            fields = "userEnteredValue,userEnteredFormat.numberFormat" if any(shown) else "userEnteredValue"
            self._submit([{"appendCells": {"sheetId": props["sheetId"], "rows": [_row_data(r, shown) for r in matrix],
                                           "fields": fields}}], (tab, [r[0] for r in matrix]))
        else:
            for start, end in _spans(sizes, self.config.max_request_bytes - _ENVELOPE):
                self._submit([_ValuesAppend(tab, values[start:end])], (tab, [r[0] for r in values[start:end]]))
            self._submit(sheets_format_requests(props["sheetId"], tab, header))  # the new rows' display formats
        grid = props.setdefault("gridProperties", {"rowCount": 0, "columnCount": width})
        grid["rowCount"] = grid.get("rowCount", 0) + len(matrix)

    def _replace_values(self, tab: str, header: list[str], matrix: list[list[Any]]) -> None:
        self._fetched.pop(tab, None)
        self._new_tabs.pop(tab, None)  # rows queued for it before still go first, in place
        props = self._sheets[tab]
        width = max([len(header)] + [len(r) for r in matrix])
        rows_needed = max(len(matrix) + 1, 2)
        grid = props.setdefault("gridProperties", {"rowCount": 0, "columnCount": width})
        self._check_room(tab, max(0, rows_needed - grid.get("rowCount", 0)), width)
        chunks = list(_chunks(matrix, self.config.max_request_bytes))
        first = chunks[0] if chunks else []
        blank_rows = rows_needed - 1 - len(matrix)  # an empty tab keeps one blank row: clear it
        requests_: list[dict[str, Any]] = [
            # Resizing to exactly the rows needed drops the old rows below in the same atomic call.
            {"updateSheetProperties": {
                "properties": {"sheetId": props["sheetId"], "gridProperties": {
                    "rowCount": rows_needed, "columnCount": max(width, grid.get("columnCount", 0))}},
                "fields": "gridProperties.rowCount,gridProperties.columnCount"}},
            {"updateCells": {"start": {"sheetId": props["sheetId"], "rowIndex": 0, "columnIndex": 0},
                             "rows": [_row_data(header)] + [_row_data(r) for r in first]
                             + [_row_data([""] * width)] * blank_rows,
                             "fields": "userEnteredValue"}},
        ]
        row_index = 1 + len(first)
        for chunk in chunks[1:]:
            requests_.append({"updateCells": {
                "start": {"sheetId": props["sheetId"], "rowIndex": row_index, "columnIndex": 0},
                "rows": [_row_data(r) for r in chunk], "fields": "userEnteredValue"}})
            row_index += len(chunk)
        requests_ += sheets_format_requests(props["sheetId"], tab, header)  # after the resize: every row
        grid["rowCount"] = rows_needed
        grid["columnCount"] = max(width, grid.get("columnCount", 0))
        self._headers[tab] = list(header)
        with self.batch():  # one replace is one batch: atomic when it fits one request
            self._submit(requests_)


_WHOLE_TAB = {"valueRenderOption": "UNFORMATTED_VALUE", "dateTimeRenderOption": "FORMATTED_STRING"}


def _answer_may_be_lost(exc: BaseException) -> bool:
    """A timeout after sending, a dropped connection, or a 5xx: the write may have been applied."""
    import requests

    status = _status(exc)
    if status is not None:
        return status in (500, 502, 503, 504)
    return isinstance(exc, (requests.ReadTimeout, requests.ConnectionError)) and not isinstance(
        exc, requests.ConnectTimeout)


def _request_chunks(items: list[tuple[dict[str, Any], Any]], max_bytes: int) -> Iterator[list[tuple[dict, Any]]]:
    """Group queued requests into batchUpdate bodies under ``max_bytes`` each, in order."""
    sizes = [len(request_body(request)) + 1 for request, _ in items]
    for start, end in _spans(sizes, max_bytes):
        yield items[start:end]


def _typed_counts(writes: list[_ValuesWrite], room: int, enough: int | None = None) -> list[int]:
    """How many first rows of each of ``writes`` fit ``room`` bytes as typed ``updateCells`` requests (stopping once
    their compact sizes reach ``enough``), counted from the sizes alone: one count per write up to the first one not
    taken whole."""
    counts: list[int] = []
    for write in writes:
        room -= _UPDATE_CELLS
        taken = 0
        for size, compact in zip(_typed_sizes(write.rows, write.sizes), write.sizes, strict=True):
            if size > room or enough is not None and enough <= 0:
                break
            room, taken = room - size, taken + 1
            if enough is not None:
                enough -= compact
        counts.append(taken)
        if taken < len(write.rows):
            break
    return counts


def _typed_head(writes: list[_ValuesWrite], counts: list[int]) -> list[dict[str, Any]]:
    """The rows ``counts`` takes (:func:`_typed_counts`), as typed ``updateCells`` requests."""
    return [{"updateCells": {"start": {"sheetId": write.sheet_id, "rowIndex": write.row - 1, "columnIndex": 0},
                             "rows": [_row_data(r) for r in write.rows[:taken]], "fields": "userEnteredValue"}}
            for write, taken in zip(writes, counts, strict=False) if taken]  # counts may stop short


def _rows_left(writes: list[_ValuesWrite], counts: list[int]) -> list[_ValuesWrite]:
    """The rows of ``writes`` that ``counts`` does not take."""
    if not counts:
        return writes
    last = writes[len(counts) - 1]
    partial = [last.part(counts[-1], len(last.rows))] if counts[-1] < len(last.rows) else []
    return partial + writes[len(counts):]


def _values_bodies(writes: list[_ValuesWrite], limit: int) -> list[dict[str, Any]]:
    """``values.batchUpdate`` bodies of at most ``limit`` bytes (with at least one row each) holding ``writes`` in
    order: one range per tab and body."""
    bodies: list[list[_ValuesWrite]] = [[]]
    total = 0
    for write in writes:
        start = 0
        while start < len(write.rows):
            end, size = start, total + _VALUE_RANGE + len(write.tab.encode()) * 2
            while end < len(write.rows) and (size + write.sizes[end] <= limit or end == start and not bodies[-1]):
                size, end = size + write.sizes[end], end + 1
            if end > start:
                bodies[-1].append(write.part(start, end))
                start, total = end, size
            if start < len(write.rows):  # this body is full
                bodies.append([])
                total = 0
    return [{"valueInputOption": "RAW", "data": [
        {"range": _a1(w.tab, f"A{w.row}:{_column(max(len(r) for r in w.rows))}{w.row + len(w.rows) - 1}"),
         "majorDimension": "ROWS", "values": w.rows} for w in parts]} for parts in bodies if parts]


def _column(n: int) -> str:
    from .ooxml import column_letter

    return column_letter(max(n, 1))


def _row_data(row: list[Any], formats: Sequence[dict[str, str] | None] = ()) -> dict[str, Any]:
    """A row as Sheets ``RowData``: typed values, so text is stored as text, never as a formula; ``formats`` gives
    columns their ``numberFormat``."""
    cells: list[dict[str, Any]] = []
    for v in row:
        if v == "" or v is None:
            cells.append({})
        elif isinstance(v, (int, float)) and not isinstance(v, bool):
            cells.append({"userEnteredValue": {"numberValue": v}})
        else:
            cells.append({"userEnteredValue": {"stringValue": str(v)}})
    for cell, shown in zip(cells, formats, strict=False):
        if shown is not None:
            cell["userEnteredFormat"] = {"numberFormat": shown}
    return {"values": cells}


def _values_row(row: list[Any]) -> list[Any]:
    """A row for ``values.append`` (RAW): numbers as numbers, everything else as text, empty as ""."""
    return [v if isinstance(v, (int, float)) and not isinstance(v, bool) else "" if v is None else str(v)
            for v in row]


def _spans(sizes: list[int], max_bytes: int) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive items whose sizes add up to at most ``max_bytes`` (at least one item each)."""
    start, total = 0, 0
    for i, size in enumerate(sizes):
        if i > start and total + size > max_bytes:
            yield start, i
            start, total = i, 0
        total += size
    if start < len(sizes):
        yield start, len(sizes)


def _typed_sizes(values: list[list[Any]], sizes: list[int], formats: Sequence[dict[str, str] | None] = ()
                 ) -> list[int]:
    """Each row's bytes as typed cells (:func:`_row_data`), counted generously from ``sizes``, its values' compact
    JSON: a cell's {"userEnteredValue":{"stringValue":…}} adds 37 bytes (45 counted), a format its JSON and 25,
    a row 12."""
    extra = 12 + sum(len(request_body(f)) + 25 for f in formats if f is not None)
    return [size + 45 * len(row) + extra for row, size in zip(values, sizes, strict=True)]


def _chunks(matrix: list[list[Any]], max_bytes: int) -> Iterator[list[list[Any]]]:
    """Rows in groups whose typed cells (``_row_data``) fit ``max_bytes``, counted generously."""
    values = [_values_row(r) for r in matrix]
    sizes = _typed_sizes(values, [len(request_body(r)) for r in values])
    for start, end in _spans(sizes, max_bytes - _ENVELOPE):
        yield matrix[start:end]


def open_google_sheet(workbook: str, credentials: str | Path | None,
                      config: SheetsConfig | None = None) -> GoogleSheetsWorkbook:
    """Open a Google spreadsheet by URL or key with a service-account key file."""
    try:
        import gspread  # noqa: F401
    except ImportError as exc:
        raise WorkbookError(
            "Google Sheets support is not installed: pip install 'sheets-bridge[sheets]'") from exc
    if credentials is None:
        raise AuthError(
            "a Google Sheets --workbook needs a service-account key: pass --credentials KEY.json or "
            "set GOOGLE_APPLICATION_CREDENTIALS")
    config = config or SheetsConfig()
    creds = load_credentials(credentials)
    key = spreadsheet_key(workbook)
    return GoogleSheetsWorkbook(key, make_client(creds, config), config)
