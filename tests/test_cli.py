"""The command line: every command documented, errors with exit codes (SPEC §2)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from sheets_bridge.cli import LAZY_COMMANDS, cli, load_all
from sheets_bridge.workbook import TAB_NAMES, XlsxWorkbook, header_for

from .conftest import CORPUS


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_the_lazy_command_map_names_every_command_where_it_is_defined() -> None:
    import importlib

    defined = {c.name: module for module in set(LAZY_COMMANDS.values())
               for c in importlib.import_module(f"sheets_bridge.cli.{module}").COMMANDS}
    assert defined == LAZY_COMMANDS
    assert sorted(load_all()) == sorted(LAZY_COMMANDS)


def test_a_command_loads_only_its_own_module() -> None:
    import subprocess
    import sys

    code = ("import sys; from sheets_bridge.cli import cli\n"
            "try: cli(['purge', '--help'], standalone_mode=False)\nexcept SystemExit: pass\n"
            "print(sorted(m for m in sys.modules if m.startswith('sheets_bridge.cli.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "sheets_bridge.cli.privacy" in out and "sheets_bridge.cli.webhook" not in out


@pytest.mark.parametrize("command", sorted(LAZY_COMMANDS))
def test_every_command_has_help_with_an_example(runner: CliRunner, command: str) -> None:
    result = runner.invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


def test_init_creates_every_tab_then_is_a_no_op(runner: CliRunner, tmp_path: Path) -> None:
    book = tmp_path / "audit.xlsx"
    first = runner.invoke(cli, ["init", "--workbook", str(book)])
    assert first.exit_code == 0, first.output
    assert "created tabs events, messages" in first.output
    second = runner.invoke(cli, ["init", "--workbook", str(book)])
    assert "already present" in second.output
    wb = XlsxWorkbook(book)
    assert wb.tabs() == TAB_NAMES
    assert list(wb.read("conversations").columns) == header_for("conversations")


def test_init_keeps_existing_data(runner: CliRunner, tmp_path: Path) -> None:
    book = tmp_path / "audit.xlsx"
    XlsxWorkbook(book).append("events", [{"event_id": "keep-me"}])
    assert runner.invoke(cli, ["init", "-w", str(book)]).exit_code == 0
    assert XlsxWorkbook(book).read("events")["event_id"].tolist() == ["keep-me"]


@pytest.mark.parametrize("workbook, message", [
    ("notes.txt", "ending in .xlsx"),
    ("broken.xlsx", "broken.xlsx: not an .xlsx workbook"),
])
def test_bad_workbook_exits_2_naming_it(runner: CliRunner, tmp_path: Path, workbook: str,
                                        message: str) -> None:
    (tmp_path / "broken.xlsx").write_text("hello")
    result = runner.invoke(cli, ["init", "--workbook", str(tmp_path / workbook)])
    assert result.exit_code == 2
    assert message in result.output


def test_workbook_from_environment(runner: CliRunner, tmp_path: Path) -> None:
    book = tmp_path / "env.xlsx"
    result = runner.invoke(cli, ["init"], env={"SHEETS_BRIDGE_WORKBOOK": str(book)})
    assert result.exit_code == 0
    assert book.exists()


def test_demo_writes_a_workbook_with_every_tab(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["demo", "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert XlsxWorkbook(tmp_path / "out" / "chat-audit.xlsx").tabs() == TAB_NAMES


def test_python_dash_m_runs_the_cli() -> None:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "sheets_bridge", "--version"], capture_output=True, text=True)
    assert out.returncode == 0
    assert "sheets-bridge" in out.stdout


@pytest.mark.parametrize(("argv", "collecting"), [
    (["import", "chats/", "-w", "book.xlsx"], False),  # runs once and exits: no passes over its growing heap
    (["analyze", "--tz", "Europe/Moscow"], False),
    (["serve", "--port", "8000"], True),               # long-running: cycles must still be freed
    (["job"], True),
    (["--version"], True),
])
def test_the_console_script_collects_garbage_only_in_long_running_commands(
        monkeypatch: pytest.MonkeyPatch, argv: list[str], collecting: bool) -> None:
    import gc

    import sheets_bridge.cli as cli_module

    seen: list[bool] = []

    def leave(code: object) -> None:
        raise SystemExit(code)  # not the real one, which would end pytest's process

    monkeypatch.setattr(cli_module, "cli", lambda **kw: seen.append(gc.isenabled()))
    monkeypatch.setattr(cli_module, "leave", leave)
    monkeypatch.setattr("sys.argv", ["sheets-bridge", *argv])
    try:
        cli_module.main()
    except SystemExit as stop:
        assert stop.code == 0 and not collecting  # the commands that run once end through leave()
    finally:
        gc.enable()
    assert seen == [collecting]
    assert set(cli_module.RUN_ONCE) <= set(LAZY_COMMANDS)  # every name is a real command


@pytest.mark.parametrize(("code", "status", "stderr"), [
    ("None", 0, ""),
    ("3", 3, ""),
    ("'no workbook'", 1, "no workbook\n"),  # as sys.exit prints a message and exits 1
])
def test_leave_ends_the_process_as_sys_exit_would(code: str, status: int, stderr: str) -> None:
    import subprocess
    import sys

    script = ("import atexit, sys\nfrom sheets_bridge.cli import leave\n"
              "atexit.register(lambda: print('atexit ran'))\n"
              f"sys.stdout.write('unflushed, '); leave({code})\nprint('never')")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert (out.returncode, out.stdout, out.stderr) == (status, "unflushed, atexit ran\n", stderr)


def test_leave_waits_for_a_running_thread_by_exiting_the_ordinary_way() -> None:
    import threading

    from sheets_bridge.cli import leave

    done = threading.Event()
    worker = threading.Thread(target=done.wait)
    worker.start()
    try:
        with pytest.raises(SystemExit) as stop:
            leave(4)
        assert stop.value.code == 4
    finally:
        done.set()
        worker.join()


@pytest.mark.parametrize(("args", "status", "said"), [
    (["import", str(CORPUS / "chats"), "--managers-file", str(CORPUS / "managers.tsv")], 0, "new messages added"),
    (["import", "no-such-folder"], 2, "no-such-folder"),
])
def test_the_console_script_ends_with_its_output_and_workbook_whole(tmp_path: Path, args: list[str], status: int,
                                                                    said: str) -> None:
    import os
    import subprocess
    import sys

    book = tmp_path / "book.xlsx"
    env = {**os.environ, "COLUMNS": "200"}
    out = subprocess.run([sys.executable, "-m", "sheets_bridge", *args, "-w", str(book)], capture_output=True,
                         text=True, cwd=tmp_path, env=env)
    assert out.returncode == status, out.stderr
    assert said in out.stdout + out.stderr
    if status == 0:
        assert len(XlsxWorkbook(book).read("messages")) == int(out.stdout.split(" new messages added")[0].split()[-1])
