"""Bitrix24: the lead CSV for the import wizard, the optional REST push, and reconciliation."""

from __future__ import annotations

from .leads import LEAD_COLUMNS, lead_rows, write_csv
from .reconcile import reconcile

__all__ = ["LEAD_COLUMNS", "lead_rows", "reconcile", "write_csv"]
