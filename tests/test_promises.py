"""Promises and money (SPEC §4, issue #21): prices said vs the owner's price list, bookings confirmed in a chat
whose events are logged but never recorded, and what each missed lead was probably worth."""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from sheets_bridge.analysis import AnalyzeOptions, analyze_frames
from sheets_bridge.analysis.prices import PriceList, mentions, parse_price, price_list_from_rows, read_price_list
from sheets_bridge.analysis.services import service_stems, words
from sheets_bridge.cli import cli
from sheets_bridge.errors import InputError
from sheets_bridge.ingest import ImportOptions, import_chats
from sheets_bridge.privacy import Scrubber
from sheets_bridge.tagging.base import Tagger, get_tagger
from sheets_bridge.workbook import XlsxWorkbook

from .conftest import CORPUS

TZ = "Asia/Yekaterinburg"
PRICES = [["service", "price"], ["Стрижка женская", "1500"], ["Маникюр с покрытием", "1600"],
          ["Маникюр без покрытия", "800"], ["Окрашивание бровей", "500"], ["Укладка", "от 1000"],
          ["Чистка зубов", "3000–4500"], ["Спортивный массаж 60 минут", "3300"], ["Haircut", "$40"]]


def _list(rows: list[list[str]] = PRICES) -> PriceList:
    return price_list_from_rows(rows)


# --- prices ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("cell, low, high, currency", [
    ("1500", 1500, 1500, None), ("1 500", 1500, 1500, None), ("1\u00a0500 ₽", 1500, 1500, "RUB"),
    ("1500р", 1500, 1500, "RUB"), ("1500 р.", 1500, 1500, "RUB"), ("1500 руб.", 1500, 1500, "RUB"),
    ("1500 rub", 1500, 1500, "RUB"), ("$50", 50, 50, "USD"), ("50 $", 50, 50, "USD"), ("AED 180", 180, 180, "AED"),
    ("от 1500", 1500, None, None), ("От 1 500 ₽", 1500, None, "RUB"), ("1500–2000", 1500, 2000, None),
    ("1500-2000 руб", 1500, 2000, "RUB"), ("от 1500 до 2000 ₽", 1500, 2000, "RUB"), ("2 тыс", 2000, 2000, None),
    ("1,5 тыс. ₽", 1500, 1500, "RUB"), ("1 500,50", 1500.5, 1500.5, None), ("1.500", 1500, 1500, None),
    ("0", 0, 0, None), ("бесплатно", 0, 0, None),
    ("по запросу", None, None, None), ("2000–1500", None, None, None), ("", None, None, None),
])
def test_a_price_cell(cell: str, low: float | None, high: float | None, currency: str | None) -> None:
    amount = parse_price(cell)
    if low is None:
        assert amount is None
    else:
        assert amount is not None and (amount.low, amount.high, amount.currency) == (low, high, currency)


@pytest.mark.parametrize("message, asked, said", [
    ("Цены: разовое занятие — 800 ₽, абонемент на 8 занятий — 5200 ₽", False, ["800 ₽", "5200 ₽"]),
    ("Массаж шейно-воротниковой зоны 30 минут — 1500 ₽. Записать вас?", False, ["1500 ₽"]),
    ("Сертификаты от 2000 ₽ на любую сумму", False, ["от 2000 ₽"]),
    ("Ориентир 9000–10000 ₽, точнее скажет мастер", False, ["9000–10000 ₽"]),
    ("от 8000 до 12000, зависит от длины", False, ["от 8000 до 12000"]),
    ("Стоимость 1800, ждём вас в 16:30", False, ["1800"]),          # after a price word, without ₽
    ("Здравствуйте. 3500 в месяц", True, ["3500"]),                  # a reply to «сколько стоит?»
    ("Здравствуйте. 3500 в месяц", False, []),
    ("Занятие длится 90 минут, в 18:30 или 20:00", True, []),        # durations and times are no prices
    ("Скидка 500 ₽ до пятницы, предоплата 1000 ₽", False, []),       # other sums
    ("1500 ₽ до 18:00", False, ["1500 ₽"]),                          # «до 18» is a time, not a range's end
    ("A haircut is $45", False, ["$45"]),
    ("Звоните [PHONE:1a2b3c] или 8 917 555 20 11", True, []),
])
def test_prices_said_in_a_message(message: str, asked: bool, said: list[str]) -> None:
    assert [m.amount.text for m in mentions(message, asked_price=asked)] == said


@pytest.mark.parametrize("said, listed, agrees", [
    ("1500 ₽", "1500", True), ("1 500 ₽", "1500 ₽", True), ("1600 ₽", "1500", False),
    ("1800 ₽", "от 1500", True),       # inside a «from» price: more is fine
    ("1200 ₽", "от 1500", False),      # ... less is not
    ("от 1500 ₽", "от 1500", True), ("от 1200 ₽", "от 1500", False),  # a «from» said names the lowest figure
    ("от 1500 ₽", "1500", True), ("1700 ₽", "1500–2000", True), ("1500–2500 ₽", "1500–2000", False),
    ("$40", "1500 ₽", True),           # two currencies are not compared
    ("$45", "$40", False),
])
def test_a_said_price_against_the_list(said: str, listed: str, agrees: bool) -> None:
    (mention,) = mentions(said)
    amount = parse_price(listed)
    assert amount is not None and mention.amount.agrees_with(amount) is agrees


# --- services ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, named", [
    ("хочу записаться на женскую стрижку", ["Стрижка женская"]),
    ("сколько стоят женские стрижки?", ["Стрижка женская"]),
    ("цены на стрижек женских", ["Стрижка женская"]),                     # a fleeting vowel
    ("маникюр с покрытием гель-лаком", ["Маникюр с покрытием"]),
    ("маникюр без покрытия", ["Маникюр без покрытия", "Маникюр с покрытием"]),  # «с» is no word: both, most first
    ("сколько стоит маникюр?", ["Маникюр с покрытием", "Маникюр без покрытия"]),  # unclear: either
    ("окрашиванием бровей", ["Окрашивание бровей"]),
    ("брови окрасить", ["Окрашивание бровей"]),    # named in part (a verb is not the noun): a value, not a check
    ("чистку зубов хочу", ["Чистка зубов"]), ("зубы болят", ["Чистка зубов"]),
    ("спортивного массажа", ["Спортивный массаж 60 минут"]),            # its number need not be said
    ("ёлки-палки", []), ("how much is a haircut?", ["Haircut"]), ("haircuts for kids", ["Haircut"]),
])
def test_which_service_a_text_names(text: str, named: list[str]) -> None:
    assert [s.name for s in _list().named(text)] == named


@pytest.mark.parametrize("name, stems", [("Стрижка женская", ("стрижк", "женск")),
                                         ("Массаж шейно-воротниковой зоны", ("массаж", "шейн", "воротников", "зон")),
                                         ("Абонемент на 8 занятий", ("абонемент", "8", "занят")),
                                         ("Спортивный массаж 60 минут", ("спортивн", "массаж", "60"))])
def test_service_stems(name: str, stems: tuple[str, ...]) -> None:
    assert service_stems(name) == stems and words("Шейно-воротниковой") == ["шейно", "воротниковой"]


# --- the price list file -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("data, services", [
    ("service,price\nСтрижка,1500\nУкладка,от 1000\n".encode(), {"Стрижка": 1500, "Укладка": 1000}),
    ("\ufeffservice;price\r\nСтрижка;1 500 ₽\r\n".encode(), {"Стрижка": 1500}),           # Excel: BOM and ;
    ("Service;Price\nСтрижка;1500,50\n".encode("cp1251"), {"Стрижка": 1500.5}),          # Windows-1251
    ("услуга\tцена\nСтрижка\t1500\n\n".encode("utf-16"), {"Стрижка": 1500}),             # Russian header, tabs
    ('service,price\n"Массаж, курс 10 сеансов","22 000"\n'.encode(), {"Массаж, курс 10 сеансов": 22000}),
])
def test_a_price_list_file(tmp_path: Path, data: bytes, services: dict[str, float]) -> None:
    path = tmp_path / "prices.csv"
    path.write_bytes(data)
    found = read_price_list(path)
    assert {s.name: s.price.low for s in found.services} == services
    assert found.path == str(path) and found.sha256 == hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize("data, line, words_", [
    (b"", None, "is empty"), (b"\n\n", None, "is empty"),
    ("service,cost\nСтрижка,1500\n".encode(), 1, "no «price» column"),
    (b"name;price\n", None, "no services"),
    ("service,price\nСтрижка,1500\nУкладка,по запросу\n".encode(), 3, "'по запросу' is not a number"),
    ("service,price\nСтрижка,1500\n,900\n".encode(), 3, "service name is empty"),
    ("service,price\nСтрижка,1,500\n".encode(), 2, "3 values where the header has 2"),
    ("service,price\nСтрижка,1500\nстрижка,1600\n".encode(), 3, "listed twice (line 2 too)"),
    (b"\x00\x01binary\x00", None, "is not text"),
])
def test_a_bad_price_list_names_the_file_and_line(tmp_path: Path, data: bytes, line: int | None, words_: str) -> None:
    path = tmp_path / "prices.csv"
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_price_list(path)
    assert err.value.file == str(path) and err.value.line == line and words_ in str(err.value)
    assert str(err.value).startswith(f"{path}" + (f" line {line}" if line else "") + ": ")


# --- conversations → promises and values ------------------------------------------------------------------------
def _messages(chat: str, lines: list[tuple[str, str, str]], channel: str = "whatsapp") -> pd.DataFrame:
    """(HH:MM on 2025-11-10, role, text) → messages rows of one chat."""
    return pd.DataFrame([{"message_id": f"m_{chat}_{i}", "chat_id": chat, "channel": channel,
                          "timestamp": f"2025-11-10T{t}:00+05:00", "sender_role": role,
                          "sender": {"client": "[NAME:aa]", "manager": "Алина", "bot": "Бот"}[role], "text": text,
                          "source": f"{chat}.txt:{i}"} for i, (t, role, text) in enumerate(lines, start=1)])


EVENT_COLUMNS = ["event_id", "timestamp", "received_at", "level", "channel", "session_id", "user_id", "event_type",
                 "intent", "confidence", "crm_id", "payload"]


def _events(session: str, lines: list[tuple[str, str, str]]) -> pd.DataFrame:
    """(HH:MM on 2025-11-10, event_type, text) → events rows of one session (message events carry the text)."""
    return pd.DataFrame([{"event_id": f"{session}-{i}", "timestamp": f"2025-11-10T{t}:00+05:00", "received_at": "",
                          "level": "info", "channel": "telegram", "session_id": session, "user_id": "u1",
                          "event_type": kind, "intent": "", "confidence": None, "crm_id": "",
                          "payload": json.dumps({"text": text, "sender": "Бот"} if text else {}, ensure_ascii=False)}
                         for i, (t, kind, text) in enumerate(lines, start=1)], columns=EVENT_COLUMNS)


def _no_events() -> pd.DataFrame:
    return pd.DataFrame(columns=EVENT_COLUMNS)


@functools.cache
def _rules() -> Tagger:
    """The default tagger, built once for the module (building it reads its model)."""
    return get_tagger("rules")


def _analyze(messages: pd.DataFrame, events: pd.DataFrame, prices: PriceList | None = None):  # noqa: ANN202
    return analyze_frames(messages, events, AnalyzeOptions(tz=TZ, prices=prices), _rules())


PRICE_CASES = [
    # the manager names an old price for a service the client asked about
    ([("10:00", "client", "Сколько стоит женская стрижка?"), ("10:05", "manager", "Женская стрижка — 1300 ₽")],
     [("Стрижка женская", "1300 ₽", "1500", -200.0)]),
    # the same price as the list: nothing to say
    ([("10:00", "client", "Сколько стоит женская стрижка?"), ("10:05", "manager", "1500 ₽, записать вас?")], []),
    # the service comes from the client's request (the reply names only the price)
    ([("10:00", "client", "А стрижку женскую во сколько обойдётся?"), ("10:05", "manager", "Будет 1700")],
     [("Стрижка женская", "1700", "1500", 200.0)]),
    # «от 1000» in the list: 1200 is inside it, 900 is not
    ([("10:00", "client", "Укладка сколько?"), ("10:02", "manager", "Укладка 1200 ₽, вечерняя 900 ₽")],
     [("Укладка", "900 ₽", "от 1000", -100.0)]),
    # «маникюр» names either kind only in part: not checked; «маникюр с покрытием» names one
    ([("10:00", "client", "Сколько маникюр?"), ("10:01", "manager", "Маникюр 800 ₽")], []),
    ([("10:00", "client", "Сколько маникюр?"), ("10:01", "manager", "Маникюр 1000 ₽")], []),
    ([("10:00", "client", "Сколько маникюр с покрытием?"), ("10:01", "manager", "1000 ₽")],
     [("Маникюр с покрытием", "1000 ₽", "1600", -600.0)]),
    # a service named only in part is never called a wrong price
    ([("10:00", "client", "Брови окрасить сколько?"), ("10:01", "manager", "Брови 700 ₽")], []),
    # a range in the list; a discount is not a price
    ([("10:00", "client", "Чистка зубов сколько стоит?"), ("10:01", "manager", "Чистка зубов 3500 ₽, скидка 500 ₽")],
     []),
    ([("10:00", "client", "Чистка зубов сколько стоит?"), ("10:01", "manager", "От 2500 ₽ за чистку зубов")],
     [("Чистка зубов", "От 2500 ₽", "3000–4500", -500.0)]),
    # a service the list does not have is not checked; nor is a price the client names
    ([("10:00", "client", "Педикюр сколько?"), ("10:01", "manager", "Педикюр 2000 ₽")], []),
    ([("10:00", "client", "У них женская стрижка 900 ₽"), ("10:01", "manager", "У нас дороже, но качественно")], []),
]


@pytest.fixture(scope="module")
def said_vs_list() -> pd.DataFrame:
    """One analysis of every case of PRICE_CASES, each its own chat (``c<number>``)."""
    chats = [_messages(f"c{i}", lines) for i, (lines, _) in enumerate(PRICE_CASES)]
    return _analyze(pd.concat(chats, ignore_index=True), _no_events(), _list()).promises


@pytest.mark.parametrize("lines, expected", PRICE_CASES)
def test_prices_said_vs_the_list(said_vs_list: pd.DataFrame, lines: list[tuple[str, str, str]],
                                 expected: list[tuple]) -> None:
    chat = f"c{PRICE_CASES.index((lines, expected))}"
    rows = said_vs_list[(said_vs_list["kind"] == "price_differs") & (said_vs_list["chat_id"] == chat)]
    got = [(r.service, r.said, r.listed, None if pd.isna(r.difference) else r.difference)
           for r in rows.itertuples()]
    assert got == expected
    if expected:
        assert rows["evidence"].str.contains(r"M#2 «.*»: цена не как в прайсе").all()
        assert rows["manager"].eq("Алина").all() and rows["said_at"].str.startswith("2025-11-10T10:0").all()


BOOKED_BY_BOT = [("10:00", "message.received", "Можно записаться на маникюр завтра в 12?"),
                 ("10:01", "message.sent", "Есть 12:00, записать вас?"),
                 ("10:02", "message.received", "да"),
                 ("10:03", "message.sent", "Записала вас на завтра в 12:00 ✅ До встречи!")]


BOOKING_CASES = [
    ([], 1),                                                                  # events logged, no appointment.*
    ([("10:03", "appointment.confirmed", "")], 0),
    ([("10:04", "appointment.created", "")], 0),
    ([("11:30", "appointment.rescheduled", "")], 0),                          # any appointment.* event
    ([("10:04", "lead.created", ""), ("10:05", "assistant.error", "")], 1),  # other events are no booking
    ([("09:00", "appointment.confirmed", "")], 1),                            # before the conversation: not its own
]


@pytest.fixture(scope="module")
def bookings() -> pd.DataFrame:
    """One analysis of every case of BOOKING_CASES, each its own session (``s<number>``), beside a WhatsApp chat."""
    events = pd.concat([_events(f"s{i}", BOOKED_BY_BOT + extra) for i, (extra, _) in enumerate(BOOKING_CASES)],
                       ignore_index=True)
    return _analyze(_messages("whatsapp:x", [("08:00", "client", "привет")]), events).promises


@pytest.mark.parametrize("extra, flagged", BOOKING_CASES)
def test_a_booking_confirmed_in_a_chat_whose_events_are_logged(bookings: pd.DataFrame,
                                                               extra: list[tuple[str, str, str]], flagged: int) -> None:
    chat = f"telegram:s{BOOKING_CASES.index((extra, flagged))}"
    rows = bookings[(bookings["kind"] == "booking_without_event") & (bookings["chat_id"] == chat)]
    assert len(rows) == flagged
    if flagged:
        assert rows.iloc[0]["sender"] == "Бот" and rows.iloc[0]["evidence"].startswith("B#4 «Записала вас на завтра")


def test_a_chat_without_events_is_not_checked_for_bookings() -> None:
    chat = _messages("whatsapp:y", [("10:00", "client", "Запишите на стрижку завтра в 12"),
                                    ("10:01", "manager", "Записала вас на завтра в 12:00, ждём!")])
    other = _events("s2", [("10:00", "message.received", "привет")])
    result = _analyze(chat, other)
    assert result.conversations["booked"].eq(1).any()
    assert result.promises.empty


VALUE_CASES = [
    ([("10:00", "client", "Сколько стоит женская стрижка?"), ("10:05", "manager", "1500 ₽")], 1500.0, "service"),
    ([("10:00", "client", "Сколько стоит маникюр?"), ("10:05", "manager", "от 800 ₽")], 1200.0, "service"),  # median
    ([("10:00", "client", "Укладку хочу, сколько?")], 1000.0, "service"),            # «от 1000»: its lower bound
    ([("10:00", "client", "Здравствуйте, сколько у вас стоит?")], 3000.0, "median_booked"),
]


@pytest.fixture(scope="module")
def missed_values() -> pd.DataFrame:
    """One analysis of every case of VALUE_CASES (chats ``c<number>``) and one booked chat (``b1``)."""
    booked = _messages("b1", [("09:00", "client", "Запишите на чистку зубов завтра в 9"),
                              ("09:01", "manager", "Записала вас на завтра в 9:00 ✅")])
    chats = [_messages(f"c{i}", lines) for i, (lines, _, _) in enumerate(VALUE_CASES)]
    return _analyze(pd.concat([*chats, booked], ignore_index=True), _no_events(), _list()).missed_leads


@pytest.mark.parametrize("lines, value, basis", VALUE_CASES)
def test_what_a_missed_lead_was_worth(missed_values: pd.DataFrame, lines: list[tuple[str, str, str]], value: float,
                                      basis: str) -> None:
    missed = missed_values.set_index("chat_id")
    chat = f"c{VALUE_CASES.index((lines, value, basis))}"
    assert chat in missed.index and "b1" not in missed.index
    assert (missed.loc[chat, "estimated_value"], missed.loc[chat, "value_basis"]) == (value, basis)


def test_without_booked_services_the_median_of_the_list() -> None:
    result = _analyze(_messages("c1", [("10:00", "client", "Здравствуйте, сколько у вас стоит?")]), _no_events(),
                      _list())
    row = result.missed_leads.iloc[0]
    assert (row["estimated_value"], row["value_basis"]) == (1250.0, "median_list")


def test_without_prices_no_value_and_no_price_rows() -> None:
    result = _analyze(_messages("c1", [("10:00", "client", "Сколько стоит женская стрижка?"),
                                       ("10:05", "manager", "Женская стрижка — 1300 ₽")]), _no_events())
    assert result.promises.empty and result.missed_leads["estimated_value"].isna().all()
    assert result.run["prices"] == "" and result.run["prices_sha256"] == ""


# --- the real corpus and the command ------------------------------------------------------------------------------
@pytest.mark.parametrize("chat, prices, said", [
    ("20_gigiena_cena.txt", [["Профессиональная гигиена", "4000"], ["Чистка зубов ультразвуком", "2800"]],
     ["4500 ₽"]),                                  # the clinic raised the price; the ultrasound-only answer is right
    ("20_gigiena_cena.txt", [["Профессиональная гигиена", "4500"], ["Чистка зубов ультразвуком", "2500"]],
     ["2800 ₽"]),                                  # a price for the service the client's second question names
    ("01_manikur_pyatnica.txt", [["Маникюр со снятием и покрытием", "1800"]], []),
    ("01_manikur_pyatnica.txt", [["Маникюр со снятием и покрытием", "1600"]], ["1800 ₽"]),
])
def test_dev_corpus_chats(tmp_path: Path, chat: str, prices: list[list[str]], said: list[str]) -> None:
    wb = XlsxWorkbook(tmp_path / "book.xlsx")
    import_chats([CORPUS / "chats" / chat], wb, Scrubber(bytes(32)),
                 ImportOptions(managers_file=CORPUS / "managers.tsv", tz=TZ))
    promises = _analyze(wb.read("messages"), wb.read("events"), _list([["service", "price"], *prices])).promises
    assert list(promises["said"]) == said and set(promises["kind"]) <= {"price_differs"}


def test_analyze_prices_writes_the_tab_and_records_the_file(tmp_path: Path) -> None:
    book, prices = tmp_path / "book.xlsx", tmp_path / "prices.csv"
    wb = XlsxWorkbook(book)
    wb.append("messages", _messages("c1", [("10:00", "client", "Сколько стоит женская стрижка?"),
                                           ("10:05", "manager", "Женская стрижка — 1300 ₽")]))
    prices.write_text("service;price\nСтрижка женская;1500\n", encoding="utf-8-sig")
    result = CliRunner().invoke(cli, ["analyze", "--prices", str(prices), "-w", str(book), "--tz", TZ])
    assert result.exit_code == 0, result.output
    wb = XlsxWorkbook(book)
    assert list(wb.read("promises")["said"]) == ["1300 ₽"]
    run = wb.read("runs").iloc[-1]
    assert run["prices"] == str(prices) and run["prices_sha256"] == hashlib.sha256(prices.read_bytes()).hexdigest()
    assert wb.read("missed_leads")["estimated_value"].tolist() == [1500.0]
    prices.write_text("service,price\nСтрижка женская,дорого\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", "--prices", str(prices), "-w", str(book)])
    assert result.exit_code == 2 and f"{prices} line 2: price 'дорого' is not a number" in result.output
