"""``sample`` and ``validate``: the manual pilot and the control check; and the options of the taggers."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from ..settings import Settings
from .options import workbook_options

TAGGER_CHOICE = click.Choice(["rules", "learned", "llm"])


def llm_options(fn: Any) -> Any:
    fn = click.option("--model", default="gpt-4o-mini", show_default=True, envvar="SHEETS_BRIDGE_LLM_MODEL",
                      help="Model for --tagger llm (endpoint: OPENAI_BASE_URL, key: OPENAI_API_KEY).")(fn)
    return click.option("--lang", type=click.Choice(["ru", "en"]), default="ru", show_default=True,
                        help="The owner's language: texts in the tabs, and the prompt of --tagger llm.")(fn)


def tagger_options(settings: Settings, tagger: str, model: str) -> dict[str, Any]:
    """What the chosen tagger needs from the edge (the llm tagger's endpoint, key, cache and the owner's scrubber)."""
    if tagger != "llm":
        return {}
    llm = replace(settings.llm, model=model)
    return {"model": llm.model, "api_key": llm.api_key, "base_url": llm.base_url, "timeout": llm.timeout,
            "max_completion_tokens": llm.max_completion_tokens, "cache_path": settings.llm_cache_path,
            "scrubber": settings.open_scrubber()}  # prompts are scrubbed again before they are sent


@click.command("sample")
@click.option("--n", "n", default=200, show_default=True, help="How many conversations to add.")
@click.option("--seed", default=0, show_default=True, help="Random seed (the same seed picks the same sample).")
@workbook_options
def sample_command(settings: Settings, n: int, seed: int) -> None:
    """Add a stratified sample of conversations to the labels tab, for you to label by hand.

    Run `analyze` first: the sample is drawn from the conversations it wrote. Rows already in labels (and
    your labels in them) are kept; new rows come with a transcript excerpt and empty label columns. Label
    50–200 of them (seed 000's manual pilot), then run `validate` to see how far each tagger agrees with you.

    \b
    Example:
        sheets-bridge sample --n 100
    """
    from ..tagging.validate import sample

    with settings.open_workbook() as wb:
        result = sample(wb, n=n, seed=seed)
    click.echo(f"Added {result.added} conversations to the labels tab of {result.location}; "
               "fill in their label columns.")


@click.command("validate")
@click.option("--tagger", type=TAGGER_CHOICE, default="rules", show_default=True)
@llm_options
@workbook_options
def validate_command(settings: Settings, tagger: str, model: str, lang: str) -> None:
    """Compare a tagger with your labels: accuracy, macro-F1, Cohen's kappa and the confusions per tag.

    `learned` is cross-validated (it never sees the labels it is scored on). Verdict by kappa: ≥ 0.8 good;
    0.6–0.8 usable with the weekly audit; below 0.6 not reliable. Results are added to the validation tab.

    \b
    Examples:
        sheets-bridge validate                 # the rules tagger
        sheets-bridge validate --tagger learned
    """
    from ..tagging.base import get_tagger
    from ..tagging.validate import validate

    options = tagger_options(settings, tagger, model)
    extra = {"extra_lexicon": settings.lexicon_path} if tagger == "rules" and settings.lexicon_path.exists() else {}
    with settings.open_workbook() as wb:
        result = validate(wb, tagger, lambda: get_tagger(tagger, lang=lang, **options, **extra))
    table = Table(title=f"{tagger} tagger vs your labels ({len(result.labels)} conversations)")
    for col in ("tag", "accuracy", "macro-F1", "kappa", "majority baseline", "verdict"):
        table.add_column(col, justify="left" if col in ("tag", "verdict") else "right")
    for s in result.scores:
        table.add_row(s.field, f"{s.accuracy:.2f}", f"{s.macro_f1:.2f}", f"{s.kappa:.2f}",
                      f"{result.baseline(s.field):.2f}", s.verdict)
    Console(width=140).print(table)


COMMANDS = [sample_command, validate_command]
