"""SPEC §4, rule by rule, on hand-made timelines."""

from __future__ import annotations

import pandas as pd
import pytest

from sheets_bridge.analysis import AnalyzeOptions, analyze_frames
from sheets_bridge.analysis.hours import BusinessHours
from sheets_bridge.errors import InputError
from sheets_bridge.tagging.base import Conversation, Tagger, Tags
from sheets_bridge.timeutil import resolve_tz

UFA = "Asia/Yekaterinburg"
NO_EVENTS = pd.DataFrame(columns=["event_id", "timestamp", "channel", "session_id", "event_type", "payload",
                                  "user_id"])


class FakeTagger(Tagger):
    """Tags every conversation the same way, so metric tests do not depend on language rules."""

    name = "fake"

    def __init__(self, booked_at: dict[int, int] | None = None) -> None:
        self.booked_at = booked_at or {}
        self.history: list[Conversation] = []

    def tag(self, conversations):  # noqa: ANN001, ANN201
        self.history.extend(conversations)
        out = []
        for i, c in enumerate(conversations):
            pos = self.booked_at.get(i)
            out.append(Tags(c.conversation_id, intent="booking", booked=int(pos is not None), booking_pos=pos,
                            booking_offered=int(pos is not None), confidence=0.9))
        return out


def timeline(*rows: tuple[str, str, str], chat: str = "chat1", start: str = "2025-03-03 10:00") -> pd.DataFrame:
    """rows of (minutes after start as 'M' or 'H:MM' or 'Dd H:MM', role, text)."""
    base = pd.Timestamp(start, tz=UFA)
    out = []
    for i, (offset, role, text) in enumerate(rows):
        if "d " in offset:
            days, clock = offset.split("d ")
            delta = pd.Timedelta(days=int(days)) + pd.Timedelta(f"{clock}:00")
        elif ":" in offset:
            delta = pd.Timedelta(f"{offset}:00")
        else:
            delta = pd.Timedelta(minutes=float(offset))
        ts = (base + delta).isoformat()
        sender = {"client": "Анна", "manager": "Алина", "bot": "Бот", "system": ""}[role]
        out.append({"message_id": f"m_{chat}_{i}", "chat_id": chat, "channel": "whatsapp", "timestamp": ts,
                    "sender_role": role, "sender": sender, "text": text, "source": f"t:{i}"})
    return pd.DataFrame(out)


def run(messages: pd.DataFrame, tagger: Tagger | None = None, **options: str) -> pd.DataFrame:
    result = analyze_frames(messages, NO_EVENTS, AnalyzeOptions(tz=UFA, **options), tagger or FakeTagger())
    return result.conversations


def test_a_pause_of_gap_or_more_starts_a_new_conversation() -> None:
    msgs = timeline(("0", "client", "Здравствуйте"), ("5", "manager", "Добрый день"),
                    ("1d 0:05", "client", "Ещё вопрос"),   # exactly 24 h after the last message
                    ("1d 0:06", "manager", "Да"))
    assert len(run(msgs)) == 2
    assert len(run(msgs, gap="25h")) == 1


def test_system_messages_are_ignored_everywhere() -> None:
    msgs = timeline(("0", "system", "encrypted"), ("1", "client", "Привет?"), ("3", "manager", "Да"),
                    ("2d 0:00", "system", "security code changed"))
    conv = run(msgs)
    assert len(conv) == 1
    assert conv.loc[0, "client_messages"] == 1 and conv.loc[0, "first_response_s"] == 120


def test_a_block_is_all_consecutive_client_messages_and_is_timed_from_its_first() -> None:
    msgs = timeline(("0", "client", "Здравствуйте"), ("1", "client", "Хочу на маникюр"), ("4", "client", "?"),
                    ("10", "manager", "Есть 16:30"), ("12", "client", "давайте"), ("13", "manager", "Записала"))
    conv = run(msgs).iloc[0]
    assert conv["client_blocks"] == 2
    assert conv["first_response_s"] == 600
    assert conv["avg_response_s"] == pytest.approx((600 + 60) / 2)
    assert conv["unanswered_blocks"] == 0


def test_an_unanswered_final_block_makes_the_conversation_dead() -> None:
    msgs = timeline(("0", "client", "Сколько стоит стрижка?"), ("30", "manager", "1500"),
                    ("31", "client", "А в субботу можно?"))
    conv = run(msgs).iloc[0]
    assert conv["unanswered_blocks"] == 1 and conv["dead"] == 1


def test_a_booked_conversation_is_not_dead_even_if_the_client_wrote_last() -> None:
    msgs = timeline(("0", "client", "Можно в субботу?"), ("2", "manager", "Записала"),
                    ("3", "client", "А парковка есть?"))
    conv = run(msgs, tagger=FakeTagger(booked_at={0: 2})).iloc[0]
    assert conv["unanswered_blocks"] == 1 and conv["dead"] == 0
    assert conv["messages_to_booking"] == 2


@pytest.mark.parametrize("closing", ["Спасибо!", "ок спс 🙏", "Thanks, bye", "👍", "До встречи)"])
def test_a_final_block_of_closing_words_needs_no_answer(closing: str) -> None:
    msgs = timeline(("0", "client", "Можно в субботу?"), ("2", "manager", "Да, 12:00"), ("3", "client", closing))
    conv = run(msgs).iloc[0]
    assert conv["client_blocks"] == 1 and conv["unanswered_blocks"] == 0 and conv["dead"] == 0


def test_closing_words_in_the_middle_still_count_as_a_block() -> None:
    msgs = timeline(("0", "client", "Спасибо"), ("2", "manager", "Пожалуйста"), ("3", "client", "А цена?"),
                    ("5", "manager", "1500"))
    assert run(msgs).iloc[0]["client_blocks"] == 2


def test_no_client_block_or_unanswered_first_block_leaves_first_response_empty() -> None:
    only_business = timeline(("0", "manager", "Напоминаем о записи"))
    assert pd.isna(run(only_business).iloc[0]["first_response_s"])
    never = timeline(("0", "client", "Есть время завтра?"))
    conv = run(never).iloc[0]
    assert pd.isna(conv["first_response_s"]) and conv["manager"] == "unassigned" and conv["dead"] == 1


def test_manager_is_the_first_business_sender_so_a_bot_then_manager_chat_is_the_bots() -> None:
    msgs = timeline(("0", "client", "Болит зуб"), ("0.5", "bot", "Выберите: 1 — запись"), ("1", "client", "1"),
                    ("600", "manager", "Можем принять в 9:30"))
    conv = run(msgs).iloc[0]
    assert conv["manager"] == "Бот"
    assert conv["first_response_s"] == 30  # the bot's answer counts like a manager's
    assert conv["business_messages"] == 2


def test_business_hours_count_only_open_seconds_across_a_weekend() -> None:
    # Friday 19:50 → Monday 09:10, open mon-fri 09:00-20:00: 10 min on Friday + 10 min on Monday
    msgs = timeline(("0", "client", "Можно в понедельник?"), ("2d 13:20", "manager", "Да"),
                    start="2025-03-07 19:50")
    assert run(msgs, gap="72h").iloc[0]["first_response_s"] == pytest.approx(2 * 24 * 3600 + 13 * 3600 + 20 * 60)
    hours = run(msgs, gap="72h", business_hours="mon-fri 09:00-20:00").iloc[0]
    assert hours["first_response_s"] == pytest.approx(20 * 60)


def test_business_hours_with_a_saturday_and_a_night_message() -> None:
    # Saturday 23:00 (closed) → Monday 09:30: only Monday's 30 minutes count
    msgs = timeline(("0", "client", "Здравствуйте"), ("1d 10:30", "manager", "Доброе утро"),
                    start="2025-03-08 23:00")
    conv = run(msgs, gap="72h", business_hours="mon-fri 09:00-20:00; sat 10:00-18:00").iloc[0]
    assert conv["first_response_s"] == pytest.approx(30 * 60)


@pytest.mark.parametrize("spec", ["mon-fri 9-20", "funday 09:00-10:00", "mon 10:00-09:00"])
def test_bad_business_hours_name_the_option(spec: str) -> None:
    with pytest.raises(InputError, match="--business-hours"):
        BusinessHours.parse(spec, resolve_tz(UFA))


def test_chats_never_merge_and_duplicates_are_dropped() -> None:
    a = timeline(("0", "client", "Привет"), ("1", "manager", "Добрый день"), chat="a")
    b = timeline(("0", "client", "Здравствуйте"), chat="b")
    conv = run(pd.concat([a, a, b], ignore_index=True))
    assert sorted(conv["client_messages"].tolist()) == [1, 1]
    assert len(conv) == 2


def test_rubric_and_kpi_follow_spec() -> None:
    fast = timeline(("0", "client", "Можно в субботу на маникюр? Сколько стоит?"),
                    ("2", "manager", "Да, есть 12:00, 1800 ₽. Записать вас?"), ("3", "client", "да"),
                    ("4", "manager", "Записала на субботу 12:00 ✅"), chat="fast")
    slow = timeline(("0", "client", "Сколько стоит стрижка?"), ("20", "manager", "Прайс в профиле"), chat="slow")
    result = analyze_frames(pd.concat([fast, slow], ignore_index=True), NO_EVENTS, AnalyzeOptions(tz=UFA))
    rub = result.rubric.set_index(result.conversations["chat_id"])
    assert rub.loc["fast", ["frt_points", "needs_points", "offer_points", "politeness_points", "score"]].tolist() \
        == [3, 3, 3, 1, 10]
    assert rub.loc["slow", ["frt_points", "offer_points", "politeness_points", "score"]].tolist() == [0, 0, -2, 0]
    kpi = result.kpi.set_index("manager")
    assert kpi.loc["ALL", "conversations"] == 2
    assert kpi.loc["ALL", "conversion_rate"] == 0.5
    assert kpi.loc["ALL", "median_first_response_s"] == pytest.approx((120 + 1200) / 2)
    assert kpi.loc["ALL", "p90_first_response_s"] == pytest.approx(120 + 0.9 * (1200 - 120))
    assert kpi.loc["ALL", "period"] == "2025-03-03"
    assert kpi.loc["ALL", "missed_leads"] == 1


def test_events_are_chats_and_appointments_mark_bookings() -> None:
    events = pd.DataFrame([
        {"event_id": "e1", "timestamp": "2025-03-03T10:00:00+05:00", "channel": "telegram", "session_id": "s1",
         "event_type": "message.received", "payload": '{"text": "Есть время завтра на массаж?"}', "user_id": ""},
        {"event_id": "e2", "timestamp": "2025-03-03T10:00:04+05:00", "channel": "telegram", "session_id": "s1",
         "event_type": "message.sent", "payload": '{"text": "Есть 12:00", "sender": "assistant"}', "user_id": ""},
        {"event_id": "e3", "timestamp": "2025-03-03T10:01:00+05:00", "channel": "telegram", "session_id": "s1",
         "event_type": "appointment.confirmed", "payload": "", "user_id": ""},
        {"event_id": "e3", "timestamp": "2025-03-03T10:01:00+05:00", "channel": "telegram", "session_id": "s1",
         "event_type": "appointment.confirmed", "payload": "", "user_id": ""},  # delivered twice
    ])
    empty = timeline(("0", "client", "x")).iloc[0:0]
    conv = analyze_frames(empty, events, AnalyzeOptions(tz=UFA), FakeTagger()).conversations.iloc[0]
    assert conv["chat_id"] == "telegram:s1" and conv["manager"] == "assistant"
    assert conv["first_response_s"] == 4
    assert conv["booked"] == 1 and conv["missed_lead"] == 0 and conv["messages_to_booking"] == 2


@pytest.mark.parametrize("rows, first, human", [
    # bot first, a person later: the bot's speed is first_response_s, the person's wait is human_first_response_s
    ((("0", "client", "Здравствуйте, можно на стрижку?"), ("0.5", "bot", "Выберите услугу: 1 — стрижка"),
      ("30", "manager", "Добрый день! На какое время?")), 30, 1800),
    # people only: the two are the same
    ((("0", "client", "Сколько стоит маникюр?"), ("7", "manager", "1500 ₽")), 420, 420),
    # the bot alone: answered, but no person ever did
    ((("0", "client", "Вы работаете в воскресенье?"), ("0.1", "bot", "Мы работаем с 10 до 20")), 6, None),
    # a person answers a later block only after the bot took the first
    ((("0", "client", "Привет"), ("0.2", "bot", "Здравствуйте! Чем помочь?"), ("5", "client", "Хочу записаться"),
      ("65", "manager", "Записала на завтра в 12")), 12, 3900),
    # nobody answers
    ((("0", "client", "Алло?"),), None, None),
])
def test_time_to_a_human_is_never_a_bots(rows: tuple, first: float | None, human: float | None) -> None:
    conv = run(timeline(*rows)).iloc[0]
    for column, want in (("first_response_s", first), ("human_first_response_s", human)):
        got = conv[column]
        assert (pd.isna(got) if want is None else got == pytest.approx(want)), (column, got)
