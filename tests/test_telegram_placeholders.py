"""Telegram Desktop messages without text of their own get readable placeholders (polls, to-do lists, places, …)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sheets_bridge.ingest import telegram

FIXTURE = Path(__file__).parent / "fixtures" / "telegram" / "placeholders.json"

EXPECTED = [
    ("Анна", "<poll: Когда удобно? — Утром / Вечером>"),
    ("Салон", "<to-do list: Перед визитом — Снять лак / Взять карту>"),
    ("Анна", "<location>"),
    ("Салон", "<venue: Салон Аура, ул. Ленина, 1>"),
    ("Анна", "<contact: Ольга>"),
    ("Анна", "<dice 🎲 5>"),
    ("Салон", "<giveaway: 3 winners, маникюр>"),
    ("Анна", "<game: Lumberjack>"),
    ("Анна", "<live location> еду"),
]


def test_every_kind_gets_a_placeholder_and_keeps_its_sender() -> None:
    (chat,) = telegram.parse(FIXTURE)
    assert list(zip(chat.frame["sender"], chat.frame["text"], strict=True)) == EXPECTED
    assert not chat.frame["system"].any()


@pytest.mark.parametrize("msg, label", [
    ({"poll": {"question": "Q?", "answers": []}}, "<poll: Q?>"),
    ({"poll": {"question": [{"type": "bold", "text": "Q"}, "?"], "answers": [{"text": "a"}]}}, "<poll: Q? — a>"),
    ({"todo_list": {"title": "T", "answers": []}}, "<to-do list: T>"),
    ({"dice": 3}, "<dice 🎲 3>"),
    ({"contact_information": {"first_name": "", "last_name": ""}}, "<contact>"),
    ({"giveaway_information": {}}, "<giveaway>"),
    ({"giveaway_results": {"winners": []}}, "<giveaway results>"),
    ({"invoice_information": {"title": "x"}}, "<invoice>"),
    ({"media_type": "voice_message"}, "<voice message>"),
])
def test_placeholder_table(msg: dict, label: str) -> None:
    assert telegram._media(msg) == label
