"""Which conversations become Bitrix24 leads, and the CSV Bitrix24's import wizard reads as is (SPEC §7).

UTF-8 with BOM, ``;``-separated, every value quoted, field-ID headers, TITLE never empty. Clear phones and
e-mails come from the local vault — the only path that re-identifies a client, because the CRM is where
contacts belong — with phones in E.164. Free text is made inert against formula injection (a leading
``= + - @`` tab or CR gets an apostrophe); SOURCE_ID is an identifier or ``OTHER``; phones are normalized,
never escaped. The owner's language (``lang``) decides the free text: titles, comments, reasons, actions.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import InputError
from ..privacy import Vault, normalize_phone
from ..timeutil import parse_duration, resolve_tz
from ..vocabulary import check_lang, code_of
from ..vocabulary import text as vtext
from ..workbook.cells import escape_text, is_formula_like
from .exported import ExportRecord

LEAD_COLUMNS = ["TITLE", "NAME", "PHONE_MOBILE", "EMAIL_WORK", "SOURCE_ID", "SOURCE_DESCRIPTION", "COMMENTS",
                "STATUS_ID"]
#: the deal import wizard's field IDs (crm.deal.import): it has no phone or e-mail column
DEAL_COLUMNS = ["TITLE", "SOURCE_ID", "SOURCE_DESCRIPTION", "COMMENTS", "STAGE_ID"]
ORIGINATOR_ID = "sheets-bridge"
TOKEN = re.compile(r"\[(PHONE|EMAIL|NAME):[0-9a-f]+\]")
SOURCE_ID = re.compile(r"[A-Z0-9_]{1,50}")
NO_CONTACT_VAULT = "vault"  # the chat has phone/e-mail tokens, but this vault has no value for them
NO_CONTACT_CLIENT = "client"  # the client wrote no phone or e-mail

# the frame of the free text, per language (the coded values come from vocabulary.TEXTS)
PHRASES: dict[str, dict[str, str]] = {
    "ru": {"title": "Чат {channel}: {intent} — {summary}", "fallback_title": "Лид из чата {chat}",
           "why": "Почему потерян", "action": "Рекомендация", "manager": "Менеджер", "not_booked": "без записи",
           "chat": "чат {channel}", "bot_title": "Заявка чат-бота ({channel}), сессия {session}",
           "bot_source": "чат-бот", "bot_comment": "Событие lead.created {ts}; намерение: {intent}",
           "client": "Клиент", "business": "Бизнес", "contact": "Клиент"},
    "en": {"title": "Chat {channel}: {intent} — {summary}", "fallback_title": "Lead from chat {chat}",
           "why": "Why lost", "action": "Recommended action", "manager": "Manager", "not_booked": "not booked",
           "chat": "{channel} chat", "bot_title": "Chatbot lead ({channel}), session {session}",
           "bot_source": "chatbot", "bot_comment": "lead.created event {ts}; intent: {intent}",
           "client": "Client", "business": "Business", "contact": "Client"},
}


class BitrixDialect(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    doublequote = True
    quoting = csv.QUOTE_ALL
    lineterminator = "\r\n"
    skipinitialspace = False


csv.register_dialect("bitrix", BitrixDialect)


def safe_text(text: str, limit: int = 2000) -> str:
    """Free text for a CSV cell: one line, capped, inert if it starts like a formula."""
    text = " ".join(str(text).split())[:limit]
    return escape_text(text) if is_formula_like(text) or text.startswith("'") else text


def source_id(channel: str) -> str:
    """SOURCE_ID: the channel as an identifier (``WHATSAPP``), or ``OTHER`` when it is not one."""
    value = str(channel).strip().upper()
    return value if SOURCE_ID.fullmatch(value) else "OTHER"


def sentence(first: str, *rest: str) -> str:
    """``first`` and the rest joined as sentences, without a dot after ``?`` or ``!``."""
    out = first.strip()
    for part in rest:
        out = f"{out} {part}" if not out or out[-1] in ".?!…" else f"{out}. {part}"
    return out


def _tokens(texts: list[str]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {"PHONE": [], "EMAIL": [], "NAME": []}
    for text in texts:
        for m in TOKEN.finditer(text):
            if m.group() not in found[m.group(1)]:
                found[m.group(1)].append(m.group())
    return found


def _contact(tokens: dict[str, list[str]], vault: Vault | None) -> tuple[str, str, str]:
    """(name, phone E.164, e-mail) from the vault; empty where unknown."""
    if vault is None:
        return "", "", ""

    def first(kind: str, clean: Any = lambda v: v) -> str:
        for token in tokens[kind]:
            value = vault.lookup(token)
            if value and clean(value):
                return str(clean(value))
        return ""

    return first("NAME").title(), first("PHONE", normalize_phone), first("EMAIL")


def no_contact_reason(tokens: dict[str, list[str]], phone: str, email: str) -> str:
    """Why a lead has neither phone nor e-mail: the vault lacks the values, or the client left none ("" if it has)."""
    if phone or email:
        return ""
    return NO_CONTACT_VAULT if tokens["PHONE"] or tokens["EMAIL"] else NO_CONTACT_CLIENT


def _contact_fields(tokens: dict[str, list[str]], vault: Vault | None) -> dict[str, str]:
    name, phone, email = _contact(tokens, vault)
    return {"NAME": safe_text(name, 100), "PHONE_MOBILE": phone, "EMAIL_WORK": safe_text(email, 100),
            "NO_CONTACT": no_contact_reason(tokens, phone, email)}


def _conversation_lead(c: Any, tokens: dict[str, list[str]], vault: Vault | None, why: str, summary: str,
                       lang: str) -> dict[str, Any]:
    """The lead of one conversation worth one."""
    words = PHRASES[lang]
    intent = vtext("intent", code_of("intent", str(c.intent)), lang)
    summary = summary or intent
    code = code_of("why_missed", why)
    reason = vtext("why_missed", code, lang) if code else words["not_booked"]
    action = vtext("action", code_of("action", str(c.recommended_action)), lang)
    manager = vtext("manager", str(c.manager), lang)
    title = safe_text(words["title"].format(channel=c.channel, intent=intent, summary=summary), 120)
    comments = sentence(summary, f"{words['why']}: {reason}", f"{words['action']}: {action}",
                        f"{words['manager']}: {manager}", f"conversation_id: {c.conversation_id}")
    return {"TITLE": title or safe_text(words["fallback_title"].format(chat=c.chat_id), 120),
            **_contact_fields(tokens, vault), "SOURCE_ID": source_id(c.channel),
            "SOURCE_DESCRIPTION": safe_text(words["chat"].format(channel=c.channel), 200),
            "COMMENTS": safe_text(comments), "STATUS_ID": "NEW", "ORIGIN_ID": str(c.conversation_id),
            "STARTED_AT": str(getattr(c, "started_at", "") or "")}


def _event_lead(e: Any, tokens: dict[str, list[str]], vault: Vault | None, lang: str) -> dict[str, Any]:
    """The lead of one chatbot ``lead.created`` event without a CRM id."""
    words = PHRASES[lang]
    intent = vtext("intent", code_of("intent", str(e.intent or "")), lang) if str(e.intent or "") else "—"
    comments = f"{words['bot_comment'].format(ts=e.timestamp, intent=intent)}; event_id: {e.event_id}"
    return {"TITLE": safe_text(words["bot_title"].format(channel=e.channel, session=e.session_id), 120),
            **_contact_fields(tokens, vault), "SOURCE_ID": source_id(e.channel),
            "SOURCE_DESCRIPTION": safe_text(words["bot_source"], 200), "COMMENTS": safe_text(comments),
            "STATUS_ID": "NEW", "ORIGIN_ID": str(e.event_id), "STARTED_AT": str(e.timestamp or "")}


def lead_rows(conversations: pd.DataFrame, messages: pd.DataFrame, events: pd.DataFrame,
              missed: pd.DataFrame, vault: Vault | None, summaries: dict[str, str] | None = None,
              lang: str = "ru") -> list[dict[str, Any]]:
    """One lead per conversation worth one: missed leads, unbooked booking/price interest, and bot
    ``lead.created`` events without a CRM id. Each carries its ORIGIN_ID (conversation or event id), when it
    started (STARTED_AT) and, if it has no phone or e-mail, why (NO_CONTACT)."""
    check_lang(lang)
    client_texts = (messages[messages["sender_role"] == "client"]
                    .assign(both=lambda d: d["sender"].astype(str) + " " + d["text"].astype(str))
                    .groupby("chat_id")["both"].agg(list))
    why = missed.set_index("conversation_id")["why_missed"] if len(missed) else pd.Series(dtype=object)
    wanted = missed.set_index("conversation_id")["client_wanted"] if len(missed) else pd.Series(dtype=object)
    worth = conversations[(conversations["missed_lead"] == 1) | (
        conversations["intent"].isin(["booking", "price"]) & (conversations["booked"] == 0))]
    rows = []
    for c in worth.itertuples(index=False):
        summary = str(wanted.get(c.conversation_id, "") or (summaries or {}).get(c.conversation_id, ""))
        rows.append(_conversation_lead(c, _tokens(client_texts.get(c.chat_id, [])), vault,
                                       str(why.get(c.conversation_id, "")), summary, lang))
    lead_chats = set(worth["chat_id"])
    leads = events[(events["event_type"] == "lead.created") & (events["crm_id"].astype(str).str.strip() == "")]
    for e in leads.drop_duplicates("event_id").itertuples(index=False):
        if f"{e.channel}:{e.session_id}" in lead_chats:
            continue  # that conversation is already a lead
        payload = json.loads(e.payload) if str(e.payload).startswith("{") else {}
        session_texts = client_texts.get(f"{e.channel}:{e.session_id}", [])
        tokens = _tokens([str(e.user_id), json.dumps(payload, ensure_ascii=False), *session_texts])
        rows.append(_event_lead(e, tokens, vault, lang))
    return rows


def deal_rows(leads: list[dict[str, Any]], lang: str = "ru") -> list[dict[str, Any]]:
    """The same leads as deals for the deal import wizard, which has no contact columns: the client's name,
    phone and e-mail go first in COMMENTS."""
    out = []
    for lead in leads:
        contact = ", ".join(v for v in (lead["NAME"], lead["PHONE_MOBILE"], lead["EMAIL_WORK"]) if v)
        comments = sentence(f"{PHRASES[lang]['contact']}: {contact}", lead["COMMENTS"]) if contact \
            else lead["COMMENTS"]
        out.append({**lead, "COMMENTS": safe_text(comments), "STAGE_ID": "NEW"})
    return out


def write_csv(rows: list[dict[str, Any]], out: Path | io.TextIOBase, columns: list[str] | None = None) -> None:
    """The import-wizard file: UTF-8 with BOM, ``;``, all quoted, field-ID headers."""
    def _write(fh: Any) -> None:
        writer = csv.DictWriter(fh, fieldnames=columns or LEAD_COLUMNS, dialect="bitrix", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)

    if isinstance(out, Path):
        with open(out, "w", encoding="utf-8-sig", newline="") as fh:
            _write(fh)
    else:
        _write(out)


def since_cutoff(text: str, tz: dt.tzinfo | None = None, now: dt.datetime | None = None) -> dt.datetime:
    """``--since``: a duration back from now (``7d``, ``2w``, ``12h``) or a date / ISO time (``2025-11-01``,
    midnight on the calendar of ``tz``, the zone of the last ``analyze``)."""
    now = now or dt.datetime.now(dt.timezone.utc)
    value = str(text or "").strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", value):
        try:
            when = dt.datetime.fromisoformat(value)
        except ValueError as exc:
            raise InputError(f"{value!r} is not a date like 2025-11-01", field="--since") from exc
        return when if when.tzinfo else when.replace(tzinfo=tz or dt.timezone.utc)
    return now - parse_duration(value, "--since")


def started_since(rows: list[dict[str, Any]], cutoff: dt.datetime) -> list[dict[str, Any]]:
    """The leads whose conversation (or lead.created event) started at or after ``cutoff``; undated ones stay."""
    stamps = pd.to_datetime(pd.Series([r.get("STARTED_AT", "") for r in rows], dtype=object).replace("", None),
                            utc=True, errors="coerce", format="ISO8601")
    limit = pd.Timestamp(cutoff).tz_convert("UTC") if pd.Timestamp(cutoff).tzinfo else pd.Timestamp(cutoff, tz="UTC")
    return [r for r, t in zip(rows, stamps, strict=True) if pd.isna(t) or t >= limit]


def leads_from_workbook(workbook: Any, vault: Vault | None, *, lang: str = "ru") -> list[dict[str, Any]]:
    """Leads from what ``analyze`` stored (conversations, their messages, missed_leads) and the events tab."""
    from ..analysis.record import STORED_TABS, load_analysis

    workbook.prefetch([*STORED_TABS, "events", "missed_leads"])
    stored = load_analysis(workbook, need="exporting leads")
    msgs = stored.messages
    firsts = msgs[msgs["sender_role"] == "client"].drop_duplicates("conversation_id")  # in order: each one's first
    first_client = {str(cid): " ".join(str(text).split())[:160]
                    for cid, text in zip(firsts["conversation_id"], firsts["text"], strict=True)}
    return lead_rows(stored.conversations, stored.messages, workbook.read("events"), workbook.read("missed_leads"),
                     vault, first_client, lang)


def transcripts(workbook: Any, width: int = 4000, lang: str = "ru") -> dict[str, str]:
    """Scrubbed transcript per conversation_id, for the CRM timeline."""
    from ..analysis.record import load_analysis

    words = PHRASES[check_lang(lang)]
    out = {}
    for conv in load_analysis(workbook, need="pushing leads").conversation_objects():
        lines = [f"{words['client'] if m.role == 'client' else m.sender or words['business']}: "
                 f"{' '.join(m.text.split())}" for m in conv.messages]
        out[conv.conversation_id] = "\n".join(lines)[:width]
    return out


@dataclass
class ExportResult:
    """What ``export_bitrix`` wrote, what it left out, and the leads without a phone or e-mail."""

    rows: list[dict[str, Any]]
    skipped_exported: int = 0  # exported before (the local record); ``everything=True`` includes them
    skipped_older: int = 0  # started before ``since``
    kind: str = "leads"
    no_contact: dict[str, int] = field(default_factory=dict)  # reason → count
    since: dt.datetime | None = None


def export_bitrix(workbook: Any, out: Path, vault: Vault | None, *, lang: str = "ru",
                  since: dt.datetime | str | None = None, record: ExportRecord | None = None,
                  everything: bool = False, as_deals: bool = False) -> ExportResult:
    """Write the lead (or deal) file for Bitrix24's import wizard (SPEC §7).

    ``since`` (a time, or ``--since`` text: ``7d``, ``2025-11-01`` in the zone of the last analyze) keeps what
    started then or later; with a ``record`` the leads exported before are skipped (unless ``everything``) and
    the ones written are added to it."""
    from ..analysis.record import last_run

    if isinstance(since, str):
        since = since_cutoff(since, resolve_tz(last_run(workbook).get("tz") or None))
    rows = leads_from_workbook(workbook, vault, lang=lang)
    dated = started_since(rows, since) if since is not None else rows
    kind = "deals" if as_deals else "leads"
    fresh = dated if record is None or everything else [r for r in dated if not record.has(kind, r["ORIGIN_ID"])]
    written = deal_rows(fresh, lang) if as_deals else fresh
    write_csv(written, out, DEAL_COLUMNS if as_deals else LEAD_COLUMNS)
    if record is not None:
        record.add(kind, [r["ORIGIN_ID"] for r in written], str(out))
    reasons: dict[str, int] = {}
    for r in written:
        if r["NO_CONTACT"]:
            reasons[r["NO_CONTACT"]] = reasons.get(r["NO_CONTACT"], 0) + 1
    return ExportResult(written, len(dated) - len(fresh), len(rows) - len(dated), kind, reasons, since)
