"""Cue patterns (tagging/cues.py): the fast form groups word-start alternatives by their first character, and must
find exactly what the plain guarded form finds, in every section of the shipped rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sheets_bridge.tagging.cues import (
    Halves,
    _NotFactorable,
    by_first_char,
    compile_section,
    load_sections,
    normalize,
)

from .conftest import CORPUS

SECTIONS = {name: lines for name, lines in load_sections().items() if name != "closing"}


@pytest.mark.parametrize("alternative, pairs", [
    ("цена", [("ц", "ена")]),
    ("(?:цен|сколько)а", [("ц", "(?:(?:ен))а"), ("с", "(?:(?:колько))а")]),
    ("(?:сколько|стоит)", [("с", "(?:(?:колько)|(?:тоит))")]),
    ("[ау]х", [("а", "х"), ("у", "х")]),
    (r"\bда", [("д", r"(?<!\w.)а")]),
    ("(?:вы )?да", [("в", "(?:(?:ы ))да"), ("д", "а")]),
    (r"\d{1,2} ч", [*((str(d), r"\d{0,1} ч") for d in range(10))]),
    ("а+б", [("а", "а{0,}б")]),
    ("😊", [("😊", "")]),
    (r"(?:\$|€|aed)\s?\d", [("$", r"(?:(?:))\s?\d"), ("€", r"(?:(?:))\s?\d"), ("a", r"(?:(?:ed))\s?\d")]),
    (r"\?\?", [("?", r"\?")]),
])
def test_an_alternative_by_its_first_characters(alternative: str, pairs: list[tuple[str, str]]) -> None:
    assert by_first_char(alternative) == pairs


@pytest.mark.parametrize("alternative", ["(?:а|)б", "а??б", "(?=а)б", r"\wб", "[^а]б", "^да", "(?:а)?", r"\sб", ".б",
                                         r"(?<!\w)ok"])
def test_what_cannot_be_read_off_keeps_the_guarded_form(alternative: str) -> None:
    with pytest.raises(_NotFactorable):
        by_first_char(alternative)


def _matches(lines: list[str], text: str, grouped: bool) -> list[tuple[int, int]]:
    return [m.span() for m in compile_section(lines, grouped=grouped).finditer(text)]


def corpus_texts() -> str:
    texts: list[str] = []
    for folder in (CORPUS, Path(__file__).resolve().parents[1] / "corpus"):  # the dev corpus, the bundled one
        for path in sorted(Path(folder).rglob("*.txt"))[:200]:
            texts += [normalize(line) for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    return "\n".join(dict.fromkeys(texts))


@pytest.mark.parametrize("section", sorted(SECTIONS))
def test_every_shipped_section_finds_the_same_matches_in_either_form(section: str) -> None:
    text = corpus_texts() + "\néсколько стоит\n_цена\n9цена\nёлка цена\nсколько-сколько\nв 10 могу\nна 9:30 удобно"
    assert _matches(SECTIONS[section], text, True) == _matches(SECTIONS[section], text, False)


WORDS = ["цена", "сколько", "стоит", "запис", "да", "в 10", "10:30", "на", "😊", "!!!", "é", "_", "ё", "9", " ",
         "\n", "-", "можно", "хочу", "ок", "завтра", "было", "буду", "price", "book"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map("".join), st.sampled_from(sorted(SECTIONS)))
def test_any_text_gives_the_same_matches_in_either_form(text: str, section: str) -> None:
    assert _matches(SECTIONS[section], text, True) == _matches(SECTIONS[section], text, False)


HALVES = [  # lines of a section with branches that begin with a literal and some that cannot (anchored ones)
    [r"да|^ок$|(?:^|\s)буду в \d|доброе|\$\s?\d"],
    [r"^да|да|дак|(?<!\w)да", r"аб|^аб|б"],
    [r"^дак|\$?да"],  # at a line start both halves match; the whole pattern tries "^дак" first
    [r"цена|(?:^|\s)|\bна"],  # "(?:^|\s)" matches nothing wide at a line start: the engine's rule for empty matches
]


@pytest.mark.parametrize("lines", HALVES)
@pytest.mark.parametrize("text", ["да\nок\nок да\n буду в 5 да", "дак да\nаб\nбаб аб\n", "\nна цена\n\nцена на", "",
                                  "доброе утро $ 5 ок\nок"])
def test_a_section_searched_in_halves_finds_what_the_whole_pattern_finds(lines: list[str], text: str) -> None:
    split = compile_section(lines)
    assert isinstance(split, Halves)
    assert [m.span() for m in split.finditer(text)] == [m.span() for m in split.whole.finditer(text)] \
        == _matches(lines, text, False)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["да", "ок", "дак", "аб", "б", " ", "\n", "буду в 5", "$5", "на", "цена", "é"]),
                max_size=25).map("".join), st.sampled_from(HALVES))
def test_any_text_searched_in_halves_gives_the_whole_patterns_matches(text: str, lines: list[str]) -> None:
    split = compile_section(lines)
    assert [m.span() for m in split.finditer(text)] == [m.span() for m in split.whole.finditer(text)]
