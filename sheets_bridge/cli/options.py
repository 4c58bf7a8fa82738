"""Option bundles shared by many commands."""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from ..settings import Settings
from ..workbook import DEFAULT_WORKBOOK


def workbook_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``--workbook``, ``--credentials`` and ``--tenant``, passed to the command as one ``settings`` object."""

    @functools.wraps(fn)
    def wrapper(*args: Any, workbook: str, credentials: Path | None, tenant: str, **kwargs: Any) -> Any:
        settings = Settings.from_env(workbook=workbook, credentials=credentials, tenant=tenant)
        return fn(*args, settings=settings, **kwargs)

    wrapper = click.option(
        "--tenant", default="default", show_default=True, metavar="NAME",
        help="The business, when --workbook (or --journal) is a postgresql:// URL shared by many.",
    )(wrapper)
    wrapper = click.option(
        "--credentials", type=click.Path(dir_okay=False, path_type=Path),
        envvar="GOOGLE_APPLICATION_CREDENTIALS",
        help="Service-account key JSON for Google Sheets (default: $GOOGLE_APPLICATION_CREDENTIALS).",
    )(wrapper)
    return click.option(
        "--workbook", "-w", default=DEFAULT_WORKBOOK, show_default=True, envvar="SHEETS_BRIDGE_WORKBOOK",
        help="A path ending in .xlsx, a Google Sheets URL or key, or postgresql://USER@HOST:PORT/DB.",
    )(wrapper)


def privacy_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """``--names`` and the explicit opt-out ``--keep-personal-data`` (which warns on every run)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, keep_personal_data: bool, names: bool, **kwargs: Any) -> Any:
        if keep_personal_data:
            click.secho("WARNING: --keep-personal-data: phones, e-mails, card numbers and names are written in "
                        "clear. Do this only if the data stays in Russia or clients consented (152-FZ).",
                        fg="yellow", err=True)
        return fn(*args, scrub=not keep_personal_data, names=names, **kwargs)

    wrapper = click.option("--names/--no-names", default=False, show_default=True,
                           help="Also find names with natasha's model (pip install 'sheets-bridge[names]').")(wrapper)
    return click.option("--keep-personal-data", is_flag=True,
                        help="Do NOT replace personal data with tokens (prints a warning every run).")(wrapper)
