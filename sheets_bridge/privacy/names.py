"""Person names found by natasha's NER model (optional extra ``sheets-bridge[names]``).

The model ships inside the natasha wheel and runs offline. Without it, names are still found by the
rules in :mod:`.detect` (the chat's own client names, "меня зовут …", patronymics).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..errors import SheetsBridgeError
from .detect import NAME, Found


def natasha_available() -> bool:
    try:
        import natasha  # noqa: F401
    except Exception:  # pragma: no cover - depends on the environment
        return False
    return True


class NatashaNames:
    """Finds PER spans with natasha's Russian news NER model (loaded once, about 0.7 s)."""

    def __init__(self) -> None:
        try:
            from natasha import NewsEmbedding, NewsNERTagger, Segmenter
        except Exception as exc:
            raise SheetsBridgeError(
                "name detection with natasha is not installed: pip install 'sheets-bridge[names]' "
                "(or leave --names off to use the built-in name rules only)") from exc
        self._segmenter = Segmenter()
        self._ner = NewsNERTagger(NewsEmbedding())

    def find(self, text: str) -> Iterator[Found]:
        from natasha import Doc

        if not any(ch.isupper() for ch in text):
            return
        doc: Any = Doc(text)
        doc.segment(self._segmenter)
        doc.tag_ner(self._ner)
        for span in doc.spans:
            if span.type == "PER":
                yield Found(span.start, span.stop, NAME, " ".join(span.text.casefold().split()))
