"""WhatsApp "Export chat" files (.txt, or the .zip WhatsApp shares) from Android and iOS, any locale.

The header of a message line is a date and a time (in either order, in any script's digits, with the
locale's AM/PM word before or after the time, bidi marks anywhere), then ``" - "`` (Android), ``[…] ``
(iOS), ``": "`` or a space. Neither carries a time zone, and the date order follows the phone's region,
so the order is detected from the whole file (valid dates, then chronology, then which field changes
most — the day), and an owner can force it with ``date_format`` (e.g. ``%d.%m.%y``). Buddhist-era years
(2565 BE) and Japanese eras (R4, H30) are converted. WhatsApp's own texts (placeholders, notices) in every
language it ships are read from ``data/whatsapp_strings.tsv``; owners add regexes in ``whatsapp_markers.txt``.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import compress
from pathlib import Path

import numpy as np

from .. import lexicon
from ..errors import InputError
from .base import ParsedChat, decode, read_zip_member

BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
BIDI_CLASS = "[" + BIDI + "]"
LINE_MARKS = r"[\u200e\u200f\u202a-\u202e\u061c\ufeff]*"  # direction marks and a BOM a header line may start with
INVISIBLE = str.maketrans("", "", BIDI + "\u200c\ufeff")  # removed before comparing with the catalogue
SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})
ORDERS = ("DMY", "MDY", "YMD")
STRINGS_FILE = "whatsapp_strings.tsv"
WHATSAPP_BORN = 2009  # a reading that puts a message before WhatsApp existed is not the phone's
EXPORT_CAP = (39_000, 9_900)  # WhatsApp exports at most ~40,000 messages without media, ~10,000 with media
# kind → what it is. Notices are system rows; placeholders and marks stay their sender's messages.
KINDS = {
    "media": "placeholder", "image": "placeholder", "video": "placeholder", "audio": "placeholder",
    "sticker": "placeholder", "gif": "placeholder", "contact": "placeholder", "document": "placeholder",
    "file_attached": "placeholder", "attached": "placeholder", "deleted": "placeholder", "you_deleted": "placeholder",
    "location": "placeholder", "live_location": "placeholder", "missed_voice_call": "placeholder",
    "missed_video_call": "placeholder", "view_once": "placeholder", "poll": "placeholder", "edited": "mark",
    "encryption": "notice", "security_code": "notice", "group_created": "notice", "group_joined": "notice",
    "group_added": "notice", "group_removed": "notice", "group_left": "notice", "group_admin": "notice",
    "group_settings": "notice", "group_subject": "notice", "group_description": "notice", "group_icon": "notice",
    "group_community": "notice", "message_timer": "notice", "phone_changed": "notice",
    "am": "clock", "pm": "clock",
}
# How a catalogue text is found in a message: the whole text, its start, its end, or anywhere in it.
SUFFIX_KINDS = {"document", "file_attached", "edited"}
PREFIX_KINDS = {"location", "encryption", "poll"}
CONTAINS_KINDS = {"attached"}
# Kinds whose templates start with a name: only trusted on lines WhatsApp marked (iOS U+200E) or without author.
MARKED_ONLY = {k for k, v in KINDS.items() if v == "notice"} - {"encryption", "security_code"}
DIGIT_TABLE = {cp + i: ord("0") + i for cp in (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6,
                                                0x0C66, 0x0CE6, 0x0D66, 0x0E50, 0x0ED0, 0x1040, 0x17E0, 0xFF10)
               for i in range(10)}


class AmbiguousDateOrder(InputError):
    """Every date of a file fits two orders. Other files of the same export may settle it."""

    def __init__(self, message: str, *, file: str, line: int, separator: str, formats: list[str]) -> None:
        super().__init__(message, file=file, line=line)
        self.separator, self.formats = separator, formats


@dataclass(frozen=True)
class Entry:
    """One line of ``whatsapp_strings.tsv``."""

    language: str
    platform: str
    kind: str
    text: str
    source: str


def normalize(text: str) -> str:
    """The form texts are compared in: no bidi marks, plain spaces, case-folded, no closing dot or brackets."""
    text = text.translate(INVISIBLE).translate(SPACES).strip().casefold()
    return text.rstrip(".。").strip("<> ").strip()


@lru_cache(maxsize=1)
def strings() -> tuple[Entry, ...]:
    """Every entry of ``data/whatsapp_strings.tsv`` (comment lines start with ``#``)."""
    raw = resources.files("sheets_bridge").joinpath(f"data/{STRINGS_FILE}").read_text(encoding="utf-8")
    rows = csv.reader((line for line in raw.splitlines() if line and not line.startswith("#")), delimiter="\t",
                      quoting=csv.QUOTE_NONE)
    next(rows)  # the header
    return tuple(Entry(*row) for row in rows if len(row) == 5 and row[2] in KINDS)


def _template(text: str) -> re.Pattern[str]:
    """'{} added you' → ^.+? added you (on normalized text)."""
    parts = [re.escape(normalize_piece(p)) for p in text.split("{}")]
    return re.compile("^" + ".+?".join(parts) + ("$" if not text.endswith("{}") else ""))


def normalize_piece(text: str) -> str:
    return text.translate(INVISIBLE).translate(SPACES).casefold()


@dataclass(frozen=True)
class Catalogue:
    """WhatsApp's texts, indexed for quick look-up: exact texts, starts, ends, fragments and name templates."""

    exact: dict[str, str]
    prefixes: dict[str, str]
    suffixes: dict[str, str]
    fragments: dict[str, str]
    templates: tuple[tuple[re.Pattern[str], str], ...]
    clock: dict[str, bool]  # AM/PM word (case-folded) → is it PM
    # answers already given: chats repeat "<Без медиафайлов>", "ок" and their own away messages
    answered: dict[tuple[str, bool], str | None] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(cls, entries: tuple[Entry, ...]) -> Catalogue:
        exact: dict[str, str] = {}
        prefixes: dict[str, str] = {}
        suffixes: dict[str, str] = {}
        fragments: dict[str, str] = {}
        templates: list[tuple[re.Pattern[str], str]] = []
        clock: dict[str, bool] = {}
        for e in entries:
            if KINDS[e.kind] == "clock":
                clock[e.text.translate(SPACES).casefold()] = e.kind == "pm"
            elif "{}" in e.text:
                templates.append((_template(e.text.rstrip(".")), e.kind))
            elif e.kind in CONTAINS_KINDS:
                fragments[normalize_piece(e.text).strip()] = e.kind
            elif e.kind in PREFIX_KINDS or KINDS[e.kind] == "notice":
                prefixes[normalize_piece(e.text).lstrip()] = e.kind
            elif e.kind in SUFFIX_KINDS:
                suffixes[normalize(e.text)] = e.kind
            else:
                exact[normalize(e.text)] = e.kind
        return cls(exact, prefixes, suffixes, fragments, tuple(templates), clock)

    def kind(self, text: str, *, trusted: bool = True) -> str | None:
        """The kind of WhatsApp text this message is, or None for a person's own words."""
        key = (text, trusted)
        if key in self.answered:
            return self.answered[key]
        if len(self.answered) > 100_000:
            self.answered.clear()
        found = self.answered[key] = self._kind(text, trusted)
        return found

    def _kind(self, text: str, trusted: bool) -> str | None:
        norm = normalize(text)
        if not norm or len(norm) > 600:
            return None
        if norm in self.exact:
            return self.exact[norm]
        if norm.startswith(tuple(self.prefixes)):
            return next(k for p, k in self.prefixes.items() if norm.startswith(p))
        if norm.endswith(tuple(self.suffixes)):
            return next(k for s, k in self.suffixes.items() if norm.endswith(s))
        for fragment, kind in self.fragments.items():
            if fragment in norm:
                return kind
        for pattern, kind in self.templates:
            if (trusted or kind not in MARKED_ONLY) and pattern.match(norm):
                return kind
        return None


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    """The catalogue built from ``data/whatsapp_strings.tsv``."""
    return Catalogue.build(strings())


def markers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(notice, action, placeholder) regexes from ``data/whatsapp_markers.txt`` (owners extend these)."""
    found = lexicon.load("whatsapp_markers.txt")
    return found["notice"], found["action"], found["placeholder"]


def _clock_words() -> str:
    """Every locale's AM/PM word as one alternation (longest first), plus a.m./p.m. in any spelling.

    A look-ahead on the words' first letters lets the usual header (no such word) fail in one step.
    """
    words = sorted(catalogue().clock, key=len, reverse=True)
    firsts = {ch for w in words for ch in (w[0], w[0].upper())} | set("AaPp")
    alternatives = "|".join(re.escape(w).replace("\\ ", "[ \u00a0\u202f]") for w in words)
    return f"(?=[{re.escape(''.join(sorted(firsts)))}])(?i:[ap]\\.?[ \u00a0\u202f]?m\\.?|{alternatives})"


def grammar(*, time_first: bool = False, bidi: bool = False, clock_first: bool = False) -> str:
    """The header regex: date and time (or time and date), an end mark, then "Name: " or a notice.

    ``clock_first``: the AM/PM word stands before the time (午後2:56, 오후 2:56, 下午2:56).
    """
    b = BIDI_CLASS + "*" if bidi else ""
    clock = _clock_words()
    date = (rf"(?P<a>\d{{1,4}}){b}(?P<sep>[./-]){b}[ ]?{b}(?P<b>\d{{1,4}}){b}(?P=sep){b}[ ]?{b}"
            rf"(?P<c>[RH]?\d{{1,4}}(?:[ ]BE)?)\.?")
    hms = r"(?P<H>\d{1,2})[:.](?P<M>\d{2})(?:[:.](?P<S>\d{2}))?"
    if clock_first:
        time = rf"(?:(?P<ap>{clock})[ \u00a0\u202f]?{b})?{hms}\.?"
    else:
        time = rf"{hms}(?:[ ]น\.)?(?:[ \u00a0\u202f]*{b}(?P<ap>{clock}))?\.?"
    word = rf"(?!{clock})[^\W\d_]{{1,4}}\.?,?[ \u00a0]+"  # Finnish "klo", Bulgarian "г.," (not an AM/PM word)
    between = rf"{b}(?:[,،]{b}[ \u00a0]*|[ \u00a0]+){b}"
    if time_first:
        body = rf"{time}{between}{date}"
    else:
        body = rf"{date}{between}(?:{word})?{time}"
    end = r"(?(br)\][ \u00a0]?(?:-[ ])?|(?P<end>[ \u00a0]+[-–][ \u00a0]+|:[ ]|[ ]))"
    return (rf"^{LINE_MARKS}(?P<br>\[)?{b}{body}{b}{end}"
            r"(?:(?P<author>[^\n]*?):(?:[ ]|(?=[.!?]?$)))?(?P<rest>[^\n]*)$")


@lru_cache(maxsize=8)
def header_re(time_first: bool = False, bidi: bool = False, clock_first: bool = False) -> re.Pattern[str]:
    """The compiled grammar of one layout family (multi-line mode: one header per line)."""
    return re.compile(grammar(time_first=time_first, bidi=bidi, clock_first=clock_first), re.M)


def choose_grammar(text: str) -> re.Pattern[str]:
    """The grammar that finds the most headers in the first 64 KiB (the plainest one on a tie: it is fastest).

    Variants for bidi marks and for an AM/PM word before the time are tried only where the text has such
    characters, so a plain file costs two quick looks.
    """
    head = text[: 1 << 16]
    bidi_options = (False, True) if any(ch in head for ch in BIDI) else (False,)
    clock_options = (False, True) if not head.isascii() else (False,)
    # Each grammar matches whole lines, starting as header_starts does: once one finds every such line, no other
    # can find more (and a tie keeps the first), so the rest are not tried.
    most = sum(1 for _ in header_starts(True in clock_options).finditer(head))
    best, found = header_re(), -1
    for time_first in (False, True):
        for bidi in bidi_options:
            for clock_first in clock_options:
                pattern = header_re(time_first, bidi, clock_first)
                count = sum(1 for _ in pattern.finditer(head))
                if count > found:
                    best, found = pattern, count
                if found >= most:
                    return best
    return best


@lru_cache(maxsize=2)
def header_starts(clock: bool) -> re.Pattern[str]:
    """The start of a line any grammar could match (with ``clock``: also the AM/PM word before a time)."""
    first = rf"(?:\d|{_clock_words()})" if clock else r"\d"
    return re.compile(rf"^{LINE_MARKS}\[?{BIDI_CLASS}*{first}", re.M)


CHUNK_CHARS = 1 << 21  # scanned piece by piece: a small working set is much faster on big files
NAMES = ("br", "a", "sep", "b", "c", "H", "M", "S", "ap", "end", "author", "rest")
Shape = tuple[bool, bool, bool, str, str]


@dataclass
class Scan:
    """Every header of a file: numbers as arrays, texts as lists, and what the layouts looked like."""

    numbers: dict[str, np.ndarray]  # a, b, c (years converted), H, M, S, pm
    widths: tuple[int, int, int]
    shapes: Counter[Shape]
    authors: list[str | None]
    rests: list[str]
    tails: list[str]
    lines: np.ndarray


def _columns(pattern: re.Pattern[str], parts: list[str | None]) -> dict[str, list[str | None]]:
    stride = pattern.groups + 1
    return {name: parts[pattern.groupindex[name]::stride] for name in NAMES}


def _convert(columns: dict[str, list[str | None]]) -> tuple[dict[str, np.ndarray], tuple[int, int, int],
                                                             Counter[Shape]]:
    """Numbers of a batch of headers as arrays, the widest date fields, and the headers' shapes."""
    numbers = {k: _numbers(columns[k]) for k in ("a", "b", "H", "M")}
    numbers["S"] = _numbers(columns["S"], optional=True)
    numbers["c"] = _years(columns["c"])
    numbers["pm"] = _pm(columns["ap"]) if _present(columns["ap"]) else np.zeros(len(columns["a"]), dtype=bool)
    widths = (_width(columns["a"]), _width(columns["b"]), _width(columns["c"]))
    shapes = Counter({_shapes({k: v[:1] for k, v in columns.items()})[0]: len(columns["a"])}) if _uniform(columns) \
        else Counter(_shapes(columns))
    return numbers, widths, shapes


def scan(text: str, pattern: re.Pattern[str]) -> Scan | None:
    """Find every header in one C-level ``split`` per chunk; keep numbers as arrays, not strings."""
    batches: list[dict[str, np.ndarray]] = []
    widths, shapes = (0, 0, 0), Counter[Shape]()
    authors: list[str | None] = []
    rests: list[str] = []
    tails: list[str] = []
    line_chunks: list[np.ndarray] = []
    line, pos, stride = 1, 0, pattern.groups + 1
    while pos < len(text):
        end = text.find("\n", pos + CHUNK_CHARS)
        end = len(text) if end == -1 else end + 1
        parts = pattern.split(text[pos:end])
        pos = end
        if tails:
            tails[-1] += parts[0]  # the previous chunk's last message goes on here
        line += parts[0].count("\n")
        if len(parts) == 1:
            continue
        chunk_tails = parts[stride::stride]
        newlines = np.fromiter((t.count("\n") for t in chunk_tails), dtype=np.int64, count=len(chunk_tails))
        line_chunks.append(line + np.concatenate(([0], np.cumsum(newlines)[:-1])))
        line += int(newlines.sum())
        columns = _columns(pattern, parts)
        numbers, chunk_widths, chunk_shapes = _convert(columns)
        batches.append(numbers)
        widths = tuple(max(x, y) for x, y in zip(widths, chunk_widths, strict=True))  # type: ignore[assignment]
        shapes.update(chunk_shapes)
        authors.extend(columns["author"])
        rests.extend(columns["rest"])  # type: ignore[arg-type]
        tails.extend(chunk_tails)
    if not tails:
        return None
    merged = {k: np.concatenate([b[k] for b in batches]) for k in batches[0]}
    return Scan(merged, widths, shapes, authors, rests, tails, np.concatenate(line_chunks))


def _shapes(columns: dict[str, list[str | None]]) -> list[Shape]:
    """bracket?, seconds?, am/pm?, date separator, end mark — the layout of each header."""
    ends = [(e or "").strip() for e in columns["end"]]
    return list(zip([b is not None for b in columns["br"]], [s is not None for s in columns["S"]],
                    [x is not None for x in columns["ap"]],
                    [str(x) for x in columns["sep"]], ends, strict=True))


def _uniform(columns: dict[str, list[str | None]]) -> bool:
    """Are all headers shaped alike? Checked column by column with C-level counts (the usual case)."""
    n = len(columns["rest"])
    if any(_present(columns[k]) not in (0, n) for k in ("br", "S", "ap")):
        return False
    return len(set(columns["sep"])) == 1 and len({(e or "").strip() for e in set(columns["end"])}) == 1


def _keep_dominant(text: str, pattern: re.Pattern[str], found: Scan) -> tuple[Scan, Shape]:
    """Keep only headers shaped like most: a line shaped unlike the rest is a continuation that starts with a date."""
    dominant = found.shapes.most_common(1)[0][0]
    if len(found.shapes) == 1:
        return found, dominant
    kept = [m for m in pattern.finditer(text) if _shapes({k: [m.group(k)] for k in NAMES})[0] == dominant]
    columns = {name: [m.group(name) for m in kept] for name in NAMES}
    numbers, widths, shapes = _convert(columns)
    bounds = [m.start() for m in kept[1:]] + [len(text)]
    tails = [text[m.end():b] for m, b in zip(kept, bounds, strict=True)]
    lines, line, previous = [], 1, 0
    for m in kept:
        line += text.count("\n", previous, m.start())
        previous = m.start()
        lines.append(line)
    return Scan(numbers, widths, shapes, columns["author"], columns["rest"], tails,
                np.asarray(lines, dtype=np.int64)), dominant


def _present(values: list[str | None]) -> int:
    """How many optional fields were there (C-level: ``filter`` drops the Nones)."""
    return len(list(filter(None, values)))


def _numbers(values: list[str | None], *, optional: bool = False) -> np.ndarray:
    """Digits of any script → integers; a missing optional field (no seconds) → 0."""
    if optional and _present(values) < len(values):
        values = [v or "0" for v in values]
    joined = " ".join(values)  # type: ignore[arg-type]
    if not joined.isascii():
        joined = joined.translate(DIGIT_TABLE)
        if not joined.isascii():
            return np.asarray([int(v) for v in joined.split(" ")], dtype=np.int64)
    return np.fromstring(joined, dtype=np.int64, sep=" ")


def _years(values: list[str | None]) -> np.ndarray:
    """The third date field; Japanese eras (R4 = 2022, H30 = 2018) and Buddhist years (2565 BE) converted."""
    joined = " ".join(values)  # type: ignore[arg-type]
    if not ("R" in joined or "H" in joined or "B" in joined):
        return _numbers(values)
    return np.asarray([_year(v or "0") for v in values], dtype=np.int64)


def _year(value: str) -> int:
    value = value.translate(DIGIT_TABLE).strip()
    if value.endswith("BE"):
        return int(value[:-2]) - 543
    if value[:1] in ("R", "H"):
        return (2018 if value[0] == "R" else 1988) + int(value[1:])
    return int(value)


def _pm(words: list[str | None]) -> np.ndarray:
    """True where the header's AM/PM word means afternoon."""
    clock = catalogue().clock
    return np.asarray([_is_pm(w or "", clock) for w in words], dtype=bool)


def _is_pm(word: str, clock: dict[str, bool]) -> bool:
    folded = word.translate(SPACES).casefold()
    if folded in clock:
        return clock[folded]
    return folded.startswith("p")


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
    year = np.where(year < 100, year + 2000, np.where(year > 2400, year - 543, year))  # Thai phones: Buddhist era
    return year, fields["M"], fields["D"]


Times = np.ndarray  # datetime64[us], NaT where the fields make no time
Clock = dict[str, np.ndarray]  # "hour", "minute", "second"


def _timestamps(order: str, a: np.ndarray, b: np.ndarray, c: np.ndarray, hms: Clock) -> Times:
    """The times the fields give in this day/month/year order; NaT where they make no date (a 13th month, a 30th
    of February). Plain numpy: this runs a few times per file."""
    year, month, day = (np.asarray(v, dtype=np.int64) for v in _assemble(order, a, b, c))
    hour, minute, second = (np.asarray(hms[k], dtype=np.int64) for k in ("hour", "minute", "second"))
    bad = ((month < 1) | (month > 12) | (day < 1) | (day > 31) | (hour > 23) | (minute > 59) | (second > 59)
           | (year < 1) | (year > 9999))
    months = np.where(bad, 0, (year - 1970) * 12 + month - 1).astype("datetime64[M]")
    date = months.astype("datetime64[D]") + np.where(bad, 0, day - 1).astype("timedelta64[D]")
    bad |= date.astype("datetime64[M]") != months  # the 31st of a 30-day month rolled over
    stamp = (date.astype("datetime64[s]") + (hour * 3600 + minute * 60 + second).astype("timedelta64[s]"))
    stamp = stamp.astype("datetime64[us]")
    stamp[bad] = np.datetime64("NaT")
    return stamp


def _candidates(widths: tuple[int, int, int]) -> list[str]:
    """Orders a file's field widths allow: a 4-digit year fixes where the year is."""
    wide_a, wide_b, wide_c = widths
    if wide_a == 4:
        return ["YMD", "YDM"]
    if wide_c == 4:
        return ["DMY", "MDY"]
    if wide_b == 4:
        return ["MYD", "DYM"]
    return list(ORDERS)


def detect_order(a: np.ndarray, b: np.ndarray, c: np.ndarray, widths: tuple[int, int, int], sep: str,
                 hms: Clock, path: str, lines: np.ndarray) -> tuple[str, Times, bool]:
    """(order, timestamps, decided): the order that fits the whole file. Asks only when the readings that fit
    give different times; when they all give the same times, any is taken and ``decided`` is False."""
    candidates = _candidates(widths)
    fitting = [(order, ts) for order in candidates
               if not np.isnat(ts := _timestamps(order, a, b, c, hms)).any()]
    born = np.datetime64(f"{WHATSAPP_BORN}-01-01")
    plausible = [(order, ts) for order, ts in fitting if ts.min() >= born]
    fitting = plausible or fitting
    if not fitting:
        ts = _timestamps(candidates[0], a, b, c, hms)
        first_bad = int(lines[int(np.argmax(np.isnat(ts)))])
        raise InputError("has dates that fit no day/month/year order; pass --date-format (e.g. %d.%m.%y)",
                         file=path, line=first_bad)
    if len(fitting) == 1:
        return (*fitting[0], True)
    if all(np.array_equal(ts, fitting[0][1]) for _, ts in fitting[1:]):
        return (*_preferred(fitting, sep), False)  # every reading gives the same times: nothing to decide

    def score(item: tuple[str, Times]) -> tuple[int, int]:
        order, ts = item
        backwards = int((np.diff(ts) < np.timedelta64(0, "us")).sum())
        year, month, day = _assemble(order, a, b, c)
        day_changes = int((np.diff(day) != 0).sum()) - int((np.diff(month) != 0).sum())
        return backwards, -day_changes

    ranked = sorted(fitting, key=score)
    tied = [item for item in ranked if score(item) == score(ranked[0])]
    tied = _distinct(tied)
    if len(tied) == 1:
        return (*tied[0], True)
    rare = [item for item in tied if item[0] in ("YDM", "MYD", "DYM")]
    if rare and len(rare) < len(tied):
        return (*_preferred([item for item in tied if item not in rare], sep), True)  # year-day-month is rare
    if sep == "." and any(o == "DMY" for o, _ in tied):
        return (*next(item for item in tied if item[0] == "DMY"), True)  # no locale writes month.day.year
    formats = [_example_format(o, sep, 4 in widths) for o, _ in tied[:2]]
    raise AmbiguousDateOrder(f"cannot tell day from month (every date fits both orders); pass --date-format "
                             f"{' or '.join(formats)}", file=path, line=int(lines[0]), separator=sep,
                             formats=formats)


def _distinct(readings: list[tuple[str, Times]]) -> list[tuple[str, Times]]:
    """One reading per distinct set of times (orders that agree on every date are the same answer)."""
    out: list[tuple[str, Times]] = []
    for order, ts in readings:
        same = next((i for i, (_, other) in enumerate(out) if np.array_equal(other, ts)), None)
        if same is None:
            out.append((order, ts))
        elif order == _preferred([out[same], (order, ts)], "")[0]:
            out[same] = (order, ts)
    return out


def _preferred(fitting: list[tuple[str, Times]], sep: str) -> tuple[str, Times]:
    """Among readings that agree: day first for dotted dates, else the most common order."""
    rank = {"DMY": 0 if sep == "." else 1, "MDY": 1 if sep == "." else 0, "YMD": 2}
    return min(fitting, key=lambda item: rank.get(item[0], 9))


def _example_format(order: str, sep: str, long_year: bool) -> str:
    codes = {"D": "%d", "M": "%m", "Y": "%Y" if long_year else "%y"}
    return sep.join(codes[k] for k in order)


def parse_text(text: str, path: str, *, date_format: str | None = None, chat_key: str | None = None,
               title: str | None = None) -> ParsedChat:
    """Parse the text of a WhatsApp export."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    pattern = choose_grammar(text)
    found = scan(text, pattern)
    if found is None:
        if not text.strip():
            raise InputError("is empty: export the chat again", file=path)
        raise InputError("is not a WhatsApp chat export (no line starts with a date and time, like "
                         "'18.03.2022, 14:56 - Name: text'); pass --format if it is another kind of export",
                         file=path, line=1)
    found, dominant = _keep_dominant(text, pattern, found)
    nums, lines, widths, authors = found.numbers, found.lines, found.widths, found.authors
    a_arr, b_arr, c_arr = nums["a"], nums["b"], nums["c"]
    hour, minute, second = nums["H"], nums["M"], nums["S"]
    if dominant[2]:
        hour = np.where(hour > 12, hour, hour % 12 + np.where(nums["pm"], 12, 0))
    bodies = [r + t.rstrip("\n") if t.strip() else r for r, t in zip(found.rests, found.tails, strict=True)]
    del found
    ios = dominant[0]
    senders, texts, system, kinds = _split_all(authors, bodies, ios)
    del bodies

    hms: Clock = {"hour": hour, "minute": minute, "second": second}
    decided = True
    if date_format:
        order = order_from_format(date_format)
        ts = _timestamps(order, a_arr, b_arr, c_arr, hms)
        if np.isnat(ts).any():
            bad = int(lines[int(np.argmax(np.isnat(ts)))])
            raise InputError(f"date does not fit --date-format {date_format}", file=path, line=bad)
    else:
        order, ts, decided = detect_order(a_arr, b_arr, c_arr, widths, dominant[3], hms, path, lines)
    order_in_time = np.argsort(ts, kind="stable")  # exports are not always in order
    if (order_in_time[1:] > order_in_time[:-1]).all():
        columns = {"timestamp": ts, "sender": senders, "text": texts, "line": lines.tolist(), "system": system,
                   "native_id": [""] * len(texts)}
    else:
        columns = {"timestamp": ts[order_in_time], "sender": [senders[i] for i in order_in_time],
                   "text": [texts[i] for i in order_in_time], "line": np.asarray(lines)[order_in_time].tolist(),
                   "system": [system[i] for i in order_in_time], "native_id": [""] * len(texts)}
    name = Path(path).name
    stats = _stats(texts, system, kinds)
    layout = "iOS" if ios else "Android"
    note = f"date order {order} ({layout} layout)" if decided else \
        f"date order {order} ({layout} layout; every date reads the same in any order)"
    return ParsedChat(path=path, chat_key=chat_key or _chat_key(name), channel="whatsapp",
                      title=title or _title_from_name(name), data=columns, notes=[note],
                      date_order=(order, dominant[3]) if decided else None, stats=stats,
                      warnings=_warnings(stats))


def _split_all(authors: list[str | None], bodies: list[str], ios: bool
               ) -> tuple[list[str], list[str], list[bool], dict[str, int]]:
    """(senders, texts, is_system, kinds seen) for every message: "Name: text", or a notice without a name.

    Only a line that matches a known notice is a system row; an unknown WhatsApp-looking text (an iOS line
    marked with U+200E in a language the catalogue lacks) stays its sender's message, counted as "unknown".
    """
    notice_re, action_re, _ = markers()
    book = catalogue()
    system = [a is None for a in authors]  # Android notices have no author
    senders = ["" if a is None else a for a in authors]
    texts = bodies
    kinds: Counter[str] = Counter()
    # Notices that look authored: iOS puts the chat's name on them and marks them with U+200E; Android
    # group actions may contain ": " ("changed the subject to “Sale: 20%”"). Their "author" writes
    # nothing else, so only rare authors and marked texts need the (slower) checks.
    counts = Counter(senders)
    for i, sender in enumerate(senders):
        body = texts[i]
        if system[i]:
            texts[i] = body.strip(BIDI)
            kinds[book.kind(texts[i]) or "notice"] += 1
            continue
        marked = body.startswith(("\u200e", "\u200f")) or sender.startswith(("\u200e", "\u200f"))
        if not marked and counts[sender] > 3:
            continue
        sender = senders[i] = sender.strip(BIDI + " ")
        if not ios and action_re.search(sender):
            senders[i], texts[i], system[i] = "", f"{sender}: {body}".strip(BIDI), True
            kinds["notice"] += 1
            continue
        clean = body.strip(BIDI)
        kind = book.kind(clean, trusted=marked)
        if KINDS.get(kind or "") == "notice" or (kind is None and notice_re.search(clean[:300])):
            system[i], texts[i] = True, clean
            kinds[kind or "notice"] += 1
        else:
            texts[i] = body.lstrip(BIDI)
            if marked and kind is None:
                kinds["unknown"] += 1
    return senders, texts, system, dict(kinds)


def _stats(texts: list[str], system: list[bool], seen: dict[str, int]) -> dict[str, int]:
    """Counts for the import summary: messages, system notices, placeholders by kind, unknown-looking lines."""
    people = Counter(compress(texts, [not s for s in system]))
    book = catalogue()
    kinds: Counter[str] = Counter()
    for text, n in people.items():
        if len(text) <= 300 and (kind := book.kind(text, trusted=False)) and KINDS[kind] == "placeholder":
            kinds[kind] += n
    stats = {"messages": sum(people.values()), "system": sum(system),
             "placeholders": int(sum(kinds.values())), "unknown": int(seen.get("unknown", 0))}
    stats.update({f"placeholder:{k}": v for k, v in sorted(kinds.items())})
    return stats


def _warnings(stats: dict[str, int]) -> list[str]:
    """What the owner should know about the file, as codes (``vocabulary.TEXTS["import_warning"]``): an export cut
    at WhatsApp's limit (``export_cap``, ``export_cap_media``), many unknown lines (``unknown_lines``)."""
    out = []
    with_media = stats.get("placeholder:attached", 0) + stats.get("placeholder:file_attached", 0) > 0
    total = stats["messages"] + stats["system"]
    if total >= EXPORT_CAP[1 if with_media else 0]:
        out.append("export_cap_media" if with_media else "export_cap")
    if stats["unknown"] >= max(5, stats["messages"] // 20):
        out.append("unknown_lines")
    return out


def _width(values: list[str | None]) -> int:
    """Digits in the widest value (an era or Buddhist year counts as a 4-digit year)."""
    widest = max(map(len, values), default=0)  # type: ignore[arg-type]
    return 4 if widest >= 4 or not "".join(values).isdigit() else widest  # type: ignore[arg-type]


def _title_from_name(name: str) -> str | None:
    stem = re.sub(r"\.(txt|zip)$", "", name, flags=re.I).replace("\u00a0", " ")
    for prefix in (r"WhatsApp Chat with ", r"WhatsApp Chat - ", r"Чат WhatsApp с контактом ", r"Чат WhatsApp с ",
                   r"Chat WhatsApp s uživatelem ", r"Чат WhatsApp з "):
        if stem.startswith(prefix):
            return stem[len(prefix):].strip() or None
    return None


def _chat_key(name: str) -> str:
    return "whatsapp:" + re.sub(r"\.(txt|zip)$", "", name, flags=re.I).replace("\u00a0", " ").strip()


def _chat_member(names: list[str]) -> str | None:
    """The chat inside WhatsApp's .zip: its ``_chat.txt``, else its one .txt."""
    texts = [n for n in names if n.lower().endswith(".txt") and not n.startswith("__MACOSX")]
    return "_chat.txt" if "_chat.txt" in texts else (texts[0] if texts else None)


def parse(path: Path, *, date_format: str | None = None) -> ParsedChat:
    """Parse a WhatsApp .txt export, or the .zip WhatsApp makes (its ``_chat.txt`` or one .txt)."""
    if path.suffix.lower() == ".zip":
        inner, data = read_zip_member(path, _chat_member)
        return parse_text(decode(data, f"{path}!{inner}"), f"{path}!{inner}", date_format=date_format,
                          chat_key=_chat_key(path.name), title=_title_from_name(path.name))
    return parse_text(decode(path.read_bytes(), str(path)), str(path), date_format=date_format)


def sniff(data: bytes) -> bool:
    """Does this look like a WhatsApp export? (a header in the first lines)"""
    head = "".join(io.StringIO(data[:4096].decode("utf-8", errors="replace")).readlines()[:20]).lstrip("\ufeff")
    return any(header_re(t, b, c).search(head) for t in (False, True) for b in (False, True) for c in (False, True))
