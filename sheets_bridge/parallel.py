"""Pure work done by a forked copy of this process while this one goes on (on Linux, with two or more cores).

Only for work that is a pure function of what this process holds (parsing a file, tagging a conversation with the
rules, turning a tab into text): the copy sees this process's memory as it was at the fork, so nothing is sent to
it, only its result comes back (pickled). When the copy fails for any reason (an exception, a result that cannot
be pickled, a killed process) :meth:`Ahead.result` says so and the caller does the work itself, so an error is
raised here exactly as it would have been without the copy.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 400  # below this the fork and the pickled results cost more than half the work saves

_WORK: Callable[[], Any] | None = None  # what the forked copy does
_IN_COPY = False  # True in a forked copy


def in_copy() -> bool:
    """Whether this is a forked copy doing work for another process (it must draw nothing on the screen and touch
    no connection, file or lock that process owns)."""
    return _IN_COPY


def workers() -> int:
    """How many processes may work at once here: 2 on Linux with two cores for this process, else 1 (macOS forks,
    but a forked copy of a process that used its system libraries may crash; Windows does not fork)."""
    if not sys.platform.startswith("linux"):
        return 1
    return 2 if len(os.sched_getaffinity(0)) >= 2 else 1


class Ahead(Generic[R]):
    """``work()`` running in a forked copy of this process (:func:`ahead`)."""

    def __init__(self, work: Callable[[], R]) -> None:
        global _WORK
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        _WORK = work
        try:
            self._child = context.Process(target=_run, args=(send,), daemon=True)
            self._child.start()
        finally:
            _WORK = None
            send.close()

    def result(self) -> R | None:
        """Wait for the copy: its result, or None when it could not give one (then do the work here)."""
        try:
            status, result = pickle.loads(self._receive.recv_bytes())
        except (EOFError, OSError, pickle.UnpicklingError):  # the copy died before it answered
            status, result = "again", None
        finally:
            self._receive.close()
            self._child.join()
        return result if status == "ok" else None

    def cancel(self) -> None:
        """Stop the copy (its result is not wanted)."""
        self._child.terminate()
        self._child.join()
        self._receive.close()


def ahead(work: Callable[[], R]) -> Ahead[R] | None:
    """``work()`` started in a forked copy of this process, or None where :func:`workers` is 1."""
    return Ahead(work) if workers() >= 2 else None


def in_halves(work: Callable[[Sequence[T]], list[R]], items: Sequence[T], *, processes: int | None = None,
              min_items: int = MIN_ITEMS) -> list[R]:
    """``work(items)``, its second half done by a forked copy of this process while this one does the first: the
    same results in the same order. ``processes``: 1 to do it all here; None: :func:`workers`."""
    if (processes or workers()) < 2 or len(items) < min_items:
        return work(items)
    middle = len(items) // 2
    second = Ahead(lambda: work(items[middle:]))
    try:
        first = work(items[:middle])
    except BaseException:
        second.cancel()
        raise
    done = second.result()
    return first + (done if done is not None else work(items[middle:]))


def _run(send: Any) -> None:  # in the forked copy
    global _IN_COPY
    assert _WORK is not None
    _IN_COPY = True
    try:
        payload = pickle.dumps(("ok", _WORK()), protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:  # noqa: BLE001 — whatever it was, the parent does this work itself and sees it
        payload = pickle.dumps(("again", None))
    send.send_bytes(payload)
    send.close()
