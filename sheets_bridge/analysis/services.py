"""Which service of the owner's price list a text names: the service name's word stems found among the text's
words, robust to Russian inflection («стрижка», «стрижку», «стрижек») without a dictionary."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_WORD = re.compile(r"[a-zа-я0-9]+")
# endings stripped from a service name's word (the longest that leaves 3 letters); what remains is a prefix that
# every form of the word starts with
_ENDINGS = sorted("""иями ями ами ием иям иях ией ого его ому ему ыми ими ых их ой ей ий ый ая яя ое ее ую юю ом ем ам
ям ах ях ов ев ию ия ие ии ье ья ью ь й а я о е у ю ы и ings ing es ed s""".split(), key=len, reverse=True)
# words of a service name that say nothing about which service it is
_STOP = frozenset("""для при или под над the and for with per min mins minute minutes hour hours мин минут минуты
час часа часов руб""".split())


def words(text: str) -> list[str]:
    """The text's words in lower case (``ё`` as ``е``); a hyphen separates words (``шейно-воротниковой``)."""
    return _WORD.findall(text.lower().replace("ё", "е"))


def stem(word: str) -> str:
    """The word without its inflected ending (numbers as they are): ``стрижками`` → ``стрижк``."""
    if word.isdigit():
        return word
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _matches(stem_: str, word: str) -> bool:
    if stem_.isdigit():
        return word == stem_
    if word.startswith(stem_):
        return True
    # a fleeting vowel in the genitive plural: стрижк → стрижек, чистк → чисток
    return len(stem_) >= 5 and stem_.endswith("к") and word.startswith((stem_[:-1] + "ек", stem_[:-1] + "ок"))


def service_stems(name: str) -> tuple[str, ...]:
    """The stems that name a service: its words of three letters or more (and its numbers), stop words aside."""
    return tuple(dict.fromkeys(stem(w) for w in words(name) if (len(w) >= 3 or w.isdigit()) and w not in _STOP))


@dataclass(frozen=True)
class Hit:
    """One service a text names: how many of its stems were found, and whether all its words were (its numbers
    need not be: «спортивный массаж» names «Спортивный массаж 60 минут»; a number found only ranks it higher)."""

    index: int      # the service's position in the price list
    found: int
    total: int
    words_missing: int = 0

    @property
    def full(self) -> bool:
        return self.words_missing == 0


def find(stems: Sequence[tuple[str, ...]], text_words: Sequence[str]) -> list[Hit]:
    """Every service whose stems the text names at least once, the ones named most completely first."""
    hits = []
    for i, own in enumerate(stems):
        seen = [any(_matches(s, w) for w in text_words) for s in own]
        found = sum(seen)
        missing = sum(1 for s, hit in zip(own, seen, strict=True) if not hit and not s.isdigit())
        if any(hit for s, hit in zip(own, seen, strict=True) if not s.isdigit()):  # a number alone names nothing
            hits.append(Hit(i, found, len(own), missing))
    return sorted(hits, key=lambda h: (not h.full, -h.found, h.index))


def candidates(hits: Sequence[Hit]) -> list[Hit]:
    """The services a text may mean: every service it names completely; else the ones it names most words of
    (a tie is kept: «маникюр» may be either kind of manicure)."""
    full = [h for h in hits if h.full]
    if full:
        return full
    if not hits:
        return []
    best = max(h.found for h in hits)
    return [h for h in hits if h.found == best]


def most_specific(hits: Sequence[Hit]) -> list[Hit]:
    """Of the candidates, the ones with the most words found (the course of ten sessions over one session)."""
    if not hits:
        return []
    best = max(h.found for h in hits)
    return [h for h in hits if h.found == best]
