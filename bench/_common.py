"""Helpers shared by the benchmarks: timing, peak memory, and a side-by-side table."""

from __future__ import annotations

import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def measure(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    """Run fn once; return (result, seconds, peak traced memory in MiB)."""
    tracemalloc.start()
    start = time.perf_counter()
    try:
        result = fn()
    finally:
        seconds = time.perf_counter() - start
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return result, seconds, peak / 2**20


def table(title: str, columns: list[str], rows: list[list[Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title=title)
    for c in columns:
        t.add_column(c, justify="right" if c != columns[0] else "left")
    for r in rows:
        t.add_row(*[f"{v:,.1f}" if isinstance(v, float) else (f"{v:,}" if isinstance(v, int) else str(v))
                    for v in r])
    Console(width=120).print(t)


def run_child(script: str, *args: str) -> dict[str, Any]:
    """Run ``script --child ARGS`` in a fresh interpreter; it prints one JSON line of results.

    Timing in a child keeps tracemalloc out of the timed code and gives each contender a clean
    process, whose peak resident memory (``ru_maxrss``) is reported.
    """
    import json
    import subprocess

    out = subprocess.run([sys.executable, script, "--child", *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def child_report(n: int, seconds: float) -> None:
    import json
    import resource

    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"n": n, "seconds": seconds, "peak_rss_mib": peak_kib / 1024}))
