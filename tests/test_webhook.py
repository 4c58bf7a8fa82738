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

from sheets_bridge.webhook import Journal
from sheets_bridge.webhook.auth import sign
from sheets_bridge.workbook import XlsxWorkbook

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
        return requests.get(self.url + "/stats", timeout=5).json()


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
    assert generic.status_code == 202 and generic.json()["stored"] == ["gen-g1"]
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
    assert events.loc["e-1", "user_id"].startswith("[PHONE:")
    assert "m_ev_scrub-1" in set(book.read("messages")["message_id"])


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
        stats = requests.get(url + "/stats", timeout=5).json()
        assert stats["last_flush_error"], "the backend's failures are visible"
        deadline = time.time() + 30
        while time.time() < deadline and requests.get(url + "/stats", timeout=5).json()["pending_flush"]:
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
