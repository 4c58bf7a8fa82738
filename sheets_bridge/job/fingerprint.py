"""Has anything changed since the last pass? A fingerprint of what ``analyze`` reads, on every backend.

The content fingerprint reads ``messages``, ``events`` and ``labels`` through the Workbook interface and hashes
them with the analysis settings, so a new message, an edited one, a purge or a new label all count, on .xlsx,
Google Sheets and PostgreSQL alike. A backend may also have a cheap stamp (``Workbook.revision``: a local .xlsx's
mtime and size): while it matches the one saved after the last pass, the workbook was not written since and nothing
needs reading.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import pandas as pd

from ..workbook import Workbook

INPUT_TABS = ("messages", "events", "labels")


def fingerprint(workbook: Workbook, settings: Iterable[str] = ()) -> str:
    """A hash of every row of the tabs ``analyze`` reads, and of the settings it runs with."""
    digest = hashlib.sha256("\n".join(settings).encode())
    workbook.prefetch(INPUT_TABS)
    for tab in INPUT_TABS:
        frame = workbook.read(tab)
        digest.update(f"\n{tab}:{len(frame)}:{','.join(map(str, frame.columns))}\n".encode())
        if len(frame):
            values = pd.util.hash_pandas_object(frame.astype(str), index=False).to_numpy()
            digest.update(values.tobytes())
    return digest.hexdigest()
