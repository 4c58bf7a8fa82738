"""Train the default tagger's model on the bundled corpus and write it into the package.

    python tools/train_tagger.py            # writes sheets_bridge/data/tagger_model.json and tagger_training.json

The corpus is every business folder under corpus/ plus the two businesses of ../shared/corpus/dev. The
training file holds the corpus as features and labels only (no text), so that an owner's labels can refit the
model on their machine (RulesTagger.adapt). Run it after changing a cue or a feature, then the bench.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from tagging_bench import load_all  # noqa: E402

from sheets_bridge.tagging.cues import CueMatcher  # noqa: E402
from sheets_bridge.tagging.features import extract  # noqa: E402
from sheets_bridge.tagging.model import shared_vocabulary  # noqa: E402
from sheets_bridge.tagging.rules import MODEL_FILE, TRAINING_FILE, fit_model  # noqa: E402
from sheets_bridge.vocabulary import TAG_FIELDS  # noqa: E402


def main() -> int:
    items = load_all([])
    found = extract([c.conversation for c in items], CueMatcher())
    labels = [{f: c.labels[f] for f in TAG_FIELDS} for c in items]
    groups = [c.business for c in items]
    model = fit_model(found.matrix, found.names, labels, None, found.tokens, shared_vocabulary(found.tokens, groups))
    model.info.update({"businesses": sorted({c.business for c in items}), "conversations": len(items)})
    data = ROOT / "sheets_bridge"
    (data / MODEL_FILE).write_text(model.to_json() + "\n", encoding="utf-8")
    training = {"features": found.names, "matrix": [[round(float(v), 5) for v in row] for row in found.matrix],
                "labels": labels, "businesses": groups, "tokens": [sorted(t) for t in found.tokens]}
    (data / TRAINING_FILE).write_text(json.dumps(training, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"trained on {len(items)} conversations of {len(model.info['businesses'])} businesses, "
          f"{len(found.names)} features → {MODEL_FILE}, {TRAINING_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
