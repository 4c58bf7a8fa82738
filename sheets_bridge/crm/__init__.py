"""Bitrix24: the lead CSV for the import wizard, the optional REST push, and reconciliation."""

from __future__ import annotations

from .exported import ExportRecord
from .leads import DEAL_COLUMNS, LEAD_COLUMNS, ExportResult, deal_rows, lead_rows, write_csv
from .reconcile import reconcile

__all__ = ["DEAL_COLUMNS", "LEAD_COLUMNS", "ExportRecord", "ExportResult", "deal_rows", "lead_rows", "reconcile",
           "write_csv"]
