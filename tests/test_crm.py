"""Bitrix24: the import CSV (golden file), the REST push against a local Bitrix24, and reconciliation."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import time
from pathlib import Path

import pandas as pd
import pytest

from sheets_bridge.crm.leads import LEAD_COLUMNS, lead_rows, write_csv
from sheets_bridge.crm.reconcile import read_crm_export, reconcile_frames
from sheets_bridge.crm.rest import BitrixClient, BitrixError, build_query, push
from sheets_bridge.privacy import Scrubber, Vault
from sheets_bridge.workbook import header_for

from .fakes.bitrix_server import SECRET, FakeBitrix, parse_php_query

GOLDEN = Path(__file__).parent / "golden" / "bitrix_leads.csv"


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


def _csv_text(scrubber: Scrubber) -> str:
    rows = lead_rows(_conversations(), _messages(scrubber), _events(scrubber), _missed(), scrubber.vault)
    buf = io.StringIO()
    write_csv(rows, buf)
    return buf.getvalue()


def test_lead_csv_matches_the_golden_file(scrubber: Scrubber) -> None:
    text = _csv_text(scrubber)
    if os.environ.get("UPDATE_GOLDEN"):  # regenerate on purpose, then review the diff before committing
        GOLDEN.write_text(text, encoding="utf-8", newline="")
    assert GOLDEN.exists(), f"{GOLDEN} is missing: run with UPDATE_GOLDEN=1 once and review it"
    assert text == GOLDEN.read_bytes().decode("utf-8")


def test_lead_csv_reads_back_with_the_bitrix_dialect(scrubber: Scrubber, tmp_path: Path) -> None:
    path = tmp_path / "leads.csv"
    rows = lead_rows(_conversations(), _messages(scrubber), _events(scrubber), _missed(), scrubber.vault)
    write_csv(rows, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM
    assert raw.splitlines()[0] == b'\xef\xbb\xbf"' + '";"'.join(LEAD_COLUMNS).encode() + b'"'
    read = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), dialect="bitrix"))
    assert len(read) == 4  # c_1, c_2, c_4, and ev-1 (ev-2 already has a CRM id; c_3 booked)
    assert all(r["TITLE"] for r in read)
    phones = [r["PHONE_MOBILE"] for r in read if r["PHONE_MOBILE"]]
    assert phones and all(re.fullmatch(r"\+\d{10,15}", p) for p in phones)
    assert {"+79171234567", "+79872541366", "+79270000001"} <= set(phones)
    assert any(r["EMAIL_WORK"] == "oleg@mail.ru" for r in read)
    for r in read:
        for value in r.values():
            assert not value.startswith(("=", "+", "-", "@")) or re.fullmatch(r"\+\d{10,15}", value)
    assert read[0]["NAME"] == "Катя Морозова" and "conversation_id: c_1" in read[0]["COMMENTS"]


@pytest.mark.parametrize("params, query", [
    ({"fields": {"TITLE": "Лид", "PHONE": [{"VALUE": "+7917", "VALUE_TYPE": "MOBILE"}]}},
     "fields[TITLE]=%D0%9B%D0%B8%D0%B4&fields[PHONE][0][VALUE]=%2B7917&fields[PHONE][0][VALUE_TYPE]=MOBILE"),
])
def test_batch_commands_use_php_style_queries(params: dict, query: str) -> None:
    assert "&".join(build_query(params)) == query
    assert parse_php_query(query) == params


LEADS = [{"TITLE": f"Лид {i}", "NAME": "", "PHONE_MOBILE": "+79171234567" if i % 2 else "", "EMAIL_WORK": "",
          "SOURCE_ID": "WHATSAPP", "SOURCE_DESCRIPTION": "чат whatsapp", "COMMENTS": "c", "STATUS_ID": "NEW",
          "ORIGIN_ID": f"c_{i}"} for i in range(60)]


def fast_client(url: str, **kw) -> BitrixClient:  # noqa: ANN003
    return BitrixClient(url, backoff=0.01, **kw)


def test_push_creates_leads_with_comments_and_a_rerun_creates_nothing() -> None:
    with FakeBitrix(bucket=4) as fake:
        client = fast_client(fake.url)
        start = time.monotonic()
        first = push(client, LEADS, {lead["ORIGIN_ID"]: f"Клиент: {lead['TITLE']}" for lead in LEADS})
        elapsed = time.monotonic() - start
        assert first == {"leads": 60, "already_in_crm": 0, "created": 60}
        assert len(fake.leads) == 60 and len(fake.comments) == 60
        assert fake.leads["2"]["PHONE"] == [{"VALUE": "+79171234567", "VALUE_TYPE": "MOBILE"}]
        assert fake.leads["1"]["ORIGINATOR_ID"] == "sheets-bridge"
        second = push(client, LEADS, {})
        assert second["created"] == 0 and len(fake.leads) == 60
        assert fake.limit_hits == 0, "the client kept under 2 requests per second"
        assert elapsed >= (client.requests_made - 1) * 0.5 * 0.5  # throttled, roughly 2 requests per second


def test_503_bursts_are_retried() -> None:
    with FakeBitrix() as fake:
        fake.burst_503 = 3
        client = fast_client(fake.url, requests_per_second=50)
        assert push(client, LEADS[:3], {})["created"] == 3


def test_wrong_webhook_secret() -> None:
    with FakeBitrix() as fake:
        client = fast_client(fake.url.replace(SECRET, "wrong"), requests_per_second=50)
        with pytest.raises(BitrixError, match="NO_AUTH_FOUND"):
            push(client, LEADS[:1], {})


def test_free_plan_points_to_the_csv() -> None:
    with FakeBitrix() as fake:
        fake.free_plan = True
        with pytest.raises(BitrixError, match="export bitrix"):
            push(fast_client(fake.url, requests_per_second=50), LEADS[:1], {})


def test_per_command_errors_are_not_ignored() -> None:
    with FakeBitrix() as fake:
        client = fast_client(fake.url, requests_per_second=50)
        with pytest.raises(BitrixError, match="1 of 2 commands failed"):
            client.batch({"a": ("crm.lead.add", {"fields": {"TITLE": "ok"}}),
                          "b": ("crm.lead.add", {"fields": {"NAME": "no title"}})})


def test_a_url_that_is_not_a_webhook() -> None:
    from sheets_bridge.errors import InputError

    with pytest.raises(InputError, match="--url"):
        BitrixClient("https://example.bitrix24.ru/crm/lead/")


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


def test_export_command_on_the_demo(tmp_path: Path, monkeypatch) -> None:
    from click.testing import CliRunner

    from sheets_bridge.cli import cli

    runner = CliRunner()
    assert runner.invoke(cli, ["demo", "--out", str(tmp_path)]).exit_code == 0
    monkeypatch.setenv("SHEETS_BRIDGE_HOME", str(tmp_path / ".demo-home"))
    out = tmp_path / "leads.csv"
    result = runner.invoke(cli, ["export", "bitrix", "--out", str(out), "-w", str(tmp_path / "chat-audit.xlsx")])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")), dialect="bitrix"))
    assert len(rows) >= 4 and all(r["TITLE"] for r in rows)
    assert "+79274441010" in {r["PHONE_MOBILE"] for r in rows}  # from the vault, for the CRM only
    json.dumps(rows)
