"""Parity with the Apps Script bridge: the same events give the same `events` rows on both sides.

apps_script/tests/parity.test.js reads the same two files and checks doPost's rows.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sheets_bridge import events
from sheets_bridge.privacy import Scrubber
from sheets_bridge.workbook import header_for
from sheets_bridge.workbook.cells import rows_to_matrix

PARITY = Path(__file__).parent / "parity"


def python_rows() -> list[list[object]]:
    fixture = json.loads((PARITY / "events.json").read_text(encoding="utf-8"))
    scrubber = Scrubber(bytes.fromhex(fixture["key"]))
    received = dt.datetime.fromisoformat(fixture["received_at"])
    rows = [events.to_row(e, scrubber, received) for e in events.validate_many(fixture["events"])]
    return rows_to_matrix(header_for("events"), rows, 50_000, "events")


def test_python_rows_match_the_shared_expected_rows() -> None:
    expected = json.loads((PARITY / "expected_rows.json").read_text(encoding="utf-8"))
    assert python_rows() == expected


def test_the_expected_rows_are_scrubbed_and_inert() -> None:
    expected = json.loads((PARITY / "expected_rows.json").read_text(encoding="utf-8"))
    text = json.dumps(expected, ensure_ascii=False)
    for secret in ("917 123", "89171234567", "Anna.P", "2202 2061", "Анна,"):
        assert secret not in text
    assert "9161234567" in text  # an order number is not a phone
    assert expected[2][5].startswith("'=")
