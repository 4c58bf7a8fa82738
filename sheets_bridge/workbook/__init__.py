"""Spreadsheets with tabs: the local .xlsx file (default), Google Sheets, and PostgreSQL (many tenants)."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import InputError
from .base import Rows, Workbook
from .schema import TAB_NAMES, TABS, header_for
from .xlsx import XlsxWorkbook

DEFAULT_WORKBOOK = "chat-audit.xlsx"

__all__ = ["DEFAULT_WORKBOOK", "TABS", "TAB_NAMES", "Rows", "Workbook", "XlsxWorkbook", "header_for",
           "is_google_sheet", "open_workbook"]


def is_google_sheet(workbook: str) -> bool:
    """SPEC §2: a path ending in .xlsx is local; a Google Sheets URL or a bare key is Google."""
    text = str(workbook)
    if text.lower().endswith(".xlsx"):
        return False
    if text.startswith(("http://", "https://")):
        return True
    return "/" not in text and os.sep not in text and "." not in text and len(text) >= 20


def open_workbook(workbook: str | os.PathLike[str] = DEFAULT_WORKBOOK, *,
                  credentials: str | os.PathLike[str] | None = None, sheets_config: object = None,
                  lock_timeout: float = 30.0, tenant: str = "default",
                  tab_cache: str | os.PathLike[str] | None = None) -> Workbook:
    """Open the workbook named by ``--workbook``: a local ``.xlsx`` path, a Google Sheets URL/key, or a
    ``postgresql://`` URL with the ``tenant`` (one business of many; SPEC §8). ``tab_cache``: a folder where an
    .xlsx workbook's tabs, once read, are kept as text for the next command (:mod:`.tabcache`).

    >>> wb = open_workbook("chat-audit.xlsx")          # doctest: +SKIP
    >>> wb = open_workbook("https://docs.google.com/spreadsheets/d/KEY/edit",
    ...                    credentials="service-account.json")  # doctest: +SKIP
    >>> wb = open_workbook("postgresql://sb@localhost:5432/agency", tenant="salon-ufa")  # doctest: +SKIP
    """
    text = os.fspath(workbook)
    if text.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresWorkbook

        return PostgresWorkbook(text, tenant, lock_timeout=lock_timeout)
    if is_google_sheet(text):
        from .gsheets import open_google_sheet

        return open_google_sheet(text, credentials, sheets_config)  # type: ignore[arg-type]
    if not text.lower().endswith(".xlsx"):
        raise InputError(
            f"cannot tell what kind of workbook {text!r} is: give a path ending in .xlsx, "
            "a Google Sheets URL (https://docs.google.com/spreadsheets/d/…), or a postgresql:// URL",
            field="--workbook")
    from .tabcache import TabCache

    return XlsxWorkbook(Path(text), lock_timeout=lock_timeout,
                        cache=TabCache(Path(tab_cache)) if tab_cache is not None else None)
