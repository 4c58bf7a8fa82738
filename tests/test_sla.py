"""Reply targets (``analyze --sla 10m,2h``): kpi columns on the right, recorded for the report, equal in SQL."""

from __future__ import annotations

import datetime as dt
import html as htmllib
import re
from pathlib import Path

import pandas as pd
import pytest

from sheets_bridge.analysis import AnalyzeOptions, analyze, sla
from sheets_bridge.analysis.scoring import KPI_COLUMNS
from sheets_bridge.errors import InputError
from sheets_bridge.report import fmt, render_report, report_data
from sheets_bridge.workbook import XlsxWorkbook

from .test_hours import MSK, chat
from .test_metrics import FakeTagger

MONDAY = "2025-06-02"


def week_of_conversations() -> pd.DataFrame:
    """Six conversations in the week of 2025-06-02: first replies after 4, 9, 20 and 100 min, 3 h, and none."""
    waits = {"a": 4, "b": 9, "c": 20, "d": 100, "e": 180, "f": None}
    frames = []
    for day, (key, minutes) in enumerate(waits.items()):
        start = pd.Timestamp(f"{MONDAY} 10:00") + pd.Timedelta(days=day)
        rows = [(start.strftime("%Y-%m-%d %H:%M"), "client", f"Клиент {key}")]
        if minutes is not None:
            who = "Алина" if key in "abc" else "Ольга"
            rows.append(((start + pd.Timedelta(minutes=minutes)).strftime("%Y-%m-%d %H:%M"), "manager", who))
        frames.append(chat(*rows, chat_id=key))
    return pd.concat(frames, ignore_index=True)


@pytest.mark.parametrize("text, labels", [
    ("", []),
    ("10m,2h", ["10m", "2h"]),
    ("2h, 10m", ["2h", "10m"]),           # the order given: the first is the report's headline
    ("15m", ["15m"]),                     # one of SPEC's three: no new column
    ("1h,60m,3600s", ["60m"]),            # one limit, however it is written
    ("1h30m", ["90m"]),
    ("45s", ["45s"]),
    ("1d", ["24h"]),
])
def test_limits_are_read_with_the_one_duration_parser(text: str, labels: list[str]) -> None:
    assert [t.label for t in sla.parse(text)] == labels
    assert sla.parse(sla.text(sla.parse(text))) == sla.parse(text)  # what runs records reads back the same


@pytest.mark.parametrize("text", ["soon", "10", "0m", "1.5s", "8d", "10m,,x"])
def test_a_bad_limit_names_the_option(text: str) -> None:
    with pytest.raises(InputError, match="--sla"):
        sla.parse(text)


@pytest.mark.parametrize("limits, manager, expected", [
    ("", "ALL", {"frt_within_5m": 1 / 6, "frt_within_15m": 2 / 6, "frt_within_60m": 3 / 6}),
    ("10m,2h", "ALL", {"frt_within_10m": 2 / 6, "frt_within_2h": 4 / 6, "frt_within_15m": 2 / 6}),
    ("10m,2h", "Алина", {"frt_within_10m": 2 / 3, "frt_within_2h": 1.0}),
    ("10m,2h", "Ольга", {"frt_within_10m": 0.0, "frt_within_2h": 0.5}),
    ("4h", "ALL", {"frt_within_4h": 5 / 6}),  # the unanswered conversation counts as late
])
def test_shares_of_a_week_for_custom_limits(limits: str, manager: str, expected: dict[str, float]) -> None:
    from sheets_bridge.analysis import analyze_frames

    from .test_metrics import NO_EVENTS

    result = analyze_frames(week_of_conversations(), NO_EVENTS, AnalyzeOptions(tz=MSK, sla=limits), FakeTagger())
    kpi = result.kpi
    assert list(kpi.columns) == KPI_COLUMNS + [t.column for t in sla.extra(sla.parse(limits))]
    row = kpi[(kpi["period"] == MONDAY) & (kpi["manager"] == manager)].iloc[0]
    for column, share in expected.items():
        assert row[column] == pytest.approx(round(share, 4)), column
    assert result.run["sla"] == sla.text(sla.parse(limits))


def _book(tmp_path: Path, limits: str) -> XlsxWorkbook:
    wb = XlsxWorkbook(tmp_path / "book.xlsx")
    if "messages" not in wb.tabs():
        wb.append("messages", week_of_conversations())
    analyze(wb, AnalyzeOptions(tz=MSK, sla=limits), tagger=FakeTagger())
    return wb


def test_the_kpi_tab_gets_the_columns_on_the_right_and_keeps_the_owners(tmp_path: Path) -> None:
    wb = _book(tmp_path, "10m")
    kpi = wb.read("kpi")
    assert list(kpi.columns) == [*KPI_COLUMNS, "frt_within_10m"] and kpi["frt_within_10m"].dtype == "Float64"
    wb.replace("kpi", kpi.assign(my_note="смотреть"), header=[*kpi.columns, "my_note"])  # the owner adds a column
    wb = _book(tmp_path, "2h,10m")
    kpi = wb.read("kpi")
    assert list(kpi.columns) == [*KPI_COLUMNS, "frt_within_10m", "my_note", "frt_within_2h"]
    assert set(kpi["my_note"]) == {"смотреть"} and kpi["frt_within_2h"].notna().all()
    wb = _book(tmp_path, "")  # a column a setting made is ours: left empty when no longer asked for, never stale
    kpi = wb.read("kpi")
    assert kpi["frt_within_10m"].isna().all() and kpi["frt_within_2h"].isna().all()
    assert set(kpi["my_note"]) == {"смотреть"}


def _card_labels(page: str) -> dict[str, str]:
    found = re.findall(r'<div class="card"><span>(.*?)</span><b>(.*?)</b>', page)
    return {htmllib.unescape(re.sub(r"<[^>]+>", " ", label)).strip():
            " ".join(htmllib.unescape(re.sub(r"<[^>]+>", " ", value)).split()) for label, value in found}


@pytest.mark.parametrize("limits, lang, label, value", [
    ("", "ru", "Люди ответили за 15 минут", "33%"),
    ("10m,2h", "ru", "Люди ответили за 10\u00a0мин", "33%"),
    ("2h,10m", "en", "People answered within 2\u00a0h", "67%"),
    ("15m,2h", "en", "People answered within 15 minutes", "33%"),
])
def test_the_reports_headline_uses_the_first_limit(tmp_path: Path, limits: str, lang: str, label: str,
                                                   value: str) -> None:
    wb = _book(tmp_path, limits)
    page = render_report(wb, lang, today=dt.date(2025, 6, 16))
    assert _card_labels(page)[label] == value
    heads = re.findall(r"<th>(.*?)</th>", page.split('<section id="managers">', 1)[1].split("</section>", 1)[0])
    within = [h for h in heads if h.startswith(("Ответ за", "Answered within"))]
    shown = [*sla.STANDARD, *sla.extra(sla.parse(limits))]  # the managers table shows the extra limits too
    assert within == [
        ("Ответ за " if lang == "ru" else "Answered within ") + fmt.duration(t.seconds, lang) for t in shown]


def test_the_report_reads_the_recorded_limit_never_a_default(tmp_path: Path) -> None:
    wb = _book(tmp_path, "2h")
    runs = wb.read("runs")
    assert runs.iloc[-1]["sla"] == "2h"
    assert report_data(wb, "en", today=dt.date(2025, 6, 16)).main_sla == sla.Threshold("2h", 7200)
    wb.append("runs", [{**runs.iloc[-1].to_dict(), "run_at": "2030-01-01T00:00:00+00:00", "sla": "10m"}])
    assert report_data(wb, "en", today=dt.date(2025, 6, 16)).main_sla.seconds == 600


def test_the_sql_rollup_gives_the_extra_columns_too(pg_url: str, pg_tenant: str) -> None:
    from sheets_bridge.analysis.rollup import weekly_kpi
    from sheets_bridge.workbook.postgres import PostgresWorkbook

    wb = PostgresWorkbook(pg_url, pg_tenant)
    try:
        wb.append("messages", week_of_conversations())
        analyze(wb, AnalyzeOptions(tz=MSK, sla="10m,2h", business_hours="mon-fri 09:00-18:00"), tagger=FakeTagger())
        want = wb.read("kpi")
        assert {"frt_within_10m", "frt_within_2h"} <= set(want.columns)
        pd.testing.assert_frame_equal(weekly_kpi(wb, MSK), want, rtol=1e-9)
        plain = weekly_kpi(wb, MSK, thresholds=())
        assert list(plain.columns) == KPI_COLUMNS
    finally:
        wb.drop_tenant()
        wb.close()
