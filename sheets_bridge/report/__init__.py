"""The owner's one-screen HTML report: self-contained (inline CSS and SVG), works offline."""

from __future__ import annotations

from .html import render_report, report_data

__all__ = ["render_report", "report_data"]
