"""The learned tagger, sample and validate (the llm tagger: tests/test_llm.py)."""

from __future__ import annotations

import csv

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


def conversations(wb: XlsxWorkbook):  # noqa: ANN201
    return load_analysis(wb).conversation_objects()


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


def test_half_filled_labels_rows_wait_and_a_wrong_value_names_its_row() -> None:
    from sheets_bridge.errors import InputError
    from sheets_bridge.tagging.validate import read_labels

    full = {"conversation_id": "c1", "intent": "booking", "sentiment": "neutral", "need_service": "1",
            "need_time": "1", "need_budget": "0", "booking_offered": "1", "booked": "1", "missed_lead": "0",
            "rude": "0", "recommended_action": "none"}
    half = dict(full, conversation_id="c2", sentiment="", booked="")
    assert read_labels(pd.DataFrame([full, half]))["conversation_id"].tolist() == ["c1"]
    with pytest.raises(InputError, match="labels row 3.*'maybe'"):
        read_labels(pd.DataFrame([full, dict(full, conversation_id="c3", booked="maybe")]))
