"""Shared fixtures: temp state dirs, the local Sheets server, and one workbook per backend."""

from __future__ import annotations

import functools
import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from sheets_bridge.workbook import Workbook, XlsxWorkbook

# make test is reproducible (the same examples every run); HYPOTHESIS_PROFILE=explore searches anew.
hypothesis_settings.register_profile("default", derandomize=True, deadline=None)
hypothesis_settings.register_profile("explore", derandomize=False, deadline=None)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# ../shared beside the checkout (as in CI); SHEETS_BRIDGE_SHARED points elsewhere.
SHARED = Path(os.environ.get("SHEETS_BRIDGE_SHARED") or Path(__file__).resolve().parents[2] / "shared")
CORPUS = SHARED / "corpus" / "dev"
PEERS = SHARED / "peers"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the real user's key, vault or journal."""
    home = tmp_path_factory.mktemp("sb-home")
    monkeypatch.setenv("SHEETS_BRIDGE_HOME", str(home))
    monkeypatch.delenv("SHEETS_BRIDGE_WORKBOOK", raising=False)
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

    return SheetsConfig(api_root=fake_sheets.url, timeout=(2.0, 5.0), max_retries=3,  # type: ignore[attr-defined]
                        backoff_base=0.01, backoff_max=0.05)


def _open_gsheets(fake: object, key_file: Path, config: object, key: str = "KEY123") -> Workbook:
    from sheets_bridge.workbook.gsheets import open_google_sheet

    if key not in fake.spreadsheets:  # type: ignore[attr-defined]
        fake.create(key)  # type: ignore[attr-defined]
    return open_google_sheet(key, key_file, config)  # type: ignore[arg-type]


@pytest.fixture
def open_gsheets(fake_sheets: object, sa_key_file: Path, sheets_config: object):  # noqa: ANN201
    return lambda key="KEY123": _open_gsheets(fake_sheets, sa_key_file, sheets_config, key)


@pytest.fixture(params=["xlsx", "gsheets-local", "gsheets-real"])
def workbook(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Workbook]:
    """The same contract, three backends: .xlsx, gspread against the local server, real Google."""
    if request.param == "xlsx":
        yield XlsxWorkbook(tmp_path / "book.xlsx")
    elif request.param == "gsheets-local":
        fake = request.getfixturevalue("fake_sheets")
        yield _open_gsheets(fake, request.getfixturevalue("sa_key_file"),
                            request.getfixturevalue("sheets_config"))
    else:
        sheet = os.environ.get("SHEETS_BRIDGE_TEST_SHEET")
        creds = os.environ.get("GOOGLE_APPLICATION_CREDENTIALS")
        if not (sheet and creds):
            pytest.skip("real Google Sheets: set SHEETS_BRIDGE_TEST_SHEET (a scratch sheet shared with the "
                        "service account) and GOOGLE_APPLICATION_CREDENTIALS to run")
        from sheets_bridge.workbook import open_workbook

        wb = open_workbook(sheet, credentials=creds)
        suffix = uuid.uuid4().hex[:6]
        wb.tab_suffix = suffix  # type: ignore[attr-defined]
        yield wb
