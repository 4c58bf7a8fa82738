"""Prices: the owner's price list (``analyze --prices prices.csv``, rows ``service,price``) and the prices the
business names in its messages («1 500 ₽», «1500р», «от 1500», «1500–2000 руб», «$50», «2 тыс»)."""

from __future__ import annotations

import csv
import hashlib
import io
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..textfile import decode_text, read_bytes
from . import services as svc

_NUM = r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d{1,2})?(?![\d]|[ \u00a0]\d)|\d+(?:[.,]\d+)?"
_MULT = r"\s?(?:тысяч[аи]?|тыс\.?|т\.\s?р\.?|к(?![а-яa-z])|k(?![a-z]))"
_CUR_AFTER = (r"\s?(?:₽|руб(?:л[а-я]*)?\.?|р\.|р(?![а-яa-z])|rub(?:les?)?(?![a-z])|rur|\$|usd|долл[а-я]*|eur(?:os?)?"
              r"(?![a-z])|€|евро|£|gbp|aed|dhs|dirhams?)")
_CUR_BEFORE = r"(?:\$|€|£|aed|dhs|usd|eur)\s?"
_PRICE = re.compile(
    rf"(?<![\w.,:/#-])(?<!\d[ \u00a0])(?P<from>(?:от|from|starting at|starts at)\s)?"
    rf"(?P<cur1>{_CUR_BEFORE})?(?P<a>{_NUM})"
    rf"(?P<m1>{_MULT})?(?P<c1>{_CUR_AFTER})?"
    rf"(?:(?P<dash>\s?[-–—]\s?|\s(?:до|to)\s)(?P<cur2>{_CUR_BEFORE})?(?P<b>{_NUM})(?P<m2>{_MULT})?(?P<c2>{_CUR_AFTER})?)?")
CURRENCIES = {"₽": "RUB", "р": "RUB", "руб": "RUB", "rub": "RUB", "rur": "RUB", "$": "USD", "usd": "USD",
              "долл": "USD", "eur": "EUR", "€": "EUR", "евро": "EUR", "£": "GBP", "gbp": "GBP", "aed": "AED",
              "dhs": "AED", "dirham": "AED"}
# a number right after these words is what the service costs, even without ₽
_PRICE_WORDS = re.compile(r"(?:цен|стоимост|стои[тм]|стоят|обойд|выйдет|выходит|итого|прайс|price|cost|charge)")
# ... and after these it is some other sum (a discount, a deposit), not the service's price
_OTHER_SUMS = re.compile(r"(?:скидк|предоплат|депозит|доплат|залог|кэшб|кешб|бонус|штраф|эконом|дешевле|дороже|"
                         r"возврат|вернем|чаев|discount|deposit|save|off|cashback|tip)")
_UNIT_AFTER = re.compile(r"\s?(?:%|мин|час|ч\b|шт|см|мм|кг|лет|год|раз|человек|мест|занят|сеанс|процедур|дн|недел|"
                         r"мес|г\b|m\b|min|hour|h\b|cm|kg|year|people|session)")


@dataclass(frozen=True)
class Amount:
    """A price: ``low`` to ``high`` (equal for an exact price, ``None`` for «от 1500», a lower bound only)."""

    low: float
    high: float | None
    currency: str | None = None
    text: str = ""

    @property
    def is_from(self) -> bool:
        return self.high is None

    def agrees_with(self, listed: Amount) -> bool:
        """Whether this said price can be the listed one. A «from» price said is its lowest figure and must be
        the list's lowest; an exact or range price must lie inside the listed range (open above for «от»).
        Prices in two different currencies are not compared (they agree)."""
        if self.currency and listed.currency and self.currency != listed.currency:
            return True
        if self.is_from:
            return math.isclose(self.low, listed.low)
        top = math.inf if listed.high is None else listed.high
        high = self.low if self.high is None else self.high
        return listed.low - 1e-9 <= self.low and high <= top + 1e-9

    def base(self) -> float:
        """The figure an estimate uses: the lower bound (a conservative value for «от» and ranges)."""
        return self.low


@dataclass(frozen=True)
class Mention:
    """A price named in a message, and where (in the message's lower-cased, one-line text)."""

    amount: Amount
    start: int
    end: int


def _number(text: str, mult: str | None) -> float:
    raw = re.sub(r"[ \u00a0\u202f\u2009]", "", text)
    if re.fullmatch(r"\d+[.,]\d{3}", raw) and not mult:
        raw = raw.replace(",", "").replace(".", "")  # 1.500 / 1,500: a thousands separator
    value = float(raw.replace(",", "."))
    return value * 1000 if mult else value


def _currency(*parts: str | None) -> str | None:
    for part in parts:
        if not part:
            continue
        key = part.strip().rstrip(".")
        for prefix, code in CURRENCIES.items():
            if key.startswith(prefix):
                return code
    return None


def _amount(m: re.Match[str], text: str, *, as_range: bool = True) -> Amount:
    """The Amount of a match; ``as_range=False`` keeps only its first figure."""
    low = _number(m["a"], m["m1"] or (m["m2"] if m["b"] else None))
    if as_range and m["b"]:
        return Amount(low, _number(m["b"], m["m2"] or m["m1"]), _currency(m["cur1"], m["c1"], m["cur2"], m["c2"]),
                      text)
    return Amount(low, None if m["from"] else low, _currency(m["cur1"], m["c1"]), text)


def _is_range(m: re.Match[str]) -> bool:
    """Whether a match's second figure makes a range (a smaller one, «1500 ₽ до 18:00», does not)."""
    return bool(m["b"]) and _number(m["b"], m["m2"] or m["m1"]) >= _number(m["a"], m["m1"] or m["m2"])


def parse_price(text: str) -> Amount | None:
    """A price list cell as an Amount («1 500», «1500 ₽», «от 1500», «1500–2000», «$50»); None if it is not one."""
    flat = " ".join(str(text).lower().replace("ё", "е").split()).rstrip(".")
    if flat in ("0", "бесплатно", "free"):
        return Amount(0.0, 0.0, None, str(text).strip())
    m = _PRICE.fullmatch(flat)
    if m is None or (m["b"] and not _is_range(m)):
        return None
    return _amount(m, str(text).strip())


def mentions(text: str, asked_price: bool = False) -> list[Mention]:
    """The prices a business message names. A figure counts with a currency («1500 ₽», «$50»), after «от»
    («от 1500»), or — three digits or more, no unit after it («30 минут») — after a price word («стоимость 1500»)
    or in a reply to a client who asked a price (``asked_price``). Discounts, deposits and the like are skipped."""
    shown = " ".join(text.split())
    flat = shown.lower().replace("ё", "е")
    if len(flat) != len(shown):  # a letter whose lower case is longer: show the lower-cased text
        shown = flat
    found = []
    for m in _PRICE.finditer(flat):
        is_range = _is_range(m)
        end = m.end() if is_range or not m["b"] else m.end("c1") if m["c1"] else m.end("m1") if m["m1"] else m.end("a")
        if _OTHER_SUMS.search(flat[max(0, m.start() - 25):m.start()]):
            continue
        has_currency = bool(m["cur1"] or m["c1"] or (is_range and (m["cur2"] or m["c2"])))
        digits = len(re.split(r"[.,]", re.sub(r"[ \u00a0\u202f\u2009]", "", m["a"]))[0])
        bare_ok = digits >= 3 and not _UNIT_AFTER.match(flat, end) and (
            asked_price or bool(_PRICE_WORDS.search(flat[max(0, m.start() - 30):m.start()])))
        if has_currency or (m["from"] and digits >= 3) or bare_ok:
            found.append(Mention(_amount(m, shown[m.start():end], as_range=is_range), m.start(), end))
    return found


@dataclass(frozen=True)
class Service:
    name: str
    price: Amount
    line: int


@dataclass(frozen=True)
class PriceList:
    """The owner's prices, and the file they came from (recorded in ``runs``: path and SHA-256)."""

    services: tuple[Service, ...]
    path: str = ""
    sha256: str = ""
    stems: tuple[tuple[str, ...], ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if not self.stems:
            object.__setattr__(self, "stems", tuple(svc.service_stems(s.name) for s in self.services))

    def hits(self, text_words: Sequence[str]) -> list[svc.Hit]:
        return svc.find(self.stems, text_words)

    def named(self, text: str) -> list[Service]:
        """The services ``text`` may mean (see :func:`svc.candidates`)."""
        return [self.services[h.index] for h in svc.candidates(self.hits(svc.words(text)))]


HEADER_NAMES = {"service": ("service", "услуга", "название", "name"), "price": ("price", "цена", "стоимость")}
FORMAT_HINT = "a CSV file with a header row «service,price» and one row per service, e.g. «Стрижка женская,1500»"


def _decoded(path: Path, data: bytes) -> str:
    text = decode_text(data)
    if text is not None:
        return text
    raise InputError(f"is not text (not UTF-8 nor Windows-1251): expected {FORMAT_HINT}", file=str(path))


def _delimiter(header: str) -> str:
    """The delimiter that splits the header into the service and price columns (``,`` unless ``;`` or a tab do)."""
    for delimiter in (",", ";", "\t"):
        names = [n.strip().lower() for n in next(csv.reader([header], delimiter=delimiter), [])]
        if any(n in HEADER_NAMES["service"] for n in names) and any(n in HEADER_NAMES["price"] for n in names):
            return delimiter
    return ","


def _columns(names: list[str], path: str, line: int) -> tuple[int, int]:
    lowered = [n.strip().lower() for n in names]
    found = []
    for column, aliases in HEADER_NAMES.items():
        hit = next((i for i, n in enumerate(lowered) if n in aliases), None)
        if hit is None:
            raise InputError(f"has no «{column}» column (the header is {names}): expected {FORMAT_HINT}",
                             file=path, line=line, field=column)
        found.append(hit)
    return found[0], found[1]


def price_list_from_rows(rows: Iterable[Sequence[str]], path: str = "prices.csv", sha256: str = "") -> PriceList:
    """The price list from CSV rows, the header first (the twin of :func:`read_price_list` for tests and notebooks).
    A bad row is an InputError naming the file and the line."""
    table = [list(r) for r in rows]
    first = next((i for i, r in enumerate(table) if any(c.strip() for c in r)), None)
    if first is None:
        raise InputError(f"is empty: expected {FORMAT_HINT}", file=path)
    header = table[first]
    name_col, price_col = _columns(header, path, first + 1)
    seen: dict[str, int] = {}
    out = []
    for line, row in enumerate(table[first + 1:], start=first + 2):
        if not any(c.strip() for c in row):
            continue
        if len(row) > len(header):
            raise InputError(f"{len(row)} values where the header has {len(header)}: a value holds the delimiter "
                             "(write the price without a comma, e.g. 1500, or put it in quotes)", file=path, line=line)
        name = row[name_col].strip() if name_col < len(row) else ""
        cell = row[price_col].strip() if price_col < len(row) else ""
        if not name:
            raise InputError("the service name is empty", file=path, line=line, field="service")
        amount = parse_price(cell)
        if amount is None:
            raise InputError(f"price {cell!r} is not a number: write it like 1500, 1 500 ₽, от 1500 or 1500-2000",
                             file=path, line=line, field="price")
        key = " ".join(svc.words(name))
        if key in seen:
            raise InputError(f"«{name}» is listed twice (line {seen[key]} too): keep one price per service",
                             file=path, line=line, field="service")
        seen[key] = line
        out.append(Service(name, amount, line))
    if not out:
        raise InputError(f"has a header but no services: expected {FORMAT_HINT}", file=path)
    return PriceList(tuple(out), path, sha256)


def read_price_list(path: Path) -> PriceList:
    """``prices.csv``: UTF-8 (with or without BOM), UTF-16 or Windows-1251; ``,``, ``;`` or tab separated."""
    path = Path(path)
    data = read_bytes(path)
    text = _decoded(path, data)
    header = next((line for line in text.splitlines() if line.strip()), "")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(header))
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise InputError(f"cannot be read as CSV ({exc})", file=str(path), line=reader.line_num) from exc
    return price_list_from_rows(rows, str(path), hashlib.sha256(data).hexdigest())
