"""From export files to scrubbed ``messages`` rows in the workbook (SPEC §3), idempotently."""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError
from ..parallel import in_copy, in_halves
from ..privacy import KnownNames, Scrubber, keyed_hash
from ..privacy.detect import find_introduced_names
from ..timeutil import iso_text, localize, resolve_tz
from ..vocabulary import import_warning
from ..workbook import Workbook
from . import instagram, tabular, telegram, whatsapp
from .base import ParsedChat, load_json
from .roles import BusinessAccounts, infer_business, sender_roles

FORMATS = ("auto", "whatsapp", "telegram", "instagram", "csv")
SUFFIXES = {".txt", ".zip", ".json", ".csv"}


@dataclass
class ImportOptions:
    """How to read the exports (the ``import`` command's flags)."""

    managers: tuple[str, ...] = ()
    bots: tuple[str, ...] = ()
    managers_file: Path | None = None
    tz: str | None = None           # the zone WhatsApp's clock times are in; default: this machine's
    fmt: str = "auto"
    date_format: str | None = None  # WhatsApp date order, e.g. %d.%m.%y
    mapping: dict[str, str] = field(default_factory=dict)  # CSV/JSON columns


@dataclass
class FileSummary:
    path: str
    chats: int = 0
    messages: int = 0
    added: int = 0
    clients: int = 0
    first: str = ""
    last: str = ""
    notes: list[str] = field(default_factory=list)
    channel: str = ""
    label: str = ""  # the file's name as written to the sheet (scrubbed like its messages)
    system: int = 0  # of ``messages``, the system notices
    placeholders: int = 0  # attachments without content, deleted messages… (what the parser recognised)
    unknown: int = 0  # lines that look like WhatsApp's own text in a language it does not know
    warnings: list[str] = field(default_factory=list)  # codes: vocabulary.TEXTS["import_warning"]

    def warning_texts(self, lang: str = "en") -> list[str]:
        """The warnings in the owner's words."""
        return [import_warning(code, lang, n=self.messages, unknown=self.unknown) for code in self.warnings]

    def row(self, imported_at: str) -> dict[str, object]:
        """The file's ``imports`` row."""
        return {"imported_at": imported_at, "file": self.label, "channel": self.channel, "chats": self.chats,
                "messages": self.messages, "added": self.added, "system": self.system,
                "placeholders": self.placeholders, "unknown": self.unknown, "first": self.first, "last": self.last,
                "warnings": ", ".join(self.warnings)}


@dataclass
class ImportResult:
    files: list[FileSummary]
    rows: pd.DataFrame  # every message row built (before de-duplication against the workbook)

    @property
    def added(self) -> int:
        return sum(f.added for f in self.files)


def expand(paths: Iterable[Path]) -> list[Path]:
    """Files given, and the export files inside folders given (sorted)."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES))
        elif p.exists():
            out.append(p)
        else:
            raise InputError("does not exist", file=str(p))
    return out


def parse_file(path: Path, options: ImportOptions) -> list[ParsedChat]:
    """One export file → its chats, by ``options.fmt`` or by looking at the file."""
    try:
        return _parse_file(path, options)
    except RecursionError as exc:
        raise InputError("nests too deeply to be a chat export", file=str(path)) from exc
    except MemoryError as exc:
        raise InputError("is too large to read in this computer's memory; split it or export a shorter period",
                         file=str(path)) from exc
    except (TypeError, AttributeError, KeyError, ValueError, IndexError) as exc:
        # a JSON export with an unexpected shape: say so instead of crashing
        raise InputError(f"has an unexpected structure for a {options.fmt} export ({exc.__class__.__name__}: "
                         f"{exc}); is it the right file?", file=str(path)) from exc


def _parse_file(path: Path, options: ImportOptions) -> list[ParsedChat]:
    fmt = options.fmt
    suffix = path.suffix.lower()
    if fmt == "whatsapp" or (fmt == "auto" and suffix == ".txt"):
        return [whatsapp.parse(path, date_format=options.date_format)]
    if suffix == ".zip":
        if not zipfile.is_zipfile(path):
            raise InputError("is not a readable .zip archive", file=str(path))
        return [whatsapp.parse(path, date_format=options.date_format)]
    if fmt == "csv" or (fmt == "auto" and suffix == ".csv"):
        return tabular.parse(path, options.mapping)
    if suffix == ".json":
        data = load_json(path)
        if fmt in ("auto", "telegram") and telegram.sniff(data):
            return telegram.parse(path, data)
        if fmt in ("auto", "instagram") and instagram.sniff(data):
            siblings = sorted(path.parent.glob("message_*.json")) if path.name.startswith("message_") else [path]
            return [instagram.parse(siblings if path == siblings[0] else [])] if path in siblings[:1] else []
        if options.mapping:
            return tabular.parse(path, options.mapping)
        raise InputError("is JSON but not a Telegram or Instagram/Messenger export; for other JSON pass "
                         "--format csv --map timestamp=…,text=…,sender=…", file=str(path))
    raise InputError(f"cannot import a {suffix or 'file without extension'}; expected .txt/.zip (WhatsApp), .json "
                     "(Telegram, Instagram) or .csv", file=str(path))


ROW_COLUMNS = ["message_id", "chat_id", "channel", "timestamp", "sender_role", "sender", "text", "source"]


def message_rows(chat: ParsedChat, roles: list[str], scrubber: Scrubber, tz: dt.tzinfo) -> pd.DataFrame:
    """The ``messages`` rows of one chat: scrubbed text, tokens for clients, stable ids."""
    return message_rows_of([(chat, roles)], scrubber, tz).drop(columns="_chat")


def message_rows_of(chats: list[tuple[ParsedChat, list[str]]], scrubber: Scrubber, tz: dt.tzinfo) -> pd.DataFrame:
    """The ``messages`` rows of many chats (with ``_chat``, the index of the chat each row came from).

    The work over all rows (times, ISO text) is done once for the batch; per chat only what depends on its own
    people (the names it knows, the client tokens, the ids). Many chats are done in two halves at once
    (:func:`parallel.in_halves`); the forked copy's tokens for the vault are recorded here."""
    return _rows_and_counts(chats, scrubber, tz)[0]


@dataclass(frozen=True)
class _ChatCounts:
    """What a file's ``imports`` row says of one of its chats, counted while its rows are made."""

    messages: int
    system: int
    clients: int  # distinct client tokens
    first: str    # earliest and latest time ("" when none)
    last: str
    label: str    # the file's label as its rows' ``source`` gives it


def _rows_and_counts(chats: list[tuple[ParsedChat, list[str]]], scrubber: Scrubber, tz: dt.tzinfo
                     ) -> tuple[pd.DataFrame, list[_ChatCounts]]:
    """:func:`message_rows_of`, and the counts of each chat with rows (in the order of ``_chat``)."""
    chats = [(c, r) for c, r in chats if len(c)]
    if not chats:
        return pd.DataFrame(columns=[*ROW_COLUMNS, "_chat"]), []
    Half = tuple[dict[str, list], list[_ChatCounts], list[tuple[str, str, str, dt.datetime | None]]]

    def half(part: Sequence[tuple[ParsedChat, list[str]]]) -> list[Half]:
        if not in_copy():
            return [(*_row_columns(part, scrubber, tz), [])]
        with scrubber.recorded() as records:  # (a forked copy must not touch the vault's connection)
            columns, counts = _row_columns(part, scrubber, tz)
        return [(columns, counts, records)]

    columns: dict[str, list] = {name: [] for name in [*ROW_COLUMNS, "_chat"]}
    counts: list[_ChatCounts] = []
    for part_columns, part_counts, records in in_halves(half, chats):
        for name, values in part_columns.items():
            columns[name] += [i + len(counts) for i in values] if name == "_chat" else values
        counts += part_counts
        if scrubber.vault is not None:
            for record in records:
                scrubber.vault.record(*record)
    return pd.DataFrame(columns), counts


def _row_columns(chats: Sequence[tuple[ParsedChat, list[str]]], scrubber: Scrubber, tz: dt.tzinfo
                 ) -> tuple[dict[str, list], list[_ChatCounts]]:
    """:func:`message_rows_of`'s columns for these chats (``_chat`` counted from 0), and each chat's counts."""
    local = _local_times([c.data["timestamp"] for c, _ in chats], tz)
    stamps = iso_text(local).tolist()
    seen = local.dt.to_pydatetime()
    columns: dict[str, list] = {name: [] for name in [*ROW_COLUMNS, "_chat"]}
    tallies: list[_ChatCounts] = []
    at = 0
    for index, (chat, roles) in enumerate(chats):
        n = len(chat)
        own_stamps, own_seen = stamps[at:at + n], seen[at:at + n]
        at += n
        senders_raw, texts_raw = chat.column("sender"), chat.column("text")
        clients = list(dict.fromkeys(s for s, r in zip(senders_raw, roles, strict=True) if r == "client"))
        # names a client introduces ("меня зовут Наталья") are looked for in the whole chat, like display names
        introduced = {f.value.title() for t, r in zip(texts_raw, roles, strict=True) if r == "client"
                      for f in find_introduced_names(t)}
        # the chat's own people: its clients' display names and names they introduce; the chat's title (the file
        # name's contact) only when no client wrote, since a renamed file's title may hold other words ("EN+Media")
        known = KnownNames([*clients, *sorted(introduced), *([chat.title] if chat.title and not clients else [])])
        person = {name: scrubber.person(name, None) for name in clients}
        chat_id = f"{chat.channel}:{keyed_hash(scrubber.key, 'CHAT', chat.chat_key, 12)}"
        natives = [str(v) for v in chat.column("native_id")]
        if all(natives):
            basis = natives
        else:  # occurrence number keeps two identical messages in the same minute apart
            plain = [f"{t}|{s}|{x}" for t, s, x in zip(own_stamps, senders_raw, texts_raw, strict=True)]
            counts: dict[str, int] = {}
            basis = []
            for b in plain:
                k = counts.get(b, 0)
                counts[b] = k + 1
                basis.append(f"{b}|{k}")
        label = file_label(chat, scrubber, known)
        columns["message_id"] += [f"m_{keyed_hash(scrubber.key, 'MSG', f'{chat.chat_key}|{b}', 16)}" for b in basis]
        columns["chat_id"] += [chat_id] * n
        columns["channel"] += [chat.channel] * n
        columns["timestamp"] += own_stamps
        columns["sender_role"] += list(roles)
        columns["sender"] += [person[s] if r == "client" else ("" if r == "system" else s)
                              for s, r in zip(senders_raw, roles, strict=True)]
        columns["text"] += [scrubber.scrub(t, known, w) for t, w in zip(texts_raw, own_seen, strict=True)]
        columns["source"] += [f"{label}:{line}" for line in chat.column("line")]
        columns["_chat"] += [index] * n
        times = [t for t in own_stamps if t]
        tallies.append(_ChatCounts(n, list(roles).count("system"), len(set(person.values())),
                                   min(times, default=""), max(times, default=""), label))
    return columns, tallies


def _local_times(parts: list[pd.Series | np.ndarray], tz: dt.tzinfo) -> pd.Series:
    """The chats' times as one aware series in ``tz``: naive ones (WhatsApp) are ``tz`` wall-clock times, aware ones
    are converted; each kind joined with numpy and localized in one call."""
    naive: list[np.ndarray] = []
    aware: list[np.ndarray] = []
    where: list[tuple[bool, int, int]] = []  # (naive?, start in its kind, length) per chat
    size = {True: 0, False: 0}
    for part in parts:
        if isinstance(part, np.ndarray) and part.dtype.kind == "M":  # naive times as the WhatsApp parser gives them
            is_naive, values = True, part.astype("datetime64[ns]", copy=False)
        else:
            series = pd.Series(part)
            times = series if isinstance(series.dtype, (np.dtype, pd.DatetimeTZDtype)) and series.dtype.kind == "M" \
                else pd.to_datetime(series)
            is_naive = times.dt.tz is None
            values = (times if is_naive else times.dt.tz_convert("UTC").dt.tz_localize(None)
                      ).to_numpy("datetime64[ns]")
        kind = naive if is_naive else aware
        where.append((is_naive, size[is_naive], len(values)))
        size[is_naive] += len(values)
        kind.append(values)
    local = {True: localize(pd.Series(np.concatenate(naive)), tz) if naive else None,
             False: localize(pd.Series(np.concatenate(aware)).dt.tz_localize("UTC"), tz) if aware else None}
    if not aware or not naive:
        return local[bool(naive)]
    pieces = [local[flag].iloc[start:start + n] for flag, start, n in where]  # type: ignore[union-attr]
    return pd.concat(pieces, ignore_index=True)


def file_label(chat: ParsedChat, scrubber: Scrubber, known: KnownNames) -> str:
    """The file name for ``source``, scrubbed by the same rule as the chat's messages (its own people, phones)."""
    return scrubber.scrub(Path(chat.path.split("!")[0]).name, known)


def _settle_date_order(path: Path, exc: whatsapp.AmbiguousDateOrder, chats: list[ParsedChat],
                       options: ImportOptions) -> ParsedChat:
    """A file whose dates fit two orders takes the order the other files with its separator agree on."""
    orders = {c.date_order[0] for c in chats if c.date_order and c.date_order[1] == exc.separator}
    if len(orders) != 1:
        raise exc
    order = orders.pop()
    date_format = next((f for f in exc.formats if whatsapp.order_from_format(f) == order), None)
    if date_format is None:
        raise exc
    chat = whatsapp.parse(path, date_format=date_format)
    chat.notes.append(f"date order taken from the other files ({order})")
    return chat


def parse_files(files: list[Path], options: ImportOptions,
                progress: Callable[[int, int, str], None] | None = None) -> list[tuple[Path, list[ParsedChat]]]:
    """Parse every file; a WhatsApp file whose dates fit two orders takes the order the other files agree on. Many
    files are parsed in two halves at once (:func:`parallel.in_halves`); a file that fails is parsed again in
    order, so the first bad file's error is the one raised."""
    parsed: list[tuple[Path, list[ParsedChat]]] = []
    undecided: list[tuple[int, Path, whatsapp.AmbiguousDateOrder]] = []
    def parse_or_none(paths: Sequence[Path]) -> list[list[ParsedChat] | None]:
        out: list[list[ParsedChat] | None] = []
        for done, path in enumerate(paths):
            if progress and not in_copy():  # (the forked copy doing the second half draws nothing)
                progress(done, len(files), path.name)  # (files done, files in all, the file being read)
            try:
                out.append(parse_file(path, options))
            except Exception:  # noqa: BLE001 — parsed again below, in order, where its error is raised
                out.append(None)
        return out

    for path, chats in zip(files, in_halves(parse_or_none, files), strict=True):
        if chats is None:
            try:
                chats = parse_file(path, options)
            except whatsapp.AmbiguousDateOrder as ambiguous:
                undecided.append((len(parsed), path, ambiguous))
                chats = []
        parsed.append((path, chats))
    for index, path, pending in undecided:
        parsed[index] = (path, [_settle_date_order(path, pending, [c for _, cs in parsed for c in cs], options)])
    if progress:
        progress(len(files), len(files), "")
    return parsed


def _summarize(summaries: list[FileSummary], files: list[int], counts: list[_ChatCounts]) -> None:
    """Each file's messages, system lines, clients (distinct per chat, added up), first and last time, and label
    (its first chat's), from the counts of its chats (``files``: the file of each)."""
    for file, count in zip(files, counts, strict=True):
        summary = summaries[file]
        if not summary.messages:
            summary.label = count.label
        summary.messages += count.messages
        summary.system += count.system
        summary.clients += count.clients
        if count.first and (not summary.first or count.first < summary.first):
            summary.first = count.first
        summary.last = max(summary.last, count.last)


def import_chats(paths: Iterable[Path], workbook: Workbook, scrubber: Scrubber, options: ImportOptions | None = None,
                 progress: Callable[[int, int, str], None] | None = None) -> ImportResult:
    """Parse exports, set roles, scrub, and append new ``messages`` rows (re-importing adds nothing).

    ``progress(done, total, name)`` is called before each file is read and once at the end.
    """
    options = options or ImportOptions()
    if options.fmt not in FORMATS:
        raise InputError(f"--format must be one of {', '.join(FORMATS)}", field="--format")
    tz = resolve_tz(options.tz)
    files = expand(paths)
    if not files:
        raise InputError("no export files found (.txt, .zip, .json, .csv)", field="FILE_OR_DIR")
    parsed = parse_files(files, options, progress)
    all_chats = [c for _, chats in parsed for c in chats]
    accounts = BusinessAccounts.build(options.managers, options.bots, options.managers_file)
    if not accounts and not all(c.has("role") for c in all_chats):
        accounts = infer_business(all_chats)

    batch: list[tuple[ParsedChat, list[str]]] = []
    owner: list[int] = []  # the file index of each chat in the batch
    summaries = []
    for index, (path, chats) in enumerate(parsed):
        summaries.append(FileSummary(path=str(path), chats=len(chats), channel=chats[0].channel if chats else ""))
        for chat in chats:
            roles = sender_roles(chat, accounts)
            summary = summaries[-1]
            summary.notes.extend(chat.notes)
            summary.placeholders += int(chat.stats.get("placeholders", 0))
            summary.unknown += int(chat.stats.get("unknown", 0))
            summary.warnings += [w for w in chat.warnings if w not in summary.warnings]
            if len(chat):
                batch.append((chat, roles))
                owner.append(index)
    built, counts = _rows_and_counts(batch, scrubber, tz)
    built["_file"] = [owner[i] for i in built["_chat"]] if len(built) else []
    _summarize(summaries, owner, counts)  # (every chat in the batch has rows: one count each)
    for summary in summaries:
        if not summary.label:  # a file without messages: its name scrubbed by the general rules
            summary.label = scrubber.scrub(Path(summary.path).name, KnownNames([]))
    scrubber.flush()
    rows = built.drop(columns="_chat")
    imported_at = dt.datetime.now(tz).isoformat(timespec="seconds")
    with workbook.batch():  # ids are read and new rows appended under one lock: two imports cannot both add
        existing = set(workbook.read_column("messages", "message_id"))
        new = rows[~rows["message_id"].isin(existing)].drop_duplicates("message_id")
        if len(new):
            workbook.append("messages", new.drop(columns="_file"))
        added = new.groupby("_file").size()  # counted from the rows written
        for index, summary in enumerate(summaries):
            summary.added = int(added.get(index, 0))
        workbook.append("imports", [summary.row(imported_at) for summary in summaries])
    return ImportResult(files=summaries, rows=rows.drop(columns="_file"))
