"""Parsing a 1,000,000-message WhatsApp export: sheets-bridge's parser vs the ``whatstk`` package.

Generates a synthetic Android ru-RU export (``dd.mm.yyyy, HH:MM - Name: text``, multi-line messages,
media placeholders, a system line), then times parsing only (no scrubbing or writing) and measures
peak memory (tracemalloc) for each parser on the same file. whatstk is GPL and not a dependency:
``pip install whatstk`` to see it side by side.

Run: ``python bench/import_bench.py [--messages 1000000]``
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import tempfile
from pathlib import Path

from _common import child_report, run_child, table

AUTHORS = ["Салон Аура", "Анна Петрова", "Мария Иванова", "+7 917 123-45-67"]
PHRASES = ["Здравствуйте! Хочу записаться на маникюр", "Добрый день, на какое время вам удобно?",
           "Можно в субботу после 15:00?", "Да, есть окно в 16:30 к мастеру Ольге", "Отлично, записывайте",
           "Стрижка 1500 ₽, укладка 800 ₽ 😊", "<Без медиафайлов>", "Данное сообщение удалено", "ок",
           "Подскажите, пожалуйста, есть ли свободное время завтра утром"]
MORE = ["И ещё вопрос по цене", "- маникюр с покрытием", "Спасибо заранее 🙏"]


def generate(path: Path, messages: int, seed: int = 42) -> int:
    rnd = random.Random(seed)
    t = dt.datetime(2023, 1, 9, 9, 0)
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(f"{t:%d.%m.%Y, %H:%M} - Сообщения и звонки защищены сквозным шифрованием.\n")
        for _ in range(messages):
            t += dt.timedelta(minutes=rnd.choice([0, 1, 1, 2, 3, 5, 10, 30, 120]))
            fh.write(f"{t:%d.%m.%Y, %H:%M} - {rnd.choice(AUTHORS)}: {rnd.choice(PHRASES)}\n")
            if rnd.random() < 0.08:
                fh.write("\n".join(rnd.sample(MORE, rnd.randint(1, 3))) + "\n")
    return path.stat().st_size


def child(which: str, path: Path) -> None:
    import time

    if which == "ours":
        from sheets_bridge.ingest import whatsapp

        start = time.perf_counter()
        n = len(whatsapp.parse(path).frame)
    else:
        from whatstk import WhatsAppChat

        start = time.perf_counter()
        n = len(WhatsAppChat.from_source(str(path), max_size=None).df)
    child_report(n, time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--messages", type=int, default=1_000_000)
    ap.add_argument("--child", nargs=2, metavar=("WHICH", "FILE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], Path(args.child[1]))
        return
    try:
        import whatstk  # noqa: F401
        contenders = ["ours", "whatstk"]
    except ImportError:
        contenders = ["ours"]
    names = {"ours": "sheets-bridge whatsapp.parse (auto date order)",
             "whatstk": "whatstk WhatsAppChat.from_source (auto header)"}
    rows, speed = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "WhatsApp Chat with Анна.txt"
        size = generate(path, args.messages)
        for who in contenders:
            r = run_child(__file__, who, str(path))
            speed[who] = r["n"] / r["seconds"]
            rows.append([names[who], r["n"], r["seconds"], speed[who], r["peak_rss_mib"]])
    if "whatstk" not in speed:
        rows.append(["whatstk: not installed (pip install whatstk)", 0, 0.0, 0.0, 0.0])
    table(f"Parsing a WhatsApp export of {args.messages:,} messages ({size / 2**20:.0f} MiB)",
          ["parser", "messages", "seconds", "messages/s", "peak RSS MiB (whole process)"], rows)
    if "whatstk" in speed:
        print(f"sheets-bridge / whatstk throughput: {speed['ours'] / speed['whatstk']:.1f}× (target ≥ 3×)")


if __name__ == "__main__":
    main()
