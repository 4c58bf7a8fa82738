"""Bitrix24: the import CSV (golden file), the REST push against a local Bitrix24, and reconciliation."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import stat
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from sheets_bridge.cli import cli
from sheets_bridge.crm.client import RESET_WAIT_MAX
from sheets_bridge.crm.leads import (
    DEAL_COLUMNS,
    LEAD_COLUMNS,
    deal_rows,
    lead_rows,
    since_cutoff,
    started_since,
    write_csv,
)
from sheets_bridge.crm.reconcile import read_crm_export, reconcile_frames
from sheets_bridge.crm.rest import BitrixClient, BitrixError, PushIncomplete, build_query, push
from sheets_bridge.errors import InputError
from sheets_bridge.privacy import Scrubber, Vault
from sheets_bridge.workbook import header_for

from .conftest import VirtualClock
from .fakes.bitrix_server import FakeBitrix, parse_php_query

GOLDEN = Path(__file__).parent / "golden" / "bitrix_leads.csv"
E164 = re.compile(r"\+\d{10,15}")


@pytest.fixture
def scrubber(tmp_path: Path) -> Scrubber:
    return Scrubber(bytes(range(32)), Vault(tmp_path / "vault.sqlite3"))


def _conversations() -> pd.DataFrame:
    rows = [("c_1", "whatsapp:a", "whatsapp", "Аура Алина", "price", 1, 0, "reply_template"),
            ("c_2", "telegram:b", "telegram", "Бот", "booking", 0, 0, "none"),
            ("c_3", "whatsapp:c", "whatsapp", "Аура Алина", "booking", 0, 1, "none"),      # booked: no lead
            ("c_4", "whatsapp:d", "whatsapp", "unassigned", "question", 1, 0, "clarify")]
    frame = pd.DataFrame(rows, columns=["conversation_id", "chat_id", "channel", "manager", "intent", "missed_lead",
                                        "booked", "recommended_action"])
    return frame


def _messages(scrubber: Scrubber) -> pd.DataFrame:
    raw = [("whatsapp:a", "client", "Катя Морозова", "Сколько стоит маникюр? мой номер 8 917 123-45-67"),
           ("telegram:b", "client", "+7 987 254-13-66", "Можно в субботу?"),
           ("whatsapp:d", "client", "Олег", "=HYPERLINK(\"http://evil\") а парковка? пишите oleg@mail.ru")]
    return pd.DataFrame([{"chat_id": c, "sender_role": r, "sender": scrubber.person(s),
                          "text": scrubber.scrub(t, known_names=[s])} for c, r, s, t in raw])


def _events(scrubber: Scrubber) -> pd.DataFrame:
    return pd.DataFrame([
        {"event_id": "ev-1", "timestamp": "2025-01-01T12:34:56+03:00", "channel": "whatsapp", "session_id": "s9",
         "user_id": scrubber.hash_id("+79270000001"), "event_type": "lead.created", "intent": "book", "crm_id": "",
         "payload": ""},
        {"event_id": "ev-2", "timestamp": "2025-01-01T12:40:00+03:00", "channel": "whatsapp", "session_id": "s8",
         "user_id": "", "event_type": "lead.created", "intent": "", "crm_id": "LEAD_5", "payload": ""}])


def _missed() -> pd.DataFrame:
    return pd.DataFrame([{"conversation_id": "c_1", "client_wanted": "Сколько стоит маникюр? мой номер [PHONE]",
                          "why_missed": "price given, but no booking offer"},
                         {"conversation_id": "c_4", "client_wanted": "=HYPERLINK(\"http://evil\") а парковка?",
                          "why_missed": "the client's last message got no reply"}])


def _rows(scrubber: Scrubber, lang: str = "ru") -> list[dict]:
    return lead_rows(_conversations(), _messages(scrubber), _events(scrubber), _missed(), scrubber.vault, lang=lang)


def _csv_text(rows: list[dict], columns: list[str] | None = None) -> str:
    buf = io.StringIO()
    write_csv(rows, buf, columns)
    return buf.getvalue()


def _read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff")), dialect="bitrix"))


# --- the CSV --------------------------------------------------------------------------------------------------
def test_lead_csv_matches_the_golden_file(scrubber: Scrubber) -> None:
    text = _csv_text(_rows(scrubber))
    if os.environ.get("UPDATE_GOLDEN"):  # regenerate on purpose, then review the diff before committing
        GOLDEN.write_text(text, encoding="utf-8", newline="")
    assert GOLDEN.exists(), f"{GOLDEN} is missing: run with UPDATE_GOLDEN=1 once and review it"
    assert text == GOLDEN.read_bytes().decode("utf-8")


def test_lead_csv_reads_back_with_the_bitrix_dialect(scrubber: Scrubber, tmp_path: Path) -> None:
    path = tmp_path / "leads.csv"
    write_csv(_rows(scrubber), path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM
    assert raw.splitlines()[0] == b'\xef\xbb\xbf"' + '";"'.join(LEAD_COLUMNS).encode() + b'"'
    read = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), dialect="bitrix"))
    assert len(read) == 4  # c_1, c_2, c_4, and ev-1 (ev-2 already has a CRM id; c_3 booked)
    assert all(r["TITLE"] for r in read)
    phones = [r["PHONE_MOBILE"] for r in read if r["PHONE_MOBILE"]]
    assert phones and all(E164.fullmatch(p) for p in phones)
    assert {"+79171234567", "+79872541366", "+79270000001"} <= set(phones)
    assert any(r["EMAIL_WORK"] == "oleg@mail.ru" for r in read)
    for r in read:
        for value in r.values():
            assert not value.startswith(("=", "+", "-", "@")) or E164.fullmatch(value)
    assert read[0]["NAME"] == "Катя Морозова" and "conversation_id: c_1" in read[0]["COMMENTS"]


EVIL = '=HYPERLINK("http://evil","x")'


def _evil_frames(scrubber: Scrubber) -> tuple[pd.DataFrame, ...]:
    conversations = pd.DataFrame([{"conversation_id": "c_e", "chat_id": f"{EVIL}:z", "channel": EVIL,
                                   "manager": "=cmd|' /C calc'!A0", "intent": "price", "missed_lead": 1, "booked": 0,
                                   "recommended_action": "-2+3"}])
    messages = pd.DataFrame([{"chat_id": f"{EVIL}:z", "sender_role": "client", "sender": scrubber.person("@Вася"),
                              "text": scrubber.scrub("+1+1 звоните 8 917 123-45-67")}])
    events = pd.DataFrame([{"event_id": "ev-e", "timestamp": "2025-01-01T12:00:00+03:00", "channel": EVIL,
                            "session_id": "-s", "user_id": "", "event_type": "lead.created", "intent": "=1+1",
                            "crm_id": "", "payload": ""}])
    missed = pd.DataFrame([{"conversation_id": "c_e", "client_wanted": "@SUM(1)", "why_missed": "=x"}])
    return conversations, messages, events, missed


@pytest.mark.parametrize("lang, deals", [("ru", False), ("en", False), ("ru", True), ("en", True)])
def test_every_free_text_cell_is_inert_even_a_formula_channel(scrubber: Scrubber, lang: str, deals: bool) -> None:
    rows = lead_rows(*_evil_frames(scrubber), scrubber.vault, lang=lang)
    rows = deal_rows(rows, lang) if deals else rows
    read = _read_csv(_csv_text(rows, DEAL_COLUMNS if deals else LEAD_COLUMNS))
    assert len(read) == 2 and {r["SOURCE_ID"] for r in read} == {"OTHER"}
    for r in read:
        assert r["TITLE"]
        for column, value in r.items():
            assert not value.startswith(("=", "+", "-", "@", "\t", "\r")) or E164.fullmatch(value), (column, value)


@pytest.mark.parametrize("lang, expected, absent", [
    ("ru", ["Чат whatsapp: цена —", "Почему потерян: назвали цену, но не предложили запись",
            "Рекомендация: ответить по шаблону", "Менеджер: без ответа бизнеса", "Заявка чат-бота (whatsapp)"],
     ["unassigned", "Manager"]),
    ("en", ["Chat whatsapp: price —", "Why lost: price given, but no booking offer",
            "Recommended action: reply with a template", "Manager: no business reply", "Chatbot lead (whatsapp)",
            "whatsapp chat", "Why lost: not booked"],
     ["unassigned", "Почему", "Менеджер", "Рекомендация", "чат-бот", "Заявка"]),
])
def test_free_text_is_in_the_owners_language(scrubber: Scrubber, lang: str, expected: list[str],
                                             absent: list[str]) -> None:
    text = _csv_text(_rows(scrubber, lang))
    for fragment in expected:
        assert fragment in text
    for fragment in absent:
        assert fragment not in text


def test_deal_csv_has_the_deal_wizard_columns_and_the_contact_in_comments(scrubber: Scrubber) -> None:
    text = _csv_text(deal_rows(_rows(scrubber)), DEAL_COLUMNS)
    read = _read_csv(text)
    assert text.splitlines()[0] == '"' + '";"'.join(DEAL_COLUMNS) + '"'
    assert len(read) == 4 and all(r["TITLE"] and r["STAGE_ID"] == "NEW" for r in read)
    assert read[0]["COMMENTS"].startswith("Клиент: Катя Морозова, +79171234567. ")
    assert "oleg@mail.ru" in read[2]["COMMENTS"]


@pytest.mark.parametrize("with_vault, with_messages, reasons", [
    (True, True, ["", "", "", ""]),                       # every lead has a phone or an e-mail
    (False, True, ["vault", "vault", "vault", "vault"]),  # the chats have tokens, but no vault to resolve them
    (True, False, ["client", "client", "client", ""]),    # no client messages: only ev-1's user id is a phone
])
def test_a_lead_without_contact_says_why(scrubber: Scrubber, with_vault: bool, with_messages: bool,
                                         reasons: list[str]) -> None:
    messages = _messages(scrubber) if with_messages else _messages(scrubber).iloc[0:0]
    rows = lead_rows(_conversations(), messages, _events(scrubber), _missed(), scrubber.vault if with_vault else None)
    assert [r["NO_CONTACT"] for r in rows] == reasons


@pytest.mark.parametrize("text, expected", [
    ("7d", "2025-11-13T12:00:00+00:00"), ("2w", "2025-11-06T12:00:00+00:00"), ("12h", "2025-11-20T00:00:00+00:00"),
    ("2025-11-01", "2025-11-01T00:00:00+05:00"), ("2025-11-01T09:30:00+03:00", "2025-11-01T09:30:00+03:00"),
])
def test_since_takes_a_duration_or_a_date(text: str, expected: str) -> None:
    import datetime as dt

    now = dt.datetime(2025, 11, 20, 12, tzinfo=dt.timezone.utc)
    assert since_cutoff(text, dt.timezone(dt.timedelta(hours=5)), now).isoformat() == expected


@pytest.mark.parametrize("text", ["", "last week", "2025-13-01", "0d"])
def test_since_refuses_what_it_cannot_read(text: str) -> None:
    with pytest.raises(InputError, match="--since"):
        since_cutoff(text)


def test_started_since_keeps_the_new_and_the_undated() -> None:
    import datetime as dt

    rows = [{"STARTED_AT": "2025-11-10T09:15:00+05:00"}, {"STARTED_AT": "2025-11-09T23:59:00+00:00"},
            {"STARTED_AT": ""}]
    assert started_since(rows, dt.datetime(2025, 11, 10, tzinfo=dt.timezone.utc)) == [rows[0], rows[2]]


@pytest.mark.parametrize("params, query", [
    ({"fields": {"TITLE": "Лид", "PHONE": [{"VALUE": "+7917", "VALUE_TYPE": "MOBILE"}]}},
     "fields[TITLE]=%D0%9B%D0%B8%D0%B4&fields[PHONE][0][VALUE]=%2B7917&fields[PHONE][0][VALUE_TYPE]=MOBILE"),
])
def test_batch_commands_use_php_style_queries(params: dict, query: str) -> None:
    assert "&".join(build_query(params)) == query
    assert parse_php_query(query) == params


# --- the REST push --------------------------------------------------------------------------------------------
LEADS = [{"TITLE": f"Лид {i}", "NAME": f"Клиент {i}" if i % 2 == 0 else "", "PHONE_MOBILE": f"+7917123{i:04d}",
          "EMAIL_WORK": "", "SOURCE_ID": "WHATSAPP", "SOURCE_DESCRIPTION": "чат whatsapp", "COMMENTS": "c",
          "STATUS_ID": "NEW", "ORIGIN_ID": f"c_{i}"} for i in range(60)]
NOTES = {lead["ORIGIN_ID"]: f"Клиент: {lead['TITLE']}" for lead in LEADS}


def fast_client(url: str, **kw) -> BitrixClient:  # noqa: ANN003
    return BitrixClient(url, backoff=0.01, **kw)


def _one_transcript_each(fake: FakeBitrix) -> bool:
    return all(len(fake.transcripts_of(lead["ID"])) == 1 for lead in fake.leads.values())


def test_push_creates_leads_with_comments_and_a_rerun_creates_nothing() -> None:
    clock = VirtualClock()
    with FakeBitrix(bucket=4, clock=clock) as fake:
        client = fast_client(fake.url, sleep=clock.sleep, clock=clock, monotonic=clock)
        start = clock()
        first = push(client, LEADS, NOTES)
        elapsed = clock() - start
        assert (first.leads, first.created, first.already_in_crm, first.comments_added) == (60, 60, 0, 60)
        assert len(fake.leads) == 60 and _one_transcript_each(fake)
        assert fake.leads["2"]["PHONE"] == [{"VALUE": "+79171230001", "VALUE_TYPE": "MOBILE"}]
        assert fake.leads["1"]["ORIGINATOR_ID"] == "sheets-bridge"
        second = push(client, LEADS, NOTES)
        assert (second.created, second.by_origin, second.comments_added) == (0, 60, 0)
        assert len(fake.leads) == 60 and len(fake.comments) == 60
        assert fake.limit_hits == 0, "the client kept under 2 requests per second"
        assert elapsed >= (client.requests_made - 1) * 0.5 * 0.5  # throttled, roughly 2 requests per second


@pytest.mark.parametrize("export_lang, push_lang, created, by_title, by_phone", [
    ("ru", "ru", 0, 4, 0),  # the same titles: every imported lead is recognised
    ("en", "ru", 0, 0, 4),  # other titles, but every lead has the client's phone or e-mail
])
def test_leads_imported_from_the_csv_are_not_pushed_again(scrubber: Scrubber, export_lang: str, push_lang: str,
                                                          created: int, by_title: int, by_phone: int) -> None:
    with FakeBitrix() as fake:
        imported = fake.import_csv(_csv_text(_rows(scrubber, export_lang)))
        assert all("ORIGIN_ID" not in fake.leads[i] for i in imported)  # the wizard sets none
        result = push(fast_client(fake.url, requests_per_second=50), _rows(scrubber, push_lang), {"c_1": "Клиент: …"})
        assert (result.created, result.by_title, result.by_phone) == (created, by_title, by_phone)
        assert len(fake.leads) == 4
        assert result.comments_added == (1 if by_title else 0)  # our own lead (same title) gets its transcript


def _lead(origin: str, title: str, phone: str = "") -> dict:
    return {**LEADS[0], "TITLE": title, "PHONE_MOBILE": phone, "ORIGIN_ID": origin}


@pytest.mark.parametrize("before, now, created, by_title, by_phone", [
    # another conversation's lead, pushed earlier with the same title or phone, is not this one
    ([_lead("c_a", "Чат telegram: запись — запись")], [_lead("c_b", "Чат telegram: запись — запись")], 1, 0, 0),
    ([_lead("c_a", "Лид A", "+79170000001")], [_lead("c_b", "Лид B", "+79170000001")], 1, 0, 0),
    # one imported lead matches one of ours only: the client's second conversation is a lead of its own
    ("csv", [_lead("c_a", "Лид A", "+79170000001"), _lead("c_b", "Лид B", "+79170000001")], 1, 0, 1),
    ("csv", [_lead("c_a", "Лид X", "+79170000001"), _lead("c_b", "Лид X")], 1, 1, 0),
])
def test_a_match_by_title_or_phone_is_never_another_conversations_lead(before: list | str, now: list[dict],
                                                                       created: int, by_title: int,
                                                                       by_phone: int) -> None:
    with FakeBitrix() as fake:
        client = fast_client(fake.url, requests_per_second=50)
        if before == "csv":
            fake.import_csv('"TITLE";"PHONE_MOBILE"\r\n"Лид X";"+7 917 000-00-01"\r\n')
        else:
            push(client, before, {})
        result = push(client, now, {})
        assert (result.created, result.by_title, result.by_phone) == (created, by_title, by_phone)


def test_push_command_says_the_leads_are_already_there_by_title(demo: Path, tmp_path: Path, monkeypatch) -> None:
    _home(demo, tmp_path, monkeypatch)
    out = tmp_path / "leads.csv"
    _export(demo, out)
    runner = CliRunner()
    with FakeBitrix() as fake:
        fake.import_csv(out.read_text(encoding="utf-8-sig"))
        result = runner.invoke(cli, ["push", "bitrix", "--url", fake.url, "-w", str(demo / "chat-audit.xlsx")])
        assert result.exit_code == 0, result.output
        n = len(fake.leads)
        assert f"0 leads created, {n} already in Bitrix24 (0 by ORIGIN_ID, {n} by title, 0 by phone/e-mail), " \
               f"{n} transcripts attached" in result.output
        assert len(fake.leads) == n and _one_transcript_each(fake)


def _spend(method: str, seconds: float) -> Callable[[FakeBitrix, VirtualClock], None]:
    """Another integration already spent ``seconds`` of this method's 10-minute budget."""
    def setup(fake: FakeBitrix, clock: VirtualClock) -> None:
        fake.operating_cost[method] = seconds
        fake._spend(method)
        fake.operating_cost[method] = 0.0
    return setup


def _heavy(method: str, seconds: float) -> Callable[[FakeBitrix, VirtualClock], None]:
    def setup(fake: FakeBitrix, clock: VirtualClock) -> None:
        fake.operating_cost[method] = seconds
    return setup


@pytest.mark.parametrize("setup, min_wait", [
    (_heavy("crm.lead.add", 100.0), 590),        # the 6th command of the create batch is refused (result_error)
    (_spend("crm.lead.list", 500.0), 590),       # a read refused inside a batch
    (_spend("crm.settings.mode.get", 500.0), 590),  # a single call refused with HTTP 429
])
def test_operation_time_limit_waits_until_the_reset_time_the_answer_gives(setup: Callable, min_wait: float) -> None:
    clock = VirtualClock(1_763_000_000.0)
    with FakeBitrix(clock=clock) as fake:
        setup(fake, clock)
        messages: list[str] = []
        client = BitrixClient(fake.url, sleep=clock.sleep)
        client.clock, client.notify = clock, messages.append
        result = push(client, LEADS[:6], NOTES)
        assert result.created == 6 and len(fake.leads) == 6, "every lead once: only the refused command is re-sent"
        assert _one_transcript_each(fake)
        assert min_wait <= max(clock.waits) <= RESET_WAIT_MAX
        assert messages and "OPERATION_TIME_LIMIT" in messages[0] and "until" in messages[0]


@pytest.mark.parametrize("break_it, heal", [
    (lambda fake: fake.required_fields.update(NAME="Имя"), lambda fake: fake.required_fields.clear()),
    (lambda fake: fake.fail_next.update({"crm.timeline.comment.add": 7}), lambda fake: None),
])
def test_after_a_partial_batch_failure_a_rerun_leaves_one_transcript_per_lead(break_it: Callable,
                                                                           heal: Callable) -> None:
    with FakeBitrix() as fake:
        client = fast_client(fake.url, requests_per_second=50)
        break_it(fake)
        with pytest.raises(PushIncomplete) as failed:
            push(client, LEADS, NOTES)
        assert failed.value.result.failed and "run the same command again" in str(failed.value)
        heal(fake)
        push(client, LEADS, NOTES)
        assert len(fake.leads) == 60 and _one_transcript_each(fake)
        assert len(fake.comments) == 60


def test_503_bursts_are_retried() -> None:
    with FakeBitrix() as fake:
        fake.burst_503 = 3
        client = fast_client(fake.url, requests_per_second=50)
        assert push(client, LEADS[:3], {}).created == 3


@pytest.mark.parametrize("break_it, expected", [
    (lambda fake: setattr(fake, "secret", "rotated"), ["NO_AUTH_FOUND", "secret in --url is wrong"]),
    (lambda fake: setattr(fake, "user_rights", False), ["INVALID_CREDENTIALS", "lacks the rights",
                                                        "CRM → Settings → Access permissions"]),
    (lambda fake: setattr(fake, "scopes", set()), ["insufficient_scope", 'tick the access permission "CRM (crm)"']),
    (lambda fake: setattr(fake, "can_add_leads", False), ["access denied", "right to add and edit leads"]),
    (lambda fake: setattr(fake, "free_plan", "REST API is available only on commercial plans"), ["export bitrix"]),
    (lambda fake: setattr(fake, "free_plan", "REST is available only by subscription"), ["export bitrix"]),
    (lambda fake: setattr(fake, "simple_crm", True), ["simple CRM mode", "CRM mode → Classic", "--as deals"]),
    (lambda fake: setattr(fake, "burst_500", 1000), ["internal error", "run the same command again later"]),
    (lambda fake: setattr(fake, "burst_503", 1000), ["QUERY_LIMIT_EXCEEDED", "nothing was changed"]),
])
def test_each_refusal_says_its_cause_and_what_to_do(break_it: Callable, expected: list[str]) -> None:
    with FakeBitrix() as fake:
        break_it(fake)
        with pytest.raises(BitrixError) as refused:
            push(fast_client(fake.url, requests_per_second=50), LEADS[:1], {})
        for fragment in expected:
            assert fragment in str(refused.value)
        assert not fake.leads, "nothing was created"


def test_per_command_errors_are_not_ignored() -> None:
    with FakeBitrix() as fake:
        client = fast_client(fake.url, requests_per_second=50)
        with pytest.raises(BitrixError, match="1 of 2 commands failed"):
            client.batch({"a": ("crm.lead.add", {"fields": {"TITLE": "ok"}}),
                          "b": ("crm.lead.add", {"fields": {"NAME": "no title"}})})


def test_a_write_with_an_unknown_outcome_is_not_sent_again() -> None:
    """A 500 on crm.lead.add may have created the lead: the client does not repeat it (a re-run checks first)."""
    with FakeBitrix() as fake:
        fake.burst_500 = 1
        client = fast_client(fake.url, requests_per_second=50)
        with pytest.raises(BitrixError, match="internal error"):
            client.batch({"a": ("crm.lead.add", {"fields": {"TITLE": "ok"}})})
        assert fake.requests == 1


def test_a_url_that_is_not_a_webhook() -> None:
    with pytest.raises(InputError, match="--url"):
        BitrixClient("https://example.bitrix24.ru/crm/lead/")


# --- reconciliation -------------------------------------------------------------------------------------------
def _reconcile_fixture(scrubber: Scrubber) -> tuple[pd.DataFrame, str]:
    events = []
    for i in range(10):
        events.append({"event_id": f"lead-{i}", "timestamp": f"2025-03-{3 + i % 2:02d}T10:00:00+05:00",
                       "channel": "whatsapp" if i < 6 else "telegram", "session_id": f"s{i}",
                       "user_id": scrubber.hash_id(f"+7917000000{i}"), "event_type": "lead.created",
                       "crm_id": f"LEAD_{100 + i}" if i < 3 else "", "payload": ""})
    events.append({**events[0], "event_type": "appointment.confirmed", "event_id": "other"})
    events.append(dict(events[1]))  # delivered twice
    # the CRM has 0-2 by ID, 3-4 by ORIGIN_ID, 5-6 by phone; 7, 8, 9 never arrived; 999 is not from the bot
    crm = ['"ID";"TITLE";"ORIGIN_ID";"PHONE_MOBILE"']
    crm += [f'"{100 + i}";"Лид {i}";"";""' for i in range(3)]
    crm += [f'"{200 + i}";"Лид {i}";"lead-{i}";""' for i in (3, 4)]
    crm += [f'"{300 + i}";"Лид {i}";"";"8 917 000-00-0{i}"' for i in (5, 6)]
    crm += ['"999";"Звонок";"";"+7 900 111-22-33"']
    return pd.DataFrame(events), "\r\n".join(crm) + "\r\n"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1251"])
def test_reconcile_reports_exactly_the_missing_leads(scrubber: Scrubber, tmp_path: Path, encoding: str) -> None:
    events, crm_text = _reconcile_fixture(scrubber)
    path = tmp_path / "crm.csv"
    path.write_bytes(crm_text.encode(encoding))
    table, loss = reconcile_frames(events, read_crm_export(path), scrubber)
    missing = table[table["status"] == "missing_in_crm"]["event_id"].tolist()
    assert sorted(missing) == ["lead-7", "lead-8", "lead-9"]
    assert (table["status"] == "matched").sum() == 7
    assert table[table["status"] == "unknown_in_events"]["crm_lead_id"].tolist() == ["999"]
    total = loss["missing"].sum() / loss["events"].sum()
    assert total == pytest.approx(0.30)
    assert list(table.columns) == header_for("reconcile")


def test_a_file_that_is_not_a_crm_export(tmp_path: Path) -> None:
    from sheets_bridge.errors import InputError

    path = tmp_path / "x.csv"
    path.write_text("a;b\n1;2\n", encoding="utf-8")
    with pytest.raises(InputError, match="not a Bitrix24 lead export"):
        read_crm_export(path)


# --- the commands on the demo ---------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    result = CliRunner().invoke(cli, ["demo", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _home(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, empty: bool = False) -> Path:
    """A sheets-bridge home of this test's own: a copy of the demo's (its key and vault), or an empty one."""
    home = tmp_path / "home"
    if empty:
        home.mkdir()
    else:
        shutil.copytree(demo / ".demo-home", home)
    monkeypatch.setenv("SHEETS_BRIDGE_HOME", str(home))
    return home


def _export(demo: Path, out: Path, *flags: str) -> tuple[str, list[dict[str, str]]]:
    result = CliRunner().invoke(cli, ["export", "bitrix", "--out", str(out), "-w", str(demo / "chat-audit.xlsx"),
                                      *flags])
    assert result.exit_code == 0, result.output
    return result.output, _read_csv(out.read_text(encoding="utf-8-sig"))


def test_export_command_on_the_demo(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _home(demo, tmp_path, monkeypatch)
    _, rows = _export(demo, tmp_path / "leads.csv")
    assert len(rows) >= 4 and all(r["TITLE"] for r in rows)
    assert "+79274441010" in {r["PHONE_MOBILE"] for r in rows}  # from the vault, for the CRM only
    json.dumps(rows)


@pytest.mark.parametrize("empty_home", [True, False])
def test_export_warns_about_leads_without_contact(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  empty_home: bool) -> None:
    _home(demo, tmp_path / "full", monkeypatch)
    _, full = _export(demo, tmp_path / "full.csv")
    n, reachable = len(full), sum(1 for r in full if r["PHONE_MOBILE"] or r["EMAIL_WORK"])
    assert 0 < reachable < n
    _home(demo, tmp_path, monkeypatch, empty=empty_home)
    output, rows = _export(demo, tmp_path / "leads.csv")
    assert len(rows) == n
    if empty_home:  # like exporting with another home than the one the chats were imported with
        expected = [f"{n} of {n} leads have no phone or e-mail", f"{reachable} because the vault",
                    "has no value for the phone/e-mail tokens", f"{n - reachable} because the client left no phone"]
    else:
        expected = [f"{n - reachable} of {n} leads have no phone or e-mail",
                    f"{n - reachable} because the client left no phone or e-mail"]
    for fragment in expected:
        assert fragment in output
    assert ("the vault" in output) == empty_home


def test_a_weekly_export_skips_what_was_exported_before(demo: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    home = _home(demo, tmp_path, monkeypatch)
    output, rows = _export(demo, tmp_path / "out.csv")
    n = len(rows)
    assert n >= 4 and f"{n} leads written" in output
    steps = [((), 0, f"{n} skipped: exported before"), (("--all",), n, f"{n} leads written"),
             (("--as", "deals"), n, f"{n} deals written"), (("--as", "deals"), 0, f"{n} skipped")]
    for flags, count, said in steps:
        output, rows = _export(demo, tmp_path / "out.csv", *flags)
        assert len(rows) == count and said in output, output
    record = home / "bitrix_exported.sqlite3"
    assert stat.S_IMODE(record.stat().st_mode) == 0o600


@pytest.mark.parametrize("since, some", [("2025-11-10", True), ("2025-11-16T00:00:00+05:00", True), ("7d", False)])
def test_export_since(demo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, since: str, some: bool) -> None:
    """Only what started since then; the demo's chats are from November 2025, so 7d leaves out everything."""
    _home(demo, tmp_path / "all", monkeypatch)
    _, everything = _export(demo, tmp_path / "all.csv")
    _home(demo, tmp_path, monkeypatch)
    output, rows = _export(demo, tmp_path / "week.csv", "--since", since)
    assert (0 < len(rows) < len(everything)) if some else not rows
    assert f"{len(everything) - len(rows)} left out: started before" in output
    assert "+0500" in output or since == "7d"  # a date is midnight in the zone of the last analyze
