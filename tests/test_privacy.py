"""Personal data becomes stable keyed tokens; everything else is left alone."""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from sheets_bridge.privacy import (
    PrivacyKeyError,
    Scrubber,
    ScrubbingOffWarning,
    Vault,
    load_or_create_key,
    normalize_phone,
)
from sheets_bridge.privacy.retention import parse_age, purge
from sheets_bridge.workbook import XlsxWorkbook

KEY = bytes(range(32))


@pytest.fixture
def scrubber(tmp_path: Path) -> Scrubber:
    return Scrubber(KEY, Vault(tmp_path / "vault.sqlite3"))


@pytest.mark.parametrize("written", ["+7 917 123-45-67", "89171234567", "8(917)1234567", "8 917 123 45 67",
                                     "+79171234567", "9171234567", "7-917-123-45-67"])
def test_one_phone_written_many_ways_gives_one_token(scrubber: Scrubber, written: str) -> None:
    assert scrubber.scrub(f"звоните {written} вечером") == "звоните [PHONE:" + \
        scrubber.scrub("+7 917 123-45-67")[7:] + " вечером"


@pytest.mark.parametrize("text, kinds", [
    ("Мой номер +7 (912) 345-67-89", ["PHONE"]),
    ("пишите на Ivan.Petrov@Mail.ru или hr@ulybka-plus.ru", ["EMAIL", "EMAIL"]),
    ("Карта 2202 2061 4478 3318 Сбербанк", ["CARD"]),
    ("карта 4111-1111-1111-1111", ["CARD"]),
    ("паспорт 4512 345678 выдан", ["PASSPORT"]),
    ("серия 45 12 номер 345678", ["PASSPORT"]),
    ("меня зовут анна петрова", ["NAME"]),
    ("Здравствуйте, меня зовут Анна Петрова, мой номер +7 (912) 345-67-89", ["NAME", "PHONE"]),
    ("my name is John", ["NAME"]),
    ("Хасанов Тимур Рустемович", ["NAME"]),  # the patronymic, without any model
    ("к Тимуру Маратовичу", ["NAME"]),
    ("спросите Анну Сергеевну", ["NAME"]),
    ("8 (495) 123-45-67 доб. 12", ["PHONE"]),
    ("8-800-555-35-35", ["PHONE"]),
])
def test_personal_data_is_found(scrubber: Scrubber, text: str, kinds: list[str]) -> None:
    out = scrubber.scrub(text)
    assert re.findall(r"\[([A-Z]+)", out) == kinds
    assert not re.search(r"\d{6,}", re.sub(r"\[[A-Z]+:[0-9a-f]+\]", "", out))


@pytest.mark.parametrize("text", [
    "Заказ №1234567890 отправлен",
    "номер заказа 9161234567",
    "номер договора 9161234567",
    "ИНН 7707083893",
    "ИНН 500100732259",
    "СНИЛС 112-233-445 95",
    "ОГРН 1027700132195",
    "Стоимость 15 000 ₽, предоплата 5000 р.",
    "итого 1800₽ + 800₽ = 2600₽",
    "Записала вас на пятницу 16.02 в 16:30",
    "приём 2024-02-14 10:12:55",
    "с 09:00 до 20:00, пн–сб",
    "счёт 40817810099910004312",
    "4276 1234 5678 9012",  # 16 digits that fail the Luhn check
    "паспорт 4512 345678"[8:],  # a series+number with no context word
    "Надежда умирает последней",
    "Отлично, спасибо! Столичная пицца, Симпатичное место",  # -ичн- words that are not patronymics
])
def test_ordinary_numbers_and_words_are_left_alone(scrubber: Scrubber, text: str) -> None:
    assert scrubber.scrub(text) == text


def test_known_client_names_are_found_in_any_case(scrubber: Scrubber) -> None:
    names = ["Катя Морозова"]
    out = scrubber.scrub("Добрый день, Катя! Записала Катю Морозову, передам Кате", known_names=names)
    assert "Кат" not in out and "Мороз" not in out
    tokens = re.findall(r"\[NAME:[0-9a-f]+\]", out)
    assert len(tokens) == 4 and len(set(tokens)) == 2  # Катя/Катю/Кате → one token; Морозову another


def test_names_do_not_match_ordinary_lowercase_words(scrubber: Scrubber) -> None:
    assert scrubber.scrub("есть ли у вас розы?", known_names=["Роза"]) == "есть ли у вас розы?"


def test_scrubbing_twice_changes_nothing(scrubber: Scrubber) -> None:
    once = scrubber.scrub("+7 917 123-45-67, a@b.ru, меня зовут Анна")
    assert scrubber.scrub(once) == once


def test_tokens_depend_on_the_key(tmp_path: Path) -> None:
    a = Scrubber(KEY).scrub("+79171234567")
    b = Scrubber(bytes(32)).scrub("+79171234567")
    assert a != b


def test_vault_maps_tokens_back_with_first_and_last_seen(scrubber: Scrubber) -> None:
    t1 = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    t2 = dt.datetime(2025, 3, 1, tzinfo=dt.timezone.utc)
    token = scrubber.scrub("89171234567", seen=t1)
    scrubber.scrub("+7 917 123 45 67", seen=t2)
    scrubber.scrub("Карта 2202 2061 4478 3318", seen=t2)
    assert scrubber.vault.lookup(token) == "+79171234567"
    entries = {e[0]: e for e in scrubber.vault.entries()}
    assert entries[token][3:] == ("2025-01-01T00:00:00+00:00", "2025-03-01T00:00:00+00:00")
    assert all(e[1] != "CARD" for e in entries.values()), "card numbers are never stored"


def test_user_ids_become_keyed_hashes(scrubber: Scrubber) -> None:
    assert scrubber.hash_id("tg_123456") == scrubber.hash_id("tg_123456")
    assert scrubber.hash_id("tg_123456").startswith("user_")
    assert "123456" not in scrubber.hash_id("tg_123456")
    assert scrubber.hash_id("+7 917 123-45-67") == scrubber.scrub("89171234567")


def test_scrubbing_off_passes_text_through_and_warns() -> None:
    with pytest.warns(ScrubbingOffWarning):
        s = Scrubber(KEY, enabled=False)
    assert s.scrub("+79171234567") == "+79171234567"


def test_key_is_created_once_with_owner_only_permissions(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "privacy.key"
    key = load_or_create_key(path)
    assert len(key) == 32
    assert load_or_create_key(path) == key
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_a_damaged_key_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "privacy.key"
    path.write_text("not hex")
    with pytest.raises(PrivacyKeyError, match="backup"):
        load_or_create_key(path)


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_scrub_never_fails_and_is_idempotent(text: str) -> None:
    s = Scrubber(KEY)
    once = s.scrub(text, known_names=["Анна Петрова"])
    assert s.scrub(once, known_names=["Анна Петрова"]) == once


@given(st.from_regex(r"(\+7|8)9[0-9]{9}", fullmatch=True))
def test_every_valid_mobile_is_tokenized(phone: str) -> None:
    assume(normalize_phone(phone) is not None)  # not every 9xx range is assigned
    out = Scrubber(KEY).scrub(f"мой номер {phone}")
    assert phone[-7:] not in out


@pytest.mark.parametrize("text, age", [("180d", dt.timedelta(days=180)), ("26w", dt.timedelta(weeks=26)),
                                       ("12h", dt.timedelta(hours=12))])
def test_parse_age(text: str, age: dt.timedelta) -> None:
    assert parse_age(text) == age


def test_purge_removes_old_rows_from_every_tab_and_the_vault(tmp_path: Path, scrubber: Scrubber) -> None:
    now = dt.datetime(2025, 10, 1, tzinfo=dt.timezone.utc)
    old, new = "2025-01-10T10:00:00+05:00", "2025-09-20T10:00:00+05:00"
    wb = XlsxWorkbook(tmp_path / "book.xlsx")
    wb.append("messages", [{"message_id": "m-old", "timestamp": old}, {"message_id": "m-new", "timestamp": new},
                           {"message_id": "m-undated", "timestamp": "someday"}])
    wb.append("events", [{"event_id": "e-old", "timestamp": old}])
    wb.append("conversations", [{"conversation_id": "c-old", "ended_at": old},
                                {"conversation_id": "c-new", "ended_at": new}])
    wb.append("rubric", [{"conversation_id": "c-old"}, {"conversation_id": "c-new"}])
    scrubber.scrub("+79171234567", seen=dt.datetime(2025, 1, 10, tzinfo=dt.timezone.utc))
    keep = scrubber.scrub("a@b.ru", seen=dt.datetime(2025, 9, 20, tzinfo=dt.timezone.utc))
    report = purge(wb, scrubber.vault, dt.timedelta(days=180), now=now)
    assert wb.read("messages")["message_id"].tolist() == ["m-new", "m-undated"]
    assert wb.read("events").empty
    assert wb.read("rubric")["conversation_id"].tolist() == ["c-new"]
    assert report.removed == {"events": 1, "messages": 1, "conversations": 1, "rubric": 1}
    assert report.undated == {"messages": 1}
    assert report.vault_removed == 1
    assert [e[0] for e in scrubber.vault.entries()] == [keep]
