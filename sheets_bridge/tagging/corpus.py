"""Labelled corpora in the layout of ``shared/corpus/dev``: ``chats/``, ``labels.csv``, ``managers.tsv``.

A corpus folder holds the chats of one business (or several, split by a ``businesses`` map), the
business accounts, and one labels row per conversation (``file, conversation_start, intent, …``), where
``conversation_start`` is the local ``YYYY-MM-DD HH:MM`` of the conversation's first non-system message.
Chats are read by the importer and split by the analysis exactly as ``import`` and ``analyze`` would,
so a tagger is scored on what it sees in production (scrubbed text, roles, conversations).
"""

from __future__ import annotations

import csv
import json
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from ..errors import InputError
from .base import FLAGS, Conversation

LABEL_COLUMNS = ("file", "conversation_start", "intent", "sentiment", *FLAGS, "recommended_action")


@dataclass
class LabelledConversation:
    business: str
    file: str
    start: str                  # local YYYY-MM-DD HH:MM
    conversation: Conversation
    labels: dict[str, str]


@dataclass
class CorpusProblem:
    file: str
    message: str


@dataclass
class Corpus:
    """The labelled conversations of one folder, and whatever did not line up with the labels."""

    folder: Path
    conversations: list[LabelledConversation] = field(default_factory=list)
    problems: list[CorpusProblem] = field(default_factory=list)

    def businesses(self) -> list[str]:
        return list(dict.fromkeys(c.business for c in self.conversations))


def read_meta(folder: Path) -> dict[str, Any]:
    """``business.json`` of a corpus folder (``{"business", "kind", "tz", "lang"}``), or {}."""
    path = folder / "business.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def read_labels(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    if rows and tuple(rows[0]) [: len(LABEL_COLUMNS)] != LABEL_COLUMNS:
        raise InputError(f"header must start with {','.join(LABEL_COLUMNS)}", file=str(path), line=1)
    return rows


def load_corpus(folder: Path, *, tz: str | None = None, business: str | None = None,
                businesses: dict[str, Iterable[str]] | None = None, gap: str = "24h") -> Corpus:
    """Import every chat of ``folder`` and pair each conversation with its labels row.

    ``tz`` (default: ``business.json``'s) is the zone of the chats' clock times and of the labels;
    ``businesses`` maps a business name to its file names when one folder holds several businesses.
    """
    from ..analysis import conversations as cv
    from ..analysis.record import conversation_objects_from_split
    from ..ingest import BusinessAccounts, ImportOptions
    from ..ingest.importer import message_rows, parse_files
    from ..ingest.roles import sender_roles
    from ..privacy import Scrubber
    from ..timeutil import parse_duration, resolve_tz

    folder = Path(folder)
    meta = read_meta(folder)
    zone = resolve_tz(tz or meta.get("tz"))
    name = business or meta.get("business") or folder.name
    owner_of = {f: b for b, files in (businesses or {}).items() for f in files}
    accounts = BusinessAccounts.build(managers_file=folder / "managers.tsv")
    scrubber = Scrubber(secrets.token_bytes(32))
    labels = read_labels(folder / "labels.csv")
    by_file: dict[str, list[dict[str, str]]] = {}
    for row in labels:
        by_file.setdefault(row["file"], []).append(row)
    corpus = Corpus(folder)
    options = ImportOptions(tz=str(zone))
    files = [p for p in sorted((folder / "chats").iterdir()) if p.suffix.lower() in (".txt", ".json", ".zip")]
    try:
        parsed = parse_files(files, options)  # as import does: date orders settled across the files
    except InputError as exc:
        corpus.problems.append(CorpusProblem(str(exc.file or folder), f"does not import: {exc}"))
        return corpus
    for path, chats in parsed:
        frames = [message_rows(c, sender_roles(c, accounts), scrubber, zone) for c in chats]
        msgs = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()
        if msgs.empty:
            corpus.problems.append(CorpusProblem(path.name, "no messages"))
            continue
        split = cv.split(cv.prepare(msgs), pd.Timedelta(parse_duration(gap, "gap")))
        convs = conversation_objects_from_split(split)
        starts = split[split["pos"] == 1]["ts"].dt.tz_convert(zone).dt.strftime("%Y-%m-%d %H:%M").tolist()
        rows = by_file.pop(path.name, [])
        got = [r["conversation_start"] for r in rows]
        if got != starts:
            corpus.problems.append(CorpusProblem(path.name, f"conversations start at {starts}, labels say {got}"))
            continue
        for conv, row, start in zip(convs, rows, starts, strict=True):
            corpus.conversations.append(LabelledConversation(
                owner_of.get(path.name, name), path.name, start, conv,
                {k: str(v).strip() for k, v in row.items() if k not in ("file", "conversation_start")}))
    for file in by_file:
        corpus.problems.append(CorpusProblem(file, "has labels but no chat file"))
    return corpus
