"""Two ``serve`` processes on one PostgreSQL journal and workbook; one is killed (SIGKILL) mid-stream and restarted.

Every event a receiver acknowledged is in the tenant's ``events`` tab exactly once, though both flushers ran at once.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import requests

from sheets_bridge.webhook.pgjournal import PgJournal
from sheets_bridge.workbook.postgres import PostgresWorkbook

ROOT = Path(__file__).resolve().parents[1]
EVENTS = 240


class Receiver:
    """One ``sheets-bridge serve`` process; ``url`` once it says it is listening."""

    def __init__(self, root: Path, args: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "sheets_bridge", "serve", "--port", "0", *args], cwd=root,
                                     env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.url = ""
        self.log: list[str] = []

    def wait_listening(self, timeout: float = 30) -> Receiver:
        deadline = time.monotonic() + timeout
        assert self.proc.stderr is not None
        while time.monotonic() < deadline:
            line = self.proc.stderr.readline()
            if not line:
                break
            self.log.append(line)
            if '"listening"' in line:
                self.url = f"http://127.0.0.1:{json.loads(line)['port']}"
                threading.Thread(target=self._drain, daemon=True).start()
                return self
        raise AssertionError("serve did not start: " + "".join(self.log)[-2000:])

    def _drain(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self.log.append(line)

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


def event(i: int) -> dict[str, object]:
    return {"event_id": f"ev-{i:04}", "timestamp": f"2025-01-06T09:{i % 60:02}:00+05:00", "channel": "telegram",
            "session_id": f"sess-{i % 7}", "event_type": "message.received",
            "payload": {"text": f"сообщение {i}", "sender": "client"}}


def post(url: str, batch: list[dict[str, object]]) -> list[str] | None:
    """The ids a receiver acknowledged, or None when it did not answer 202."""
    try:
        answer = requests.post(url + "/events", json=batch, headers={"Authorization": "Bearer s3cret"}, timeout=10)
    except requests.RequestException:
        return None
    return answer.json()["stored"] + answer.json()["duplicates"] if answer.status_code == 202 else None


def test_two_receivers_one_killed_every_acknowledged_event_stored_once(pg_url: str, pg_tenant: str,
                                                                       tmp_path: Path) -> None:
    env = {**os.environ, "SHEETS_BRIDGE_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT)}
    args = ["--secret", "s3cret", "--journal", pg_url, "--workbook", pg_url, "--tenant", pg_tenant,
            "--flush-interval", "0.2", "--threads", "4"]
    (tmp_path / "home").mkdir()
    first = Receiver(ROOT, args, env)  # the first creates the privacy key both use: start it alone
    first.wait_listening()
    receivers = [first, Receiver(ROOT, args, env).wait_listening()]
    acked: list[str] = []
    unanswered = [0]
    lock = threading.Lock()

    def sender(start: int, stop: int) -> None:
        """Batches of 4 to alternate receivers; a batch without an answer goes to the other one, until acknowledged."""
        for n, i in enumerate(range(start, stop, 4)):
            batch = [event(j) for j in range(i, min(i + 4, stop))]
            for attempt in range(200):
                ids = post(receivers[(n + attempt) % 2].url, batch)
                if ids is not None:
                    with lock:
                        acked.extend(ids)
                    break
                with lock:
                    unanswered[0] += 1
                time.sleep(0.05)
            else:
                raise AssertionError(f"batch {i} was never acknowledged")

    threads = [threading.Thread(target=sender, args=(k * EVENTS // 3, (k + 1) * EVENTS // 3)) for k in range(3)]
    try:
        for t in threads:
            t.start()
        while len(acked) < EVENTS // 3:
            time.sleep(0.01)
        receivers[0].kill()  # mid-stream: requests in flight to it get no answer and go to the other receiver
        receivers[0] = Receiver(ROOT, args, env).wait_listening()
        for t in threads:
            t.join(60)
        journal = PgJournal(pg_url, pg_tenant)
        deadline = time.monotonic() + 30
        while journal.counts()["pending_flush"] and time.monotonic() < deadline:
            time.sleep(0.1)
        assert journal.counts() == {"journalled": EVENTS, "pending_flush": 0}
    finally:
        for r in receivers:
            r.stop()
    stored = PostgresWorkbook(pg_url, pg_tenant).read("events")["event_id"].tolist()
    assert unanswered[0] > 0  # the killed receiver really left requests without an answer
    assert sorted(set(acked)) == [f"ev-{i:04}" for i in range(EVENTS)]
    assert sorted(stored) == sorted(set(acked))  # each acknowledged event once: no loss, no double
    messages = PostgresWorkbook(pg_url, pg_tenant).read("messages")
    assert len(messages) == EVENTS and messages["message_id"].is_unique


# --- many tenants on one receiver: /t/<tenant>/… with each tenant's secret ----------------------------------------
def tenant_app(journal: str | Path, tenants: dict[str, str], secret: str | None = None) -> Any:
    from sheets_bridge.privacy import Scrubber
    from sheets_bridge.webhook import WebhookConfig, create_app
    from sheets_bridge.webhook.journals import Tenant

    config = WebhookConfig(journal_path=journal, scrubber=Scrubber(bytes(32)), secret=secret,
                           tenants={name: Tenant(name, key) for name, key in tenants.items()})
    app = create_app(config)
    app.testing = False  # answer as in production
    return app.test_client()


def bearer(secret: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {secret}"}


def test_each_tenant_posts_with_its_own_secret_into_its_own_journal(pg_url: str, pg_tenant: str) -> None:
    a, b = pg_tenant + "a", pg_tenant + "b"
    client = tenant_app(pg_url, {a: "sa", b: "sb"})
    assert client.post(f"/t/{a}/events", json=event(1), headers=bearer("sa")).status_code == 202
    assert client.post(f"/t/{b}/events", json=event(1), headers=bearer("sb")).status_code == 202  # its own copy
    assert client.post(f"/t/{b}/events/sb", json=event(2)).status_code == 202  # the secret in the path
    assert client.post(f"/t/{a}/events", json=event(3), headers=bearer("sb")).status_code == 401  # b's secret
    message = {"id": 7, "chat_id": "c1", "timestamp": "2025-01-06T09:00:00+05:00", "text": "hi"}
    hook = client.post(f"/t/{a}/hooks/generic", json={"messages": [message]}, headers=bearer("sa"))
    assert hook.status_code == 202 and hook.get_json()["stored"] == ["gen-c1:7"]  # through the platform adapter
    assert PgJournal(pg_url, a).event_ids() == {"ev-0001", "gen-c1:7"}
    assert PgJournal(pg_url, b).event_ids() == {"ev-0001", "ev-0002"}
    stats = client.get(f"/t/{a}/stats", headers=bearer("sa"))
    assert stats.status_code == 200 and stats.get_json()["tenant"] == a
    assert client.get(f"/t/{a}/stats", headers=bearer("sb")).status_code == 401


def test_without_a_global_secret_only_the_tenant_routes_are_open(pg_url: str, pg_tenant: str) -> None:
    """A tenants file and no --secret must not leave /events and /stats open to anyone (auth takes no secret as
    --insecure)."""
    client = tenant_app(pg_url, {pg_tenant: "s"})
    closed = client.post("/events", json=event(1))
    assert closed.status_code == 404 and "/t/<tenant>/events" in closed.get_json()["error"]
    assert client.post("/hooks/generic", json={"text": "x"}).status_code == 404
    assert client.get("/stats").status_code == 401
    opened = tenant_app(pg_url, {pg_tenant: "s"}, secret="global")
    assert opened.post("/events", json=event(1), headers=bearer("global")).status_code == 202
    assert opened.post("/events", json=event(1), headers=bearer("s")).status_code == 401  # a tenant's is not global


@pytest.mark.parametrize("path, status, words", [
    ("/t/nobody/events", 404, "unknown tenant"),
    ("/t/nobody/hooks/generic", 404, "unknown tenant"),
])
def test_an_unknown_tenant_is_named(pg_url: str, pg_tenant: str, path: str, status: int, words: str) -> None:
    answer = tenant_app(pg_url, {pg_tenant: "s"}).post(path, json=event(1), headers=bearer("s"))
    assert answer.status_code == status and words in answer.get_json()["error"]


def test_tenant_routes_keep_the_hostile_input_limits(pg_url: str, pg_tenant: str) -> None:
    client = tenant_app(pg_url, {pg_tenant: "s"})
    huge = client.post(f"/t/{pg_tenant}/events", data=b"[" + b" " * 2_000_000 + b"]", headers=bearer("s"),
                       content_type="application/json")
    assert huge.status_code == 413
    deep = client.post(f"/t/{pg_tenant}/events", data=b"[" * 100_000, headers=bearer("s"),
                       content_type="application/json")
    assert deep.status_code == 400 and deep.get_json()["field"] == "body"
    bad = client.post(f"/t/{pg_tenant}/hooks/nosuch", json={}, headers=bearer("s"))
    assert bad.status_code == 404 and "unknown source" in bad.get_json()["error"]
    assert PgJournal(pg_url, pg_tenant).counts()["journalled"] == 0


def test_tenant_routes_need_the_shared_journal(tmp_path: Path) -> None:
    answer = tenant_app(tmp_path / "j.sqlite3", {"salon": "s"}).post("/t/salon/events", json=event(1),
                                                                     headers=bearer("s"))
    assert answer.status_code == 404 and "postgresql://" in answer.get_json()["error"]


@pytest.mark.parametrize("lines, extra, words", [
    ("salon\ts\n", [], "--journal postgresql://"),                                    # SQLite journal
    ("salon\ts\n", ["--journal", "PG", "-w", "book.xlsx"], "mix in one workbook"),    # one .xlsx for all
    ("salon\ts\n", ["--journal", "PG", "-w", "PG", "--insecure"], "--insecure"),
    ("sa/lon\ts\n", ["--journal", "PG", "-w", "PG"], "cannot be part of a URL"),
])
def test_serve_refuses_a_tenants_setup_that_cannot_work(pg_url: str, tmp_path: Path, lines: str, extra: list[str],
                                                        words: str) -> None:
    from click.testing import CliRunner

    from sheets_bridge.cli import cli

    (tmp_path / "tenants.tsv").write_text(lines, encoding="utf-8")
    args = ["serve", "--port", "0", "--tenants", str(tmp_path / "tenants.tsv"),
            *[pg_url if a == "PG" else str(tmp_path / a) if a.endswith(".xlsx") else a for a in extra]]
    out = CliRunner().invoke(cli, args)
    assert out.exit_code == 2 and words in out.output, out.output


def test_serve_with_a_tenants_file_delivers_each_tenant_to_its_own_rows(pg_url: str, pg_tenant: str,
                                                                        tmp_path: Path) -> None:
    """The CLI wiring: one receiver, two tenants posting with their secrets, one writer delivering both."""
    a, b = pg_tenant + "a", pg_tenant + "b"
    (tmp_path / "tenants.tsv").write_text(f"# tenant\tsecret\n{a}\tsa\n{b}\tsb\n", encoding="utf-8")
    (tmp_path / "home").mkdir()
    env = {**os.environ, "SHEETS_BRIDGE_HOME": str(tmp_path / "home"), "PYTHONPATH": str(ROOT)}
    secret_url = pg_url.replace("sb@", "sb:hunter2@")  # the test server trusts loopback: the password is ignored
    receiver = Receiver(ROOT, ["--journal", secret_url, "--workbook", secret_url, "--tenants",
                               str(tmp_path / "tenants.tsv"), "--flush-interval", "0.1"], env).wait_listening()
    try:
        for tenant, secret, ids in ((a, "sa", range(0, 6)), (b, "sb", range(6, 9))):
            answer = requests.post(f"{receiver.url}/t/{tenant}/events", json=[event(i) for i in ids],
                                   headers=bearer(secret), timeout=10)
            assert answer.status_code == 202, answer.text
        assert requests.post(receiver.url + "/events", json=event(1), timeout=10).status_code == 404
        deadline = time.monotonic() + 20
        while any(PgJournal(pg_url, t).counts()["pending_flush"] for t in (a, b)) and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        receiver.stop()
    assert sorted(PostgresWorkbook(pg_url, a).read("events")["event_id"]) == [f"ev-{i:04}" for i in range(6)]
    assert sorted(PostgresWorkbook(pg_url, b).read("events")["event_id"]) == [f"ev-{i:04}" for i in range(6, 9)]
    log = "".join(receiver.log)
    assert "sb:***@" in log and "hunter2" not in log  # the listening line names the database, never the password


def test_a_journal_database_that_goes_away_answers_503_and_then_recovers(pg_server: Any) -> None:
    """503 (nginx then tries the next receiver; a sender retries later) whether the connection breaks mid-way or
    a new one is refused, and 202 again once the database is back."""
    import psycopg

    url = pg_server.create_database("sb_goes_away")
    client = tenant_app(url, {"salon": "s"}, secret="g")
    assert client.post("/events", json=event(1), headers=bearer("g")).status_code == 202

    def allow(yes: bool) -> None:
        with psycopg.connect(pg_server.url(), autocommit=True) as admin:
            admin.execute(f"ALTER DATABASE sb_goes_away ALLOW_CONNECTIONS {str(yes).lower()}")
            if not yes:
                admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'sb_goes_away'")

    allow(False)
    try:
        for i in (2, 3):  # the first finds its connection broken, the second cannot open a new one
            answer = client.post("/t/salon/events", json=event(i), headers=bearer("s"))
            assert answer.status_code == 503 and "send again later" in answer.get_json()["error"]
    finally:
        allow(True)
    assert client.post("/t/salon/events", json=event(4), headers=bearer("s")).status_code == 202
    assert PgJournal(url, "salon").event_ids() == {"ev-0004"}
