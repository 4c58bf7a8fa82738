"""A small linear model per tag over the conversation features: trained with scikit-learn, stored as JSON,
applied with numpy (a matrix product per tag, so tagging needs no model library at all)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np


@dataclass
class Head:
    classes: list[str]
    weights: np.ndarray  # classes × features (binary heads: 1 × features, for the second class)
    bias: np.ndarray

    def proba(self, x: np.ndarray) -> np.ndarray:
        return self.link(x @ self.weights.T + self.bias)

    def expressed_in(self, model: LinearModel, features: Sequence[str], mean: np.ndarray, scale: np.ndarray
                     ) -> Head:
        """This head (of ``model``) over other columns and standardization: the same scores for the same input,
        features the other space lacks being 0."""
        index = {n: j for j, n in enumerate(model.features)}
        mine = np.asarray([j for j, n in enumerate(features) if n in index], dtype=np.int64)
        theirs = np.asarray([index[features[j]] for j in mine], dtype=np.int64)
        weights = np.zeros((self.weights.shape[0], len(features)))
        # w·(x-m)/s  ==  w·(x-m')/s' · (s'/s) + w·(m'-m)/s
        w = self.weights[:, theirs]
        weights[:, mine] = w * (scale[mine] / model.scale[theirs])
        bias = self.bias.astype(float) + w @ ((mean[mine] - model.mean[theirs]) / model.scale[theirs])
        return Head(self.classes, weights, bias)

    def link(self, z: np.ndarray) -> np.ndarray:
        """Probabilities from the linear scores ``z`` (a logistic for a binary head, a softmax otherwise)."""
        if len(self.classes) == 2 and z.shape[1] == 1:
            p = 1.0 / (1.0 + np.exp(-z[:, 0]))
            return np.stack([1 - p, p], axis=1)
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)


WORD_PREFIX = "w:"
WORD_WEIGHT = 0.5  # measured on the bench: 1.0 lets words outvote cues, 0.3 loses intent


@dataclass
class LinearModel:
    features: list[str]   # feature names, then "w:<side>:<word>" word features
    mean: np.ndarray
    scale: np.ndarray
    heads: dict[str, Head]
    info: dict[str, Any]

    def transform(self, matrix: np.ndarray, names: Sequence[str], tokens: Sequence[set[str]] = ()) -> np.ndarray:
        """The matrix with this model's feature columns (missing ones 0), standardized."""
        return (with_words(matrix, names, tokens, self.features) - self.mean) / self.scale

    def proba(self, matrix: np.ndarray, names: Sequence[str], tokens: Sequence[set[str]] = ()
              ) -> dict[str, np.ndarray]:
        x = self.transform(matrix, names, tokens)
        stacked = np.vstack([head.weights for head in self.heads.values()])  # one product for all the heads
        z = x @ stacked.T
        out, at = {}, 0
        for target, head in self.heads.items():
            k = head.weights.shape[0]
            out[target] = head.link(z[:, at:at + k] + head.bias)
            at += k
        return out

    # --- training -----------------------------------------------------------------------------------
    @classmethod
    def fit(cls, matrix: np.ndarray, names: Sequence[str], targets: Mapping[str, Sequence[str]],
            weights: np.ndarray | None = None, c: float = 0.5, info: dict[str, Any] | None = None,
            tokens: Sequence[set[str]] = (), vocabulary: Sequence[str] = (), word_weight: float = WORD_WEIGHT,
            start: LinearModel | None = None) -> LinearModel:
        """One L2 logistic regression per target (scikit-learn), on standardized features (and word features
        for ``vocabulary``, the words shared by several businesses). ``start``: a model whose heads the solver
        starts from (a refit with a few more rows then converges in a fraction of the iterations)."""
        from sklearn.linear_model import LogisticRegression

        names = [*names, *(WORD_PREFIX + w for w in vocabulary)]
        matrix = with_words(matrix, names[: len(names) - len(vocabulary)], tokens, names)
        from scipy import sparse

        plain = len(names) - len(vocabulary)
        mean = matrix.mean(axis=0)
        mean[plain:] = 0.0  # word columns stay uncentred, so they stay sparse: the fit is several times faster
        scale = matrix.std(axis=0)
        scale[scale < 1e-6] = 1.0
        # words weigh less than the cues: many small word weights must not outvote what the messages did
        scale[plain:] /= word_weight
        x = sparse.hstack([sparse.csr_matrix((matrix[:, :plain] - mean[:plain]) / scale[:plain]),
                           sparse.csr_matrix(matrix[:, plain:] / scale[plain:])]).tocsr()
        heads = {}
        for target, values in targets.items():
            y = np.asarray([str(v) for v in values])
            classes = sorted(set(y))
            if len(classes) == 1:
                heads[target] = Head(classes, np.zeros((1, x.shape[1])), np.asarray([0.0]))
                continue
            model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced", warm_start=start is not None)
            if start is not None and target in start.heads and start.heads[target].classes == classes:
                begin = start.heads[target].expressed_in(start, names, mean, scale)
                model.coef_, model.intercept_ = begin.weights, begin.bias
            model.fit(x, y, sample_weight=weights)
            heads[target] = Head([str(k) for k in model.classes_], np.asarray(model.coef_),
                                 np.asarray(model.intercept_))
        return cls(list(names), mean, scale, heads, info or {})

    # --- storage ------------------------------------------------------------------------------------
    def to_json(self) -> str:
        def r(a: np.ndarray) -> list[Any]:
            return np.round(a, 6).tolist()

        return json.dumps({"features": self.features, "mean": r(self.mean), "scale": r(self.scale), "info": self.info,
                           "heads": {t: {"classes": h.classes, "weights": r(h.weights), "bias": r(h.bias)}
                                     for t, h in self.heads.items()}}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> LinearModel:
        data = json.loads(text)
        heads = {t: Head(h["classes"], np.asarray(h["weights"], dtype=float), np.asarray(h["bias"], dtype=float))
                 for t, h in data["heads"].items()}
        return cls(data["features"], np.asarray(data["mean"], dtype=float), np.asarray(data["scale"], dtype=float),
                   heads, data.get("info", {}))

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        return cls.from_json(path.read_text(encoding="utf-8"))


def align(matrix: np.ndarray, names: Sequence[str], wanted: Sequence[str]) -> np.ndarray:
    """The columns ``wanted`` of a matrix whose columns are ``names`` (absent ones are 0)."""
    if list(names) == list(wanted):
        return matrix
    index = {n: i for i, n in enumerate(names)}
    out = np.zeros((matrix.shape[0], len(wanted)))
    for j, name in enumerate(wanted):
        if name in index:
            out[:, j] = matrix[:, index[name]]
    return out


def with_words(matrix: np.ndarray, names: Sequence[str], tokens: Sequence[set[str]], wanted: Sequence[str]
               ) -> np.ndarray:
    """``align`` for the named features, plus 0/1 word columns for the ``w:`` features of ``wanted``."""
    plain = [n for n in wanted if not n.startswith(WORD_PREFIX)]
    out = align(matrix, names, plain)
    words = [n[len(WORD_PREFIX):] for n in wanted if n.startswith(WORD_PREFIX)]
    if not words:
        return out
    cols = np.zeros((matrix.shape[0], len(words)))
    index = {w: j for j, w in enumerate(words)}
    for i, toks in enumerate(tokens):
        for t in toks:
            j = index.get(t)
            if j is not None:
                cols[i, j] = 1.0
    return np.hstack([out, cols])


def shared_vocabulary(tokens: Sequence[set[str]], groups: Sequence[str], min_groups: int = 3,
                      min_count: int = 5) -> list[str]:
    """Words used in at least ``min_groups`` businesses and ``min_count`` conversations: general language, not one
    business's services."""
    from collections import Counter

    by_group: dict[str, set[str]] = {}
    count: Counter[str] = Counter()
    for toks, group in zip(tokens, groups, strict=True):
        by_group.setdefault(group, set()).update(toks)
        count.update(toks)
    spread: Counter[str] = Counter(w for words in by_group.values() for w in words)
    return sorted(w for w, k in spread.items() if k >= min_groups and count[w] >= min_count)
