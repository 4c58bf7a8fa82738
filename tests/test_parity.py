"""Parity with the Apps Script bridge: the same events give the same `events` rows on both sides.

apps_script/tests/parity.test.js reads the same files and checks doPost's rows (and the scrubber's output for
tests/parity/phones.json) — for the source files and for the one-file build apps_script/dist/sheets-bridge.gs.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from sheets_bridge import events
from sheets_bridge.privacy import Scrubber
from sheets_bridge.workbook import header_for
from sheets_bridge.workbook.cells import rows_to_matrix

PARITY = Path(__file__).parent / "parity"
FIXTURE = json.loads((PARITY / "events.json").read_text(encoding="utf-8"))
PHONES = json.loads((PARITY / "phones.json").read_text(encoding="utf-8"))["cases"]


def python_rows() -> list[list[object]]:
    scrubber = Scrubber(bytes.fromhex(FIXTURE["key"]))
    received = dt.datetime.fromisoformat(FIXTURE["received_at"])
    rows = [events.to_row(e, scrubber, received) for e in events.validate_many(FIXTURE["events"])]
    return rows_to_matrix(header_for("events"), rows, 50_000, "events")


def test_python_rows_match_the_shared_expected_rows() -> None:
    expected = json.loads((PARITY / "expected_rows.json").read_text(encoding="utf-8"))
    assert python_rows() == expected


def test_the_expected_rows_are_scrubbed_and_inert() -> None:
    expected = json.loads((PARITY / "expected_rows.json").read_text(encoding="utf-8"))
    text = json.dumps(expected, ensure_ascii=False)
    for secret in ("917 123", "89171234567", "Anna.P", "2202 2061", "Анна,", "701 123", "29 765", "151 2345",
                   "иван@", "4512 345678", "4111 1111"):
        assert secret not in text
    assert "9161234567" in text  # an order number is not a phone
    assert expected[2][5].startswith("'=")
    by_id = {row[0]: row for row in expected}
    assert by_id["007"][5] == "00123" and by_id["007"][10] == "1e5"  # numeric-looking text stays text
    assert by_id["2025-01-01"][4] == "'=1+1" and by_id["2025-01-01"][8] == "''tis"


@pytest.mark.parametrize("text, scrubbed, keyed_id", PHONES, ids=[c[0] for c in PHONES])
def test_the_scrubber_gives_the_shared_results(text: str, scrubbed: str, keyed_id: str) -> None:
    scrubber = Scrubber(bytes.fromhex(FIXTURE["key"]))
    assert (scrubber.scrub(text), scrubber.hash_id(text)) == (scrubbed, keyed_id)
