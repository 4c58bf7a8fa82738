"""Sending the weekly digest on each configured channel, once per send period, resuming where a failure stopped.

A channel's delivery is a list of steps (one e-mail; Telegram's chunks and then the file). After each step the
state records how many are done for the period, so a failure is retried at the next pass from that step, and a
delivery that went through is never repeated. One channel failing never stops another, nor the analysis.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import DeliveryError
from .digest import Digest
from .email import SmtpConfig, send_email
from .state import JobState
from .telegram import TelegramBot, TelegramConfig

log = logging.getLogger("sheets_bridge.job")

Steps = Callable[[Digest], list[Callable[[], None]]]


@dataclass(frozen=True)
class DeliveryConfig:
    """Where the weekly report goes; built once at the edge (flags and environment). No channel: nothing is sent."""

    email: SmtpConfig | None = None
    telegram: TelegramConfig | None = None

    def channels(self) -> dict[str, Steps]:
        """channel name → how to turn a digest into its steps."""
        out: dict[str, Steps] = {}
        if self.email is not None:
            config = self.email
            out["email"] = lambda digest: [lambda: send_email(config, digest, warn=log.warning)]
        if self.telegram is not None:
            bot = TelegramBot(self.telegram)
            out["telegram"] = bot.steps
        return out

    def __bool__(self) -> bool:
        return self.email is not None or self.telegram is not None


def due_channels(config: DeliveryConfig, state: JobState, period: str, moment: dt.datetime, *,
                 now_too: bool = False) -> list[str]:
    """The channels that have not delivered ``period`` (whose send moment is ``moment``) and were configured by then;
    ``now_too`` (``--send-now``): also a period that began before the channel was set up."""
    def configured_by_then(name: str) -> bool:
        since = state.since.get(name)
        return now_too or since is None or dt.datetime.fromisoformat(since) <= moment

    return [name for name in config.channels() if state.sent.get(name) != period and configured_by_then(name)]


def deliver(config: DeliveryConfig, digest: Digest, state: JobState, period: str, save: Callable[[], None],
            channels: list[str] | None = None) -> dict[str, str]:
    """Send ``digest`` on ``channels`` (default: every one not done for ``period``); returns channel → ``sent`` or the
    error's text. ``save`` persists ``state`` after each step, so what was sent stays recorded whatever happens next.
    """
    outcome: dict[str, str] = {}
    for name, make_steps in config.channels().items():
        if state.sent.get(name) == period or (channels is not None and name not in channels):
            continue
        done = state.done_steps(name, period)
        try:
            steps = make_steps(digest)
            for i, step in enumerate(steps):
                if i < done:
                    continue
                step()
                state.progress[name] = [period, i + 1]
                save()
        except DeliveryError as exc:
            state.errors[name] = str(exc)
            save()
            outcome[name] = str(exc)
            log.warning("%s delivery failed (tried again next pass): %s", name, exc)
            continue
        state.sent[name] = period
        state.progress.pop(name, None)
        state.errors.pop(name, None)
        save()
        outcome[name] = "sent"
    return outcome
