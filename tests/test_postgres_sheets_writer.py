"""The many-tenant Sheets writer: Google's quotas kept with a fake clock, against the local Sheets server."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from sheets_bridge import events as events_mod
from sheets_bridge.privacy import Scrubber
from sheets_bridge.webhook.journals import SqliteJournal
from sheets_bridge.webhook.sheets_writer import SheetsLimiter, Target, TenantWriter, TokenBucket

from .conftest import VirtualClock, _open_gsheets


def rows(tenant: str, n: int) -> list[dict[str, object]]:
    scrubber = Scrubber(bytes(32))
    when = dt.datetime(2025, 1, 6, 9, tzinfo=dt.timezone.utc)
    raw = [{"event_id": f"{tenant}-{i}", "timestamp": (when + dt.timedelta(minutes=i)).isoformat(),
            "channel": "telegram", "session_id": f"{tenant}-s{i % 3}", "event_type": "message.received",
            "payload": {"text": f"hello {i}", "sender": "client"}} for i in range(n)]
    return [events_mod.to_row(e, scrubber, when) for e in events_mod.validate_many(raw)]


def max_in_window(times: list[float], window: float = 60.0) -> int:
    """The most events inside any ``window`` seconds (sliding)."""
    best, start = 0, 0
    for end, t in enumerate(times):
        while t - times[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best


@pytest.mark.parametrize("per_minute, burst, requests, expected_wait", [
    (60, 6, 6, 0.0),                   # the burst goes at once
    (60, 6, 7, 60 / 54),               # the 7th waits for one token of refill (54 a minute)
    (60, 6, 60, 54 * 60 / 54),         # 60 in all: the burst, then 54 refilled over one minute
    (300, 30, 31, 60 / 270),
])
def test_token_bucket_waits_for_its_refill(per_minute: int, burst: int, requests: int, expected_wait: float) -> None:
    clock = VirtualClock(1000.0)
    bucket = TokenBucket(per_minute, clock, burst)
    start = clock.now()
    for _ in range(requests):
        clock.sleep(bucket.wait_time())
        bucket.take()
    assert clock.now() - start == pytest.approx(expected_wait)


@pytest.mark.parametrize("project, user, users, calls", [
    (300, 60, 1, 200),   # one service account: 60 a minute is the limit that binds
    (300, 60, 8, 800),   # eight accounts: the project's 300 binds
])
def test_limiter_never_passes_either_quota_in_any_minute(project: int, user: int, users: int, calls: int) -> None:
    clock = VirtualClock(1000.0)
    limiter = SheetsLimiter(clock, project, user)
    for i in range(calls):
        limiter.acquire("write", f"sa{i % users}")
    times = [t for t, _, _ in limiter.granted]
    assert max_in_window(times) <= project
    for u in range(users):
        assert max_in_window([t for t, _, who in limiter.granted if who == f"sa{u}"]) <= user
    assert clock.now() - 1000.0 >= 60 * (calls / min(project, user * users) - 1)


def test_writer_batches_per_tenant_within_quota(tmp_path: Path, fake_sheets, sa_key_file, sheets_config) -> None:
    """Five tenants, one service account: every event lands once, one batchUpdate per tenant batch, and no minute
    of the fake clock holds more than 60 write or 60 read requests."""
    clock = VirtualClock(1000.0)
    limiter = SheetsLimiter(clock)
    targets, counts = {}, {}
    for i in range(5):
        tenant = f"salon{i}"
        journal = SqliteJournal(tmp_path / f"{tenant}.sqlite3", tenant)
        counts[tenant] = 30 + 20 * i
        journal.store(rows(tenant, counts[tenant]), "events")
        targets[tenant] = Target(journal, lambda k=f"KEY{i}": _open_gsheets(fake_sheets, sa_key_file, sheets_config, k))
    writer = TenantWriter(targets, limiter, batch=40)
    assert writer.deliver_all() == sum(counts.values())
    for i, (tenant, n) in enumerate(counts.items()):
        events = fake_sheets.values(f"KEY{i}", "events")
        assert sorted(r[0] for r in events[1:]) == sorted(f"{tenant}-{j}" for j in range(n))
        assert targets[tenant].journal.counts()["pending_flush"] == 0
    batches = sum(-(-n // 40) for n in counts.values())
    assert fake_sheets.calls["batchUpdate"] == batches  # one per tenant batch (the first also creates the tabs)
    for kind in ("read", "write"):
        times = [t for t, k, _ in limiter.granted if k == kind]
        assert max_in_window(times) <= 60
    assert len(limiter.granted) >= fake_sheets.total_calls  # every request went through the limiter
    assert limiter.waited > 0  # 5 tenants × several batches is more than one burst: the writer had to wait


def test_a_failing_tenant_does_not_stop_the_others(tmp_path: Path, fake_sheets, sa_key_file, sheets_config) -> None:
    good = SqliteJournal(tmp_path / "good.sqlite3", "good")
    bad = SqliteJournal(tmp_path / "bad.sqlite3", "bad")
    good.store(rows("good", 3), "events")
    bad.store(rows("bad", 3), "events")

    def broken() -> object:
        raise OSError("sheet gone")

    writer = TenantWriter({"bad": Target(bad, broken),  # type: ignore[arg-type]
                           "good": Target(good, lambda: _open_gsheets(fake_sheets, sa_key_file, sheets_config))},
                          SheetsLimiter(VirtualClock(1000.0)))
    assert writer.deliver_all() == 3
    assert "sheet gone" in writer.errors["bad"]
    assert bad.counts()["pending_flush"] == 3 and good.counts()["pending_flush"] == 0


def test_the_writer_heals_a_tenant_once_its_heal_is_due(pg_url: str, pg_tenant: str) -> None:
    """As serve's flusher: after a tenant's last batch, one more look for rows a late write doubled."""
    from sheets_bridge.webhook.pgjournal import PgJournal
    from sheets_bridge.workbook.postgres import PostgresWorkbook

    clock = VirtualClock(1000.0)
    journal = PgJournal(pg_url, pg_tenant)
    journal.store(rows(pg_tenant, 3), "events")
    wb = PostgresWorkbook(pg_url, pg_tenant)
    writer = TenantWriter({pg_tenant: Target(journal, lambda: PostgresWorkbook(pg_url, pg_tenant))},
                          heal_after=60, clock=clock.now)
    assert writer.deliver_all() == 3
    assert writer.targets[pg_tenant].workbook is None  # its connection went back after the batch
    wb.append("events", wb.read("events").head(1))  # a late copy lands after the delivery
    writer.deliver_round()
    assert len(wb.read("events")) == 4  # not due yet
    clock.sleep(60)
    writer.deliver_round()
    assert sorted(wb.read("events")["event_id"]) == [f"{pg_tenant}-{i}" for i in range(3)]
    assert not writer.errors
