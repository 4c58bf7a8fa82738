"""Business hours that match real life: holidays, closed and open days, managers' own schedules (issue #21 item 7)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from sheets_bridge.analysis import AnalyzeOptions, analyze_frames, schedules
from sheets_bridge.cli import cli
from sheets_bridge.errors import InputError
from sheets_bridge.report import fmt
from sheets_bridge.timeutil import resolve_tz
from sheets_bridge.workbook import XlsxWorkbook

from .test_metrics import NO_EVENTS, FakeTagger

MSK = "Europe/Moscow"
TZ = resolve_tz(MSK)
HOUR = 3600


def chat(*rows: tuple[str, str, str], chat_id: str = "c1") -> pd.DataFrame:
    """rows of (local time 'YYYY-MM-DD HH:MM' in Moscow, role, sender)."""
    return pd.DataFrame([{"message_id": f"m_{chat_id}_{i}", "chat_id": chat_id, "channel": "whatsapp",
                          "timestamp": pd.Timestamp(when, tz=MSK).isoformat(), "sender_role": role, "sender": who,
                          "text": "Здравствуйте, можно записаться?" if role == "client" else "Да, конечно",
                          "source": f"t:{i}"} for i, (when, role, who) in enumerate(rows)])


def analysed(messages: pd.DataFrame, **options: str):  # noqa: ANN201 - AnalyzeResult
    return analyze_frames(messages, NO_EVENTS, AnalyzeOptions(tz=MSK, gap="30d", **options), FakeTagger())


def first_response(messages: pd.DataFrame, **options: str) -> float:
    return float(analysed(messages, **options).conversations.iloc[0]["first_response_s"])


# --- the schedule file -------------------------------------------------------------------------------------------
GOOD = """\
# Салон «Лето»: the business's week first
mon-fri 09:00-20:00; sat 10:00-18:00
holidays RU
shorten 1h
closed 2025-12-31
open 2025-03-08 10:00-16:00
Алина\tmon-fri 12:00-21:00
Елена Викторовна    tue-sat 10:00-19:00   # two or more spaces work like a tab
Алина\tclosed 2025-07-01..2025-07-03
"""


def test_a_schedule_file_gives_the_business_and_each_manager_their_hours() -> None:
    found = schedules.parse_file(GOOD, TZ, source="hours.txt")
    assert found.default.holidays == "RU" and found.default.shorten_s == HOUR
    assert found.default.open_s[5] == 10 * HOUR and found.default.close_s[6] == 0  # Saturday open, Sunday closed
    assert set(found.managers) == {"алина", "елена викторовна"}
    alina = found.managers["алина"]
    assert (alina.open_s[0], alina.close_s[0], alina.close_s[5]) == (12 * HOUR, 21 * HOUR, 0)
    assert alina.holidays == "RU" and alina.shorten_s == HOUR  # the business's calendar is everyone's
    assert (dt.date(2025, 7, 2), 0, 0) in alina.days and (dt.date(2025, 12, 31), 0, 0) in alina.days
    assert (dt.date(2025, 7, 2), 0, 0) not in found.default.days  # a vacation is hers alone
    assert schedules.describe(found) == "mon-fri 09:00-20:00; sat 10:00-18:00"


@pytest.mark.parametrize("text, line, says", [
    ("mon-fri 09:00-20:00\nsun 9-18\n", 2, "is not like 'mon-fri 09:00-20:00'"),
    ("mon-fri 09:00-20:00\nclosed 2025-13-01\n", 2, "is not a date like 2025-01-08"),
    ("mon-fri 09:00-20:00\nclosed 08.01.2025\n", 2, "is not a date like 2025-01-08"),
    ("mon-fri 09:00-20:00\n\n# c\nopen 2025-03-08 16:00-10:00\n", 4, "closing must be after opening"),
    ("mon-fri 09:00-20:00\nopen 2025-03-08\n", 2, "is not hours like 10:00-16:00"),
    ("mon-fri 09:00-20:00\nholidays Narnia\n", 2, "is not a country the holidays package knows"),
    ("mon-fri 09:00-20:00\nАлина\tholidays KZ\n", 2, "is for the whole business"),
    ("mon-fri 09:00-20:00\nshorten soon\n", 2, "is not a duration"),
    ("mon-fri 09:00-20:00\nclosed 2025-07-14..2025-07-01\n", 2, "ends before it starts"),
    ("Алина\tmon-fri 12:00-21:00\n", None, "no business week"),
])
def test_a_bad_schedule_line_names_the_file_and_the_line(text: str, line: int | None, says: str) -> None:
    with pytest.raises(InputError, match=says) as caught:
        schedules.parse_file(text, TZ, source="hours.txt")
    assert caught.value.file == "hours.txt" and caught.value.line == line
    assert str(caught.value).startswith("hours.txt" + (f" line {line}: " if line else ": "))


@pytest.mark.parametrize("value, says", [
    ("mon-fri 9-20", "--business-hours"),
    ("missing/hours.txt", "no such schedule file"),
    ("hours.txt", "no such schedule file"),
])
def test_a_bad_business_hours_value_says_what_to_give(value: str, says: str) -> None:
    with pytest.raises(InputError, match=says):
        schedules.load(value, TZ)


def test_inline_hours_read_as_before_and_may_name_days_too() -> None:
    inline = schedules.load("mon-fri 09:00-20:00; sat 10:00-18:00", TZ)
    assert inline.default.open_s == (9 * HOUR,) * 5 + (10 * HOUR, 0) and not inline.managers
    assert inline.default.holidays == "RU" and inline.source == ""
    more = schedules.load("mon-fri 09:00-20:00; closed 2025-01-09; holidays none", TZ)
    assert more.default.holidays == "" and more.default.days == ((dt.date(2025, 1, 9), 0, 0),)
    msgs = chat(("2025-01-09 10:00", "client", "Анна"), ("2025-01-10 09:30", "manager", "Алина"))
    for spec, recorded in (("mon-fri 09:00-20:00; sat 10:00-18:00", "mon-fri 09:00-20:00; sat 10:00-18:00"),
                           ("пн-пт 09:00-20:00", "пн-пт 09:00-20:00"),  # as given: the report shows it
                           # dated parts too, so that a later run (the job) repeats them; the report shows the week
                           ("mon-fri 09:00-20:00; closed 2025-01-09", "mon-fri 09:00-20:00; closed 2025-01-09")):
        assert analysed(msgs, business_hours=spec).run["business_hours"] == recorded
    assert fmt.business_hours("mon-fri 09:00-20:00; closed 2025-01-09; holidays none", "en") == "Mon–Fri 09:00–20:00"


# --- holidays ----------------------------------------------------------------------------------------------------
# a client writes at 10:00 and is answered at 09:30 on a later day; hours mon-fri 09:00-18:00 in Moscow
@pytest.mark.parametrize("asked, answered, holidays, expected", [
    ("2025-01-01 10:00", "2025-01-09 09:30", None, 30 * 60),  # RU: Jan 1-8 are days off; Jan 9 counts
    ("2025-01-01 10:00", "2025-01-09 09:30", "RU", 30 * 60),
    ("2025-01-01 10:00", "2025-01-09 09:30", "none", 8 * HOUR + 5 * 9 * HOUR + 30 * 60),  # Jan 1-3, 6-8 count
    ("2025-01-01 10:00", "2025-01-09 09:30", "KZ", 3 * 9 * HOUR + 30 * 60),  # KZ: Jan 1-3, 7 off; Sun 5 works
    # RU moved a day off: Saturday 2025-11-01 is a working day, Monday 2025-11-03 is not
    ("2025-10-31 17:30", "2025-11-03 09:30", None, 30 * 60 + 9 * HOUR),
    ("2025-10-31 17:30", "2025-11-03 09:30", "none", 30 * 60 + 30 * 60),
])
def test_a_message_on_a_holiday_waits_for_the_first_working_day(asked: str, answered: str, holidays: str | None,
                                                                 expected: float) -> None:
    msgs = chat((asked, "client", "Анна"), (answered, "manager", "Алина"))
    options = {"business_hours": "mon-fri 09:00-18:00", **({"holidays": holidays} if holidays else {})}
    assert first_response(msgs, **options) == pytest.approx(expected)


@pytest.mark.parametrize("hours, expected", [
    ("mon-fri 09:00-18:00", 2 * HOUR + 30 * 60 + 30 * 60),        # Friday 15:30-18:00 and Monday 09:00-09:30
    ("mon-fri 09:00-18:00; shorten 1h", 1 * HOUR + 30 * 60 + 30 * 60),  # the eve of March 8 closes at 17:00
    ("mon-fri 09:00-18:00; open 2025-03-07 09:00-16:00", 30 * 60 + 30 * 60),  # the owner says 16:00
    ("mon-fri 09:00-18:00; closed 2025-03-07", 30 * 60),           # closed all day: only Monday's 30 min
])
def test_a_shortened_or_closed_day_before_a_holiday(hours: str, expected: float) -> None:
    # Friday 2025-03-07 15:30 → Monday 2025-03-10 09:30 (Saturday March 8 is a holiday anyway)
    msgs = chat(("2025-03-07 15:30", "client", "Анна"), ("2025-03-10 09:30", "manager", "Алина"))
    assert first_response(msgs, business_hours=hours) == pytest.approx(expected)


def test_an_open_line_opens_a_holiday() -> None:
    msgs = chat(("2025-03-08 11:00", "client", "Анна"), ("2025-03-08 12:00", "manager", "Алина"))
    assert first_response(msgs, business_hours="mon-sat 10:00-18:00") == 0  # March 8: closed
    assert first_response(msgs, business_hours="mon-sat 10:00-18:00; open 2025-03-08 10:00-16:00") == HOUR


# --- managers' own schedules -------------------------------------------------------------------------------------
SHIFTS = "mon-fri 09:00-18:00\nАлина\tmon-fri 09:00-18:00\nОльга\tmon-fri 12:00-21:00\nholidays none\n"


@pytest.mark.parametrize("answerer, expected", [
    ("Алина", 10 * 60 + 9 * HOUR + 30 * 60),   # 17:50-18:00, Thu 09:00-18:00, Fri 09:00-09:30
    ("Ольга", 3 * HOUR + 10 * 60 + 9 * HOUR),  # 17:50-21:00, Thu 12:00-21:00, Fri before 12:00 closed
    ("Тимур", 10 * 60 + 9 * HOUR + 30 * 60),   # no schedule of his own: the business's
])
def test_the_answering_managers_schedule_times_the_reply(tmp_path: Path, answerer: str, expected: float) -> None:
    (tmp_path / "hours.txt").write_text(SHIFTS, encoding="utf-8")
    msgs = chat(("2025-06-04 17:50", "client", "Анна"), ("2025-06-06 09:30", "manager", answerer))
    result = analysed(msgs, business_hours=str(tmp_path / "hours.txt")).conversations.iloc[0]
    assert result["first_response_s"] == pytest.approx(expected)
    assert result["human_first_response_s"] == pytest.approx(expected)


def test_waiting_runs_on_the_conversations_managers_schedule(tmp_path: Path) -> None:
    """Ольга answered once; the client's next message waits on her hours. An untouched chat waits on the business's."""
    (tmp_path / "hours.txt").write_text(SHIFTS, encoding="utf-8")
    olga = chat(("2025-06-04 12:00", "client", "Анна"), ("2025-06-04 12:05", "manager", "Ольга"),
                ("2025-06-04 20:00", "client", "Анна"), chat_id="olga")
    nobody = chat(("2025-06-04 20:00", "client", "Иван"), ("2025-06-05 10:00", "client", "Иван"), chat_id="nobody")
    last = chat(("2025-06-05 13:00", "client", "Пётр"), ("2025-06-05 13:00", "manager", "Алина"), chat_id="z")
    result = analysed(pd.concat([olga, nobody, last], ignore_index=True), business_hours=str(tmp_path / "hours.txt"))
    waiting = result.waiting.set_index("chat_id")["waiting_s"]
    assert waiting["olga"] == pytest.approx(HOUR + 60 * 60)  # Wed 20:00-21:00, Thu 12:00-13:00
    assert waiting["nobody"] == pytest.approx(4 * HOUR)      # since Wed 20:00 (closed): Thu 09:00-13:00
    assert result.run["hours_file"] == str(tmp_path / "hours.txt") and result.run["holidays"] == "none"
    assert result.run["business_hours"] == "mon-fri 09:00-18:00"


def test_without_business_hours_nothing_changes() -> None:
    msgs = chat(("2025-01-01 10:00", "client", "Анна"), ("2025-01-01 11:00", "manager", "Алина"))
    result = analysed(msgs, holidays="KZ")  # no business hours: the clock runs day and night, holidays too
    assert result.conversations.iloc[0]["first_response_s"] == HOUR
    assert (result.run["business_hours"], result.run["hours_file"], result.run["holidays"]) == ("", "", "")


def test_the_cli_reads_a_schedule_file_and_a_bad_one_exits_2(tmp_path: Path) -> None:
    book = tmp_path / "book.xlsx"
    wb = XlsxWorkbook(book)
    wb.append("messages", chat(("2025-01-01 10:00", "client", "Анна"), ("2025-01-09 09:30", "manager", "Алина")))
    wb.close()
    hours = tmp_path / "hours.txt"
    hours.write_text("mon-fri 09:00-18:00\n", encoding="utf-8")
    args = ["analyze", "-w", str(book), "--tz", MSK, "--gap", "30d", "--business-hours", str(hours)]
    ok = CliRunner().invoke(cli, args)
    assert ok.exit_code == 0, ok.output
    row = XlsxWorkbook(book).read("conversations").iloc[0]
    assert row["first_response_s"] == 30 * 60
    hours.write_text("mon-fri 09:00-18:00\nclosed tomorrow\n", encoding="utf-8")
    bad = CliRunner().invoke(cli, args)
    assert bad.exit_code == 2 and f"{hours} line 2:" in bad.output, bad.output


def test_the_example_in_the_docs_reads() -> None:
    docs = (Path(__file__).resolve().parents[1] / "docs" / "metrics.md").read_text(encoding="utf-8")
    example = docs.split("```text\n", 1)[1].split("```", 1)[0]
    found = schedules.parse_file(example, TZ, source="docs/metrics.md")
    assert set(found.managers) == {"алина", "елена викторовна"} and found.default.shorten_s == HOUR
    assert (dt.date(2025, 7, 14), 0, 0) in found.managers["алина"].days
