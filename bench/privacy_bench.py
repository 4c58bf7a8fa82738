"""Scrubbing 100,000 chat messages: sheets-bridge's scrubber, with and without the natasha name model,
side by side with Microsoft Presidio's analyzer on the same texts (when presidio-analyzer is installed).

Run: ``python bench/privacy_bench.py [--n 100000] [--names-n 20000]``
"""

from __future__ import annotations

import argparse
import random

from _common import measure, table

PHRASES = [
    "Здравствуйте! Хочу записаться на маникюр", "Добрый день, на какое время вам удобно?",
    "Можно в субботу после 15:00?", "Стрижка 1500 ₽, укладка 800 ₽ 😊", "Спасибо большое!",
    "Подскажите, пожалуйста, есть ли свободное время завтра утром", "ок", "<Без медиафайлов>",
    "Записала вас на пятницу 16.02 в 16:30, маникюр со снятием и покрытием. Стоимость 1800 ₽",
    "Заказ №1234567890, ИНН 7707083893", "Добрый вечер, Анна! Да, есть окно в 16:30 к мастеру Ольге",
]
PII = ["мой номер +7 917 123-45-67", "перезвоните 89273380417", "почта lilia.zaripova@mail.ru",
       "меня зовут Анна Петрова", "Карта 2202 2061 4478 3318", "8 (927) 301-44-59 Ильдар"]


def messages(n: int, seed: int = 42) -> list[str]:
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        text = rnd.choice(PHRASES)
        if rnd.random() < 0.15:
            text += ", " + rnd.choice(PII)
        out.append(text)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=100_000)
    ap.add_argument("--names-n", type=int, default=20_000, help="messages for the slower name-model runs")
    args = ap.parse_args()

    from sheets_bridge.privacy import Scrubber

    key = bytes(32)
    texts = messages(args.n)
    rows = []

    from sheets_bridge.privacy import KnownNames

    scrubber = Scrubber(key)
    client = KnownNames(["Анна Петрова"])  # built once per chat by the importer
    _, secs, peak = measure(lambda: [scrubber.scrub(t, known_names=client) for t in texts])
    rows.append(["sheets-bridge rules (phones, e-mails, cards, passports, name rules)", len(texts), secs,
                 len(texts) / secs, peak])

    try:
        from sheets_bridge.privacy.names import NatashaNames

        names = NatashaNames()
    except Exception as exc:  # noqa: BLE001
        rows.append([f"sheets-bridge + natasha names: not installed ({exc.__class__.__name__})", 0, 0.0, 0.0, 0.0])
    else:
        sub = texts[: args.names_n]
        with_names = Scrubber(key, names=names)
        _, secs, peak = measure(lambda: [with_names.scrub(t) for t in sub])
        rows.append(["sheets-bridge rules + natasha NER names", len(sub), secs, len(sub) / secs, peak])

    try:
        from presidio_analyzer import AnalyzerEngine  # type: ignore[import-not-found]
    except ImportError:
        rows.append(["Microsoft Presidio analyzer: not installed (pip install presidio-analyzer)", 0, 0.0,
                     0.0, 0.0])
    else:
        engine = AnalyzerEngine()
        sub = texts[: args.names_n]
        _, secs, peak = measure(lambda: [engine.analyze(t, language="en") for t in sub])
        rows.append(["Presidio AnalyzerEngine (English models; no Russian NER offline)", len(sub), secs,
                     len(sub) / secs, peak])

    table("Scrubbing chat messages", ["scrubber", "messages", "seconds", "messages/s", "peak MiB"], rows)


if __name__ == "__main__":
    main()
