"""natasha's news NER (PER, LOC, ORG) with normal forms. The only module that imports natasha."""

from __future__ import annotations

import functools
import threading
from typing import Any

from razmetka.core.model import Suggestion
from razmetka.core.morph import prepare_pymorphy
from razmetka.core.suggest import fixes
from razmetka.core.tokens import Token


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
            prepare_pymorphy()
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
        """natasha's spans with the fixes of ``core/suggest/fixes.py`` applied."""
        return fixes.apply(text, self.raw_suggestions(text), self.rules())

    def raw_suggestions(self, text: str) -> list[Suggestion]:
        """natasha's spans and normal forms exactly as natasha gives them."""
        return self._analyse(text)[0]

    def suggest_with_tokens(self, text: str) -> tuple[list[Suggestion], list[Token]]:
        """``suggest(text)`` and the text's tokens as natasha's segmenter (razdel) made them,
        so that a suggester working beside natasha need not tokenize the text again."""
        raw, found = self._analyse(text)
        return fixes.apply(text, raw, self.rules()), found

    def _analyse(self, text: str) -> tuple[list[Suggestion], list[Token]]:
        if not text.strip():
            return [], []
        self.load()
        assert self._models is not None
        from natasha import Doc

        m = self._models
        doc = Doc(text)
        doc.segment(m["segmenter"])
        found = [Token(t.start, t.stop, t.text) for t in doc.tokens]
        doc.tag_ner(m["ner"])
        if not doc.spans:
            return [], found
        _tag_sentences_with_spans(doc, m["morph"], m["syntax"])
        for span in doc.spans:
            span.normalize(m["vocab"])
        return [Suggestion(s.start, s.stop, s.type, s.normal or None) for s in doc.spans], found

    def rules(self) -> list[fixes.Rule]:
        """The fixes in the order they run, bound to natasha's morphology."""
        return [rule for _, rule in self.named_rules()]

    def named_rules(self) -> list[tuple[str, fixes.Rule]]:
        self.load()
        return fixes.default_rules(self._lemmas, self._is_common)

    def _lemmas(self, word: str) -> frozenset[str]:
        assert self._models is not None
        return _cached_lemmas(self._models["vocab"], word)

    def _is_common(self, word: str) -> bool:
        assert self._models is not None
        return _known_only_as_common_word(self._models["vocab"], word)


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


@functools.lru_cache(maxsize=65536)
def _cached_lemmas(vocab: Any, word: str) -> frozenset[str]:
    """The dictionary forms pymorphy gives ``word``, with the word itself (lower case)."""
    lower = word.lower()
    return frozenset({lower, *(form.normal for form in vocab.parse(lower))})


# Grammemes pymorphy gives proper names: given names, surnames, patronymics, places,
# organisations, trade marks, abbreviations.
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr"})


def _known_only_as_common_word(vocab: Any, word: str) -> bool:
    lower = word.lower()
    if not vocab.word_is_known(lower):
        return False
    return not any(_PROPER & set(parse.tag.grammemes) for parse in vocab.parse(lower))


def _dist_version() -> str:
    from importlib.metadata import version

    return version("natasha")
