"""WhatsApp headers in every layout, WhatsApp's own texts in every language, and what the parser reports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sheets_bridge.errors import InputError
from sheets_bridge.ingest import whatsapp
from sheets_bridge.vocabulary import import_warning

from .conftest import PEERS

LRM, RLM = "\u200e", "\u200f"
FIXTURES = Path(__file__).parent / "fixtures" / "whatsapp"


def _parse(lines: list[str], **kw) -> whatsapp.ParsedChat:
    return whatsapp.parse_text("\n".join(lines) + "\n", "chat.txt", **kw)


# (layout, two lines, first time, last time) — the formats of Pustur/whatsapp-chat-parser's tests/parser.test.ts,
# starkdmi/whats_json's languages and calendars, joweich/chat-miner's test/whatsapp files, CLDR's short formats.
LAYOUTS = [
    ("android dd.mm.yyyy", ["18.03.2022, 14:56 - Anna: hi", "19.03.2022, 10:00 - Bob: yo"],
     "2022-03-18 14:56", "2022-03-19 10:00"),
    ("android m/d/yy 12h", ["3/18/22, 2:56\u202fPM - Anna: hi", "3/19/22, 9:00\u202fAM - Bob: yo"],
     "2022-03-18 14:56", "2022-03-19 09:00"),
    ("android p.m.", ["3/13/18, 1:55 p.m. - Anna: hi", "3/14/18, 1:55 a.m. - Bob: yo"],
     "2018-03-13 13:55", "2018-03-14 01:55"),
    ("android dashes PM, dotted time", ["13-06-2018, 01.55 PM - Anna: hi", "14-06-2018, 01.55 AM - Bob: yo"],
     "2018-06-13 13:55", "2018-06-14 01:55"),
    ("colon after the time", ["13.06.18 21.25.15: Anna: hi", "14.06.18 21.25.15: Bob: yo"],
     "2018-06-13 21:25:15", "2018-06-14 21:25:15"),
    ("iOS dotted month first", ["[06.13.18 21:25:15] Anna: hi", "[06.14.18 21:25:15] Bob: yo"],
     "2018-06-13 21:25:15", "2018-06-14 21:25:15"),
    ("Finnish klo", ["13.6.2018 klo 21.25.15 - Anna: hi", "14.6.2018 klo 21.25.15 - Bob: yo"],
     "2018-06-13 21:25:15", "2018-06-14 21:25:15"),
    ("Hungarian/Croatian dots and spaces", ["13. 6. 2018. 21:25:15 Anna: hi", "14. 6. 2018. 21:25:15 Bob: yo"],
     "2018-06-13 21:25:15", "2018-06-14 21:25:15"),
    ("iOS p. m. with LRM", [f"{LRM}[3/13/18 1:55:00 p. m.] Anna: hi", f"{LRM}[3/14/18 1:55:00 a. m.] Bob: yo"],
     "2018-03-13 13:55", "2018-03-14 01:55"),
    ("iOS year first", ["[2018/06/13, 21:25:15] Anna: hi", "[2018/06/14, 21:25:15] Bob: yo"],
     "2018-06-13 21:25:15", "2018-06-14 21:25:15"),
    ("iOS month/year/day", ["[06/2018/13, 21:25:15] Anna: hi", "[06/2018/14, 21:25:15] Bob: yo"],
     "2018-06-13 21:25:15", "2018-06-14 21:25:15"),
    ("year first, dot after the time", ["2022/12/14, 13:34. - Anna: hi", "2022/12/24, 11:33. - Bob: yo"],
     "2022-12-14 13:34", "2022-12-24 11:33"),
    ("Vietnamese time before date", ["[14:56:01, 3/18/22] Anna: hi", "[21:41:35, 3/27/22] Bob: yo"],
     "2022-03-18 14:56:01", "2022-03-27 21:41:35"),
    ("Buddhist era", ["[3/18/2565 BE, 14:56:01] Anna: hi", "[1/7/2566 BE, 23:32:30] Bob: yo"],
     "2022-03-18 14:56:01", "2023-01-07 23:32:30"),
    ("Thai phone, Buddhist year", ["18/3/2565 14:56 - Anna: hi", "19/3/2565 09:05 - Bob: yo"],
     "2022-03-18 14:56", "2022-03-19 09:05"),
    ("Japanese era Reiwa", ["[3/18/R4 14:56:01] Anna: hi", "[3/27/R4 21:41:35] Bob: yo"],
     "2022-03-18 14:56:01", "2022-03-27 21:41:35"),
    ("Japanese era Heisei", ["[3/18/H30 14:56:01] Anna: hi", "[3/27/H30 21:41:35] Bob: yo"],
     "2018-03-18 14:56:01", "2018-03-27 21:41:35"),
    ("Arabic iOS, Arabic-Indic digits, RLM", [f"{RLM}[{RLM}١٨{RLM}/{RLM}٣{RLM}/{RLM}٢٠٢٢، ٢:٥٦:٠٠ م] Anna: hi",
                                              f"{RLM}[{RLM}٢٧{RLM}/{RLM}٣{RLM}/{RLM}٢٠٢٢، ٩:٤١:٣٥ ص] Bob: yo"],
     "2022-03-18 14:56", "2022-03-27 09:41:35"),
    ("Arabic iOS, Latin digits", ["[18/3/2022، 14:56:01] Anna: hi", "[27/3/2022، 21:41:35] Bob: yo"],
     "2022-03-18 14:56:01", "2022-03-27 21:41:35"),
    ("Persian digits", [f"۱۸/۳/۲۰۲۲،{RLM} ۱۴:۵۶ - Anna: hi", f"۱۹/۳/۲۰۲۲،{RLM} ۹:۰۵ - Bob: yo"],
     "2022-03-18 14:56", "2022-03-19 09:05"),
    ("Devanagari digits", ["१८/३/२२, २:५६ pm - Anna: hi", "१९/३/२२, ९:०५ am - Bob: yo"],
     "2022-03-18 14:56", "2022-03-19 09:05"),
    ("Thai digits", ["๑๘/๓/๒๒ ๑๔:๕๖ - Anna: hi", "๑๙/๓/๒๒ ๐๙:๐๕ - Bob: yo"], "2022-03-18 14:56", "2022-03-19 09:05"),
    ("Bengali digits", ["১৮/৩/২২, ২:৫৬ PM - Anna: hi", "১৯/৩/২২, ৯:০৫ AM - Bob: yo"],
     "2022-03-18 14:56", "2022-03-19 09:05"),
    ("Korean 오후 before the time", ["2022. 3. 18. 오후 2:56 - Anna: hi", "2022. 3. 19. 오전 9:05 - Bob: yo"],
     "2022-03-18 14:56", "2022-03-19 09:05"),
    ("Japanese 午後 before the time", ["2022/03/18 午後2:56 - Anna: hi", "2022/03/19 午前9:05 - Bob: yo"],
     "2022-03-18 14:56", "2022-03-19 09:05"),
    ("Chinese 下午 before the time", ["2022/3/18 下午2:56 - Anna: hi", "2022/3/19 上午9:05 - Bob: yo"],
     "2022-03-18 14:56", "2022-03-19 09:05"),
    ("Thai ก่อนเที่ยง/หลังเที่ยง", ["18/3/22 2:56 หลังเที่ยง - Anna: hi", "19/3/22 9:05 ก่อนเที่ยง - Bob: yo"],
     "2022-03-18 14:56", "2022-03-19 09:05"),
    ("German vorm./nachm.", ["18.03.22, 2:56 nachm. - Anna: hi", "19.03.22, 9:05 vorm. - Bob: yo"],
     "2022-03-18 14:56", "2022-03-19 09:05"),
    ("Greek μ.μ.", ["18/3/22, 2:56 μ.μ. - Anna: hi", "19/3/22, 9:05 π.μ. - Bob: yo"],
     "2022-03-18 14:56", "2022-03-19 09:05"),
    ("Bulgarian г.", ["18.03.22 г., 14:56 - Anna: hi", "19.03.22 г., 9:05 - Bob: yo"],
     "2022-03-18 14:56", "2022-03-19 09:05"),
    ("13:37 p.m. (chat-miner)", ["[10/10/22 12:37:00 p.m.] Anna: hi", "[11/10/22 13:37:00 p.m.] Bob: yo"],
     "2022-10-10 12:37", "2022-10-11 13:37"),
    ("iOS without comma", ["[15-01-20 02:22:56] Anna: hi", "[15-01-21 03:33:01] Bob: yo"],
     "2015-01-20 02:22:56", "2015-01-21 03:33:01"),
]


@pytest.mark.parametrize("layout, lines, first, last", LAYOUTS, ids=[row[0] for row in LAYOUTS])
def test_layouts(layout: str, lines: list[str], first: str, last: str) -> None:
    chat = _parse(lines)
    frame = chat.frame
    assert len(frame) == 2 and chat.authors == ["Anna", "Bob"]
    assert frame["text"].tolist() == ["hi", "yo"]
    assert frame["timestamp"].tolist() == [pd.Timestamp(first), pd.Timestamp(last)]
    assert not frame["system"].any()


def test_an_empty_message_and_one_right_after_the_colon() -> None:
    frame = _parse(["[01/01/19 11:25] John Doe: Lorem", "[01/20/19 11:23] John Doe:."]).frame
    assert frame["sender"].tolist() == ["John Doe", "John Doe"] and frame["text"].tolist() == ["Lorem", "."]


# --- the date order is decided only where it changes a time --------------------------------------------------
def test_dates_that_read_the_same_in_any_order_need_no_date_format() -> None:
    chat = _parse(["1/1/21, 10:00 - Anna: hi", "1/1/21, 10:05 - Bob: yo"])
    assert chat.frame["timestamp"].tolist() == [pd.Timestamp("2021-01-01 10:00"), pd.Timestamp("2021-01-01 10:05")]
    assert chat.date_order is None  # it settles nothing for other files


def test_dates_that_differ_by_order_still_ask() -> None:
    with pytest.raises(whatsapp.AmbiguousDateOrder, match="--date-format"):
        _parse(["3/6/18, 1:55 p.m. - a: m"])
    assert str(_parse(["3/6/18, 1:55 p.m. - a: m"], date_format="%d/%m/%y").frame["timestamp"][0]) == \
        "2018-06-03 13:55:00"


# --- fuzzing: a header written from a random datetime in each layout parses back to that datetime --------------
FORMATS = [
    ("{d:02}.{m:02}.{Y}, {H:02}:{M:02} - ", False), ("{m}/{d}/{y:02}, {h}:{M:02}\u202f{P} - ", False),
    ("[{d:02}.{m:02}.{y:02}, {H:02}:{M:02}:{S:02}] ", True), ("\u200e[{m}/{d}/{y:02}, {h}:{M:02}:{S:02} {P}] ", True),
    ("{Y}-{m:02}-{d:02}, {H:02}:{M:02} - ", False), ("{d}/{m}/{Y}, {h}:{M:02} {p} - ", False),
    ("[{H:02}:{M:02}:{S:02}, {m}/{d}/{y:02}] ", True), ("[{m}/{d}/{B} BE, {H:02}:{M:02}:{S:02}] ", True),
    ("{d}.{m}.{Y} klo {H:02}.{M:02}.{S:02} - ", False), ("{Y}. {m}. {d}. {K} {h}:{M:02} - ", False),
    ("{Y}/{m:02}/{d:02} {J}{h}:{M:02} - ", False), ("[{ad}/{am}/{aY}، {ah}:{aM}:{aS} {A}] ", True),
]
ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _header(fmt: str, t: dt.datetime) -> str:
    h = t.hour % 12 or 12
    ar = {k: str(v).translate(ARABIC) for k, v in (("ad", t.day), ("am", t.month), ("aY", t.year), ("ah", h),
                                                   ("aM", f"{t.minute:02}"), ("aS", f"{t.second:02}"))}
    return fmt.format(d=t.day, m=t.month, Y=t.year, y=t.year % 100, H=t.hour, M=t.minute, S=t.second, h=h,
                      P="PM" if t.hour >= 12 else "AM", p="p. m." if t.hour >= 12 else "a. m.", B=t.year + 543,
                      K="오후" if t.hour >= 12 else "오전", J="午後" if t.hour >= 12 else "午前",
                      A="م" if t.hour >= 12 else "ص", **ar)


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(FORMATS), st.datetimes(min_value=dt.datetime(2009, 2, 1), max_value=dt.datetime(2030, 12, 31)))
def test_header_grammar_gives_back_the_datetime(layout: tuple[str, bool], when: dt.datetime) -> None:
    fmt, with_seconds = layout
    # a day past the 12th tells day from month (the parser asks when both orders fit and differ)
    when = when.replace(day=13 + when.day % 15, microsecond=0, second=when.second if with_seconds else 0)
    later = when + dt.timedelta(hours=5, minutes=7)
    chat = whatsapp.parse_text(_header(fmt, when) + "Anna: hi\n" + _header(fmt, later) + "Bob: yo\n", "f.txt")
    assert chat.frame["timestamp"].tolist() == [pd.Timestamp(when), pd.Timestamp(later)]
    assert chat.authors == ["Anna", "Bob"]


# --- WhatsApp's own texts in every language: placeholders keep their sender, notices are system ---------------
LANGUAGES = ["en", "ru", "uk", "de", "fr", "es", "it", "pt-PT", "pt-BR", "nl", "cs", "pl", "tr", "ar", "fa", "hi", "id",
             "ja", "ko", "th", "vi", "zh-CN", "zh-HK", "fi", "hu", "hr", "sv", "el", "he", "ro", "sk", "da", "nb", "ms"]
PLACEHOLDER_KINDS = ("image", "video", "audio", "sticker", "gif", "contact", "deleted", "you_deleted",
                     "missed_voice_call")


def _texts(language: str, platform: str, kinds: tuple[str, ...]) -> list[tuple[str, str]]:
    """(kind, text) — the first catalogue text of each kind for this language and platform."""
    found: dict[str, str] = {}
    for e in whatsapp.strings():
        if e.language == language and e.platform == platform and e.kind in kinds:
            found.setdefault(e.kind, e.text)
    return [(k, found[k]) for k in kinds if k in found]


@pytest.mark.parametrize("language", LANGUAGES)
def test_ios_placeholders_and_notices_in_every_language(language: str) -> None:
    placeholders = _texts(language, "ios", PLACEHOLDER_KINDS)
    notices = _texts(language, "ios", ("encryption", "security_code"))
    assert len(placeholders) >= 5 and notices, language
    lines = [f"[3/18/22, 14:56:00] Salon: {LRM}{text.replace('{}', 'Salon')}." for _, text in notices]
    lines.append("[3/18/22, 15:00:00] Anna: Hello")
    lines += [f"{LRM}[3/18/22, 15:{i + 1:02}:00] Anna: {LRM}{text}" for i, (_, text) in enumerate(placeholders)]
    lines.append("[3/18/22, 16:00:00] Salon: See you")
    chat = _parse(lines)
    frame = chat.frame
    assert len(frame) == len(lines)
    assert frame["system"].tolist() == [True] * len(notices) + [False] * (len(placeholders) + 2)
    assert chat.authors == ["Anna", "Salon"]
    people = frame[~frame["system"]]
    assert people["text"].iloc[0] == "Hello" and people["text"].iloc[-1] == "See you"
    assert (people["sender"].iloc[1:-1] == "Anna").all()
    assert chat.stats["placeholders"] == len(placeholders) and chat.stats["unknown"] == 0
    assert frame["timestamp"].iloc[-1] == pd.Timestamp("2022-03-18 16:00")


ANDROID = ["en", "ru", "uk", "de", "fr", "es", "it", "pt-PT", "pt-BR", "nl", "cs", "pl", "tr", "ar", "fa", "hi", "id",
           "ja", "ko", "th", "vi", "zh-CN", "fi", "hu", "hr", "sv"]


@pytest.mark.parametrize("language", ANDROID)
def test_android_media_location_and_files_in_every_language(language: str) -> None:
    texts = _texts(language, "android", ("media", "location", "file_attached", "live_location"))
    assert len(texts) >= 3, language
    body = {"location": "{}https://maps.google.com/?q=1,2", "file_attached": "IMG-1.jpg {}"}
    lines = ["18.03.2022, 14:56 - Anna: Hello"]
    lines += [f"18.03.2022, 15:{i:02} - Anna: " + body.get(k, "{}").format(t) for i, (k, t) in enumerate(texts)]
    chat = _parse(lines)
    assert not chat.frame["system"].any() and chat.authors == ["Anna"]
    assert chat.stats["placeholders"] == len(texts)


def test_an_unknown_language_placeholder_stays_its_senders_message() -> None:
    lines = [f"{LRM}[3/18/22, 15:0{i}:00] Anna: {LRM}kuva puuttuu {i}" for i in range(6)]
    chat = _parse(["[3/18/22, 14:56:00] Anna: Hello", *lines])
    assert not chat.frame["system"].any() and len(chat.authors) == 1
    assert chat.stats["unknown"] == 6 and chat.warnings == ["unknown_lines"]


def test_arabic_fixture_file() -> None:
    chat = whatsapp.parse(FIXTURES / "arabic_ios.txt")
    frame = chat.frame
    assert len(frame) == 6 and frame["system"].tolist() == [True, False, False, False, False, False]
    assert chat.authors == ["ليلى", "صالون"]
    assert frame["text"].iloc[1] == "مرحبا، هل يوجد موعد غدا؟"
    assert frame["timestamp"].iloc[0] == pd.Timestamp("2022-03-18 14:56")
    assert frame["timestamp"].iloc[-1] == pd.Timestamp("2022-03-19 09:16:30")
    assert chat.stats["placeholders"] == 3


# --- what the parser saw -----------------------------------------------------------------------------------------
def test_stats_and_the_export_cap_warning() -> None:
    start = dt.datetime(2023, 1, 1)
    lines = [f"{start + dt.timedelta(minutes=i):%d.%m.%Y, %H:%M} - {'Anna' if i % 2 else 'Bob'}: m{i}"
             for i in range(39_000)]
    chat = _parse(lines)
    assert chat.stats["messages"] == 39_000 and chat.stats["system"] == 0
    assert chat.warnings == ["export_cap"]
    assert "WhatsApp's limit" in import_warning("export_cap", "en", n=39_000)
    assert "39 000 сообщений" in import_warning("export_cap", "ru", n=39_000)
    assert not _parse(lines[:100]).warnings


# --- other parsers' real sample files ------------------------------------------------------------------------------
PEER_FILES = [  # file, messages, system, authors, first text, last text, first time
    ("whats_json/android/WhatsApp Chat with Dmitry S EN Android.txt", None, 1, ["Dmitry S", "Elon"], None, None, None),
    ("whats_json/ios/WhatsApp Chat - Elon Musk (EN).txt", None, 3, ["Dmitry S", "Elon Musk"], None, None,
     "2022-03-18 14:56:01"),
    ("whats_json/ios/WhatsApp Chat - Elon Musk (UKR).txt", None, 3, ["Dmitry S", "Elon Musk"], None, None,
     "2022-03-18 14:56:00"),
    ("whatsapp-chat-parser/short-chat.txt", 5, 2, ["Sample User", "TestBot", "+410123456789"], None,
     "How are you?\n\nIs everything alright?", None),
]


@pytest.mark.parametrize("name, count, system, authors, first, last, when", PEER_FILES, ids=[r[0] for r in PEER_FILES])
def test_peer_files(name: str, count: int | None, system: int, authors: list[str], first: str | None,
                    last: str | None, when: str | None) -> None:
    path = PEERS / name
    if not path.exists():
        pytest.skip("shared/peers is not here")
    chat = whatsapp.parse(path)
    frame = chat.frame
    assert int(frame["system"].sum()) == system and chat.authors == authors
    if count is not None:
        assert len(frame) == count
    if last is not None:
        assert frame["text"].iloc[-1] == last
    if when is not None:
        assert frame["timestamp"].iloc[0] == pd.Timestamp(when)
    placeholders = frame["text"].map(lambda t: whatsapp.catalogue().kind(t) in whatsapp.KINDS and
                                     whatsapp.KINDS[whatsapp.catalogue().kind(t)] == "placeholder")
    assert not frame.loc[placeholders, "system"].any()
    assert (frame.loc[placeholders, "sender"] != "").all()


def test_not_a_chat_is_still_refused() -> None:
    with pytest.raises(InputError, match="not a WhatsApp"):
        whatsapp.parse_text("hello\nworld\n", "x.txt")


def _exhaustive_grammar(text: str):  # noqa: ANN202 — choose_grammar without its early stop
    head = text[: 1 << 16]
    best, found = whatsapp.header_re(), -1
    for time_first in (False, True):
        for bidi in (False, True) if any(ch in head for ch in whatsapp.BIDI) else (False,):
            for clock_first in (False, True) if not head.isascii() else (False,):
                pattern = whatsapp.header_re(time_first, bidi, clock_first)
                count = sum(1 for _ in pattern.finditer(head))
                if count > found:
                    best, found = pattern, count
    return best


_TEXTS = sorted([*PEERS.rglob("*.txt"), *(PEERS.parent / "corpus" / "dev").rglob("*.txt"), *FIXTURES.rglob("*.txt")])


@pytest.mark.parametrize("path", _TEXTS, ids=lambda p: p.name)
def test_the_grammar_chosen_early_is_the_one_trying_all_would_choose(path: Path) -> None:
    text = path.read_text(encoding="utf-8-sig", errors="replace")
    assert whatsapp.choose_grammar(text) is _exhaustive_grammar(text)


@pytest.mark.parametrize("layout", LAYOUTS, ids=lambda layout: layout[0])
def test_each_layout_chooses_the_grammar_trying_all_would_choose(layout: tuple) -> None:
    text = "\n".join([*layout[1], "2 more lines", "of a message"]) + "\n"
    assert whatsapp.choose_grammar(text) is _exhaustive_grammar(text)
