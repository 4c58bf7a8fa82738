"""Webhook intake on loopback: ``sheets-bridge serve`` (authenticates, validates, scrubs, and commits each
event to the SQLite journal with fsync before answering) side by side with a bare waitress + Flask
endpoint that only answers 200, both driven by the same concurrent client in the same run.

Run: ``python bench/webhook_bench.py [--events 3000] [--concurrency 8]``
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import requests
from _common import table

SECRET = "bench-secret"
BARE = textwrap.dedent("""
    import sys, waitress
    from flask import Flask
    app = Flask("bare")
    @app.post("/events")
    def events():
        return "ok", 200
    @app.get("/healthz")
    def health():
        return "ok"
    waitress.serve(app, host="127.0.0.1", port=int(sys.argv[1]), threads=8)
""")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url: str) -> None:
    for _ in range(200):
        try:
            if requests.get(url + "/healthz", timeout=1).ok:
                return
        except requests.ConnectionError:
            time.sleep(0.05)
    raise RuntimeError(f"{url} did not start")


def drive(url: str, n: int, concurrency: int) -> tuple[float, np.ndarray, int]:
    """Post n events; return (seconds, latencies in ms, non-2xx answers)."""
    local = {}

    def one(i: int) -> tuple[float, int]:
        session = local.setdefault(os.getpid() * 1000 + (i % concurrency), requests.Session())
        body = {"event_id": f"b-{i}", "timestamp": "2025-01-01T12:34:56+03:00", "channel": "whatsapp",
                "session_id": f"s{i % 97}", "event_type": "message.received", "user_phone": "+79171234567",
                "payload": {"text": "Здравствуйте, можно записаться на маникюр в субботу? +7 917 123-45-67"}}
        t = time.perf_counter()
        r = session.post(url + "/events", json=body, headers={"Authorization": f"Bearer {SECRET}"}, timeout=30)
        return (time.perf_counter() - t) * 1000, r.status_code

    start = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(one, range(n)))
    seconds = time.perf_counter() - start
    lat = np.array([r[0] for r in results])
    bad = sum(1 for r in results if not 200 <= r[1] < 300)
    return seconds, lat, bad


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=3000)
    ap.add_argument("--concurrency", type=int, default=8)
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        procs = []
        try:
            bare_port, ours_port = free_port(), free_port()
            script = Path(tmp) / "bare.py"
            script.write_text(BARE)
            procs.append(subprocess.Popen([sys.executable, str(script), str(bare_port)], stderr=subprocess.DEVNULL))
            env = {**os.environ, "SHEETS_BRIDGE_HOME": str(Path(tmp) / "home")}
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "sheets_bridge", "serve", "--port", str(ours_port), "--secret", SECRET,
                 "--workbook", str(Path(tmp) / "bench.xlsx"), "--flush-interval", "5"],
                env=env, stderr=subprocess.DEVNULL))
            for name, port in (("bare waitress + Flask, answers 200 only", bare_port),
                               ("sheets-bridge serve (auth, validate, scrub, fsync'd journal)", ours_port)):
                url = f"http://127.0.0.1:{port}"
                wait_up(url)
                drive(url, min(200, args.events), args.concurrency)  # warm up
                seconds, lat, bad = drive(url, args.events, args.concurrency)
                rows.append([name, args.events, seconds, args.events / seconds, float(np.percentile(lat, 50)),
                             float(np.percentile(lat, 99)), bad])
        finally:
            for p in procs:
                p.terminate()
                p.wait(timeout=10)
    table(f"{args.events:,} events, {args.concurrency} concurrent clients on loopback",
          ["server", "events", "seconds", "events/s", "p50 ms", "p99 ms", "non-2xx"], rows)
    print(f"sheets-bridge / bare throughput: {rows[1][3] / rows[0][3]:.0%} (target ≥ 50%)")


if __name__ == "__main__":
    main()
