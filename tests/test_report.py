"""The HTML report: its figures are the kpi tab's, it is self-contained, and it renders offline."""

from __future__ import annotations

import json
import re
import struct
import subprocess
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from sheets_bridge.cli import cli
from sheets_bridge.report import render_report, report_data
from sheets_bridge.workbook import XlsxWorkbook


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    result = CliRunner().invoke(cli, ["demo", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_the_figures_shown_are_the_kpi_tabs(demo: Path) -> None:
    wb = XlsxWorkbook(demo / "chat-audit.xlsx")
    kpi = wb.read("kpi")
    everyone = kpi[kpi["manager"] == "ALL"].sort_values("period")
    latest, previous = everyone.iloc[-1], everyone.iloc[-2]
    data = report_data(wb, "ru")
    assert data["week"] == latest["period"]
    assert data["cards"] == {"median_first_response_s": latest["median_first_response_s"],
                             "pct_unanswered": latest["pct_unanswered"], "conversion_rate": latest["conversion_rate"],
                             "missed_leads": int(latest["missed_leads"]),
                             "missed_leads_last_week": int(previous["missed_leads"])}
    html = render_report(wb, "ru")
    cards = re.findall(r'<div class="card">[^<]*<b>([^<]*)</b>', html)
    assert cards == [f"{round(latest['median_first_response_s'] / 60, 1):g} мин", f"{latest['pct_unanswered']:.0%}",
                     f"{latest['conversion_rate']:.0%}", str(int(latest["missed_leads"]))]
    managers = kpi[(kpi["period"] == latest["period"]) & (kpi["manager"] != "ALL")]
    for row in managers.itertuples():
        assert f"<td>{row.manager}</td><td>{int(row.conversations)}</td>" in html
    assert len(re.findall(r"<tr><td>", html.split("Упущенные лиды: что ответить")[1].split("</table>")[0])) == \
        len(wb.read("missed_leads"))


@pytest.mark.parametrize("lang, heading", [("ru", "Где чаты теряют клиентов"), ("en", "Where chats lose clients")])
def test_the_report_is_self_contained_and_small(demo: Path, lang: str, heading: str) -> None:
    out = demo / f"report-{lang}.html"
    result = CliRunner().invoke(cli, ["report", "--out", str(out), "--lang", lang, "-w", str(demo / "chat-audit.xlsx")])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert heading in html and out.stat().st_size < 3 * 2**20
    assert "<script" not in html and not re.search(r"\b(?:src|href)=", html) and "@import" not in html
    assert "default-src 'none'" in html
    for secret in ("+7 927 444", "elena.v.demo@mail.ru", "Наталья"):
        assert secret not in html


def _png_pixels(path: Path) -> bytes:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        if kind == b"IDAT":
            idat += data[pos + 8:pos + 8 + length]
        pos += 12 + length
    return zlib.decompress(idat)


def test_headless_chromium_renders_it_offline_without_any_request(demo: Path, tmp_path: Path, chromium: str) -> None:
    browser = chromium
    shot, netlog = tmp_path / "shot.png", tmp_path / "netlog.json"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                    f"--user-data-dir={tmp_path / 'profile'}", "--host-resolver-rules=MAP * ~NOTFOUND",
                    f"--log-net-log={netlog}", "--window-size=1280,1600", f"--screenshot={shot}",
                    (demo / "report.html").as_uri()], capture_output=True, timeout=120, check=False)
    pixels = _png_pixels(shot)
    assert len(set(pixels[::7])) > 20, "the screenshot is blank"
    page_requests = _page_requests(netlog)
    assert not page_requests, page_requests


def _page_requests(netlog: Path) -> list[str]:
    """URLs the page asked for. Chromium's own background requests carry the initiator 'not an origin';
    a page's requests carry its origin ('null' for a file)."""
    log = json.loads(netlog.read_text(encoding="utf-8"))
    found = []
    for event in log.get("events", []):
        params = event.get("params") or {}
        url = str(params.get("url", ""))
        if url.startswith(("http:", "https:", "ws:", "wss:")) and params.get("initiator", "not an origin") != \
                "not an origin":
            found.append(url)
    return found


def test_the_request_check_can_fail(tmp_path: Path, chromium: str) -> None:
    """A page that loads a remote image is caught by the same check."""
    browser = chromium
    page = tmp_path / "leaky.html"
    page.write_text('<img src="https://example.com/pixel.png"><p>x</p>', encoding="utf-8")
    netlog = tmp_path / "netlog.json"
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
                    "--host-resolver-rules=MAP * ~NOTFOUND",
                    f"--log-net-log={netlog}", f"--screenshot={tmp_path / 's.png'}", page.as_uri()],
                   capture_output=True, timeout=120, check=False)
    assert _page_requests(netlog) == ["https://example.com/pixel.png"]


def test_the_loss_scenarios_are_the_same_as_analyzes(tmp_path: Path) -> None:
    from sheets_bridge.demo import run_demo

    result = run_demo(tmp_path)
    cols = ["intent", "where", "conversations", "example"]
    shown = report_data(XlsxWorkbook(tmp_path / "chat-audit.xlsx"))["scenarios"][cols]
    assert shown.values.tolist() == result.analysis.scenarios[cols].values.tolist()
