"""Cues in messages: which sections of ``data/tagging_rules.txt`` each message matches, and where.

Fast by construction: texts are lower-cased once (patterns need no IGNORECASE); a section's alternatives that
begin a word are compiled behind one "not inside a word" test, so the engine tries them only at word starts; and
all the client's (or the business's) messages of a batch are joined into one text, so each section costs one
scan for the whole batch instead of one per message.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from .. import lexicon

_SPACES = re.compile(r"\s+")
WORD_START = r"(?=[a-zа-я0-9])(?<![a-zа-я0-9_])"  # the lookahead first lets the engine skip fast
#: sections matched on both sides' messages; the others only on the side their prefix names (c_ / b_)
BOTH = ("time", "positive", "negative", "c_question", "b_price", "c_book")


# A pseudonym token as it reads after lower-casing ("[phone:3fa9c1d2]"): its key-dependent digits are dropped before
# cues and words are read, so tags never depend on the owner's key (hex like "2aed" once matched a price cue).
_TOKEN = re.compile(r"\[([a-z]+):[0-9a-f]+\]")


def normalize(text: str) -> str:
    """Lower case, ``ё`` as ``е``, one line (so ``^`` and ``$`` mean the start and end of the message), pseudonym
    tokens without their digits (``[phone]``)."""
    out = _SPACES.sub(" ", text.lower().replace("ё", "е")).strip()
    return _TOKEN.sub(r"[\1]", out) if "[" in out else out


def split_alternatives(pattern: str) -> list[str]:
    """The top-level ``|`` alternatives of a regular expression."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return [p for p in parts if p]


def _starts_a_word(alternative: str) -> bool:
    head = alternative
    while head.startswith(("(?:", "(")) and not head.startswith(("(?<", "(?=", "(?!")):
        head = head[3:] if head.startswith("(?:") else head[1:]
    head = head.removeprefix(r"\b")
    return bool(head) and (head[0].isalpha() or head.startswith((r"\d", r"\w", "[а-я", "[a-z")))


def _closing(text: str) -> int:
    """Index of the parenthesis closing the one ``text`` starts with (-1 when unbalanced)."""
    depth, i, in_class = 0, 0, False
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    return -1


def _optional(after: str) -> bool:
    """Whether the quantifier at the start of ``after`` lets the item before it match nothing."""
    return after.startswith(("?", "*", "{0", "{,"))


def first_chars(alternative: str) -> set[str] | None:
    """What a match of ``alternative`` can begin with, as character-class pieces (``{"с", "а-я"}``), or None
    when its text does not tell (the caller then tries every word start)."""
    head = alternative.removeprefix(r"\b")
    if not head:
        return None
    if head[0].isalnum():
        return None if _optional(head[1:]) else {re.escape(head[0])}
    if head.startswith(r"\d"):
        return None if _optional(head[2:]) else {"0-9"}
    if head[0] == "[":
        end = head.find("]", 2)
        inside = head[1:end]
        if end < 0 or inside.startswith("^") or "\\" in inside or _optional(head[end + 1:]):
            return None
        return {inside}
    if head[0] == "(" and not head.startswith(("(?<", "(?=", "(?!")):
        end = _closing(head)
        if end < 0 or _optional(head[end + 1:]):
            return None
        found: set[str] = set()
        for option in split_alternatives(head[3 if head.startswith("(?:") else 1:end]):
            chars = first_chars(option)
            if chars is None:
                return None
            found |= chars
        return found
    return None


def compile_section(lines: Sequence[str]) -> re.Pattern[str]:
    """One pattern for a section: word-start alternatives behind a single boundary test that names the letters
    they can begin with (so the engine skips every other position at once), the rest as written."""
    alternatives = [a for line in lines for a in split_alternatives(line)]
    words = [a for a in alternatives if _starts_a_word(a)]
    others = [a for a in alternatives if not _starts_a_word(a)]
    parts = []
    if words:
        starts = [first_chars(a) for a in words]
        known = [s for s in starts if s is not None]
        guard = WORD_START
        if len(known) == len(starts):
            guard = "(?=[" + "".join(sorted(set().union(*known))) + "])" + WORD_START
        parts.append(guard + "(?:" + "|".join(f"(?:{a})" for a in words) + ")")
    parts.extend(f"(?:{a})" for a in others)
    return re.compile("|".join(parts) or r"(?!x)x", re.M)


def load_sections(extra_lexicon: str | Path | None = None) -> dict[str, list[str]]:
    text = resources.files("sheets_bridge").joinpath("data/tagging_rules.txt").read_text(encoding="utf-8")
    sections = lexicon.parse_sections(text)
    if extra_lexicon and Path(extra_lexicon).exists():
        for key, lines in lexicon.parse_sections(Path(extra_lexicon).read_text(encoding="utf-8")).items():
            sections.setdefault(key, []).extend(lines)
    return sections


@dataclass
class Hits:
    """``counts[i, s]``: matches of section ``s`` in message ``i``; ``spans[(i, s)]``: the first match."""

    sections: list[str]
    counts: np.ndarray
    spans: dict[tuple[int, int], tuple[int, int]]
    texts: list[str]  # normalized

    def column(self, section: str) -> int:
        return self.sections.index(section)


class CueMatcher:
    """The cue sections, compiled once (with an owner's extra lines when given)."""

    def __init__(self, extra_lexicon: str | Path | None = None) -> None:
        sections = load_sections(extra_lexicon)
        self.closing = lexicon.load("tagging_rules.txt", str(extra_lexicon) if extra_lexicon else None)["closing"]
        self.patterns = {name: compile_section(lines) for name, lines in sections.items() if name != "closing"}
        self.sections = list(self.patterns)

    def scan(self, texts: Sequence[str], roles: Sequence[str] | None = None) -> Hits:
        """Match every section; with ``roles``, client sections only on clients' messages and business sections
        only on the business's (the ones in ``BOTH`` on all). A text repeated (a bot's menu, an away message)
        is scanned once."""
        normalized = [normalize(t) for t in texts]
        sides = ["all"] * len(normalized) if roles is None else ["c" if r == "client" else "b" for r in roles]
        first: dict[tuple[str, str], int] = {}
        copy_of = [first.setdefault((side, text), i) for i, (side, text) in enumerate(zip(sides, normalized,
                                                                                           strict=True))]
        unique = sorted(set(copy_of))
        counts = np.zeros((len(normalized), len(self.sections)), dtype=np.int16)
        spans: dict[tuple[int, int], tuple[int, int]] = {}
        groups = {"all": unique} if roles is None else {
            "c": [i for i in unique if sides[i] == "c"], "b": [i for i in unique if sides[i] == "b"], "all": unique}
        for side, rows in groups.items():
            if not rows:
                continue
            joined = "\n".join(normalized[i] for i in rows)
            starts = np.cumsum([0] + [len(normalized[i]) + 1 for i in rows[:-1]])
            for s, name in enumerate(self.sections):
                if roles is not None and (side == "all") != (name in BOTH):
                    continue
                if roles is not None and side != "all" and not name.startswith(side + "_"):
                    continue
                self._find(self.patterns[name], joined, starts, np.asarray(rows), s, counts, spans)
        repeats = np.asarray([i for i, k in enumerate(copy_of) if k != i], dtype=np.int64)
        if len(repeats):
            sources = np.asarray([copy_of[i] for i in repeats], dtype=np.int64)
            counts[repeats] = counts[sources]
            by_source: dict[int, list[int]] = {}
            for i, k in zip(repeats.tolist(), sources.tolist(), strict=True):
                by_source.setdefault(k, []).append(i)
            for (row, col), span in list(spans.items()):
                for i in by_source.get(row, ()):
                    spans[(i, col)] = span
        return Hits(self.sections, counts, spans, normalized)

    @staticmethod
    def _find(pattern: re.Pattern[str], joined: str, starts: np.ndarray, rows: np.ndarray, s: int,
              counts: np.ndarray, spans: dict[tuple[int, int], tuple[int, int]]) -> None:
        # a match never spans two messages' separator: start it after a leading newline
        found = [(m.start() + (joined[m.start()] == "\n"), m.end()) for m in pattern.finditer(joined)
                 if m.end() > m.start()]
        if not found:
            return
        at = np.fromiter((a for a, _ in found), dtype=np.int64, count=len(found))
        local = np.searchsorted(starts, at, side="right") - 1
        np.add.at(counts[:, s], rows[local], 1)
        for (a, b), k in zip(found, local.tolist(), strict=True):
            key = (int(rows[k]), s)
            if key not in spans:
                offset = int(starts[k])
                spans[key] = (a - offset, b - offset)
