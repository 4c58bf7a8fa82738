"""The job that runs itself: re-analyse on a schedule, keep the report files fresh, send the weekly report.

``run_pass`` is one pass (what ``job --once`` does); ``run_job`` runs passes on a :class:`Clock` (``job`` and
``serve --job-every``). Delivery: :class:`DeliveryConfig` with :class:`SmtpConfig` and/or :class:`TelegramConfig`.
"""

from __future__ import annotations

from .deliver import DeliveryConfig
from .email import SmtpConfig
from .runner import JobOptions, PassResult, run_job, run_pass, start_in_background
from .schedule import Clock, SystemClock, WeeklyAt
from .state import JobState, state_path
from .telegram import TelegramConfig

__all__ = ["Clock", "DeliveryConfig", "JobOptions", "JobState", "PassResult", "SmtpConfig", "SystemClock",
           "TelegramConfig", "WeeklyAt", "run_job", "run_pass", "start_in_background", "state_path"]
