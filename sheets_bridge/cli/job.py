"""``job``: re-run analyze and the report on a schedule, and send the weekly report to the owner."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from ..errors import DeliveryError
from ..settings import Settings, delivery_from_env
from .options import workbook_options
from .tagging import tagger_options

if TYPE_CHECKING:
    from ..job import DeliveryConfig, JobOptions


def delivery_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Where the report files go, their language, and when and where the weekly report is sent (job and serve)."""
    @functools.wraps(fn)
    def wrapper(*args: Any, email_to: tuple[str, ...], email_from: str | None, telegram_chat_id: str | None,
                **kwargs: Any) -> Any:
        def delivery() -> DeliveryConfig:  # built when used: serve without --job-every never reads these
            return delivery_from_env(email_to=email_to, email_from=email_from, telegram_chat_id=telegram_chat_id)

        return fn(*args, delivery=delivery, **kwargs)

    for option in reversed([
        click.option("--out-dir", type=click.Path(file_okay=False, path_type=Path), default=Path("reports"),
                     show_default=True, help="Folder for report.html (the latest) and report-WEEK-LANG.html."),
        click.option("--lang", type=click.Choice(["ru", "en"]), default="ru", show_default=True,
                     help="The report's and the owner's messages' language."),
        click.option("--report-at", default="mon 08:00", show_default=True, metavar='"DAY HH:MM"',
                     help='When the weekly report is sent, e.g. "mon 08:00" or "пн 8:00" (in --tz, else the '
                          "workbook's zone)."),
        click.option("--email-to", multiple=True, metavar="ADDRESS",
                     help="Send the weekly report to this address (repeatable; the server: $SHEETS_BRIDGE_SMTP_URL)."),
        click.option("--email-from", metavar="ADDRESS", help="The sender address (default: the SMTP login)."),
        click.option("--telegram-chat-id", metavar="ID",
                     help="Send the weekly report to this Telegram chat (the bot: $SHEETS_BRIDGE_TELEGRAM_TOKEN)."),
    ]):
        wrapper = option(wrapper)
    return wrapper


def _log_to_stderr() -> None:
    logger = logging.getLogger("sheets_bridge.job")
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)


def _echo(result: Any) -> None:
    stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    click.echo(f"{stamp} {result.summary()}")


def job_options(settings: Settings, **given: Any) -> JobOptions:
    """The job's options from the command's flags (job and serve --job-every); --report-at is checked now."""
    from ..job import JobOptions, WeeklyAt

    WeeklyAt.parse(given["report_at"], dt.timezone.utc)  # a typo fails at start, not at the first pass
    lex = settings.lexicon_path
    return JobOptions(state_path=settings.job_state_path, extra_lexicon=lex if lex.exists() else None,
                      tagger_options=lambda name: tagger_options(settings, name, settings.llm.model), **given)


@click.command("job")
@click.option("--every", default="1h", show_default=True, metavar="DURATION",
              help="How often to look for new data (e.g. 30m, 1h, 6h).")
@click.option("--once", is_flag=True, help="One pass, then exit (for cron, systemd timers, Task Scheduler).")
@click.option("--send-now", is_flag=True,
              help="Send this week's report at this pass (once), even if the job was set up after --report-at.")
@delivery_options
@click.option("--tz", help="Time zone of --report-at and of the analysis (default: the last analyze's).")
@click.option("--gap", help="As analyze --gap (default: the last analyze's, else 24h).")
@click.option("--business-hours", metavar="SPEC", help="As analyze --business-hours (default: the last analyze's).")
@click.option("--tagger", type=click.Choice(["rules", "learned", "llm"]),
              help="As analyze --tagger (default: the last analyze's).")
@workbook_options
def job_command(settings: Settings, every: str, once: bool, send_now: bool, out_dir: Path, lang: str, report_at: str,
                delivery: Callable[[], DeliveryConfig], tz: str | None, gap: str | None, business_hours: str | None,
                tagger: str | None) -> None:
    """Keep the analysis and the report up to date by itself, and send the weekly report to the owner.

    Each pass re-runs analyze when messages, events or labels changed (otherwise it does nothing), rewrites
    the report files in --out-dir, and once a week, at --report-at, sends the report with the list of
    clients waiting for a reply by e-mail and/or Telegram. A failed delivery is tried again at the next
    pass; one that went through is not repeated. Settings not given are those of your last analyze.
    Details, e-mail and Telegram setup, systemd, cron and Task Scheduler: docs/job.md.

    \b
    Examples:
        sheets-bridge job --every 1h --out-dir reports/
        sheets-bridge job --once                       # from cron or a timer
        sheets-bridge job --once --send-now --telegram-chat-id 123456789   # check the delivery now
        SHEETS_BRIDGE_SMTP_URL=smtp://me%40mail.ru:APP-PASSWORD@smtp.mail.ru:587 \\
            sheets-bridge job --email-to owner@mail.ru --report-at "пн 08:00"
        SHEETS_BRIDGE_TELEGRAM_TOKEN=123456:AAE… sheets-bridge job --telegram-chat-id 123456789 --lang en
    """
    from ..job import SystemClock, run_job, run_pass
    from ..timeutil import parse_duration

    period = parse_duration(every, "--every")
    options = job_options(settings, out_dir=out_dir, lang=lang, report_at=report_at, delivery=delivery(), gap=gap,
                          tz=tz, business_hours=business_hours, tagger=tagger, send_now=send_now)
    _log_to_stderr()
    if once:
        result = run_pass(settings.open_workbook, options, dt.datetime.now(dt.timezone.utc))
        _echo(result)
        failed = {k: v for k, v in result.delivered.items() if v != "sent"}
        if failed:
            raise DeliveryError("; ".join(f"{k}: {v}" for k, v in failed.items()))
        return
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    click.echo(f"Job started: every {every}, weekly report at {report_at}; stop with Ctrl+C.")
    run_job(settings.open_workbook, options, period, SystemClock(stop), on_pass=_echo)
    click.echo("Job stopped.")


COMMANDS = [job_command]
