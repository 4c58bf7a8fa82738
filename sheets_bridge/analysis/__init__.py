"""Conversations, response metrics, tags, rubric, KPIs, missed leads and the audit queue.

The names below are loaded on first use, so that a command needing one module of this package (``flush`` needs
:mod:`.events`) does not import the whole analysis with it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .pipeline import AnalyzeOptions, AnalyzeResult, analyze, analyze_frames
    from .scoring import kpi, rubric

__all__ = ["AnalyzeOptions", "AnalyzeResult", "analyze", "analyze_frames", "kpi", "manager_summary", "rubric"]

_WHERE = {"AnalyzeOptions": "pipeline", "AnalyzeResult": "pipeline", "analyze": "pipeline",
          "analyze_frames": "pipeline", "kpi": "scoring", "rubric": "scoring"}


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def manager_summary(result: AnalyzeResult):  # noqa: ANN201 - a DataFrame
    """Per manager over the whole period (the ``kpi`` rules, one period)."""
    import pandas as pd

    from .scoring import kpi

    conv = result.conversations
    return kpi(conv, result.rubric["score"], pd.Series(["all"] * len(conv)))
