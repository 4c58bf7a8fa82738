"""What the owner waits for: each command end to end, as a process, on a busy salon's year of chats.

    python bench/pipeline_bench.py                  # 2,000 chats (~100k messages), the 1,000-event flush, Sheets
    python bench/pipeline_bench.py --chats 200      # a quick run
    python bench/pipeline_bench.py --long 172000    # also one 172,000-message chat (import + analyze)
    python bench/pipeline_bench.py --no-sheets      # skip the Google Sheets run
    python bench/pipeline_bench.py --repeat 1       # each timing once (default: the best of 3)

Generates WhatsApp exports (Android, Russian locale) of a salon: thousands of chats, each with one to four
conversations over a year, a few long ones; times `import`, `analyze`, `sample`, `report`, `export bitrix`,
`reconcile` and a `flush` of 1,000 journalled events into a workbook that already holds 100,000, each as its
own process with its peak RSS; parses the same files with whatstk (when installed) as the yardstick; then runs
the commands against the local Google Sheets fake, counting the requests each one makes per tab it touches.

Each timing, whatstk's included, is the best of ``--repeat`` runs, as timeit reports: on a shared machine one run can
be a third slower than the next, and a ratio of two single runs moves with it. (An import is repeated into a new
workbook each time; the last is the one the other commands read.)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from _common import table  # noqa: E402

TZ = "Europe/Moscow"
BUSINESS = ("Лайм Администратор", "Лайм Мастер Оля")
FIRST = ["Анна", "Мария", "Елена", "Ольга", "Наталья", "Ирина", "Светлана", "Татьяна", "Юлия", "Дарья", "Алина",
         "Ксения", "Виктория", "Полина", "Екатерина", "Марина", "Софья", "Вера", "Лилия", "Гульнара"]
OPENERS = ["Здравствуйте! Хочу записаться на маникюр", "Добрый день, сколько стоит окрашивание корней?",
           "Есть окошко на стрижку в субботу?", "Подскажите, до скольки вы работаете?",
           "Можно перенести мою запись на завтра?", "здравствуйте сколько стоит ламинирование ресниц",
           "Добрый вечер! На педикюр в четверг можно?", "Вчера делала маникюр, уже скол на двух ногтях",
           "Хочу подарочный сертификат на 3000", "Мой номер +7 916 {a:03d}-{b:02d}-{c:02d}, перезвоните"]
REPLIES = ["Здравствуйте! Есть завтра 11:00 или 15:30, какое удобнее?", "Окрашивание корней от 3 500 ₽",
           "Записала вас на субботу 12:00 ✅ Ждём!", "Работаем ежедневно с 9:00 до 21:00",
           "Конечно, перенесла на завтра 16:00", "Ламинирование 2 500 ₽, записать вас?",
           "Приносим извинения! Приходите, мастер бесплатно исправит", "Спасибо, до встречи!"]
CLIENT = ["давайте в 15:30", "а подешевле нет?", "спасибо, подумаю", "ок", "да, удобно", "<Без медиафайлов>",
          "а можно к Оле?", "хорошо, буду", "Данное сообщение удалено", "спасибо большое 😊"]


def write_chat(path: Path, client: str, start: dt.datetime, rnd: random.Random, conversations: int,
               messages: int) -> int:
    """One Android export with ``conversations`` conversations of about ``messages`` messages each."""
    lines = [f"{start:%d.%m.%Y, %H:%M} - Сообщения и звонки защищены сквозным шифрованием. Никто вне этого "
             "чата, даже WhatsApp, не может прочитать или прослушать их."]
    t, n = start, 0
    for _ in range(conversations):
        for k in range(messages + rnd.randint(-2, 3)):
            t += dt.timedelta(minutes=rnd.choice((1, 2, 5, 12, 40, 180)))
            if k % 2 == 0:
                who = client
                text = (rnd.choice(OPENERS) if k == 0 else rnd.choice(CLIENT)).format(
                    a=rnd.randint(0, 999), b=rnd.randint(0, 99), c=rnd.randint(0, 99))
            else:
                who, text = rnd.choice(BUSINESS), rnd.choice(REPLIES)
            lines.append(f"{t:%d.%m.%Y, %H:%M} - {who}: {text}")
            n += 1
        t += dt.timedelta(days=rnd.randint(3, 60))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return n


def generate(folder: Path, chats: int, seed: int = 7) -> int:
    """A salon's year: ``chats`` chats, a few of them long; returns the number of messages."""
    rnd = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(chats):
        client = f"{rnd.choice(FIRST)} {i}"
        start = dt.datetime(2025, 1, 1, 9) + dt.timedelta(minutes=rnd.randint(0, 300 * 24 * 60))
        long = i % 500 == 0  # a few regulars who write all year
        total += write_chat(folder / f"WhatsApp Chat with {client}.txt", client, start, rnd,
                            conversations=40 if long else rnd.randint(1, 4), messages=rnd.randint(8, 28))
    (folder.parent / "managers.tsv").write_text("name\trole\n" + "".join(f"{b}\tmanager\n" for b in BUSINESS),
                                                encoding="utf-8")
    return total


# A tiny launcher forks the command, so its peak RSS is the command's own (a child forked from this process
# would inherit this process's high-water mark).
LAUNCHER = """
import json, os, subprocess, sys
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
err = p.stderr.read()
_, status, usage = os.wait4(p.pid, 0)
sys.stdout.write(json.dumps({"code": os.waitstatus_to_exitcode(status), "rss": usage.ru_maxrss,
                             "err": err.decode(errors="replace")[-2000:]}))
"""


def run(args: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB, stderr tail) of one command as its own process."""
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", LAUNCHER, sys.executable, "-m", "sheets_bridge", *args], cwd=cwd,
                         env=env, capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - started
    result = json.loads(out.stdout)
    if result["code"] != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{result['err']}")
    return seconds, result["rss"] / 1024, result["err"][-300:]


def best(repeat: int, once):  # noqa: ANN001, ANN201 - (seconds, …) of the fastest of ``repeat`` calls of once()
    return min((once() for _ in range(max(1, repeat))), key=lambda result: result[0])


def whatstk_seconds(folder: Path, repeat: int = 1) -> float | None:
    try:
        from whatstk import WhatsAppChat
    except ImportError:
        return None

    def once() -> tuple[float]:
        started = time.perf_counter()
        for path in sorted(folder.glob("*.txt")):
            WhatsAppChat.from_source(filepath=str(path), hformat="%d.%m.%Y, %H:%M - %name:")
        return (time.perf_counter() - started,)

    return best(repeat, once)[0]


def crm_export(path: Path) -> None:
    path.write_text("\ufeffID;TITLE;ORIGIN_ID;PHONE_MOBILE\n" + "".join(f"{i};Лид {i};ev-{i};\n" for i in range(200)),
                    encoding="utf-8")


def flush_case(work: Path, env: dict[str, str]) -> tuple[float, float]:
    """A workbook holding 100,000 events, 1,000 more waiting in the journal: time `flush`."""
    from sheets_bridge.privacy import Scrubber
    from sheets_bridge.webhook import Journal
    from sheets_bridge.workbook import XlsxWorkbook

    book = work / "events.xlsx"
    for old in (book, *work.glob("journal.sqlite3*")):  # a run of its own each time
        old.unlink(missing_ok=True)
    stamp = "2025-06-01T12:00:00+03:00"
    XlsxWorkbook(book).append("events", [{"event_id": f"old-{i}", "timestamp": stamp, "received_at": stamp,
                                          "level": "info", "channel": "whatsapp", "session_id": f"s{i % 3000}",
                                          "event_type": "scenario.step"} for i in range(100_000)])
    journal = Journal(work / "journal.sqlite3")
    from sheets_bridge import events as ev

    scrubber = Scrubber(bytes(32))
    rows = [ev.to_row(ev.validate({"timestamp": stamp, "channel": "whatsapp", "session_id": f"s{i % 50}",
                                   "event_type": "message.received" if i % 2 else "lead.created",
                                   "event_id": f"new-{i}", "payload": {"text": f"Хочу записаться {i}"}}), scrubber)
            for i in range(1000)]
    journal.store(rows, "events")
    seconds, rss, _ = run(["flush", "--workbook", str(book), "--journal", str(work / "journal.sqlite3")], env, work)
    return seconds, rss


def sheets_case(folder: Path, managers: Path, work: Path) -> list[list[object]]:
    """The same commands on gspread against the local Sheets fake: requests per command and per tab touched."""
    sys.path.insert(0, str(ROOT))
    from sheets_bridge import AnalyzeOptions, ImportOptions, analyze, import_chats, render_report, sample
    from sheets_bridge.crm.leads import export_bitrix
    from sheets_bridge.privacy import Scrubber
    from sheets_bridge.workbook.gsheets import SheetsConfig, open_google_sheet
    from tests.conftest import _service_account_key
    from tests.fakes.sheets_server import FakeSheets

    rows: list[list[object]] = []
    with FakeSheets() as fake:
        fake.create("BENCH")
        key = work / "sa.json"
        key.write_text(json.dumps(_service_account_key(fake.url + "/token")))
        config = SheetsConfig(api_root=fake.url, timeout=(5.0, 300.0), requests_per_minute=1_000_000)

        def import_year(wb: object) -> object:
            return import_chats([folder], wb, Scrubber(bytes(32)), ImportOptions(managers_file=managers, tz=TZ))

        steps = [
            ("import", import_year),
            ("import again", import_year),  # the same files a week later: nothing new but the imports rows
            ("analyze", lambda wb: analyze(wb, AnalyzeOptions(tz=TZ))),
            ("sample", lambda wb: sample(wb, n=200)),
            ("report", lambda wb: render_report(wb, "ru")),
            ("export bitrix", lambda wb: export_bitrix(wb, work / "leads.csv", None)),
        ]
        for name, step in steps:
            before, sent = len(fake.requests), len(fake.body_bytes)
            started = time.perf_counter()
            wb = open_google_sheet("BENCH", key, config)
            step(wb)
            calls = len(fake.requests) - before
            tabs = len(fake.tabs_touched("BENCH", fake.requests[before:]))  # read or written, from the requests
            megabytes = sum(fake.body_bytes[sent:]) / 1e6  # Google takes at most 10.49 MB per request
            rows.append([name, calls, tabs, round(calls / tabs, 1), round(megabytes, 1),
                         time.perf_counter() - started])
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chats", type=int, default=2000)
    parser.add_argument("--long", type=int, default=0, help="also one chat of this many messages")
    parser.add_argument("--no-sheets", action="store_true")
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--repeat", type=int, default=3, help="each timing is the best of this many runs")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="sb-pipeline-"))
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "SHEETS_BRIDGE_HOME": str(work / "home"), "PYTHONPATH": str(ROOT)}
    chats = work / "chats"
    messages = generate(chats, args.chats)
    managers = work / "managers.tsv"
    crm_export(work / "crm.csv")
    print(f"{args.chats:,} chats, {messages:,} messages in {work}")
    yardstick = whatstk_seconds(chats, args.repeat)
    book = str(work / "book.xlsx")
    commands = [
        ("import", ["import", str(chats), "--managers-file", str(managers), "--tz", TZ, "-w", book]),
        ("analyze", ["analyze", "--tz", TZ, "-w", book]),
        ("sample", ["sample", "--n", "200", "-w", book]),
        ("report", ["report", "--out", str(work / "report.html"), "-w", book]),
        ("export bitrix", ["export", "bitrix", "--out", str(work / "leads.csv"), "-w", book]),
        ("reconcile", ["reconcile", "--crm", str(work / "crm.csv"), "-w", book]),
    ]
    rows: list[list[object]] = []
    pipeline = 0.0
    for name, command in commands:
        if name == "import":  # each run into a new workbook, then moved to the book: the last one stays
            def once(c: list[str] = command, fresh: Path = work / "import-run.xlsx") -> tuple[float, float, str]:
                result = run([*c[:-1], str(fresh)], env, work)
                fresh.replace(book)
                return result
            seconds, rss, _ = best(args.repeat, once)
        else:
            seconds, rss, _ = best(args.repeat, lambda c=command: run(c, env, work))
        if name in ("import", "analyze", "report", "export bitrix"):
            pipeline += seconds
        rows.append([name, seconds, rss, f"{seconds / yardstick:.1f}×" if yardstick else "—"])
    seconds, rss = best(args.repeat, lambda: flush_case(work, env))
    rows.append(["flush 1,000 into 100,000", seconds, rss, "target ≤ 2 s"])
    rows.append(["import+analyze+report+export", pipeline, max(r[2] for r in rows[:5]),  # type: ignore[type-var]
                 f"{pipeline / yardstick:.1f}× (target ≤ 3×)" if yardstick else "—"])
    if yardstick:
        rows.append(["whatstk: parse the same files", yardstick, 0.0, "1.0×"])
    table(f"Commands as processes: {args.chats:,} chats, {messages:,} messages (.xlsx)",
          ["command", "seconds", "peak RSS MB", "vs whatstk parse"], rows)
    if args.long:
        long_dir = work / "long"
        long_dir.mkdir(exist_ok=True)
        n = write_chat(long_dir / "WhatsApp Chat with Постоянная клиентка.txt", "Постоянная клиентка",
                       dt.datetime(2024, 1, 1, 9), random.Random(3), conversations=max(1, args.long // 2000),
                       messages=2000)
        lbook = str(work / "long.xlsx")
        li, lr, _ = run(["import", str(long_dir), "--managers-file", str(managers), "--tz", TZ, "-w", lbook], env, work)
        la, ar, _ = best(args.repeat, lambda: run(["analyze", "--tz", TZ, "-w", lbook], env, work))
        per_year = next(r[1] for r in rows if r[0] == "analyze") / messages  # type: ignore[operator]
        table(f"One long chat: {n:,} messages", ["command", "seconds", "peak RSS MB", "per message vs the year"],
              [["import", li, lr, ""], ["analyze", la, ar, f"{(la / n) / per_year:.1f}× (target ≤ 2×)"]])
    if not args.no_sheets:
        table("Google Sheets (gspread on the local fake): requests per command",
              ["command", "requests", "tabs touched", "requests per tab (target ≤ 2)", "MB sent", "seconds"],
              sheets_case(chats, managers, work))
    return 0


if __name__ == "__main__":
    sys.exit(main())
