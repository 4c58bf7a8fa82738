"""``analyze``: rebuild the analysis tabs, and print what matters."""

from __future__ import annotations

import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from ..analysis import AnalyzeOptions, AnalyzeResult, analyze, manager_summary
from ..settings import Settings
from .options import workbook_options
from .tagging import llm_options, tagger_options


def _minutes(seconds: float) -> str:
    return "—" if seconds != seconds else f"{seconds / 60:.0f} min"  # NaN check


def print_summary(result: AnalyzeResult, console: Console | None = None, lang: str = "en") -> None:
    """The per-manager table and the top three loss scenarios, in the owner's words (``lang``)."""
    from ..vocabulary import text

    console = console or Console(width=None if sys.stdout.isatty() else 120)
    table = Table(title="Managers (whole period)")
    for col in ("manager", "conversations", "first reply (median)", "unanswered", "booked", "missed leads",
                "avg score"):
        table.add_column(col, justify="left" if col == "manager" else "right")
    for row in manager_summary(result).itertuples(index=False):
        table.add_row(text("manager", str(row.manager), lang), str(row.conversations),
                      _minutes(row.median_first_response_s),
                      "—" if row.pct_unanswered != row.pct_unanswered else f"{row.pct_unanswered:.0%}",
                      f"{row.conversion_rate:.0%}", str(row.missed_leads), f"{row.avg_score:.1f}")
    console.print(table)
    if len(result.scenarios):
        console.print("[bold]Where clients are lost (top 3):[/bold]")
        for i, s in enumerate(result.scenarios.itertuples(index=False), start=1):
            console.print(f"  {i}. {text('intent', s.intent, lang)} → {text('where_lost', s.where, lang)}: "
                          f"{s.conversations} conversation(s), e.g. {s.example}")
    console.print(f"Missed leads: {len(result.missed_leads)} (tab missed_leads); "
                  f"to review: {len(result.audit)} (tab audit)")
    if len(result.promises):
        console.print(f"Said vs record: {len(result.promises)} (tab promises)")


@click.command("analyze")
@click.option("--tagger", type=click.Choice(["rules", "learned", "llm"]), default="rules", show_default=True,
              help="rules (offline), learned (trained on your labels tab), or llm (OpenAI-compatible endpoint).")
@llm_options
@click.option("--gap", default="24h", show_default=True, help="A pause this long starts a new conversation.")
@click.option("--business-hours", metavar="SPEC_OR_FILE",
              help='Count response time only inside these hours, e.g. "mon-fri 09:00-20:00; sat 10:00-18:00", or '
                   "the path of a schedule file (managers' own hours, closed and open days): docs/metrics.md.")
@click.option("--holidays", metavar="COUNTRY",
              help="With --business-hours: the holiday calendar, RU by default (KZ, BY, UZ…), or none.")
@click.option("--sla", metavar="LIMITS", default="",
              help="Extra reply targets for the kpi tab, e.g. 10m,2h (frt_within_10m…); the first one is the "
                   "report's main speed figure (default 15m).")
@click.option("--tz", help="Time zone for business hours, weeks and times shown (default: this computer's).")
@click.option("--lexicon", "extra_lexicon", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Extra cues for the rules tagger (same sections as data/tagging_rules.txt).")
@click.option("--prices", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Your price list (CSV: service,price): checks the prices said in chats and estimates what each "
                   "missed lead was worth.")
@workbook_options
def analyze_command(settings: Settings, tagger: str, gap: str, business_hours: str | None, tz: str | None,
                    extra_lexicon: Path | None, model: str, lang: str, holidays: str | None = None,
                    sla: str = "", prices: Path | None = None) -> None:
    """Rebuild conversations, rubric, kpi, missed_leads and audit from messages and events.

    Re-running replaces those tabs (nothing is duplicated). Definitions: docs/metrics.md.

    \b
    Examples:
        sheets-bridge analyze
        sheets-bridge analyze --business-hours "mon-fri 09:00-20:00; sat 10:00-18:00" --tz Asia/Yekaterinburg
        sheets-bridge analyze --business-hours hours.txt --holidays KZ --sla 10m,2h
        sheets-bridge analyze --gap 12h --workbook chat-audit.xlsx
        sheets-bridge analyze --prices prices.csv
        OPENAI_API_KEY=… sheets-bridge analyze --tagger llm --model gpt-4o-mini
        OPENAI_BASE_URL=http://localhost:11434/v1 sheets-bridge analyze --tagger llm --model qwen2.5
    """
    lex = extra_lexicon or settings.lexicon_path
    options = AnalyzeOptions(gap=gap, business_hours=business_hours, tz=tz, tagger=tagger,
                             extra_lexicon=lex if lex.exists() else None, lang=lang,
                             tagger_options=tagger_options(settings, tagger, model), holidays=holidays, sla=sla,
                             prices=prices)
    with settings.open_workbook() as wb:
        result = analyze(wb, options)
    print_summary(result, lang=lang)
    usage = getattr(result.tagger, "usage", None)
    if usage is not None:
        click.echo(usage.summary())
    click.echo(f"Written to {wb.location}: " + ", ".join(f"{t} ({n} rows)" for t, n in result.tabs.items()))


COMMANDS = [analyze_command]
