"""The llm tagger against a local server that behaves like OpenAI's chat completions API (tests/fakes)."""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from sheets_bridge.analysis import AnalyzeOptions, analyze
from sheets_bridge.analysis.record import load_analysis
from sheets_bridge.cli import cli
from sheets_bridge.ingest import ImportOptions, import_chats
from sheets_bridge.privacy import Scrubber
from sheets_bridge.settings import LLMSettings
from sheets_bridge.tagging import get_tagger
from sheets_bridge.tagging.base import Conversation, Message, Tags
from sheets_bridge.tagging.evidence import SIDE
from sheets_bridge.tagging.llm import CITATION, LLMEndpointError, checked_evidence, endpoint_headers, load_prompt
from sheets_bridge.vocabulary import FLAGS, TAG_FIELDS, TAG_VALUES, TEXTS
from sheets_bridge.workbook import XlsxWorkbook

from .conftest import CORPUS
from .fakes.openai_server import FakeOpenAI, strict_problem

UFA = "Asia/Yekaterinburg"


@pytest.fixture(autouse=True)
def _quick_sdk_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    """The OpenAI SDK's own retries (0.5 s doubling up to 8 s) with its pacing scaled down: the same requests and
    the same code path, without seconds of waiting per test."""
    import openai._base_client as base

    monkeypatch.setattr(base, "INITIAL_RETRY_DELAY", 0.005)
    monkeypatch.setattr(base, "MAX_RETRY_DELAY", 0.02)


@pytest.fixture(scope="module")
def corpus_book(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dev corpus imported (scrubbed) and analysed with the rules tagger: a workbook file to copy."""
    path = tmp_path_factory.mktemp("llm") / "book.xlsx"
    wb = XlsxWorkbook(path)
    import_chats([CORPUS / "chats"], wb, Scrubber(bytes(32)), ImportOptions(managers_file=CORPUS / "managers.tsv",
                                                                               tz=UFA))
    analyze(wb, AnalyzeOptions(tz=UFA))
    return path


@pytest.fixture(scope="module")
def convs(corpus_book: Path) -> list[Conversation]:
    return load_analysis(XlsxWorkbook(corpus_book)).conversation_objects()


@pytest.fixture
def book(corpus_book: Path, tmp_path: Path) -> str:
    """A copy of the corpus workbook that a test may rewrite."""
    return str(shutil.copy(corpus_book, tmp_path / "book.xlsx"))


@pytest.fixture
def fake_openai():  # noqa: ANN201
    with FakeOpenAI() as server:
        yield server


def llm_tagger(fake: FakeOpenAI, tmp_path: Path, **kw: Any) -> Any:
    options = {"base_url": fake.base_url, "api_key": "test-key", "model": "gpt-4o-mini", "max_retries": 2,
               "cache_path": tmp_path / "cache.sqlite3", "scrubber": Scrubber(bytes(32))} | kw
    return get_tagger("llm", **options)


def run_analyze(fake: FakeOpenAI, book: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, *extra: str,
                key: str = "test-key") -> Any:
    monkeypatch.setenv("OPENAI_BASE_URL", fake.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", key)
    monkeypatch.setenv("SHEETS_BRIDGE_HOME", str(tmp_path / "home"))
    return CliRunner().invoke(cli, ["analyze", "--tagger", "llm", "--tz", UFA, "-w", book, *extra])


def cited_ok(evidence: str, conv: Conversation) -> bool:
    """Every ``X#n`` the evidence cites is a message of that side in the conversation."""
    return all(0 < int(pos) <= len(conv.messages) and SIDE[conv.messages[int(pos) - 1].role] == side
               for side, pos, _ in CITATION.findall(evidence))


# --- batching, privacy, cache, fallback (kept from before) ---------------------------------------------------

def test_llm_tags_several_conversations_per_request(convs, fake_openai, tmp_path) -> None:
    tags = llm_tagger(fake_openai, tmp_path, batch_size=10).tag(convs[:25])
    assert len(fake_openai.bodies) == 3
    assert [t.conversation_id for t in tags] == [c.conversation_id for c in convs[:25]]
    assert all(t.intent == "booking" and t.confidence == pytest.approx(0.91) for t in tags)
    body = fake_openai.bodies[0]
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["strict"] is True
    assert "conversation_id: " + convs[0].conversation_id in body["messages"][1]["content"]


def test_no_raw_phone_or_email_ever_reaches_the_llm(convs, fake_openai, tmp_path) -> None:
    llm_tagger(fake_openai, tmp_path, batch_size=20).tag(convs)
    sent = json.dumps(fake_openai.bodies, ensure_ascii=False)
    assert "[PHONE:" in sent
    sent = re.sub(r"\[[A-Z]+:[0-9a-f]+\]|\bc_[0-9a-f]+", "", sent)  # tokens and ids are hex, not phones
    assert not re.search(r"(?:\+7|8)[\s\-(]*\d{3}[\s\-)]*\d{3}[\s-]*\d{2}[\s-]*\d{2}", sent)
    assert not re.search(r"[\w.+-]+@[\w-]+\.[a-z]{2,}", sent)


@pytest.mark.parametrize("second_model, sent_again", [("gpt-4o-mini", False), ("gpt-4.1-mini", True)])
def test_the_cache_is_keyed_by_model_prompt_and_content(convs, fake_openai, tmp_path, second_model,
                                                        sent_again) -> None:
    llm_tagger(fake_openai, tmp_path).tag(convs)
    sent = len(fake_openai.bodies)
    again = llm_tagger(fake_openai, tmp_path, model=second_model)
    again.tag(convs)
    assert (len(fake_openai.bodies) > sent) is sent_again
    assert (again.usage.cached == len(convs)) is not sent_again


def test_second_analyze_with_the_llm_tagger_sends_zero_requests(fake_openai, book, monkeypatch, tmp_path) -> None:
    first = run_analyze(fake_openai, book, monkeypatch, tmp_path)
    assert first.exit_code == 0, first.output
    count = len(fake_openai.bodies)
    assert count > 0 and "LLM:" in first.output
    second = run_analyze(fake_openai, book, monkeypatch, tmp_path)
    assert second.exit_code == 0 and len(fake_openai.bodies) == count
    assert "0 requests" in second.output


@pytest.mark.parametrize("script, fallbacks, requests", [
    (["invalid_json"], 5, 1),
    (["bad_item"], 1, 1),
    ([429, "ok"], 0, 2),                      # a rate limit: the SDK retries it
    (["rate_limit"] * 9, 5, 3),               # still limited after the retries: the batch falls back
    ([500] * 20, 5, 3),
    (["overloaded"] * 9, 5, 3),
])
def test_invalid_replies_and_temporary_errors_fall_back_to_rules_per_conversation(
        convs, fake_openai, tmp_path, script, fallbacks, requests) -> None:
    fake_openai.script = list(script)
    tagger = llm_tagger(fake_openai, tmp_path, batch_size=5)
    tags = tagger.tag(convs[:5])
    assert tagger.usage.fallbacks == fallbacks
    assert len([t for t in tags if t.confidence <= 0.3]) == fallbacks
    assert len(fake_openai.bodies) == requests  # max_retries=2: up to 3 attempts


def test_few_shot_examples_come_from_the_owners_labels(convs, fake_openai, tmp_path) -> None:
    pairs = [(c, {"intent": "booking", "booked": 1}) for c in convs[:3]]
    llm_tagger(fake_openai, tmp_path, examples=pairs).tag(convs[3:4])
    system = fake_openai.bodies[0]["messages"][0]["content"]
    assert "Examples labelled by the owner" in system and pairs[0][0].conversation_id in system


# --- issue #14 item 4: the schema from the vocabulary, the prompt, evidence with positions ----------------

def test_the_answer_schema_is_made_from_the_vocabulary(convs, fake_openai, tmp_path) -> None:
    llm_tagger(fake_openai, tmp_path).tag(convs[:1])
    schema = fake_openai.bodies[0]["response_format"]["json_schema"]["schema"]
    item = schema["properties"]["items"]["items"]
    assert list(item["properties"])[:2] == ["conversation_id", "evidence"]  # the model cites before it tags
    assert set(item["properties"]) == {"conversation_id", "evidence", "confidence", *TAG_FIELDS}
    for name in TAG_FIELDS:
        expected = [int(v) for v in TAG_VALUES[name]] if name in FLAGS else list(TAG_VALUES[name])
        assert item["properties"][name]["enum"] == expected, name
    assert strict_problem(schema) is None


@pytest.mark.parametrize("lang, judgement_call", [("ru", "меню бота"), ("en", "bot's menu")])
def test_the_prompt_carries_the_definitions_judgement_calls_and_positions(convs, fake_openai, tmp_path, lang,
                                                                          judgement_call) -> None:
    llm_tagger(fake_openai, tmp_path, lang=lang).tag(convs[:2])
    system, user = (m["content"] for m in fake_openai.bodies[0]["messages"])
    assert judgement_call in system and "<<" not in system
    for name in (*TAG_FIELDS, "evidence", "confidence"):
        assert name in system, name
    for value in {v for values in TAG_VALUES.values() for v in values if not v.isdigit()}:
        assert value in system, value
    reasons = [pair[0 if lang == "ru" else 1] for code, pair in TEXTS["evidence"].items() if code != "booked_by_event"]
    assert " | ".join(reasons) in system
    block = user.split("\n\n")[0].splitlines()
    assert block[0] == f"conversation_id: {convs[0].conversation_id}"
    assert [line.split(":")[0] for line in block[1:]] == [f"{SIDE[m.role]}#{k}"
                                                          for k, m in enumerate(convs[0].messages, 1)]


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_both_prompts_name_every_tag_value(lang) -> None:
    prompt = load_prompt(lang)
    assert all(v in prompt for values in TAG_VALUES.values() for v in values if not v.isdigit())


@pytest.mark.parametrize("script, keeps_models_evidence", [("ok", True), ("bad_evidence", False)])
def test_the_models_evidence_is_kept_only_when_its_citations_hold(convs, fake_openai, tmp_path, script,
                                                                  keeps_models_evidence) -> None:
    fake_openai.script = [script]
    tags = llm_tagger(fake_openai, tmp_path, batch_size=5).tag(convs[:5])
    assert all(cited_ok(t.evidence, c) for t, c in zip(tags, convs[:5], strict=True))
    assert tags[0].evidence.endswith(": answered") is keeps_models_evidence
    assert "C#99" not in tags[0].evidence
    assert all(t.evidence.endswith(": answered") for t in tags[1:])


CONV = Conversation("c1", (Message("client", "Сколько стоит маникюр?"), Message("manager", "1 500 ₽, записать вас?"),
                           Message("client", "Подумаю")))


@pytest.mark.parametrize("evidence, tags, expected", [
    ("C#1 «сколько стоит» → M#2 «1 500 ₽»: price named", Tags("c1", booking_offered=1), "same"),
    ("C#1   «Сколько…маникюр» → M#2 «записать вас?»: offer\nmade", Tags("c1", booking_offered=1),
     "C#1 «Сколько…маникюр» → M#2 «записать вас?»: offer made"),   # one line; pieces around … are checked
    ("M#1 «Сколько стоит»: price", Tags("c1", missed_lead=1), None),        # C#1 is the client's
    ("C#4 «Подумаю»: declined", Tags("c1", booking_offered=1), None),        # no 4th message
    ("M#2 «2 000 ₽»: price named", Tags("c1", missed_lead=1), None),         # not what M#2 says
    ("the client declined", Tags("c1", booking_offered=1), None),            # a decision with no citation
    ("", Tags("c1", intent="question"), ""),                                 # nothing to cite
])
def test_checked_evidence(evidence, tags, expected) -> None:
    assert checked_evidence(evidence, CONV, tags) == (evidence if expected == "same" else expected)


@pytest.mark.parametrize("base_url, headers", [
    ("https://llm.api.cloud.yandex.net/v1", {"x-data-logging-enabled": "false"}),
    ("https://ai.api.cloud.yandex.net/v1", {"x-data-logging-enabled": "false"}),
    ("https://api.openai.com/v1", {}),
    ("http://localhost:11434/v1", {}),
    (None, {}),
])
def test_yandex_is_asked_not_to_keep_the_requests(base_url, headers) -> None:
    assert endpoint_headers(base_url) == headers


def test_the_endpoints_headers_reach_it(convs, fake_openai, tmp_path, monkeypatch) -> None:
    from sheets_bridge.tagging import llm

    monkeypatch.setattr(llm, "YANDEX_HOSTS", ("127.0.0.1",))  # the fake stands in for Yandex
    llm_tagger(fake_openai, tmp_path).tag(convs[:1])
    assert fake_openai.headers[0]["x-data-logging-enabled"] == "false"


# --- issue #17.1: parameters the model accepts --------------------------------------------------------------

def test_gpt5_mini_gets_the_models_tags_for_every_conversation(fake_openai, book, monkeypatch, tmp_path) -> None:
    result = run_analyze(fake_openai, book, monkeypatch, tmp_path, "--model", "gpt-5-mini")
    assert result.exit_code == 0, result.output
    assert "0 fell back to rules" in result.output and "without temperature" in result.output
    conversations = XlsxWorkbook(book).read("conversations")
    assert len(conversations) == 63 and (conversations["confidence"].astype(float) == 0.91).all()
    with_temperature = [b for b in fake_openai.bodies if "temperature" in b]
    assert len(with_temperature) == 1  # refused once, then remembered for the run
    assert all("max_tokens" not in b and b["max_completion_tokens"] > 0 for b in fake_openai.bodies)


# --- issue #17.2: refusals stop the run; temporary errors do not ----------------------------------------------

@pytest.mark.parametrize("service, model, message", [
    ({"api_key": "sk-the-right-key"}, "gpt-4o-mini", r"401.*OPENAI_API_KEY"),
    ({"region_blocked": True}, "gpt-4o-mini", r"403.*(region|permission)"),
    ({"models": {"gpt-4o-mini"}}, "gpt-5-mini", r"404.*does not exist.*--model"),
    ({"quota_exhausted": True}, "gpt-4o-mini", r"429 insufficient_quota.*billing"),
])
def test_refusals_stop_the_run_naming_the_fix(convs, tmp_path, service, model, message) -> None:
    with FakeOpenAI(**service) as fake:
        tagger = llm_tagger(fake, tmp_path, model=model, max_retries=0)
        with pytest.raises(LLMEndpointError, match=message):
            tagger.tag(convs[:5])
        assert len(fake.bodies) == 1


def test_a_rejected_key_makes_analyze_exit_1_naming_the_key(book, monkeypatch, tmp_path) -> None:
    with FakeOpenAI(api_key="sk-the-right-key") as fake:
        result = run_analyze(fake, book, monkeypatch, tmp_path, key="sk-a-wrong-key-0000")
    assert result.exit_code == 1
    assert "OPENAI_API_KEY" in result.output and "401" in result.output
    assert "sk-a-wrong-key-0000" not in result.output  # the service echoes it masked, and so do we


# --- issue #17.3: a timeout and a token cap -------------------------------------------------------------------

def test_requests_carry_the_token_cap(convs, fake_openai, tmp_path) -> None:
    llm_tagger(fake_openai, tmp_path).tag(convs[:1])
    llm_tagger(fake_openai, tmp_path / "other", max_completion_tokens=1234).tag(convs[:1])
    assert [b["max_completion_tokens"] for b in fake_openai.bodies] == [LLMSettings().max_completion_tokens, 1234]


@pytest.mark.parametrize("own_client", [False, True])
def test_a_hung_endpoint_times_out_and_the_batch_falls_back(convs, tmp_path, own_client) -> None:
    from openai import OpenAI

    with FakeOpenAI(hang_s=5) as fake:
        fake.script = ["hang"] * 4
        client = OpenAI(base_url=fake.base_url, api_key="test-key", max_retries=1) if own_client else None
        tagger = llm_tagger(fake, tmp_path, client=client, max_retries=1, timeout=0.3, batch_size=5)
        began = time.monotonic()
        tags = tagger.tag(convs[:5])
        assert time.monotonic() - began < 3
        assert len(fake.bodies) == 2  # the first try and the SDK's retry
    assert tagger.usage.fallbacks == 5 and all(t.confidence <= 0.3 for t in tags)


def test_an_endpoint_that_keeps_hanging_is_not_asked_again_this_run(convs, tmp_path) -> None:
    with FakeOpenAI(hang_s=5) as fake:
        fake.script = ["hang"] * 9
        tagger = llm_tagger(fake, tmp_path, max_retries=0, timeout=0.2, batch_size=5)
        tagger.tag(convs[:20])  # four batches
        assert len(fake.bodies) == 2
    assert tagger.usage.fallbacks == 20 and "did not answer 2 batches" in tagger.usage.summary()


def test_an_answer_cut_at_the_token_cap_falls_back(convs, fake_openai, tmp_path) -> None:
    tagger = llm_tagger(fake_openai, tmp_path, max_completion_tokens=50, batch_size=5)
    tagger.tag(convs[:5])
    assert tagger.usage.fallbacks == 5 and "token cap (50)" in tagger.usage.summary()


def test_a_gateway_that_refuses_max_completion_tokens_gets_max_tokens(convs, tmp_path) -> None:
    with FakeOpenAI(quirks={"no_max_completion_tokens"}) as fake:
        tagger = llm_tagger(fake, tmp_path, batch_size=5, max_completion_tokens=3000)
        tagger.tag(convs[:10])
        sent = [("max_completion_tokens" in b, b.get("max_tokens")) for b in fake.bodies]
    assert sent == [(True, None), (False, 3000), (False, 3000)]  # refused once, remembered for the run
    assert tagger.usage.fallbacks == 0


# --- issue #17.4: schemas without numeric bounds ---------------------------------------------------------------

@pytest.mark.parametrize("confidence, fallbacks", [(0.91, 0), (1.5, 5)])
def test_a_gateway_that_refuses_schema_bounds_gets_them_checked_here(convs, tmp_path, confidence, fallbacks) -> None:
    with FakeOpenAI(quirks={"no_schema_bounds"}) as fake:
        fake.tags["confidence"] = confidence
        tagger = llm_tagger(fake, tmp_path, batch_size=5)
        tagger.tag(convs[:10])
        schemas = [json.dumps(b["response_format"]["json_schema"]["schema"]) for b in fake.bodies]
    assert len(schemas) == 3 and '"minimum"' in schemas[0] and not any('"minimum"' in s for s in schemas[1:])
    assert tagger.usage.fallbacks == 2 * fallbacks


# --- scrubbed again before sending; the answer cache: dated, private, old files migrated ----------------------

STALE = Conversation("c_stale", (  # as a workbook imported before the full-name detector may still hold it
    Message("client", "Здравствуйте, это Анна Сафина, подруга Ксении Гариповой.\nМой номер +7 917 123-45-67"),
    Message("manager", "Добрый день! Записала вас на субботу 16:30")))


def test_a_full_name_and_a_phone_left_in_a_stored_message_never_reach_the_request(fake_openai, tmp_path) -> None:
    from sheets_bridge.privacy import Vault

    vault = Vault(tmp_path / "vault.sqlite3")
    example = Conversation("c_example", (Message("client", "Меня записывала Лилия Зарипова, тел. 89171234567"),))
    tagger = llm_tagger(fake_openai, tmp_path, scrubber=Scrubber(bytes(32), vault),
                        examples=[(example, {"intent": "booking"})])
    tags = tagger.tag([STALE])
    sent = json.dumps(fake_openai.bodies, ensure_ascii=False)
    for clear in ("Сафина", "Гариповой", "Зарипова", "917 123", "123-45-67", "89171234567"):
        assert clear not in sent, clear
    user = fake_openai.bodies[0]["messages"][1]["content"]
    assert re.search(r"C#1: Здравствуйте, это \[NAME:[0-9a-f]+\], подруга \[NAME:[0-9a-f]+\]\. Мой номер "
                     r"\[PHONE:[0-9a-f]+\]$", user, re.M), user
    assert tags[0].intent == "booking" and tagger.usage.fallbacks == 0
    assert {e[2] for e in vault.entries()} >= {"анна сафина", "ксении гариповой", "+79171234567"}  # as on import
    vault.close()


def test_the_llm_tagger_needs_the_owners_scrubber(fake_openai, tmp_path) -> None:
    from sheets_bridge.errors import SheetsBridgeError

    with pytest.raises(SheetsBridgeError, match="needs scrubber"):
        get_tagger("llm", base_url=fake_openai.base_url, api_key="k", cache_path=tmp_path / "cache.sqlite3")


def _columns(path: Path) -> list[str]:
    import sqlite3

    db = sqlite3.connect(path)
    try:
        return [row[1] for row in db.execute("PRAGMA table_info(answers)")]
    finally:
        db.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_cache_dates_every_answer_and_only_the_owner_can_read_it(tmp_path) -> None:
    import datetime as dt
    import sqlite3
    import stat

    from sheets_bridge.tagging.llm import Cache

    when = dt.datetime(2026, 3, 1, 12, 0, 5, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    path = tmp_path / "home" / "llm_cache.sqlite3"
    cache = Cache(path, clock=lambda: when)
    cache.put("k", {"intent": "booking"})
    assert cache.get("k") == {"intent": "booking"}
    cache.close()
    assert sqlite3.connect(path).execute("SELECT saved_at FROM answers").fetchall() == [("2026-03-01T09:00:05+00:00",)]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_an_old_cache_without_saved_at_keeps_working_and_purge_goes_by_the_new_column(tmp_path) -> None:
    """A cache of an older version (no saved_at; an earlier purge dated "a" in answer_times): migrated on open."""
    import datetime as dt
    import sqlite3

    from sheets_bridge.privacy.retention import purge
    from sheets_bridge.tagging.llm import Cache

    path = tmp_path / "llm_cache.sqlite3"
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE answers (key TEXT PRIMARY KEY, item TEXT NOT NULL);
        INSERT INTO answers VALUES ('a', '{"intent": "price"}'), ('b', '{"intent": "other"}');
        CREATE TABLE answer_times (key TEXT PRIMARY KEY, saved_at TEXT NOT NULL);
        INSERT INTO answer_times VALUES ('a', '2025-01-01T00:00:00+00:00');
        CREATE TRIGGER answers_saved_at AFTER INSERT ON answers BEGIN
            INSERT OR REPLACE INTO answer_times VALUES (NEW.key, strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')); END;
    """)
    db.close()
    now = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    cache = Cache(path, clock=lambda: now)
    assert cache.get("a") == {"intent": "price"} and cache.get("b") == {"intent": "other"}
    cache.put("c", {"intent": "booking"})
    cache.close()
    assert _columns(path) == ["key", "item", "saved_at"]
    db = sqlite3.connect(path)
    assert db.execute("SELECT key, saved_at FROM answers ORDER BY key").fetchall() == [
        ("a", "2025-01-01T00:00:00+00:00"), ("b", None), ("c", "2026-01-01T00:00:00+00:00")]
    assert db.execute("SELECT name FROM sqlite_master WHERE name LIKE 'answer%' ORDER BY name").fetchall() == [
        ("answers",)]  # the purge's table and trigger are taken over
    db.close()
    wb = XlsxWorkbook(tmp_path / "book.xlsx")
    report = purge(wb, None, dt.timedelta(days=180), llm_cache=path, now=now)
    assert (report.llm_cache_removed, report.llm_cache_undated) == (1, 1)  # "a" by its date; "b" dated now
    later = purge(wb, None, dt.timedelta(days=180), llm_cache=path, now=now + dt.timedelta(days=181))
    assert (later.llm_cache_removed, later.llm_cache_undated) == (2, 0)
    assert Cache(path).get("c") is None
