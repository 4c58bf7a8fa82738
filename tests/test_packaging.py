"""pyproject.toml lists packages by hand (to install templates/ as sheets_bridge.templates): keep it complete."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_subpackage_is_listed() -> None:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "sheets_bridge").rglob("__init__.py")}
    assert found | {"sheets_bridge.templates"} == listed


def test_templates_are_importable_resources() -> None:
    from importlib import resources

    names = {p.name for p in resources.files("sheets_bridge.templates").joinpath("replies").iterdir()}
    assert {"booking_offer.md", "price_with_offer.md", "clarify_needs.md", "follow_up.md"} <= names


def test_the_library_has_a_documented_function_per_command() -> None:
    """simonw/llm style: the CLI is a thin layer; every command has a library function with a docstring."""
    import inspect

    import sheets_bridge

    for name in ("import_chats", "analyze", "sample", "validate", "export_bitrix", "push_bitrix", "reconcile",
                 "render_report", "purge", "create_app", "open_workbook", "run_demo"):
        fn = getattr(sheets_bridge, name)
        assert callable(fn) and inspect.getdoc(fn), f"sheets_bridge.{name} needs a docstring"
    assert set(sheets_bridge.__all__) <= set(dir(sheets_bridge))
