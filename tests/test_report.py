"""The HTML report: one labelled week, figures equal to the tabs, people apart from bots, every number linking to
its conversations, the owner's words and formats, self-contained, and a layout that fits a phone."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import html as htmllib
import json
import os
import re
import select
import shutil
import struct
import subprocess
import time
from pathlib import Path
from zoneinfo import ZoneInfo

import pandas as pd
import pytest
from click.testing import CliRunner

from sheets_bridge.cli import cli
from sheets_bridge.demo import DEMO_TZ, DemoResult, run_demo
from sheets_bridge.errors import InputError
from sheets_bridge.report import fmt, render_report, report_data
from sheets_bridge.report.data import _scenarios, choose_week
from sheets_bridge.timeutil import parse_iso, week_start
from sheets_bridge.workbook import TABS, XlsxWorkbook

TODAY = dt.date(2025, 11, 17)  # the Monday after the demo's last week: its figures and footer stay the same
WEEK, PREVIOUS = "2025-11-10", "2025-11-03"
DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoResult:
    """The demo, with a fixed privacy key: the same tokens every run, so the screenshots in docs/ stay the same."""
    out = tmp_path_factory.mktemp("demo") / "demo-out"
    (out / ".demo-home").mkdir(parents=True, mode=0o700)
    key = out / ".demo-home" / "privacy.key"
    key.write_text("5b" * 32 + "\n", encoding="ascii")
    key.chmod(0o600)
    return run_demo(out)


@pytest.fixture(scope="module")
def book(demo: DemoResult) -> XlsxWorkbook:
    return XlsxWorkbook(demo.workbook)


@pytest.fixture(scope="module")
def pages(book: XlsxWorkbook) -> dict[str, str]:
    return {lang: render_report(book, lang, today=TODAY) for lang in ("ru", "en")}


# --- reading the page ---------------------------------------------------------------------------------------------
def _text(fragment: str) -> str:
    return " ".join(htmllib.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def _section(page: str, key: str) -> str:
    return page.split(f'<section id="{key}">', 1)[1].split("</section>", 1)[0]


def _cards(page: str) -> dict[str, tuple[str, str]]:
    """label → (value, the week before)."""
    found = re.findall(r'<div class="card"><span>(.*?)</span><b>(.*?)</b>.*?<span class="was">(.*?)</span>', page)
    return {_text(label): (_text(value), _text(was)) for label, value, was in found}


def _lists(page: str) -> dict[str, list[str]]:
    """list id → the conversation ids it links to."""
    found = re.findall(r'<div class="list" id="([^"]+)">.*?<ul>(.*?)</ul>', page)
    return {key: re.findall(r'href="#c-([^"]+)"', body) for key, body in found}


def _week_of(frame: pd.DataFrame) -> pd.Series:
    return week_start(parse_iso(frame["started_at"]), ZoneInfo(DEMO_TZ))


def _tabs(book: XlsxWorkbook) -> dict[str, pd.DataFrame]:
    conv = book.read("conversations")
    messages = book.read("messages")
    bots = set(messages.loc[messages["sender_role"] == "bot", "sender"])
    return {"kpi": book.read("kpi"), "conv": conv.assign(week=_week_of(conv), bot=conv["manager"].isin(bots)),
            "waiting": book.read("waiting"), "missed": book.read("missed_leads")}


# --- the week -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("periods, requested, today, expected", [
    (["2025-11-03", "2025-11-10"], None, "2025-11-17", "2025-11-10"),   # Monday: last week is complete
    (["2025-11-03", "2025-11-10"], None, "2025-11-16", "2025-11-03"),   # Sunday: this week is not over yet
    (["2025-11-10"], None, "2025-11-12", "2025-11-10"),                 # no week is over: the newest
    (["2025-11-03", "2025-11-10"], None, "2026-03-01", "2025-11-10"),   # no data lately: the newest complete week
    (["2025-11-03", "2025-11-10"], "2025-11-05", "2025-11-17", "2025-11-03"),  # any day of the week chosen
    (["2025-11-03", "2025-11-10"], "2025-11-16", "2025-11-17", "2025-11-10"),
    (["2025-11-03", "2025-11-10"], "2025-11-17", "2025-11-17", InputError),    # a week without data
    (["2025-11-03", "2025-11-10"], "17.11.2025", "2025-11-17", InputError),    # not a date
])
def test_the_week_shown(periods: list[str], requested: str | None, today: str, expected: object) -> None:
    if expected is InputError:
        with pytest.raises(InputError) as err:
            choose_week(periods, requested, dt.date.fromisoformat(today))
        assert err.value.field == "--week"
    else:
        assert choose_week(periods, requested, dt.date.fromisoformat(today)) == expected


def test_one_labelled_week_everywhere(book: XlsxWorkbook, pages: dict[str, str]) -> None:
    data = report_data(book, "ru", today=TODAY)
    assert (data.week, data.previous) == (WEEK, PREVIOUS)
    assert "Неделя: <b>10–16\u00a0ноября 2025</b>" in pages["ru"] and "3–9\u00a0ноября 2025" in pages["ru"]
    assert "Week: <b>November\u00a010–16, 2025</b>" in pages["en"]
    assert set(data.conversations["week"]) == {WEEK} and len(data.audit) == (book.read("audit")["week"] == WEEK).sum()


def test_the_cards_are_the_tabs_figures_with_people_apart_from_bots(book: XlsxWorkbook, pages: dict[str, str]) -> None:
    tabs = _tabs(book)
    kpi, conv, waiting = tabs["kpi"], tabs["conv"], tabs["waiting"]

    def figures(week: str) -> dict[str, str]:
        mine = conv[conv["week"] == week]
        asked = mine[mine["client_blocks"] > 0]
        people, bot = asked[~asked["bot"]], asked[asked["bot"]]
        row = kpi[(kpi["period"] == week) & (kpi["manager"] == "ALL")].iloc[0]
        left = int(mine["conversation_id"].isin(waiting["conversation_id"]).sum())
        def within(seconds: pd.Series, limit: int) -> float:  # unanswered counts as not within
            return float(seconds.astype(float).le(limit).mean())

        return {"Люди ответили за 15 минут": fmt.share(within(people["human_first_response_s"], 900), "ru"),
                "Бот ответил за 5 минут": fmt.share(within(bot["first_response_s"], 300), "ru"),
                "Остались без ответа": f"{left} из {len(mine)}", "Записались": fmt.share(row["conversion_rate"], "ru"),
                "Упущенные лиды": str(int(row["missed_leads"]))}

    now, before = figures(WEEK), figures(PREVIOUS)
    shown = _cards(pages["ru"])
    assert {k: v for k, (v, _) in shown.items()} == now
    assert {k: was for k, (_, was) in shown.items()} == {k: f"Неделей раньше: {v}" for k, v in before.items()}
    pooled = kpi[(kpi["period"] == WEEK) & (kpi["manager"] == "ALL")].iloc[0]["frt_within_15m"]
    assert now["Люди ответили за 15 минут"] != fmt.share(pooled, "ru"), "the bot's speed must not be pooled in"


def test_manager_rows_are_the_kpi_rows(book: XlsxWorkbook, pages: dict[str, str]) -> None:
    kpi = _tabs(book)["kpi"]
    rows = re.findall(r"<tr>(<td data-l=\"\">.*?)</tr>", _section(pages["ru"], "managers"))
    cells = [dict(re.findall(r'<td data-l="([^"]*)">(.*?)</td>', r)) for r in rows]
    mine = kpi[(kpi["period"] == WEEK) & (kpi["manager"] != "ALL")].sort_values("manager")
    assert len(cells) == len(mine)
    for r, shown in zip(mine.itertuples(), cells, strict=True):
        assert _text(shown[""]).startswith(r.manager if r.manager != "unassigned" else "без ответа бизнеса")
        expected = {"Диалогов": str(r.conversations), "Ответ за 5\u00a0мин": fmt.share(r.frt_within_5m, "ru"),
                    "Ответ за 15\u00a0мин": fmt.share(r.frt_within_15m, "ru"),
                    "Ответ за 1\u00a0ч": fmt.share(r.frt_within_60m, "ru"),
                    "Обычно ждали": fmt.duration(r.median_first_response_s, "ru"),
                    "9 из 10 ждали не дольше": fmt.duration(r.p90_first_response_s, "ru"),
                    "Записались": fmt.share(r.conversion_rate, "ru"), "Упущенные лиды": str(r.missed_leads),
                    "Оценка 0–10": fmt.number(r.avg_score, "ru", 1)}
        assert {k: _text(shown[k]) for k in expected} == {k: _text(v) for k, v in expected.items()}


@pytest.mark.parametrize("week, after_bot", [(WEEK, "после бота люди не подключались"),
                                             (PREVIOUS, "после бота человек: через 3 ч 35 мин (1 из 1)")])
def test_a_persons_wait_after_the_bot_is_visible(book: XlsxWorkbook, week: str, after_bot: str) -> None:
    """The bot's row shows when (and whether) a person answered after it: human_first_response_s of its rows."""
    conv = _tabs(book)["conv"]
    mine = conv[(conv["week"] == week) & conv["bot"]]
    assert (mine["human_first_response_s"].notna().sum() > 0) == ("через" in after_bot)
    row = _text(_section(render_report(book, "ru", week=week, today=TODAY), "managers"))
    assert f"Лотос Бот бот {after_bot}" in row


def test_every_number_links_to_the_list_of_its_conversations(book: XlsxWorkbook, pages: dict[str, str]) -> None:
    page = pages["ru"]
    ids = set(re.findall(r'\bid="([^"]+)"', page))
    targets = re.findall(r'href="#([^"]+)"', page)
    assert targets and set(targets) <= ids, set(targets) - ids
    lists = _lists(page)
    counts = re.findall(r'<a class="n" href="#(l-[^"]+)">(\d+)(?: из \d+)?</a>', page)
    assert len(counts) >= 10
    for key, value in counts:  # a count («2», «2 из 8»): its list holds exactly that many conversations
        assert len(lists[key]) == int(value), (key, value)
    tabs = _tabs(book)
    conv, kpi = tabs["conv"], tabs["kpi"]
    week = conv[conv["week"] == WEEK]
    assert sorted(lists["l-missed"]) == sorted(week.loc[week["missed_lead"] == 1, "conversation_id"])
    waiting = set(tabs["waiting"]["conversation_id"])
    assert sorted(lists["l-unanswered"]) == sorted(set(week["conversation_id"]) & waiting)
    per_manager = {k: v for k, v in lists.items() if re.fullmatch(r"l-m\d+", k)}
    counts = sorted(int(n) for n in kpi.loc[(kpi["period"] == WEEK) & (kpi["manager"] != "ALL"), "conversations"])
    assert sorted(len(v) for v in per_manager.values()) == counts
    for conversation in week["conversation_id"]:
        assert f'<article class="item" id="c-{conversation}">' in page


def test_missed_leads_are_the_weeks(book: XlsxWorkbook, pages: dict[str, str]) -> None:
    tabs = _tabs(book)
    week_ids = set(tabs["conv"].loc[tabs["conv"]["week"] == WEEK, "conversation_id"])
    missed = tabs["missed"][tabs["missed"]["conversation_id"].isin(week_ids)]
    section = _section(pages["ru"], "missed")
    this_week = section.split("<details><summary>Упущенные лиды прошлых недель", 1)
    assert f"Упущенные лиды за неделю: что ответить ({len(missed)})" in section
    assert re.findall(r'href="#c-([^"]+)"', this_week[0]) == list(missed["conversation_id"])
    earlier = len(tabs["missed"]) - len(missed)
    assert f"Упущенные лиды прошлых недель ({earlier})" in section
    row = tabs["kpi"][(tabs["kpi"]["period"] == WEEK) & (tabs["kpi"]["manager"] == "ALL")].iloc[0]
    assert len(missed) == row["missed_leads"]


@pytest.mark.parametrize("lang, said, lost", [("ru", "в чате: 3000 ₽ , в прайсе: 3300", "Все {n} {value}"),
                                               ("en", "said in the chat: 3000 ₽ , the price list says: 3300",
                                                "Everyone {n} {value}")])
def test_promises_and_the_lost_revenue_are_the_tabs(book: XlsxWorkbook, pages: dict[str, str], lang: str, said: str,
                                                    lost: str) -> None:
    """The week's promises rows, said vs listed; the estimate of lost revenue is the missed_leads tab's sum."""
    tabs = _tabs(book)
    week = set(tabs["conv"].loc[tabs["conv"]["week"] == WEEK, "conversation_id"])
    promises = book.read("promises")
    mine = promises[promises["conversation_id"].isin(week)]
    assert set(mine["kind"]) == {"price_differs", "booking_without_event"}
    section = _text(_section(pages[lang], "promises"))
    assert f"({len(mine)})" in section and said in section
    missed = tabs["missed"][tabs["missed"]["conversation_id"].isin(week)]
    value = fmt.number(missed["estimated_value"].sum(), lang)
    assert missed["estimated_value"].notna().all() and set(missed["value_basis"]) <= {"service", "median_booked"}
    assert _text(lost.format(n=len(missed), value=value)) in _text(_section(pages[lang], "money"))


def test_who_to_write_to_today_comes_first_with_an_apology(book: XlsxWorkbook, pages: dict[str, str]) -> None:
    page, waiting = pages["ru"], _tabs(book)["waiting"]
    assert page.index('<section id="today">') < page.index('<section id="week">')
    section = _section(page, "today")
    assert re.findall(r'<div class="item" id="w-([^"]+)">', section) == list(waiting["conversation_id"])
    for row in waiting.itertuples():
        item = section.split(f'id="w-{row.conversation_id}">', 1)[1].split('<div class="item"', 1)[0]
        since = dt.datetime.fromisoformat(row.waiting_since)
        text = _text(item)
        assert f"WhatsApp, чат {row.client}" in text and _text(f"ждёт {fmt.duration(row.waiting_s, 'ru')}") in text
        assert _text(fmt.moment(since, "ru")) in text and _text(f"сообщение от {fmt.date(since.date(), 'ru')}") in text
        assert ("очень жаль" in text) == (row.complaint == 1) and "Простите" in text


def test_names_only_with_show_names_and_a_warning(demo: DemoResult, tmp_path: Path) -> None:
    from sheets_bridge.privacy import Vault

    waiting = XlsxWorkbook(demo.workbook).read("waiting")
    with Vault(demo.workbook.parent / ".demo-home" / "vault.sqlite3") as vault:
        names = {token: vault.lookup(token) for token in waiting["client"]}
    assert all(names.values())
    out = tmp_path / "names.html"
    result = CliRunner().invoke(cli, ["report", "--show-names", "--week", WEEK, "-w", str(demo.workbook), "--out",
                                      str(out)], env={"SHEETS_BRIDGE_HOME": str(demo.workbook.parent / ".demo-home")})
    assert result.exit_code == 0, result.output
    assert "WARNING: --show-names" in result.output
    today = _text(_section(out.read_text(encoding="utf-8"), "today"))
    plain = _text(_section(render_report(XlsxWorkbook(demo.workbook), "ru", today=TODAY), "today"))
    for token, name in names.items():
        assert f"чат {str(name).title()}" in today and token not in today
        assert str(name).title() not in plain and token in plain


CODES = r"\b(?:unassigned|ALL|nan|NaN|None|NA|inf|whatsapp|telegram)\b|[CMB]#\d|\d{4}-\d{2}-\d{2}|\b[a-z]+_[a-z0-9_]+\b"
FORBIDDEN = {"en": re.compile(CODES),  # English words such as "booking" are the English report's words
             "ru": re.compile(CODES + r"|\b(?:reply_template|low_confidence|control|price|booking|question|complaint|"
                                      r"clarify|redirect|none|other|booked|missed|lead)\b|\d\.\d")}


def _owner_text(page: str) -> str:
    """What the page says in its own words: without the style, the sheets' tab and column names in <code>, the
    people's messages (marked msg) and the privacy tokens."""
    body = re.sub(r"<style>.*?</style>", " ", page, flags=re.S)
    for name in re.findall(r"<code>(.*?)</code>", body):
        assert name in TABS or any(name in t.header for t in TABS.values()) or name == "--show-names", name
    body = re.sub(r"<code>.*?</code>|<span class=\"msg\">[^<]*</span>", " ", body)
    text = _text(body)
    return re.sub(r"\[(NAME|PHONE|EMAIL|CARD|PASSPORT)(:[0-9a-f]+)?\]|\buser_[0-9a-f]{16}\b", " ", text)


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_no_code_vocabulary_in_the_visible_text(pages: dict[str, str], lang: str) -> None:
    text = _owner_text(pages[lang])
    assert not FORBIDDEN[lang].findall(text), FORBIDDEN[lang].findall(text)
    if lang == "ru":  # Russian words only, but for brand names
        latin = set(re.findall(r"[A-Za-z][A-Za-z\-]*", text)) - {"WhatsApp", "Telegram", "Instagram", "e-mail",
                                                                 "sheets-bridge", "UTC"}
        assert not latin, latin


@pytest.mark.parametrize("value, lang, expected", [
    (fmt.duration(41520, "ru"), "", "11\u00a0ч 32\u00a0мин"), (fmt.duration(3.5, "ru"), "", "4\u00a0с"),
    (fmt.duration(59.6, "ru"), "", "1\u00a0мин"), (fmt.duration(299443, "ru"), "", "3\u00a0дн 11\u00a0ч"),
    (fmt.duration(41520, "en"), "", "11\u00a0h 32\u00a0min"), (fmt.duration(None, "ru"), "", "—"),
    (fmt.number(1500, "ru"), "", "1\u00a0500"), (fmt.number(1500, "en"), "", "1,500"),
    (fmt.number(5.75, "ru", 1), "", "5,8"), (fmt.share(0.625, "ru"), "", "62%"),
    (fmt.date(dt.date(2025, 11, 10), "ru"), "", "10\u00a0ноября"),
    (fmt.date(dt.date(2025, 11, 10), "en", year=True), "", "November\u00a010, 2025"),
    (fmt.week(dt.date(2025, 10, 27), "ru"), "", "27\u00a0октября – 2\u00a0ноября 2025"),
    (fmt.week(dt.date(2025, 12, 29), "ru"), "", "29\u00a0декабря 2025 – 4\u00a0января 2026"),
    (fmt.business_hours("mon-fri 09:00-20:00; sat 10:00-18:00", "ru"), "", "пн–пт 09:00–20:00; сб 10:00–18:00"),
    (fmt.utc_offset(ZoneInfo(DEMO_TZ)), "", "UTC+5"),
])
def test_formats(value: str, lang: str, expected: str) -> None:
    assert value == expected


def test_the_page_says_whether_business_hours_were_applied(demo: DemoResult, pages: dict[str, str],
                                                           tmp_path: Path) -> None:
    """The last analyze's business hours (the runs tab): none in the demo; then as if it had been given some."""
    assert "Рабочие часы не заданы: время ответа считается круглосуточно" in _text(pages["ru"])
    hours, expected = ("mon-fri 09:00-20:00; sat 10:00-18:00",
                       "только в рабочие часы: пн–пт 09:00–20:00; сб 10:00–18:00 (UTC+5)")
    copy = tmp_path / "book.xlsx"
    shutil.copy(demo.workbook, copy)
    wb = XlsxWorkbook(copy)
    last = wb.read("runs").iloc[-1].to_dict()
    wb.append("runs", [{**last, "run_at": "2030-01-01T00:00:00+00:00", "business_hours": hours}])
    assert expected in _text(render_report(wb, "ru", today=TODAY))


def test_the_loss_scenarios_are_analyzes(demo: DemoResult, book: XlsxWorkbook, pages: dict[str, str]) -> None:
    """Read back from the tabs, every week together, they are what analyze found; the page shows the week's."""
    cols = ["intent", "where", "conversations", "example"]
    data = report_data(book, "ru", today=TODAY)
    assert _scenarios(data.all_conversations)[cols].values.tolist() == demo.analysis.scenarios[cols].values.tolist()
    shown = re.findall(r'href="#(l-s\d+)">(\d+)</a>', _section(pages["ru"], "losses"))
    assert shown
    assert [int(n) for _, n in shown] == list(data.scenarios["conversations"])


@pytest.mark.parametrize("week, code, expected", [
    ("2025-11-05", 0, "Неделя: 3–9 ноября 2025"), ("2025-12-01", 2, "weeks with data: 2025-11-03, 2025-11-10")])
def test_report_week(demo: DemoResult, tmp_path: Path, week: str, code: int, expected: str) -> None:
    out = tmp_path / "r.html"
    result = CliRunner().invoke(cli, ["report", "--week", week, "-w", str(demo.workbook), "--out", str(out)])
    assert result.exit_code == code, result.output
    assert expected in (_text(out.read_text(encoding="utf-8")) if code == 0 else result.output)


@pytest.mark.parametrize("lang, heading", [("ru", "Где чаты теряют клиентов"), ("en", "Where chats lose clients")])
def test_the_report_is_self_contained_and_small(demo: DemoResult, tmp_path: Path, lang: str, heading: str) -> None:
    out = tmp_path / f"report-{lang}.html"
    result = CliRunner().invoke(cli, ["report", "--out", str(out), "--lang", lang, "-w", str(demo.workbook)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert heading in page and out.stat().st_size < 3 * 2**20
    assert "<script" not in page and not re.search(r"\bsrc=|\bhref=\"(?!#)", page) and "@import" not in page
    assert "default-src 'none'" in page and "url(" not in page
    assert all(f'"{font}"' in page for font in ("Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji"))
    for secret in ("+7 927 444", "elena.v.demo@mail.ru", "Наталья"):
        assert secret not in page


# --- in a browser -------------------------------------------------------------------------------------------------
def _flags(profile: Path) -> list[str]:
    return ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic", "--hide-scrollbars",
            f"--user-data-dir={profile}", "--host-resolver-rules=MAP * ~NOTFOUND"]


class Browser:
    """Headless Chromium driven over ``--remote-debugging-pipe`` (the DevTools protocol: commands on fd 3, answers
    on fd 4, each a JSON text ended by NUL): one launch for many pages, sizes and screenshots."""

    def __init__(self, binary: str, profile: Path, netlog: Path) -> None:
        commands, self._send = os.pipe()
        self._read, answers = os.pipe()

        def onto_3_and_4() -> None:  # in the child: the pipe ends become fds 3 and 4, kept across exec
            a, b = os.dup(commands), os.dup(answers)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self._process = subprocess.Popen([binary, *_flags(profile), f"--log-net-log={netlog}",
                                          "--remote-debugging-pipe", "about:blank"],
                                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL, close_fds=False, preexec_fn=onto_3_and_4)
        os.close(commands)
        os.close(answers)
        self._buffer, self._id, self._session = b"", 0, None
        page = next(t for t in self.call("Target.getTargets")["targetInfos"] if t["type"] == "page")
        self._session = self.call("Target.attachToTarget", targetId=page["targetId"], flatten=True)["sessionId"]

    def call(self, method: str, **params: object) -> dict:
        self._id += 1
        message: dict[str, object] = {"id": self._id, "method": method, "params": params}
        if self._session:
            message["sessionId"] = self._session
        os.write(self._send, json.dumps(message).encode() + b"\0")
        while True:  # events and other answers are skipped
            while b"\0" not in self._buffer:
                ready, _, _ = select.select([self._read], [], [], 30)
                chunk = os.read(self._read, 1 << 20) if ready else b""
                assert chunk, f"chromium did not answer {method}"
                self._buffer += chunk
            raw, self._buffer = self._buffer.split(b"\0", 1)
            answer = json.loads(raw)
            if answer.get("id") == self._id:
                assert "error" not in answer, answer
                return answer["result"]

    def evaluate(self, expression: str) -> object:
        return self.call("Runtime.evaluate", expression=expression, returnByValue=True)["result"].get("value")

    def open(self, url: str, width: int, height: int) -> None:
        self.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)
        self.call("Page.navigate", url=url)
        for _ in range(100):
            if self.evaluate("document.readyState") == "complete":
                return
            time.sleep(0.05)
        raise AssertionError(f"{url} did not load")

    def screenshot(self) -> bytes:
        return base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"])

    def close(self) -> None:
        with contextlib.suppress(OSError, AssertionError):
            self.call("Browser.close")
        for fd in (self._send, self._read):
            os.close(fd)
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()


# How far right anything reaches, the page's scroll width included, with every <details> opened: an element a
# parent clips still counts. Run through the DevTools protocol: the report itself keeps its no-script CSP.
RIGHT_EDGE = """(() => { document.querySelectorAll('details').forEach(d => { d.open = true; });
  let right = document.documentElement.scrollWidth;
  for (const e of document.querySelectorAll('body *')) {
    const box = e.getBoundingClientRect(); if (box.width > 0 && box.right > right) right = box.right; }
  return [Math.ceil(right), window.innerWidth]; })()"""
WIDE = '<section><table><tr>' + '<td style="white-space:nowrap">a wide unbreakable cell</td>' * 30 + '</tr></table>'


@pytest.fixture(scope="module")
def browsed(demo: DemoResult, pages: dict[str, str], tmp_path_factory: pytest.TempPathFactory,
            chromium: str) -> dict[str, object]:
    """One Chromium, with a net log: the demo's own reports, their screenshots at 1280 and 390 px (made from the
    pages with a fixed date, so that docs/ changes only when the report does), and how far right each page reaches
    at 390 px — the reports and a deliberately wide copy."""
    tmp = tmp_path_factory.mktemp("browser")
    files = {"ru": demo.reports[0], "en": demo.reports[1], "wide": tmp / "wide.html"}
    files["wide"].write_text(pages["ru"].replace('<section id="week">', WIDE + '<section id="week">'), "utf-8")
    shots = {}
    browser = Browser(chromium, tmp / "profile", netlog=tmp / "netlog.json")
    try:
        for lang, page in pages.items():
            (tmp / f"{lang}.html").write_text(page, encoding="utf-8")
            for width in (1280, 390):
                browser.open((tmp / f"{lang}.html").as_uri(), width, 1800)
                shots[f"report_{lang}_{width}.png"] = browser.screenshot()
        edges = {}
        for name, path in files.items():
            browser.open(path.as_uri(), 390, 844)
            edges[name] = browser.evaluate(RIGHT_EDGE)
        browser.open(files["ru"].as_uri(), 1280, 900)
        clicks = [browser.evaluate(CLICK.replace("SELECTOR", '#promises a.n[href="#l-pr-price"]')),
                  browser.evaluate(CLICK.replace("SELECTOR", 'div.list:target a[href^="#c-"]'))]
        sections = {section: browser.evaluate(CLICK.replace("SELECTOR", f'#{section} a[href^="{prefix}"]'))
                    for section, prefix in DRILLS.items()}
    finally:
        browser.close()
    return {"shots": shots, "edges": edges, "requests": _page_requests(tmp / "netlog.json"), "clicks": clicks,
            "sections": sections}


# Each section with figures, and where its links lead: a list of conversations (#l-…) or one conversation (#c-…).
DRILLS = {"today": "#c-", "week": "#l-", "managers": "#l-", "losses": "#l-", "missed": "#c-", "money": "#l-",
          "promises": "#l-"}


# Click the first link SELECTOR finds, as a person would; then say where the page went and what is there.
CLICK = """(() => { const a = document.querySelector('SELECTOR'); if (!a) return null; a.click();
  const target = document.querySelector(':target');
  return {href: a.getAttribute('href'), shown: a.textContent, hash: location.hash, target: target && target.id,
          links: target ? [...target.querySelectorAll('a[href^="#c-"]')].map(l => l.getAttribute('href')) : [],
          top: target ? Math.round(target.getBoundingClientRect().top) : null}; })()"""


def test_it_fits_a_phone(browsed: dict[str, dict[str, list[int]]]) -> None:
    """At 390 px nothing reaches past the right edge, every <details> opened; the same check fails on a page with
    a deliberately wide table."""
    edges = browsed["edges"]
    assert edges["ru"][1] == 390 and edges["ru"][0] <= 390 and edges["en"][0] <= 390, edges
    assert edges["wide"][0] > 390, "the width check did not catch a deliberately wide page"


def test_the_screenshots_in_docs_are_of_this_report(browsed: dict[str, dict[str, bytes]]) -> None:
    """docs/report_{ru,en}_{1280,390}.png are made here (and rewritten only when the report changes)."""
    for name, png in browsed["shots"].items():
        width = int(name.rsplit("_", 1)[1].split(".")[0])
        assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (width, 1800)
        assert len(set(png[::97])) > 50, f"{name} is blank"
        target = DOCS / name
        if not target.exists() or target.read_bytes() != png:
            target.write_bytes(png)


def test_a_promises_count_opens_its_conversations_in_a_browser(browsed: dict[str, list[dict]],
                                                                book: XlsxWorkbook) -> None:
    """Clicking the count of prices unlike the price list scrolls to its list, and a line of that list to the
    conversation: the promises of the tab, the week's."""
    to_list, to_dialog = browsed["clicks"]
    assert to_list and to_list["hash"] == to_list["href"] == "#l-pr-price" and to_list["target"] == "l-pr-price"
    assert int(to_list["shown"]) == len(to_list["links"]) and abs(to_list["top"]) <= 2
    tabs = _tabs(book)
    week = set(tabs["conv"].loc[tabs["conv"]["week"] == WEEK, "conversation_id"])
    promises = book.read("promises")
    expected = promises[(promises["kind"] == "price_differs") & promises["conversation_id"].isin(week)]
    assert sorted(h.removeprefix("#c-") for h in to_list["links"]) == sorted(set(expected["conversation_id"]))
    assert to_dialog and to_dialog["hash"] == to_dialog["href"] == to_list["links"][0]
    assert to_dialog["target"] == to_list["links"][0].removeprefix("#") and abs(to_dialog["top"]) <= 2


@pytest.mark.parametrize("section", list(DRILLS))
def test_a_figure_of_every_section_opens_its_conversations_in_a_browser(browsed: dict[str, dict],
                                                                         section: str) -> None:
    """The first link of each section, clicked: the page goes to the list it names (holding conversations, as
    many as a count says) or to the conversation itself."""
    click = browsed["sections"][section]
    assert click, f"no link to click in #{section}"
    assert click["hash"] == click["href"] and click["target"] == click["href"].removeprefix("#")
    assert abs(click["top"]) <= 2  # scrolled to it
    if click["href"].startswith("#l-"):
        assert click["links"], f"the list {click['href']} holds no conversation"
        if click["shown"].strip().isdigit():
            assert int(click["shown"]) == len(click["links"])


def test_headless_chromium_renders_it_offline_without_any_request(browsed: dict[str, list[str]]) -> None:
    assert not browsed["requests"], browsed["requests"]


def _page_requests(netlog: Path) -> list[str]:
    """URLs the page asked for. Chromium's own background requests carry the initiator 'not an origin';
    a page's requests carry its origin ('null' for a file)."""
    log = json.loads(netlog.read_text(encoding="utf-8"))
    found = []
    for event in log.get("events", []):
        params = event.get("params") or {}
        url = str(params.get("url", ""))
        if url.startswith(("http:", "https:", "ws:", "wss:")) and params.get("initiator", "not an origin") != \
                "not an origin":
            found.append(url)
    return found


def test_the_request_check_can_fail(tmp_path: Path, chromium: str) -> None:
    """A page that loads a remote image is caught by the same check."""
    page = tmp_path / "leaky.html"
    page.write_text('<img src="https://example.com/pixel.png"><p>x</p>', encoding="utf-8")
    netlog = tmp_path / "netlog.json"
    subprocess.run([chromium, *_flags(tmp_path / "profile"), f"--log-net-log={netlog}",
                    f"--screenshot={tmp_path / 's.png'}", page.as_uri()], capture_output=True, timeout=120, check=False)
    assert _page_requests(netlog) == ["https://example.com/pixel.png"]
