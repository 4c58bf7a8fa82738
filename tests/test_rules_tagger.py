"""The rules tagger on short conversations of other businesses, phrased differently from the dev corpus."""

from __future__ import annotations

import pytest

from sheets_bridge.tagging import Conversation, Message, get_tagger

C, M, B = "client", "manager", "bot"

CASES = [
    # (conversation, intent, booking_offered, booked, missed_lead)
    ([(C, "Добрый день! Запишите меня на массаж спины в четверг вечером"),
      (M, "Здравствуйте! В четверг свободно 18:00 или 19:30, какое удобнее?"), (C, "19:30"),
      (M, "Забронировала четверг 19:30, ждём вас!")], "booking", 1, 1, 0),
    ([(C, "Сколько у вас стоит стрижка собаки среднего размера?"), (M, "От 2500 руб в зависимости от шерсти"),
      (C, "Понятно")], "price", 0, 0, 1),
    ([(C, "Здравствуйте, у меня болит зуб уже третий день, примете сегодня?"),
      (M, "Добрый день! Приходите сегодня к 16:00, доктор посмотрит"), (C, "Хорошо, буду")], "booking", 1, 0, 0),
    ([(C, "Подскажите, во сколько вы открываетесь в воскресенье?"), (M, "С 10:00 до 18:00"), (C, "Спасибо")],
     "question", 0, 0, 0),
    ([(C, "Вчера подстригли очень криво, одна сторона короче. Я недовольна"),
      (M, "Приносим извинения! Приходите, мастер бесплатно исправит")], "complaint", 0, 0, 0),
    ([(C, "Hi, can I book a manicure for Saturday afternoon?"), (M, "Hi! Saturday 15:00 or 16:30?"),
      (C, "16:30 please"), (M, "You're booked for Saturday at 16:30, see you!")], "booking", 1, 1, 0),
    ([(C, "How much is a deep tissue massage?"), (M, "90 minutes is 4000 rub"), (C, "ok thanks")],
     "price", 0, 0, 1),
    ([(C, "Есть окошко на окрашивание на этой неделе?"), (M, "Да, в пятницу в 11:00, записываю?"),
      (C, "Нет, пятница не подходит, спасибо")], "booking", 1, 0, 0),
    ([(C, "Хочу записать ребенка на плавание, какие есть группы?")], "booking", 0, 0, 1),
    ([(C, "Здравствуйте! Вы продаёте подарочные сертификаты?"), (M, "Да")], "question", 0, 0, 1),
    ([(C, "Предлагаем продвижение вашего салона в соцсетях, первые 100 клиентов бесплатно")],
     "other", 0, 0, 0),
    ([(M, "Анна, напоминаем о визите завтра в 12:00. Подтверждаете?"), (C, "Да, буду")], "booking", 1, 0, 0),
]


@pytest.mark.parametrize("messages, intent, offered, booked, missed", CASES, ids=[str(i) for i in range(len(CASES))])
def test_other_businesses(messages, intent: str, offered: int, booked: int, missed: int) -> None:
    conv = Conversation("c", tuple(Message(role, text) for role, text in messages))
    tags = get_tagger("rules").tag([conv])[0]
    assert (tags.intent, tags.booking_offered, tags.booked, tags.missed_lead) == (intent, offered, booked, missed)
