"""sheets-bridge: see where chats lose clients.

The library API mirrors the CLI: each command is a function here, usable from Python the same way.
"""

from __future__ import annotations

from .errors import InputError, SheetsBridgeError, WorkbookError
from .settings import Settings
from .workbook import TAB_NAMES, Workbook, open_workbook

__version__ = "0.1.0"

__all__ = ["InputError", "Settings", "SheetsBridgeError", "TAB_NAMES", "Workbook", "WorkbookError",
           "open_workbook", "__version__"]
