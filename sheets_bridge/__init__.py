"""sheets-bridge: see where chats lose clients.

The library API mirrors the CLI: one function per command, usable from Python and notebooks the same way::

    from sheets_bridge import Settings, analyze, import_chats, open_workbook, render_report
    from sheets_bridge import AnalyzeOptions, ImportOptions

    settings = Settings.from_env()                 # key, vault and caches under the sheets-bridge home
    with open_workbook("chat-audit.xlsx") as wb:
        import_chats(["exports/"], wb, settings.open_scrubber(), ImportOptions(tz="Europe/Moscow"))
        result = analyze(wb, AnalyzeOptions(tz="Europe/Moscow"))
        html = render_report(wb, "ru")

Names are loaded on first use, so ``import sheets_bridge`` needs none of the optional extras.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.2.0"

# public name → module that defines it (loaded lazily, PEP 562)
_EXPORTS = {
    "open_workbook": "workbook", "Workbook": "workbook", "TAB_NAMES": "workbook",
    "Settings": "settings", "LLMSettings": "settings",
    "SheetsBridgeError": "errors", "InputError": "errors", "WorkbookError": "errors",
    "import_chats": "ingest", "ImportOptions": "ingest", "ImportResult": "ingest",
    "analyze": "analysis", "analyze_frames": "analysis", "AnalyzeOptions": "analysis", "AnalyzeResult": "analysis",
    "load_analysis": "analysis.record",
    "sample": "tagging.validate", "validate": "tagging.validate",
    "export_bitrix": "crm.leads", "push_bitrix": "crm.rest", "BitrixClient": "crm.rest",
    "reconcile": "crm.reconcile",
    "render_report": "report",
    "purge": "privacy.retention",
    "create_app": "webhook", "WebhookConfig": "webhook", "flush_all": "webhook",
    "run_demo": "demo",
    "run_job": "job", "run_pass": "job", "JobOptions": "job", "DeliveryConfig": "job",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'sheets_bridge' has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
