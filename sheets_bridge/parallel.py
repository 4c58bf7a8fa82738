"""Pure work over a long list done in two halves at once: this process does the first half while a forked copy of
it does the second (on Linux, with two or more cores).

Only for work that is a pure function of its items (parsing a file, tagging a conversation with the rules): the
copy sees this process's memory as it was at the fork, so the items and the function are not sent to it, only the
results come back (pickled). The results are the same, in the same order, as ``work(items)``: when the copy fails
for any reason (an exception, a result that cannot be pickled, a killed process) this process does the second half
itself, so an error is raised here exactly as it would have been without the copy.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 400  # below this the fork and the pickled results cost more than half the work saves

_JOB: tuple[Callable[[Sequence[Any]], list[Any]], Sequence[Any]] | None = None  # what the forked copy works on


def workers() -> int:
    """How many processes :func:`in_halves` uses here: 2 on Linux with two cores for this process, else 1 (macOS
    forks, but a forked copy of a process that used its system libraries may crash; Windows does not fork)."""
    if not sys.platform.startswith("linux"):
        return 1
    return 2 if len(os.sched_getaffinity(0)) >= 2 else 1


def in_halves(work: Callable[[Sequence[T]], list[R]], items: Sequence[T], *, processes: int | None = None,
              min_items: int = MIN_ITEMS) -> list[R]:
    """``work(items)``, its second half done by a forked copy of this process (see the module's docstring).
    ``processes``: 1 to do it all here; None: :func:`workers`."""
    global _JOB
    if (processes or workers()) < 2 or len(items) < min_items:
        return work(items)
    middle = len(items) // 2
    context = multiprocessing.get_context("fork")
    _JOB = (work, items[middle:])
    try:
        receive, send = context.Pipe(duplex=False)
        child = context.Process(target=_second_half, args=(send,), daemon=True)
        child.start()
        send.close()
        first = work(items[:middle])
        second = _collect(receive, child)
    finally:
        _JOB = None
    return first + (second if second is not None else work(items[middle:]))


def _second_half(send: Any) -> None:  # in the forked copy
    assert _JOB is not None
    work, items = _JOB
    try:
        payload = pickle.dumps(("ok", work(items)), protocol=pickle.HIGHEST_PROTOCOL)
    except BaseException:  # noqa: BLE001 — whatever it was, the parent does this half itself and sees it
        payload = pickle.dumps(("again", None))
    send.send_bytes(payload)
    send.close()


def _collect(receive: Any, child: Any) -> list[Any] | None:
    try:
        status, result = pickle.loads(receive.recv_bytes())
    except (EOFError, OSError, pickle.UnpicklingError):  # the copy died before it answered
        status, result = "again", None
    finally:
        receive.close()
        child.join()
    return result if status == "ok" else None
