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
