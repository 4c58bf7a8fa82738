"""The webhook receiver over real HTTP on 127.0.0.1: a real server process, kill -9, a failing Sheets."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import requests

from sheets_bridge.webhook import Journal, flush_all
from sheets_bridge.webhook.auth import sign
from sheets_bridge.workbook import XlsxWorkbook

from .conftest import run_at_once

SECRET = "s3cret-token"
EVENT = {"timestamp": "2025-01-01T12:34:56+03:00", "channel": "whatsapp", "session_id": "sess_12345",
         "user_phone": "+79171234567", "event_type": "appointment.confirmed", "intent": "book_appointment",
         "confidence": 0.92, "crm_id": "LEAD_789"}


class Server:
    """``sheets-bridge serve`` in its own process."""

    def __init__(self, tmp: Path, *extra: str) -> None:
        self.tmp, self.extra = tmp, extra
        self.url = ""
        self.book = tmp / "book.xlsx"
        self.journal = tmp / "journal.sqlite3"
        self.proc: subprocess.Popen[str] | None = None

    def start(self) -> Server:
        """Start on port 0 and read the port the server reports, so no other process can take it meanwhile."""
        env = {**os.environ, "SHEETS_BRIDGE_HOME": str(self.tmp / "home")}
        self.proc = subprocess.Popen([sys.executable, "-m", "sheets_bridge", "serve", "--port", "0",
                                      "--workbook", str(self.book), "--journal", str(self.journal),
                                      "--flush-interval", "0.3", *self.extra], env=env,
                                     stderr=subprocess.PIPE, text=True)
        log = open(self.tmp / "serve.log", "a")
        assert self.proc.stderr is not None
        for line in self.proc.stderr:  # blocks until the server says where it listens (or dies)
            log.write(line)
            if '"msg": "listening"' in line:
                self.url = f"http://127.0.0.1:{json.loads(line)['port']}"
                threading.Thread(target=lambda: [log.write(rest) for rest in self.proc.stderr or []],  # type: ignore[union-attr]
                                 daemon=True).start()
                return self
        raise RuntimeError((self.tmp / "serve.log").read_text())

    def kill(self, sig: int = signal.SIGTERM) -> None:
        assert self.proc is not None
        self.proc.send_signal(sig)
        self.proc.wait(timeout=10)

    def post(self, body: object = None, path: str = "/events", headers: dict[str, str] | None = None,
             raw: bytes | None = None) -> requests.Response:
        data = raw if raw is not None else json.dumps(body).encode()
        h = {"Authorization": f"Bearer {SECRET}", "Content-Type": "application/json", **(headers or {})}
        return requests.post(self.url + path, data=data, headers={k: v for k, v in h.items() if v}, timeout=10)

    def stats(self) -> dict[str, object]:
        return requests.get(self.url + "/stats", headers={"Authorization": f"Bearer {SECRET}"}, timeout=5).json()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    srv = Server(tmp_path_factory.mktemp("serve"), "--secret", SECRET, "--source-secret", "telegram=tg-secret",
                 "--max-body", "20000").start()
    yield srv
    srv.kill()


def signed(body: bytes, webhook_id: str, stamp: int | None = None, secret: str = SECRET) -> dict[str, str]:
    ts = str(stamp if stamp is not None else int(time.time()))
    return {"webhook-id": webhook_id, "webhook-timestamp": ts, "webhook-signature": sign(secret, webhook_id, ts, body),
            "Authorization": ""}


BAD_REQUESTS = [
    ("malformed JSON", dict(raw=b'{"timestamp": '), 400, "not valid JSON"),
    ("wrong type", dict(body={**EVENT, "confidence": "high"}), 400, "confidence"),
    ("missing field", dict(body={k: v for k, v in EVENT.items() if k != "session_id"}), 400, "session_id"),
    ("event type form", dict(body={**EVENT, "event_type": "Appointment Confirmed"}), 400, "event_type"),
    ("no offset", dict(body={**EVENT, "timestamp": "2025-01-01T12:34:56"}), 400, "timestamp"),
    ("too many", dict(body=[EVENT] * 501), 413, "larger than"),  # the 20 KB limit trips first
    ("oversized body", dict(body={**EVENT, "payload": {"text": "x" * 30_000}}), 413, "larger than"),
    ("wrong secret", dict(body=EVENT, headers={"Authorization": "Bearer nope"}), 401, "wrong secret"),
    ("no secret", dict(body=EVENT, headers={"Authorization": ""}), 401, "no credentials"),
    ("bad signature", dict(body=EVENT, headers={"webhook-id": "w1", "webhook-timestamp": str(int(time.time())),
                                                "webhook-signature": "v1,AAAA", "Authorization": ""}),
     401, "does not match"),
]


@pytest.mark.parametrize("name, kwargs, status, message", BAD_REQUESTS, ids=[b[0] for b in BAD_REQUESTS])
def test_bad_requests_get_a_4xx_naming_the_problem_and_store_nothing(server, name, kwargs, status, message) -> None:
    before = server.stats()["journalled"]
    reply = server.post(**kwargs)
    assert reply.status_code == status, reply.text
    assert message in reply.json()["error"] or message == reply.json().get("field")
    assert server.stats()["journalled"] == before


def test_expired_signature_is_refused(server) -> None:
    body = json.dumps(EVENT).encode()
    reply = server.post(None, raw=body, headers=signed(body, "w-old", stamp=int(time.time()) - 600))
    assert reply.status_code == 401 and "5 minutes" in reply.json()["error"]


def test_signed_delivery_retried_is_stored_once_and_a_reused_id_is_refused(server) -> None:
    body = json.dumps({**EVENT, "event_id": "signed-1"}).encode()
    first = server.post(None, raw=body, headers=signed(body, "wh-1"))
    again = server.post(None, raw=body, headers=signed(body, "wh-1"))
    assert first.status_code == again.status_code == 202
    assert first.json()["stored"] == ["signed-1"] and again.json()["duplicates"] == ["signed-1"]
    other = json.dumps({**EVENT, "event_id": "signed-2"}).encode()
    replay = server.post(None, raw=other, headers=signed(other, "wh-1"))
    assert replay.status_code == 409 and replay.json()["field"] == "webhook-id"


def test_key_rotation_accepts_any_listed_signature(server) -> None:
    body = json.dumps({**EVENT, "event_id": "rot-1"}).encode()
    headers = signed(body, "wh-rot")
    headers["webhook-signature"] = "v1,b2xkLW9sZC1vbGQ= " + headers["webhook-signature"]
    assert server.post(None, raw=body, headers=headers).status_code == 202


def test_single_batch_duplicate_and_path_token(server) -> None:
    one = server.post({**EVENT, "event_id": "e-1"})
    assert one.status_code == 202 and one.json()["stored"] == ["e-1"]
    batch = server.post([{**EVENT, "event_id": f"b-{i}"} for i in range(3)] + [{**EVENT, "event_id": "e-1"}])
    assert batch.json()["stored"] == ["b-0", "b-1", "b-2"] and batch.json()["duplicates"] == ["e-1"]
    token = server.post({**EVENT, "event_id": "p-1"}, path=f"/events/{SECRET}", headers={"Authorization": ""})
    assert token.status_code == 202


def test_telegram_and_generic_adapters(server) -> None:
    update = {"update_id": 777, "message": {"message_id": 5, "date": 1735724096, "text": "Можно на завтра?",
                                            "chat": {"id": 42}, "from": {"id": 42, "first_name": "Аня"}}}
    wrong = server.post(update, path="/hooks/telegram",
                        headers={"Authorization": "", "X-Telegram-Bot-Api-Secret-Token": "nope"})
    assert wrong.status_code == 401
    ok = server.post(update, path="/hooks/telegram",
                     headers={"Authorization": "", "X-Telegram-Bot-Api-Secret-Token": "tg-secret"})
    assert ok.status_code == 202 and ok.json()["stored"] == ["tg-777"]
    generic = server.post({"messages": [{"id": "g1", "chat_id": "c9", "timestamp": 1735724096, "direction": "in",
                                         "text": "Сколько стоит?"}]}, path="/hooks/generic")
    assert generic.status_code == 202 and generic.json()["stored"] == ["gen-c9:g1"]
    missing = server.post({"messages": [{"id": "g2", "chat_id": "c9", "text": "x"}]}, path="/hooks/generic")
    assert missing.status_code == 400 and missing.json()["field"] == "messages[0].timestamp"


def test_events_reach_the_workbook_scrubbed(server) -> None:
    server.post({**EVENT, "event_id": "scrub-1", "event_type": "message.received",
                 "payload": {"text": "перезвоните 8 917 123-45-67, почта a.b@mail.ru"}})
    deadline = time.time() + 15
    while time.time() < deadline and server.stats()["pending_flush"]:
        time.sleep(0.2)
    book = XlsxWorkbook(server.book)
    events = book.read("events").set_index("event_id")
    assert "917" not in events.loc["scrub-1", "payload"] and "mail.ru" not in events.loc["scrub-1", "payload"]
    assert events.loc["scrub-1", "user_id"].startswith("[PHONE:")  # its own event: tests may run on any worker
    assert "m_ev_scrub-1" in set(book.read("messages")["message_id"])


def test_sigterm_stops_serve_cleanly_after_its_flush(tmp_path: Path) -> None:
    """systemctl stop and docker stop send SIGTERM: serve stops as on Ctrl+C (exit 0, flusher stopped, a last log
    line), and what it acknowledged is in the workbook or the journal."""
    server = Server(tmp_path, "--secret", SECRET).start()
    assert server.post({**EVENT, "event_id": "term-1"}).status_code == 202
    server.kill()  # SIGTERM
    assert server.proc is not None and server.proc.returncode == 0
    flushed = set(XlsxWorkbook(server.book).read("events")["event_id"]) if server.book.exists() else set()
    assert "term-1" in flushed | Journal(server.journal).event_ids()


def test_serve_refuses_to_start_without_a_secret(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "sheets_bridge", "serve", "--port", "0"],
                         env={**os.environ, "SHEETS_BRIDGE_HOME": str(tmp_path), "SHEETS_BRIDGE_SECRET": ""},
                         capture_output=True, text=True, timeout=30)
    assert out.returncode == 2 and "--secret" in out.stderr


@pytest.mark.slow
def test_kill_minus_9_loses_no_acknowledged_event(tmp_path: Path) -> None:
    server = Server(tmp_path, "--secret", SECRET).start()
    acknowledged: list[str] = []
    stop, going = threading.Event(), threading.Event()

    def client() -> None:
        i = 0
        while not stop.is_set():
            try:
                reply = server.post({**EVENT, "event_id": f"k-{i}"})
            except requests.ConnectionError:
                return
            if reply.status_code == 202:
                acknowledged.append(f"k-{i}")
                if len(acknowledged) >= 40:
                    going.set()  # kill while the client is still sending, not after a guessed delay
            i += 1

    thread = threading.Thread(target=client)
    thread.start()
    assert going.wait(30), "the client never got going"
    server.kill(signal.SIGKILL)
    stop.set()
    thread.join(timeout=10)
    assert len(acknowledged) > 20, "the client never got going"
    assert set(acknowledged) <= Journal(server.journal).event_ids()

    server.start()  # restart: the flusher picks up what is pending
    server.kill()
    env = {**os.environ, "SHEETS_BRIDGE_HOME": str(tmp_path / "home")}
    out = subprocess.run([sys.executable, "-m", "sheets_bridge", "flush", "--workbook", str(server.book),
                          "--journal", str(server.journal)], env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    ids = XlsxWorkbook(server.book).read("events")["event_id"].tolist()
    for event_id in acknowledged:
        assert ids.count(event_id) == 1


def test_a_failing_sheets_backend_never_blocks_intake(tmp_path: Path, fake_sheets, sa_key_file) -> None:
    """Google answers 429 and 500 for a while: intake keeps answering 202, events wait, all arrive later."""
    import waitress.server

    from sheets_bridge.privacy import Scrubber
    from sheets_bridge.webhook import WebhookConfig, create_app
    from sheets_bridge.workbook.gsheets import SheetsConfig, open_google_sheet

    fake_sheets.create("LIVE")
    config = SheetsConfig(api_root=fake_sheets.url, timeout=(2.0, 5.0), max_retries=1, backoff_base=0.01,
                          backoff_max=0.02)
    app = create_app(WebhookConfig(journal_path=tmp_path / "j.sqlite3", scrubber=Scrubber(bytes(32)),
                                   secret=SECRET, flush_interval=0.1,
                                   open_workbook=lambda: open_google_sheet("LIVE", sa_key_file, config)))
    flusher = app.extensions["sheets_bridge"]["flusher"]
    flusher.max_backoff = 0.3
    wsgi = waitress.server.create_server(app, host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=wsgi.run, daemon=True).start()
    url = f"http://127.0.0.1:{wsgi.effective_port}"
    try:
        fake_sheets.fail_next(429, times=12)
        fake_sheets.fail_next(500, times=12)
        flusher.start()
        statuses = []
        for i in range(40):
            statuses.append(requests.post(url + "/events", json={**EVENT, "event_id": f"q-{i}"},
                                          headers={"Authorization": f"Bearer {SECRET}"}, timeout=5).status_code)
            time.sleep(0.02)
        assert statuses == [202] * 40
        auth = {"Authorization": f"Bearer {SECRET}"}
        stats = requests.get(url + "/stats", headers=auth, timeout=5).json()
        assert stats["last_flush_error"], "the backend's failures are visible"
        deadline = time.time() + 30
        while time.time() < deadline and requests.get(url + "/stats", headers=auth, timeout=5).json()["pending_flush"]:
            time.sleep(0.2)
        rows = fake_sheets.values("LIVE", "events")
        ids = [r[0] for r in rows[1:]]
        assert sorted(ids) == sorted(f"q-{i}" for i in range(40))
        assert fake_sheets.calls["failed_429"] == 12 and fake_sheets.calls["failed_500"] == 12
    finally:
        flusher.stop()
        wsgi.close()


def test_concurrent_senders_all_get_202_and_are_all_journalled(server) -> None:
    from concurrent.futures import ThreadPoolExecutor

    def send(i: int) -> int:
        return server.post({**EVENT, "event_id": f"c-{i}", "event_type": "message.received",
                            "payload": {"text": f"мой номер +7 917 123-45-{i % 90 + 10}"}}).status_code

    with ThreadPoolExecutor(8) as pool:
        codes = list(pool.map(send, range(120)))
    assert codes == [202] * 120
    assert {f"c-{i}" for i in range(120)} <= Journal(server.journal).event_ids()


# --- Google Sheets: kills, timeouts and partial failures; every acknowledged event stored exactly once -------------
def _acknowledged(tmp_path: Path, n: int, prefix: str) -> tuple[Journal, list[str]]:
    """``n`` message events posted to the receiver (the Flask app, no flusher) and answered 202."""
    from sheets_bridge.privacy import Scrubber
    from sheets_bridge.webhook import WebhookConfig, create_app

    app = create_app(WebhookConfig(journal_path=tmp_path / "journal.sqlite3", scrubber=Scrubber(bytes(32)),
                                   secret=SECRET))
    client = app.test_client()
    ids = [f"{prefix}-{i}" for i in range(n)]
    for event_id in ids:
        reply = client.post("/events", json={**EVENT, "event_id": event_id, "event_type": "message.received",
                                             "payload": {"text": f"сообщение {event_id}"}},
                            headers={"Authorization": f"Bearer {SECRET}"})
        assert reply.status_code == 202
    return app.extensions["sheets_bridge"]["journal"], ids


def _sheet_ids(fake, tab: str) -> list[str]:  # noqa: ANN001
    return [str(r[0]) for r in fake.values("KEY123", tab)[1:] if r]


def _until(condition, seconds: float = 10.0) -> None:  # noqa: ANN001
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.02)


def _fail_once_on(fake, needle: str, status: int) -> None:  # noqa: ANN001
    """Refuse, before applying it, the next request whose body holds ``needle`` (e.g. the messages' append)."""
    from tests.fakes.sheets_server import ApiError

    route = fake._route

    def failing(method: str, path: str, query: dict, body: object) -> object:
        if needle in json.dumps(body, ensure_ascii=False) and fake._route is failing:
            fake._route = route
            raise ApiError(status, "Injected failure")
        return route(method, path, query, body)

    fake._route = failing


def _messages_fail(fake, book, journal) -> None:  # noqa: ANN001
    _fail_once_on(fake, "m_ev_", 400)
    with pytest.raises(Exception, match="refused"):
        flush_all(journal, book())
    assert len(_sheet_ids(fake, "events")) == 6 and not _sheet_ids(fake, "messages")  # the half-done state


def _answer_lost(fake, book, journal) -> None:  # noqa: ANN001
    fake.lose_answer_next(1.0)  # applied, answered after the client's 0.3 s timeout: the tail shows it arrived
    flush_all(journal, book())
    assert fake.calls["late_answers"] == 1


def _applied_late(fake, book, journal) -> None:  # noqa: ANN001
    workbook = book()
    fake.delay_next(0.0, times=3)  # the reads (every header at once, both tabs' ids) go through; the events' append
    fake.delay_next(1.0)           # waits 1 s, the client gives up after 0.3 s, finds no rows, sends again: both land
    flush_all(journal, workbook)
    _until(lambda: len(_sheet_ids(fake, "events")) > 6)  # the late copy has landed: now in the sheet twice


def _serve_and_manual_flush(fake, book, journal) -> None:  # noqa: ANN001
    run_at_once(*[(flush_all, (journal, book())) for _ in range(3)], timeout=30)


def _killed_after_writing(fake, book, journal) -> None:  # noqa: ANN001
    """A flush in its own process is killed -9 while Google holds the answer of a write it applied."""
    fake.lose_answer_next(10.0)
    code = ("import sys; from pathlib import Path; from sheets_bridge.webhook import Journal, flush_all; "
            "from sheets_bridge.workbook.gsheets import SheetsConfig, open_google_sheet; "
            "flush_all(Journal(Path(sys.argv[1])), open_google_sheet('KEY123', sys.argv[2], "
            "SheetsConfig(api_root=sys.argv[3], timeout=(2.0, 20.0))))")
    proc = subprocess.Popen([sys.executable, "-c", code, str(journal.path), str(book.key_file), fake.url],
                            stderr=subprocess.PIPE)
    try:
        _until(lambda: fake.calls["late_answers"] == 1, 30)
    finally:
        proc.kill()
        proc.wait(timeout=10)
    assert journal.counts()["pending_flush"] == 6, "killed before marking anything flushed"


FAULTS = [("events written, their messages refused", _messages_fail),
          ("answer lost after the write (read timeout)", _answer_lost),
          ("write applied late, after its timeout, and resent", _applied_late),
          ("serve and a manual flush at the same time", _serve_and_manual_flush),
          ("killed -9 after writing, before marking", _killed_after_writing)]


@pytest.fixture(scope="module")
def shared_sheets(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    """One local Sheets server for all the fault cases (each starts from a fresh spreadsheet)."""
    from google.auth import credentials

    from tests.conftest import _service_account_key
    from tests.fakes.sheets_server import FakeSheets

    rab = getattr(credentials, "CredentialsWithRegionalAccessBoundary", None)
    with pytest.MonkeyPatch.context() as mp, FakeSheets() as fake:
        if rab is not None:
            mp.setattr(rab, "_is_regional_access_boundary_lookup_required", lambda self: False)
        key = tmp_path_factory.mktemp("sa") / "service-account.json"
        key.write_text(json.dumps(_service_account_key(fake.url + "/token")))
        yield fake, key


@pytest.mark.parametrize("case, fault", FAULTS, ids=[f[0] for f in FAULTS])
def test_every_acknowledged_event_ends_up_in_the_sheet_exactly_once(tmp_path: Path, shared_sheets, case: str,
                                                                    fault) -> None:  # noqa: ANN001
    from sheets_bridge.workbook.gsheets import SheetsConfig, open_google_sheet

    fake_sheets, sa_key_file = shared_sheets
    fake_sheets.spreadsheets.pop("KEY123", None)
    fake_sheets.calls.clear()
    fake_sheets.create("KEY123")
    config = SheetsConfig(api_root=fake_sheets.url, timeout=(2.0, 0.3), max_retries=3, backoff_base=0.01,
                          backoff_max=0.02, max_request_bytes=3_000)  # events and messages: separate requests

    def book():  # noqa: ANN202
        return open_google_sheet("KEY123", sa_key_file, config)

    book.key_file = sa_key_file  # type: ignore[attr-defined]
    book().init_tabs()
    journal, ids = _acknowledged(tmp_path, 6, "x")
    fault(fake_sheets, book, journal)
    flush_all(journal, book(), heal=True)  # what serve's next flush (or `sheets-bridge flush`) does
    assert sorted(_sheet_ids(fake_sheets, "events")) == sorted(ids)
    assert sorted(_sheet_ids(fake_sheets, "messages")) == sorted(f"m_ev_{i}" for i in ids)
    assert journal.counts()["pending_flush"] == 0


def test_the_flusher_thread_survives_any_error_and_stats_show_it(tmp_path: Path) -> None:
    """A workbook that cannot be written (before: a ParseError killed the thread and /stats showed nothing)."""
    from sheets_bridge.privacy import Scrubber
    from sheets_bridge.webhook import WebhookConfig, create_app

    broken = threading.Event()

    def open_workbook():  # noqa: ANN202
        broken.set()
        raise ValueError("chat-audit.xlsx: not a zip file")

    app = create_app(WebhookConfig(journal_path=tmp_path / "j.sqlite3", scrubber=Scrubber(bytes(32)), secret=SECRET,
                                   flush_interval=0.05, open_workbook=open_workbook))
    flusher = app.extensions["sheets_bridge"]["flusher"]
    flusher.max_backoff = 0.05
    client = app.test_client()
    assert client.post("/events", json=EVENT, headers={"Authorization": f"Bearer {SECRET}"}).status_code == 202
    flusher.start()
    try:
        assert broken.wait(10)
        _until(lambda: client.get("/stats", headers={"Authorization": f"Bearer {SECRET}"}).get_json()[
            "last_flush_error"].startswith("ValueError"))
        assert flusher.is_alive()
    finally:
        flusher.stop()


def test_two_imports_at_once_into_one_xlsx_write_every_message_once(tmp_path: Path) -> None:
    from .conftest import CORPUS

    book = tmp_path / "book.xlsx"
    env = {**os.environ, "SHEETS_BRIDGE_HOME": str(tmp_path / "home")}
    command = [sys.executable, "-m", "sheets_bridge", "import", str(CORPUS / "chats" / "01_manikur_pyatnica.txt"),
               str(CORPUS / "chats" / "38_tg_kraska_korni.json"), "--managers-file", str(CORPUS / "managers.tsv"),
               "--tz", "Asia/Yekaterinburg", "--workbook", str(book)]
    procs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    for proc in procs:
        assert proc.wait(timeout=60) == 0, proc.stderr.read() if proc.stderr else ""
    ids = XlsxWorkbook(book).read("messages")["message_id"].tolist()
    assert len(ids) == len(set(ids)) == 7 + 11


def test_a_manual_flush_catches_up_a_backlog_in_one_save(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`sheets-bridge flush` writes 1,200 waiting events (more than serve's batch of 500) with one read of the ids and
    one save of the .xlsx, not one per 500."""
    from click.testing import CliRunner

    from sheets_bridge import events as ev
    from sheets_bridge.cli import cli
    from sheets_bridge.privacy import Scrubber

    journal = Journal(tmp_path / "journal.sqlite3")
    scrubber = Scrubber(bytes(32))
    journal.store([ev.to_row(ev.validate({**EVENT, "event_id": f"b{i}"}), scrubber) for i in range(1_200)], "events")
    journal.close()
    saves = []
    real_save = XlsxWorkbook._save
    monkeypatch.setattr(XlsxWorkbook, "_save", lambda self, *a, **k: saves.append(1) or real_save(self, *a, **k))
    book = tmp_path / "book.xlsx"
    out = CliRunner().invoke(cli, ["flush", "--workbook", str(book), "--journal", str(tmp_path / "journal.sqlite3")],
                             env={"SHEETS_BRIDGE_HOME": str(tmp_path / "home")})
    assert out.exit_code == 0, out.output
    assert "Flushed 1200 events" in out.output and "0 still pending" in out.output
    assert len(saves) == 1
    assert len(XlsxWorkbook(book).read("events")) == 1_200
