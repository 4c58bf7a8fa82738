"""When the job runs: every ``--every``, and the weekly send at ``--report-at "mon 08:00"`` in the owner's zone.

Time comes from a :class:`Clock`, so tests run weeks of schedule on a virtual clock without sleeping.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from ..analysis.hours import DAYS, day_index
from ..errors import InputError

log = logging.getLogger("sheets_bridge.job")

_AT = re.compile(r"^\s*(\S+)\s+(\d{1,2}):(\d{2})\s*$")


class Clock(Protocol):
    """Where the loop gets the time and how it waits; ``sleep`` returns early (True) when the job is stopped."""

    def now(self) -> dt.datetime: ...

    def sleep(self, seconds: float) -> bool: ...


class SystemClock:
    """The wall clock (aware, UTC); sleeping is waiting on ``stop``, so setting it ends the wait at once."""

    def __init__(self, stop: threading.Event | None = None) -> None:
        self.stop = stop or threading.Event()

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.timezone.utc)

    def sleep(self, seconds: float) -> bool:
        return self.stop.wait(max(0.0, seconds))


@dataclass(frozen=True)
class WeeklyAt:
    """A moment of the week in a time zone: ``mon 08:00``, ``пн 8:00``, ``понедельник 08:00``."""

    weekday: int          # Monday = 0
    at: dt.time
    tz: dt.tzinfo

    @classmethod
    def parse(cls, spec: str, tz: dt.tzinfo) -> WeeklyAt:
        m = _AT.match(spec or "")
        if not m:
            raise InputError(f"{spec!r} is not like \"mon 08:00\" (a day, then a time in 24-hour form)",
                             field="--report-at")
        hour, minute = int(m.group(2)), int(m.group(3))
        if hour > 23 or minute > 59:
            raise InputError(f"{spec!r}: {hour:02d}:{minute:02d} is not a time of day", field="--report-at")
        return cls(day_index(m.group(1), "--report-at"), dt.time(hour, minute), tz)

    def last_moment(self, now: dt.datetime) -> dt.datetime:
        """The latest send moment at or before ``now`` (aware, in ``tz``)."""
        local = now.astimezone(self.tz)
        day = local.date() - dt.timedelta(days=(local.weekday() - self.weekday) % 7)
        moment = dt.datetime.combine(day, self.at, tzinfo=self.tz)
        return moment if moment <= local else moment - dt.timedelta(days=7)

    def next_moment(self, now: dt.datetime) -> dt.datetime:
        """The first send moment after ``now``."""
        last = self.last_moment(now)
        return dt.datetime.combine(last.date() + dt.timedelta(days=7), self.at, tzinfo=self.tz)

    def period(self, now: dt.datetime) -> str:
        """The send period ``now`` falls in, named by the date of its send moment: one delivery per period.

        A job that was not running at the moment sends at its next pass before the following moment."""
        return self.last_moment(now).date().isoformat()

    def __str__(self) -> str:
        return f"{DAYS[self.weekday]} {self.at:%H:%M}"


def next_wake(started: dt.datetime, every: dt.timedelta, weekly: WeeklyAt | None, now: dt.datetime) -> dt.datetime:
    """When the next pass runs: ``every`` after the last one began, or the weekly moment if that comes first."""
    due = started + every
    if weekly is not None:
        due = min(due, weekly.next_moment(now).astimezone(dt.timezone.utc))
    return due


def run_every(run_pass: Callable[[dt.datetime], object], every: dt.timedelta, clock: Clock, *,
              weekly: WeeklyAt | None = None, passes: int | None = None) -> int:
    """Call ``run_pass(now)`` now and then on schedule until the clock's sleep is interrupted (or ``passes`` ran).

    A pass that fails is logged and the schedule goes on: the next pass tries again. Returns the passes run.
    """
    done = 0
    while passes is None or done < passes:
        started = clock.now()
        try:
            run_pass(started)
        except Exception as exc:  # noqa: BLE001 - a long-running job outlives any one failure; the log says it
            log.error("job pass failed: %s: %s", exc.__class__.__name__, exc)
        done += 1
        if passes is not None and done >= passes:
            break
        wake = next_wake(started, every, weekly, clock.now())
        if clock.sleep(max(0.0, (wake - clock.now()).total_seconds())):
            break
    return done
