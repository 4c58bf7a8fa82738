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

    @property
    def job_state_path(self) -> Path:
        """The job's state for this workbook and tenant (``HOME/job/<hash>.json``): what it analysed and sent."""
        from .job.state import state_path

        return state_path(self.home, self.workbook, self.tenant)

    def open_scrubber(self, *, names: bool = False, enabled: bool = True):  # noqa: ANN201
        from .privacy import open_scrubber

        return open_scrubber(self.key_path, self.vault_path, names=names, enabled=enabled)

    def open_vault(self):  # noqa: ANN201
        from .privacy import Vault

        return Vault(self.vault_path)

    def open_workbook(self):  # noqa: ANN201 - returns a Workbook
        from .workbook import open_workbook

        return open_workbook(self.workbook, credentials=self.credentials, tenant=self.tenant,
                             tab_cache=self.tab_cache_dir)

    @property
    def tab_cache_dir(self) -> Path:
        """Tabs of .xlsx workbooks already read, as text (``workbook.tabcache``)."""
        return self.home / "cache" / "tabs"


def delivery_from_env(environ: Mapping[str, str] | None = None, *, email_to: tuple[str, ...] = (),
                      email_from: str | None = None, telegram_chat_id: str | None = None):  # noqa: ANN201
    """Where the job sends the weekly report (a ``job.DeliveryConfig``), from flags, else the environment.

    E-mail: ``SHEETS_BRIDGE_SMTP_URL`` (``smtp://user:password@host:587``) with ``--email-to`` (or
    ``SHEETS_BRIDGE_EMAIL_TO``, comma-separated) and ``--email-from`` (or ``SHEETS_BRIDGE_EMAIL_FROM``; default
    the login). Telegram: ``SHEETS_BRIDGE_TELEGRAM_TOKEN`` with ``--telegram-chat-id`` (or
    ``SHEETS_BRIDGE_TELEGRAM_CHAT_ID``).
    Secrets come only from the environment, so they never show in a process list or a shell history.
    """
    from .errors import InputError
    from .job import DeliveryConfig, SmtpConfig, TelegramConfig

    env = os.environ if environ is None else environ
    to = tuple(email_to) or tuple(a for a in env.get("SHEETS_BRIDGE_EMAIL_TO", "").split(",") if a.strip())
    smtp_url = env.get("SHEETS_BRIDGE_SMTP_URL", "").strip()
    if to and not smtp_url:
        raise InputError("--email-to needs a mail server: set SHEETS_BRIDGE_SMTP_URL=smtp://USER:PASSWORD@HOST:587",
                         field="--email-to")
    email = SmtpConfig.from_url(smtp_url, to=to, sender=email_from or env.get("SHEETS_BRIDGE_EMAIL_FROM") or None) \
        if smtp_url else None
    token = env.get("SHEETS_BRIDGE_TELEGRAM_TOKEN", "").strip()
    chat = (telegram_chat_id or env.get("SHEETS_BRIDGE_TELEGRAM_CHAT_ID", "")).strip()
    if chat and not token:
        raise InputError("--telegram-chat-id needs the bot's token: set SHEETS_BRIDGE_TELEGRAM_TOKEN (from @BotFather)",
                         field="--telegram-chat-id")
    telegram = TelegramConfig(token=token, chat_id=chat) if token else None
    return DeliveryConfig(email=email, telegram=telegram)
