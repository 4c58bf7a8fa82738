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
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np
import pandas as pd

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


@lru_cache(maxsize=1)
def markers() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(notice, action, placeholder) patterns from ``data/whatsapp_markers.txt``."""
    sections: dict[str, list[str]] = {"notice": [], "action": [], "placeholder": []}
    current = None
    text = resources.files("sheets_bridge").joinpath("data/whatsapp_markers.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("[") and line.rstrip().endswith("]") and line.strip()[1:-1] in sections:
            current = line.strip()[1:-1]
            continue
        if current:
            sections[current].append(line.rstrip("\n"))
    return tuple(re.compile("|".join(f"(?:{p})" for p in sections[k]), re.I)  # type: ignore[return-value]
                 for k in ("notice", "action", "placeholder"))


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
    options = " or ".join(_example_format(o, sep, wide_c == 4 or wide_a == 4) for o, _ in ranked[:2])
    raise InputError(f"cannot tell day from month (every date fits both orders); pass --date-format {options}",
                     file=path, line=int(lines[0]))


def _example_format(order: str, sep: str, long_year: bool) -> str:
    codes = {"D": "%d", "M": "%m", "Y": "%Y" if long_year else "%y"}
    return sep.join(codes[k] for k in order)


def parse_text(text: str, path: str, *, date_format: str | None = None, chat_key: str | None = None,
               title: str | None = None) -> ParsedChat:
    """Parse the text of a WhatsApp export."""
    notice_re, action_re, placeholder_re = markers()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    matches: list[tuple[int, re.Match[str]]] = []
    shapes: Counter[tuple[bool, bool, bool, str]] = Counter()
    for i, line in enumerate(lines):
        m = HEADER.match(line)
        if m:
            shape = (m.group("br") is not None, m.group("S") is not None, m.group("ap") is not None, m.group("sep"))
            shapes[shape] += 1
            matches.append((i, m))
    if not matches:
        if not text.strip():
            raise InputError("is empty: export the chat again", file=path)
        raise InputError("is not a WhatsApp chat export (no line starts with a date and time, like "
                         "'18.03.2022, 14:56 - Name: text'); pass --format if it is another kind of export",
                         file=path, line=1)
    dominant = shapes.most_common(1)[0][0]
    header_at: dict[int, re.Match[str]] = {}
    for i, m in matches:
        shape = (m.group("br") is not None, m.group("S") is not None, m.group("ap") is not None, m.group("sep"))
        if shape == dominant:
            header_at[i] = m  # a line shaped otherwise is a continuation that happens to start with a date

    rows_line, rows_a, rows_b, rows_c, rows_h, rows_m, rows_s = [], [], [], [], [], [], []
    senders: list[str] = []
    texts: list[str] = []
    system: list[bool] = []
    wide_a = wide_c = 0
    current: list[str] | None = None
    for i, line in enumerate(lines):
        m = header_at.get(i)
        if m is None:
            if current is not None:
                current.append(line)
            continue
        if current is not None:
            texts.append("\n".join(current))
        a, c = m.group("a"), m.group("c")
        wide_a, wide_c = max(wide_a, len(a)), max(wide_c, len(c))
        rows_line.append(i + 1)
        rows_a.append(int(a))
        rows_b.append(int(m.group("b")))
        rows_c.append(int(c))
        hour = int(m.group("H"))
        ap = (m.group("ap") or "").lower()
        if ap:
            hour = hour % 12 + (12 if ap == "p" else 0)
        rows_h.append(hour)
        rows_m.append(int(m.group("M")))
        rows_s.append(int(m.group("S") or 0))
        sender, body, is_system = _split(m.group("rest"), dominant[0], notice_re, action_re,
                                         placeholder_re)
        senders.append(sender)
        system.append(is_system)
        current = [body]
    if current is not None:
        texts.append("\n".join(current))
    texts = [t.rstrip("\n") for t in texts]

    hms = pd.DataFrame({"hour": rows_h, "minute": rows_m, "second": rows_s})
    a_arr, b_arr, c_arr = (np.asarray(x, dtype=np.int64) for x in (rows_a, rows_b, rows_c))
    line_arr = np.asarray(rows_line, dtype=np.int64)
    if date_format:
        order = order_from_format(date_format)
        ts = _timestamps(order, a_arr, b_arr, c_arr, hms)
        if ts.isna().any():
            bad = int(line_arr[int(np.argmax(ts.isna().to_numpy()))])
            raise InputError(f"date does not fit --date-format {date_format}", file=path, line=bad)
    else:
        order, ts = detect_order(a_arr, b_arr, c_arr, (wide_a, wide_c), dominant[3], hms, path, line_arr)
    frame = pd.DataFrame({"timestamp": ts.to_numpy(), "sender": senders, "text": texts, "line": line_arr,
                          "system": system, "native_id": ""})
    frame = frame.sort_values("timestamp", kind="stable").reset_index(drop=True)  # exports are not always in order
    name = Path(path).name
    return ParsedChat(path=path, chat_key=chat_key or _chat_key(name), channel="whatsapp",
                      title=title or _title_from_name(name), frame=frame,
                      notes=[f"date order {order} ({'iOS' if dominant[0] else 'Android'} layout)"])


def _split(rest: str, ios: bool, notice_re: re.Pattern[str], action_re: re.Pattern[str],
           placeholder_re: re.Pattern[str]) -> tuple[str, str, bool]:
    """(sender, text, is_system) of the text after a header."""
    author, sep, body = rest.partition(": ")
    if not sep or (not ios and action_re.search(author)):
        return "", rest.strip(BIDI), True  # Android notices have no author
    author = author.strip(BIDI + " ")
    clean = body.strip(BIDI)
    if notice_re.search(clean[:300]):
        return author, clean, True  # e.g. the encryption notice, which iOS puts under the chat's name
    if ios and body.startswith(("\u200e", "\u200f")) and not placeholder_re.search(clean[:200]):
        return author, clean, True  # other iOS notices: marked with U+200E, not media or a deletion
    return author, body.lstrip(BIDI), False


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
