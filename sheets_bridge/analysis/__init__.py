"""Conversations, response metrics, tags, rubric, KPIs, missed leads and the audit queue."""

from __future__ import annotations

from .pipeline import AnalyzeOptions, AnalyzeResult, analyze, analyze_frames
from .scoring import kpi, rubric

__all__ = ["AnalyzeOptions", "AnalyzeResult", "analyze", "analyze_frames", "kpi", "manager_summary", "rubric"]


def manager_summary(result: AnalyzeResult):  # noqa: ANN201 - a DataFrame
    """Per manager over the whole period (the ``kpi`` rules, one period)."""
    import pandas as pd

    conv = result.conversations
    return kpi(conv, result.rubric["score"], pd.Series(["all"] * len(conv)))
