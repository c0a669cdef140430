"""spaCy DocBin (``.spacy``), what ``spacy train`` reads. Needs spaCy (the ``spacy`` extra).

Each article is one ``Doc`` whose text is the stored text exactly: razdel's tokens, with the
whitespace between them kept as spaCy keeps it (a trailing space, or a whitespace token), so a
span's character offsets are the same in the Doc as in the store. Rejected suggestions, when
asked for, go to ``doc.spans["incorrect_spans"]``, the key spaCy's NER reads negative examples
from (``incorrect_spans_key``).

A DocBin is built in memory, so the output is a folder of shards of ``SHARD`` articles each
(``0000.spacy``, ``0001.spacy``...); ``spacy train`` takes the folder as ``--paths.train``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from razmetka.core.formats.common import Added, ExportItem, WriteSettings, write_all
from razmetka.core.model import Span
from razmetka.core.report import Problem
from razmetka.core.tokens import Token

NAME = "spacy"
EXTENSIONS = (".spacy",)
TOKENS = True
ALIGNED = True
LAYOUT = "folder"
NEGATIVES = True  # has a place for rejected suggestions
SHARD = 200
# What training needs; DocBin's default keeps tags, lemmas, parses too (empty here, but each a
# column of 8 bytes a token).
ATTRS = ["ORTH", "SPACY", "ENT_IOB", "ENT_TYPE", "SENT_START"]
NEGATIVES_KEY = "incorrect_spans"


class Writer:
    def __init__(self, root: Path, settings: WriteSettings) -> None:
        self.root = root
        self.settings = settings
        self.vocab = Vocab()
        self.bins: dict[str | None, DocBin] = {}
        self.shards: dict[str | None, int] = {}
        self.written: list[Path] = []

    def add(self, item: ExportItem) -> Added:
        added = Added()
        doc = article_doc(self.vocab, item, self.settings, added)
        docbin = self.bins.setdefault(item.part, DocBin(attrs=ATTRS, store_user_data=True))
        docbin.add(doc)
        if len(docbin) >= SHARD:
            self._flush(item.part)
        return added

    def _flush(self, part: str | None) -> None:
        docbin = self.bins.pop(part)
        folder = self.root if part is None else self.root / part
        folder.mkdir(parents=True, exist_ok=True)
        number = self.shards.get(part, 0)
        path = folder / f"{number:04d}.spacy"
        docbin.to_disk(path)
        self.shards[part] = number + 1
        self.written.append(path)
        # The vocab's string store grows with every new word; a fresh one per shard keeps
        # memory flat (DocBin keeps its own strings).
        self.vocab = Vocab()

    def close(self) -> list[Path]:
        for part in list(self.bins):
            self._flush(part)
        return self.written


def write(
    items: Iterable[ExportItem], path: Path, settings: WriteSettings | None = None
) -> list[Problem]:
    return write_all(Writer(path, settings or WriteSettings()), items)


def article_doc(vocab: Vocab, item: ExportItem, settings: WriteSettings, added: Added) -> Doc:
    words, spaces, sent_starts = doc_words(item.article.text, item.sentences)
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=sent_starts)
    doc.ents = doc_spans(doc, item, item.spans, added)
    if settings.negatives:
        doc.spans[NEGATIVES_KEY] = doc_spans(doc, item, item.negatives, Added())
    doc.user_data["id"] = item.article.external_id or str(item.article.id)
    doc.user_data["title"] = item.article.title
    return doc


def doc_words(
    text: str, sentences: Iterable[Iterable[Token]]
) -> tuple[list[str], list[bool], list[bool | int | None]]:
    """Words, trailing-space flags and sentence starts that rebuild ``text`` exactly: a single
    space after a token is its flag, any other whitespace is a word of its own (as spaCy's
    tokenizer does)."""
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool | int | None] = []
    position = 0

    def whitespace(end: int) -> None:
        gap = text[position:end]
        if gap[:1] == " " and words:  # the word before is a token: gaps never follow gaps
            spaces[-1] = True
            gap = gap[1:]
        if gap:
            words.append(gap)
            spaces.append(False)
            starts.append(not starts)

    for sentence in sentences:
        first = True
        for token in sentence:
            whitespace(token.start)
            words.append(token.text)
            spaces.append(False)
            starts.append(first or not starts)
            first = False
            position = token.end
    whitespace(len(text))
    return words, spaces, starts


def doc_spans(doc: Doc, item: ExportItem, spans: Iterable[Span], added: Added) -> list:
    out = []
    for span in spans:
        found = doc.char_span(span.start, span.end, label=span.label)
        if found is None or found.text != item.article.text[span.start : span.end]:
            added.problems.append(
                Problem(
                    item.name,
                    f"{span.start}-{span.end}",
                    f"{span.label} does not fall on the Doc's tokens; left out",
                )
            )
            continue
        out.append(found)
        added.spans += 1
    return out


def load(path: Path) -> list[Doc]:
    """The Docs of one ``.spacy`` file or a folder of them (for checks and tests)."""
    files = sorted(path.rglob("*.spacy")) if path.is_dir() else [path]
    nlp = spacy.blank("ru")
    return [doc for file in files for doc in DocBin().from_disk(file).get_docs(nlp.vocab)]
