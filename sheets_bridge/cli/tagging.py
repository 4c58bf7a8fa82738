"""``sample`` and ``validate``: the manual pilot and the control check; and building a tagger."""

from __future__ import annotations

from typing import Any

import click
from rich.console import Console
from rich.table import Table

from ..errors import InputError
from ..settings import Settings
from ..tagging import Tagger, get_tagger
from .options import workbook_options

TAGGER_CHOICE = click.Choice(["rules", "learned", "llm"])


def llm_options(fn: Any) -> Any:
    fn = click.option("--model", default="gpt-4o-mini", show_default=True, envvar="SHEETS_BRIDGE_LLM_MODEL",
                      help="Model for --tagger llm (endpoint: OPENAI_BASE_URL, key: OPENAI_API_KEY).")(fn)
    return click.option("--lang", type=click.Choice(["ru", "en"]), default="ru", show_default=True,
                        help="Prompt language for --tagger llm.")(fn)


def build_tagger(settings: Settings, wb: Any, name: str, *, model: str = "gpt-4o-mini", lang: str = "ru",
                 gap: str = "24h") -> Tagger:
    """The tagger named by --tagger, trained or prompted with the owner's labels where it uses them."""
    if name == "rules":
        lex = settings.home / "tagging_rules.txt"
        return get_tagger("rules", extra_lexicon=lex if lex.exists() else None)
    from ..analysis.pipeline import conversation_objects
    from ..tagging.validate import labelled_pairs

    pairs = labelled_pairs(conversation_objects(wb.read("messages"), wb.read("events"), gap), wb.read("labels"))
    if name == "learned":
        return get_tagger("learned", labelled=pairs)
    return get_tagger("llm", model=model, lang=lang, cache_path=settings.home / "llm_cache.sqlite3",
                      examples=pairs[:8])


@click.command("sample")
@click.option("--n", "n", default=200, show_default=True, help="How many conversations to add.")
@click.option("--seed", default=0, show_default=True, help="Random seed (the same seed picks the same sample).")
@workbook_options
def sample_command(settings: Settings, n: int, seed: int) -> None:
    """Add a stratified sample of conversations to the labels tab, for you to label by hand.

    Run `analyze` first. Rows already in labels (and your labels in them) are kept; new rows come with a
    transcript excerpt and empty label columns. Label 50–200 of them (seed 000's manual pilot), then run
    `validate` to see how far each tagger agrees with you.

    \b
    Example:
        sheets-bridge sample --n 100
    """
    from ..analysis import conversations as cv
    from ..analysis.pipeline import excerpts, parse_gap
    from ..tagging.validate import INSTRUCTIONS, INSTRUCTIONS_ID, sample_rows

    with settings.open_workbook() as wb:
        conversations = wb.read("conversations")
        if conversations.empty:
            raise InputError("the conversations tab is empty: run `sheets-bridge analyze` first", field="labels")
        labels = wb.read("labels")
        msgs = cv.split(cv.prepare(wb.read("messages")), parse_gap("24h"))
        rows = sample_rows(conversations, excerpts(msgs, n=8, width=1000), n,
                           set(labels["conversation_id"].astype(str)), seed)
        if labels.empty:
            wb.append("labels", [{"conversation_id": INSTRUCTIONS_ID, "excerpt": INSTRUCTIONS}])
        if len(rows):
            wb.append("labels", rows)
    click.echo(f"Added {len(rows)} conversations to the labels tab of {wb.location}; fill in their label columns.")


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
    from ..analysis.pipeline import conversation_objects
    from ..tagging.validate import labelled_pairs, majority_baseline, validate, validation_rows

    with settings.open_workbook() as wb:
        pairs = labelled_pairs(conversation_objects(wb.read("messages"), wb.read("events")), wb.read("labels"))
        if not pairs:
            raise InputError("no labelled conversations: run `sheets-bridge sample` and fill the labels tab",
                             field="labels")
        convs, labels = [p[0] for p in pairs], [p[1] for p in pairs]
        scores = validate(tagger, convs, labels, lambda: build_tagger(settings, wb, tagger, model=model, lang=lang))
        wb.append("validation", validation_rows(tagger, scores))
    table = Table(title=f"{tagger} tagger vs your labels ({len(pairs)} conversations)")
    for col in ("tag", "accuracy", "macro-F1", "kappa", "majority baseline", "verdict"):
        table.add_column(col, justify="left" if col in ("tag", "verdict") else "right")
    for s in scores:
        table.add_row(s.field, f"{s.accuracy:.2f}", f"{s.macro_f1:.2f}", f"{s.kappa:.2f}",
                      f"{majority_baseline(labels, s.field):.2f}", s.verdict)
    Console(width=140).print(table)


COMMANDS = [sample_command, validate_command]
