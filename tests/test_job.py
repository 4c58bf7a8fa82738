"""The job: schedule on a virtual clock, skip when nothing changed, weekly delivery by e-mail (a local aiosmtpd
server) and Telegram (a local Bot API fake), failures retried at the next pass, and nothing personal sent."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import shutil
import socket
import stat
import threading
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from sheets_bridge.errors import DeliveryError, InputError
from sheets_bridge.job import (
    DeliveryConfig,
    JobOptions,
    JobState,
    SmtpConfig,
    TelegramConfig,
    WeeklyAt,
    run_job,
    run_pass,
    start_in_background,
)
from sheets_bridge.job.deliver import deliver
from sheets_bridge.job.digest import build_digest
from sheets_bridge.job.schedule import run_every
from sheets_bridge.job.telegram import TelegramBot, chunks, units
from sheets_bridge.workbook import XlsxWorkbook
from tests.fakes.smtp_server import FakeSmtp
from tests.fakes.telegram_server import CHAT_ID, TOKEN, FakeTelegram

pytestmark = pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")  # the fake's smtps mode

TZ = ZoneInfo("Asia/Yekaterinburg")  # the demo studio's zone (UTC+5)
DEMO_CHATS = Path(__file__).resolve().parents[1] / "sheets_bridge" / "data" / "demo" / "chats"


def local(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=TZ)  # type: ignore[misc]


MONDAY_8 = local(2025, 11, 17, 8, 0)  # the demo's last week is 10–16 Nov 2025


class VirtualClock:
    """Time that moves only when the job sleeps; the sleeps are recorded."""

    def __init__(self, start: dt.datetime) -> None:
        self.t = start.astimezone(dt.timezone.utc)
        self.slept: list[float] = []

    def now(self) -> dt.datetime:
        return self.t

    def sleep(self, seconds: float) -> bool:
        self.slept.append(seconds)
        self.t += dt.timedelta(seconds=seconds)
        return False


SUNDAY = local(2025, 11, 16, 12, 0)


def options(tmp_path: Path, **given: object) -> JobOptions:
    return JobOptions(state_path=tmp_path / "home" / "job" / "state.json", out_dir=tmp_path / "reports", **given)  # type: ignore[arg-type]


def opener(path: Path):  # noqa: ANN201
    return lambda: XlsxWorkbook(path)


@pytest.fixture(scope="module")
def primed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workbook after one job pass on Sunday (analysed, state saved): each test starts from a copy."""
    from sheets_bridge.demo import run_demo

    folder = tmp_path_factory.mktemp("primed")
    shutil.copy2(run_demo(folder / "demo").workbook, folder / "chat-audit.xlsx")
    assert run_pass(opener(folder / "chat-audit.xlsx"), options(folder), SUNDAY).analyzed
    return folder


@pytest.fixture
def book(primed: Path, tmp_path: Path) -> Path:
    """A copy of the primed workbook and its job state (copy2 keeps the file's mtime, so the state's stamp holds)."""
    path = tmp_path / "chat-audit.xlsx"
    shutil.copy2(primed / "chat-audit.xlsx", path)
    (tmp_path / "home" / "job").mkdir(parents=True)
    shutil.copy2(primed / "home" / "job" / "state.json", tmp_path / "home" / "job" / "state.json")
    return path


@pytest.fixture(scope="module")
def report(primed: Path):  # noqa: ANN201
    from sheets_bridge.report import render, report_data

    with XlsxWorkbook(primed / "chat-audit.xlsx") as wb:
        data = report_data(wb, "ru", today=MONDAY_8.date())
    return data, render(data)


@pytest.fixture(scope="module")
def digest(report):  # noqa: ANN001, ANN201
    return build_digest(*report)


def waiting_count(path: Path) -> int:
    return len(XlsxWorkbook(path).read("waiting"))


def add_message(path: Path, text: str = "Здравствуйте, можно записаться на завтра?") -> None:
    with XlsxWorkbook(path) as wb:
        wb.append("messages", [{"message_id": f"m-new-{text[:5]}", "chat_id": "whatsapp:new", "channel": "whatsapp",
                                "timestamp": "2025-11-16T12:00:00+05:00", "sender_role": "client",
                                "sender": "[NAME:0000000001]", "text": text, "source": "test"}])


# --- the schedule --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("spec, weekday, at", [
    ("mon 08:00", 0, dt.time(8, 0)),
    ("пн 8:00", 0, dt.time(8, 0)),
    ("Понедельник 08:30", 0, dt.time(8, 30)),
    ("среду 19:05", 2, dt.time(19, 5)),
    ("sunday 23:59", 6, dt.time(23, 59)),
    ("ВС 00:00", 6, dt.time(0, 0)),
])
def test_report_at_parses_english_and_russian_days(spec: str, weekday: int, at: dt.time) -> None:
    weekly = WeeklyAt.parse(spec, TZ)
    assert (weekly.weekday, weekly.at) == (weekday, at)


@pytest.mark.parametrize("spec", ["mon", "08:00", "xyz 08:00", "mon 25:00", "mon 8:60", "mon-fri 08:00"])
def test_bad_report_at_names_the_flag(spec: str) -> None:
    with pytest.raises(InputError, match="--report-at"):
        WeeklyAt.parse(spec, TZ)


@pytest.mark.parametrize("now, period, next_send", [
    (local(2025, 11, 17, 7, 59), "2025-11-10", local(2025, 11, 17, 8, 0)),
    (local(2025, 11, 17, 8, 0), "2025-11-17", local(2025, 11, 24, 8, 0)),
    (local(2025, 11, 19, 15, 0), "2025-11-17", local(2025, 11, 24, 8, 0)),
    (local(2025, 11, 23, 23, 59), "2025-11-17", local(2025, 11, 24, 8, 0)),
    # 03:00 UTC on Monday is 08:00 in Yekaterinburg: the moment is local, whatever zone "now" is given in
    (dt.datetime(2025, 11, 17, 3, 0, tzinfo=dt.timezone.utc), "2025-11-17", local(2025, 11, 24, 8, 0)),
])
def test_send_period_and_next_moment_are_local(now: dt.datetime, period: str, next_send: dt.datetime) -> None:
    weekly = WeeklyAt.parse("mon 08:00", TZ)
    assert weekly.period(now) == period
    assert weekly.next_moment(now) == next_send


def test_loop_runs_every_hour_and_wakes_at_the_weekly_moment_without_sleeping() -> None:
    clock = VirtualClock(local(2025, 11, 17, 5, 30))
    seen: list[dt.datetime] = []
    weekly = WeeklyAt.parse("mon 08:00", TZ)
    n = run_every(lambda now: seen.append(now.astimezone(TZ)), dt.timedelta(hours=1), clock, weekly=weekly, passes=5)
    assert n == 5
    assert [t.strftime("%H:%M") for t in seen] == ["05:30", "06:30", "07:30", "08:00", "09:00"]
    assert sum(clock.slept) == pytest.approx(3.5 * 3600)


def test_a_failing_pass_does_not_stop_the_loop() -> None:
    calls: list[int] = []

    def flaky(now: dt.datetime) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("workbook locked")

    assert run_every(flaky, dt.timedelta(minutes=10), VirtualClock(MONDAY_8), passes=3) == 3
    assert len(calls) == 3


# --- skipping work -------------------------------------------------------------------------------------------
def test_second_pass_skips_and_a_new_message_reruns(book: Path, tmp_path: Path) -> None:
    opts = options(tmp_path)
    runs = len(XlsxWorkbook(book).read("runs"))
    first = run_pass(opener(book), opts, MONDAY_8)  # the primed pass analysed on Sunday: a new day, same data
    assert not first.analyzed and (tmp_path / "reports" / "report.html").exists()
    assert {p.name for p in first.reports} == {"report.html", "report-2025-11-10-ru.html"}

    second = run_pass(opener(book), opts, MONDAY_8 + dt.timedelta(hours=1))
    assert not second.analyzed and second.reports == []
    assert len(XlsxWorkbook(book).read("runs")) == runs  # analyze did not run
    if os.name == "posix":
        assert stat.S_IMODE(opts.state_path.stat().st_mode) == 0o600

    add_message(book)
    third = run_pass(opener(book), opts, MONDAY_8 + dt.timedelta(hours=2))
    assert third.analyzed and third.reports
    assert len(XlsxWorkbook(book).read("runs")) == runs + 1
    assert "[NAME:0000000001]" in (tmp_path / "reports" / "report.html").read_text(encoding="utf-8")


def test_the_content_fingerprint_sees_a_change_the_stamp_cannot(book: Path, tmp_path: Path) -> None:
    """Without the cheap .xlsx stamp (as on Google Sheets or PostgreSQL), the rows themselves decide."""
    opts = options(tmp_path)
    state = JobState.load(opts.state_path)
    state.stamp = ""
    state.save(opts.state_path)
    assert not run_pass(opener(book), opts, MONDAY_8).analyzed  # same rows: skipped after reading them
    state = JobState.load(opts.state_path)
    state.stamp = ""
    state.save(opts.state_path)
    add_message(book, "А в субботу можно?")
    assert run_pass(opener(book), opts, MONDAY_8).analyzed


def test_a_new_week_rewrites_the_report_without_reanalysing(book: Path, tmp_path: Path) -> None:
    opts = options(tmp_path)
    assert run_pass(opener(book), opts, SUNDAY + dt.timedelta(hours=11)).reports == []  # same data, same week
    later = run_pass(opener(book), opts, MONDAY_8)  # a new week: the report now shows 10–16 November
    assert not later.analyzed and later.reports
    assert run_pass(opener(book), opts, MONDAY_8 + dt.timedelta(days=2)).reports == []


def test_changed_settings_rerun_analyze(book: Path, tmp_path: Path) -> None:
    assert not run_pass(opener(book), options(tmp_path), MONDAY_8).analyzed
    assert run_pass(opener(book), options(tmp_path, gap="12h"), MONDAY_8).analyzed
    assert XlsxWorkbook(book).read("runs")["gap"].iloc[-1] == "12h"


def test_the_job_reuses_the_last_analyze_settings(book: Path) -> None:
    last = XlsxWorkbook(book).read("runs").iloc[-1]
    assert (last["tz"], last["gap"], last["tagger"]) == ("Asia/Yekaterinburg", "24h", "rules")


def test_an_overlapping_pass_is_skipped(book: Path, tmp_path: Path) -> None:
    import filelock

    opts = options(tmp_path)
    with filelock.FileLock(str(opts.state_path) + ".lock"):
        result = threading_result(lambda: run_pass(opener(book), opts, MONDAY_8))
    assert "another job pass" in result.note and not result.analyzed


def threading_result(fn):  # noqa: ANN001, ANN201 - run in another thread (a FileLock is re-entrant in its own)
    out = []
    t = threading.Thread(target=lambda: out.append(fn()))
    t.start()
    t.join()
    return out[0]


# --- Telegram ------------------------------------------------------------------------------------------------
def telegram_config(tg: FakeTelegram, waits: list[float] | None = None, **given: object) -> TelegramConfig:
    sleep = (waits.append if waits is not None else (lambda s: None))
    return TelegramConfig(token=str(given.pop("token", TOKEN)), chat_id=str(given.pop("chat_id", CHAT_ID)),
                          api_root=tg.api_root, timeout=5, sleep=sleep, **given)  # type: ignore[arg-type]


def test_weekly_report_is_sent_once_a_week_at_monday_eight(book: Path, tmp_path: Path) -> None:
    with FakeTelegram() as tg:
        opts = options(tmp_path, delivery=DeliveryConfig(telegram=telegram_config(tg)))
        clock = VirtualClock(local(2025, 11, 16, 20, 0))  # Sunday evening: the bot is set up
        sends: list[tuple[dt.datetime, dict[str, str]]] = []
        run_job(opener(book), opts, dt.timedelta(hours=12), clock, passes=18,
                on_pass=lambda r: sends.append((clock.now().astimezone(TZ), r.delivered)) if r.delivered else None)
        assert [(when, what) for when, what in sends] == [
            (local(2025, 11, 17, 8, 0), {"telegram": "sent"}), (local(2025, 11, 24, 8, 0), {"telegram": "sent"})]
        documents = [s for s in tg.sent if s["method"] == "sendDocument"]
        assert len(documents) == 2 and documents[0]["filename"] == "report-2025-11-10-ru.html"
        assert documents[0]["data"].startswith(b"<!doctype html>") and documents[0]["content_type"] == "text/html"
        assert JobState.load(opts.state_path).sent == {"telegram": "2025-11-24"}


def test_a_new_job_waits_for_the_moment_and_a_job_that_was_down_catches_up(book: Path, tmp_path: Path) -> None:
    with FakeTelegram() as tg:
        opts = options(tmp_path, delivery=DeliveryConfig(telegram=telegram_config(tg)))
        wednesday = local(2025, 11, 19, 10, 0)
        assert run_pass(opener(book), opts, wednesday).delivered == {}  # set up after this week's moment
        assert run_pass(opener(book), opts, wednesday + dt.timedelta(days=4)).delivered == {}
        # down from Sunday to Tuesday: Monday's report goes at the first pass after
        assert run_pass(opener(book), opts, local(2025, 11, 25, 14, 0)).delivered == {"telegram": "sent"}
        assert run_pass(opener(book), opts, local(2025, 11, 25, 15, 0)).delivered == {}
        assert JobState.load(opts.state_path).sent == {"telegram": "2025-11-24"}


def test_send_now_sends_this_period_once(book: Path, tmp_path: Path) -> None:
    with FakeTelegram() as tg:
        opts = options(tmp_path, send_now=True, delivery=DeliveryConfig(telegram=telegram_config(tg)))
        wednesday = local(2025, 11, 19, 10, 0)
        assert run_pass(opener(book), opts, wednesday).delivered == {"telegram": "sent"}
        assert run_pass(opener(book), opts, wednesday + dt.timedelta(hours=1)).delivered == {}
        assert tg.methods() == ["sendMessage", "sendDocument"]


def test_telegram_message_lists_who_to_write_to_in_chunks(report) -> None:  # noqa: ANN001
    data, html = report
    many = data.waiting.sample(n=300, replace=True, random_state=1).reset_index(drop=True)
    digest = build_digest(dataclasses.replace(data, waiting=many), html, limit=None)
    assert units(digest.waiting) > 3 * 4096
    with FakeTelegram() as tg:
        bot = TelegramBot(telegram_config(tg))
        for step in bot.steps(digest):
            step()
    texts = [s["text"] for s in tg.sent if s["method"] == "sendMessage"]
    assert len(texts) >= 4 and all(units(t) <= 4096 for t in texts)
    assert "\n".join(texts) == digest.waiting.strip()  # cut at line ends, nothing lost
    assert texts[0].startswith("Чаты за неделю 10–16\u00a0ноября 2025: ждут ответа — 300")
    assert "Кому написать сегодня (300)" in texts[0]
    assert tg.methods()[-1] == "sendDocument"


@pytest.mark.parametrize("text, limit", [
    ("short", 10), ("a\nb\nc", 3), ("😀" * 10, 4), ("line one\n" + "x" * 25 + "\nlast", 10), ("ё" * 9000, 4096)])
def test_chunks_fit_the_limit_in_utf16_units_and_keep_the_text(text: str, limit: int) -> None:
    parts = chunks(text, limit)
    assert all(0 < units(p) <= limit for p in parts)
    assert "".join(parts).replace("\n", "") == text.replace("\n", "")


def test_429_retry_after_is_waited_out(book: Path, tmp_path: Path) -> None:
    waits: list[float] = []
    with FakeTelegram() as tg:
        tg.flood(2, retry_after=3)
        opts = options(tmp_path, send_now=True, delivery=DeliveryConfig(telegram=telegram_config(tg, waits)))
        assert run_pass(opener(book), opts, MONDAY_8).delivered == {"telegram": "sent"}
        assert waits == [3, 3]  # the virtual sleep the answers asked for, no more
        assert tg.calls.count("sendMessage") == 3 and tg.methods() == ["sendMessage", "sendDocument"]


def test_failure_then_success_next_pass_resumes_without_repeating(book: Path, tmp_path: Path) -> None:
    with FakeTelegram() as tg:
        opts = options(tmp_path, send_now=True, delivery=DeliveryConfig(telegram=telegram_config(tg, max_wait=10)))
        tg.fail_next(200, {"ok": True, "result": {"message_id": 1, "date": 0, "chat": {"id": 1, "type": "private"}}})
        tg.fail_next(429, {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 3600",
                           "parameters": {"retry_after": 3600}})
        first = run_pass(opener(book), opts, MONDAY_8)
        assert first.reports  # the report files were written all the same
        assert "next pass" in first.delivered["telegram"] and "retry after 3600" in first.delivered["telegram"]
        state = JobState.load(opts.state_path)
        assert state.sent == {} and state.progress["telegram"] == ["2025-11-17", 1]

        second = run_pass(opener(book), opts, MONDAY_8 + dt.timedelta(hours=1))
        assert second.delivered == {"telegram": "sent"}
        assert tg.calls == ["sendMessage", "sendDocument", "sendDocument"]  # the message was not sent again
        assert run_pass(opener(book), opts, MONDAY_8 + dt.timedelta(hours=2)).delivered == {}


@pytest.mark.parametrize("given, forced, expected", [
    ({"token": "999:wrong"}, None, "check SHEETS_BRIDGE_TELEGRAM_TOKEN"),
    ({"chat_id": "777"}, None, "chat not found (chat id 777): check --telegram-chat-id"),
    ({}, (502, b"<html><body>502 Bad Gateway</body></html>"), "HTTP 502 with something that is not a Bot API reply"),
    ({}, (500, {"ok": False, "error_code": 500, "description": "Internal Server Error"}), "server error (500"),
    ({}, (400, {"ok": False, "error_code": 400, "description": "Bad Request: group chat was upgraded to a "
                "supergroup chat", "parameters": {"migrate_to_chat_id": -1001234}}), "--telegram-chat-id -1001234"),
    ({}, (403, {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"}),
     "unblock the bot"),
    ({}, (200, {"result": []}), "not a Bot API reply"),
])
def test_telegram_refusals_say_what_to_fix_and_never_show_the_token(given: dict[str, str], forced: tuple | None,
                                                                    expected: str, digest: object) -> None:
    state = JobState()
    with FakeTelegram() as tg:
        if forced:
            tg.fail_next(*forced)
        config = telegram_config(tg, **given)
        outcome = deliver(DeliveryConfig(telegram=config), digest, state, "2025-11-17", lambda: None)  # type: ignore[arg-type]
    error = outcome["telegram"]
    assert expected in error and state.errors == {"telegram": error}
    assert config.token not in error and config.token.split(":")[1] not in error
    assert state.sent == {} and tg.sent == []


def test_unreachable_telegram_names_no_url(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    bot = TelegramBot(TelegramConfig(token=TOKEN, chat_id=CHAT_ID, api_root=f"http://127.0.0.1:{port}", timeout=2))
    with pytest.raises(DeliveryError, match="cannot reach Telegram") as err:
        bot.call("sendMessage", {"chat_id": CHAT_ID, "text": "hi"})
    assert TOKEN not in str(err.value) and "127.0.0.1" not in str(err.value)


# --- e-mail --------------------------------------------------------------------------------------------------
def smtp_config(smtp: FakeSmtp, **given: object) -> SmtpConfig:
    url = str(given.pop("url", smtp.url()))
    config = SmtpConfig.from_url(url, to=tuple(given.pop("to", ("owner@studio.test",))), timeout=5)  # type: ignore[arg-type]
    return dataclasses.replace(config, ssl_context=smtp.client_context)


@pytest.mark.parametrize("lang, subject, body, security", [
    ("ru", "Чаты за неделю 10–16\u00a0ноября 2025: ждут ответа — {n}", "Кому написать сегодня ({n})", "starttls"),
    ("en", "Chats, week of November\u00a010–16, 2025: {n} waiting for a reply", "Who to write to today ({n})", "ssl"),
])
def test_email_has_the_subject_text_and_report_in_the_owner_language(lang: str, subject: str, body: str,
                                                                     security: str, book: Path,
                                                                     tmp_path: Path) -> None:
    n = waiting_count(book)
    subject, body = subject.format(n=n), body.format(n=n)
    with FakeSmtp(security=security) as smtp:
        opts = options(tmp_path, lang=lang, delivery=DeliveryConfig(email=smtp_config(smtp)))
        assert run_pass(opener(book), opts, MONDAY_8).delivered == {"email": "sent"}
        assert run_pass(opener(book), opts, MONDAY_8 + dt.timedelta(hours=3)).delivered == {}
    assert len(smtp.messages) == 1 and smtp.logins == ["owner@studio.test"]
    msg = smtp.messages[0]
    assert msg["Subject"] == subject and msg["To"] == "owner@studio.test" and msg["From"] == "owner@studio.test"
    text = msg.get_body(preferencelist=("plain",)).get_content()  # type: ignore[union-attr]
    assert body in text and f"report-2025-11-10-{lang}.html" in text
    attachment = next(msg.iter_attachments())
    assert attachment.get_filename() == f"report-2025-11-10-{lang}.html"
    assert attachment.get_content_type() == "text/html"
    html = attachment.get_content()
    assert html.startswith("<!doctype html>") and f'<html lang="{lang}">' in html
    written = (tmp_path / "reports" / f"report-2025-11-10-{lang}.html").read_text(encoding="utf-8")
    assert html.replace("\r\n", "\n").rstrip("\n") == written.replace("\r\n", "\n").rstrip("\n")  # SMTP: CRLF


@pytest.mark.parametrize("server, given, expected", [
    ({}, {"password": "wrong-pw"}, ["refused the login of 'owner@studio.test'", "SHEETS_BRIDGE_SMTP_URL"]),
    ({"refuse": ("nobody@studio.test",)}, {"to": ("nobody@studio.test",)},
     ["refused the recipient", "nobody@studio.test: 550", "check --email-to"]),
    ({"security": "none", "users": {}}, {"starttls": True}, ["does not offer STARTTLS", "smtps://"]),
    ({"refuse_senders": ("owner@studio.test",)}, {},
     ["refused the sender 'owner@studio.test'", "553", "check --email-from"]),
])
def test_smtp_failures_name_what_to_fix(server: dict, given: dict, expected: list[str], digest: object) -> None:
    state = JobState()
    with FakeSmtp(**server) as smtp:
        url = smtp.url(password=given.pop("password", "app-password-1"))
        if given.pop("starttls", False):  # STARTTLS asked of a server that has none
            url = "smtp://owner%40studio.test:app-password-1@127.0.0.1:" + str(smtp.port)
        config = smtp_config(smtp, url=url, **given)
        outcome = deliver(DeliveryConfig(email=config), digest, state, "2025-11-17", lambda: None)  # type: ignore[arg-type]
    error = outcome["email"]
    assert all(part in error for part in expected), error
    assert "wrong-pw" not in error and "app-password-1" not in error
    assert smtp.messages == [] and state.sent == {}


def test_mail_server_down_then_up_sends_at_the_next_pass(book: Path, tmp_path: Path) -> None:
    smtp = FakeSmtp()
    with smtp:
        config = smtp_config(smtp)
    opts = options(tmp_path, send_now=True, delivery=DeliveryConfig(email=config))
    add_message(book)
    first = run_pass(opener(book), opts, MONDAY_8)  # the server is gone: nothing listens on its port
    assert "cannot reach the mail server" in first.delivered["email"] and first.analyzed
    with FakeSmtp() as again:
        opts.delivery = DeliveryConfig(email=dataclasses.replace(config, port=again.port,
                                                                 ssl_context=again.client_context))
        assert run_pass(opener(book), opts, MONDAY_8 + dt.timedelta(hours=1)).delivered == {"email": "sent"}
    assert len(again.messages) == 1 and JobState.load(opts.state_path).errors == {}


@pytest.mark.parametrize("url, field", [
    ("http://host", "SHEETS_BRIDGE_SMTP_URL"),
    ("smtp+insecure://me:secret@localhost:25", "SHEETS_BRIDGE_SMTP_URL"),
    ("smtp://login:pw@host:587", "--email-from"),
    ("smtp://me%40mail.ru:pw@host:587", "--email-to"),
])
def test_smtp_url_mistakes_name_the_field(url: str, field: str) -> None:
    with pytest.raises(InputError, match=re.escape(field)) as err:
        SmtpConfig.from_url(url, to=() if field == "--email-to" else ("o@x.test",))
    assert "secret" not in str(err.value) and "pw" not in str(err.value).replace("password", "")


# --- privacy -------------------------------------------------------------------------------------------------
def test_nothing_personal_from_the_chats_is_sent(book: Path, tmp_path: Path) -> None:
    raw = "\n".join(p.read_text(encoding="utf-8") for p in DEMO_CHATS.glob("*.txt"))
    phones = {re.sub(r"\D", "", m) for m in re.findall(r"\+?\d[\d ()-]{8,}\d", raw)}
    emails = set(re.findall(r"[\w.+-]+@[\w-]+\.[\w.]+", raw))
    assert phones and emails  # the demo chats do hold personal data
    with FakeSmtp() as smtp, FakeTelegram() as tg:
        delivery = DeliveryConfig(email=smtp_config(smtp), telegram=telegram_config(tg))
        result = run_pass(opener(book), options(tmp_path, delivery=delivery, send_now=True), MONDAY_8)
    assert result.delivered == {"email": "sent", "telegram": "sent"}
    received = [m.decode("utf-8", "replace") for m in smtp.raw]
    received += [smtp.messages[0].get_body(preferencelist=("plain",)).get_content()]  # type: ignore[union-attr]
    received += [next(smtp.messages[0].iter_attachments()).get_content()]
    received += [str(s.get("text", "")) + str(s.get("caption", "")) + s.get("data", b"").decode() for s in tg.sent]
    everything = "\n".join(received)
    digits_only = re.sub(r"\D", "", everything)
    assert "[NAME:" in everything  # tokens stand where the clients are
    for phone in phones:
        assert phone[-10:] not in digits_only, phone
    for email in emails:
        assert email.lower() not in everything.lower(), email


# --- the command line and serve ------------------------------------------------------------------------------
def test_cli_once_writes_the_report_and_keeps_the_password_out_of_errors(book: Path, tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from sheets_bridge.cli import cli
    from sheets_bridge.settings import Settings

    state = Settings.from_env(workbook=str(book)).job_state_path  # where the command keeps it: give it the primed one
    state.parent.mkdir(parents=True)
    shutil.copy2(options(tmp_path).state_path, state)
    with FakeSmtp(security="ssl") as smtp:  # its certificate is not trusted by the command: TLS fails
        monkeypatch.setenv("SHEETS_BRIDGE_SMTP_URL", smtp.url(password="Sup3r-Secret"))
        result = CliRunner().invoke(cli, ["job", "--once", "--send-now", "--workbook", str(book), "--out-dir",
                                          str(tmp_path / "out"), "--email-to", "owner@studio.test"])
    assert result.exit_code == 1, result.output
    assert "no new data; report written to" in result.output and "email: TLS with 127.0.0.1" in result.output
    assert "Sup3r-Secret" not in result.output
    assert (tmp_path / "out" / "report.html").exists()


@pytest.mark.parametrize("args, env, message", [
    (["--report-at", "someday 8:00"], {}, "--report-at"),
    (["--every", "often"], {}, "--every"),
    (["--telegram-chat-id", "1"], {}, "SHEETS_BRIDGE_TELEGRAM_TOKEN"),
    (["--email-to", "o@x.test"], {}, "SHEETS_BRIDGE_SMTP_URL"),
    ([], {"SHEETS_BRIDGE_TELEGRAM_TOKEN": "123:abc"}, "--telegram-chat-id"),
])
def test_cli_bad_usage_exits_2(args: list[str], env: dict[str, str], message: str, book: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    from sheets_bridge.cli import cli

    for k, v in env.items():
        monkeypatch.setenv(k, v)
    result = CliRunner().invoke(cli, ["job", "--once", "--workbook", str(book), *args])
    assert result.exit_code == 2 and message in result.output
    assert "abc" not in result.output.replace(message, "")


def test_background_job_runs_and_stops_promptly(book: Path, tmp_path: Path) -> None:
    import time

    ran = threading.Event()
    halt = start_in_background(opener(book), options(tmp_path), dt.timedelta(hours=1), on_pass=lambda r: ran.set())
    assert ran.wait(20)
    started = time.monotonic()
    halt()
    assert time.monotonic() - started < 2
    assert not any(t.name == "sheets-bridge-job" for t in threading.enumerate())


@pytest.mark.parametrize("run, expected", [
    ({"gap": "12h", "tz": "UTC", "business_hours": "mon-fri 09:00-18:00; closed 2025-01-09", "holidays": "KZ",
      "sla": "10m"},
     {"gap": "12h", "business_hours": "mon-fri 09:00-18:00; closed 2025-01-09", "holidays": "KZ", "sla": "10m"}),
    ({"business_hours": "mon-fri 09:00-18:00", "hours_file": "HOURS", "holidays": "RU"},  # analyze read a file
     {"business_hours": "HOURS", "holidays": "RU"}),
    ({"business_hours": "", "holidays": "", "prices": "PRICES"}, {"business_hours": None, "prices": "PRICES"}),
    ({"prices": "gone.csv"}, {"prices": None}),  # a price list that was moved away: no price check, no failure
])
def test_the_job_repeats_what_the_last_analyze_used(tmp_path: Path, run: dict, expected: dict) -> None:
    from sheets_bridge.job.runner import JobOptions, analysis_options

    (tmp_path / "hours.txt").write_text("mon-fri 09:00-18:00\n", encoding="utf-8")
    (tmp_path / "prices.csv").write_text("service,price\nСтрижка,1500\n", encoding="utf-8")
    paths = {"HOURS": str(tmp_path / "hours.txt"), "PRICES": str(tmp_path / "prices.csv")}
    run = {k: paths.get(v, v) for k, v in run.items()}
    got = analysis_options(JobOptions(state_path=tmp_path / "state.json"), run)
    for name, want in expected.items():
        value = getattr(got, name)
        assert (str(value) if value is not None else None) == paths.get(want, want), name


def test_a_recipient_refused_among_others_is_said_and_the_others_get_it(digest: object) -> None:
    from sheets_bridge.job.email import send_email

    said: list[str] = []
    with FakeSmtp(refuse=("nobody@studio.test",)) as smtp:
        send_email(smtp_config(smtp, to=("owner@studio.test", "nobody@studio.test")), digest, said.append)  # type: ignore[arg-type]
    assert [to for _, to in smtp.envelopes] == [["owner@studio.test"]]
    assert len(said) == 1 and "nobody@studio.test" in said[0] and "the others got it" in said[0]
