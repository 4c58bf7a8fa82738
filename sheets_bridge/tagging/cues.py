"""Cues in messages: which sections of ``data/tagging_rules.txt`` each message matches, and where.

Fast by construction: texts are lower-cased once (patterns need no IGNORECASE); a section's alternatives that
begin a word are grouped by their first letter, each group behind that literal letter and a "not inside a word"
look back, so the engine skips every other position at C speed (:func:`compile_section`); a section whose first
letters are common in the text is searched for after the character before a word instead, so the engine stops
only at spaces and punctuation (:class:`Section`: in either form the whole pattern decides what matches, so the
matches are the same); all the client's (or the business's) messages of a batch are joined into one text, so
each section costs one scan for the whole batch instead of one per message; and a section is matched only on the
side whose features read it (:data:`SIDES`).
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
        grouped = _group([pair for option in options for pair in by_first_char(option)])
        pairs = [(c, "(?:" + "|".join(f"(?:{r})" for r in rests) + ")") for c, rests in grouped.items()]
        return pairs, "(?:" + inner + ")", head[end + 1:]
    raise _NotFactorable(head)


def _grouped_by_first_char(words: Sequence[str]) -> dict[str, list[str]] | None:
    """Word-start alternatives as {first character: what may follow it, in their order}; None when some
    alternative's first character cannot be read off (or is no word character)."""
    try:
        pairs = [pair for alternative in words for pair in by_first_char(alternative)]
    except _NotFactorable:
        return None
    if not all(_WORD_CHAR.fullmatch(c) for c, _ in pairs):
        return None  # the guard admits [a-zа-я0-9] only
    return _group(pairs)


def _group(pairs: Sequence[tuple[str, str]]) -> dict[str, list[str]]:
    """(first character, what follows) pairs as {character: what may follow it, in their order}."""
    grouped: dict[str, list[str]] = {}
    for c, rest in pairs:
        grouped.setdefault(c, []).append(rest)
    return grouped


def _branches(grouped: dict[str, list[str]], *, look_back: bool = False) -> str:
    """One branch per first character: that literal (with ``look_back``, and no word character before it), then
    what may follow it, in order."""
    return "|".join(re.escape(c) + (f"(?<![a-zа-я0-9_]{re.escape(c)})" if look_back else "") + "(?:"
                    + "|".join(f"(?:{r})" for r in rests) + ")" for c, rests in grouped.items())


def _factored(words: Sequence[str], *, look_back: bool = True) -> str | None:
    """Word-start alternatives regrouped by their first character, each group behind that one literal character
    and a look back at the character before it. A pattern whose every branch begins with a literal lets the regex
    engine skip, in C, every position holding none of those characters (a look-ahead guard is tried at every
    position). The same matches: at a position only the alternatives that can begin with its character can match,
    and they keep their order. None when some alternative's first character cannot be read off. Without
    ``look_back``: the groups for a pattern that has just read the character before (:data:`_AFTER`)."""
    grouped = _grouped_by_first_char(words)
    return None if grouped is None else _branches(grouped, look_back=look_back)


_AFTER = "[^a-zа-я0-9_]"  # what may come before a word start (besides the start of the text)
#: the "after" form pays when the word starts' first letters are this many times as common in the text as the
#: characters a word start may follow (measured per section on the bench corpus: about where the two cost the same)
AFTER_PAYS = 1.0


class Section:
    r"""A section compiled for search. ``whole``, the section as one pattern, says what matches where (its
    matches, in its order, are the section's). The engine finds a pattern's matches fastest when every branch begins
    with a literal: it then skips, in C, the positions holding none of them. So the search is done by *finders*
    that only say where a match may begin, and ``whole`` decides there:

    - the "lead" form: the word starts grouped behind their first letters (``whole`` itself when every branch
      begins with a literal; else ``fast``, those that do, and ``rest``, the few that do not: ``^да$``,
      ``(?:^|\s)буду``);
    - the "after" form, for sections whose first letters are common (``о``, ``е``, ``а`` stop the lead form at
      every other position): the word starts behind the character before them (``after``: the engine stops only
      at spaces, punctuation and line ends), with ``literal`` and ``rest`` for the branches that are no word
      starts.

    Both find the same matches as ``whole.finditer`` (tests/test_cues.py)."""

    def __init__(self, whole: re.Pattern[str], *, fast: str | None = None, rest: str | None = None,
                 after: str | None = None, literal: str | None = None, letters: str | None = None) -> None:
        self.whole = whole
        self.pattern = whole.pattern
        self._sources = {"fast": fast, "rest": rest, "after": after, "literal": literal}
        self._compiled: dict[str, re.Pattern[str] | None] = {}
        #: the characters the word starts begin with, as code points (None: any, the guarded form)
        self.letters = None if letters is None else np.asarray(sorted({ord(c) for c in letters}), dtype=np.int64)

    def _finder(self, name: str) -> re.Pattern[str] | None:
        """A finder, compiled the first time a search needs it (a scan uses one form of each section)."""
        if name not in self._compiled:
            source = self._sources[name]
            self._compiled[name] = re.compile(source, re.M) if source else None
        return self._compiled[name]

    @property
    def after(self) -> str | None:
        return self._sources["after"]

    def prefers_after(self, share: np.ndarray, after_share: float) -> bool:
        """Whether the "after" form stops at fewer places in a text with these character shares
        (:func:`char_shares`)."""
        if self.after is None:
            return False
        if self.letters is None:
            return True
        return float(share[self.letters[self.letters < len(share)]].sum()) > AFTER_PAYS * after_share

    def spans(self, text: str, *, after: bool = False) -> list[tuple[int, int]]:
        """The (start, end) of every match of ``whole`` in ``text``, found the "after" way or the "lead" way."""
        if after and self.after is not None:
            finders = [(f, k) for f, k in ((self._finder("after"), 1), (self._finder("literal"), 0),
                                           (self._finder("rest"), 0)) if f is not None]
            if len(finders) == 1:
                return self._after_only(text, finders[0][0])
            return self._through(text, finders, zero=True)
        fast, rest = self._finder("fast"), self._finder("rest")
        if fast is None or rest is None:
            return [m.span() for m in self.whole.finditer(text)]
        return self._through(text, [(fast, 0), (rest, 0)], zero=False)

    def _after_only(self, text: str, after: re.Pattern[str]) -> list[tuple[int, int]]:
        """Every branch a word start: the finder's own matches, less the character before each."""
        out: list[tuple[int, int]] = []
        pos = 0
        first = self.whole.match(text, 0)
        if first is not None:
            if first.end() == 0:  # an empty match: the engine's own rules for what may follow it
                return [m.span() for m in self.whole.finditer(text)]
            out.append(first.span())
            pos = first.end()
        search = after.search
        while (m := search(text, max(0, pos - 1))) is not None:
            start, end = m.start() + 1, m.end()
            if end == start:
                return out + [m.span() for m in self.whole.finditer(text, pos)]
            out.append((start, end))
            pos = end
        return out

    def _through(self, text: str, finders: list[tuple[re.Pattern[str], int]], *, zero: bool
                 ) -> list[tuple[int, int]]:
        """Where the first finder points, ``whole`` decides; ``back``: how many characters before the start a
        finder's match begins. ``zero``: the start of the text is a place to look too (no finder of word starts
        that read the character before can point there)."""
        never = len(text) + 1

        def next_start(finder: re.Pattern[str], back: int, pos: int) -> int:
            m = finder.search(text, max(0, pos - back))
            return m.start() + back if m is not None else never

        out: list[tuple[int, int]] = []
        pos = 0
        starts = [next_start(f, k, 0) for f, k in finders]
        while True:
            start = 0 if zero else min(starts)
            if start >= never:
                return out
            found = self.whole.match(text, start)
            if found is None:  # only the start of the text, where no finder pointed
                assert zero
                zero = False
                continue
            zero = False
            if found.end() == start:  # an empty match: the engine's own rules for what may follow it
                return out + [m.span() for m in self.whole.finditer(text, pos)]
            out.append(found.span())
            pos = found.end()
            starts = [s if s >= pos else next_start(f, k, pos) for s, (f, k) in zip(starts, finders, strict=True)]


def char_shares(text: str, sample: int = 40_000) -> tuple[np.ndarray, float]:
    """(each code point's share of the text, below U+0500; the share of the characters a word start may follow),
    from an evenly spread sample of about ``sample`` characters."""
    piece = text[::max(1, len(text) // sample)] or " "
    codes = np.frombuffer(piece.encode("utf-32-le"), dtype=np.uint32)
    share = np.bincount(codes[codes < 0x500], minlength=0x500) / len(codes)
    word = sum(float(share[ord(a):ord(b) + 1].sum()) for a, b in (("a", "z"), ("а", "я"), ("0", "9"), ("_", "_")))
    return share, 1.0 - word


def compile_section(lines: Sequence[str], *, grouped: bool = True) -> Section:
    """One pattern for a section: word-start alternatives grouped by first character (:func:`_factored`; not with
    ``grouped=False``), or else behind a single boundary test that names the letters they can begin with; the rest
    as written, each split by its first character where it can be (:func:`_literal_headed`); all of it searched as
    a :class:`Section`. Both forms find the same matches."""
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
    starts = words
    if factored:
        parts.append(factored)
        starts, others = words + others[:moved], others[moved:]
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
    if not grouped:
        return Section(whole)
    literal = [h for h in heads if h]
    rest = [f"(?:{a})" for h, a in zip(heads, others, strict=True) if not h]

    def one(branches: Sequence[str]) -> str | None:
        return "|".join(branches) if branches else None

    # the word starts behind the character before them: grouped without the look back, or the guarded form
    after = one([_AFTER + "(?:" + (_factored(starts, look_back=False) or parts[0]) + ")"]) if starts else None
    lead = [factored] if factored else []
    grouped_starts = _grouped_by_first_char(starts) if factored else None
    return Section(whole, fast=one(lead + literal) if (factored or not words) and rest else None, rest=one(rest),
                   after=after, literal=one(literal), letters="".join(grouped_starts) if grouped_starts else None)


def _literal_headed(alternative: str) -> str | None:
    r"""An alternative that is no word start as one branch per character it can begin with (``(?:\$|€)\s?\d`` →
    ``\$(?:(?:\s?\d))|€(?:(?:\s?\d))``): when every branch of a pattern begins with a literal, the engine skips
    the positions holding none of them. The same matches: the branches begin with different characters and keep
    their order. None when its first character cannot be read off (``^да``, ``(?<!\w)ok``)."""
    try:
        return _branches(_group(by_first_char(alternative)))
    except _NotFactorable:
        return None


def load_sections(extra_lexicon: str | Path | None = None) -> dict[str, list[str]]:
    text = resources.files("sheets_bridge").joinpath("data/tagging_rules.txt").read_text(encoding="utf-8")
    sections = lexicon.parse_sections(text)
    if extra_lexicon and Path(extra_lexicon).exists():
        for key, lines in lexicon.parse_sections(Path(extra_lexicon).read_text(encoding="utf-8")).items():
            sections.setdefault(key, []).extend(lines)
    return sections


@dataclass
class Hits:
    """``counts[i, s]``: matches of section ``s`` in message ``i``; :meth:`span`: the first match. A message whose
    (side, text) came earlier is its copy (``source``): its spans are looked up there, not stored again."""

    sections: list[str]
    counts: np.ndarray
    spans: dict[tuple[int, int], tuple[int, int]]  # of the first message with each (side, text)
    texts: list[str]  # normalized
    source: list[int] | None = None  # message → the first message with its (side, text); None: each its own

    def column(self, section: str) -> int:
        return self.sections.index(section)

    def span(self, row: int, column: int) -> tuple[int, int] | None:
        return self.spans.get((row if self.source is None else self.source[row], column))


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
        once = {t: normalize(t) for t in dict.fromkeys(texts)}  # a text repeated is lower-cased once
        normalized = [once[t] for t in texts]
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
            shares = char_shares(joined)
            for s, name in enumerate(self.sections):
                if roles is not None and sides_of(name) != ("cb" if side == "all" else side):
                    continue
                section = self.patterns[name]
                found = section.spans(joined, after=section.prefers_after(*shares))
                self._count(found, joined, starts, np.asarray(rows), s, counts, spans)
        repeats = np.asarray([i for i, k in enumerate(copy_of) if k != i], dtype=np.int64)
        if len(repeats):
            counts[repeats] = counts[np.asarray([copy_of[i] for i in repeats], dtype=np.int64)]
        return Hits(self.sections, counts, spans, normalized, copy_of if len(repeats) else None)

    @staticmethod
    def _count(matches: list[tuple[int, int]], joined: str, starts: np.ndarray, rows: np.ndarray, s: int,
               counts: np.ndarray, spans: dict[tuple[int, int], tuple[int, int]]) -> None:
        # a match never spans two messages' separator: start it after a leading newline
        found = [(a + (joined[a] == "\n"), b) for a, b in matches if b > a]
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
