"""Chatbot platforms' own webhook bodies → events, through the real Flask app (``POST /hooks/<platform>``).

Each tests/fixtures/chatbots/<platform>.json holds sample bodies written from the platform's docs (its ``_source``
names the page), the rows both receivers must write and bodies that must be refused naming the field.
apps_script/tests/chatbots.test.js posts the same bodies to the Apps Script bridge (``?source=<platform>``) and
checks the same rows.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from pathlib import Path
from typing import Any

import pytest

from sheets_bridge.errors import InputError
from sheets_bridge.privacy import Scrubber
from sheets_bridge.webhook import WebhookConfig, create_app
from sheets_bridge.webhook.adapters import ADAPTERS, Context, when
from sheets_bridge.workbook import header_for
from sheets_bridge.workbook.cells import rows_to_matrix

HERE = Path(__file__).parent
FIXTURES = sorted((HERE / "fixtures" / "chatbots").glob("*.json"))
KEY = bytes.fromhex(json.loads((HERE / "parity" / "events.json").read_text(encoding="utf-8"))["key"])
SECRET = "chatbot-fixture-secret"


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def receive(fixture: dict[str, Any], tmp_path: Path) -> tuple[list[Any], list[list[object]]]:
    """Post every sample body; the JSON answers and the rows the journal holds, as sheet cells."""
    received = dt.datetime.fromisoformat(fixture["received_at"])
    app = create_app(WebhookConfig(journal_path=tmp_path / "journal.sqlite3", scrubber=Scrubber(KEY), secret=SECRET,
                                   tz=fixture["tz"], clock=lambda: received))
    client = app.test_client()
    answers = []
    for request in fixture["requests"]:
        reply = client.post(f"/hooks/{fixture['platform']}", query_string=request.get("query", {}),
                            json=request["body"], headers={"Authorization": f"Bearer {SECRET}"})
        assert reply.status_code == 202, reply.get_json()
        answers.append(reply.get_json())
    rows = [row for _, row in app.extensions["sheets_bridge"]["journal"].pending(10_000)]
    return answers, rows_to_matrix(header_for("events"), rows, 50_000, "events")


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_sample_bodies_give_the_shared_rows(path: Path, tmp_path: Path) -> None:
    fixture = load(path)
    answers, rows = receive(fixture, tmp_path)
    assert rows == fixture["expected_rows"]
    assert [[a["stored"], a["duplicates"]] for a in answers] == fixture["expected_answers"]


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_fixtures_name_their_source_and_cover_every_adapter(path: Path) -> None:
    fixture = load(path)
    assert fixture["platform"] in ADAPTERS and path.stem == fixture["platform"]
    assert "http" in fixture["_source"]
    assert {p.stem for p in FIXTURES} == set(ADAPTERS) - {"generic"}


REJECTED = [(p.stem, r) for p in FIXTURES for r in load(p)["rejected"]]


@pytest.mark.parametrize("platform, case", REJECTED, ids=[f"{p}-{c['field']}" for p, c in REJECTED])
def test_bodies_that_are_not_the_platforms_are_refused_naming_the_field(platform: str, case: dict[str, Any],
                                                                        tmp_path: Path) -> None:
    app = create_app(WebhookConfig(journal_path=tmp_path / "j.sqlite3", scrubber=Scrubber(KEY), secret=SECRET))
    reply = app.test_client().post(f"/hooks/{platform}", json=case["body"],
                                   headers={"Authorization": f"Bearer {SECRET}"})
    assert reply.status_code == 400 and reply.get_json()["field"] == case["field"], reply.get_json()


TIMES = json.loads((HERE / "parity" / "times.json").read_text(encoding="utf-8"))
NOW = dt.datetime.fromisoformat(TIMES["now"])


@pytest.mark.parametrize("value, zone, expected", TIMES["cases"], ids=[str(c[0]) for c in TIMES["cases"]])
def test_platform_times_become_iso_with_an_offset(value: Any, zone: str, expected: str) -> None:
    assert when(value, "t", Context(tz=zoneinfo.ZoneInfo(zone), now=NOW)) == expected


@pytest.mark.parametrize("value", TIMES["not_times"])
def test_what_is_not_a_time_is_refused(value: Any) -> None:
    with pytest.raises(InputError, match="must be a time"):
        when(value, "t", Context(now=NOW))


@pytest.mark.parametrize("body, field", [(None, "event"), ({}, "timestamp"), ([], "events"), (0, "event")])
def test_empty_and_non_object_bodies_are_refused_at_events(body: Any, field: str, tmp_path: Path) -> None:
    app = create_app(WebhookConfig(journal_path=tmp_path / "j.sqlite3", scrubber=Scrubber(KEY), secret=SECRET))
    reply = app.test_client().post("/events", data=json.dumps(body), content_type="application/json",
                                   headers={"Authorization": f"Bearer {SECRET}"})
    assert reply.status_code == 400 and reply.get_json()["field"] == field


def test_an_unknown_time_zone_is_refused_when_the_receiver_starts(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="unknown time zone"):
        create_app(WebhookConfig(journal_path=tmp_path / "j.sqlite3", scrubber=Scrubber(KEY), tz="Mars/Olympus"))
