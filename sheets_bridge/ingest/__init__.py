"""Reading chat exports (WhatsApp, Telegram, Instagram/Messenger, CSV/JSON) into ``messages`` rows."""

from __future__ import annotations

from .base import ParsedChat
from .importer import FileSummary, ImportOptions, ImportResult, import_chats, parse_file
from .roles import BusinessAccounts

__all__ = ["BusinessAccounts", "FileSummary", "ImportOptions", "ImportResult", "ParsedChat", "import_chats",
           "parse_file"]
