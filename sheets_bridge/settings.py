"""One settings object, built once at the edge (CLI flags and environment) and passed inward.

Nothing below the CLI reads the environment: :meth:`Settings.from_env` is the one place that does.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .workbook import DEFAULT_WORKBOOK

HOME_ENV = "SHEETS_BRIDGE_HOME"
KEY_ENV = "SHEETS_BRIDGE_KEY_FILE"


def platform_home() -> Path:
    """The platform's user folder for sheets-bridge (e.g. ``~/.config/sheets-bridge`` on Linux)."""
    import click

    return Path(click.get_app_dir("sheets-bridge"))


@dataclass(frozen=True)
class LLMSettings:
    """How to reach an OpenAI-compatible endpoint for ``--tagger llm``."""

    model: str = "gpt-4o-mini"
    api_key: str | None = None
    base_url: str | None = None
    timeout: float = 60.0
    max_completion_tokens: int = 4000


@dataclass(frozen=True)
class Settings:
    """Where things live: the workbook, the Google key, and the local home (privacy key, vault, journal, caches)."""

    workbook: str = DEFAULT_WORKBOOK
    credentials: Path | None = None
    tenant: str = "default"  # the business, in a postgresql:// workbook or journal shared by many (SPEC §8)
    home: Path = field(default_factory=platform_home)
    key_file: Path | None = None
    llm: LLMSettings = field(default_factory=LLMSettings)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **given: Any) -> Settings:
        """Settings from explicit values, else the environment (``SHEETS_BRIDGE_HOME``, ``SHEETS_BRIDGE_KEY_FILE``,
        ``OPENAI_API_KEY``, ``OPENAI_BASE_URL``), else the defaults."""
        env = os.environ if environ is None else environ
        values = {k: v for k, v in given.items() if v is not None}
        if "home" not in values and env.get(HOME_ENV):
            values["home"] = Path(env[HOME_ENV]).expanduser()
        if "key_file" not in values and env.get(KEY_ENV):
            values["key_file"] = Path(env[KEY_ENV]).expanduser()
        llm = values.pop("llm", None) or LLMSettings()
        llm = replace(llm, api_key=llm.api_key or env.get("OPENAI_API_KEY") or None,
                      base_url=llm.base_url or env.get("OPENAI_BASE_URL") or None)
        return cls(llm=llm, **values)

    @property
    def key_path(self) -> Path:
        """The privacy key (``HOME/privacy.key`` unless set). Back it up."""
        return self.key_file or self.home / "privacy.key"

    @property
    def vault_path(self) -> Path:
        """The token → clear value vault (``HOME/vault.sqlite3``); never leaves this machine."""
        return self.home / "vault.sqlite3"

    @property
    def journal_path(self) -> Path:
        return self.home / "journal.sqlite3"

    @property
    def llm_cache_path(self) -> Path:
        return self.home / "llm_cache.sqlite3"

    @property
    def lexicon_path(self) -> Path:
        """An owner's extra cues for the rules tagger (same sections as ``data/tagging_rules.txt``)."""
        return self.home / "tagging_rules.txt"

    def open_scrubber(self, *, names: bool = False, enabled: bool = True):  # noqa: ANN201
        from .privacy import open_scrubber

        return open_scrubber(self.key_path, self.vault_path, names=names, enabled=enabled)

    def open_vault(self):  # noqa: ANN201
        from .privacy import Vault

        return Vault(self.vault_path)

    def open_workbook(self):  # noqa: ANN201 - returns a Workbook
        from .workbook import open_workbook

        return open_workbook(self.workbook, credentials=self.credentials, tenant=self.tenant)
