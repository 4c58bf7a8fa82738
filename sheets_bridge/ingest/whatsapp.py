"""WhatsApp "Export chat" files (.txt, or the .zip WhatsApp shares) from Android and iOS, any locale.

The header of a message line is a date, a time and either ``" - "`` (Android) or ``[…] `` (iOS).
Neither carries a time zone, and the date order follows the phone's region, so the order is
detected from the whole file (valid dates, then chronology, then which field changes most — the
day), and an owner can force it with ``date_format`` (e.g. ``%d.%m.%y``).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

from .. import lexicon
from ..errors import InputError
from .base import ParsedChat, decode

HEADER = re.compile(
    r"""^[\u200e\u200f\u202a-\u202e\ufeff]*(?P<br>\[)?
    (?P<a>\d{1,4})(?P<sep>[./-])[ ]?(?P<b>\d{1,2})(?P=sep)[ ]?(?P<c>\d{1,4})\.?,?[ \u00a0]+
    (?P<H>\d{1,2})[:.](?P<M>\d{2})(?:[:.](?P<S>\d{2}))?
    (?:[ \u00a0\u202f]*(?P<ap>[AaPp])\.?[ \u00a0\u202f]?[Mm]\.?)?
    (?(br)\][ \u00a0]?|[ \u00a0]+[-–][ \u00a0]+)
    (?P<rest>.*)$""", re.X)
BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
ORDERS = ("DMY", "MDY", "YMD")


class AmbiguousDateOrder(InputError):
    """Every date of a file fits two orders. Other files of the same export may settle it."""

    def __init__(self, message: str, *, file: str, line: int, separator: str, formats: list[str]) -> None:
        super().__init__(message, file=file, line=line)
        self.separator, self.formats = separator, formats


def markers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(notice, action, placeholder) patterns from ``data/whatsapp_markers.txt``."""
    found = lexicon.load("whatsapp_markers.txt")
    return found["notice"], found["action"], found["placeholder"]


def order_from_format(date_format: str) -> str:
    """'%d.%m.%y' → 'DMY'."""
    positions = {k: date_format.find(d) for k, ds in (("D", ("%d", "%-d")), ("M", ("%m", "%-m")),
                                                      ("Y", ("%Y", "%y")))
                 for d in ds if d in date_format}
    if len(positions) != 3:
        raise InputError(f"{date_format!r} is not a date format like %d.%m.%Y or %m/%d/%y", field="--date-format")
    return "".join(sorted(positions, key=positions.__getitem__))


def _assemble(order: str, a: np.ndarray, b: np.ndarray, c: np.ndarray) -> tuple[np.ndarray, ...]:
    fields = dict(zip(order, (a, b, c), strict=True))
    year = fields["Y"]
    year = np.where(year < 100, year + 2000, year)
    return year, fields["M"], fields["D"]


def _timestamps(order: str, a: np.ndarray, b: np.ndarray, c: np.ndarray, hms: pd.DataFrame) -> pd.Series:
    year, month, day = _assemble(order, a, b, c)
    parts = pd.DataFrame({"year": year, "month": month, "day": day, "hour": hms["hour"], "minute": hms["minute"],
                          "second": hms["second"]})
    bad = (parts["month"] < 1) | (parts["month"] > 12) | (parts["day"] < 1) | (parts["day"] > 31)
    parts.loc[bad, ["month", "day"]] = 1
    ts = pd.to_datetime(parts, errors="coerce")
    ts[bad.to_numpy()] = pd.NaT
    return ts


def detect_order(a: np.ndarray, b: np.ndarray, c: np.ndarray, widths: tuple[int, int], sep: str,
                 hms: pd.DataFrame, path: str, lines: np.ndarray) -> tuple[str, pd.Series]:
    """Pick the date order that fits the whole file; raise when it truly cannot be told."""
    wide_a, wide_c = widths
    candidates = ["YMD"] if wide_a == 4 else (["DMY", "MDY"] if wide_c == 4 else list(ORDERS))
    fitting = []
    for order in candidates:
        ts = _timestamps(order, a, b, c, hms)
        if not ts.isna().any():
            fitting.append((order, ts))
    if not fitting:
        ts = _timestamps(candidates[0], a, b, c, hms)
        first_bad = int(lines[int(np.argmax(ts.isna().to_numpy()))])
        raise InputError("has dates that fit no day/month/year order; pass --date-format (e.g. %d.%m.%y)",
                         file=path, line=first_bad)
    if len(fitting) == 1:
        return fitting[0]

    def score(item: tuple[str, pd.Series]) -> tuple[int, int]:
        order, ts = item
        backwards = int((ts.diff().dt.total_seconds() < 0).sum())
        year, month, day = _assemble(order, a, b, c)
        day_changes = int((np.diff(day) != 0).sum()) - int((np.diff(month) != 0).sum())
        return backwards, -day_changes

    ranked = sorted(fitting, key=score)
    if score(ranked[0]) != score(ranked[1]):
        return ranked[0]
    if sep == "." and any(o == "DMY" for o, _ in fitting):
        return next(item for item in fitting if item[0] == "DMY")  # no locale writes month.day.year
    formats = [_example_format(o, sep, wide_c == 4 or wide_a == 4) for o, _ in ranked[:2]]
    raise AmbiguousDateOrder(f"cannot tell day from month (every date fits both orders); pass --date-format "
                             f"{' or '.join(formats)}", file=path, line=int(lines[0]), separator=sep,
                             formats=formats)


def _example_format(order: str, sep: str, long_year: bool) -> str:
    codes = {"D": "%d", "M": "%m", "Y": "%Y" if long_year else "%y"}
    return sep.join(codes[k] for k in order)


# For whole-text scanning: the author ("Name: ") is split off by the regex itself.
HEADER_M = re.compile(HEADER.pattern.replace("(?P<rest>.*)$", "(?:(?P<author>[^\n]*?):[ ])?(?P<rest>[^\n]*)$"),
                      re.X | re.M)
GROUPS = 11  # br, a, sep, b, c, H, M, S, ap, author, rest


def parse_text(text: str, path: str, *, date_format: str | None = None, chat_key: str | None = None,
               title: str | None = None) -> ParsedChat:
    """Parse the text of a WhatsApp export."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    scan = _scan(text)
    if scan is None:
        if not text.strip():
            raise InputError("is empty: export the chat again", file=path)
        raise InputError("is not a WhatsApp chat export (no line starts with a date and time, like "
                         "'18.03.2022, 14:56 - Name: text'); pass --format if it is another kind of export",
                         file=path, line=1)
    shapes, (a_s, b_s, c_s, hs, ms, ss, aps), seps_wide, authors, rests, tails, lines = scan
    dominant = shapes.most_common(1)[0][0]
    if len(shapes) > 1:
        # A line shaped unlike the rest is a continuation that happens to start with a date: keep only
        # the dominant headers, so such lines stay inside the message before them, exactly as written.
        kept = [m for m in HEADER_M.finditer(text) if _shape(m.groups()) == dominant]
        cols = list(zip(*(m.groups() for m in kept), strict=True))
        a_s, b_s, c_s, hs, ms = (np.asarray(cols[i], dtype=np.int64) for i in (1, 3, 4, 5, 6))
        ss = np.asarray([int(x) if x else 0 for x in cols[7]], dtype=np.int64)
        aps = np.asarray([x in ("P", "p") for x in cols[8]])
        seps_wide = (max(map(len, cols[1])), max(map(len, cols[4])))
        authors, rests = list(cols[9]), list(cols[10])
        bounds = [m.start() for m in kept[1:]] + [len(text)]
        tails = [text[m.end():b] for m, b in zip(kept, bounds, strict=True)]
        lines = np.asarray([text.count("\n", 0, m.start()) + 1 for m in kept], dtype=np.int64)
    a_arr, b_arr, c_arr, hour, minute, second = a_s, b_s, c_s, hs, ms, ss
    if dominant[2]:
        hour = hour % 12 + np.where(aps, 12, 0)
    wide_a, wide_c = seps_wide
    bodies = [r + t.rstrip("\n") if t.strip() else r for r, t in zip(rests, tails, strict=True)]
    del rests, tails
    ios = dominant[0]
    senders, texts, system = _split_all(authors, bodies, ios)
    del bodies, authors

    hms = pd.DataFrame({"hour": hour, "minute": minute, "second": second})
    if date_format:
        order = order_from_format(date_format)
        ts = _timestamps(order, a_arr, b_arr, c_arr, hms)
        if ts.isna().any():
            bad = int(lines[int(np.argmax(ts.isna().to_numpy()))])
            raise InputError(f"date does not fit --date-format {date_format}", file=path, line=bad)
    else:
        order, ts = detect_order(a_arr, b_arr, c_arr, (wide_a, wide_c), dominant[3], hms, path, lines)
    frame = pd.DataFrame({"timestamp": ts.to_numpy(), "sender": senders, "text": texts, "line": lines,
                          "system": system, "native_id": ""})
    frame = frame.sort_values("timestamp", kind="stable").reset_index(drop=True)  # exports are not always in order
    name = Path(path).name
    return ParsedChat(path=path, chat_key=chat_key or _chat_key(name), channel="whatsapp",
                      title=title or _title_from_name(name), frame=frame,
                      notes=[f"date order {order} ({'iOS' if ios else 'Android'} layout)"],
                      date_order=(order, dominant[3]))


CHUNK_CHARS = 1 << 21  # scanned piece by piece: a small working set is much faster on big files


def _scan(text: str) -> tuple[Counter[tuple[bool, bool, bool, str | None]], tuple[np.ndarray, ...],
                              tuple[int, int], list[str], list[str], np.ndarray] | None:
    """Find every header in one C-level ``split`` per chunk; keep numbers as arrays, not strings."""
    shapes: Counter[tuple[bool, bool, bool, str | None]] = Counter()
    numbers: list[list[np.ndarray]] = [[] for _ in range(7)]
    authors: list[str | None] = []
    rests: list[str] = []
    tails: list[str] = []
    line_chunks: list[np.ndarray] = []
    wide_a = wide_c = 0
    line = 1
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos + CHUNK_CHARS)
        end = len(text) if end == -1 else end + 1
        parts = HEADER_M.split(text[pos:end])
        pos = end
        prefix = parts[0]
        if tails:
            tails[-1] += prefix  # the previous chunk's last message goes on here
        line += prefix.count("\n")
        if len(parts) == 1:
            continue
        stride = GROUPS + 1
        brs, a_s, seps, b_s, c_s, hs, ms, ss, aps, chunk_authors, chunk_rests = (parts[1 + k::stride]
                                                                                 for k in range(GROUPS))
        chunk_tails = parts[stride::stride]
        newlines = np.fromiter((t.count("\n") for t in chunk_tails), dtype=np.int64, count=len(chunk_tails))
        line_chunks.append(line + np.concatenate(([0], np.cumsum(newlines)[:-1])))
        line += int(newlines.sum())
        shapes.update(zip([b is not None for b in brs], [x is not None for x in ss],
                          [x is not None for x in aps], seps, strict=True))
        for store, values in zip(numbers, (a_s, b_s, c_s, hs, ms), strict=False):
            store.append(np.fromstring(" ".join(values), dtype=np.int64, sep=" "))
        numbers[5].append(np.asarray([int(x) if x else 0 for x in ss], dtype=np.int64))
        numbers[6].append(np.asarray([x in ("P", "p") for x in aps], dtype=bool))
        wide_a, wide_c = max(wide_a, max(map(len, a_s))), max(wide_c, max(map(len, c_s)))
        authors.extend(chunk_authors)
        rests.extend(chunk_rests)
        tails.extend(chunk_tails)
    if not rests:
        return None
    arrays = tuple(np.concatenate(store) for store in numbers)
    return shapes, arrays, (wide_a, wide_c), authors, rests, tails, np.concatenate(line_chunks)


def _shape(groups: tuple[str | None, ...]) -> tuple[bool, bool, bool, str | None]:
    """bracket?, seconds?, am/pm?, date separator — the layout of one header."""
    return (groups[0] is not None, groups[7] is not None, groups[8] is not None, groups[2])


def _split_all(authors: list[str | None], bodies: list[str], ios: bool
               ) -> tuple[list[str], list[str], list[bool]]:
    """(senders, texts, is_system) for every message: "Name: text", or a notice without a name."""
    notice_re, action_re, placeholder_re = markers()
    system = [a is None for a in authors]  # Android notices have no author
    senders = ["" if a is None else a for a in authors]
    texts = bodies
    # Notices that look authored: iOS puts the chat's name on them and marks them with U+200E; Android
    # group actions may contain ": " ("changed the subject to “Sale: 20%”"). Their "author" writes
    # nothing else, so only rare authors and marked texts need the (slower) pattern checks.
    counts = Counter(senders)
    for i, sender in enumerate(senders):
        body = texts[i]
        if system[i]:
            texts[i] = body.strip(BIDI)
            continue
        marked = body.startswith(("\u200e", "\u200f")) or sender.startswith(("\u200e", "\u200f"))
        if not marked and counts[sender] > 3:
            continue
        sender = senders[i] = sender.strip(BIDI + " ")
        if not ios and action_re.search(sender):
            senders[i], texts[i], system[i] = "", f"{sender}: {body}".strip(BIDI), True
            continue
        clean = body.strip(BIDI)
        if notice_re.search(clean[:300]) or (ios and marked and not placeholder_re.search(clean[:200])):
            system[i], texts[i] = True, clean
        else:
            texts[i] = body.lstrip(BIDI)
    return senders, texts, system


def _title_from_name(name: str) -> str | None:
    stem = re.sub(r"\.(txt|zip)$", "", name, flags=re.I).replace("\u00a0", " ")
    for prefix in (r"WhatsApp Chat with ", r"WhatsApp Chat - ", r"Чат WhatsApp с контактом ", r"Чат WhatsApp с ",
                   r"Chat WhatsApp s uživatelem ", r"Чат WhatsApp з "):
        if stem.startswith(prefix):
            return stem[len(prefix):].strip() or None
    return None


def _chat_key(name: str) -> str:
    return "whatsapp:" + re.sub(r"\.(txt|zip)$", "", name, flags=re.I).replace("\u00a0", " ").strip()


def parse(path: Path, *, date_format: str | None = None) -> ParsedChat:
    """Parse a WhatsApp .txt export, or the .zip WhatsApp makes (its ``_chat.txt`` or one .txt)."""
    if path.suffix.lower() == ".zip":
        try:
            with zipfile.ZipFile(path) as zf:
                names = [n for n in zf.namelist() if n.lower().endswith(".txt") and not n.startswith("__MACOSX")]
                if not names:
                    raise InputError("is a .zip without a chat .txt inside", file=str(path))
                inner = "_chat.txt" if "_chat.txt" in names else names[0]
                data = zf.read(inner)
        except zipfile.BadZipFile as exc:
            raise InputError("is not a readable .zip archive", file=str(path)) from exc
        return parse_text(decode(data, f"{path}!{inner}"), f"{path}!{inner}", date_format=date_format,
                          chat_key=_chat_key(path.name), title=_title_from_name(path.name))
    return parse_text(decode(path.read_bytes(), str(path)), str(path), date_format=date_format)


def sniff(data: bytes) -> bool:
    """Does this look like a WhatsApp export? (a header in the first lines)"""
    head = io.StringIO(data[:4096].decode("utf-8", errors="replace"))
    return any(HEADER.match(line.lstrip("\ufeff")) for line in head.readlines()[:20])
