"""Analysing 1,000,000 messages: the vectorized pipeline (metrics + rules tagger + rubric + KPI), and, side
by side, the same response metrics computed the obvious way — a Python loop over messages.

Run: ``python bench/analyze_bench.py [--messages 1000000]``  (each contender runs in its own process;
peak RSS is the whole process).
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd
from _common import child_report, run_child, table

CLIENT = ["Здравствуйте! Хочу записаться на маникюр", "Сколько стоит стрижка?", "Можно в субботу после 15:00?",
          "давайте", "Спасибо!", "А парковка есть?", "<Без медиафайлов>", "ок"]
BUSINESS = ["Добрый день! Есть 12:00 и 16:30, записать вас?", "Стрижка 1500 ₽", "Записала на субботу 16:30 ✅",
            "Да, во дворе", "Прайс в профиле"]


def generate(n: int, seed: int = 7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    chats = max(1, n // 10)
    chat = np.sort(rng.integers(0, chats, n))
    step = rng.choice([30, 60, 120, 600, 3600, 90_000], size=n, p=[0.3, 0.3, 0.2, 0.1, 0.07, 0.03])
    ts = pd.Timestamp("2025-01-01", tz="UTC") + pd.to_timedelta(np.cumsum(step), unit="s")
    business = rng.random(n) < 0.45
    role = np.where(business, np.where(rng.random(n) < 0.2, "bot", "manager"), "client")
    text = np.where(business, np.array(BUSINESS)[rng.integers(0, len(BUSINESS), n)],
                    np.array(CLIENT)[rng.integers(0, len(CLIENT), n)])
    sender = np.where(role == "client", "[NAME:0123456789]", np.where(role == "bot", "Бот", "Алина"))
    stamps = ts.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    return pd.DataFrame({"message_id": [f"m_{i:016x}" for i in range(n)], "chat_id": [f"wa:{c}" for c in chat],
                         "channel": "whatsapp", "timestamp": stamps, "sender_role": role, "sender": sender,
                         "text": text, "source": "bench"})


def loop_metrics(messages: pd.DataFrame, gap_s: float = 86_400) -> int:
    """First response and unanswered blocks per conversation, one message at a time."""
    rows = sorted(zip(messages["chat_id"], pd.to_datetime(messages["timestamp"]).astype("int64") // 10**9,
                      messages["sender_role"], strict=True))
    conversations = 0
    last_chat, last_t = None, None
    block_start = None
    first_done = False
    stats = []
    for chat, t, role in rows:
        if chat != last_chat or t - last_t >= gap_s:
            conversations += 1
            block_start, first_done = None, False
        if role == "client":
            if block_start is None:
                block_start = t
        elif block_start is not None:
            if not first_done:
                stats.append(t - block_start)
                first_done = True
            block_start = None
        last_chat, last_t = chat, t
    return conversations


def child(which: str, n: int) -> None:
    messages = generate(n)
    start = time.perf_counter()
    if which == "pipeline":
        from sheets_bridge.analysis import AnalyzeOptions, analyze_frames

        events = pd.DataFrame(columns=["event_id", "timestamp", "channel", "session_id", "event_type", "payload"])
        result = analyze_frames(messages, events, AnalyzeOptions(tz="Asia/Yekaterinburg"))
        assert len(result.conversations) > 0
    elif which == "metrics":
        from sheets_bridge import lexicon
        from sheets_bridge.analysis import conversations as cv

        msgs = cv.split(cv.prepare(messages), pd.Timedelta("24h"))
        cv.metrics(msgs, lexicon.load("tagging_rules.txt")["closing"])
    else:
        loop_metrics(messages)
    child_report(n, time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--messages", type=int, default=1_000_000)
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    rows = []
    for who, label in (("pipeline", "sheets-bridge analyze (metrics + rules tags + rubric + KPI + audit)"),
                       ("metrics", "sheets-bridge response metrics only (SPEC §4, vectorized pandas)"),
                       ("loop", "Python loop per message (conversations + first response only)")):
        r = run_child(__file__, who, str(args.messages))
        rows.append([label, r["n"], r["seconds"], r["n"] / r["seconds"], r["peak_rss_mib"]])
    table(f"Analysing {args.messages:,} messages", ["implementation", "messages", "seconds", "messages/s",
                                                    "peak RSS MiB"], rows)
    print("Target: the full pipeline under 60 s and 2 GB on 2 cores.")


if __name__ == "__main__":
    main()
