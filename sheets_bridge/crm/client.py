"""A small Bitrix24 REST client for an inbound webhook ``https://PORTAL/rest/USER/SECRET/`` (paid plans only).

At most 2 requests per second (Bitrix24's leaky bucket), ``batch`` of at most 50 commands with every command's
``result_error`` checked, and one retry policy (:mod:`sheets_bridge.retry`): ``503 QUERY_LIMIT_EXCEEDED`` is
retried with backoff, ``429 OPERATION_TIME_LIMIT`` after waiting until the ``time.operating_reset_at`` the answer
gives (said on the console), commands a batch refused for a limit are re-sent alone. A write whose fate is unknown
(5xx, a lost answer) is not repeated: a re-run finds what was created by ORIGIN_ID. Every other refusal becomes
a :class:`BitrixError` that says what to change, by cause (wrong URL, missing scope or rights, free plan).
"""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from ..errors import InputError, SheetsBridgeError
from ..retry import RetryPolicy

BATCH_MAX = 50
URL = re.compile(r"^https?://[^/]+/rest/(\d+)/[^/]+/?$")
RESET_WAIT_MAX = 660.0  # Bitrix24 sums a method's time over 10 minutes: never wait longer than that (+ a margin)
WEBHOOK_PAGE = "Developer resources → Other → Inbound webhook"


class BitrixError(SheetsBridgeError):
    """Bitrix24 refused a call; the message says why and what to do."""


class _Busy(BitrixError):
    """A temporary refusal (limits, 5xx, network): retried by the policy, raised when it gives up.

    ``nothing_applied`` is true when the refusal proves the call did nothing (a limit), so even a write may be
    sent again; ``wait`` is how long the answer asked to wait (seconds), if it said."""

    def __init__(self, message: str, *, nothing_applied: bool, until_reset: bool = False) -> None:
        super().__init__(message)
        self.nothing_applied, self.until_reset = nothing_applied, until_reset
        self.wait: float | None = None


def build_query(params: Any, prefix: str = "") -> list[str]:
    """PHP-style query (``fields[PHONE][0][VALUE]=…``), what ``batch`` commands are written in."""
    parts: list[str] = []
    if isinstance(params, dict):
        items: Iterable[tuple[Any, Any]] = params.items()
    elif isinstance(params, (list, tuple)):
        items = enumerate(params)
    else:
        return [f"{quote(prefix, safe='[]')}={quote(str(params), safe='')}"]
    for key, value in items:
        name = f"{prefix}[{key}]" if prefix else str(key)
        parts.extend(build_query(value, name))
    return parts


def reset_wait(time_info: Any, now: float) -> float | None:
    """Seconds until ``operating_reset_at`` (server clock, from the answer's ``time``), bounded; None if absent."""
    if not isinstance(time_info, dict) or not time_info.get("operating_reset_at"):
        return None
    try:
        reset = float(time_info["operating_reset_at"])
        server_now = float(time_info.get("finish") or time_info.get("start") or now)
    except (TypeError, ValueError):
        return None
    return min(RESET_WAIT_MAX, max(1.0, reset - server_now))


def refusal(status: int, code: str, description: str, method: str, user: str = "") -> BitrixError:
    """The error for one refusal (HTTP status, Bitrix24's ``error`` and ``error_description``), by cause."""
    low, text = code.lower(), description.lower()
    if low == "query_limit_exceeded" or (status == 503 and low != "overload_limit"):
        return _Busy("Bitrix24 kept answering 503 QUERY_LIMIT_EXCEEDED (too many requests from this address); "
                     "nothing was changed: run the same command again in a few minutes", nothing_applied=True)
    if low == "operation_time_limit" or status == 429:
        return _Busy(f"Bitrix24 keeps blocking {method} (429 OPERATION_TIME_LIMIT: this portal spent its 10-minute "
                     "budget for the method); run the same command again in 10 minutes", nothing_applied=True,
                     until_reset=True)
    if low == "overload_limit":
        return BitrixError("Bitrix24 has blocked the REST API of this portal for overload (OVERLOAD_LIMIT); only "
                           "Bitrix24 support can lift it. Meanwhile use `sheets-bridge export bitrix`")
    if status >= 500 or low in ("internal_server_error", "error_unexpected_answer"):
        return _Busy(f"Bitrix24 had an internal error ({status or ''} {code or 'no code'}) on {method}; nothing to "
                     "fix on your side: run the same command again later — leads already created are found by "
                     "ORIGIN_ID and not created twice", nothing_applied=False)
    if "commercial plan" in text or "by subscription" in text:
        return BitrixError(f"this Bitrix24 plan has no REST API (\"{description}\"): use "
                           "`sheets-bridge export bitrix --out leads.csv` and import the file in CRM → Leads → "
                           "Import (works on every plan)")
    if low == "insufficient_scope" or low == "error_method_not_found":
        return BitrixError(f"the inbound webhook may not call {method} ({code}): open it in {WEBHOOK_PAGE}, tick "
                           "the access permission \"CRM (crm)\", save, and run again (the URL stays the same)")
    if low == "invalid_credentials":
        return BitrixError(f"Bitrix24 answered INVALID_CREDENTIALS for {method}: the webhook's user{user} lacks "
                           "the rights, or no active webhook has this user id and secret. Make sure that user is "
                           "active and may create and edit leads (CRM → Settings → Access permissions) and that the "
                           f"webhook is still listed in {WEBHOOK_PAGE} with the access permission \"CRM (crm)\"; "
                           "or create the webhook as an administrator")
    if low == "access_denied" or "access denied" in text:
        return BitrixError(f"Bitrix24 refused {method}: access denied. The webhook's user{user} may not do this in "
                           "the CRM: give them the right to add and edit leads (CRM → Settings → Access "
                           "permissions), or create the webhook as an administrator")
    if status == 401 or low in ("no_auth_found", "expired_token", "wrong_auth_type"):
        return BitrixError(f"Bitrix24 does not accept this webhook URL ({code or status}): the user id or the "
                           f"secret in --url is wrong, or the webhook was deleted. Copy the URL again from "
                           f"{WEBHOOK_PAGE} (access permission \"CRM (crm)\")")
    if low == "invalid_request" and "https" in text:
        return BitrixError("Bitrix24 requires https: write the --url with https://")
    if status == 404:
        return BitrixError("there is no Bitrix24 REST API at this --url (HTTP 404): copy the inbound webhook URL "
                           f"again from {WEBHOOK_PAGE}")
    return BitrixError(f"Bitrix24 refused {method}: {code} {description}".strip())


def _dict(value: Any) -> dict[str, Any]:
    """A JSON object, or {} for anything else (PHP writes an empty one as ``[]``)."""
    return value if isinstance(value, dict) else {}


def _wait_for(exc: BaseException) -> float | None:
    return exc.wait if isinstance(exc, _Busy) else None


@dataclass
class BatchResult:
    """What a batch did: results by command key, and the commands that failed (with their error)."""

    results: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, BitrixError] = field(default_factory=dict)


@dataclass
class BitrixClient:
    """A small client for an inbound webhook URL ``https://PORTAL/rest/USER/SECRET/``.

    ``notify`` receives what the owner should see while it waits (a limit's reset time); the CLI prints it."""

    url: str
    requests_per_second: float = 2.0
    max_retries: int = 6
    backoff: float = 1.0
    timeout: float = 60.0
    session: Any = None
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.time
    monotonic: Callable[[], float] = time.monotonic  # what the pacing between requests measures
    notify: Callable[[str], None] = lambda message: None
    requests_made: int = 0
    user: str = field(default="", init=False)  # the webhook's user id, named in refusals about rights
    _last: float = field(default=0.0, repr=False)

    def __post_init__(self) -> None:
        m = URL.match(self.url)
        if not m:
            raise InputError("must look like https://PORTAL.bitrix24.ru/rest/1/SECRET/ (an inbound webhook)",
                             field="--url")
        self.user = m.group(1)
        if self.session is None:
            import requests

            self.session = requests.Session()
        self.url = self.url.rstrip("/") + "/"

    def _throttle(self) -> None:
        gap = 1.0 / self.requests_per_second
        wait = self._last + gap - self.monotonic()
        if wait > 0:
            self.sleep(wait)
        self._last = self.monotonic()

    def _policy(self) -> RetryPolicy:
        return RetryPolicy(attempts=self.max_retries + 1, base=self.backoff, cap=60.0, jitter=False, sleep=self.sleep)

    def _retry_after(self, exc: BaseException) -> float | None:
        """The wait an answer asked for, announced on the console with the time it ends."""
        wait = _wait_for(exc)
        if wait is not None:
            until = dt.datetime.fromtimestamp(self.clock() + wait).astimezone().strftime("%H:%M:%S")
            self.notify(f"Bitrix24 limits this webhook for now (OPERATION_TIME_LIMIT): waiting {wait / 60:.1f} min, "
                        f"until {until}, as its answer asks; then sheets-bridge goes on by itself")
        return wait

    def _retried(self, fn: Callable[[], Any], safe: bool) -> Any:
        """``fn()`` under the retry policy; a write (``safe=False``) only again when nothing was applied."""
        return self._policy().call(
            fn, retry=lambda exc: isinstance(exc, _Busy) and (safe or exc.nothing_applied),
            retry_after=self._retry_after)

    def call(self, method: str, params: dict[str, Any], *, safe: bool = True) -> Any:
        """POST one method with a JSON body; returns ``result``. ``safe``: the call only reads (may be repeated)."""
        return self._retried(lambda: self._send(method, params).get("result"), safe)

    def _send(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        """One request; the whole answer, or the refusal raised."""
        import requests

        self._throttle()
        try:
            reply = self.session.post(self.url + method + ".json", json=params, timeout=self.timeout)
        except requests.ConnectTimeout as exc:
            raise _Busy("cannot reach Bitrix24 (connection timed out); try again later", nothing_applied=True) from exc
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise _Busy(f"lost the connection to Bitrix24 ({exc.__class__.__name__}); run the same command again: "
                        "leads already created are found by ORIGIN_ID", nothing_applied=False) from exc
        self.requests_made += 1
        try:
            body = reply.json()
        except ValueError:
            body = {}
        body = body if isinstance(body, dict) else {}
        code, description = str(body.get("error", "") or ""), str(body.get("error_description", "") or "")
        if reply.status_code >= 400 or "error" in body:
            error = refusal(reply.status_code, code, description, method, f" (id {self.user})")
            if isinstance(error, _Busy) and error.until_reset:
                error.wait = reset_wait(body.get("time"), self.clock())
            raise error
        return body

    def run_batch(self, commands: dict[str, tuple[str, dict[str, Any]]], *, safe: bool = False) -> BatchResult:
        """Up to 50 commands in one request; the ones refused for a limit are sent again (alone) after the wait,
        the other failures come back in ``errors``. ``safe``: the commands only read."""
        if len(commands) > BATCH_MAX:
            raise ValueError("at most 50 commands per batch")
        out = BatchResult()

        def attempt() -> None:
            pending = {k: v for k, v in commands.items() if k not in out.results and k not in out.errors}
            cmd = {key: f"{method}?{'&'.join(build_query(params))}" for key, (method, params) in pending.items()}
            body = self._send("batch", {"halt": 0, "cmd": cmd})
            self._take(body, pending, out)

        self._retried(attempt, safe)
        return out

    def _take(self, body: dict[str, Any], pending: dict[str, tuple[str, dict[str, Any]]], out: BatchResult) -> None:
        """Record a batch answer in ``out``; raise the limit refusal if some commands must be sent again."""
        result = _dict(body.get("result"))
        out.results.update({k: v for k, v in _dict(result.get("result")).items() if k in pending})
        busy: _Busy | None = None
        for key, err in _dict(result.get("result_error")).items():
            err = err if isinstance(err, dict) else {"error_description": str(err)}
            error = refusal(0, str(err.get("error", "") or ""), str(err.get("error_description", "") or ""),
                            pending.get(key, ("batch",))[0], f" (id {self.user})")
            if isinstance(error, _Busy) and error.nothing_applied:
                busy = error
                if error.until_reset:
                    busy.wait = reset_wait(body.get("time"), self.clock())
            else:
                out.errors[key] = error
        if busy is not None:
            raise busy

    def batch(self, commands: dict[str, tuple[str, dict[str, Any]]], *, safe: bool = False) -> dict[str, Any]:
        """Run up to 50 commands in one request; raise if any of them failed (``result_error``)."""
        done = self.run_batch(commands, safe=safe)
        if done.errors:
            key, error = next(iter(done.errors.items()))
            raise BitrixError(f"{len(done.errors)} of {len(commands)} commands failed, e.g. {key}: {error}")
        return done.results
