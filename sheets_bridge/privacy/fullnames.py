"""Full names typed in free text, found without any model: a given name from a lexicon next to a surname.

"Анна Сафина", "Ксении Гариповой", "Anjali Mehta", "Сафина Анна Рашитовна", "Ms Mehta": a capitalized given
name (data/first_names.txt, in any grammatical case) followed by a capitalized word that is not an ordinary
sentence word, or preceded by a word shaped like a Russian surname, with a patronymic if one follows; or a
title (Mr, Ms, Dr, г-жа…) before a capitalized word. A given name alone is left alone: it identifies nobody.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from importlib import resources

from .detect import NAME, Found

_WORD = r"[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ]?[a-zа-яё]+)?"
# Title-case words separated by spaces (no punctuation or line break between them): the candidates.
RUN_RE = re.compile(rf"(?<![\w@.#/-]){_WORD}(?:[ \t\u00a0]+{_WORD})*(?![\w@-])")
WORD_RE = re.compile(_WORD)
TITLE_RE = re.compile(rf"(?<![\w])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|г-жа|г-н|госпожа|господин)\.?[ \t\u00a0]+({_WORD})")
RU_SURNAME = re.compile(r"(?:(?:ов|ев|ёв|ин|ын)(?:а|у|ой|ым|ом|е|ы|ых)?|(?:ск|цк)(?:ий|ая|ой|ого|ому|им|ую|ом)"
                        r"|енко|чук|ук|юк|ян|янц|дзе|швили|ова|ева)$", re.I)
# Capitalized words that start sentences or name things, never a surname after a given name.
STOP = frozenset("""
спасибо благодарю здравствуйте привет добрый доброе доброго хорошо хорошего хорошая отлично ок окей да нет
пожалуйста подскажите скажите можно сколько когда где как что кто это эта этот вы вас вам ваш ваша ваше вами
мы нас нам я мне меня он она они оно там тут если или и а но ну уже ещё еще сегодня завтра вчера записала
записал записали запишите записать ждём ждем жду до после на в с у к по за от для без при про передадим
передам передайте понедельник вторник среда среду четверг пятница пятницу суббота субботу воскресенье
январь января февраль февраля март марта апрель апреля май мая июнь июня июль июля август августа сентябрь
сентября октябрь октября ноябрь ноября декабрь декабря бог богу бога господи россия москва уфа казань
thanks thank hi hello hey dear ok okay yes no please sure the a an i we you he she they it this that is are was
can could would should will do does did have has good great morning evening afternoon night see bye and or but
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december mon tue wed thu fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec
mr mrs ms miss dr spa salon studio clinic
""".split())
_ENDINGS = ("ами", "ями", "ой", "ей", "ем", "ём", "ом", "ою", "ею", "е", "у", "ю", "ы", "и", "а", "я", "ь")
_NOMINATIVE = ("", "а", "я", "й", "ь", "ия")


@functools.lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """The bundled lexicon (data/first_names.txt), in lower case."""
    text = resources.files("sheets_bridge").joinpath("data/first_names.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@functools.lru_cache(maxsize=65_536)
def is_given_name(word: str) -> bool:
    """A given name in any grammatical case: Анна, Анне, Анну, Ксении, Ильдару, Дмитрием, Анна-Мария."""
    if "-" in word:
        return any(is_given_name(part) for part in word.split("-") if part)
    names = given_names()
    low = word.casefold()
    if low in names:
        return True
    for ending in _ENDINGS:
        if low.endswith(ending) and len(low) - len(ending) >= 2:
            stem = low[: -len(ending)]
            if any(stem + nominative in names for nominative in _NOMINATIVE):
                return True
    return False


def _surname_like(word: str) -> bool:
    return len(word) >= 2 and word.casefold() not in STOP


def _name_words(words: list[re.Match[str]]) -> list[tuple[int, int]]:
    """(first, last) word indexes of the full names in one run of capitalized words."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        text = words[i].group()
        if len(text) < 3 or text.casefold() in STOP or not is_given_name(text):
            i += 1
            continue
        first = i - 1 if i and RU_SURNAME.search(words[i - 1].group()) and _surname_like(words[i - 1].group()) \
            else i
        if spans and first <= spans[-1][1]:
            first = i
        last = i
        while last + 1 < len(words) and last - first < 2 and _surname_like(words[last + 1].group()):
            last += 1
        if last > first:
            spans.append((first, last))
            i = last + 1
        else:
            i += 1
    return spans


def _found(text: str, start: int, end: int) -> Found:
    return Found(start, end, NAME, " ".join(text[start:end].casefold().split()))


class FullNames:
    """The name finder the scrubber always runs (``Scrubber(full_names=False)`` turns it off)."""

    def find(self, text: str) -> Iterator[Found]:
        for run in RUN_RE.finditer(text):
            if " " not in run.group() and "\t" not in run.group() and "\u00a0" not in run.group():
                continue
            words = list(WORD_RE.finditer(text, run.start(), run.end()))
            for first, last in _name_words(words):
                yield _found(text, words[first].start(), words[last].end())
        for m in TITLE_RE.finditer(text):
            if m.group(1).casefold() not in STOP:
                yield _found(text, m.start(1), m.end(1))

