"""Importing real export files: the dev corpus and other parsers' own sample files."""

from __future__ import annotations

import html
import io
import json
import os
import re
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sheets_bridge.errors import InputError
from sheets_bridge.ingest import ImportOptions, import_chats, parse_file, whatsapp
from sheets_bridge.ingest.instagram import fix_mojibake
from sheets_bridge.ingest.telegram import flatten_text
from sheets_bridge.privacy import Scrubber
from sheets_bridge.workbook import XlsxWorkbook

from .conftest import CORPUS, PEERS

KEY = bytes(range(32))
CORPUS_OPTIONS = ImportOptions(managers_file=CORPUS / "managers.tsv", tz="Asia/Yekaterinburg")

# (client, manager, bot, system) messages per file, counted from the files by hand-written regexes
# (line headers and managers.tsv; Telegram "type": "service"), not by running the importer.
EXPECTED_ROLES = [
    ("01_manikur_pyatnica.txt", (4, 2, 0, 1)), ("02_okrashivanie_dlinnye.txt", (6, 5, 0, 1)),
    ("03_prais_salon.txt", (3, 2, 0, 1)), ("04_chistka_zubov.txt", (5, 4, 0, 1)),
    ("05_implanty_perezvon.txt", (3, 1, 0, 1)), ("06_brovi_noch.txt", (6, 3, 0, 1)),
    ("07_plomba_bolit.txt", (4, 3, 0, 1)), ("08_strizhka_grubo.txt", (3, 2, 0, 1)),
    ("09_threading_en.txt", (2, 3, 0, 1)), ("10_implant_konsult.txt", (6, 5, 0, 1)),
    ("11_dizain_nogtey.txt", (7, 2, 0, 1)), ("12_otbelivanie_tishina.txt", (2, 0, 0, 1)),
    ("13_laminirovanie_cena.txt", (6, 4, 0, 1)), ("14_bot_bolit_zub.txt", (4, 2, 3, 1)),
    ("15_parkovka.txt", (3, 2, 0, 1)), ("16_wisdom_tooth_en.txt", (2, 1, 0, 1)),
    ("17_spam_prodvizhenie.txt", (2, 1, 0, 1)), ("18_napominanie_perenos.txt", (2, 3, 0, 1)),
    ("19_haircut_en.txt", (3, 3, 0, 1)), ("20_gigiena_cena.txt", (6, 3, 0, 1)),
    ("21_gel_otsloilsya.txt", (5, 2, 0, 1)), ("22_detskiy_vrach.txt", (5, 5, 0, 1)),
    ("23_hna_allergiya_perezvon.txt", (2, 1, 0, 1)), ("24_implantaciya_bolno.txt", (2, 2, 0, 1)),
    ("25_keratin.txt", (4, 2, 0, 1)), ("26_assistent_vakansiya.txt", (3, 1, 0, 1)),
    ("27_perenos_sveta.txt", (7, 3, 0, 1)), ("28_broken_tooth_en.txt", (3, 2, 0, 1)),
    ("29_zontik.txt", (4, 2, 0, 1)), ("30_ortoped_koronka.txt", (5, 3, 0, 1)),
    ("31_manikur_brovi_ios.txt", (5, 2, 0, 1)), ("32_implant_ceny_ios.txt", (4, 3, 0, 1)),
    ("33_balayage_en_ios.txt", (4, 0, 0, 1)), ("34_golosovye_koronka_ios.txt", (6, 3, 0, 1)),
    ("35_ne_tuda_ios.txt", (5, 4, 0, 1)), ("36_vozvrat_predoplaty_ios.txt", (3, 1, 0, 1)),
    ("37_ignor_voprosa_ios.txt", (3, 3, 0, 1)), ("38_tg_kraska_korni.json", (6, 4, 0, 1)),
    ("39_tg_chistka_vopros.json", (5, 5, 0, 1)), ("40_tg_bot_plomba.json", (5, 3, 3, 0)),
    ("41_tg_men_manicure_en.json", (3, 2, 0, 0)), ("42_tg_bot_flus_noch.json", (6, 0, 3, 1)),
    ("43_tg_follow_up_korni.json", (2, 3, 0, 0)), ("44_tg_rassrochka.json", (3, 2, 0, 0)),
    ("45_tg_ukreplenie.json", (4, 3, 0, 0)),
]


@pytest.fixture(scope="module")
def corpus_import(tmp_path_factory: pytest.TempPathFactory) -> tuple[XlsxWorkbook, pd.DataFrame]:
    wb = XlsxWorkbook(tmp_path_factory.mktemp("corpus") / "book.xlsx")
    result = import_chats([CORPUS / "chats"], wb, Scrubber(KEY), CORPUS_OPTIONS)
    return wb, result.rows


@pytest.mark.parametrize("name, counts", EXPECTED_ROLES, ids=[n for n, _ in EXPECTED_ROLES])
def test_corpus_messages_per_role(corpus_import, name: str, counts: tuple[int, int, int, int]) -> None:
    _, rows = corpus_import
    mine = rows[rows["source"].str.startswith(name[:3])]
    got = tuple(int((mine["sender_role"] == r).sum()) for r in ("client", "manager", "bot", "system"))
    assert got == counts


def test_corpus_times_are_ufa_local_with_offset(corpus_import) -> None:
    _, rows = corpus_import
    first = rows[rows["source"].str.startswith("01_")].iloc[1]
    assert first["timestamp"] == "2024-02-14T10:12:00+05:00"
    tg = rows[rows["source"].str.startswith("38_")].iloc[0]
    assert tg["timestamp"] == "2024-03-27T12:00:17+05:00"  # from date_unixtime


def test_out_of_order_system_line_is_sorted_into_place(corpus_import) -> None:
    _, rows = corpus_import
    zontik = rows[rows["source"].str.startswith("29_")]
    assert zontik["timestamp"].is_monotonic_increasing
    assert zontik["source"].iloc[0] != "29_zontik.txt:1"  # the system line is dated after the first message


def test_multiline_messages_and_ios_attachment_lines(corpus_import) -> None:
    _, rows = corpus_import
    price_list = rows[rows["source"].str.startswith("03_") & (rows["sender_role"] == "manager")]
    assert price_list["text"].str.count("\n").max() >= 5
    ios = rows[rows["source"].str.startswith("31_")]
    assert ios["text"].str.contains("<вложение: ").sum() == 2
    assert not ios["text"].str.contains("\u200e").any()


def test_reimport_adds_nothing(corpus_import) -> None:
    wb, _ = corpus_import
    before = len(wb.read("messages"))
    again = import_chats([CORPUS / "chats"], wb, Scrubber(KEY), CORPUS_OPTIONS)
    assert again.added == 0
    assert len(wb.read("messages")) == before == 344


# Independent extraction of the personal data typed in the raw files (not the scrubber's code).
RAW_PHONE = re.compile(r"(?:\+7|8)[\s\-(]*\d{3}[\s\-)]*\d{3}[\s-]*\d{2}[\s-]*\d{2}")
RAW_EMAIL = re.compile(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\.[a-z]{2,}")
RAW_CARD = re.compile(r"\b\d{4} \d{4} \d{4} \d{4}\b")


def test_no_phone_email_or_card_from_the_chats_survives_in_any_cell(corpus_import) -> None:
    wb, _ = corpus_import
    raw = "\n".join(p.read_text(encoding="utf-8") for p in sorted((CORPUS / "chats").iterdir()))
    phones = {re.sub(r"\D", "", p)[-10:] for p in RAW_PHONE.findall(raw)}
    emails = set(RAW_EMAIL.findall(raw))
    cards = {c.replace(" ", "") for c in RAW_CARD.findall(raw)}
    assert len(phones) >= 10 and len(emails) >= 3 and cards  # the corpus README lists them
    cells = [str(v) for tab in wb.tabs() for v in wb.read(tab).to_numpy().ravel()]
    blob = "\n".join(cells)
    digits = re.sub(r"\D", "", blob.replace("\n", " | "))
    for phone in phones:
        assert phone not in re.sub(r"\D", "", blob), f"phone …{phone[-4:]} survived"
    for email in emails:
        assert email.lower() not in blob.lower()
    for card in cards:
        assert card not in digits


def test_client_names_do_not_survive_in_sender_or_text(corpus_import) -> None:
    _, rows = corpus_import
    assert "Катя Морозова" not in set(rows["sender"])
    assert not rows["text"].str.contains("Тимур|Хасанов|Рустемович").any()
    assert rows.loc[rows["sender_role"] == "manager", "sender"].isin(
        ["Аура Алина", "Аура Администратор", "Улыбка+ Регистратура", "Ольга Улыбка+"]).all()


def test_business_is_inferred_when_one_account_is_in_every_chat(tmp_path: Path) -> None:
    files = [CORPUS / "chats" / n for n in ("01_manikur_pyatnica.txt", "02_okrashivanie_dlinnye.txt",
                                           "06_brovi_noch.txt")]
    result = import_chats(files, XlsxWorkbook(tmp_path / "b.xlsx"), Scrubber(KEY), ImportOptions(tz="UTC"))
    assert set(result.rows.loc[result.rows["sender_role"] == "manager", "sender"]) == {"Аура Алина"}


def test_one_chat_without_manager_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--manager"):
        import_chats([CORPUS / "chats" / "01_manikur_pyatnica.txt"], XlsxWorkbook(tmp_path / "b.xlsx"),
                     Scrubber(KEY), ImportOptions(tz="UTC"))


# --- peers: other parsers' own sample files, and what their tests say about them --------------------------
def _parse(path: Path, **kw):
    return parse_file(path, ImportOptions(**kw))


@pytest.mark.parametrize("name, order", [
    ("whats_json/android/Чат WhatsApp с\u00a0контактом Dmitry S RU Android.txt", "DMY"),
    ("whats_json/android/WhatsApp Chat with Dmitry S EN Android.txt", "DMY"),
    ("whats_json/android/Chat WhatsApp s\u00a0uživatelem Dmitry S CZ Android.txt", "DMY"),
    ("whats_json/ios/WhatsApp Chat - Elon Musk (RU).txt", "MDY"),  # the RU-language iPhone used US region
    ("whats_json/ios/WhatsApp Chat - Elon Musk (EN).txt", "MDY"),
    ("whats_json/ios/WhatsApp Chat - Elon Musk (UKR).txt", "MDY"),
    ("whats_json/ios/WhatsApp Chat - Elon Musk (RU).zip", "MDY"),
    ("whatstk/pokemon.txt", "DMY"),
    ("whatstk/historical/samplechat_4.txt", "DMY"),
    ("whatstk/lorem-merge-part1.txt", "YMD"),
    ("whatstk/lorem-2000.txt", "YMD"),
])
def test_peer_whatsapp_date_orders(name: str, order: str) -> None:
    (chat,) = _parse(PEERS / name)
    assert chat.notes[0].startswith(f"date order {order}")


def test_whats_json_real_exports_agree_across_languages() -> None:
    """The same chat exported in RU/EN/CZ (Android) and RU/EN/UKR (iOS): same messages and authors."""
    android = [_parse(PEERS / "whats_json/android" / n)[0] for n in (
        "Чат WhatsApp с\u00a0контактом Dmitry S RU Android.txt", "WhatsApp Chat with Dmitry S EN Android.txt",
        "Chat WhatsApp s\u00a0uživatelem Dmitry S CZ Android.txt")]
    ios = [_parse(PEERS / "whats_json/ios" / n)[0] for n in (
        "WhatsApp Chat - Elon Musk (RU).txt", "WhatsApp Chat - Elon Musk (EN).txt",
        "WhatsApp Chat - Elon Musk (UKR).txt")]
    for group, authors, system in ((android, ["Dmitry S", "Elon"], 1), (ios, ["Dmitry S", "Elon Musk"], 3)):
        assert {len(c.frame) for c in group} == {len(group[0].frame)}
        for chat in group:
            assert chat.authors == authors
            assert int(chat.frame["system"].sum()) == system  # encryption notice (+ 2 security-code notices on iOS)
            assert chat.frame["timestamp"].is_monotonic_increasing


def test_whatstk_pokemon_group_name_lines_are_system() -> None:
    """whatstk's test_df_message_type_true: lines authored by 'Pokemon Chat' are system messages."""
    (chat,) = _parse(PEERS / "whatstk/pokemon.txt")
    assert "Pokemon Chat" not in chat.authors
    assert chat.frame.loc[chat.frame["sender"] == "Pokemon Chat", "system"].all()


def test_pustur_short_chat() -> None:
    (chat,) = _parse(PEERS / "whatsapp-chat-parser/short-chat.txt")
    frame = chat.frame
    assert chat.authors == ["Sample User", "TestBot", "+410123456789"]
    assert int(frame["system"].sum()) == 2
    assert frame["text"].iloc[-1] == "How are you?\n\nIs everything alright?"


@pytest.mark.parametrize("name, match", [("whatsapp-chat-parser/empty.txt", "empty"),
                                         ("whatsapp-chat-parser/not-a-whatsapp-chat.txt", "not a WhatsApp")])
def test_pustur_files_that_are_not_chats(name: str, match: str) -> None:
    with pytest.raises(InputError, match=match):
        _parse(PEERS / name)


def test_a_truly_ambiguous_file_asks_for_date_format() -> None:
    path = PEERS / "whats_json/android/WhatsApp Chat with Group Chat XXX Android.txt"
    with pytest.raises(InputError, match="--date-format %d/%m/%Y or %m/%d/%Y"):
        _parse(path)
    (chat,) = _parse(path, date_format="%d/%m/%Y")
    assert chat.frame["timestamp"].min() == pd.Timestamp("2023-01-11 16:11")
    assert chat.authors == ["Dmitry S"]


def test_chat_miner_telegram_single_export() -> None:
    """chat-miner's test_target.csv: Author 1 at 2018-12-05 11:39:10 and Author 2 at 11:49:24 (CET)."""
    (chat,) = _parse(PEERS / "telegram/test_single_export.json")
    assert chat.authors == ["Author 1", "Author 2"]
    berlin = chat.frame["timestamp"].dt.tz_convert("Europe/Berlin").dt.strftime("%Y-%m-%d %H:%M:%S").tolist()
    assert berlin == ["2018-12-05 11:39:10", "2018-12-05 11:49:24"]


def test_chat_miner_telegram_batch_and_frozenspider_account_exports() -> None:
    assert len(_parse(PEERS / "telegram/test_batch_export.json")) >= 1
    for folder in sorted((PEERS / "telegram/frozenspider").iterdir()):
        chats = _parse(folder / "result.json")
        assert chats and all(len(c.frame) for c in chats), folder.name


def test_chat_miner_instagram_mojibake_authors() -> None:
    """chat-miner's testlog_target.csv names the authors 'J❤️hn Doe' and '❤️' once the mojibake is fixed."""
    (chat,) = _parse(PEERS / "instagram/testlog.json")
    assert {"J❤️hn Doe", "❤️", "John Doe", "Jane Doe", "Lionel Messi"} <= set(chat.authors)
    assert chat.frame["timestamp"].is_monotonic_increasing  # Meta writes newest first


def test_messenger_export() -> None:
    (chat,) = _parse(PEERS / "facebook-messenger/testlog.json")
    assert chat.channel == "messenger" and len(chat.frame) > 0


@pytest.mark.parametrize("text, expected", [
    ("plain", "plain"),
    (["Записала ✅ звоните: ", {"type": "phone", "text": "+7 917 800-25-14"}], "Записала ✅ звоните: +7 917 800-25-14"),
    ([{"type": "bold", "text": "чт 28.03"}, " — 11:00"], "чт 28.03 — 11:00"),
])
def test_telegram_text_entities(text: object, expected: str) -> None:
    assert flatten_text(text) == expected


@pytest.mark.parametrize("broken, fixed", [("Ð\u009fÑ\u0080Ð¸Ð²ÐµÑ\u0082", "Привет"), ("plain", "plain"),
                                           ("J\u00e2\u009d\u00a4\u00ef\u00b8\u008fhn", "J❤️hn")])
def test_mojibake(broken: str, fixed: str) -> None:
    assert fix_mojibake(broken) == fixed


# --- WhatsApp layouts, table-driven --------------------------------------------------------------------------
@pytest.mark.parametrize("lines, when, sender", [
    (["18.03.2022, 14:56 - Anna: hi", "19.03.2022, 10:00 - Bob: yo"], "2022-03-18 14:56:00", "Anna"),
    (["3/18/22, 2:56\u202fPM - Anna: hi", "3/19/22, 9:00\u202fAM - Bob: yo"], "2022-03-18 14:56:00", "Anna"),
    (["[18.03.22, 14:56:07] Anna: hi", "[19.03.22, 10:00:00] Bob: yo"], "2022-03-18 14:56:07", "Anna"),
    (["\u200e[3/18/22, 14:56:07] Anna: \u200eimage omitted", "[3/19/22, 10:00:00] Bob: yo"],
     "2022-03-18 14:56:07", "Anna"),
    (["2022-03-18, 14:56 - Anna: hi", "2022-03-19, 10:00 - Bob: yo"], "2022-03-18 14:56:00", "Anna"),
    (["18/03/2022, 2:56 p. m. - Anna: hi", "19/03/2022, 9:00 a. m. - Bob: yo"], "2022-03-18 14:56:00", "Anna"),
    (["18.03.22 14:56 - Anna: hi", "19.03.22 10:00 - Bob: yo"], "2022-03-18 14:56:00", "Anna"),
])
def test_header_layouts(lines: list[str], when: str, sender: str) -> None:
    chat = whatsapp.parse_text("\r\n".join(lines), "chat.txt")
    assert str(chat.frame["timestamp"].iloc[0]) == when
    assert chat.frame["sender"].iloc[0] == sender


def test_continuation_lines_even_ones_starting_with_a_date() -> None:
    text = ("18.03.2022, 14:56 - Anna: Варианты:\n18.03.2022 подойдёт?\n- маникюр\n"
            "18.03.2022, 15:00 - Bob: да")
    frame = whatsapp.parse_text(text, "c.txt").frame
    assert frame["text"].tolist() == ["Варианты:\n18.03.2022 подойдёт?\n- маникюр", "да"]


def test_crlf_terminators_with_lf_inside_messages() -> None:
    text = "[18.03.22, 14:56:07] Anna: line one\nline two\r\n[18.03.22, 14:57:00] Bob: ok\r\n"
    assert whatsapp.parse_text(text, "c.txt").frame["text"].tolist() == ["line one\nline two", "ok"]


def test_zip_with_chat_inside(tmp_path: Path) -> None:
    path = tmp_path / "WhatsApp Chat - Anna.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("_chat.txt", "[18.03.22, 14:56:07] Anna: hi\r\n[19.03.22, 10:00:00] Bob: yo\r\n")
        zf.writestr("00000001-PHOTO.jpg", b"\xff\xd8")
    (chat,) = _parse(path)
    assert chat.title == "Anna" and len(chat.frame) == 2


@pytest.mark.parametrize("content, match", [
    (b"\xff\xfe\x00\xd8broken", "chat.txt line 1: is not readable UTF-16"),
    ("18.03.2022, 14:56 - Anna: hi\n".encode("cp1251") + "привет".encode("cp1251"), "not UTF-8"),
])
def test_unreadable_encoding_names_the_file_and_line(tmp_path: Path, content: bytes, match: str) -> None:
    path = tmp_path / "chat.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=match):
        _parse(path)


def test_truncated_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "result.json"
    text = (CORPUS / "chats" / "38_tg_kraska_korni.json").read_text(encoding="utf-8")
    path.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(InputError, match=r"result.json line \d+: is not valid JSON"):
        _parse(path)


def test_csv_with_mapping(tmp_path: Path) -> None:
    path = tmp_path / "crm.csv"
    path.write_text("Дата;Автор;Текст;Диалог\n14.02.2024 10:12;Катя;Есть места на пятницу?;d1\n"
                    "14.02.2024 10:13;Алина;Есть 16:30, записать?;d1\n14.02.2024 11:00;Оля;Цена?;d2\n",
                    encoding="utf-8")
    chats = _parse(path, mapping={"timestamp": "Дата", "text": "Текст", "sender": "Автор", "chat_id": "Диалог"})
    assert [len(c.frame) for c in chats] == [2, 1]
    assert str(chats[0].frame["timestamp"].iloc[0]) == "2024-02-14 10:12:00"


def test_csv_missing_column_is_named(tmp_path: Path) -> None:
    path = tmp_path / "crm.csv"
    path.write_text("Дата,Текст\n2024-01-01 10:00,hi\n", encoding="utf-8")
    with pytest.raises(InputError, match="Автор"):
        _parse(path, mapping={"timestamp": "Дата", "text": "Текст", "sender": "Автор"})


# --- fuzzing: arbitrary input never raises anything but the clear input error --------------------------------
FUZZ = int(os.environ.get("FUZZ_EXAMPLES", "150"))  # FUZZ_EXAMPLES=5000 for a long run


@settings(max_examples=FUZZ, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789./-:, []APMapm\u200e\u202f\n\r\tАня: ok")), max_size=300))
def test_whatsapp_parser_fuzz(text: str) -> None:
    try:
        whatsapp.parse_text(text, "fuzz.txt")
    except InputError:
        pass


@settings(max_examples=FUZZ, deadline=None)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
                        st.sampled_from(["messages", "chats", "list", "date_unixtime", "text", "type", "from",
                                         "timestamp_ms", "sender_name", "content", "id"]), inner, max_size=5),
                    max_leaves=20))
def test_json_parsers_fuzz(data: object) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "result.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        try:
            _parse(path)
        except InputError:
            pass


def test_a_continuation_line_shaped_like_another_layouts_header_stays_in_its_message() -> None:
    text = ("18.03.2022, 14:56 - Anna: пересылаю:\n[18.03.22, 14:50:00] Salon: ждём вас\n"
            "18.03.2022, 15:00 - Bob: ok\n18.03.2022, 15:01 - Anna: ok\n18.03.2022, 15:02 - Bob: ok")
    frame = whatsapp.parse_text(text, "c.txt").frame
    assert frame["text"].iloc[0] == "пересылаю:\n[18.03.22, 14:50:00] Salon: ждём вас"
    assert frame["line"].tolist() == [1, 3, 4, 5]


def test_an_ambiguous_file_takes_the_order_of_the_other_files(tmp_path: Path) -> None:
    (tmp_path / "WhatsApp Chat with A.txt").write_text(
        "13/03/2024, 10:00 - A: Hello\n13/03/2024, 10:05 - Salon: Hi!\n", encoding="utf-8")
    (tmp_path / "WhatsApp Chat with B.txt").write_text(
        "05/03/2024, 11:00 - B: Can I book?\n05/03/2024, 11:02 - Salon: Yes\n", encoding="utf-8")
    result = import_chats([tmp_path], XlsxWorkbook(tmp_path / "b.xlsx"), Scrubber(KEY),
                          ImportOptions(managers=("Salon",), tz="UTC"))
    stamps = sorted(result.rows["timestamp"])
    assert stamps[0].startswith("2024-03-05T11:00")  # 5 March (day first, as in A's file), not 3 May
    (tmp_path / "WhatsApp Chat with A.txt").unlink()
    with pytest.raises(InputError, match="--date-format"):
        import_chats([tmp_path], XlsxWorkbook(tmp_path / "c.xlsx"), Scrubber(KEY),
                     ImportOptions(managers=("Salon",), tz="UTC"))


def test_printed_new_messages_are_the_rows_written_also_for_files_named_after_their_client(tmp_path: Path) -> None:
    """Files named 'WhatsApp Chat with <client>' used to be counted under a label scrubbed another way."""
    from click.testing import CliRunner

    from sheets_bridge.cli import cli

    demo = Path(__file__).resolve().parents[1] / "sheets_bridge" / "data" / "demo"
    book = tmp_path / "book.xlsx"
    args = ["import", str(demo / "chats"), "--managers-file", str(demo / "managers.tsv"), "--tz", "Asia/Yekaterinburg",
            "-w", str(book)]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    written = len(XlsxWorkbook(book).read("messages"))
    assert written > 40
    assert f"{written} new messages added (0 already there)" in first.output
    again = CliRunner().invoke(cli, args)
    assert f"0 new messages added ({written} already there)" in again.output


def test_each_file_is_logged_with_its_notices_media_and_warnings_and_the_report_says_them(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from sheets_bridge.cli import cli
    from sheets_bridge.vocabulary import import_warning

    lrm = "\u200e"
    exports = tmp_path / "exports"
    exports.mkdir()
    (exports / "android.txt").write_text("\n".join([
        "18/03/2022, 14:50 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
        "WhatsApp, can read or listen to them. Tap to learn more.",
        "18/03/2022, 14:56 - Anna: Hello, how much is a haircut?",
        "18/03/2022, 14:57 - Salon: 1500 ₽, when would you like to come?",
        "18/03/2022, 14:58 - Anna: <Media omitted>",
        "18/03/2022, 14:59 - Anna: This message was deleted",
        "18/03/2022, 15:00 - Salon: IMG-20220318-WA0001.jpg (file attached)",
    ]), encoding="utf-8")
    (exports / "ios.txt").write_text("\n".join([
        "[19/03/2022, 10:00:00] Boris: Hi, are you open on Sunday?",
        *[f"{lrm}[19/03/2022, 10:0{i + 1}:00] Boris: {lrm}kuva puuttuu" for i in range(6)],
    ]), encoding="utf-8")
    book = tmp_path / "book.xlsx"
    run = CliRunner().invoke(cli, ["import", str(exports), "--manager", "Salon", "--tz", "UTC", "-w", str(book)])
    assert run.exit_code == 0, run.output
    said = import_warning("unknown_lines", "en", unknown=6)
    assert f"ios.txt: {said}" in run.output
    log = XlsxWorkbook(book).read("imports").set_index("file")
    expected = {  # file: messages (notices included), added, notices, media placeholders, unknown, warnings
        "android.txt": (6, 6, 1, 3, 0, ""),
        "ios.txt": (7, 7, 0, 0, 6, "unknown_lines"),
    }
    got = {f: (int(r.messages), int(r.added), int(r.system), int(r.placeholders), int(r.unknown), str(r.warnings))
           for f, r in log.iterrows()}
    assert got == expected
    assert CliRunner().invoke(cli, ["import", str(exports), "--manager", "Salon", "--tz", "UTC", "-w",
                                    str(book)]).exit_code == 0
    again = XlsxWorkbook(book).read("imports")
    assert len(again) == 4 and again["added"].astype(int).tolist()[2:] == [0, 0]  # a log: every import, every file
    assert CliRunner().invoke(cli, ["analyze", "--tz", "UTC", "-w", str(book)]).exit_code == 0
    for lang in ("ru", "en"):
        out = tmp_path / f"report-{lang}.html"
        done = CliRunner().invoke(cli, ["report", "--lang", lang, "-w", str(book), "--out", str(out)])
        assert done.exit_code == 0, done.output
        page = out.read_text(encoding="utf-8")
        assert html.escape(import_warning("unknown_lines", lang, unknown=6)) in page and "ios.txt" in page
        assert "android.txt" not in page.split('id="imports"')[1].split("</section>")[0]  # read cleanly: not listed


def test_many_files_print_those_with_something_to_say_and_one_row_for_the_rest() -> None:
    from rich.console import Console

    from sheets_bridge.cli.ingest import SHOWN_FILES, files_table
    from sheets_bridge.ingest import ImportResult
    from sheets_bridge.ingest.importer import FileSummary

    files = [FileSummary(path=f"chat{i}.txt", chats=1, messages=10, added=10, clients=1, first="2025-01-01",
                         last=f"2025-02-{i % 28 + 1:02d}") for i in range(200)]
    files[7].warnings = ["unknown_lines"]
    console = Console(width=200, record=True, file=io.StringIO())
    console.print(files_table(ImportResult(files=files, rows=pd.DataFrame()), "book.xlsx"))
    out = console.export_text()
    assert "chat7.txt" in out and "chat8.txt" not in out
    assert "199 more files (each in the imports tab)" in out and "1,990" in out and "2025-02-28" in out
    few = Console(width=200, record=True, file=io.StringIO())
    few.print(files_table(ImportResult(files=files[:SHOWN_FILES], rows=pd.DataFrame()), "book.xlsx"))
    listed = few.export_text()
    assert all(f"chat{i}.txt" in listed for i in range(SHOWN_FILES))


@pytest.mark.parametrize("folder", [CORPUS / "chats", PEERS / "telegram", PEERS / "instagram"])
def test_each_files_imports_counts_are_what_its_rows_say(tmp_path: Path, folder: Path) -> None:
    """The imports tab's counts (made per chat while the rows are made) against the rows themselves, per file:
    messages, system lines, distinct clients of each chat added up, first and last time, the file's label."""
    wb = XlsxWorkbook(tmp_path / "book.xlsx")
    result = import_chats([folder], wb, Scrubber(bytes(32)), CORPUS_OPTIONS)
    rows = result.rows.assign(file=[s.split(":")[0] for s in result.rows["source"]])  # labels hold no ":"
    checked = 0
    labels = [s.label for s in result.files]
    for summary in result.files:
        if labels.count(summary.label) > 1:  # two files of one name (result.json): their rows cannot be told apart
            continue
        mine = rows[rows["file"] == summary.label]
        if not summary.messages:
            assert mine.empty
            continue
        times = mine["timestamp"][mine["timestamp"] != ""]
        clients = mine[mine["sender_role"] == "client"].groupby("chat_id")["sender"].nunique().sum()
        assert (summary.messages, summary.system, summary.clients, summary.first, summary.last) == (
            len(mine), int((mine["sender_role"] == "system").sum()), int(clients),
            times.min() if len(times) else "", times.max() if len(times) else "")
        checked += 1
    assert checked >= 2
