"""One settings object, built at the edge (CLI flags and environment) and passed inward."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .workbook import DEFAULT_WORKBOOK

HOME_ENV = "SHEETS_BRIDGE_HOME"


def default_home() -> Path:
    """Where sheets-bridge keeps local state (privacy key, vault, journal, caches).

    ``$SHEETS_BRIDGE_HOME`` if set, else the platform's user config folder.
    """
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env).expanduser()
    import click

    return Path(click.get_app_dir("sheets-bridge"))


@dataclass(frozen=True)
class Settings:
    """What every command needs to know about where things live."""

    workbook: str = DEFAULT_WORKBOOK
    credentials: Path | None = None
    home: Path = field(default_factory=default_home)

    def open_workbook(self):  # noqa: ANN201 - returns a Workbook
        from .workbook import open_workbook

        return open_workbook(self.workbook, credentials=self.credentials)
