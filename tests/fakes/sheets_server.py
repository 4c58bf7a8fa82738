"""A local server speaking the subset of the Google Sheets v4 REST API that gspread uses.

Written from Google's API reference (spreadsheets.get, values get/append/update/clear,
spreadsheets.batchUpdate with addSheet/updateSheetProperties/updateCells) plus the OAuth token
endpoint a service-account key points at. It counts calls, records value input options, and answers
errors on demand (``fail_next``), the way Google answers them: a JSON ``{"error": {...}}`` body.
No Google emulator exists, so this is what the Sheets backend is tested against.
"""

from __future__ import annotations

import copy
import json
import re
import threading
import time
from collections import Counter
from http.server import ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from . import _http

#: Google refuses a bigger request body: 400 "Request payload size exceeds the limit: 10485760 bytes."
MAX_BODY_BYTES = 10_485_760

STATUS_NAMES = {400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED",
                404: "NOT_FOUND", 429: "RESOURCE_EXHAUSTED", 500: "INTERNAL", 503: "UNAVAILABLE",
                504: "DEADLINE_EXCEEDED"}


class ApiError(Exception):
    """An error answer as Google writes it: code, message, status name and (for some) ErrorInfo details."""

    def __init__(self, status: int, message: str, *, status_name: str | None = None,
                 details: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.status_name, self.details = status, message, status_name, details


def _col_letters(n: int) -> str:
    letters = ""
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _col_number(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def parse_a1(a1: str) -> tuple[str, int | None, int | None, int | None, int | None]:
    """'Tab'!A1:C5 → (tab, row1, col1, row2, col2), 1-based, None where open."""
    if "!" in a1:
        tab, cells = a1.rsplit("!", 1)
    else:
        tab, cells = a1, ""
    if tab.startswith("'") and tab.endswith("'"):
        tab = tab[1:-1].replace("''", "'")
    if not cells:
        return tab, None, None, None, None
    parts = cells.split(":")
    refs = []
    for p in parts:
        m = re.fullmatch(r"([A-Za-z]*)(\d*)", p)
        if not m:
            raise ApiError(400, f"Unable to parse range: {a1}")
        refs.append((int(m.group(2)) if m.group(2) else None, _col_number(m.group(1)) if m.group(1) else None))
    r1, c1 = refs[0]
    r2, c2 = refs[-1] if len(refs) > 1 else refs[0]
    return tab, r1, c1, r2, c2


def _trim(line: list[Any]) -> list[Any]:
    while line and line[-1] == "":
        line = line[:-1]
    return line


class FakeSheets:
    """The server state and its controls. Use as a context manager."""

    def __init__(self, cell_limit: int = 10_000_000) -> None:
        self.spreadsheets: dict[str, dict[str, Any]] = {}
        self.forbidden: set[str] = set()
        self.api_disabled = False            # the service account's project has not enabled the Sheets API
        self.uploaded_xlsx: set[str] = set()  # keys of .xlsx files in Drive (the Sheets API cannot edit them)
        self.quota_per_minute: int | None = None  # Google's per-user quota, on ``clock``
        self.clock = time.monotonic
        self._recent: list[float] = []
        self.calls: Counter[str] = Counter()
        self.requests: list[tuple[str, str, dict[str, list[str]], Any]] = []
        self.body_bytes: list[int] = []  # the size of each request's body as it arrived, beside ``requests``
        self.value_input_options: list[str] = []
        self.reject_token = False
        self.cell_limit = cell_limit
        self._failures: list[tuple[int, dict[str, str]]] = []
        self._delays: list[float] = []
        self._late_answers: list[tuple[str, float]] = []
        self._late_writes: list[tuple[str, float, int]] = []
        self._held: list[tuple[float, str, str, dict[str, list[str]], Any]] = []  # (due on clock, request)
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    # --- controls ---------------------------------------------------------------------------
    def create(self, key: str, title: str = "Test") -> None:
        self.spreadsheets[key] = {"title": title, "sheets": [
            {"properties": {"sheetId": 0, "title": "Sheet1", "index": 0, "sheetType": "GRID",
                            "gridProperties": {"rowCount": 1000, "columnCount": 26}}, "cells": {}}]}

    def fail_next(self, status: int, times: int = 1, retry_after: str | None = None) -> None:
        headers = {"Retry-After": retry_after} if retry_after else {}
        self._failures.extend([(status, headers)] * times)

    def delay_next(self, seconds: float, times: int = 1) -> None:
        """Answer the next requests only after this many seconds (to trip client timeouts)."""
        self._delays.extend([seconds] * times)

    def lose_answer_next(self, seconds: float, times: int = 1, path_contains: str = ":batchUpdate") -> None:
        """Apply the next matching requests, then wait this long before answering: the client times out on a
        write that did happen (what a slow network does to a real append)."""
        self._late_answers.extend([(path_contains, seconds)] * times)

    def apply_late_next(self, seconds: float, times: int = 1, path_contains: str = ":batchUpdate",
                        status: int = 504) -> None:
        """Answer the next matching requests ``status`` at once, without applying them, and apply them ``seconds``
        later on ``clock``: a write whose answer timed out (504: Google's deadline passed) that Google still carries
        out afterwards. A held write lands at the first request once its time has come, or at :meth:`settle`."""
        self._late_writes.extend([(path_contains, seconds, status)] * times)

    def settle(self) -> None:
        """Apply every held write now, due or not (what is left in flight has landed by the end of a test)."""
        with self._lock:
            self._land(due_only=False)

    def _land(self, due_only: bool = True) -> None:
        now = self.clock()
        landing = [h for h in self._held if not due_only or h[0] <= now]
        self._held = [h for h in self._held if h not in landing]
        for _, method, path, query, body in landing:
            self.calls["late_writes_landed"] += 1
            try:
                self._route(method, path, query, body)
            except ApiError:
                pass  # a late write that fails is simply not applied

    @property
    def total_calls(self) -> int:
        return sum(v for k, v in self.calls.items() if k != "token")

    def tabs_touched(self, key: str, requests: list[tuple[str, str, dict[str, list[str]], Any]]) -> set[str]:
        """The tabs of spreadsheet ``key`` these requests (from :attr:`requests`) read or wrote: named in a values
        range, or by sheetId or title in a batchUpdate. The header rows fetched with the first one a command needs
        (ranges ``…!1:1`` in a batchGet) do not count: a tab a command works on is counted by its other requests."""
        titles = {s["properties"]["sheetId"]: s["properties"]["title"] for s in self.spreadsheets[key]["sheets"]}

        def tab_of(a1: str) -> str:
            return (a1.rsplit("!", 1)[0] if "!" in a1 else a1).strip("'")

        def named(node: Any) -> Any:
            if isinstance(node, dict):
                yield from (v for k, v in node.items() if k in ("sheetId", "title"))
                for v in node.values():
                    yield from named(v)
            elif isinstance(node, list):
                for v in node:
                    yield from named(v)

        touched: set[str] = set()
        for _, path, query, body in requests:
            if "/values/" in path:
                touched.add(tab_of(unquote(path.split("/values/", 1)[1].split(":", 1)[0])))
            touched |= {tab_of(a1) for a1 in query.get("ranges", []) if not a1.endswith("!1:1")}
            if path.endswith("/values:batchUpdate"):
                touched |= {tab_of(part["range"]) for part in body.get("data", [])}
            elif path.endswith(":batchUpdate"):
                touched |= {titles.get(v, "") if isinstance(v, int) else str(v) for v in named(body)}
        return touched - {""}

    def values(self, key: str, tab: str) -> list[list[Any]]:
        sheet = self._sheet(self.spreadsheets[key], tab)
        return self._grid_values(sheet, formatted=False)

    def number_formats(self, key: str, tab: str, column: int) -> list[Any]:
        """The ``numberFormat`` of the data rows (2…last) of a 1-based column; None where none was set."""
        sheet = self._sheet(self.spreadsheets[key], tab)
        last = max((r for r, _c in sheet["cells"]), default=1)
        return [sheet.get("formats", {}).get((r, column)) for r in range(2, last + 1)]

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeSheets:
        def delay(path: str) -> None:
            if self._delays and not path.startswith("/token"):
                time.sleep(self._delays.pop(0))

        self._server = _http.start(self.dispatch, before=delay)
        return self

    def __exit__(self, *exc: object) -> None:
        _http.stop(self._server)

    # --- dispatch ---------------------------------------------------------------------------
    def dispatch(self, method: str, path: str, headers: dict[str, str], raw: bytes
                 ) -> tuple[int, Any, dict[str, str]]:
        split = urlsplit(path)
        query = parse_qs(split.query)
        with self._lock:
            if split.path == "/token":  # OAuth: form-encoded grant_type=…jwt-bearer&assertion=<JWT>
                form = parse_qs(raw.decode())
                if "assertion" not in form:
                    return 400, {"error": "invalid_request", "error_description": "Missing assertion"}, {}
                self.calls["token"] += 1
                if self.reject_token:
                    return 400, {"error": "invalid_grant", "error_description": "Invalid JWT Signature."}, {}
                return 200, {"access_token": "fake-token", "expires_in": 3600, "token_type": "Bearer"}, {}
            if len(raw) > MAX_BODY_BYTES:
                self.calls["too_large"] += 1
                return 400, _error(400, f"Request payload size exceeds the limit: {MAX_BODY_BYTES} bytes."), {}
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                return 400, _error(400, "Invalid JSON payload received."), {}
            self.requests.append((method, split.path, query, body))
            self.body_bytes.append(len(raw))
            self._land()
            held = next((i for i, (part, _, _) in enumerate(self._late_writes) if part in split.path), None)
            if held is not None:
                _, seconds, status = self._late_writes.pop(held)
                self._held.append((self.clock() + seconds, method, split.path, query, copy.deepcopy(body)))
                self.calls["late_writes"] += 1
                said = "Deadline expired before operation could complete." if status == 504 else "Backend Error"
                return status, _error(status, said), {}
            if self._failures:
                status, extra = self._failures.pop(0)
                self.calls[f"failed_{status}"] += 1
                return status, _error(status, "Injected failure"), extra
            if headers.get("Authorization", headers.get("authorization", "")) != "Bearer fake-token":
                return 401, _error(401, "Request had invalid authentication credentials."), {}
            try:
                answer: tuple[int, Any, dict[str, str]] = (200, self._route(method, split.path, query, body), {})
            except ApiError as exc:
                answer = (exc.status, _error(exc.status, exc.message, exc.status_name, exc.details), {})
            late = next((i for i, (part, _) in enumerate(self._late_answers) if part in split.path), None)
            wait = self._late_answers.pop(late)[1] if late is not None else 0.0
        if wait:
            self.calls["late_answers"] += 1
            time.sleep(wait)  # applied already; the client gives up waiting before this answer comes
        return answer

    def _route(self, method: str, path: str, query: dict[str, list[str]], body: Any) -> Any:
        m = re.fullmatch(r"/v4/spreadsheets/([^/:]+)(.*)", path)
        if not m:
            raise ApiError(404, f"Unknown path {path}")
        key, rest = m.group(1), m.group(2)
        if self.api_disabled:
            raise ApiError(403, "Google Sheets API has not been used in project 123456 before or it is disabled. "
                                "Enable it by visiting https://console.developers.google.com/apis/api/"
                                "sheets.googleapis.com/overview?project=123456 then retry.",
                           details=[{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": "SERVICE_DISABLED",
                                     "domain": "googleapis.com", "metadata": {
                                         "service": "sheets.googleapis.com", "consumer": "projects/123456",
                                         "activationUrl": "https://console.developers.google.com/apis/api/"
                                                          "sheets.googleapis.com/overview?project=123456"}}])
        if key in self.forbidden:
            raise ApiError(403, "The caller does not have permission")
        if key in self.uploaded_xlsx:
            raise ApiError(400, "This operation is not supported for this document", status_name="FAILED_PRECONDITION")
        if self.quota_per_minute is not None:
            now = self.clock()
            self._recent = [t for t in self._recent if now - t < 60]
            if len(self._recent) >= self.quota_per_minute:
                self.calls["quota_429"] += 1
                raise ApiError(429, "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per "
                                    "minute per user' of service 'sheets.googleapis.com'")
            self._recent.append(now)
        book = self.spreadsheets.get(key)
        if book is None:
            raise ApiError(404, "Requested entity was not found.")
        if method == "GET" and rest == "":
            self.calls["get"] += 1
            return self._metadata(key, book)
        if method == "POST" and rest == ":batchUpdate":
            self.calls["batchUpdate"] += 1
            return self._batch_update(key, book, body)
        if method == "POST" and rest == "/values:batchUpdate":
            self.calls["values.batchUpdate"] += 1
            return self._values_batch_update(key, book, body)
        if method == "GET" and rest == "/values:batchGet":
            self.calls["values.batchGet"] += 1
            return {"spreadsheetId": key, "valueRanges": [
                self._values_get(book, a1, query) for a1 in query.get("ranges", [])]}
        vm = re.fullmatch(r"/values/([^:]+)(?::(append|clear))?", rest)
        if not vm:
            raise ApiError(404, f"Unknown path {path}")
        a1, verb = unquote(vm.group(1)), vm.group(2)
        if method == "GET" and verb is None:
            self.calls["values.get"] += 1
            return self._values_get(book, a1, query)
        if method == "POST" and verb == "append":
            self.calls["values.append"] += 1
            return self._values_append(key, book, a1, query, body)
        if method == "PUT" and verb is None:
            self.calls["values.update"] += 1
            return self._values_update(key, book, a1, query, body)
        if method == "POST" and verb == "clear":
            self.calls["values.clear"] += 1
            return self._values_clear(key, book, a1)
        raise ApiError(404, f"Unknown path {path}")

    # --- helpers ----------------------------------------------------------------------------
    @staticmethod
    def _metadata(key: str, book: dict[str, Any]) -> Any:
        return {"spreadsheetId": key, "properties": {"title": book["title"], "locale": "ru_RU",
                                                     "timeZone": "Asia/Yekaterinburg"},
                "sheets": [{"properties": copy.deepcopy(s["properties"])} for s in book["sheets"]]}

    @staticmethod
    def _sheet(book: dict[str, Any], tab: str) -> dict[str, Any]:
        for s in book["sheets"]:
            if s["properties"]["title"] == tab:
                return s
        raise ApiError(400, f"Unable to parse range: {tab}")

    def _cells_total(self, book: dict[str, Any]) -> int:
        return sum(s["properties"]["gridProperties"]["rowCount"] * s["properties"]["gridProperties"]["columnCount"]
                   for s in book["sheets"])

    def _check_limit(self, book: dict[str, Any]) -> None:
        if self._cells_total(book) > self.cell_limit:
            raise ApiError(400, "This action would increase the number of cells in the workbook above the "
                                f"limit of {self.cell_limit} cells.")

    @staticmethod
    def _grid_values(sheet: dict[str, Any], formatted: bool) -> list[list[Any]]:
        cells = sheet["cells"]
        if not cells:
            return []
        max_r = max(r for r, _ in cells)
        widths: dict[int, int] = {}
        for rr, c in cells:  # one pass over the cells (a row-by-row scan of all cells was quadratic)
            if c > widths.get(rr, 0):
                widths[rr] = c
        rows = []
        for r in range(1, max_r + 1):
            width = widths.get(r, 0)
            row = []
            for c in range(1, width + 1):
                v = cells.get((r, c), "")
                if isinstance(v, dict):  # a formula the API parsed
                    v = "#FORMULA"
                if formatted and not isinstance(v, str):
                    v = str(v)
                row.append(v)
            rows.append(row)
        while rows and not rows[-1]:
            rows.pop()
        return rows

    def _store(self, sheet: dict[str, Any], r: int, c: int, v: Any, option: str) -> None:
        grid = sheet["properties"]["gridProperties"]
        if r > grid["rowCount"] or c > grid["columnCount"]:
            raise ApiError(400, f"Range ({sheet['properties']['title']}!R{r}C{c}) exceeds grid limits. "
                                f"Max rows: {grid['rowCount']}, max columns: {grid['columnCount']}")
        if option == "USER_ENTERED" and isinstance(v, str) and v.startswith("="):
            v = {"formula": v}
        if v == "" or v is None:
            sheet["cells"].pop((r, c), None)
        else:
            sheet["cells"][(r, c)] = v

    def _input_option(self, query: dict[str, list[str]]) -> str:
        option = (query.get("valueInputOption") or [""])[0]
        return self._checked_option(option)

    def _checked_option(self, option: str) -> str:
        if option not in ("RAW", "USER_ENTERED"):
            raise ApiError(400, "Invalid valueInputOption: INPUT_VALUE_OPTION_UNSPECIFIED")
        self.value_input_options.append(option)
        return option

    def _values_get(self, book: dict[str, Any], a1: str, query: dict[str, list[str]]) -> Any:
        """Rows (or, with ``majorDimension=COLUMNS``, columns) of the range; as the API does, trailing empty cells
        of each row/column and trailing empty rows/columns are left out."""
        tab, r1, c1, r2, c2 = parse_a1(a1)
        sheet = self._sheet(book, tab)
        formatted = (query.get("valueRenderOption") or ["FORMATTED_VALUE"])[0] == "FORMATTED_VALUE"
        dimension = (query.get("majorDimension") or ["ROWS"])[0]
        if dimension not in ("ROWS", "COLUMNS"):
            raise ApiError(400, f"Invalid value at 'major_dimension' ({dimension})")
        rows = self._grid_values(sheet, formatted)
        lo = (r1 or 1) - 1
        hi = r2 if r2 is not None else len(rows)
        picked = [row[(c1 or 1) - 1:c2] for row in rows[lo:hi]]
        if dimension == "COLUMNS":
            width = max((len(r) for r in picked), default=0)
            picked = [[r[j] if j < len(r) else "" for r in picked] for j in range(width)]
        picked = [_trim(line) for line in picked]
        while picked and not picked[-1]:
            picked.pop()
        out: dict[str, Any] = {"range": a1, "majorDimension": dimension}
        if picked:
            out["values"] = picked
        return out

    def _values_append(self, key: str, book: dict[str, Any], a1: str, query: dict[str, list[str]],
                       body: Any) -> Any:
        """As the reference says: the range is searched for a "table" (here: from the range's first row holding data
        down to the row before the first empty one) and the values go after its last row. INSERT_ROWS inserts rows
        there, moving what is below down; OVERWRITE (the default) writes over it, growing the grid as needed."""
        option = self._input_option(query)
        insert = (query.get("insertDataOption") or ["OVERWRITE"])[0]
        if insert not in ("OVERWRITE", "INSERT_ROWS"):
            raise ApiError(400, f"Invalid value at 'insert_data_option' ({insert})")
        tab, r1, _c1, _r2, _c2 = parse_a1(a1)
        sheet = self._sheet(book, tab)
        values = body.get("values", [])
        filled = {r for r, _ in sheet["cells"]}
        top = min((r for r in filled if r >= (r1 or 1)), default=None)
        start = r1 or 1
        if top is not None:
            start = top
            while start in filled:
                start += 1
        grid = sheet["properties"]["gridProperties"]
        width = max((len(r) for r in values), default=0)
        if insert == "INSERT_ROWS":
            for part in ("cells", "formats"):
                if part in sheet:
                    sheet[part] = {(r + len(values) if r >= start else r, c): v for (r, c), v in sheet[part].items()}
            grid["rowCount"] = max(grid["rowCount"], start - 1) + len(values)
        else:
            grid["rowCount"] = max(grid["rowCount"], start + len(values) - 1)
        grid["columnCount"] = max(grid["columnCount"], width)
        self._check_limit(book)
        for i, row in enumerate(values):
            for j, v in enumerate(row):
                self._store(sheet, start + i, j + 1, v, option)
        end = start + len(values) - 1
        return {"spreadsheetId": key, "tableRange": f"'{tab}'!A1:Z{start - 1}",
                "updates": {"spreadsheetId": key, "updatedRange": f"'{tab}'!A{start}:Z{end}",
                            "updatedRows": len(values), "updatedCells": sum(len(r) for r in values)}}

    def _values_update(self, key: str, book: dict[str, Any], a1: str, query: dict[str, list[str]],
                       body: Any) -> Any:
        return self._write_range(key, book, a1, body.get("values", []), self._input_option(query))

    def _write_range(self, key: str, book: dict[str, Any], a1: str, values: list[list[Any]], option: str) -> Any:
        """values.update of one range: the values must fit the range when it has an end; the grid does not grow
        (past its last row or column: 400 "exceeds grid limits")."""
        tab, r1, c1, r2, c2 = parse_a1(a1)
        if ":" not in a1.rsplit("!", 1)[-1]:
            r2 = c2 = None  # one cell: where the values start
        sheet = self._sheet(book, tab)
        top, left = r1 or 1, c1 or 1
        for i, row in enumerate(values):
            if r2 is not None and top + i > r2:
                raise ApiError(400, f"Requested writing within range [{a1}], but tried writing to row [{top + i}]")
            for j, v in enumerate(row):
                if c2 is not None and left + j > c2:
                    raise ApiError(400, f"Requested writing within range [{a1}], but tried writing to column "
                                        f"[{_col_letters(left + j)}]")
                self._store(sheet, top + i, left + j, v, option)
        return {"spreadsheetId": key, "updatedRange": a1, "updatedRows": len(values),
                "updatedCells": sum(len(r) for r in values)}

    def _values_batch_update(self, key: str, book: dict[str, Any], body: Any) -> Any:
        """Several ranges, each as values.update; all or nothing, as a batchUpdate. The value input option is in the
        body here, not in the query."""
        option = self._checked_option(str((body or {}).get("valueInputOption") or ""))
        work = copy.deepcopy(book)
        responses = [self._write_range(key, work, part["range"], part.get("values", []), option)
                     for part in (body or {}).get("data", [])]
        book.clear()
        book.update(work)
        return {"spreadsheetId": key, "totalUpdatedRows": sum(r["updatedRows"] for r in responses),
                "totalUpdatedCells": sum(r["updatedCells"] for r in responses),
                "totalUpdatedSheets": len({parse_a1(r["updatedRange"])[0] for r in responses}),
                "responses": responses}

    def _values_clear(self, key: str, book: dict[str, Any], a1: str) -> Any:
        tab, r1, _c1, r2, _c2 = parse_a1(a1)
        sheet = self._sheet(book, tab)
        for (r, c) in list(sheet["cells"]):
            if (r1 is None or r >= r1) and (r2 is None or r <= r2):
                del sheet["cells"][(r, c)]
        return {"spreadsheetId": key, "clearedRange": a1}

    def _batch_update(self, key: str, book: dict[str, Any], body: Any) -> Any:
        work = copy.deepcopy(book)  # a batch is atomic: apply to a copy, commit only if all succeed
        replies = []
        for req in body.get("requests", []):
            (kind, arg), = req.items()
            if kind == "addSheet":
                props = copy.deepcopy(arg.get("properties", {}))
                title = props.get("title") or f"Sheet{len(work['sheets']) + 1}"
                if any(s["properties"]["title"] == title for s in work["sheets"]):
                    raise ApiError(400, f'Invalid requests[0].addSheet: A sheet with the name "{title}" '
                                        "already exists. Please enter another name.")
                sid = props.get("sheetId")
                if sid is None:
                    sid = max(s["properties"]["sheetId"] for s in work["sheets"]) + 1 if work["sheets"] else 0
                elif any(s["properties"]["sheetId"] == sid for s in work["sheets"]):
                    raise ApiError(400, f"Invalid requests[0].addSheet: sheet ID {sid} already exists")
                grid = {"rowCount": 1000, "columnCount": 26}
                grid.update(props.get("gridProperties", {}))
                props.update({"title": title, "sheetId": sid, "index": len(work["sheets"]),
                              "sheetType": "GRID", "gridProperties": grid})
                work["sheets"].append({"properties": props, "cells": {}})
                replies.append({"addSheet": {"properties": copy.deepcopy(props)}})
            elif kind == "updateSheetProperties":
                sheet = self._by_id(work, arg["properties"]["sheetId"])
                grid_new = arg["properties"].get("gridProperties", {})
                grid = sheet["properties"]["gridProperties"]
                for field in arg["fields"].split(","):
                    name = field.strip().split(".")[-1]
                    if name in grid_new:
                        grid[name] = grid_new[name]
                if grid["rowCount"] <= grid.get("frozenRowCount", 0):
                    raise ApiError(400, "You can't delete all the rows on the sheet.")
                sheet["cells"] = {(r, c): v for (r, c), v in sheet["cells"].items()
                                  if r <= grid["rowCount"] and c <= grid["columnCount"]}
                replies.append({})
            elif kind == "appendCells":  # after the last row with data, growing the grid as needed
                sheet = self._by_id(work, arg["sheetId"])
                last = max((r for (r, _c), v in sheet["cells"].items() if v not in ("", None)), default=0)
                rows = arg.get("rows", [])
                grid = sheet["properties"]["gridProperties"]
                grid["rowCount"] = max(grid["rowCount"], last + len(rows))
                for i, row in enumerate(rows):
                    for j, cell in enumerate(row.get("values", [])):
                        ev = cell.get("userEnteredValue")
                        if ev is not None:
                            (_, v), = ev.items()
                            self._store(sheet, last + i + 1, j + 1, v, "RAW")
                        number = cell.get("userEnteredFormat", {}).get("numberFormat")
                        if number is not None and "userEnteredFormat" in arg.get("fields", ""):  # masked otherwise
                            self._check_number_format(number)
                            sheet.setdefault("formats", {})[(last + i + 1, j + 1)] = number
                replies.append({})
            elif kind == "updateCells":
                start = arg["start"]
                sheet = self._by_id(work, start["sheetId"])
                for i, row in enumerate(arg.get("rows", [])):
                    for j, cell in enumerate(row.get("values", [])):
                        ev = cell.get("userEnteredValue")
                        if ev is None:
                            v: Any = ""
                        elif "formulaValue" in ev:
                            v = {"formula": ev["formulaValue"]}
                        else:
                            (_, v), = ev.items()
                        self._store(sheet, start.get("rowIndex", 0) + i + 1, start.get("columnIndex", 0) + j + 1,
                                    v, "RAW")
                replies.append({})
            elif kind == "repeatCell":  # only number formats: what the client sends
                rng = arg["range"]
                sheet = self._by_id(work, rng["sheetId"])
                fields = arg.get("fields")
                if not fields:
                    raise ApiError(400, "Invalid requests[0].repeatCell: At least one field must be updated, "
                                        "but none were specified.")
                grid = sheet["properties"]["gridProperties"]
                if rng.get("endColumnIndex", 0) > grid["columnCount"] or rng.get("startRowIndex", 0) > grid["rowCount"]:
                    raise ApiError(400, f"Invalid requests[0].repeatCell: Range ({sheet['properties']['title']}!"
                                        f"…) exceeds grid limits. Max rows: {grid['rowCount']}, max columns: "
                                        f"{grid['columnCount']}")
                number = arg.get("cell", {}).get("userEnteredFormat", {}).get("numberFormat")
                self._check_number_format(number)
                for col in range(rng.get("startColumnIndex", 0), rng.get("endColumnIndex", grid["columnCount"])):
                    for row in range(rng.get("startRowIndex", 0), rng.get("endRowIndex", grid["rowCount"])):
                        sheet.setdefault("formats", {})[(row + 1, col + 1)] = number
                replies.append({})
            else:
                raise ApiError(400, f"Unsupported request {kind}")
        self._check_limit(work)
        book.clear()
        book.update(work)
        return {"spreadsheetId": key, "replies": replies}

    @staticmethod
    def _check_number_format(number: Any) -> None:
        types = {"NUMBER_FORMAT_TYPE_UNSPECIFIED", "TEXT", "NUMBER", "PERCENT", "CURRENCY", "DATE", "TIME",
                 "DATE_TIME", "SCIENTIFIC"}
        if not isinstance(number, dict) or number.get("type") not in types:
            raise ApiError(400, "Invalid value at 'requests[0].repeat_cell.cell.user_entered_format.number_format"
                                f".type' ({number!r})")

    @staticmethod
    def _by_id(book: dict[str, Any], sheet_id: int) -> dict[str, Any]:
        for s in book["sheets"]:
            if s["properties"]["sheetId"] == sheet_id:
                return s
        raise ApiError(400, f"No grid with id: {sheet_id}")


def _error(status: int, message: str, status_name: str | None = None,
           details: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": status, "message": message,
                             "status": status_name or STATUS_NAMES.get(status, "UNKNOWN")}
    if details:
        error["details"] = details
    return {"error": error}
