"""Parity with the Apps Script bridge: the same events give the same `events` rows on both sides.

apps_script/tests/parity.test.js reads the same files and checks doPost's rows (and the scrubber's output for
tests/parity/phones.json) — for the source files and for the one-file build apps_script/dist/sheets-bridge.gs.
events.json holds the ``events`` (one request to ``/events``), then ``requests`` (to ``/events`` or, with a
``source``, to ``/hooks/<source>``: generic-hook ids, events without ids sent again or differing in crm_id, names
in payloads); the rows the receiver holds after all of them are expected_rows.json, and its answers (stored,
duplicates), request by request, are ``expected_answers``. The ``rejected`` bodies (hostile input, issue #18) are
refused by both, naming the same field.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from sheets_bridge.privacy import Scrubber
from sheets_bridge.webhook import WebhookConfig, create_app
from sheets_bridge.workbook import header_for
from sheets_bridge.workbook.cells import rows_to_matrix

PARITY = Path(__file__).parent / "parity"
FIXTURE = json.loads((PARITY / "events.json").read_text(encoding="utf-8"))
PHONES = json.loads((PARITY / "phones.json").read_text(encoding="utf-8"))["cases"]
SECRET = "a-long-enough-secret"


def requests() -> list[dict[str, Any]]:
    return [{"body": FIXTURE["events"]}, *FIXTURE["requests"]]


def receive(tmp_path: Path) -> tuple[list[list[Any]], list[list[Any]]]:
    """Every request of the fixture posted to the receiver: its answers and the rows of its journal, as cells."""
    received = dt.datetime.fromisoformat(FIXTURE["received_at"])
    app = create_app(WebhookConfig(journal_path=tmp_path / "journal.sqlite3",
                                   scrubber=Scrubber(bytes.fromhex(FIXTURE["key"])), secret=SECRET,
                                   clock=lambda: received))
    client, answers = app.test_client(), []
    for request in requests():
        path = f"/hooks/{request['source']}" if request.get("source") else "/events"
        reply = client.post(path, json=request["body"], headers={"Authorization": f"Bearer {SECRET}"})
        assert reply.status_code == 202, reply.get_json()
        answers.append([reply.get_json()["stored"], reply.get_json()["duplicates"]])
    rows = [row for _, row in app.extensions["sheets_bridge"]["journal"].pending(10_000)]
    return answers, rows_to_matrix(header_for("events") or [], rows, 50_000, "events")


def test_python_rows_match_the_shared_expected_rows(tmp_path: Path) -> None:
    expected = json.loads((PARITY / "expected_rows.json").read_text(encoding="utf-8"))
    answers, rows = receive(tmp_path)
    assert rows == expected
    assert answers == FIXTURE["expected_answers"]


def test_the_expected_rows_are_scrubbed_and_inert() -> None:
    expected = json.loads((PARITY / "expected_rows.json").read_text(encoding="utf-8"))
    text = json.dumps(expected, ensure_ascii=False)
    for secret in ("917 123", "89171234567", "Anna.P", "2202 2061", "Анна,", "701 123", "29 765", "151 2345",
                   "иван@", "4512 345678", "4111 1111", "Сафина\"", "Гарипова", "Иванова", "anna_safina", "Хасанов",
                   "ildar77", "Mehta", "917 765", "Ковалёва", "manager_1", "anna@", "79171234567", "Сафиной"):
        assert secret not in text
    assert "9161234567" in text  # an order number is not a phone
    assert expected[2][5].startswith("'=")
    by_id = {row[0]: row for row in expected}
    assert by_id["007"][5] == "00123" and by_id["007"][10] == "1e5"  # numeric-looking text stays text
    assert by_id["2025-01-01"][4] == "'=1+1" and by_id["2025-01-01"][8] == "''tis"


@pytest.mark.parametrize("case", FIXTURE["rejected"], ids=[c["_case"] for c in FIXTURE["rejected"]])
def test_the_shared_rejected_bodies_are_refused_naming_the_field(tmp_path: Path, case: dict[str, Any]) -> None:
    app = create_app(WebhookConfig(journal_path=tmp_path / "journal.sqlite3",
                                   scrubber=Scrubber(bytes.fromhex(FIXTURE["key"])), secret=SECRET))
    path = f"/hooks/{case['source']}" if case.get("source") else "/events"
    reply = app.test_client().post(path, json=case["body"], headers={"Authorization": f"Bearer {SECRET}"})
    assert (reply.status_code, reply.get_json()["field"]) == (400, case["field"])
    assert app.extensions["sheets_bridge"]["journal"].pending(10) == []


@pytest.mark.parametrize("text, scrubbed, keyed_id", PHONES, ids=[c[0] for c in PHONES])
def test_the_scrubber_gives_the_shared_results(text: str, scrubbed: str, keyed_id: str) -> None:
    scrubber = Scrubber(bytes.fromhex(FIXTURE["key"]))
    assert (scrubber.scrub(text), scrubber.hash_id(text)) == (scrubbed, keyed_id)
