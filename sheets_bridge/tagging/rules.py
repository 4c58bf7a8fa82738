"""The default tagger (``rules``): cues and conversation structure, weighed by a small linear model.

The cues (``data/tagging_rules.txt``) say what each message does — asks a price, proposes a time, confirms,
complains — in words any business uses. The features (:mod:`.features`) add the structure: who spoke last and
whether it was answered, what the client did after an offer, whether a confirmation followed a time the client
accepted. A linear model per tag (:mod:`.model`), trained on the bundled corpus of businesses of many kinds and
shipped in ``data/tagger_model.json``, turns them into tags; the tags are then made consistent with LABELS.md
(a booked conversation is not a missed lead…). Offline, no model library needed to tag.

An owner's labels (the ``labels`` tab) adapt it: the model is refitted on the bundled corpus's features plus
the owner's conversations, weighted up (``labelled=...``; needs scikit-learn, a core dependency).
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from ..vocabulary import ACTIONS, FLAGS, INTENTS, SENTIMENTS, TAG_FIELDS
from .base import Conversation, Tagger, Tags, register
from .cues import CueMatcher
from .evidence import build_evidence
from .features import Extracted, extract
from .model import WORD_PREFIX, LinearModel, align, shared_vocabulary

MODEL_FILE = "data/tagger_model.json"
TRAINING_FILE = "data/tagger_training.json"
OWNER_WEIGHT = 4.0  # one of the owner's own labels counts like this many corpus conversations
ADAPT_MARGIN = 2  # a refitted head must get this many more of the owner's labels right (measured: 1 chases noise)
ADAPT_ALPHA = 0.05  # … and be better beyond chance (McNemar's exact test, one-sided)
CHOICES = {"intent": INTENTS, "sentiment": SENTIMENTS, "recommended_action": ACTIONS}


@lru_cache(maxsize=1)
def shipped_model() -> LinearModel:
    return LinearModel.from_json(resources.files("sheets_bridge").joinpath(MODEL_FILE).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def shipped_training() -> dict[str, Any]:
    """The bundled corpus as features and labels (no text): what the shipped model was trained on."""
    return json.loads(resources.files("sheets_bridge").joinpath(TRAINING_FILE).read_text(encoding="utf-8"))


class RulesTagger(Tagger):
    """Cues + structure + the shipped linear model; ``labelled`` (conversation, labels) pairs adapt it."""

    name = "rules"
    pure = True

    def __init__(self, extra_lexicon: str | Path | None = None, model: LinearModel | None = None,
                 labelled: Sequence[tuple[Conversation, dict[str, Any]]] = (), lang: str = "en",
                 matcher: CueMatcher | None = None) -> None:
        self.matcher = matcher or CueMatcher(extra_lexicon)  # a compiled matcher may be shared between taggers
        self.model = model or shipped_model()
        self.lang = lang
        if labelled:
            self.adapt(labelled)

    # --- training ------------------------------------------------------------------------------------
    @classmethod
    def trained(cls, conversations: Sequence[Conversation], labels: Sequence[dict[str, Any]],
                weights: Sequence[float] | None = None, found: Extracted | None = None, **options: Any) -> RulesTagger:
        """A tagger whose model is trained on these labelled conversations only (the recipe of the shipped one)."""
        matcher = options.get("matcher") or CueMatcher(options.get("extra_lexicon"))
        found = found or extract(conversations, matcher)
        groups = options.get("groups") or ["all"] * len(conversations)
        model = fit_model(found.matrix, found.names, labels, np.asarray(weights, dtype=float) if weights is not None
                          else None, found.tokens, shared_vocabulary(found.tokens, groups, **options.get("vocab", {})))
        return cls(model=model, lang=options.get("lang", "en"), matcher=matcher)

    def adapt(self, labelled: Sequence[tuple[Conversation, dict[str, Any]]]) -> None:
        """Refit on the bundled corpus plus the owner's labelled conversations (each weighted ``OWNER_WEIGHT``),
        keeping for each tag the shipped head unless the owner's labels show the refitted one does better."""
        base = shipped_training()
        found = extract([c for c, _ in labelled], self.matcher)
        names = base["features"]
        base_data = Training(np.asarray(base["matrix"], dtype=float), base["labels"],
                             [set(t) for t in base["tokens"]])
        own = Training(align(found.matrix, found.names, names), [{f: str(lab[f]) for f in TAG_FIELDS}
                                                                 for _, lab in labelled], found.tokens)
        vocabulary = [n[len(WORD_PREFIX):] for n in self.model.features if n.startswith(WORD_PREFIX)]
        judge = judge_with([c for c, _ in labelled], found, self.matcher, self.lang)
        self.model = adapt_model(self.model, base_data, own, names, vocabulary, judge=judge)

    # --- tagging -------------------------------------------------------------------------------------
    def tag(self, conversations: Sequence[Conversation], found: Extracted | None = None) -> list[Tags]:
        """Tags per conversation; ``found`` is their extraction when the caller already has it."""
        if not conversations:
            return []
        found = found or extract(conversations, self.matcher)
        probs = {t: p.tolist() for t, p in self.model.proba(found.matrix, found.names, found.tokens).items()}
        return [self._decide(conv, i, probs, found) for i, conv in enumerate(conversations)]

    def tag_one(self, conv: Conversation) -> Tags:
        return self.tag([conv])[0]

    def _decide(self, conv: Conversation, i: int, probs: dict[str, list[list[float]]], found: Extracted) -> Tags:
        """``probs``: each head's probabilities as lists (a Python float is read several times faster than a numpy
        scalar)."""
        def p1(target: str) -> float:
            head = self.model.heads[target]
            return float(probs[target][i][head.classes.index("1")]) if "1" in head.classes else 0.0

        def best(target: str, allowed: Sequence[str] | None = None) -> tuple[str, float]:
            head = self.model.heads[target]
            row = probs[target][i]
            options = [(p, c) for p, c in zip(row, head.classes, strict=True) if allowed is None or c in allowed]
            if not options:
                return (allowed or head.classes)[0], 0.0
            p, c = max(options)
            return c, float(p)

        tags = Tags(conv.conversation_id)
        intent, p_intent = best("intent")
        booked_p, offered_p, missed_p = p1("booked"), p1("booking_offered"), p1("missed_lead")
        booked = booked_p >= 0.5
        offered = booked or offered_p >= 0.5
        if booked and intent in ("price", "question", "other"):
            intent, p_intent = "booking", max(p_intent, booked_p)
        # LABELS.md: a booking or price request with neither an offer nor a booking is a missed lead; whether a
        # question was a lead (a service, availability) or not (logistics of a booking one has) is the head's call
        prompted = "b.b_reminder" in found.evidence[i].first and bool(conv.messages) \
            and conv.messages[0].role != "client"
        if intent in ("booking", "price") and not prompted:  # a reminder the client answered is no missed lead
            missed = not offered
            missed_p = max(missed_p, 1 - offered_p) if missed else min(missed_p, 1 - offered_p)
        else:
            missed = intent in ("booking", "price", "question") and not offered and missed_p >= 0.5
        tags.intent = intent
        tags.sentiment = best("sentiment")[0]
        tags.booked, tags.booking_offered, tags.missed_lead = int(booked), int(offered), int(missed)
        for flag in ("need_service", "need_time", "need_budget", "rude"):
            setattr(tags, flag, int(p1(flag) >= 0.5))
        if "b.b_rude" in found.evidence[i].first:  # a dismissive reply is rude whatever else was said
            tags.rude = 1
        if booked:
            tags.need_time = 1
        if intent == "other":
            tags.need_service = tags.need_time = 0
        if missed:
            tags.recommended_action = best("recommended_action", ("reply_template", "clarify"))[0]
        elif intent == "complaint":
            tags.recommended_action = best("recommended_action", ("redirect", "none"))[0]
        else:
            tags.recommended_action = best("recommended_action", ("none", "redirect", "reply_template"))[0]
        # the chance that the decisions an owner acts on (missed lead, offer, booking, intent) are all right
        decided = [missed_p if missed else 1 - missed_p, offered_p if offered else 1 - offered_p,
                   booked_p if booked else 1 - booked_p, p_intent]
        tags.confidence = round(math.prod(decided), 3)
        tags.evidence, tags.booking_pos = build_evidence(conv, found, i, tags, self.lang)
        first_client = next((m.text for m in conv.messages if m.role == "client"), "")
        tags.notes = {"client_wanted": " ".join(first_client.split())[:160]}
        return tags


@dataclass
class Training:
    """Labelled conversations as features: what a model is fitted on."""

    matrix: np.ndarray
    labels: list[dict[str, Any]]
    tokens: list[set[str]]

    def part(self, rows: Sequence[int]) -> Training:
        return Training(self.matrix[list(rows)], [self.labels[i] for i in rows], [self.tokens[i] for i in rows])

    def __add__(self, other: Training) -> Training:
        return Training(np.vstack([self.matrix, other.matrix]), self.labels + other.labels, self.tokens + other.tokens)


# What each tag's final value is decided from (``RulesTagger._decide``): a refitted head is kept only if no tag that
# depends on it gets worse on the owner's labels.
DEPENDS_ON: dict[str, tuple[str, ...]] = {
    "intent": ("intent", "booked"), "booked": ("booked",), "booking_offered": ("booking_offered", "booked"),
    "missed_lead": ("missed_lead", "intent", "booked", "booking_offered"),
    "need_time": ("need_time", "booked"), "need_service": ("need_service", "intent"),
    "recommended_action": ("recommended_action", "intent", "booked", "booking_offered", "missed_lead"),
}

Judge = Callable[[LinearModel, list[int]], list[dict[str, str]]]


def adapt_model(shipped: LinearModel, base: Training, own: Training, names: Sequence[str],
                vocabulary: Sequence[str], weight: float = OWNER_WEIGHT, folds: int = 3,
                judge: Judge | None = None) -> LinearModel:
    """The model refitted with the owner's labels; a tag keeps the shipped head unless, cross-validated on the
    owner's own labels, the refitted head gets more of them right (so no tag gets worse for this business).

    ``judge(model, rows)`` gives the tagger's final tags of some of the owner's conversations with a model; with it,
    a refitted head is also dropped when, cross-validated, any final tag that depends on it (``DEPENDS_ON``) gets
    fewer of the owner's labels right than with the shipped model."""
    def fit(extra: Training) -> LinearModel:
        data = base + extra
        weights = np.concatenate([np.ones(len(base.labels)), np.full(len(extra.labels), weight)])
        return fit_model(data.matrix, names, data.labels, weights, data.tokens, vocabulary, start=shipped)

    def combined(model: LinearModel, keep: set[str]) -> LinearModel:
        return dataclasses.replace(model, heads={
            t: model.heads[t] if t in keep else shipped.heads[t].expressed_in(shipped, model.features, model.mean,
                                                                              model.scale)
            for t in TAG_FIELDS})

    if len(own.labels) < folds * 2:
        return shipped  # too few labels to show that a refit helps
    adapted = fit(own)
    order = np.random.default_rng(0).permutation(len(own.labels))
    wins = {t: 0 for t in TAG_FIELDS}  # held-out labels the refitted head gets right and the shipped one wrong
    losses = {t: 0 for t in TAG_FIELDS}  # … and the other way round
    trials: list[tuple[LinearModel, list[int]]] = []
    for k in range(folds):
        test = order[k::folds]
        train = np.setdiff1d(order, test)
        trial = fit(own.part(train.tolist()))
        trials.append((trial, test.tolist()))
        held = own.part(test.tolist())
        for target in TAG_FIELDS:
            truth = np.asarray([lab[target] for lab in held.labels])
            right = []
            for model in (trial, shipped):
                head = model.heads[target]
                proba = head.proba(model.transform(held.matrix, names, held.tokens))
                right.append(np.asarray(head.classes)[proba.argmax(axis=1)] == truth)
            wins[target] += int((right[0] & ~right[1]).sum())
            losses[target] += int((~right[0] & right[1]).sum())
    keep = {t for t in TAG_FIELDS if clearly_better(wins[t], losses[t])}
    if judge is not None:
        keep = _no_tag_worse(keep, trials, own, shipped, judge, combined)
    adapted = combined(adapted, keep)
    adapted.info = dict(adapted.info, owner_labels=len(own.labels), adapted_tags=[t for t in TAG_FIELDS if t in keep])
    return adapted


def clearly_better(wins: int, losses: int, margin: int = ADAPT_MARGIN, alpha: float = ADAPT_ALPHA) -> bool:
    """McNemar's exact test on the labels where two heads disagree: the refitted one is kept only when it wins by
    ``margin`` or more and so many wins out of the disagreements would happen by chance with probability < ``alpha``
    (3 wins to 1 loss is chance; 5 to 0 is not)."""
    from math import comb

    n = wins + losses
    if wins - losses < margin:
        return False
    p = sum(comb(n, k) for k in range(wins, n + 1)) / 2 ** n
    return p < alpha


def _no_tag_worse(keep: set[str], trials: list[tuple[LinearModel, list[int]]], own: Training, shipped: LinearModel,
                  judge: Judge, combined: Callable[[LinearModel, set[str]], LinearModel]) -> set[str]:
    """Drop refitted heads until, cross-validated end to end, no final tag is right less often than with the shipped
    model (the heads a worse tag depends on go first)."""
    baseline: dict[str, int] = {t: 0 for t in TAG_FIELDS}
    for _trial, rows in trials:
        for said, lab in zip(judge(shipped, rows), [own.labels[i] for i in rows], strict=True):
            for t in TAG_FIELDS:
                baseline[t] += said[t] == str(lab[t])
    while keep:
        right = {t: 0 for t in TAG_FIELDS}
        for trial, rows in trials:
            for said, lab in zip(judge(combined(trial, keep), rows), [own.labels[i] for i in rows], strict=True):
                for t in TAG_FIELDS:
                    right[t] += said[t] == str(lab[t])
        worse = [t for t in TAG_FIELDS if right[t] < baseline[t]]
        if not worse:
            break
        keep = keep - {h for t in worse for h in DEPENDS_ON.get(t, (t,))}
    return keep


def judge_with(conversations: Sequence[Conversation], found: Extracted, matcher: CueMatcher,
               lang: str = "en") -> Judge:
    """A :data:`Judge` over these (labelled) conversations: the tagger's final tags with a given model."""
    def judge(model: LinearModel, rows: list[int]) -> list[dict[str, str]]:
        tagger = RulesTagger(model=model, lang=lang, matcher=matcher)
        tags = tagger.tag([conversations[i] for i in rows], found.subset(rows))
        return [{f: str(getattr(t, f)) for f in TAG_FIELDS} for t in tags]
    return judge


def fit_model(matrix: np.ndarray, names: Sequence[str], labels: Sequence[dict[str, Any]],
              weights: np.ndarray | None = None, tokens: Sequence[set[str]] = (), vocabulary: Sequence[str] = (),
              start: LinearModel | None = None) -> LinearModel:
    targets = {f: [str(lab[f]) for lab in labels] for f in TAG_FIELDS}
    return LinearModel.fit(matrix, names, targets, weights, info={"trained_on": len(labels)}, tokens=tokens,
                           vocabulary=vocabulary, start=start)


@register("rules")
def _factory(**options: Any) -> Tagger:
    labelled = options.get("labelled") or ()
    return RulesTagger(extra_lexicon=options.get("extra_lexicon"), labelled=labelled,
                       lang=str(options.get("lang") or "en"))


__all__ = ["FLAGS", "RulesTagger", "fit_model", "shipped_model"]
