"""Cue patterns (tagging/cues.py): the fast form groups word-start alternatives by their first character, and must
find exactly what the plain guarded form finds, in every section of the shipped rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sheets_bridge.tagging.cues import (
    _NotFactorable,
    by_first_char,
    char_shares,
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


def _matches(lines: list[str], text: str, grouped: bool, after: bool = False) -> list[tuple[int, int]]:
    return compile_section(lines, grouped=grouped).spans(text, after=after)


def corpus_texts() -> str:
    texts: list[str] = []
    for folder in (CORPUS, Path(__file__).resolve().parents[1] / "corpus"):  # the dev corpus, the bundled one
        for path in sorted(Path(folder).rglob("*.txt"))[:200]:
            texts += [normalize(line) for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    return "\n".join(dict.fromkeys(texts))


@pytest.mark.parametrize("after", [False, True], ids=["lead", "after"])
@pytest.mark.parametrize("section", sorted(SECTIONS))
def test_every_shipped_section_finds_the_same_matches_in_either_form(section: str, after: bool) -> None:
    text = corpus_texts() + "\néсколько стоит\n_цена\n9цена\nёлка цена\nсколько-сколько\nв 10 могу\nна 9:30 удобно"
    assert _matches(SECTIONS[section], text, True, after) == _matches(SECTIONS[section], text, False)


WORDS = ["цена", "сколько", "стоит", "запис", "да", "в 10", "10:30", "на", "😊", "!!!", "é", "_", "ё", "9", " ",
         "\n", "-", "можно", "хочу", "ок", "завтра", "было", "буду", "price", "book"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30).map("".join), st.sampled_from(sorted(SECTIONS)), st.booleans())
def test_any_text_gives_the_same_matches_in_either_form(text: str, section: str, after: bool) -> None:
    assert _matches(SECTIONS[section], text, True, after) == _matches(SECTIONS[section], text, False)


SPLIT = [  # sections whose search takes several finders: word starts, literal-headed branches, anchored ones
    [r"да|^ок$|(?:^|\s)буду в \d|доброе|\$\s?\d"],
    [r"^да|да|дак|(?<!\w)да", r"аб|^аб|б"],
    [r"^дак|\$?да"],  # at a line start two finders point; the whole pattern tries "^дак" first
    [r"цена|(?:^|\s)|\bна"],  # "(?:^|\s)" matches nothing wide at a line start: the engine's rule for empty matches
    [r"\w{2,}ла\b|ок"],  # the guarded form (a \w head), searched after the character before
    [r"да(?: ок)?|ок ", r"кот|о"],  # every branch a word start; a match that ends with a space, a word right after it
]


@pytest.mark.parametrize("lines", SPLIT)
@pytest.mark.parametrize("after", [False, True], ids=["lead", "after"])
@pytest.mark.parametrize("text", ["да\nок\nок да\n буду в 5 да", "дак да\nаб\nбаб аб\n", "\nна цена\n\nцена на", "",
                                  "доброе утро $ 5 ок\nок", "ок кот\nда ок о\nбыла пела", "ок ок о"])
def test_a_section_found_through_finders_matches_what_the_whole_pattern_does(lines: list[str], after: bool,
                                                                            text: str) -> None:
    section = compile_section(lines)
    assert section.spans(text, after=after) == [m.span() for m in section.whole.finditer(text)] \
        == _matches(lines, text, False)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["да", "ок", "дак", "аб", "б", " ", "\n", "буду в 5", "$5", "на", "цена", "é", "о",
                                 "кот", "ла", "!"]), max_size=25).map("".join), st.sampled_from(SPLIT), st.booleans())
def test_any_text_found_through_finders_gives_the_whole_patterns_matches(text: str, lines: list[str],
                                                                         after: bool) -> None:
    section = compile_section(lines)
    assert section.spans(text, after=after) == [m.span() for m in section.whole.finditer(text)]


@pytest.mark.parametrize("text, lines, after", [
    ("оеао еоао аоео", ["о|е|а"], True),     # common first letters: stop after the spaces instead
    ("щ щ щ щ щ щ щ щ", ["о|е|а"], False),   # none of them in the text
    ("оооооооо", ["о|е|а"], True),           # nothing a word start follows, the letters everywhere
    ("о о", [r"\w{3}ла"], True),             # the guarded form stops the lead form everywhere
    ("о о", [r"^да$"], False),               # no word starts: nothing to find after
])
def test_the_form_that_stops_at_fewer_places_is_chosen(text: str, lines: list[str], after: bool) -> None:
    assert compile_section(lines).prefers_after(*char_shares(text)) is after
