"""Work in two halves at once (parallel.in_halves): the same results in the same order as doing it all here, and
every failure of the forked copy seen as if there had been no copy; and its two uses, parsing many files and tagging
many conversations."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import pytest

from sheets_bridge import parallel
from sheets_bridge.errors import InputError
from sheets_bridge.ingest import ImportOptions
from sheets_bridge.ingest.base import ParsedChat
from sheets_bridge.ingest.importer import parse_files

pytestmark = pytest.mark.skipif(parallel.workers() < 2, reason="needs fork and two cores")


def squares_with_pid(items: Sequence[int]) -> list[tuple[int, int]]:
    return [(x * x, os.getpid()) for x in items]


def test_the_second_half_is_done_by_a_copy_and_the_results_keep_their_order() -> None:
    out = parallel.in_halves(squares_with_pid, list(range(1000)), min_items=10)
    assert [v for v, _ in out] == [x * x for x in range(1000)]
    pids = [p for _, p in out]
    assert set(pids[:500]) == {os.getpid()} and os.getpid() not in set(pids[500:])


@pytest.mark.parametrize("processes, items, used_a_copy", [
    (1, 1000, False),   # asked to do it all here
    (None, 9, False),   # too few items to pay for the fork
    (None, 1000, True),
])
def test_when_a_copy_is_used(processes: int | None, items: int, used_a_copy: bool) -> None:
    out = parallel.in_halves(squares_with_pid, list(range(items)), processes=processes, min_items=10)
    assert (len({p for _, p in out}) == 2) is used_a_copy
    assert [v for v, _ in out] == [x * x for x in range(items)]


def fails_on_the_last(items: Sequence[int]) -> list[int]:
    if 999 in items:
        raise ValueError("item 999 is bad")
    return list(items)


def unpicklable_in_the_copy(items: Sequence[int]) -> list[object]:
    here = os.getpid() == PARENT
    return [x if here else (lambda x=x: x) for x in items]  # a lambda cannot be pickled


def dies_in_the_copy(items: Sequence[int]) -> list[int]:
    if os.getpid() != PARENT:
        os._exit(3)
    return list(items)


PARENT = os.getpid()


def test_an_error_in_the_second_half_is_raised_here_as_without_a_copy() -> None:
    with pytest.raises(ValueError, match="item 999 is bad"):
        parallel.in_halves(fails_on_the_last, list(range(1000)), min_items=10)


@pytest.mark.parametrize("work", [unpicklable_in_the_copy, dies_in_the_copy])
def test_a_copy_that_cannot_answer_leaves_its_half_to_this_process(work) -> None:  # noqa: ANN001
    global PARENT
    PARENT = os.getpid()
    assert parallel.in_halves(work, list(range(1000)), min_items=10) == list(range(1000))


def _whatsapp(path: Path, n: int) -> None:
    path.write_text(f"01.03.2024, 10:{n % 60:02d} - Анна {n}: Здравствуйте, сколько стоит маникюр?\n"
                    f"01.03.2024, 11:{n % 60:02d} - Салон: Маникюр 2 000 ₽, записать вас на завтра?\n",
                    encoding="utf-8")


def test_many_files_parse_in_halves_to_what_one_process_reads(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    files = []
    for n in range(parallel.MIN_ITEMS + 20):
        files.append(tmp_path / f"WhatsApp Chat with Анна {n}.txt")
        _whatsapp(files[-1], n)
    both = parse_files(files, ImportOptions(tz="Europe/Moscow"))
    monkeypatch.setattr(parallel, "workers", lambda: 1)
    alone = parse_files(files, ImportOptions(tz="Europe/Moscow"))
    assert [(path, [_plain(c) for c in chats]) for path, chats in both] == \
        [(path, [_plain(c) for c in chats]) for path, chats in alone]


def _plain(chat: ParsedChat) -> tuple[object, ...]:
    columns = {k: list(v.tolist() if hasattr(v, "tolist") else v) for k, v in chat.data.items()}
    return (chat.path, chat.chat_key, chat.channel, chat.title, columns, chat.notes, chat.date_order, chat.stats,
            chat.warnings)


def test_the_first_bad_file_is_the_one_named_when_many_parse_in_halves(tmp_path: Path) -> None:
    files = []
    for n in range(parallel.MIN_ITEMS + 20):
        files.append(tmp_path / f"chat {n:03d}.txt")
        _whatsapp(files[-1], n)
    for bad in (files[-5], files[-2]):  # both in the second half: the first of them is the one reported
        bad.write_text("this is not a chat export\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        parse_files(files, ImportOptions(tz="Europe/Moscow"))
    assert caught.value.file == str(files[-5])


def test_conversations_tagged_in_halves_get_the_tags_they_get_in_one_batch() -> None:
    from sheets_bridge.tagging import Conversation, Message, get_tagger

    texts = [("сколько стоит стрижка?", "Стрижка 1 500 ₽, записать вас на субботу в 12:00?", "да, давайте"),
             ("у вас есть окошко сегодня?", "Сегодня всё занято, к сожалению", "жаль"),
             ("вчера делала маникюр, уже скол", "Приходите, исправим бесплатно", "спасибо")]
    conversations = [Conversation(f"c{i}", tuple(Message(role, text) for role, text in
                                                 zip(("client", "manager", "client"), texts[i % 3], strict=True)))
                     for i in range(parallel.MIN_ITEMS + 30)]
    tagger = get_tagger("rules")
    assert tagger.pure
    both = parallel.in_halves(tagger.tag, conversations)
    assert [vars(t) for t in both] == [vars(t) for t in tagger.tag(conversations)]


def test_message_rows_made_in_halves_are_the_same_and_the_copys_tokens_reach_the_vault(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    from sheets_bridge.ingest import BusinessAccounts
    from sheets_bridge.ingest.importer import message_rows_of
    from sheets_bridge.ingest.roles import sender_roles
    from sheets_bridge.privacy import Scrubber
    from sheets_bridge.privacy.vault import Vault

    files = []
    for n in range(parallel.MIN_ITEMS + 20):
        files.append(tmp_path / f"chat {n:03d}.txt")
        files[-1].write_text(f"01.03.2024, 10:00 - Анна {n}: мой номер +7 916 {n:03d}-12-34, почта a{n}@mail.ru\n"
                             "01.03.2024, 10:05 - Салон: Спасибо, перезвоним!\n", encoding="utf-8")
    accounts = BusinessAccounts(managers={"салон"})
    chats = [(c, sender_roles(c, accounts)) for _, cs in parse_files(files, ImportOptions()) for c in cs]
    tz = dt.timezone(dt.timedelta(hours=3))
    kept = {}
    for name, processes in (("halves", 2), ("alone", 1)):
        monkeypatch.setattr(parallel, "workers", lambda processes=processes: processes)
        vault = Vault(tmp_path / f"{name}.sqlite3")
        rows = message_rows_of(chats, Scrubber(bytes(32), vault), tz)
        vault.flush()
        kept[name] = (rows, sorted(e[:3] for e in vault.entries()))
    assert kept["halves"][0].equals(kept["alone"][0])
    assert kept["halves"][1] == kept["alone"][1]
    assert sum(kind == "PHONE" for _, kind, _ in kept["halves"][1]) == len(files)  # the second half's phones too


def copy_flags(items: Sequence[int]) -> list[bool]:
    return [parallel.in_copy() for _ in items]


def test_the_copy_knows_it_is_one() -> None:
    out = parallel.in_halves(copy_flags, list(range(100)), min_items=10)
    assert out == [False] * 50 + [True] * 50 and not parallel.in_copy()
