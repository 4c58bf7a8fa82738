"""The manual pilot and the control check (seed 000): ``sample`` fills the labels tab for the owner,
``validate`` measures a tagger against the owner's labels (cross-validated for ``learned``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from ..errors import InputError
from ..vocabulary import TAG_FIELDS, TAG_VALUES
from .base import Conversation, Tagger
from .learned import LearnedTagger

INSTRUCTIONS_ID = "INSTRUCTIONS"
INSTRUCTIONS = ("Fill the label columns of each row (definitions: docs/tagging.md / LABELS.md): intent = booking, "
                "price, question, complaint or other; sentiment = positive, neutral or negative; need_service, "
                "need_time, need_budget, booking_offered, booked, missed_lead, rude = 1 or 0; recommended_action = "
                "reply_template, clarify, redirect or none; labelled_by = your name. Leave a row empty to skip it. "
                "Заполните столбцы меток; пустые строки не учитываются.")


def sample_rows(conversations: pd.DataFrame, excerpts: pd.Series, n: int, existing: set[str],
                seed: int = 0) -> pd.DataFrame:
    """A stratified sample (by intent × missed_lead × manager) of conversations not yet in ``labels``."""
    pool = conversations[~conversations["conversation_id"].isin(existing)].copy()
    if pool.empty:
        return pd.DataFrame(columns=["conversation_id"])
    strata = pool["intent"].astype(str) + "|" + pool["missed_lead"].astype(str) + "|" + pool["manager"].astype(str)
    rng = np.random.default_rng(seed)
    pool["draw"] = rng.random(len(pool))
    pool["rank"] = pool.groupby(strata)["draw"].rank(method="first")
    picked = pool.sort_values(["rank", "draw"]).head(n)  # round-robin over strata: rare ones are not crowded out
    return pd.DataFrame({"conversation_id": picked["conversation_id"], "chat_id": picked["chat_id"],
                         "started_at": picked["started_at"],
                         "excerpt": picked["conversation_id"].map(excerpts).fillna("")})


def read_labels(labels: pd.DataFrame) -> pd.DataFrame:
    """Rows the owner filled in, checked; a bad value names the row and column."""
    rows = labels[labels["conversation_id"] != INSTRUCTIONS_ID].copy()
    cleaned = {f: rows[f].astype(str).str.strip().str.lower().str.replace(r"\.0$", "", regex=True)
                  .replace({"<na>": "", "nan": ""}) for f in TAG_VALUES}
    # a row counts once every label column is filled (an owner labels in passes; half-done rows wait)
    complete = pd.concat([v.ne("") for v in cleaned.values()], axis=1).all(axis=1)
    rows = rows[complete]
    for f, allowed in TAG_VALUES.items():
        values = cleaned[f][complete]
        bad = ~values.isin(allowed)
        if bad.any():
            i = bad.to_numpy().argmax()
            raise InputError(f"labels row {rows.index[i] + 2}: {values.iloc[i]!r} is not one of "
                             f"{', '.join(sorted(allowed))}", field=f)
        rows[f] = values
    return rows


@dataclass
class FieldScore:
    field: str
    n: int
    accuracy: float
    macro_f1: float
    kappa: float
    confusion: str

    @property
    def verdict(self) -> str:
        if self.kappa >= 0.8:
            return "good"
        if self.kappa >= 0.6:
            return "usable: keep the weekly audit"
        return "not reliable: label more or use another tagger"


def score(expected: Sequence[str], got: Sequence[str], field: str) -> FieldScore:
    from sklearn.metrics import accuracy_score, cohen_kappa_score, f1_score

    exp, pred = [str(x) for x in expected], [str(x) for x in got]
    kappa = cohen_kappa_score(exp, pred) if len(set(exp) | set(pred)) > 1 else 1.0
    pairs = pd.Series([f"{e}→{p}" for e, p in zip(exp, pred, strict=True) if e != p]).value_counts()
    confusion = "; ".join(f"{k}: {v}" for k, v in pairs.items()) or "no errors"
    return FieldScore(field, len(exp), float(accuracy_score(exp, pred)),
                      float(f1_score(exp, pred, average="macro", zero_division=0)),
                      float(0.0 if np.isnan(kappa) else kappa), confusion)


def predictions(tagger_name: str, convs: list[Conversation], labels: list[dict[str, Any]],
                make_tagger: Callable[[], Tagger], folds: int = 5) -> list[dict[str, str]]:
    """The tagger's answers for each labelled conversation; ``learned`` is cross-validated (k-fold)."""
    if tagger_name != "learned":
        return [{f: str(getattr(t, f)) for f in TAG_FIELDS} for t in make_tagger().tag(convs)]
    from sklearn.model_selection import KFold

    out: list[dict[str, str]] = [{} for _ in convs]
    k = max(2, min(folds, len(convs) // 10))
    cache: dict[str, Any] = {}  # shared by the folds: every text is embedded once
    for train, test in KFold(n_splits=k, shuffle=True, random_state=0).split(convs):
        tagger = LearnedTagger(cache=cache).fit([convs[i] for i in train], [labels[i] for i in train])
        for i, t in zip(test, tagger.tag([convs[i] for i in test]), strict=True):
            out[i] = {f: str(getattr(t, f)) for f in TAG_FIELDS}
    return out


def score_tagger(tagger_name: str, convs: list[Conversation], labels: list[dict[str, Any]],
                 make_tagger: Callable[[], Tagger]) -> list[FieldScore]:
    """Every tag of the tagger against the labels (``learned`` cross-validated)."""
    got = predictions(tagger_name, convs, labels, make_tagger)
    return [score([lab[f] for lab in labels], [g[f] for g in got], f) for f in TAG_FIELDS]


def validation_rows(tagger_name: str, scores: list[FieldScore]) -> list[dict[str, Any]]:
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    return [{"run_at": now, "tagger": tagger_name, "field": s.field, "n": s.n, "accuracy": round(s.accuracy, 3),
             "macro_f1": round(s.macro_f1, 3), "kappa": round(s.kappa, 3), "verdict": s.verdict,
             "confusion": s.confusion} for s in scores]


def majority_baseline(labels: list[dict[str, Any]], field: str) -> float:
    values = pd.Series([str(lab[field]) for lab in labels])
    return float(values.value_counts(normalize=True).iloc[0])


def labelled_pairs(conversations: list[Conversation], labels: pd.DataFrame) -> list[tuple[Conversation, dict]]:
    """(conversation, the owner's labels) for every filled labels row whose conversation still exists."""
    rows = read_labels(labels)
    by_id = {c.conversation_id: c for c in conversations}
    return [(by_id[r["conversation_id"]], {f: r[f] for f in TAG_FIELDS}) for _, r in rows.iterrows()
            if r["conversation_id"] in by_id]


# --- the workbook commands ------------------------------------------------------------------------------
@dataclass
class SampleResult:
    added: int
    location: str


def sample(workbook: Any, n: int = 200, seed: int = 0) -> SampleResult:
    """Add a stratified sample of the analysed conversations to ``labels`` for the owner to label (seed 000).

    Rows already in ``labels`` (and the owner's labels in them) are kept; new rows carry a transcript excerpt.
    """
    from ..analysis.record import STORED_TABS, load_analysis

    workbook.prefetch([*STORED_TABS, "labels"])
    stored = load_analysis(workbook, need="sample")
    labels = workbook.read("labels")
    rows = sample_rows(stored.conversations, stored.excerpts(n=8, width=1000), n,
                       set(labels["conversation_id"].astype(str)), seed)
    with workbook.batch():
        if labels.empty:
            workbook.append("labels", [{"conversation_id": INSTRUCTIONS_ID, "excerpt": INSTRUCTIONS}])
        if len(rows):
            workbook.append("labels", rows)
    return SampleResult(len(rows), workbook.location)


@dataclass
class ValidationResult:
    tagger: str
    scores: list[FieldScore]
    labels: list[dict[str, Any]]

    def baseline(self, field: str) -> float:
        return majority_baseline(self.labels, field)


def validate(workbook: Any, tagger: str = "rules", make_tagger: Callable[[], Tagger] | None = None
             ) -> ValidationResult:
    """Compare a tagger with the owner's labels on the analysed conversations; append to ``validation``."""
    from ..analysis.record import STORED_TABS, load_analysis
    from .base import get_tagger

    workbook.prefetch([*STORED_TABS, "labels"])
    stored = load_analysis(workbook, need="validate")
    pairs = labelled_pairs(stored.conversation_objects(), workbook.read("labels"))
    if not pairs:
        raise InputError("no labelled conversations: run `sheets-bridge sample` and fill the labels tab",
                         field="labels")
    convs, labels = [p[0] for p in pairs], [p[1] for p in pairs]
    scores = score_tagger(tagger, convs, labels, make_tagger or (lambda: get_tagger(tagger)))
    workbook.append("validation", validation_rows(tagger, scores))
    return ValidationResult(tagger, scores, labels)
