"""Finding personal data in text: phones, e-mails, bank cards, passports and names.

Each finder yields :class:`Found` spans with the value normalized the way its token is keyed
(E.164 for phones, lower case for e-mails), so the same phone written three ways gives one token.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import phonenumbers

PHONE, EMAIL, CARD, PASSPORT, NAME = "PHONE", "EMAIL", "CARD", "PASSPORT", "NAME"


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    kind: str
    value: str  # normalized: the token is keyed on this


EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z\u0400-\u04ff]{2,}")
# Not after a digit and a decimal point (the fraction of a coordinate: 51.50214569326172).
CARD_RE = re.compile(r"(?<![\d-])(?<!\d[.,])\d(?:[ -]?\d){12,18}(?![\d])")
# Links: a long number inside one is an id (a map's coordinates, a post, a tracking link), never a card.
URL_RE = re.compile(r"(?i)\b(?:https?://|www\.)\S+")
PASSPORT_RE = re.compile(
    r"(?i)(?:паспорт\w*|серия|серии|passport)[^\d\n]{0,25}(\d{2}\s?\d{2})[\s№-]*(?:номер|№|no\.?)?\s*(\d{6})(?!\d)")
# A phone needs at least 7 digits; most messages have none, so this cheap test skips the matcher.
_MAYBE_PHONE = re.compile(r"\d(?:[\s\-().]*\d){6}")
# Words right before a number that make it an identifier, not a phone.
_NOT_A_PHONE_BEFORE = re.compile(
    r"(?i)(?:заказ\w*|договор\w*|счет\w*|счёт\w*|инн|огрн\w*|снилс|накладн\w*|order|invoice|contract|"
    r"account|tracking|трек\w*|артикул\w*|№|#|no\.)\s*[:№#]?\s*$")
NAME_INTRO_RE = re.compile(
    r"(?i)(?:меня\s+зовут|меня\s+звать|моё\s+имя|мое\s+имя|my\s+name\s+is|call\s+me)[\s,:–-]+"
    r"([A-Za-zА-Яа-яЁё][a-zа-яё-]+(?:\s+[A-ZА-ЯЁ][a-zа-яё-]+){0,2})")
# A patronymic in any case (Рустемович, Маратовича, Ивановной), with the first name before it if any.
PATRONYMIC_RE = re.compile(
    r"(?<![\w])(?:[А-ЯЁ][а-яё]+\s+)?[А-ЯЁ][а-яё]{2,}"
    r"(?:(?:ович|евич|ьич)(?:а|у|ем|е)?|(?:овн|евн|ичн)(?:а|ы|е|у|ой))(?![\w])")
_STOP_NAMES = {"вас", "вам", "меня", "мне", "тебя", "это", "так", "никак", "просто", "не", "и"}


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _before(text: str, start: int) -> str:
    """The few characters before a match that can hold "заказ №" (a window, so scanning stays linear)."""
    return text[max(0, start - 30):start]


def find_emails(text: str) -> Iterator[Found]:
    if "@" not in text:
        return
    for m in EMAIL_RE.finditer(text):
        yield Found(m.start(), m.end(), EMAIL, m.group().lower())


def find_cards(text: str) -> Iterator[Found]:
    links = [m.span() for m in URL_RE.finditer(text)] if "/" in text or "www." in text.lower() else []
    for m in CARD_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if any(a <= m.start() < b for a, b in links):
            continue
        if 13 <= len(digits) <= 19 and luhn_ok(digits) and not _NOT_A_PHONE_BEFORE.search(_before(text, m.start())):
            yield Found(m.start(), m.end(), CARD, digits)


def find_passports(text: str) -> Iterator[Found]:
    for m in PASSPORT_RE.finditer(text):
        yield Found(m.start(1), m.end(2), PASSPORT, re.sub(r"\D", "", m.group(1) + m.group(2)))


def find_phones(text: str, region: str = "RU") -> Iterator[Found]:
    if not _MAYBE_PHONE.search(text):
        return
    for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
        if _NOT_A_PHONE_BEFORE.search(_before(text, m.start)):
            continue
        e164 = phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
        yield Found(m.start, m.end, PHONE, e164)


def normalize_phone(text: str, region: str = "RU") -> str | None:
    """E.164 form of a phone written any usual way, or None if it is not a valid number."""
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _name_key(words: Iterable[str]) -> str:
    return " ".join(w.casefold() for w in words)


def find_introduced_names(text: str) -> Iterator[Found]:
    """'меня зовут Анна Петрова' / 'my name is anna': works without any model, also in lower case."""
    for m in NAME_INTRO_RE.finditer(text):
        words = m.group(1).split()
        if words[0].casefold() in _STOP_NAMES:
            continue
        yield Found(m.start(1), m.end(1), NAME, _name_key(words))
    for m in PATRONYMIC_RE.finditer(text):
        yield Found(m.start(), m.end(), NAME, " ".join(m.group().casefold().split()))


class KnownNames:
    """The words of known people's names (a chat's client), found in any grammatical case.

    'Катя Морозова' finds 'Катя', 'Кате', 'Катю', 'Морозовой'; each word keeps one token whatever its
    case ending. Only capitalized words of three or more letters are used, so initials never match.
    """

    def __init__(self, names: Iterable[str]) -> None:
        self._word_by_stem: dict[str, str] = {}
        for name in names:
            for word in re.findall(r"[A-Za-zА-Яа-яЁё]{3,}", name):
                if word[0].isupper():
                    self._word_by_stem[_stem(word).casefold()] = word
        alternatives = "|".join(re.escape(s) for s in sorted(self._word_by_stem, key=len, reverse=True))
        self._pattern = (re.compile(rf"(?i)(?<![\w])({alternatives})[a-zа-яё]{{0,4}}(?![\w])")
                         if alternatives else None)

    def find(self, text: str) -> Iterator[Found]:
        if self._pattern is None:
            return
        for m in self._pattern.finditer(text):
            if not m.group()[0].isupper():
                continue  # 'розы' is not the name 'Роза'
            stem = m.group(1).casefold()
            yield Found(m.start(), m.end(), NAME, self._word_by_stem[stem].casefold())


def _stem(word: str) -> str:
    return word[:-1] if len(word) >= 4 and word[-1].lower() in "аяьйоеиыуюa" else word
