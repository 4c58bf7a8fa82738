"""Writing 10,000 event rows: sheets-bridge's backends vs the obvious alternatives.

* Google Sheets (gspread against the local Sheets v4 server from tests/fakes, which counts calls):
  sheets-bridge appends in batches of 500, vs gspread's ``Worksheet.append_row`` once per event
  (what a naive webhook-to-sheet integration does; measured on 300 rows and extrapolated).
* .xlsx: sheets-bridge's atomic, locked save, vs ``pandas.DataFrame.to_excel`` (openpyxl engine).

Run: ``python bench/workbook_bench.py [--rows 10000] [--batch 500]``
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from _common import measure, table


def event_rows(n: int) -> list[dict[str, object]]:
    return [{"event_id": f"evt_{i:07d}", "timestamp": "2025-01-01T12:34:56+03:00",
             "received_at": "2025-01-01T12:34:57+03:00", "level": "info", "channel": "whatsapp",
             "session_id": f"sess_{i % 700}", "user_id": f"u{i % 650:04x}", "event_type": "message.received",
             "intent": "book_appointment", "confidence": 0.92, "crm_id": "",
             "payload": '{"text": "Здравствуйте, можно записаться на маникюр в субботу?"}'} for i in range(n)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rows", type=int, default=10_000)
    ap.add_argument("--batch", type=int, default=500)
    args = ap.parse_args()

    import gspread
    from google.oauth2.credentials import Credentials

    from sheets_bridge.workbook import XlsxWorkbook, header_for
    from sheets_bridge.workbook.gsheets import GoogleSheetsWorkbook, SheetsConfig, make_client
    from tests.fakes.sheets_server import FakeSheets

    rows = event_rows(args.rows)
    results = []
    with FakeSheets() as fake:
        fake.create("BENCH")
        config = SheetsConfig(api_root=fake.url)
        creds = Credentials(token="fake-token")

        def ours() -> None:
            wb = GoogleSheetsWorkbook("BENCH", make_client(creds, config), config)
            wb.init_tabs()
            for i in range(0, len(rows), args.batch):
                wb.append("events", rows[i:i + args.batch])

        _, secs, peak = measure(ours)
        calls = fake.total_calls
        assert len(fake.values("BENCH", "events")) == args.rows + 1
        results.append(["sheets-bridge → Sheets (batched append)", args.rows, secs, args.rows / secs, peak, calls])

        sample = 300
        fake.create("NAIVE")
        before = fake.total_calls
        header = header_for("events")

        def naive() -> None:
            gc = gspread.Client(auth=creds)
            gc.http_client.session = make_client(creds, config).http_client.session
            ws = gc.open_by_key("NAIVE").sheet1
            ws.append_row(header)
            for r in rows[:sample]:
                ws.append_row([r[c] for c in header])

        _, nsecs, npeak = measure(naive)
        ncalls = (fake.total_calls - before) * args.rows / sample
        results.append([f"gspread append_row per event (×{args.rows // sample} of {sample})", args.rows,
                        nsecs * args.rows / sample, sample / nsecs, npeak, int(ncalls)])

    with tempfile.TemporaryDirectory() as tmp:
        def xlsx() -> None:
            wb = XlsxWorkbook(Path(tmp) / "bench.xlsx")
            with wb.batch():
                wb.init_tabs()
                for i in range(0, len(rows), args.batch):
                    wb.append("events", rows[i:i + args.batch])

        _, xsecs, xpeak = measure(xlsx)
        results.append(["sheets-bridge → .xlsx (atomic save, locked)", args.rows, xsecs, args.rows / xsecs,
                        xpeak, "-"])

        import pandas as pd

        def pandas_excel() -> None:
            pd.DataFrame(rows).to_excel(Path(tmp) / "pandas.xlsx", sheet_name="events", index=False)

        _, psecs, ppeak = measure(pandas_excel)
        results.append(["pandas.DataFrame.to_excel (openpyxl)", args.rows, psecs, args.rows / psecs, ppeak, "-"])

    table(f"Writing {args.rows:,} event rows", ["path", "rows", "seconds", "rows/s", "peak MiB", "HTTP calls"],
          results)
    print(f"Sheets HTTP calls: {calls} (budget 25); Google's write quota is 60 requests/min per user.")


if __name__ == "__main__":
    main()
