"""Cues in messages: which sections of ``data/tagging_rules.txt`` each message matches, and where.

Fast by construction: texts are lower-cased once (patterns need no IGNORECASE); a section's alternatives that
begin a word are grouped by their first letter, each group behind that literal letter and a "not inside a word"
look back, so the engine skips every other position at C speed (:func:`compile_section`); and
all the client's (or the business's) messages of a batch are joined into one text, so each section costs one
scan for the whole batch instead of one per message.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from .. import lexicon

_SPACES = re.compile(r"\s+")
WORD_START = r"(?=[a-zа-я0-9])(?<![a-zа-я0-9_])"  # the lookahead first lets the engine skip fast
#: the sides whose messages a section is matched on ("c" the client's, "b" the business's), where its prefix (c_ /
#: b_) does not tell: what the features read (``features.CLIENT_SECTIONS``, ``BUSINESS_SECTIONS``). A section with
#: neither a prefix nor an entry here is matched only when ``scan`` is given no roles.
SIDES = {"time": "cb", "c_question": "cb", "b_price": "cb", "c_book": "cb", "positive": "c", "negative": "c"}


def sides_of(section: str) -> str:
    """"c", "b", "cb" or "" (see :data:`SIDES`)."""
    return SIDES.get(section) or (section[0] if section[:2] in ("c_", "b_") else "")


# A pseudonym token as it reads after lower-casing ("[phone:3fa9c1d2]"): its key-dependent digits are dropped before
# cues and words are read, so tags never depend on the owner's key (hex like "2aed" once matched a price cue).
_TOKEN = re.compile(r"\[([a-z]+):[0-9a-f]+\]")


def normalize(text: str) -> str:
    """Lower case, ``ё`` as ``е``, one line (so ``^`` and ``$`` mean the start and end of the message), pseudonym
    tokens without their digits (``[phone]``)."""
    out = _SPACES.sub(" ", text.lower().replace("ё", "е")).strip()
    return _TOKEN.sub(r"[\1]", out) if "[" in out else out


def split_alternatives(pattern: str, *, keep_empty: bool = False) -> list[str]:
    """The top-level ``|`` alternatives of a regular expression (empty ones left out unless ``keep_empty``)."""
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
    return parts if keep_empty else [p for p in parts if p]


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


class _NotFactorable(ValueError):
    """An alternative whose first character cannot be read off its text (the section keeps the guarded form)."""


_WORD_CHAR = re.compile(r"[a-zа-я0-9]")
_SPECIAL = set(".^$*+?{}[]\\|()")
_QUANTIFIERS = ("?", "*", "+", "{")


def _class_chars(inside: str) -> list[str]:
    """The characters of a plain character class's inside (``ау``, ``а-я``)."""
    out, i = [], 0
    while i < len(inside):
        if inside[i] == "\\":
            raise _NotFactorable(inside)
        if i + 2 < len(inside) and inside[i + 1] == "-":
            out += [chr(k) for k in range(ord(inside[i]), ord(inside[i + 2]) + 1)]
            i += 3
        else:
            out.append(inside[i])
            i += 1
    return out


def by_first_char(alternative: str) -> list[tuple[str, str]]:
    r"""The alternative as (first character, what must follow it) pairs, one per character it can begin with, in
    the order its own options come (``(?:цен|сколько)а`` → ``[("ц", "(?:(?:ен))а"), ("с", "(?:(?:колько))а")]``;
    ``(?:вы )?X`` → the pairs of ``(?:вы )X``, then those of ``X``; ``\d{1,2}X`` → each digit, then ``\d{0,1}X``).
    Raises :class:`_NotFactorable` when the text does not tell (a lazy quantifier, a lookaround, an escape)."""
    if alternative.startswith(r"\b"):  # a word boundary before a word character: the character before is no \w
        return [(c, r"(?<!\w.)" + rest) for c, rest in by_first_char(alternative[2:])]
    pairs, atom, after = _atom(alternative)
    if after[:1] not in _QUANTIFIERS or not after:
        return [(c, rest + after) for c, rest in pairs]
    quantifier = re.match(r"\?|\*|\+|\{(\d*)(,?)(\d*)\}", after)
    if quantifier is None or after[quantifier.end():quantifier.end() + 1] in ("?", "+"):
        raise _NotFactorable(alternative)  # a lazy or possessive quantifier, or a brace that is no quantifier
    q, tail = quantifier.group(0), after[quantifier.end():]
    if q == "?":
        return by_first_char(atom + tail) + by_first_char(tail) if tail else _raise(alternative)
    if q == "*":
        return by_first_char(atom + "+" + tail) + by_first_char(tail) if tail else _raise(alternative)
    if q == "+":
        low, high = 1, ""
    else:
        low = int(quantifier.group(1) or 0)
        high = quantifier.group(3) if quantifier.group(2) else quantifier.group(1)
    if low == 0:
        upto = "{1," + high + "}" if high else "+"
        return by_first_char(atom + upto + tail) + by_first_char(tail) if tail and high != "0" else \
            _raise(alternative)
    more = "{" + f"{low - 1},{'' if not high else int(high) - 1}" + "}"
    repeated = f"(?:{atom})" if atom.startswith("(") else atom  # one character: the engine's fast repeat
    return [(c, rest + repeated + more + tail) for c, rest in pairs]


def _raise(alternative: str) -> list[tuple[str, str]]:
    raise _NotFactorable(alternative)  # it may match nothing: no first character


def _atom(head: str) -> tuple[list[tuple[str, str]], str, str]:
    """The first item of a pattern: its (first character, rest of the item) pairs, its text, what follows it."""
    if not head:
        raise _NotFactorable(head)
    if head[0] not in _SPECIAL:  # a literal: a letter, a digit, "€", "😊", a space
        return [(head[0], "")], head[0], head[1:]
    if head[0] == "\\" and len(head) > 1 and not head[1].isalnum() and not head[1].isspace():  # "\$", "\?", "\("
        return [(head[1], "")], head[:2], head[2:]
    if head.startswith(r"\d"):  # (a \w head would make one branch per letter: measured slower than the guard)
        return [(str(d), "") for d in range(10)], head[:2], head[2:]
    if head[0] == "[":
        end = head.find("]", 2)
        inside = head[1:end]
        if end < 0 or inside.startswith("^"):
            raise _NotFactorable(head)
        return [(c, "") for c in dict.fromkeys(_class_chars(inside))], head[:end + 1], head[end + 1:]
    if head[0] == "(" and (head.startswith("(?:") or not head.startswith("(?")):
        end = _closing(head)
        if end < 0:
            raise _NotFactorable(head)
        inner = head[3 if head.startswith("(?:") else 1:end]
        options = split_alternatives(inner, keep_empty=True)
        if not all(options):
            raise _NotFactorable(head)  # an empty option: the group may match nothing
        grouped: dict[str, list[str]] = {}
        for option in options:
            for c, rest in by_first_char(option):
                grouped.setdefault(c, []).append(rest)
        pairs = [(c, "(?:" + "|".join(f"(?:{r})" for r in rests) + ")") for c, rests in grouped.items()]
        return pairs, "(?:" + inner + ")", head[end + 1:]
    raise _NotFactorable(head)


def _factored(words: Sequence[str]) -> str | None:
    """Word-start alternatives regrouped by their first character, each group behind that one literal character
    and a look back at the character before it. A pattern whose every branch begins with a literal lets the regex
    engine skip, in C, every position holding none of those characters (a look-ahead guard is tried at every
    position). The same matches: at a position only the alternatives that can begin with its character can match,
    and they keep their order. None when some alternative's first character cannot be read off."""
    grouped: dict[str, list[str]] = {}
    try:
        for alternative in words:
            for c, rest in by_first_char(alternative):
                if not _WORD_CHAR.fullmatch(c):
                    return None  # the guard admits [a-zа-я0-9] only
                grouped.setdefault(c, []).append(rest)
    except _NotFactorable:
        return None
    return "|".join(f"{re.escape(c)}(?<![a-zа-я0-9_]{re.escape(c)})(?:" + "|".join(f"(?:{r})" for r in rests) + ")"
                    for c, rests in grouped.items())


class Halves:
    r"""A section searched as two patterns: ``fast``, its branches that begin with a literal (the engine skips to
    the positions holding one), and ``rest``, the few that cannot (``^да$``, ``(?:^|\s)буду``), which would make
    the engine try the whole section at every position. Where either half finds a match first, the ``whole``
    pattern says what matches there, so the matches are the whole pattern's own, in its order."""

    def __init__(self, whole: re.Pattern[str], fast: re.Pattern[str], rest: re.Pattern[str]) -> None:
        self.whole, self.fast, self.rest = whole, fast, rest
        self.pattern = whole.pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        ahead = [self.fast.search(text), self.rest.search(text)]
        while ahead[0] or ahead[1]:
            start = min(m.start() for m in ahead if m)
            found = self.whole.match(text, start)
            assert found is not None  # one of its branches matches there
            if found.end() == start:  # an empty match: the engine's own rules for what may follow it
                yield from self.whole.finditer(text, pos)
                return
            yield found
            pos = found.end()
            ahead = [m if m is None or m.start() >= pos else half.search(text, pos)
                     for m, half in zip(ahead, (self.fast, self.rest), strict=True)]


Section = re.Pattern[str] | Halves


def compile_section(lines: Sequence[str], *, grouped: bool = True) -> Section:
    """One pattern for a section: word-start alternatives grouped by first character (:func:`_factored`; not with
    ``grouped=False``), or else behind a single boundary test that names the letters they can begin with; the rest
    as written, each split by its first character where it can be (:func:`_literal_headed`). When a few of the
    rest cannot, the section is searched as :class:`Halves`. Both forms find the same matches."""
    alternatives = [a for line in lines for a in split_alternatives(line)]
    words = [a for a in alternatives if _starts_a_word(a)]
    others = [a for a in alternatives if not _starts_a_word(a)]
    parts = []
    # alternatives that are not word starts but begin with a word boundary (``\b(?:в|на) \d``) join the grouped
    # ones while they lead the rest: at a position they are tried right after the word starts, as before
    moved = 0
    while grouped and moved < len(others) and others[moved].startswith(r"\b(") and _factored(others[moved:moved + 1]):
        moved += 1
    factored = _factored(words + others[:moved]) if grouped and (words or moved) else None
    if factored:
        parts.append(factored)
        others = others[moved:]
    elif words:
        guard = WORD_START
        try:  # the letters they can begin with, when every one tells
            letters = {re.escape(c) for a in words for c, _ in by_first_char(a)}
            guard = "(?=[" + "".join(sorted(letters)) + "])" + WORD_START
        except _NotFactorable:
            pass
        parts.append(guard + "(?:" + "|".join(f"(?:{a})" for a in words) + ")")
    heads = [_literal_headed(a) if grouped else None for a in others]
    parts.extend(h or f"(?:{a})" for h, a in zip(heads, others, strict=True))
    whole = re.compile("|".join(parts) or r"(?!x)x", re.M)
    fast = ([factored] if factored else []) + [h for h in heads if h]
    rest = [f"(?:{a})" for h, a in zip(heads, others, strict=True) if not h]
    if grouped and (factored or not words) and fast and rest:
        return Halves(whole, re.compile("|".join(fast), re.M), re.compile("|".join(rest), re.M))
    return whole


def _literal_headed(alternative: str) -> str | None:
    r"""An alternative that is no word start as one branch per character it can begin with (``(?:\$|€)\s?\d`` →
    ``\$(?:(?:\s?\d))|€(?:(?:\s?\d))``): when every branch of a pattern begins with a literal, the engine skips
    the positions holding none of them. The same matches: the branches begin with different characters and keep
    their order. None when its first character cannot be read off (``^да``, ``(?<!\w)ok``)."""
    try:
        pairs = by_first_char(alternative)
    except _NotFactorable:
        return None
    grouped: dict[str, list[str]] = {}
    for c, rest in pairs:
        grouped.setdefault(c, []).append(rest)
    return "|".join(re.escape(c) + "(?:" + "|".join(f"(?:{r})" for r in rests) + ")" for c, rests in grouped.items())


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
        self.patterns: dict[str, Section] = {name: compile_section(lines) for name, lines in sections.items()
                                             if name != "closing"}
        self.sections = list(self.patterns)

    def scan(self, texts: Sequence[str], roles: Sequence[str] | None = None) -> Hits:
        """Match every section; with ``roles``, each only on the side(s) :func:`sides_of` names (the messages of
        a side no feature reads it on are not scanned). A text repeated (a bot's menu, an away message) is
        scanned once."""
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
                if roles is not None and sides_of(name) != ("cb" if side == "all" else side):
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
    def _find(pattern: Section, joined: str, starts: np.ndarray, rows: np.ndarray, s: int,
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
