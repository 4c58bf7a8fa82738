"""The Bitrix24 REST push through an inbound webhook (paid plans only; the CSV works on every plan).

Before creating anything: the portal must have leads (classic CRM mode), and a lead already in Bitrix24 is not
created again — found by ORIGIN_ID (``ORIGINATOR_ID=sheets-bridge``), by TITLE, or by the client's phone
(``crm.duplicate.findbycomm``), which is how leads imported from the CSV (no ORIGIN_ID) are recognised. New leads go
in ``batch`` requests of ``crm.lead.add``; each of our leads gets exactly one transcript comment (a first line
``sheets-bridge: <ORIGIN_ID>``), also on a re-run after a batch that failed half-way. The client
(:mod:`.client`) keeps the rate, the limits and the per-command ``result_error`` checks.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .client import BATCH_MAX, BatchResult, BitrixClient, BitrixError, build_query
from .leads import ORIGINATOR_ID

__all__ = ["BitrixClient", "BitrixError", "PushIncomplete", "PushResult", "build_query", "push", "push_bitrix"]

LEAD_FIELDS = ("TITLE", "NAME", "SOURCE_ID", "SOURCE_DESCRIPTION", "COMMENTS", "STATUS_ID")
SIMPLE_MODE = ("this Bitrix24 portal works in the simple CRM mode, without leads (crm.settings.mode.get = 2): "
               "a lead added there becomes a deal at once, and sheets-bridge would not find it again. Switch to "
               "leads in CRM → Settings → CRM mode → Classic (\"Классический режим\"), then run again; or write "
               "deals to a file with `sheets-bridge export bitrix --as deals --out deals.csv` and import it in "
               "CRM → Deals → Import")
Commands = dict[str, tuple[str, dict[str, Any]]]


@dataclass
class PushResult:
    """What a push did: leads created, found already (by ORIGIN_ID, title, phone), transcripts attached."""

    leads: int = 0
    created: int = 0
    by_origin: int = 0
    by_title: int = 0
    by_phone: int = 0  # by the client's phone or e-mail
    comments_added: int = 0
    failed: dict[str, str] = field(default_factory=dict)  # ORIGIN_ID → why Bitrix24 refused it

    @property
    def already_in_crm(self) -> int:
        return self.by_origin + self.by_title + self.by_phone


class PushIncomplete(BitrixError):
    """Some leads or comments were refused; the rest was done. Running the push again finishes it."""

    def __init__(self, result: PushResult) -> None:
        self.result = result
        origin, why = next(iter(result.failed.items()))
        super().__init__(f"{len(result.failed)} of {result.leads} leads were not finished, e.g. {origin}: {why}. "
                         f"The others are in Bitrix24 ({result.created} created now). Fix the cause and run the "
                         "same command again: nothing is created twice, missing transcripts are added")


def marker(origin_id: str) -> str:
    """The first line of a sheets-bridge transcript comment: how a re-run knows the lead has one."""
    return f"sheets-bridge: {origin_id}"


def _chunks(commands: Commands, size: int = BATCH_MAX) -> Iterator[Commands]:
    keys = list(commands)
    for start in range(0, len(keys), size):
        yield {k: commands[k] for k in keys[start:start + size]}


def _read(client: BitrixClient, commands: Commands) -> dict[str, Any]:
    """Read-only commands in batches of 50; any refusal stops the push before anything is created."""
    results: dict[str, Any] = {}
    for chunk in _chunks(commands):
        results.update(client.batch(chunk, safe=True))
    return results


def _ids(found: Any) -> list[str]:
    """Lead ids out of a list answer (``[{"ID": "7"}]``) or findbycomm's (``{"LEAD": [7]}``, or ``[]``)."""
    if isinstance(found, dict):
        return [str(i) for i in found.get("LEAD") or []]
    return [str(row["ID"]) for row in found or [] if isinstance(row, dict) and row.get("ID")]


def check_leads_enabled(client: BitrixClient) -> None:
    """Refuse a portal in the simple CRM mode (no leads), saying how to switch or to use deals."""
    if str(client.call("crm.settings.mode.get", {})) == "2":
        raise BitrixError(SIMPLE_MODE)


def by_origin(client: BitrixClient, origin_ids: list[str]) -> dict[str, str]:
    """ORIGIN_ID → lead id of the sheets-bridge leads Bitrix24 already has."""
    commands = {f"o{i}": ("crm.lead.list", {"filter": {"ORIGINATOR_ID": ORIGINATOR_ID,
                                                       "@ORIGIN_ID": origin_ids[i:i + BATCH_MAX]},
                                            "select": ["ID", "ORIGIN_ID"], "order": {"ID": "ASC"}})
                for i in range(0, len(origin_ids), BATCH_MAX)}
    found: dict[str, str] = {}
    for rows in _read(client, commands).values():
        for row in rows or []:
            found.setdefault(str(row["ORIGIN_ID"]), str(row["ID"]))
    return found


def _owners(client: BitrixClient, lead_ids: set[str]) -> dict[str, str]:
    """Lead id → the ORIGIN_ID of the sheets-bridge lead it is ("" for a lead from elsewhere, e.g. the CSV)."""
    ids = sorted(lead_ids, key=int)
    commands = {f"i{i}": ("crm.lead.list", {"filter": {"@ID": ids[i:i + BATCH_MAX]},
                                            "select": ["ID", "ORIGINATOR_ID", "ORIGIN_ID"]})
                for i in range(0, len(ids), BATCH_MAX)}
    return {str(row["ID"]): _origin(row) for rows in _read(client, commands).values() for row in rows or []}


def _origin(row: dict[str, Any]) -> str:
    return str(row.get("ORIGIN_ID") or "") if row.get("ORIGINATOR_ID") == ORIGINATOR_ID else ""


def by_title_or_contact(client: BitrixClient, leads: list[dict[str, Any]]
                        ) -> tuple[dict[str, str], dict[str, str]]:
    """(ORIGIN_ID → lead id with the same TITLE, ORIGIN_ID → lead id with the client's phone or e-mail), e.g.
    leads that came in through the CSV import wizard, which sets no ORIGIN_ID. A lead that sheets-bridge made
    for another conversation, or that another lead of this push already matched, does not count."""
    commands: Commands = {}
    for i, lead in enumerate(leads):
        commands[f"t{i}"] = ("crm.lead.list", {"filter": {"=TITLE": lead["TITLE"]},
                                               "select": ["ID", "ORIGINATOR_ID", "ORIGIN_ID"], "order": {"ID": "ASC"}})
        for key, kind, column in ((f"p{i}", "PHONE", "PHONE_MOBILE"), (f"e{i}", "EMAIL", "EMAIL_WORK")):
            if lead.get(column):
                commands[key] = ("crm.duplicate.findbycomm", {"type": kind, "entity_type": "LEAD",
                                                              "values": [lead[column]]})
    results = _read(client, commands)
    owners = {str(row["ID"]): _origin(row) for i in range(len(leads)) for row in results.get(f"t{i}") or []}
    contact_ids = {lead_id for key, found in results.items() if key[0] in "pe" for lead_id in _ids(found)}
    owners.update(_owners(client, contact_ids - set(owners)) if contact_ids - set(owners) else {})
    titles: dict[str, str] = {}
    contacts: dict[str, str] = {}
    claimed: set[str] = set()
    for i, lead in enumerate(leads):
        origin = lead["ORIGIN_ID"]
        free = [lead_id for lead_id in _ids(results.get(f"t{i}"))
                if owners.get(lead_id, "") in ("", origin) and lead_id not in claimed]
        by_contact = [lead_id for lead_id in _ids(results.get(f"p{i}")) + _ids(results.get(f"e{i}"))
                      if owners.get(lead_id, "") in ("", origin) and lead_id not in claimed]
        target = titles if free else contacts
        if free or by_contact:
            target[origin] = (free or by_contact)[0]
            claimed.add(target[origin])
    return titles, contacts


def lead_fields(lead: dict[str, Any]) -> dict[str, Any]:
    """``crm.lead.add`` fields of one lead: ORIGINATOR_ID/ORIGIN_ID, and phone and e-mail as multi-fields."""
    fields: dict[str, Any] = {k: lead[k] for k in LEAD_FIELDS if lead.get(k)}
    fields.update({"ORIGINATOR_ID": ORIGINATOR_ID, "ORIGIN_ID": lead["ORIGIN_ID"]})
    if lead.get("PHONE_MOBILE"):
        fields["PHONE"] = [{"VALUE": lead["PHONE_MOBILE"], "VALUE_TYPE": "MOBILE"}]
    if lead.get("EMAIL_WORK"):
        fields["EMAIL"] = [{"VALUE": lead["EMAIL_WORK"], "VALUE_TYPE": "WORK"}]
    return fields


def _write(client: BitrixClient, commands: Commands) -> BatchResult:
    """Write commands in batches of 50; the failures are collected, not raised."""
    out = BatchResult()
    for chunk in _chunks(commands):
        done = client.run_batch(chunk)
        out.results.update(done.results)
        out.errors.update(done.errors)
    return out


def create(client: BitrixClient, leads: list[dict[str, Any]], result: PushResult) -> dict[str, str]:
    """Create the leads; ORIGIN_ID → new lead id. Refused ones land in ``result.failed``."""
    by_key = {f"lead{i}": lead["ORIGIN_ID"] for i, lead in enumerate(leads)}
    done = _write(client, {f"lead{i}": ("crm.lead.add", {"fields": lead_fields(lead)})
                           for i, lead in enumerate(leads)})
    result.failed.update({by_key[k]: str(e) for k, e in done.errors.items()})
    result.created += len(done.results)
    return {by_key[k]: str(v) for k, v in done.results.items()}


def without_transcript(client: BitrixClient, leads: dict[str, str]) -> dict[str, str]:
    """The leads (ORIGIN_ID → id) whose timeline has no sheets-bridge transcript comment yet."""
    items = list(leads.items())
    commands = {f"c{i}": ("crm.timeline.comment.list", {
        "filter": {"ENTITY_ID": lead_id, "ENTITY_TYPE": "lead"}, "select": ["ID", "COMMENT"],
        "order": {"ID": "ASC"}}) for i, (_, lead_id) in enumerate(items)}
    results = _read(client, commands)
    return {origin: lead_id for i, (origin, lead_id) in enumerate(items)
            if not any(marker(origin) in str(c.get("COMMENT", "")) for c in results.get(f"c{i}") or []
                       if isinstance(c, dict))}


def attach(client: BitrixClient, leads: dict[str, str], transcripts: dict[str, str], result: PushResult) -> None:
    """Add one transcript comment to each of these leads (ORIGIN_ID → id)."""
    items = [(origin, lead_id) for origin, lead_id in leads.items() if transcripts.get(origin)]
    done = _write(client, {f"note{i}": ("crm.timeline.comment.add", {"fields": {
        "ENTITY_ID": lead_id, "ENTITY_TYPE": "lead", "COMMENT": f"{marker(origin)}\n{transcripts[origin]}"}})
        for i, (origin, lead_id) in enumerate(items)})
    result.comments_added += len(done.results)
    result.failed.update({items[int(k[4:])][0]: f"transcript not attached: {e}" for k, e in done.errors.items()})


def push(client: BitrixClient, leads: list[dict[str, Any]], transcripts: dict[str, str]) -> PushResult:
    """Create the leads Bitrix24 does not have yet and give each of ours exactly one transcript comment.

    Raises :class:`PushIncomplete` (with the result) if Bitrix24 refused some of them; the rest is done."""
    check_leads_enabled(client)
    result = PushResult(leads=len(leads))
    existing = by_origin(client, [lead["ORIGIN_ID"] for lead in leads])
    rest = [lead for lead in leads if lead["ORIGIN_ID"] not in existing]
    titles, phones = by_title_or_contact(client, rest)
    result.by_origin, result.by_title, result.by_phone = len(existing), len(titles), len(phones)
    created = create(client, [lead for lead in rest if lead["ORIGIN_ID"] not in titles | phones], result)
    ours = {o: i for o, i in {**existing, **titles}.items() if transcripts.get(o)}
    attach(client, {**created, **without_transcript(client, ours)}, transcripts, result)
    if result.failed:
        raise PushIncomplete(result)
    return result


def push_bitrix(workbook: Any, client: BitrixClient, vault: Any, *, lang: str = "ru") -> PushResult:
    """Create the workbook's leads in Bitrix24 over REST (paid plans), each with its transcript as a comment."""
    from .leads import leads_from_workbook, transcripts

    return push(client, leads_from_workbook(workbook, vault, lang=lang), transcripts(workbook, lang=lang))
