"""natasha's news NER (PER, LOC, ORG) with normal forms. The only module that imports natasha."""

from __future__ import annotations

import os
import re
import threading
from typing import Any

from razmetka.core.model import Suggestion

_SPLIT = re.compile(r"\s*\n\s*")


def _point_pymorphy_at_dictionary() -> None:
    # pymorphy2 finds its dictionary through pkg_resources, which fresh environments may lack.
    if "PYMORPHY2_DICT_PATH" not in os.environ:
        try:
            import pymorphy2_dicts_ru

            os.environ["PYMORPHY2_DICT_PATH"] = pymorphy2_dicts_ru.get_path()
        except ImportError:
            pass


class NatashaNer:
    """Suggests PER, LOC and ORG spans with natasha's lemmatised normal forms.

    Models load once, on first use (about 2 s); ``load`` may be called from a worker thread.
    Morphology and syntax, which normal forms need, run only on sentences that hold an entity.
    """

    name = "natasha-ner"

    def __init__(self) -> None:
        import natasha

        self.version = natasha.__version__ if hasattr(natasha, "__version__") else _dist_version()
        self._models: dict[str, Any] | None = None
        self._lock = threading.Lock()

    @property
    def origin(self) -> str:
        return f"{self.name}@{self.version}"

    def load(self) -> None:
        with self._lock:
            if self._models is not None:
                return
            _point_pymorphy_at_dictionary()
            from natasha import (
                MorphVocab,
                NewsEmbedding,
                NewsMorphTagger,
                NewsNERTagger,
                NewsSyntaxParser,
                Segmenter,
            )

            embedding = NewsEmbedding()
            self._models = {
                "segmenter": Segmenter(),
                "ner": NewsNERTagger(embedding),
                "morph": NewsMorphTagger(embedding),
                "syntax": NewsSyntaxParser(embedding),
                "vocab": MorphVocab(),
            }

    def suggest(self, text: str) -> list[Suggestion]:
        if not text.strip():
            return []
        self.load()
        assert self._models is not None
        from natasha import Doc

        m = self._models
        doc = Doc(text)
        doc.segment(m["segmenter"])
        doc.tag_ner(m["ner"])
        if not doc.spans:
            return []
        _tag_sentences_with_spans(doc, m["morph"], m["syntax"])
        suggestions = []
        for span in doc.spans:
            span.normalize(m["vocab"])
            suggestion = _within_line(text, span.start, span.stop, span.type, span.normal)
            if suggestion is not None:
                suggestions.append(suggestion)
        return suggestions


def _tag_sentences_with_spans(doc: Any, morph: Any, syntax: Any) -> None:
    """Morphology and syntax for the sentences that contain entities, in one batch each."""
    from natasha.doc import inject_morph, inject_syntax, offset_syntax, sent_words

    starts = sorted(span.start for span in doc.spans)
    wanted, i = [], 0  # (sentence number, sentence), numbered from 1 as natasha does
    for number, sent in enumerate(doc.sents, 1):
        while i < len(starts) and starts[i] < sent.start:
            i += 1
        if i < len(starts) and starts[i] < sent.stop:
            wanted.append((number, sent))
    chunk = [sent_words(sent) for _, sent in wanted]
    for (_, sent), markup in zip(wanted, morph.map(chunk), strict=True):
        inject_morph(sent.tokens, markup.tokens)
    for (number, sent), markup in zip(wanted, syntax.map(chunk), strict=True):
        inject_syntax(sent.tokens, markup.tokens)
        offset_syntax(number, sent.tokens)


def _within_line(
    text: str, start: int, end: int, label: str, normal: str | None
) -> Suggestion | None:
    """natasha can run an entity across a line break ("Акорда\\n\\nУчастие"); a news entity
    never spans lines, so keep the part before the break."""
    surface = text[start:end]
    if "\n" not in surface:
        return Suggestion(start, end, label, normal or None)
    first = _SPLIT.split(surface.strip())[0]
    if not first:
        return None
    offset = start + surface.index(first)
    words = len(first.split())
    normal_part = " ".join((normal or "").split()[:words]) or None
    return Suggestion(offset, offset + len(first), label, normal_part)


def _dist_version() -> str:
    from importlib.metadata import version

    return version("natasha")
