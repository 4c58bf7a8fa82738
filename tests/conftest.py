"""Shared fixtures: temp state dirs, the local Sheets server, and one workbook per backend."""

from __future__ import annotations

import functools
import json
import os
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from sheets_bridge.workbook import Workbook, XlsxWorkbook
from tests.pg import pg_server, pg_tenant, pg_url  # noqa: F401 - the session's PostgreSQL server (tests/pg.py)

# make test is reproducible (the same examples every run); HYPOTHESIS_PROFILE=explore searches anew.
hypothesis_settings.register_profile("default", derandomize=True, deadline=None)
hypothesis_settings.register_profile("explore", derandomize=False, deadline=None)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# ../shared beside the checkout (as in CI); SHEETS_BRIDGE_SHARED points elsewhere.
SHARED = Path(os.environ.get("SHEETS_BRIDGE_SHARED") or Path(__file__).resolve().parents[2] / "shared")
CORPUS = SHARED / "corpus" / "dev"
PEERS = SHARED / "peers"


# The real-Google contract run is configured from the shell; read it once, before every test's environment is cleaned.
REAL_SHEET = os.environ.get("SHEETS_BRIDGE_TEST_SHEET")
REAL_CREDENTIALS = os.environ.get("GOOGLE_APPLICATION_CREDENTIALS")
# Everything sheets-bridge reads from the environment: no test may see the developer's own values.
ISOLATED_ENV = ("SHEETS_BRIDGE_WORKBOOK", "SHEETS_BRIDGE_KEY_FILE", "SHEETS_BRIDGE_SECRET", "SHEETS_BRIDGE_LLM_MODEL",
                "SHEETS_BRIDGE_TEST_SHEET", "GOOGLE_APPLICATION_CREDENTIALS", "OPENAI_API_KEY", "OPENAI_BASE_URL",
                "OPENAI_ORG_ID", "OPENAI_PROJECT_ID", "BITRIX_WEBHOOK_URL", "HTTP_PROXY", "HTTPS_PROXY", "http_proxy",
                "https_proxy", "SHEETS_BRIDGE_SMTP_URL", "SHEETS_BRIDGE_EMAIL_TO", "SHEETS_BRIDGE_EMAIL_FROM",
                "SHEETS_BRIDGE_TELEGRAM_TOKEN", "SHEETS_BRIDGE_TELEGRAM_CHAT_ID")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the real user's key, vault or journal, nor read their secrets, endpoints or proxies."""
    home = tmp_path_factory.mktemp("sb-home")
    monkeypatch.setenv("SHEETS_BRIDGE_HOME", str(home))
    for name in ISOLATED_ENV:
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture
def fake_sheets(monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    from google.auth import credentials

    from tests.fakes.sheets_server import FakeSheets

    # google-auth looks up a "regional access boundary" at iamcredentials.googleapis.com in a
    # background thread after each token refresh; tests have no network, so switch that lookup off.
    rab = getattr(credentials, "CredentialsWithRegionalAccessBoundary", None)  # google-auth ≥ 2.41
    if rab is not None:
        monkeypatch.setattr(rab, "_is_regional_access_boundary_lookup_required", lambda self: False)

    with FakeSheets() as server:
        yield server


@functools.lru_cache(maxsize=1)
def _private_key_pem() -> str:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode()


def run_at_once(*calls: tuple[Callable[..., object], tuple[object, ...]], timeout: float | None = None) -> None:
    """Run each ``(function, args)`` in its own thread, all at once, and wait for every one."""
    threads = [threading.Thread(target=fn, args=args) for fn, args in calls]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=timeout)


class VirtualClock:
    """Seconds that pass only when someone sleeps: the code under test and a fake read the same time (call it, as
    ``time.monotonic``, or ask ``now()``), and every sleep is recorded in ``waits``."""

    def __init__(self, start: float = 1_000_000.0) -> None:
        self.t = start
        self.waits: list[float] = []

    def __call__(self) -> float:
        return self.t

    def now(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.t += max(0.0, seconds)


def _service_account_key(token_uri: str) -> dict[str, str]:
    pem = _private_key_pem()
    return {"type": "service_account", "project_id": "test", "private_key_id": "k1", "private_key": pem,
            "client_email": "bridge@test.iam.gserviceaccount.com", "client_id": "1",
            "token_uri": token_uri}


@pytest.fixture
def sa_key_file(tmp_path: Path, fake_sheets: object) -> Path:
    """A real service-account key (fresh RSA key) whose token endpoint is the local server."""
    path = tmp_path / "service-account.json"
    path.write_text(json.dumps(_service_account_key(fake_sheets.url + "/token")))  # type: ignore[attr-defined]
    return path


@pytest.fixture
def sheets_config(fake_sheets: object) -> object:
    from sheets_bridge.workbook.gsheets import SheetsConfig

    return SheetsConfig(api_root=fake_sheets.url, timeout=(2.0, 20.0), max_retries=3,  # type: ignore[attr-defined]
                        requests_per_minute=100_000,
                        backoff_base=0.01, backoff_max=0.05)


def _open_gsheets(fake: object, key_file: Path, config: object, key: str = "KEY123") -> Workbook:
    from sheets_bridge.workbook.gsheets import open_google_sheet

    if key not in fake.spreadsheets:  # type: ignore[attr-defined]
        fake.create(key)  # type: ignore[attr-defined]
    return open_google_sheet(key, key_file, config)  # type: ignore[arg-type]


@pytest.fixture
def open_gsheets(fake_sheets: object, sa_key_file: Path, sheets_config: object):  # noqa: ANN201
    return lambda key="KEY123": _open_gsheets(fake_sheets, sa_key_file, sheets_config, key)


@pytest.fixture(params=["xlsx", "gsheets-local", "gsheets-real", "postgres"])
def workbook(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workbook]:
    """The same contract, four backends: .xlsx, gspread against the local server, real Google, and a fresh tenant
    in tables other tenants share on the session's PostgreSQL server."""
    if request.param == "xlsx":
        yield XlsxWorkbook(tmp_path / "book.xlsx")
    elif request.param == "postgres":
        from sheets_bridge.workbook.postgres import PostgresWorkbook

        wb = PostgresWorkbook(request.getfixturevalue("pg_url"), request.getfixturevalue("pg_tenant"))
        yield wb
        wb.close()
    elif request.param == "gsheets-local":
        fake = request.getfixturevalue("fake_sheets")
        yield _open_gsheets(fake, request.getfixturevalue("sa_key_file"),
                            request.getfixturevalue("sheets_config"))
    else:
        sheet, creds = REAL_SHEET, REAL_CREDENTIALS
        if not (sheet and creds):
            pytest.skip("real Google Sheets: set SHEETS_BRIDGE_TEST_SHEET (a scratch sheet shared with the "
                        "service account) and GOOGLE_APPLICATION_CREDENTIALS to run")
        from sheets_bridge.workbook import open_workbook

        wb = open_workbook(sheet, credentials=creds)
        suffix = uuid.uuid4().hex[:6]
        wb.tab_suffix = suffix  # type: ignore[attr-defined]
        yield wb


@pytest.fixture(scope="session")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Debian's headless Chromium (make test installs it). Missing or unable to start: skipped on a developer's
    machine, a failure on CI (CI=true), where a skipped browser test would prove nothing."""
    import shutil
    import subprocess

    def missing(why: str) -> None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"CI: {why}")
        pytest.skip(f"{why} (make test installs Debian's chromium)")

    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    if browser is None:
        missing("chromium is not installed")
    profile = tmp_path_factory.mktemp("chromium-check")
    try:
        done = subprocess.run([str(browser), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                               "--disable-background-networking", f"--user-data-dir={profile}", "--dump-dom",
                               "data:text/html,<p>ok</p>"], capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        missing(f"chromium cannot start ({exc})")
    if "<p>ok</p>" not in done.stdout:
        missing(f"chromium cannot start: {done.stderr.strip()[-300:]}")
    return str(browser)
