"""The webhook receiver: authenticated, validated, journalled before 2xx, flushed to the workbook.

Names load on first use, so the journal (used by ``purge`` too) needs no Flask.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {"Journal": "journal", "WebhookConfig": "app", "create_app": "app", "flush_all": "flusher"}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'sheets_bridge.webhook' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
