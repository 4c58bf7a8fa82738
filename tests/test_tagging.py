"""The llm tagger against a local OpenAI-compatible server, the learned tagger, sample and validate."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from sheets_bridge.analysis import AnalyzeOptions, analyze
from sheets_bridge.analysis.record import load_analysis
from sheets_bridge.cli import cli
from sheets_bridge.ingest import ImportOptions, import_chats
from sheets_bridge.privacy import Scrubber
from sheets_bridge.tagging import get_tagger
from sheets_bridge.tagging.validate import labelled_pairs, majority_baseline, score_tagger
from sheets_bridge.workbook import XlsxWorkbook

from .conftest import CORPUS
from .fakes.openai_server import FakeOpenAI

UFA = "Asia/Yekaterinburg"


@pytest.fixture(scope="module")
def corpus_book(tmp_path_factory: pytest.TempPathFactory) -> XlsxWorkbook:
    """The dev corpus imported and analysed, with labels.csv copied into the labels tab."""
    wb = XlsxWorkbook(tmp_path_factory.mktemp("tagging") / "book.xlsx")
    import_chats([CORPUS / "chats"], wb, Scrubber(bytes(32)), ImportOptions(managers_file=CORPUS / "managers.tsv",
                                                                               tz=UFA))
    result = analyze(wb, AnalyzeOptions(tz=UFA))
    first_file = wb.read("messages").drop_duplicates("chat_id").set_index("chat_id")["source"].str.split(":").str[0]
    conv = result.conversations.assign(file=lambda d: d["chat_id"].map(first_file),
                                       start=lambda d: d["started_at"].str.slice(0, 16).str.replace("T", " "))
    labels = pd.DataFrame(list(csv.DictReader(open(CORPUS / "labels.csv", encoding="utf-8"))))
    merged = labels.merge(conv[["conversation_id", "chat_id", "started_at", "file", "start"]],
                          left_on=["file", "conversation_start"], right_on=["file", "start"])
    merged["labelled_by"] = "corpus"
    wb.replace("labels", merged.drop(columns=["file", "conversation_start", "start"]))
    return wb


@pytest.fixture
def fake_openai():  # noqa: ANN201
    with FakeOpenAI() as server:
        yield server


def llm_tagger(fake: FakeOpenAI, tmp_path: Path, **kw):  # noqa: ANN003, ANN201
    return get_tagger("llm", base_url=fake.base_url, api_key="test-key", model="gpt-4o-mini", max_retries=2,
                      cache_path=tmp_path / "cache.sqlite3", **kw)


def conversations(wb: XlsxWorkbook):  # noqa: ANN201
    return load_analysis(wb).conversation_objects()


def test_llm_tags_several_conversations_per_request(corpus_book, fake_openai, tmp_path) -> None:
    convs = conversations(corpus_book)[:25]
    tags = llm_tagger(fake_openai, tmp_path, batch_size=10).tag(convs)
    assert len(fake_openai.bodies) == 3
    assert [t.conversation_id for t in tags] == [c.conversation_id for c in convs]
    assert all(t.intent == "booking" and t.confidence == pytest.approx(0.91) for t in tags)
    body = fake_openai.bodies[0]
    assert body["response_format"]["type"] == "json_schema"
    assert body["response_format"]["json_schema"]["strict"] is True
    assert "conversation_id: " + convs[0].conversation_id in body["messages"][1]["content"]


def test_no_raw_phone_or_email_ever_reaches_the_llm(corpus_book, fake_openai, tmp_path) -> None:
    llm_tagger(fake_openai, tmp_path, batch_size=20).tag(conversations(corpus_book))
    sent = json.dumps(fake_openai.bodies, ensure_ascii=False)
    assert "[PHONE:" in sent
    sent = re.sub(r"\[[A-Z]+:[0-9a-f]+\]|\bc_[0-9a-f]+", "", sent)  # tokens and ids are hex, not phones
    assert not re.search(r"(?:\+7|8)[\s\-(]*\d{3}[\s\-)]*\d{3}[\s-]*\d{2}[\s-]*\d{2}", sent)
    assert not re.search(r"[\w.+-]+@[\w-]+\.[a-z]{2,}", sent)


def test_unchanged_conversations_are_never_sent_twice(corpus_book, fake_openai, tmp_path) -> None:
    convs = conversations(corpus_book)
    llm_tagger(fake_openai, tmp_path).tag(convs)
    sent = len(fake_openai.bodies)
    again = llm_tagger(fake_openai, tmp_path)
    again.tag(convs)
    assert len(fake_openai.bodies) == sent
    assert again.usage.requests == 0 and again.usage.cached == len(convs)


def test_second_analyze_with_the_llm_tagger_sends_zero_requests(corpus_book, fake_openai, tmp_path,
                                                                  monkeypatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", fake_openai.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "test-key")
    monkeypatch.setenv("SHEETS_BRIDGE_HOME", str(tmp_path / "home"))
    runner = CliRunner()
    args = ["analyze", "--tagger", "llm", "--tz", UFA, "-w", corpus_book.location]
    first = runner.invoke(cli, args)
    assert first.exit_code == 0, first.output
    count = len(fake_openai.bodies)
    assert count > 0 and "LLM:" in first.output
    second = runner.invoke(cli, args)
    assert second.exit_code == 0 and len(fake_openai.bodies) == count
    assert "0 requests" in second.output
    analyze(corpus_book, AnalyzeOptions(tz=UFA))  # leave the shared workbook as the other tests expect


@pytest.mark.parametrize("script, fallbacks", [
    (["invalid_json"], 5),
    (["bad_item"], 1),
    ([429, "ok"], 0),
    ([500] * 20, 5),
])
def test_invalid_replies_fall_back_to_rules_per_conversation(corpus_book, fake_openai, tmp_path, script,
                                                             fallbacks) -> None:
    fake_openai.script = list(script)
    tagger = llm_tagger(fake_openai, tmp_path, batch_size=5)
    tags = tagger.tag(conversations(corpus_book)[:5])
    assert tagger.usage.fallbacks == fallbacks
    low = [t for t in tags if t.confidence <= 0.3]
    assert len(low) == fallbacks
    if script[0] == 429:
        assert len(fake_openai.bodies) == 2  # the SDK retried once


def test_few_shot_examples_come_from_the_owners_labels(corpus_book, fake_openai, tmp_path) -> None:
    pairs = labelled_pairs(conversations(corpus_book), corpus_book.read("labels"))
    llm_tagger(fake_openai, tmp_path, examples=pairs[:3]).tag(conversations(corpus_book)[:1])
    system = fake_openai.bodies[0]["messages"][0]["content"]
    assert "Examples labelled by the owner" in system and pairs[0][0].conversation_id in system


def test_learned_tagger_refuses_with_too_few_labels(corpus_book) -> None:
    from sheets_bridge.errors import InputError

    pairs = labelled_pairs(conversations(corpus_book), corpus_book.read("labels"))
    with pytest.raises(InputError, match="at least 20"):
        get_tagger("learned", labelled=pairs[:5])


def test_validate_rules_and_cross_validated_learned_on_the_corpus(corpus_book) -> None:
    pairs = labelled_pairs(conversations(corpus_book), corpus_book.read("labels"))
    convs, labels = [p[0] for p in pairs], [p[1] for p in pairs]
    assert len(pairs) == 63
    rules = {s.field: s for s in score_tagger("rules", convs, labels, lambda: get_tagger("rules"))}
    learned = {s.field: s for s in score_tagger("learned", convs, labels, lambda: None)}
    baseline = majority_baseline(labels, "intent")
    print(f"\nintent: rules {rules['intent'].accuracy:.2f} (kappa {rules['intent'].kappa:.2f}), learned (5-fold) "
          f"{learned['intent'].accuracy:.2f} (kappa {learned['intent'].kappa:.2f}), majority baseline {baseline:.2f}")
    assert learned["intent"].accuracy > baseline
    assert rules["intent"].accuracy >= 0.75


def test_sample_and_validate_commands(tmp_path) -> None:
    runner = CliRunner()
    book = tmp_path / "book.xlsx"
    runner.invoke(cli, ["import", str(CORPUS / "chats"), "--managers-file", str(CORPUS / "managers.tsv"),
                        "--tz", UFA, "-w", str(book)])
    empty = runner.invoke(cli, ["sample", "-w", str(book)])
    assert empty.exit_code == 2 and "analyze" in empty.output
    runner.invoke(cli, ["analyze", "--tz", UFA, "-w", str(book)])
    first = runner.invoke(cli, ["sample", "--n", "30", "-w", str(book)])
    assert first.exit_code == 0 and "Added 30" in first.output
    labels = XlsxWorkbook(book).read("labels")
    assert labels.iloc[0]["conversation_id"] == "INSTRUCTIONS" and len(labels) == 31
    assert labels["excerpt"].iloc[1:].str.len().min() > 10 and (labels["intent"].iloc[1:] == "").all()
    second = runner.invoke(cli, ["sample", "--n", "10", "-w", str(book)])
    assert "Added 10" in second.output and len(XlsxWorkbook(book).read("labels")) == 41
    no_labels = runner.invoke(cli, ["validate", "-w", str(book)])
    assert no_labels.exit_code == 2 and "sample" in no_labels.output


def test_validate_command_writes_the_validation_tab(corpus_book) -> None:
    result = CliRunner().invoke(cli, ["validate", "--tagger", "rules", "-w", corpus_book.location])
    assert result.exit_code == 0, result.output
    assert "kappa" in result.output
    validation = corpus_book.read("validation")
    assert set(validation["field"]) >= {"intent", "booked", "missed_lead"}
    assert validation["verdict"].str.len().min() > 0
