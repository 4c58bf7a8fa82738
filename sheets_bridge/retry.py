"""The one retry policy (tenacity): capped attempts, exponential backoff with jitter, ``Retry-After`` honoured.

Callers say which failures may be retried. A write that is not idempotent (an append) is never repeated
blindly: its caller retries only failures that prove nothing was applied (429, a refused connection), and
checks what was written before repeating anything else.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import tenacity

T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    """How long to keep trying. ``attempts`` counts the first try; waits double from ``base`` up to ``cap``."""

    attempts: int = 6
    base: float = 1.0
    cap: float = 64.0
    jitter: bool = True
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False, compare=False)

    def backoff(self, retry_number: int, retry_after: float | None = None) -> float:
        """Seconds to wait before retry ``retry_number`` (1-based): the server's ``Retry-After`` if it gave one."""
        if retry_after is not None:
            return max(0.0, retry_after)
        wait = min(self.cap, self.base * 2 ** (retry_number - 1))
        return wait * (0.5 + random.random() / 2) if self.jitter else wait

    def call(self, fn: Callable[[], T], *, retry: Callable[[BaseException], bool],
             retry_after: Callable[[BaseException], float | None] = lambda exc: None) -> T:
        """``fn()``, retried on exceptions for which ``retry(exc)`` is true; the last exception is raised."""
        def wait(state: tenacity.RetryCallState) -> float:
            exc = state.outcome.exception() if state.outcome else None
            return self.backoff(state.attempt_number, retry_after(exc) if exc is not None else None)

        retrying = tenacity.Retrying(stop=tenacity.stop_after_attempt(max(1, self.attempts)), wait=wait,
                                     retry=tenacity.retry_if_exception(retry), sleep=self.sleep, reraise=True)
        return retrying(fn)


def header_seconds(value: Any) -> float | None:
    """A ``Retry-After`` header in seconds (its HTTP-date form is rare in APIs and read as absent)."""
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None
