"""Which conversations become Bitrix24 leads, and the CSV Bitrix24's import wizard reads as is (SPEC §7).

UTF-8 with BOM, ``;``-separated, every value quoted, field-ID headers, TITLE never empty. Clear phones and
e-mails come from the local vault — the only path that re-identifies a client, because the CRM is where
contacts belong — with phones in E.164. Free text is made inert against formula injection (a leading
``= + - @`` tab or CR gets an apostrophe); phones are normalized, never escaped.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pandas as pd

from ..privacy import Vault, normalize_phone
from ..vocabulary import code_of
from ..vocabulary import text as vtext
from ..workbook.cells import escape_text, is_formula_like

LEAD_COLUMNS = ["TITLE", "NAME", "PHONE_MOBILE", "EMAIL_WORK", "SOURCE_ID", "SOURCE_DESCRIPTION", "COMMENTS",
                "STATUS_ID"]
ORIGINATOR_ID = "sheets-bridge"
TOKEN = re.compile(r"\[(PHONE|EMAIL|NAME):[0-9a-f]+\]")
INTENT_RU = {"booking": "запись", "price": "цена", "question": "вопрос", "complaint": "жалоба", "other": "другое"}


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
                return clean(value)
        return ""

    return first("NAME").title(), first("PHONE", normalize_phone), first("EMAIL")


def lead_rows(conversations: pd.DataFrame, messages: pd.DataFrame, events: pd.DataFrame,
              missed: pd.DataFrame, vault: Vault | None, summaries: dict[str, str] | None = None
              ) -> list[dict[str, Any]]:
    """One lead per conversation worth one: missed leads, unbooked booking/price interest, and bot
    ``lead.created`` events without a CRM id. Each carries its ORIGIN_ID (conversation or event id)."""
    client_texts = (messages[messages["sender_role"] == "client"]
                    .assign(both=lambda d: d["sender"].astype(str) + " " + d["text"].astype(str))
                    .groupby("chat_id")["both"].agg(list))
    why = missed.set_index("conversation_id")["why_missed"] if len(missed) else pd.Series(dtype=object)
    wanted = missed.set_index("conversation_id")["client_wanted"] if len(missed) else pd.Series(dtype=object)
    worth = conversations[(conversations["missed_lead"] == 1) | (
        conversations["intent"].isin(["booking", "price"]) & (conversations["booked"] == 0))]
    rows = []
    lead_chats = set(worth["chat_id"])
    for c in worth.itertuples(index=False):
        tokens = _tokens(client_texts.get(c.chat_id, []))
        name, phone, email = _contact(tokens, vault)
        intent = INTENT_RU.get(str(c.intent), str(c.intent))
        summary = str(wanted.get(c.conversation_id, "") or (summaries or {}).get(c.conversation_id, "")) or intent
        code = code_of("why_missed", str(why.get(c.conversation_id, "")))
        reason = vtext("why_missed", code, "ru") if code else "без записи"
        rows.append({
            "TITLE": safe_text(f"Чат {c.channel}: {intent} — {summary}", 120) or f"Лид из чата {c.chat_id}",
            "NAME": safe_text(name, 100), "PHONE_MOBILE": phone, "EMAIL_WORK": safe_text(email, 100),
            "SOURCE_ID": str(c.channel).upper(), "SOURCE_DESCRIPTION": f"чат {c.channel}",
            "COMMENTS": safe_text(f"{summary}. Почему потерян: {reason}. "
                                  f"Рекомендация: {vtext('action', str(c.recommended_action), 'ru')}. "
                                  f"Менеджер: {c.manager}. conversation_id: {c.conversation_id}"),
            "STATUS_ID": "NEW", "ORIGIN_ID": str(c.conversation_id)})
    leads = events[(events["event_type"] == "lead.created") & (events["crm_id"].astype(str).str.strip() == "")]
    for e in leads.drop_duplicates("event_id").itertuples(index=False):
        if f"{e.channel}:{e.session_id}" in lead_chats:
            continue  # that conversation is already a lead
        payload = json.loads(e.payload) if str(e.payload).startswith("{") else {}
        session_texts = client_texts.get(f"{e.channel}:{e.session_id}", [])
        tokens = _tokens([str(e.user_id), json.dumps(payload, ensure_ascii=False), *session_texts])
        name, phone, email = _contact(tokens, vault)
        rows.append({
            "TITLE": safe_text(f"Заявка чат-бота ({e.channel}), сессия {e.session_id}", 120),
            "NAME": safe_text(name, 100), "PHONE_MOBILE": phone, "EMAIL_WORK": safe_text(email, 100),
            "SOURCE_ID": str(e.channel).upper(), "SOURCE_DESCRIPTION": "chatbot",
            "COMMENTS": safe_text(f"lead.created {e.timestamp}; intent: {e.intent or '—'}; event_id: {e.event_id}"),
            "STATUS_ID": "NEW", "ORIGIN_ID": str(e.event_id)})
    return rows


def write_csv(rows: list[dict[str, Any]], out: Path | io.TextIOBase) -> None:
    """The import-wizard file: UTF-8 with BOM, ``;``, all quoted, field-ID headers."""
    def _write(fh: Any) -> None:
        writer = csv.DictWriter(fh, fieldnames=LEAD_COLUMNS, dialect="bitrix", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)

    if isinstance(out, Path):
        with open(out, "w", encoding="utf-8-sig", newline="") as fh:
            _write(fh)
    else:
        _write(out)


def leads_from_workbook(workbook: Any, vault: Vault | None) -> list[dict[str, Any]]:
    """Leads from what ``analyze`` stored (conversations, their messages, missed_leads) and the events tab."""
    from ..analysis.record import load_analysis

    stored = load_analysis(workbook, need="exporting leads")
    first_client = {c.conversation_id: next((" ".join(m.text.split())[:160] for m in c.messages
                                             if m.role == "client"), "")
                    for c in stored.conversation_objects()}
    return lead_rows(stored.conversations, stored.messages, workbook.read("events"), workbook.read("missed_leads"),
                     vault, first_client)


def transcripts(workbook: Any, width: int = 4000) -> dict[str, str]:
    """Scrubbed transcript per conversation_id, for the CRM timeline."""
    from ..analysis.record import load_analysis

    out = {}
    for conv in load_analysis(workbook, need="pushing leads").conversation_objects():
        lines = [f"{'Клиент' if m.role == 'client' else m.sender or 'Бизнес'}: {' '.join(m.text.split())}"
                 for m in conv.messages]
        out[conv.conversation_id] = "\n".join(lines)[:width]
    return out


def export_bitrix(workbook: Any, out: Path, vault: Vault | None) -> list[dict[str, Any]]:
    """Write the lead file for Bitrix24's import wizard (SPEC §7); returns the leads written."""
    rows = leads_from_workbook(workbook, vault)
    write_csv(rows, out)
    return rows
