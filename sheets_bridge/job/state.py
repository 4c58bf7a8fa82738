"""The job's memory between passes: what it last analysed and reported, and which week each channel was sent.

One small JSON file per workbook under the sheets-bridge home (``HOME/job/<hash>.json``, the hash of the workbook's
location and tenant, so no URL or password lands in a file name). Written whole and atomically, mode 0600.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..privacy.files import PRIVATE_FILE, private_folder


def state_path(home: Path, workbook: str, tenant: str = "default") -> Path:
    """Where the job keeps its state for this workbook (and tenant)."""
    if str(workbook).lower().endswith(".xlsx"):  # the same file whatever folder the job is started from
        workbook = str(Path(workbook).expanduser().resolve())
    digest = hashlib.sha256(f"{workbook}\n{tenant}".encode()).hexdigest()[:16]
    return home / "job" / f"{digest}.json"


@dataclass
class JobState:
    """What the last passes did. ``sent`` maps a channel (``email``, ``telegram``) to the send period delivered;
    ``since`` says from when a channel is configured (a period that began before it is not sent: a new job does not
    send at once, a job that was down at the moment catches up); ``progress`` counts the steps of a delivery already
    done in a period (Telegram's chunks), so a retry resumes."""

    workbook: str = ""                     # the location, redacted, for whoever opens the file
    stamp: str = ""                        # a cheap mark of the workbook after the last pass (.xlsx: mtime and size)
    fingerprint: str = ""                  # the data and settings the last analysis was made from
    report_key: str = ""                   # the fingerprint and week of the report files written last
    last_pass_at: str = ""
    sent: dict[str, str] = field(default_factory=dict)
    since: dict[str, str] = field(default_factory=dict)            # channel → when a pass first had it (UTC ISO)
    progress: dict[str, list[Any]] = field(default_factory=dict)   # channel → [period, steps done]
    errors: dict[str, str] = field(default_factory=dict)           # channel → the last failure (no secrets)

    @classmethod
    def load(cls, path: Path) -> JobState:
        """The saved state, or a fresh one when there is none yet."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read the job's state ({exc}); delete the file to start afresh (the next pass "
                             "re-analyses and may send this week's report again)", file=str(path)) from exc
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in names}) if isinstance(raw, dict) else cls()

    def save(self, path: Path) -> None:
        """Replace the file in one step: a crash leaves the old state or the new one, never half of it."""
        private_folder(path.parent)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(dataclasses.asdict(self), out, ensure_ascii=False, indent=1)
            os.chmod(tmp, PRIVATE_FILE)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise

    def done_steps(self, channel: str, period: str) -> int:
        """Steps of ``channel``'s delivery for ``period`` already sent (0 for a new period)."""
        mark = self.progress.get(channel) or ["", 0]
        return int(mark[1]) if mark[0] == period else 0
