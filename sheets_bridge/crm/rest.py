"""The Bitrix24 REST push through an inbound webhook (paid plans only; the CSV works on every plan).

``crm.lead.add`` through ``batch`` (≤ 50 commands per request), ORIGINATOR_ID/ORIGIN_ID so a re-run creates
nothing new (existing ORIGIN_IDs are looked up first), the transcript as a timeline comment, at most 2
requests per second (Bitrix24's leaky bucket), 503 QUERY_LIMIT_EXCEEDED and 429 OPERATION_TIME_LIMIT
retried with backoff, and every command's ``result_error`` checked.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from ..errors import InputError, SheetsBridgeError
from ..retry import RetryPolicy
from .leads import ORIGINATOR_ID

BATCH_MAX = 50
URL = re.compile(r"^https?://[^/]+/rest/\d+/[^/]+/?$")


class BitrixError(SheetsBridgeError):
    """Bitrix24 refused a call; the message says why and what to do."""


class _Busy(BitrixError):
    """A temporary refusal (limits, 503, network): retried by the policy, raised when it gives up."""

    wait: float | None = None


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


@dataclass
class BitrixClient:
    """A small client for an inbound webhook URL ``https://PORTAL/rest/USER/SECRET/``."""

    url: str
    requests_per_second: float = 2.0
    max_retries: int = 6
    backoff: float = 1.0
    timeout: float = 60.0
    session: Any = None
    sleep: Callable[[float], None] = time.sleep
    requests_made: int = 0
    _last: float = field(default=0.0, repr=False)

    def __post_init__(self) -> None:
        if not URL.match(self.url):
            raise InputError("must look like https://PORTAL.bitrix24.ru/rest/1/SECRET/ (an inbound webhook)",
                             field="--url")
        if self.session is None:
            import requests

            self.session = requests.Session()
        self.url = self.url.rstrip("/") + "/"

    def _throttle(self) -> None:
        gap = 1.0 / self.requests_per_second
        wait = self._last + gap - time.monotonic()
        if wait > 0:
            self.sleep(wait)
        self._last = time.monotonic()

    def call(self, method: str, params: dict[str, Any]) -> Any:
        """POST one method with a JSON body; returns ``result``. Temporary refusals are retried (RetryPolicy)."""
        policy = RetryPolicy(attempts=self.max_retries + 1, base=self.backoff, cap=600.0, jitter=False,
                             sleep=self.sleep)
        return policy.call(lambda: self._call_once(method, params), retry=lambda exc: isinstance(exc, _Busy),
                           retry_after=lambda exc: exc.wait if isinstance(exc, _Busy) else None)

    def _call_once(self, method: str, params: dict[str, Any]) -> Any:
        import requests

        self._throttle()
        try:
            reply = self.session.post(self.url + method + ".json", json=params, timeout=self.timeout)
        except (requests.ConnectionError, requests.Timeout) as exc:
            raise _Busy(f"cannot reach Bitrix24 ({exc.__class__.__name__}); try again later") from exc
        self.requests_made += 1
        try:
            body = reply.json()
        except ValueError:
            body = {}
        code = str(body.get("error", "")) if isinstance(body, dict) else ""
        if reply.status_code in (503, 429) or code in ("QUERY_LIMIT_EXCEEDED", "OPERATION_TIME_LIMIT"):
            raise _Busy(f"Bitrix24 keeps answering {code or reply.status_code}; try again later")
        if reply.status_code == 401 or code in ("NO_AUTH_FOUND", "INVALID_CREDENTIALS", "expired_token"):
            raise BitrixError("Bitrix24 does not accept this webhook URL (NO_AUTH_FOUND): check the user id "
                              "and secret in --url, or create a new inbound webhook with the CRM scope")
        description = str(body.get("error_description", "")) if isinstance(body, dict) else ""
        if reply.status_code == 403 and "commercial" in description.lower():
            raise BitrixError("this Bitrix24 plan has no REST API (\"REST API is available only on commercial "
                              "plans\"): use `sheets-bridge export bitrix --out leads.csv` and import the file "
                              "in CRM → Leads → Import")
        if reply.status_code >= 400 or code:
            raise BitrixError(f"Bitrix24 refused {method}: {code} {description}".strip())
        return body.get("result")

    def batch(self, commands: dict[str, tuple[str, dict[str, Any]]]) -> dict[str, Any]:
        """Run up to 50 commands in one request; raise if any of them failed (``result_error``)."""
        if len(commands) > BATCH_MAX:
            raise ValueError("at most 50 commands per batch")
        cmd = {key: f"{method}?{'&'.join(build_query(params))}" for key, (method, params) in commands.items()}
        result = self.call("batch", {"halt": 0, "cmd": cmd}) or {}
        errors = result.get("result_error") or {}
        if errors:
            first = next(iter(errors.items()))
            raise BitrixError(f"{len(errors)} of {len(commands)} commands failed, e.g. {first[0]}: {first[1]}")
        return result.get("result") or {}


def existing_origins(client: BitrixClient, origin_ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(origin_ids), BATCH_MAX):
        chunk = origin_ids[start:start + BATCH_MAX]
        leads = client.call("crm.lead.list", {"filter": {"ORIGINATOR_ID": ORIGINATOR_ID, "@ORIGIN_ID": chunk},
                                              "select": ["ID", "ORIGIN_ID"]}) or []
        found |= {str(lead["ORIGIN_ID"]) for lead in leads}
    return found


def push(client: BitrixClient, leads: list[dict[str, Any]], transcripts: dict[str, str]) -> dict[str, int]:
    """Create the leads Bitrix24 does not have yet (by ORIGIN_ID) and attach each transcript as a comment."""
    have = existing_origins(client, [lead["ORIGIN_ID"] for lead in leads])
    todo = [lead for lead in leads if lead["ORIGIN_ID"] not in have]
    created = 0
    for start in range(0, len(todo), BATCH_MAX):
        chunk = todo[start:start + BATCH_MAX]
        commands = {}
        for i, lead in enumerate(chunk):
            fields: dict[str, Any] = {k: lead[k] for k in ("TITLE", "NAME", "SOURCE_ID", "SOURCE_DESCRIPTION",
                                                           "COMMENTS", "STATUS_ID") if lead.get(k)}
            fields.update({"ORIGINATOR_ID": ORIGINATOR_ID, "ORIGIN_ID": lead["ORIGIN_ID"]})
            if lead.get("PHONE_MOBILE"):
                fields["PHONE"] = [{"VALUE": lead["PHONE_MOBILE"], "VALUE_TYPE": "MOBILE"}]
            if lead.get("EMAIL_WORK"):
                fields["EMAIL"] = [{"VALUE": lead["EMAIL_WORK"], "VALUE_TYPE": "WORK"}]
            commands[f"lead{i}"] = ("crm.lead.add", {"fields": fields})
        ids = client.batch(commands)
        created += len(ids)
        comments = {f"note{i}": ("crm.timeline.comment.add", {"fields": {
            "ENTITY_ID": ids[f"lead{i}"], "ENTITY_TYPE": "lead", "COMMENT": transcripts[lead["ORIGIN_ID"]]}})
            for i, lead in enumerate(chunk) if transcripts.get(lead["ORIGIN_ID"]) and f"lead{i}" in ids}
        if comments:
            client.batch(comments)
    return {"leads": len(leads), "already_in_crm": len(leads) - len(todo), "created": created}


def push_bitrix(workbook: Any, client: BitrixClient, vault: Any) -> dict[str, int]:
    """Create the workbook's leads in Bitrix24 over REST (paid plans), each with its transcript as a comment."""
    from .leads import leads_from_workbook, transcripts

    return push(client, leads_from_workbook(workbook, vault), transcripts(workbook))
