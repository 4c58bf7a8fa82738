"""One pass of the job: re-analyse if the data changed, rewrite the report files if they are stale, and send the
weekly report when its moment has come; and the loop that runs passes on schedule."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import filelock

from .. import __version__
from ..analysis import AnalyzeOptions, analyze
from ..analysis.record import last_run
from ..timeutil import resolve_tz
from ..vocabulary import check_lang
from ..workbook import Workbook
from .deliver import DeliveryConfig, deliver, due_channels
from .digest import Digest, build_digest
from .fingerprint import fingerprint
from .schedule import Clock, SystemClock, WeeklyAt, run_every
from .state import JobState

log = logging.getLogger("sheets_bridge.job")


@dataclass
class JobOptions:
    """The ``job`` command's settings. Analysis settings left ``None`` are those of the last ``analyze``."""

    state_path: Path
    out_dir: Path = Path("reports")
    lang: str = "ru"                        # the report's and the owner's messages' language
    report_at: str = "mon 08:00"            # when the weekly report is sent (in ``tz``)
    send_now: bool = False                  # send this period's report now, even if the job began after its moment
    delivery: DeliveryConfig = field(default_factory=DeliveryConfig)
    gap: str | None = None
    tz: str | None = None
    business_hours: str | None = None
    tagger: str | None = None
    extra_lexicon: Path | None = None
    tagger_options: Callable[[str], dict[str, Any]] = lambda tagger: {}  # the llm tagger's endpoint, from the edge


@dataclass
class PassResult:
    """What one pass did, for the console and the tests."""

    analyzed: bool = False
    reports: list[Path] = field(default_factory=list)
    delivered: dict[str, str] = field(default_factory=dict)   # channel → "sent" or why not
    note: str = ""                                            # why nothing was done, when nothing was

    def summary(self) -> str:
        parts = ["analysed" if self.analyzed else "no new data"]
        if self.reports:
            parts.append("report written to " + ", ".join(map(str, self.reports)))
        parts += [f"{channel}: {what}" for channel, what in self.delivered.items()]
        if self.note:
            parts.append(self.note)
        return "; ".join(parts)


def analysis_options(options: JobOptions, run: dict[str, str]) -> AnalyzeOptions:
    """The job's flags over the last analyze's settings (so the job re-runs what the owner ran), else defaults."""
    tagger = options.tagger or run.get("tagger") or "rules"
    # the schedule file when analyze read one (runs.business_hours then only spells out its week), else the text
    hours = options.business_hours if options.business_hours is not None \
        else (run.get("hours_file") or run.get("business_hours") or None)
    prices = run.get("prices") or ""
    return AnalyzeOptions(gap=options.gap or run.get("gap") or "24h", tz=options.tz or run.get("tz") or None,
                          business_hours=hours, holidays=(run.get("holidays") or None) if hours else None,
                          sla=run.get("sla") or "", prices=Path(prices) if prices and Path(prices).exists() else None,
                          tagger=tagger, extra_lexicon=options.extra_lexicon, lang=run.get("lang") or options.lang,
                          tagger_options=options.tagger_options(tagger))


def _settings_key(a: AnalyzeOptions) -> list[str]:
    lexicon = hashlib.sha256(a.extra_lexicon.read_bytes()).hexdigest() if a.extra_lexicon else ""
    return [a.gap, str(a.tz), str(a.business_hours), str(a.holidays), a.sla, str(a.prices), a.tagger, a.lang, lexicon,
            __version__]


def weekly_schedule(options: JobOptions, workbook: Workbook) -> WeeklyAt:
    """``--report-at`` in ``--tz``, else the workbook's zone (its last analyze), else this computer's."""
    return WeeklyAt.parse(options.report_at, resolve_tz(options.tz or last_run(workbook).get("tz") or None))


def _write(path: Path, text: str) -> None:
    """Replace the file in one step (a browser or a synced folder never sees half a report)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(tmp, path)


def run_pass(open_workbook: Callable[[], Workbook], options: JobOptions, now: dt.datetime) -> PassResult:
    """Analyse if anything changed, write the report if it is stale, send the week's report if due.

    A second process running a pass at the same time (an overlapping cron line) finds the state locked and skips.
    """
    check_lang(options.lang)
    lock = filelock.FileLock(str(options.state_path) + ".lock", timeout=0)
    options.state_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with lock:
            return _locked_pass(open_workbook, options, now)
    except filelock.Timeout:
        return PassResult(note="another job pass is running; skipped")


def _locked_pass(open_workbook: Callable[[], Workbook], options: JobOptions, now: dt.datetime) -> PassResult:
    from ..report import render, report_data

    state = JobState.load(options.state_path)
    result = PassResult()
    digest: Digest | None = None
    with open_workbook() as wb:
        state.workbook = wb.location
        run = last_run(wb)
        chosen = analysis_options(options, run)
        key = _settings_key(chosen)
        settings_mark = hashlib.sha256("\n".join(key).encode()).hexdigest()[:16]
        current = wb.revision()
        unchanged = bool(current) and f"{current}#{settings_mark}" == state.stamp and bool(state.fingerprint)
        marks = state.fingerprint if unchanged else fingerprint(wb, key)
        if marks != state.fingerprint:
            if wb.read("messages").empty and wb.read("events").empty:
                result.note = "the workbook has no messages or events yet: import chats first"
            else:
                analyze(wb, chosen)
                result.analyzed = True
                marks = fingerprint(wb, key)  # analyze adds message events to messages: the data it leaves
                run = last_run(wb)
            state.fingerprint, state.report_key = marks, ""
        tz = resolve_tz(chosen.tz)
        weekly = WeeklyAt.parse(options.report_at, tz)
        period = weekly.period(now)
        today = now.astimezone(tz).date()
        # the report shows the last complete week: it changes with the data, or when a new week begins
        this_week = today - dt.timedelta(days=today.weekday())
        report_key = f"{marks}:{this_week.isoformat()}:{options.lang}"
        for name in options.delivery.channels():
            state.since.setdefault(name, now.astimezone(dt.timezone.utc).isoformat(timespec="seconds"))
        due = due_channels(options.delivery, state, period, weekly.last_moment(now), now_too=options.send_now)
        has_analysis = float(run.get("conversations") or 0) > 0  # what the last analyze found (the runs tab)
        if has_analysis and (report_key != state.report_key or due):
            data = report_data(wb, options.lang, today=today)
            html = render(data)
            digest = build_digest(data, html)
            if report_key != state.report_key:
                paths = [options.out_dir / "report.html", options.out_dir / digest.filename]
                for path in paths:
                    _write(path, html)
                result.reports = paths
                state.report_key = report_key
        elif not has_analysis and not result.note:
            result.note = "nothing analysed yet"
        after = wb.revision()
        state.stamp = f"{after}#{settings_mark}" if after else ""
    state.last_pass_at = now.isoformat(timespec="seconds")
    state.save(options.state_path)
    if digest is not None and due:
        result.delivered = deliver(options.delivery, digest, state, period, lambda: state.save(options.state_path),
                                   due)
    return result


def run_job(open_workbook: Callable[[], Workbook], options: JobOptions, every: dt.timedelta, clock: Clock, *,
            passes: int | None = None, on_pass: Callable[[PassResult], None] = lambda result: None) -> int:
    """Run passes every ``every`` (and at the weekly moment) until the clock is stopped; returns the passes run."""
    with open_workbook() as wb:
        weekly = weekly_schedule(options, wb)

    def one(now: dt.datetime) -> None:
        on_pass(run_pass(open_workbook, options, now))

    return run_every(one, every, clock, weekly=weekly, passes=passes)


def start_in_background(open_workbook: Callable[[], Workbook], options: JobOptions, every: dt.timedelta, *,
                        on_pass: Callable[[PassResult], None] = lambda result: None) -> Callable[[], None]:
    """Run the job in a daemon thread (``serve --job-every``); returns the function that stops it and waits for it.

    A pass under way finishes first (its writes are whole); the wait between passes ends at once."""
    stop = threading.Event()

    def target() -> None:
        try:
            run_job(open_workbook, options, every, SystemClock(stop), on_pass=on_pass)
        except Exception as exc:  # noqa: BLE001 - e.g. a bad --report-at: said once, the receiver keeps running
            log.error("the job did not start: %s: %s", exc.__class__.__name__, exc)

    thread = threading.Thread(target=target, name="sheets-bridge-job", daemon=True)
    thread.start()

    def halt(timeout: float = 60.0) -> None:
        stop.set()
        thread.join(timeout)

    return halt
