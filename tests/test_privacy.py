"""Personal data becomes stable keyed tokens; everything else is left alone."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
from pathlib import Path

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from sheets_bridge.privacy import (
    PrivacyKeyError,
    Scrubber,
    ScrubbingOffWarning,
    Vault,
    keyed_hash,
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
    ("карта 4111 1111 1111 1111, оплата по ссылке https://pay.example.ru/i/77", ["CARD"]),  # a link beside it
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
    # long numbers in links and coordinates (these pass the Luhn check): ids, never cards
    "location: https://maps.google.com/?q=55.4111111111111111,37.61",
    "смотрите https://vk.com/wall-4111111111111111_17 и www.example.ru/p/4111111111111111",
    "точка 55.4111111111111111",
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


@given(st.binary(max_size=100), st.sampled_from(["MSG", "CHAT", "PHONE", ""]), st.text(max_size=40),
       st.integers(min_value=1, max_value=64))
@example(bytes(range(100)), "MSG", "chat|1", 64)  # longer than SHA-256's 64-byte block: hashed first
@example(b"", "CHAT", "", 16)
@example(bytes(range(64)), "MSG", "ж", 16)  # exactly one block
def test_a_keyed_hash_is_the_standard_hmac_sha256(key: bytes, kind: str, value: str, length: int) -> None:
    """keyed_hash starts from the key's padded states itself (for speed): it must be RFC 2104's HMAC to the bit,
    keys longer than a block (hashed first) and empty ones included."""
    import hashlib
    import hmac

    want = hmac.new(key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:length]
    assert keyed_hash(key, kind, value, length) == want
    assert keyed_hash(key, kind, value, length) == want  # again, from the kept states


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
    scrubber.scrub("+79171234567", seen=dt.datetime(2025, 1, 10, tzinfo=dt.timezone.utc))
    keep = scrubber.scrub("a@b.ru", seen=dt.datetime(2025, 9, 20, tzinfo=dt.timezone.utc))
    wb = XlsxWorkbook(tmp_path / "book.xlsx")
    wb.append("messages", [{"message_id": "m-old", "timestamp": old},
                           {"message_id": "m-new", "timestamp": new, "text": f"пишите на {keep}"},
                           {"message_id": "m-undated", "timestamp": "someday"}])
    wb.append("events", [{"event_id": "e-old", "timestamp": old}])
    wb.append("conversations", [{"conversation_id": "c-old", "ended_at": old},
                                {"conversation_id": "c-new", "ended_at": new}])
    wb.append("rubric", [{"conversation_id": "c-old"}, {"conversation_id": "c-new"}])
    report = purge(wb, scrubber.vault, dt.timedelta(days=180), now=now)
    assert wb.read("messages")["message_id"].tolist() == ["m-new", "m-undated"]
    assert wb.read("events").empty
    assert wb.read("rubric")["conversation_id"].tolist() == ["c-new"]
    assert report.removed == {"events": 1, "messages": 1, "conversations": 1, "rubric": 1}
    assert report.undated == {"messages": 1}
    assert report.vault_removed == 1
    assert [e[0] for e in scrubber.vault.entries()] == [keep]


# --- full names typed in text (issue #18) -------------------------------------------------------------------------
@pytest.mark.parametrize("text, hidden", [
    ("Запишите Анну Сафину на пятницу", ["Анн", "Сафин"]),
    ("это Ксения Гарипова, 8 917 123-45-67", ["Гарипова", "917"]),
    ("Hi, this is Anjali Mehta from Dubai", ["Anjali", "Mehta"]),
    ("Dear Ms Mehta, thank you", ["Mehta"]),
    ("Сафина Анна Рашитовна придёт", ["Сафина", "Рашитовна"]),
    ("передайте Ковалёвой Наталье", ["Ковалёвой", "Наталье"]),
    ("записала Марию Ким на 12:00", ["Ким"]),
    ("Marina Viktorovna will come", ["Viktorovna"]),
    ("Анна-Мария Петрова-Водкина", ["Петрова"]),
    ("подруга Лилии Зариповой", ["Зариповой"]),
])
def test_full_names_are_found_without_any_model(scrubber: Scrubber, text: str, hidden: list[str]) -> None:
    out = scrubber.scrub(text)
    assert "[NAME:" in out
    for word in hidden:
        assert word not in out


@pytest.mark.parametrize("text", [
    "Это Ольга, Улыбка+",
    "Давайте Ксения в 5",  # one given name: nobody in particular
    "Спасибо Анна Хорошего дня",
    "Передадим Алсу",
    "Serenity Spa, Signature Hydrating Facial",
    "Will Tuesday work? May I come?",
    "Яндекс Картах видно, Проспект Октября",
    "Max Mara, Kia Rio, Al Wasl",
])
def test_given_names_alone_and_ordinary_capitalized_words_stay(scrubber: Scrubber, text: str) -> None:
    assert scrubber.scrub(text) == text


def test_a_known_name_keeps_its_token_and_the_surname_beside_it_gets_one(scrubber: Scrubber) -> None:
    out = scrubber.scrub("Анна Сафина придёт, Анне напомню", known_names=["Анна"])
    tokens = re.findall(r"\[NAME:[0-9a-f]+\]", out)
    assert "Сафин" not in out and "Анн" not in out
    assert len(tokens) == 3 and tokens[0] == tokens[2] != tokens[1]


def test_full_names_can_be_switched_off() -> None:
    assert Scrubber(KEY, full_names=False).scrub("Анна Сафина") == "Анна Сафина"


# --- long texts: linear time, nothing left past a finder's limit -------------------------------------------------
def _number_heavy(size: int) -> str:
    import random

    rng = random.Random(7)
    parts, length = [], 0
    while length < size:
        parts.append(rng.choice([str(rng.randint(0, 10 ** rng.randint(1, 12))), f"{rng.randint(0, 9999):04d} "
                                 f"{rng.randint(0, 9999):04d}", "руб", "№", "+7"]))
        length += len(parts[-1]) + 1
    return " ".join(parts)


def test_scrubbing_a_long_number_heavy_text_takes_linear_time() -> None:
    """250 KB of numbers in about a second (before: 7.7 s here, 209 s for 560 KB: each card candidate searched the
    whole text before it)."""
    import time

    text = _number_heavy(250_000) + " звоните 8 917 123-45-67"
    started = time.perf_counter()
    out = Scrubber(KEY).scrub(text)
    assert time.perf_counter() - started < 4.0
    assert out.endswith("звоните [PHONE:" + Scrubber(KEY).scrub("89171234567")[7:])


def test_a_phone_past_the_phone_finders_candidate_limit_is_still_scrubbed(monkeypatch: pytest.MonkeyPatch) -> None:
    """phonenumbers gives up after max_tries candidates (65,535); windows give each part of a text its own."""
    import functools

    import phonenumbers

    from sheets_bridge.privacy import detect

    monkeypatch.setattr(detect.phonenumbers, "PhoneNumberMatcher",
                        functools.partial(phonenumbers.PhoneNumberMatcher, max_tries=400))
    text = " ".join(f"{i:07d}" for i in range(2000)) + " звоните 8 917 123-45-67"  # a window holds 300
    assert "917" not in Scrubber(KEY).scrub(text)[-40:]


def test_a_phone_across_a_window_boundary_is_scrubbed() -> None:
    from sheets_bridge.privacy.scrubber import WINDOW

    for shift in range(-12, 3, 3):
        text = "а" * (WINDOW * 2 + shift) + " 8 917 123-45-67 " + "б" * WINDOW
        assert "917" not in Scrubber(KEY).scrub(text)


# --- files: owner-only --------------------------------------------------------------------------------------------
def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_vault_journal_and_home_are_readable_by_the_owner_only(tmp_path: Path) -> None:
    """While the vault is open its -wal/-shm hold clear values (before: 0644); the journal and home too."""
    from sheets_bridge.privacy import open_scrubber
    from sheets_bridge.webhook.journal import Journal

    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    (home / "llm_cache.sqlite3").write_text("")
    (home / "llm_cache.sqlite3").chmod(0o644)
    scrubber = open_scrubber(home / "privacy.key", home / "vault.sqlite3")
    scrubber.scrub("+79171234567")
    scrubber.flush()
    journal = Journal(home / "journal.sqlite3")
    journal.store([{"event_id": "e1"}], "events")
    files = [p for p in home.iterdir()]
    assert {p.name for p in files} >= {"vault.sqlite3-wal", "vault.sqlite3-shm", "journal.sqlite3-wal"}
    assert {p.name: _mode(p) for p in files} == {p.name: 0o600 for p in files}
    assert _mode(home) == 0o700
    scrubber.vault.close()


# --- retention beyond the tabs -------------------------------------------------------------------------------------
def _llm_cache(path: Path, keys: list[str]) -> None:
    import sqlite3

    db = sqlite3.connect(path)
    db.execute("CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, item TEXT NOT NULL)")
    with db:
        db.executemany("INSERT OR REPLACE INTO answers VALUES (?, ?)", [(k, "{}") for k in keys])
    db.close()


def test_purge_covers_the_vault_the_journal_and_the_llm_cache(tmp_path: Path, scrubber: Scrubber) -> None:
    import sqlite3

    from sheets_bridge import events
    from sheets_bridge.webhook.journal import Journal

    now = dt.datetime.now(dt.timezone.utc)
    wb = XlsxWorkbook(tmp_path / "book.xlsx")
    name = scrubber.person("Анна Сафина")  # a sender's name: dated at import time, not by its messages
    kept = scrubber.scrub("+79171234567")
    wb.append("messages", [{"message_id": "old", "timestamp": "2020-01-01T00:00:00+00:00", "sender": name},
                           {"message_id": "new", "timestamp": now.isoformat(), "text": kept}])
    journal = Journal(tmp_path / "journal.sqlite3")
    event = events.validate({"timestamp": "2020-01-01T00:00:00+00:00", "channel": "w", "session_id": "s",
                             "event_type": "lead.created"})
    journal.store([events.to_row(event, scrubber, now - dt.timedelta(days=400))], "events")
    journal.mark_flushed([1])
    journal._conn().execute("UPDATE events SET received_at = '2020-01-01T00:00:00+00:00'")
    cache = tmp_path / "llm_cache.sqlite3"
    _llm_cache(cache, ["a", "b"])
    first = purge(wb, scrubber.vault, dt.timedelta(days=180), journal=journal.path, llm_cache=cache)
    assert first.removed["messages"] == 1 and first.journal_removed == 1 and first.llm_cache_undated == 2
    assert [e[0] for e in scrubber.vault.entries()] == [kept]  # the name went with its only row
    assert first.vault_unreferenced == 1 and any("Make a copy" in n or "copies" in n for n in first.not_reached)
    _llm_cache(cache, ["c"])  # saved after the first purge: dated by the trigger
    later = purge(wb, scrubber.vault, dt.timedelta(days=180), journal=journal.path, llm_cache=cache,
                  now=now + dt.timedelta(days=181))
    assert later.llm_cache_removed == 3
    assert sqlite3.connect(cache).execute("SELECT count(*) FROM answers").fetchone()[0] == 0


def test_purge_command_reports_what_it_could_not_reach(tmp_path: Path, _isolated_home: Path) -> None:
    from click.testing import CliRunner

    from sheets_bridge.cli import cli

    XlsxWorkbook(tmp_path / "book.xlsx").append("messages", [{"message_id": "m", "timestamp": "2020-01-01T00:00"
                                                                                             ":00+00:00"}])
    out = CliRunner().invoke(cli, ["purge", "--older-than", "180d", "--yes", "--workbook", str(tmp_path / "book.xlsx")])
    assert out.exit_code == 0, out.output
    assert "messages: 1 rows" in out.output and "journal:" in out.output and "Not reached" in out.output
    assert stat.S_IMODE(os.stat(_isolated_home).st_mode) == 0o700


# --- the dev corpus: no full name a client typed survives anywhere ------------------------------------------------
# An independent check (not the scrubber's lexicon): capitalized word runs of the raw files, less words the corpus
# also writes in lower case (ordinary words) and less the business accounts; a run of two or more words one of which
# ends like a Russian surname or patronymic is a full name.
_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын)(?:а|у|ой|ым|е)?$|(?:ович|евич|овн|евн)[а-яё]{0,3}$|(?:ск|цк)(?:ий|ая)$")
_RUN = re.compile(r"(?<![\w])[А-ЯЁA-Z][а-яёa-z]+(?: [А-ЯЁA-Z][а-яёa-z]+)+")
# Typed by clients in chats an owner may import (issue #18); added as a chat of their own.
HOSTILE_CHAT = ("15.03.2024, 10:00 - Гость: Здравствуйте, запишите Анну Сафину и Ксению Гарипову на субботу\n"
                "15.03.2024, 10:02 - Аура Алина: Добрый день! На 12:00 и 13:00 подойдёт?\n"
                "15.03.2024, 10:03 - Гость: Да. And my sister Anjali Mehta too\n")


def corpus_full_names(raw: str, managers: set[str]) -> set[str]:
    ordinary = set(re.findall(r"(?<![\w])[а-яёa-z]+", raw))
    names = set()
    for m in _RUN.finditer(raw):
        words = [w for w in m.group().split() if w.lower() not in ordinary]
        if m.group() not in managers and len(words) >= 2 and any(_SURNAME.search(w) for w in words):
            names.add(" ".join(words))
    return names


@pytest.fixture(scope="module")
def corpus_everything(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str, set[str]]:
    """The dev corpus (and the hostile chat) imported and analysed: every cell of every tab, every LLM request."""
    from sheets_bridge.analysis import AnalyzeOptions, analyze
    from sheets_bridge.analysis.record import load_analysis
    from sheets_bridge.ingest import ImportOptions, import_chats
    from sheets_bridge.tagging import get_tagger

    from .conftest import CORPUS
    from .fakes.openai_server import FakeOpenAI

    tmp = tmp_path_factory.mktemp("names")
    (tmp / "hostile.txt").write_text(HOSTILE_CHAT, encoding="utf-8")
    files = sorted((CORPUS / "chats").iterdir()) + [tmp / "hostile.txt"]
    raw = "\n".join(p.read_text(encoding="utf-8") for p in files)
    managers = {line.split("\t")[0] for line in (CORPUS / "managers.tsv").read_text(encoding="utf-8").splitlines()}
    wb = XlsxWorkbook(tmp / "book.xlsx")
    import_chats(files, wb, Scrubber(KEY), ImportOptions(managers_file=CORPUS / "managers.tsv",
                                                        tz="Asia/Yekaterinburg"))
    analyze(wb, AnalyzeOptions(tz="Asia/Yekaterinburg"))
    with FakeOpenAI() as fake:
        tagger = get_tagger("llm", base_url=fake.base_url, api_key="k", model="gpt-4o-mini", max_retries=0,
                            cache_path=tmp / "cache.sqlite3", batch_size=40, scrubber=Scrubber(KEY))
        tagger.tag(load_analysis(wb).conversation_objects())
        prompts = json.dumps(fake.bodies, ensure_ascii=False)
    cells = "\n".join(str(v) for tab in wb.tabs() for v in wb.read(tab).to_numpy().ravel())
    return cells, prompts, corpus_full_names(raw, managers) | {"Анну Сафину", "Ксению Гарипову", "Anjali Mehta"}


def test_the_check_finds_the_corpus_full_names(corpus_everything) -> None:
    """So that the next test can fail: the corpus README's names (and the one with a patronymic in 36) are found."""
    _, _, names = corpus_everything
    assert {"Катя Морозова", "Эльмира Сафина", "Хасанов Тимур Рустемович", "Лилия Зарипова"} <= names
    assert len(names) >= 25


def test_no_full_name_from_the_corpus_survives_in_any_tab_or_prompt(corpus_everything) -> None:
    cells, prompts, names = corpus_everything
    assert "[NAME:" in cells and "[NAME:" in prompts
    for name in sorted(names):
        surnames = [w for w in name.split() if _SURNAME.search(w) or w in ("Mehta", "Сафину", "Гарипову")]
        for word in surnames:
            assert word not in cells, f"{word} ({name}) survives in a tab"
            assert word not in prompts, f"{word} ({name}) reaches the LLM"
