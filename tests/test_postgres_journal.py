"""The shared journal: the SQLite journal's behaviour on PostgreSQL, per tenant, with claims for many flushers."""

from __future__ import annotations

import threading
from pathlib import Path

import psycopg
import pytest

from sheets_bridge.webhook.journal import DeliveryConflict
from sheets_bridge.webhook.journals import JournalLike, Tenant, load_tenants, open_journal
from sheets_bridge.webhook.pgjournal import PgJournal
from sheets_bridge.webhook.sheets_writer import deliver_batch
from sheets_bridge.workbook.postgres import PostgresWorkbook

from .conftest import run_at_once


def row(event_id: str, text: str = "привет") -> dict[str, object]:
    return {"event_id": event_id, "timestamp": "2025-01-06T09:00:00+05:00", "channel": "telegram",
            "received_at": "2025-01-06T04:00:01+00:00", "session_id": "s1", "user_id": "", "intent": "", "crm_id": "",
            "event_type": "message.received", "confidence": 0.92, "level": "info", "payload": f'{{"text": "{text}"}}'}


@pytest.fixture(params=["sqlite", "postgres"])
def journal(request: pytest.FixtureRequest, tmp_path: Path) -> JournalLike:
    """The same journal behaviour from both kinds that ``open_journal`` returns."""
    if request.param == "sqlite":
        return open_journal(tmp_path / "journal.sqlite3", "t")
    return open_journal(request.getfixturevalue("pg_url"), request.getfixturevalue("pg_tenant"))


@pytest.mark.parametrize("batches, stored, duplicates", [
    ([["a", "b"]], ["a", "b"], []),
    ([["a"], ["a", "b"]], ["a", "b"], ["a"]),
    ([["a", "a", "b"]], ["a", "b"], ["a"]),  # the same id twice in one request: stored once
])
def test_store_keeps_each_event_once(journal: JournalLike, batches: list[list[str]], stored: list[str],
                                     duplicates: list[str]) -> None:
    got_stored, got_dup = [], []
    for ids in batches:
        result = journal.store([row(i) for i in ids], "events")
        got_stored += result.stored
        got_dup += result.duplicates
    assert (got_stored, got_dup) == (stored, duplicates)
    assert journal.event_ids() == set(stored)
    assert journal.counts() == {"journalled": len(stored), "pending_flush": len(stored)}


def test_rows_read_back_exactly(journal: JournalLike) -> None:
    journal.store([row("a", 'quote " and ё')], "events")
    assert journal.pending() == [(journal.pending()[0][0], row("a", 'quote " and ё'))]


def test_a_webhook_id_reused_for_another_body_is_a_conflict(journal: JournalLike) -> None:
    journal.store([row("a")], "events", webhook_id="w1", body=b"one")
    assert journal.store([row("a")], "events", webhook_id="w1", body=b"one").duplicates == ["a"]
    with pytest.raises(DeliveryConflict):
        journal.store([row("b")], "events", webhook_id="w1", body=b"two")
    assert journal.event_ids() == {"a"}  # the conflicting request stored nothing


def test_tenants_are_apart(pg_url: str, pg_tenant: str) -> None:
    a = PgJournal(pg_url, pg_tenant + "a")
    b = a.for_tenant(pg_tenant + "b")
    assert a.store([row("same")], "events").stored == ["same"]
    assert b.store([row("same")], "events").stored == ["same"]  # once per tenant, not once in all
    assert a.counts()["journalled"] == b.counts()["journalled"] == 1
    assert {pg_tenant + "a", pg_tenant + "b"} <= set(a.tenants_pending())


def test_receivers_storing_the_same_events_at_once_store_each_once(pg_url: str, pg_tenant: str) -> None:
    """Eight receivers (connections) get overlapping batches at the same moment."""
    ids = [f"e{i}" for i in range(60)]
    stored: list[str] = []
    lock, start = threading.Lock(), threading.Barrier(8)

    def receiver(k: int) -> None:
        journal = PgJournal(pg_url, pg_tenant)
        start.wait()
        for offset in range(0, 60, 10):
            result = journal.store([row(i) for i in ids[(offset + k) % 60:][:10]], "events")
            with lock:
                stored.extend(result.stored)
        journal.close()

    run_at_once(*[(receiver, (k,)) for k in range(8)])
    assert sorted(stored) == sorted(set(stored)) and set(stored) == PgJournal(pg_url, pg_tenant).event_ids()


def test_claims_of_two_flushers_never_overlap_and_die_with_their_flusher(pg_url: str, pg_tenant: str) -> None:
    journal = PgJournal(pg_url, pg_tenant)
    journal.store([row(f"e{i}") for i in range(10)], "events")
    other = PgJournal(pg_url, pg_tenant)  # another process's flusher: its own connection
    with journal.claim(4) as first, other.claim(4) as second:
        assert len(first) == len(second) == 4 and not {s for s, _ in first} & {s for s, _ in second}
    with pytest.raises(RuntimeError), journal.claim(3) as claimed:
        journal.mark_flushed([s for s, _ in claimed])
        raise RuntimeError("the flusher died before its claim committed")
    assert journal.counts()["pending_flush"] == 10  # nothing was marked: the rows are free again
    with journal.claim(3) as claimed:
        journal.mark_flushed([s for s, _ in claimed])
    assert journal.counts()["pending_flush"] == 7


def test_many_flushers_deliver_each_event_once(pg_url: str, pg_tenant: str) -> None:
    """Four flushers, each with its own journal and workbook connection, drain one tenant's journal together."""
    PgJournal(pg_url, pg_tenant).store([row(f"e{i:03}", f"text {i}") for i in range(200)], "events")
    PostgresWorkbook(pg_url, pg_tenant).init_tabs(["events", "messages"])

    def flusher() -> None:
        journal, wb = PgJournal(pg_url, pg_tenant), PostgresWorkbook(pg_url, pg_tenant)
        while deliver_batch(journal, wb, batch=15):
            pass
        journal.close(), wb.close()

    run_at_once(*[(flusher, ())] * 4)
    events = PostgresWorkbook(pg_url, pg_tenant).read("events")["event_id"].tolist()
    assert sorted(events) == [f"e{i:03}" for i in range(200)]
    assert PgJournal(pg_url, pg_tenant).counts()["pending_flush"] == 0


@pytest.mark.parametrize("text, expected", [
    ("salon\ts3cret\n", {"salon": Tenant("salon", "s3cret")}),
    ("# agency\nsalon\ts\tpostgresql://x/db\n\nclinic\tt\n",
     {"salon": Tenant("salon", "s", "postgresql://x/db"), "clinic": Tenant("clinic", "t")}),
])
def test_tenants_file(tmp_path: Path, text: str, expected: dict[str, Tenant]) -> None:
    path = tmp_path / "tenants.tsv"
    path.write_text(text, encoding="utf-8")
    assert load_tenants(path) == expected


@pytest.mark.parametrize("text, line", [("salon\n", 1), ("a\tb\nsalon\n", 2), ("a\tb\na\tc\n", 2)])
def test_a_bad_tenants_file_names_the_line(tmp_path: Path, text: str, line: int) -> None:
    from sheets_bridge.errors import InputError

    path = tmp_path / "tenants.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=f"line {line}"):
        load_tenants(path)


def test_a_derived_id_taken_by_another_event_gets_its_content_id(journal: JournalLike) -> None:
    """As the SQLite journal does: same derived id, different content → two events; same content → a retry."""
    first, other = row("ev_x"), row("ev_x") | {"crm_id": "LEAD_2"}
    assert journal.store([first], "events", derived=["ev_x"]).stored == ["ev_x"]
    assert journal.store([dict(first)], "events", derived=["ev_x"]).duplicates == ["ev_x"]
    result = journal.store([other], "events", derived=["ev_x"])
    assert len(result.stored) == 1 and result.stored[0] != "ev_x"
    assert len(journal.event_ids()) == 2


def test_purge_keeps_what_is_not_flushed(journal: JournalLike) -> None:
    import datetime as dt

    journal.store([row("a"), row("b")], "events")
    with journal.claim(1) as claimed:
        journal.mark_flushed([s for s, _ in claimed])
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1)
    assert journal.purge(later, dry_run=True) == 1
    assert journal.purge(later) == 1
    assert journal.event_ids() == {"b"} and [r["event_id"] for r in journal.rows()] == ["b"]


def test_purge_forgets_old_webhook_ids_of_its_tenant_only(pg_url: str, pg_tenant: str) -> None:
    import datetime as dt

    a = PgJournal(pg_url, pg_tenant + "a")
    b = a.for_tenant(pg_tenant + "b")
    a.store([row("x")], "events", webhook_id="w1", body=b"one")
    b.store([row("x")], "events", webhook_id="w1", body=b"one")
    a.purge(dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1))
    assert a.store([row("y")], "events", webhook_id="w1", body=b"two").stored == ["y"]  # forgotten: no conflict
    with pytest.raises(DeliveryConflict):
        b.store([row("y")], "events", webhook_id="w1", body=b"two")  # the other tenant's is still known


# --- purge (retention) and the flusher's heal on the shared journal ------------------------------------------------
def _age(journal: PgJournal, event_id: str, days: int) -> None:
    """Make an event look received ``days`` ago (the journal dates rows itself, with the server's clock)."""
    with psycopg.connect(journal.url, autocommit=True) as db:
        db.execute("UPDATE journal_events SET received_at = now() - make_interval(days => %s) "
                   "WHERE tenant = %s AND event_id = %s", (days, journal.tenant, event_id))


def test_purge_command_logic_removes_old_flushed_events_of_the_tenant_and_keeps_their_tokens_right(
        pg_url: str, pg_tenant: str, tmp_path: Path) -> None:
    """retention.purge with a postgresql:// journal: what ``sheets-bridge purge`` does for a tenant."""
    import datetime as dt

    from sheets_bridge import events
    from sheets_bridge.privacy import Scrubber, Vault
    from sheets_bridge.privacy.retention import purge

    scrubber = Scrubber(bytes(32), Vault(tmp_path / "vault.sqlite3"))
    now = dt.datetime.now(dt.timezone.utc)

    def event(event_id: str, phone: str) -> dict[str, object]:
        raw = events.validate({"event_id": event_id, "timestamp": "2020-01-01T00:00:00+00:00", "channel": "w",
                               "session_id": "s", "event_type": "message.received",
                               "payload": {"text": f"call {phone}", "sender": "client"}})
        return events.to_row(raw, scrubber, now)

    journal, other = PgJournal(pg_url, pg_tenant), PgJournal(pg_url, pg_tenant + "x")
    journal.store([event("old", "+79171234567"), event("waiting", "+79170000001")], "events")
    other.store([event("old", "+79171234567")], "events")
    for j in (journal, other):
        with j.claim(1) as claimed:  # "old" is flushed; "waiting" is not in the workbook yet
            j.mark_flushed([s for s, _ in claimed])
        _age(j, "old", 400)
    _age(journal, "waiting", 400)
    scrubber.flush()
    wb = PostgresWorkbook(pg_url, pg_tenant)
    wb.init_tabs(["events", "messages"])
    dry = purge(wb, scrubber.vault, dt.timedelta(days=180), journal=pg_url, dry_run=True)
    assert dry.journal_removed == 1 and journal.event_ids() == {"old", "waiting"}
    report = purge(wb, scrubber.vault, dt.timedelta(days=180), journal=pg_url)
    assert report.journal_removed == 1
    assert journal.event_ids() == {"waiting"}  # not flushed yet: kept whatever its age
    assert other.event_ids() == {"old"}  # another tenant's events are not this purge's
    kept = {e[0] for e in scrubber.vault.entries()}
    assert scrubber.scrub("+79170000001") in kept  # the waiting event still holds its token
    assert report.vault_unreferenced == 1  # the purged event's phone: no kept row or event holds it
    assert any("PostgreSQL backups" in note for note in report.not_reached)
    wb.close(), journal.close(), other.close()


def test_a_journal_url_that_lost_a_slash_is_refused_not_skipped(tmp_path: Path) -> None:
    import datetime as dt

    from sheets_bridge.errors import InputError
    from sheets_bridge.privacy.retention import purge
    from sheets_bridge.workbook import XlsxWorkbook

    wb = XlsxWorkbook(tmp_path / "b.xlsx")
    wb.append("messages", [{"message_id": "old", "timestamp": "2020-01-01T00:00:00+00:00"}])
    with pytest.raises(InputError, match="lost a slash"):
        purge(wb, None, dt.timedelta(days=1), journal=Path("postgresql://sb@h/db"))  # as click.Path hands it over
    assert wb.read("messages")["message_id"].tolist() == ["old"]  # refused before anything was deleted


def _flushed_workbook(pg_url: str, tenant: str, n: int) -> tuple[PgJournal, PostgresWorkbook]:
    journal, wb = PgJournal(pg_url, tenant), PostgresWorkbook(pg_url, tenant)
    wb.init_tabs(["events", "messages"])
    journal.store([row(f"e{i}", f"text {i}") for i in range(n)], "events")
    return journal, wb


def test_heal_removes_rows_a_late_write_doubled_with_nothing_pending(pg_url: str, pg_tenant: str) -> None:
    from sheets_bridge.webhook.flusher import flush_all

    journal, wb = _flushed_workbook(pg_url, pg_tenant, 3)
    assert flush_all(journal, wb) == 3
    wb.append("events", wb.read("events").head(2))  # a late copy of a write landed after the flush
    wb.append("messages", wb.read("messages").head(1))
    assert flush_all(journal, wb) == 0 and len(wb.read("events")) == 5  # nothing pending: a plain flush looks away
    assert flush_all(journal, wb, heal=True) == 0
    assert sorted(wb.read("events")["event_id"]) == ["e0", "e1", "e2"]
    assert wb.read("messages")["message_id"].is_unique and len(wb.read("messages")) == 3


def test_a_flush_that_died_after_writing_events_is_completed_once(pg_url: str, pg_tenant: str) -> None:
    """The events reached the workbook but the flusher died before its messages and before marking: the next
    flush (any receiver's) writes the messages and no event twice."""
    from sheets_bridge.webhook.flusher import flush_all

    journal, wb = _flushed_workbook(pg_url, pg_tenant, 4)
    wb.append("events", [r for _, r in journal.pending()])
    assert flush_all(journal, wb, heal=True) == 4
    assert sorted(wb.read("events")["event_id"]) == [f"e{i}" for i in range(4)]
    assert sorted(wb.read("messages")["message_id"]) == [f"m_ev_e{i}" for i in range(4)]
    assert journal.counts()["pending_flush"] == 0


def test_the_flusher_thread_heals_after_its_last_flush(pg_url: str, pg_tenant: str) -> None:
    import time

    from sheets_bridge.webhook.flusher import Flusher, FlushState

    journal, wb = _flushed_workbook(pg_url, pg_tenant, 2)
    flusher = Flusher(journal, lambda: PostgresWorkbook(pg_url, pg_tenant), FlushState(), interval=0.05,
                      heal_after=0.5)
    flusher.start()
    try:
        deadline = time.monotonic() + 10
        while journal.counts()["pending_flush"] and time.monotonic() < deadline:
            time.sleep(0.02)
        wb.append("events", wb.read("events").head(1))  # lands after the flush, before the heal is due
        while len(wb.read("events")) != 2 and time.monotonic() < deadline:
            time.sleep(0.05)
    finally:
        flusher.stop()
        flusher.join(5)
    assert sorted(wb.read("events")["event_id"]) == ["e0", "e1"] and not flusher.state.last_error


def test_flush_command_on_the_shared_journal_flushes_the_tenant_and_heals(pg_url: str, pg_tenant: str) -> None:
    from click.testing import CliRunner

    from sheets_bridge.cli import cli

    journal, wb = _flushed_workbook(pg_url, pg_tenant, 3)
    wb.append("events", [row("old"), row("old")])  # doubled by a late write before this flush
    other = journal.for_tenant(pg_tenant + "x")
    other.store([row("theirs")], "events")
    args = ["flush", "--journal", pg_url, "--workbook", pg_url, "--tenant", pg_tenant]
    out = CliRunner().invoke(cli, args)
    assert out.exit_code == 0, out.output
    assert "Flushed 3 events" in out.output and "0 still pending" in out.output and "tenant " + pg_tenant in out.output
    assert sorted(wb.read("events")["event_id"]) == ["e0", "e1", "e2", "old"]
    assert other.counts()["pending_flush"] == 1  # another tenant's events wait for their own flush


def test_flushing_a_postgres_tenant_never_reads_a_tab_whole(pg_url: str, pg_tenant: str,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """The ids of the batch are looked up on the index, so a tenant of millions of rows flushes like an empty one."""
    from sheets_bridge.webhook.flusher import flush_all

    journal, wb = _flushed_workbook(pg_url, pg_tenant, 5)
    wb.append("events", [r for _, r in journal.pending()][:2] * 2)  # two written (twice) before a crash
    monkeypatch.setattr(PostgresWorkbook, "read", lambda *a, **k: pytest.fail("read a whole tab"))
    assert flush_all(journal, wb, heal=True) == 5
    monkeypatch.undo()
    assert sorted(wb.read("events")["event_id"]) == [f"e{i}" for i in range(5)]
    assert len(wb.read("messages")) == 5


@pytest.mark.parametrize("ids, removed, left", [
    (None, 3, ["a", "b", "c", ""]),        # every repeat (the empty id is not an id: kept)
    (["a"], 2, ["a", "b", "b", "c", ""]),  # only among the batch's ids
    ([], 0, ["a", "a", "b", "a", "b", "c", ""]),
])
def test_remove_repeats_keeps_the_first_of_each_id(pg_url: str, pg_tenant: str, ids: list[str] | None,
                                                   removed: int, left: list[str]) -> None:
    wb = PostgresWorkbook(pg_url, pg_tenant)
    wb.append("events", [{"event_id": i, "channel": str(n)} for n, i in enumerate(["a", "a", "b", "a", "b", "c", ""])])
    assert wb.remove_repeats("events", "event_id", ids) == removed
    frame = wb.read("events")
    assert frame["event_id"].tolist() == left
    assert frame.loc[frame["event_id"] == "a", "channel"].tolist()[0] == "0"  # the first one stays
    assert wb.ids_present("events", "event_id", ["a", "z", ""]) == {"a"}
    assert wb.ids_present("events", "no_such_column", ["a"]) == set()


def test_the_purge_command_takes_the_shared_journal_url_and_purges_only_its_tenant(
        pg_url: str, pg_tenant: str, tmp_path: Path) -> None:
    import datetime as dt

    from click.testing import CliRunner

    from sheets_bridge import events
    from sheets_bridge.cli import cli
    from sheets_bridge.privacy import Scrubber

    scrubber = Scrubber(bytes(32))
    now = dt.datetime.now(dt.timezone.utc)
    raw = events.validate({"event_id": "old", "timestamp": "2020-01-01T00:00:00+00:00", "channel": "w",
                           "session_id": "s", "event_type": "message.received",
                           "payload": {"text": "hi", "sender": "client"}})
    journal, other = PgJournal(pg_url, pg_tenant), PgJournal(pg_url, pg_tenant + "y")
    for j in (journal, other):
        j.store([events.to_row(raw, scrubber, now)], "events")
        with j.claim(1) as claimed:
            j.mark_flushed([s for s, _ in claimed])
        _age(j, "old", 400)
    PostgresWorkbook(pg_url, pg_tenant).init_tabs(["events", "messages"])
    result = CliRunner().invoke(cli, ["purge", "--older-than", "180d", "--yes", "--journal", pg_url,
                                      "--workbook", pg_url, "--tenant", pg_tenant])
    assert result.exit_code == 0, result.output
    assert "journal: 1 flushed events" in result.output
    assert journal.event_ids() == set() and other.event_ids() == {"old"}
    journal.close(), other.close()
