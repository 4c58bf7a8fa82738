"""The default tagger on conversations of many kinds of business, phrased unlike the bundled corpus:
expected tags (LABELS.md) and the evidence that decided them (SPEC §4)."""

from __future__ import annotations

import pytest

from sheets_bridge.tagging import Conversation, Message, get_tagger
from sheets_bridge.tagging.rules import clearly_better

C, M, B = "client", "manager", "bot"

CASES = [
    # (business, conversation, intent, booking_offered, booked, missed_lead, evidence contains)
    ("massage", [(C, "Добрый день! Запишите меня на массаж спины в четверг вечером"),
                 (M, "Здравствуйте! В четверг свободно 18:00 или 19:30, какое удобнее?"), (C, "19:30"),
                 (M, "Забронировала четверг 19:30, ждём вас!")], "booking", 1, 1, 0, ["M#4", "booked"]),
    ("grooming", [(C, "Сколько у вас стоит стрижка собаки среднего размера? Шпиц"),
                  (M, "От 2500 руб в зависимости от шерсти"), (C, "Понятно")], "price", 0, 0, 1,
     ["C#1", "M#2 «От 2500", "price named, no offer"]),
    ("spa", [(C, "How much is a deep tissue massage?"), (M, "90 minutes is 4000 rub"), (C, "ok thanks")],
     "price", 0, 0, 1, ["price named, no offer"]),
    ("salon", [(C, "Вчера подстригли очень криво, одна сторона короче. Я недовольна!"),
               (M, "Приносим извинения! Приходите, мастер бесплатно исправит")], "complaint", 0, 0, 0,
     ["C#1", "complaint"]),
    ("nails", [(C, "Hi, can I book a manicure for Saturday afternoon?"), (M, "Hi! Saturday 15:00 or 16:30?"),
               (C, "16:30 please"), (M, "You're booked for Saturday at 16:30, see you!")], "booking", 1, 1, 0,
     ["booked"]),
    ("marketing", [(C, "Предлагаем продвижение вашего салона в соцсетях, первые 100 клиентов бесплатно")],
     "other", 0, 0, 0, []),
    ("car wash", [(C, "здравствуйте, хочу записаться на мойку сегодня, кроссовер"),
                  (M, "Сегодня всё занято."), (C, "жаль")], "booking", 0, 0, 1,
     ["M#2 «Сегодня всё занято.»", "fully booked"]),
    ("restaurant", [(C, "Добрый вечер! Хотим забронировать столик на 4 человека в субботу на 19:00"),
                    (M, "Добрый вечер! На 19:00 есть столик у окна, бронирую на фамилию?"), (C, "Да, Смирнов"),
                    (M, "Забронировала, ждём вас в субботу в 19:00!")], "booking", 1, 1, 0, ["booked"]),
    ("tutor", [(C, "Здравствуйте, сколько стоит занятие по математике для 9 класса? Готовимся к ОГЭ"),
               (M, "Здравствуйте! 1500 ₽ за 60 минут. Могу предложить пробное во вторник в 17:00, подойдёт?"),
               (C, "Спасибо, подумаем")], "price", 1, 0, 0, ["M#2", "booking offered"]),
    ("vet", [(C, "Кот третий день не ест, можно сегодня к врачу?")], "booking", 0, 0, 1,
     ["C#1", "no reply"]),
    ("photo", [(C, "Вы нам в субботу снимали семейную фотосессию, прошла неделя, а фото так и не прислали. "
                   "Обещали за 3 дня"), (M, "Извините, завтра до вечера пришлём")], "complaint", 0, 0, 0,
     ["complaint"]),
    ("repair", [(C, "кран течет на кухне, сможете завтра посмотреть?"), (M, "завтра в 10 могу"),
                (C, "давайте в 10"), (M, "ок буду")], "booking", 1, 1, 0, ["booked"]),
]


@pytest.mark.parametrize("business, messages, intent, offered, booked, missed, evidence", CASES,
                         ids=[c[0] for c in CASES])
def test_other_businesses(business: str, messages: list, intent: str, offered: int, booked: int, missed: int,
                          evidence: list[str]) -> None:
    conv = Conversation("c", tuple(Message(role, text) for role, text in messages))
    tags = get_tagger("rules", lang="en").tag([conv])[0]
    assert (tags.intent, tags.booking_offered, tags.booked, tags.missed_lead) == (intent, offered, booked, missed)
    for part in evidence:
        assert part in tags.evidence, tags.evidence


def test_evidence_is_written_in_the_owners_language() -> None:
    conv = Conversation("c", (Message(C, "Сколько стоит чистка зубов?"), Message(M, "4500 ₽"), Message(C, "ясно")))
    tags = get_tagger("rules", lang="ru").tag([conv])[0]
    assert "цену назвали, записать не предложили" in tags.evidence


def test_the_owners_labels_adapt_the_default_tagger() -> None:
    """A business whose replies say "ставлю в график" for a booking: after a few labels the tagger learns it."""
    def conv(i: int) -> Conversation:
        return Conversation(f"c{i}", (Message(C, f"Можно во вторник в {10 + i % 8}:00 на диагностику?"),
                                      Message(M, "Ставлю в график, номер машины пришлите"), Message(C, "А123ВС")))
    labels = {"intent": "booking", "sentiment": "neutral", "need_service": "1", "need_time": "1", "need_budget": "0",
              "booking_offered": "1", "booked": "1", "missed_lead": "0", "rude": "0", "recommended_action": "none"}
    plain = get_tagger("rules").tag([conv(99)])[0]
    adapted = get_tagger("rules", labelled=[(conv(i), labels) for i in range(12)]).tag([conv(99)])[0]
    assert plain.booked == 0 and adapted.booked == 1


@pytest.mark.parametrize("wins, losses, kept", [
    (0, 0, False), (1, 0, False), (2, 0, False),  # two labels could be luck
    (3, 1, False), (4, 2, False),  # more wins than losses, but a coin does that often
    (5, 0, True), (6, 1, False), (7, 1, True), (10, 3, True),
    (10, 9, False),
])
def test_a_refitted_head_is_kept_only_when_clearly_better(wins: int, losses: int, kept: bool) -> None:
    assert clearly_better(wins, losses) is kept


def test_tags_never_depend_on_the_owners_key() -> None:
    """Pseudonym tokens carry key-dependent digits ("[PHONE:2aed…]" once read as a price in dirhams)."""
    def conv(token: str) -> Conversation:
        return Conversation("c", (Message(C, f"Здравствуйте, мой номер {token}, сколько стоит маникюр?"),
                                  Message(M, f"Записала, перезвоним на {token}")))
    tagger = get_tagger("rules")
    a, b = tagger.tag([conv("[PHONE:12aed456]")])[0], tagger.tag([conv("[PHONE:3f9c0b1d]")])[0]
    assert (a.intent, a.booked, a.missed_lead, a.need_budget, a.confidence) == \
        (b.intent, b.booked, b.missed_lead, b.need_budget, b.confidence)


def test_the_learned_taggers_text_never_holds_the_owners_key() -> None:
    from sheets_bridge.tagging.learned import conversation_text

    def conv(token: str) -> Conversation:
        return Conversation("c", (Message(C, f"Мой номер {token}, запишите"), Message(M, "Записала")))
    assert conversation_text(conv("[PHONE:12aed456]")) == conversation_text(conv("[PHONE:3f9c0b1d]"))
    assert "[phone]" in conversation_text(conv("[PHONE:12aed456]"))
