"""Word lists kept in data files an owner can extend: ``[section]`` headers, one regex per line."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path


def parse_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current: str | None = None
    for raw in text.splitlines():
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]") and " " not in stripped:
            current = stripped[1:-1]
            sections.setdefault(current, [])
            continue
        if current is not None:
            sections[current].append(line.strip())
    return sections


@lru_cache(maxsize=16)
def load(name: str, extra: str | None = None) -> dict[str, re.Pattern[str]]:
    """Compiled patterns per section of ``sheets_bridge/data/<name>``, plus an owner's extra file."""
    text = resources.files("sheets_bridge").joinpath(f"data/{name}").read_text(encoding="utf-8")
    sections = parse_sections(text)
    if extra and Path(extra).exists():
        for key, patterns in parse_sections(Path(extra).read_text(encoding="utf-8")).items():
            sections.setdefault(key, []).extend(patterns)
    # MULTILINE: texts of several messages are joined with newlines, and ^/$ still mean one message
    return {key: re.compile("|".join(f"(?:{p})" for p in pats) or r"(?!x)x", re.I | re.M)
            for key, pats in sections.items()}
