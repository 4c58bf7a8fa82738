"""The owner's weekly HTML report: self-contained (inline CSS and SVG), works offline, reads on a phone."""

from __future__ import annotations

from .data import ReportData, report_data
from .html import render, render_report

__all__ = ["ReportData", "render", "render_report", "report_data"]
