"""Hostile and odd input (issue #18): a clear 4xx or error naming the field or file, never a 500, a traceback,
a broken workbook, a duplicate or a name in clear. docs/hostile_input.md is this file's tables, row by row."""

from __future__ import annotations

import json
import re
import socket
import struct
import time
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import requests

from sheets_bridge.errors import InputError
from sheets_bridge.ingest import ImportOptions, import_chats
from sheets_bridge.privacy import Scrubber
from sheets_bridge.webhook import WebhookConfig, create_app
from sheets_bridge.webhook.auth import sign
from sheets_bridge.workbook import XlsxWorkbook

from .test_webhook import Server

SECRET = "hostile-secret"
KEY = bytes(range(32))
DOC = Path(__file__).resolve().parents[1] / "docs" / "hostile_input.md"
EV = {"timestamp": "2025-01-01T12:34:56+03:00", "channel": "whatsapp", "session_id": "s1",
      "event_type": "lead.created"}
MSG = {**EV, "event_type": "message.received", "payload": {"text": "Здравствуйте"}}


def deep(levels: int) -> str:
    """JSON text nesting objects ``levels`` deep (written out: json.dumps would recurse as deep)."""
    return '{"a": ' * levels + "1" + "}" * levels


def event_with(payload: str, session: str = "s1") -> bytes:
    return (json.dumps({**EV, "session_id": session})[:-1] + f', "payload": {payload}}}').encode()


def generic(*messages: dict[str, Any]) -> dict[str, Any]:
    return {"messages": [{"id": "1", "chat_id": "c1", "timestamp": 1735724096, "text": "hi", **m} for m in messages]}


def signed(body: bytes, signature: str | None = None, webhook_id: str = "w-1", stamp: str | None = None
           ) -> dict[str, str]:
    stamp = stamp or str(int(time.time()))
    return {"webhook-id": webhook_id, "webhook-timestamp": stamp,
            "webhook-signature": signature or sign(SECRET, webhook_id, stamp, body)}


# (case, path, body: JSON value or raw bytes, extra headers, status, field named, events stored)
REQUESTS: list[tuple[str, str, Any, dict[str, str], int, str | None, int]] = [
    ("body null", "/events", b"null", {}, 400, "event", 0),
    ("body {}", "/events", b"{}", {}, 400, "timestamp", 0),
    ("body []", "/events", b"[]", {}, 400, "events", 0),
    ("body 0", "/events", b"0", {}, 400, "event", 0),
    ("body true", "/events", b"true", {}, 400, "event", 0),
    ("hook body null", "/hooks/generic", b"null", {}, 400, "messages", 0),
    ("hook body []", "/hooks/telegram", b"[]", {}, 400, "update_id", 0),
    ("not JSON", "/events", b'{"timestamp": ', {}, 400, "body", 0),
    ("NaN confidence", "/events", b'{"timestamp": "2025-01-01T12:34:56+03:00", "channel": "w", "session_id": "s", '
                                  b'"event_type": "lead.created", "confidence": NaN}', {}, 400, "body", 0),
    ("JSON nested 100k deep", "/events", b"[" * 100_000 + b"]" * 100_000, {}, 400, "body", 0),
    ("payload nested 500 deep", "/events", event_with(deep(500)), {}, 400, "payload", 0),
    ("payload nested 21 deep", "/events", event_with(deep(21)), {}, 400, "payload", 0),
    ("payload nested 20 deep", "/events", event_with(deep(19), "s20"), {}, 202, None, 1),
    ("event_type lead.created\\n", "/events", {**EV, "event_type": "lead.created\n"}, {}, 400, "event_type", 0),
    ("year 9999, offset -23:59", "/events", {**EV, "timestamp": "9999-12-31T23:59:59-23:59"}, {}, 400, "timestamp",
     0),
    ("year 1970", "/events", {**EV, "timestamp": "1970-01-01T00:00:00Z"}, {}, 400, "timestamp", 0),
    ("offset +15:00", "/events", {**EV, "timestamp": "2025-01-01T12:00:00+15:00"}, {}, 400, "timestamp", 0),
    ("timestamp true (generic hook)", "/hooks/generic", generic({"timestamp": True}), {}, 400,
     "messages[0].timestamp", 0),
    ("timestamp 0 (generic hook)", "/hooks/generic", generic({"timestamp": 0}), {}, 400, "[0].timestamp", 0),
    ("timestamp 1e20 (generic hook)", "/hooks/generic", generic({"timestamp": 1e20}), {}, 400, "body", 0),
    ("lone surrogate in session_id", "/events",
     b'{"timestamp": "2025-01-01T12:34:56+03:00", "channel": "w", "session_id": "s\\ud800", '
     b'"event_type": "lead.created"}', {}, 202, None, 1),
    ("lone surrogate in payload.text", "/events",
     b'{"timestamp": "2025-01-01T12:34:56+03:00", "channel": "w", "session_id": "s2", '
     b'"event_type": "message.received", "payload": {"text": "\\udfff end"}}', {}, 202, None, 1),
    ("U+FFFF and U+FFFE in text", "/events", {**MSG, "session_id": "s3", "payload": {"text": "a\uffffb\ufffe"}},
     {}, 202, None, 1),
    ("non-ASCII webhook-signature", "/events", json.dumps(EV).encode(), "sig:v1,ééé", 401, None, 0),
    ("webhook-id of 1000 characters", "/events", json.dumps(EV).encode(), "id:" + "x" * 1000, 401, None, 0),
    ("webhook-timestamp in Arabic digits", "/events", json.dumps(EV).encode(), "ts:١٧٣٥٧٢٤٠٩٦", 401, None, 0),
    ("unknown platform", "/hooks/nope", EV, {}, 404, None, 0),
    ("two events without event_id, other crm_id", "/events",
     [{**EV, "session_id": "s4", "crm_id": "L1"}, {**EV, "session_id": "s4", "crm_id": "L2"}], {}, 202, None, 2),
    ("one event without event_id, sent twice", "/events", [{**EV, "session_id": "s5"}] * 2, {}, 202, None, 1),
    ("generic ids repeating per chat", "/hooks/generic",
     {"messages": [{"id": "1", "chat_id": "A", "timestamp": 1735724096, "text": "a"},
                   {"id": "1", "chat_id": "B", "timestamp": 1735724096, "text": "b"}]}, {}, 202, None, 2),
]


def _headers(extra: Any, raw: bytes) -> dict[str, str]:
    if isinstance(extra, str):  # a signed request with one header broken
        kind, value = extra.split(":", 1)
        if kind == "sig":
            return signed(raw, signature=value)
        if kind == "id":
            return signed(raw, webhook_id=value)
        return signed(raw, stamp=value)
    return {"Authorization": f"Bearer {SECRET}", **extra}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    app = create_app(WebhookConfig(journal_path=tmp_path_factory.mktemp("hostile") / "journal.sqlite3",
                                   scrubber=Scrubber(KEY), secret=SECRET))
    app.testing = False  # answer as in production: a bug would be a 500 here, not a raised exception
    return app.test_client(), app.extensions["sheets_bridge"]["journal"]


@pytest.mark.parametrize("case, path, body, extra, status, field, stored", REQUESTS, ids=[r[0] for r in REQUESTS])
def test_hostile_requests_get_a_clear_answer(client, case: str, path: str, body: Any, extra: Any, status: int,
                                             field: str | None, stored: int) -> None:
    http, journal = client
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    before = journal.counts()["journalled"]
    reply = http.post(path, data=raw, headers={"Content-Type": "application/json", **_headers(extra, raw)})
    answer = reply.get_json()
    assert reply.status_code == status, answer
    assert answer is not None and (answer.get("ok") is (status == 202)), "every answer is JSON"
    assert answer.get("field") == field
    assert journal.counts()["journalled"] - before == stored
    for _, row in journal.pending(100_000):
        assert not re.search("[\ud800-\udfff]", json.dumps(row, ensure_ascii=False))


# (case, payload, what must not be in the events row)
NAMES_IN_EVENTS = [
    ("payload.sender of a client", {"text": "Запишите меня", "sender": "Анна Сафина"}, ["Сафина"]),
    ("payload.name", {"name": "Ксения Гарипова"}, ["Гарипова"]),
    ("Telegram's from: first_name, last_name, username", {"from": {"first_name": "Anjali", "last_name": "Mehta",
                                                                    "username": "anjali_m"}}, ["Mehta", "anjali_m"]),
    ("a full name in the text", {"text": "это Ксения Гарипова, подруга Анны Сафиной"}, ["Гарипова", "Сафиной"]),
]


@pytest.mark.parametrize("case, payload, hidden", NAMES_IN_EVENTS, ids=[n[0] for n in NAMES_IN_EVENTS])
def test_names_in_events_are_tokens(client, case: str, payload: dict[str, Any], hidden: list[str]) -> None:
    http, journal = client
    event = {**MSG, "event_id": f"name-{case}", "payload": {"text": "", **payload}}
    assert http.post("/events", json=event, headers={"Authorization": f"Bearer {SECRET}"}).status_code == 202
    row = next(r for _, r in journal.pending(100_000) if r["event_id"] == f"name-{case}")
    assert "[NAME:" in row["payload"]
    for word in hidden:
        assert word not in json.dumps(row, ensure_ascii=False)


# (field, value sent, what the events row holds)
FIELDS = [("crm_id", "LEAD_789", "LEAD_789"), ("crm_id", "+79171234567", "[PHONE:"),
          ("intent", "перезвонить 89171234567", "[PHONE:"), ("event_id", "89171234567", "[PHONE:"),
          ("channel", "a@b.ru", "[EMAIL:")]


@pytest.mark.parametrize("field, value, held", FIELDS, ids=[f"{f}={v}" for f, v, _ in FIELDS])
def test_ids_intent_and_crm_id_are_scrubbed_but_keep_their_shape(client, field: str, value: str, held: str) -> None:
    http, journal = client
    session = f"fields-{FIELDS.index((field, value, held))}"
    event = {**EV, "session_id": session, "event_id": session, field: value}
    reply = http.post("/events", json=event, headers={"Authorization": f"Bearer {SECRET}"})
    assert reply.status_code == 202
    row = next(r for _, r in journal.pending(100_000) if r["session_id"] == session)
    assert held in row[field] and ("9171234567" not in json.dumps(row))


def test_stats_need_the_secret_and_healthz_says_only_ok(client) -> None:
    http, _ = client
    assert http.get("/stats").status_code == 401
    assert http.get("/stats", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert "pending_flush" in http.get("/stats", headers={"Authorization": f"Bearer {SECRET}"}).get_json()
    assert http.get("/healthz").get_json() == {"ok": True}


# --- the real server (waitress), as `sheets-bridge serve` runs it ---------------------------------------------------

@pytest.fixture(scope="module")
def serve(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    srv = Server(tmp_path_factory.mktemp("serve-hostile"), "--secret", SECRET, "--max-body", "20000",
                 "--connection-limit", "120", "--channel-timeout", "1").start()
    yield srv
    srv.kill()


def _port(server: Server) -> int:
    return int(server.url.rsplit(":", 1)[1])


def test_a_huge_body_is_refused_on_its_content_length_without_being_read(serve) -> None:
    """300 MB announced, not one byte sent: the 413 comes at once (before: waitress waited to read it to disk)."""
    with socket.create_connection(("127.0.0.1", _port(serve)), timeout=5) as sock:
        sock.sendall(b"POST /events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 314572800\r\n\r\n")
        answer = sock.recv(200)
    assert answer.startswith(b"HTTP/1.1 413")


@pytest.mark.parametrize("idle", [110, 130])
def test_idle_connections_do_not_starve_a_sender(serve, idle: int) -> None:
    """Connections that send nothing: a real sender still gets its 202 — at once while they are fewer than
    --connection-limit (before: waitress' 100), soon after --channel-timeout when they are more (before: 120 s)."""
    sockets = [socket.create_connection(("127.0.0.1", _port(serve)), timeout=5) for _ in range(idle)]
    try:
        reply = requests.post(serve.url + "/events", json={**EV, "event_id": f"after-{idle}-idle"},
                              headers={"Authorization": f"Bearer {SECRET}"}, timeout=10)
        assert reply.status_code == 202
    finally:
        for sock in sockets:
            sock.close()


def test_a_body_just_over_the_limit_gets_the_json_413(serve) -> None:
    reply = serve.post(None, raw=b" " * 30_000, headers={"Authorization": f"Bearer {SECRET}"})
    assert reply.status_code == 413 and reply.json()["field"] == "body"


# --- export files ------------------------------------------------------------------------------------------------
CHAT = "14.02.2024, 10:12 - Катя Морозова: Здравствуйте, есть места?\n14.02.2024, 10:13 - Аура Алина: Да\n"
OPTIONS = ImportOptions(tz="UTC", managers=("Аура Алина",))


def _zip(path: Path, data: bytes = CHAT.encode(), method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression=method) as zf:
        zf.writestr("_chat.txt", data)
    return path


def _patch_headers(path: Path, *, flag: int | None = None, method: int | None = None,
                   size: int | None = None) -> Path:
    """Rewrite the local and central headers of a one-member zip (what a tool that writes such zips makes)."""
    raw = bytearray(path.read_bytes())
    local, central = raw.find(b"PK\x03\x04"), raw.find(b"PK\x01\x02")
    for base, flag_at, method_at, size_at in ((local, 6, 8, 22), (central, 8, 10, 24)):
        if flag is not None:
            raw[base + flag_at:base + flag_at + 2] = struct.pack("<H", flag)
        if method is not None:
            raw[base + method_at:base + method_at + 2] = struct.pack("<H", method)
        if size is not None:
            raw[base + size_at:base + size_at + 4] = struct.pack("<I", size)
    path.write_bytes(bytes(raw))
    return path


def _corrupt(path: Path) -> Path:
    raw = bytearray(_zip(path, CHAT.encode() * 50).read_bytes())
    start = raw.find(b"_chat.txt") + len(b"_chat.txt")
    raw[start + 5:start + 25] = b"\x00" * 20
    path.write_bytes(bytes(raw))
    return path


def _bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("_chat.txt", b"0" * (24 << 20))
    return path


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# (case, file name, how to make it, what the error says)
FILES = [
    ("encrypted zip", "a.zip", lambda p: _patch_headers(_zip(p), flag=0x1), "password-protected"),
    ("deflate64 zip", "b.zip", lambda p: _patch_headers(_zip(p), method=9), "Deflate64"),
    ("corrupt deflate stream", "c.zip", _corrupt, "damaged .zip"),
    ("zip bomb (24 MB of zeros)", "d.zip", _bomb, "zip bomb"),
    ("zip declaring 1 GB", "e.zip", lambda p: _patch_headers(_zip(p), size=1 << 30), "more than a chat export"),
    ("not a zip at all", "f.zip", lambda p: _write(p, b"PK\x03\x04 not really"), "not a readable .zip"),
    ("zip without a .txt", "g.zip", lambda p: _write(p, _zip(p).read_bytes().replace(b"_chat.txt", b"_chat.jpg")),
     "without a chat .txt"),
    ("Telegram JSON nested 100k deep", "h.json",
     lambda p: _write(p, b'{"messages": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"), "nests too deeply"),
    ("Telegram JSON nested 300 deep", "i.json",
     lambda p: _write(p, ('{"name": "x", "messages": [' + deep(300) + "]}").encode()), "levels deep"),
    ("JSON null", "j.json", lambda p: _write(p, b"null"), "not a Telegram or Instagram"),
]


@pytest.mark.parametrize("case, name, make, message", FILES, ids=[f[0] for f in FILES])
def test_hostile_files_are_a_clear_error_naming_the_file(tmp_path: Path, case: str, name: str, make: Any,
                                                         message: str) -> None:
    path = make(tmp_path / name)
    with pytest.raises(InputError, match=re.escape(message)) as caught:
        import_chats([path], XlsxWorkbook(tmp_path / "book.xlsx"), Scrubber(KEY), OPTIONS)
    assert name in str(caught.value)


# (case, character) — none of them may make the .xlsx unreadable, whichever door they came in by
CHARACTERS = [("U+FFFF", "\uffff"), ("U+FFFE", "\ufffe"), ("lone surrogate U+D800", "\ud800"),
              ("lone surrogate U+DFFF", "\udfff"), ("control U+0001", "\x01")]


@pytest.mark.parametrize("case, char", CHARACTERS, ids=[c[0] for c in CHARACTERS])
def test_characters_xml_cannot_hold_never_break_the_workbook(tmp_path: Path, case: str, char: str) -> None:
    """In a chat, in an event: the .xlsx still opens (before: ParseError, and every command after it failed)."""
    book = tmp_path / "book.xlsx"
    wb = XlsxWorkbook(book)
    chat = _write(tmp_path / "chat.txt", CHAT.replace("места?", f"{char}места?").encode("utf-8", "surrogatepass"))
    if "surrogate" in case:  # cannot be in a UTF-8 file: named like any bad byte
        with pytest.raises(InputError, match="chat.txt line 1: is not UTF-8"):
            import_chats([chat], wb, Scrubber(KEY), OPTIONS)
    else:
        import_chats([chat], wb, Scrubber(KEY), OPTIONS)
    wb.append("events", [{"event_id": "e1", "timestamp": "2025-01-01T00:00:00+00:00", "payload": f"a{char}b"}])
    reopened = openpyxl.load_workbook(book)
    cells = {c for sheet in reopened.worksheets for row in sheet.iter_rows(values_only=True) for c in row}
    assert cells & {"a\ufffdb", "ab"}
    assert not any(re.search("[\ud800-\udfff\ufffe\uffff]", str(c)) for c in cells)


def test_characters_xml_cannot_hold_reach_google_as_u_fffd(fake_sheets, open_gsheets) -> None:
    wb = open_gsheets()
    wb.append("events", [{"event_id": "e1", "timestamp": "2025-01-01T00:00:00+00:00", "payload": "a\uffff\ud800b"}])
    assert fake_sheets.values("KEY123", "events")[1][-1] == "a\ufffd\ufffdb"


def test_the_doc_lists_every_case() -> None:
    doc = DOC.read_text(encoding="utf-8")
    cases = [r[0] for r in REQUESTS] + [n[0] for n in NAMES_IN_EVENTS] + [f[0] for f in FILES] + \
        [c[0] for c in CHARACTERS]
    missing = [c for c in cases if c.replace("|", "\\|") not in doc]
    assert not missing, f"docs/hostile_input.md misses {missing}"
