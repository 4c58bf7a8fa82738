"""PostgreSQL at agency scale, on a durable server (fsync on) that the bench starts itself (tests/pg.py):

1. intake: events/s and p50/p99 latency into the shared journal with 1, 2 and 4 ``serve`` receivers, beside one
   receiver on the SQLite journal, one event per request from the same concurrent client (flushers idle);
2. analysis: ``analyze`` for 50 tenants of the dev corpus in one database, and the weekly KPI of all of them in
   one SQL call (sb_kpi_weekly), beside ``analyze`` of the same corpus in an .xlsx file;
3. flush: journalled events into a tenant's tabs with 1 and 2 flushers (claims), and into a tenant that already
   holds many events.

Run: ``python bench/postgres_bench.py [--events 2000] [--concurrency 8] [--tenants 50] [--held 100000]``.
Needs Debian's postgresql package (``make postgres``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import requests
from _common import ROOT, table

SECRET = "bench-secret"
UFA = "Asia/Yekaterinburg"


def start_receiver(root: Path, journal: str, workbook: str, home: Path) -> tuple[subprocess.Popen[bytes], str]:
    """A serve process logging to a file (a pipe nobody reads would fill and stall it); returns it and its URL."""
    env = {**os.environ, "SHEETS_BRIDGE_HOME": str(home), "PYTHONPATH": str(root)}
    log = Path(tempfile.mkstemp(prefix="serve-", suffix=".log", dir=home)[1])
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "sheets_bridge", "serve", "--port", "0", "--secret", SECRET,
                                 "--journal", journal, "--workbook", workbook, "--tenant", "bench",
                                 "--flush-interval", "3600"], cwd=root, env=env, stdout=subprocess.DEVNULL,
                                stderr=out)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
            if '"listening"' in line:
                return proc, f"http://127.0.0.1:{json.loads(line)['port']}"
        time.sleep(0.05)
    raise RuntimeError("serve did not start: " + log.read_text(errors="replace")[-1000:])


def drive(urls: list[str], events: int, concurrency: int, tag: str) -> tuple[float, np.ndarray]:
    """POST one event per request, round-robin over the receivers; returns (events/s, latencies in ms)."""
    sessions = [requests.Session() for _ in range(concurrency)]

    def one(i: int) -> float:
        body = {"event_id": f"{tag}-{i}", "timestamp": "2025-01-06T09:00:00+05:00", "channel": "telegram",
                "session_id": f"s{i % 50}", "event_type": "message.received",
                "payload": {"text": f"привет {i}", "sender": "client"}}
        start = time.perf_counter()
        answer = sessions[i % concurrency].post(urls[i % len(urls)] + "/events", json=body, timeout=30,
                                                headers={"Authorization": f"Bearer {SECRET}"})
        assert answer.status_code == 202, answer.text
        return (time.perf_counter() - start) * 1000

    for i in range(concurrency * 4):  # warm up connections and caches
        one(-1 - i)
    start = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        latencies = np.array(list(pool.map(one, range(events))))
    return events / (time.perf_counter() - start), latencies


def intake(pg_url: str, root: Path, work: Path, events: int, concurrency: int) -> list[list[object]]:
    rows: list[list[object]] = []
    setups = [("SQLite journal", 1, str(work / "journal.sqlite3"), str(work / "book.xlsx"))]
    setups += [("PostgreSQL journal", n, pg_url, pg_url) for n in (1, 2, 4)]
    for k, (name, n, journal, workbook) in enumerate(setups):
        home = work / f"home{k}"
        home.mkdir()
        procs = [start_receiver(root, journal, workbook, home)]  # the first makes the privacy key, alone
        procs += [start_receiver(root, journal, workbook, home) for _ in range(n - 1)]
        try:
            rate, lat = drive([url for _, url in procs], events, concurrency, f"run{k}")
        finally:
            for proc, _ in procs:
                proc.terminate()
                proc.wait(10)
        rows.append([name, n, rate, float(np.percentile(lat, 50)), float(np.percentile(lat, 99))])
    return rows


def _journal_rows(tag: str, n: int) -> list[dict[str, object]]:
    from sheets_bridge import events as events_mod
    from sheets_bridge.privacy import Scrubber

    scrubber = Scrubber(bytes(32))
    raw = [{"event_id": f"{tag}-{i}", "timestamp": "2025-01-06T09:00:00+05:00", "channel": "telegram",
            "session_id": f"s{i % 50}", "event_type": "message.received",
            "payload": {"text": f"привет {i}", "sender": "client"}} for i in range(n)]
    return [events_mod.to_row(events_mod.validate(e), scrubber) for e in raw]


def _drain(pg_url: str, tenant: str, flushers: int) -> float:
    """Seconds for ``flushers`` threads (own connections each, as separate receivers) to flush a tenant."""
    import threading

    from sheets_bridge.webhook.flusher import flush_all
    from sheets_bridge.webhook.pgjournal import PgJournal
    from sheets_bridge.workbook.postgres import PostgresWorkbook

    def one() -> None:
        journal, wb = PgJournal(pg_url, tenant), PostgresWorkbook(pg_url, tenant)
        flush_all(journal, wb)
        journal.close(), wb.close()

    threads = [threading.Thread(target=one) for _ in range(flushers)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def flushing(pg_url: str, events: int, held: int) -> list[list[object]]:
    """Flush ``events`` pending events of a tenant into PostgreSQL tabs: 1 and 2 flushers on an empty tenant, and
    1 flusher on a tenant whose tabs already hold ``held`` events (each batch reads the ids it holds)."""
    import pandas as pd

    from sheets_bridge.analysis.events import message_rows
    from sheets_bridge.webhook.pgjournal import PgJournal
    from sheets_bridge.workbook.postgres import PostgresWorkbook

    rows: list[list[object]] = []
    for name, flushers, before in (("empty tenant", 1, 0), ("empty tenant", 2, 0),
                                   (f"tenant holding {held} events", 1, held)):
        tenant = f"flush{len(rows)}"
        wb = PostgresWorkbook(pg_url, tenant)
        wb.init_tabs(["events", "messages"])
        if before:
            old = _journal_rows(f"old{tenant}", before)
            wb.append("events", old)
            wb.append("messages", message_rows(pd.DataFrame(old).fillna("").astype(str)))
        wb.close()
        PgJournal(pg_url, tenant).store(_journal_rows(tenant, events), "events")
        seconds = _drain(pg_url, tenant, flushers)
        assert PgJournal(pg_url, tenant).counts()["pending_flush"] == 0
        rows.append([name, flushers, events, seconds, events / seconds])
    return rows


def analysis(pg_url: str, work: Path, tenants: int) -> list[list[object]]:
    from sheets_bridge.analysis import AnalyzeOptions, analyze
    from sheets_bridge.analysis.rollup import weekly_kpi
    from sheets_bridge.ingest.importer import ImportOptions, import_chats
    from sheets_bridge.privacy import Scrubber
    from sheets_bridge.workbook import XlsxWorkbook
    from sheets_bridge.workbook.postgres import PostgresWorkbook

    corpus = Path(os.environ.get("SHEETS_BRIDGE_SHARED") or ROOT.parent / "shared") / "corpus" / "dev"
    options = ImportOptions(managers_file=corpus / "managers.tsv", tz=UFA)
    xlsx = XlsxWorkbook(work / "corpus.xlsx")
    import_chats([corpus / "chats"], xlsx, Scrubber(bytes(32)), options)
    messages = xlsx.read("messages")
    start = time.perf_counter()
    analyze(xlsx, AnalyzeOptions(tz=UFA))
    xlsx_s = time.perf_counter() - start
    for t in range(tenants):  # the same corpus for every tenant: the rows are copied, not parsed again
        PostgresWorkbook(pg_url, f"salon{t:03}").append("messages", messages)
    start = time.perf_counter()
    for t in range(tenants):
        with PostgresWorkbook(pg_url, f"salon{t:03}") as wb:
            analyze(wb, AnalyzeOptions(tz=UFA))
    pg_s = time.perf_counter() - start
    with PostgresWorkbook(pg_url, "salon000") as wb:
        start = time.perf_counter()
        kpi = weekly_kpi(wb, UFA, every_tenant=True)
        rollup_s = time.perf_counter() - start
    conversations = len(PostgresWorkbook(pg_url, "salon000").read("conversations"))
    return [["analyze, 1 tenant in .xlsx", 1, len(messages), xlsx_s, xlsx_s],
            [f"analyze, {tenants} tenants in PostgreSQL", tenants, len(messages) * tenants, pg_s, pg_s / tenants],
            [f"sb_kpi_weekly, all tenants ({len(kpi)} rows from {conversations * tenants} conversations)", tenants,
             conversations * tenants, rollup_s, rollup_s / tenants]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--tenants", type=int, default=50)
    parser.add_argument("--held", type=int, default=100_000, help="Events a tenant already holds (flush bench).")
    args = parser.parse_args()
    from tests.pg import PgServer

    server = PgServer(durable=True).start()
    work = Path(tempfile.mkdtemp(prefix="sb-pg-bench-"))
    try:
        pg_url = server.create_database("bench")
        root = ROOT
        table(f"Intake: {args.events} events, one per request, {args.concurrency} concurrent clients (fsync on)",
              ["journal", "receivers", "events/s", "p50 ms", "p99 ms"],
              intake(pg_url, root, work, args.events, args.concurrency))
        table(f"Flush: {args.events} journalled events into PostgreSQL tabs (batches of 500)",
              ["tenant", "flushers", "events", "seconds", "events/s"], flushing(pg_url, args.events, args.held))
        table("Analysis of the dev corpus", ["what", "tenants", "rows", "seconds", "seconds per tenant"],
              analysis(pg_url, work, args.tenants))
    finally:
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"machine: {os.cpu_count()} cores; receivers, client and PostgreSQL share them")


if __name__ == "__main__":
    main()
