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

    @property
    def key_path(self) -> Path:
        """The privacy key (``$SHEETS_BRIDGE_KEY_FILE`` or ``HOME/privacy.key``). Back it up."""
        env = os.environ.get("SHEETS_BRIDGE_KEY_FILE")
        return Path(env).expanduser() if env else self.home / "privacy.key"

    @property
    def vault_path(self) -> Path:
        """The token → clear value vault (``HOME/vault.sqlite3``); never leaves this machine."""
        return self.home / "vault.sqlite3"

    def open_scrubber(self, *, names: bool = False, enabled: bool = True):  # noqa: ANN201
        from .privacy import open_scrubber

        return open_scrubber(self.key_path, self.vault_path, names=names, enabled=enabled)

    def open_workbook(self):  # noqa: ANN201 - returns a Workbook
        from .workbook import open_workbook

        return open_workbook(self.workbook, credentials=self.credentials)
