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

import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy
import spacy
import srsly
from spacy.attrs import SPACY
from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

from razmetka.core.formats.common import Added, ExportItem, WriteSettings, write_all
from razmetka.core.model import Span
from razmetka.core.report import Problem
from razmetka.core.tokens import Token

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
        self.bins: dict[str | None, LeanDocBin] = {}
        self.shards: dict[str | None, int] = {}
        self.written: list[Path] = []

    def add(self, item: ExportItem) -> Added:
        added = Added()
        doc, strings = article_doc(self.vocab, item, self.settings, added)
        docbin = self.bins.get(item.part)
        if docbin is None:  # a new bin builds a msgpack packer (0.13 ms): once per shard
            docbin = self.bins[item.part] = LeanDocBin(attrs=ATTRS, store_user_data=True)
        docbin.add(doc, strings)
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


class LeanDocBin(DocBin):
    """A DocBin whose ``add`` keeps only the strings that ``ATTRS`` and the span groups refer
    to: the words and the labels. spaCy's own ``add`` also asks every token for its tag, lemma,
    norm, morphology, dependency and entity ids (nine properties a token), which here are all
    empty and was a third of the export's time beyond razdel. It also packs user data with one
    msgpack packer instead of a new one per Doc (srsly builds each from its registry of
    encoders, 0.13 ms). The file is read by spaCy's ``DocBin.from_disk`` like any other (tests
    compare the Docs with those of a plain DocBin)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.packer = srsly.msgpack.Packer(use_bin_type=True)  # what msgpack_dumps uses

    def add(self, doc: Doc, strings: Iterable[str] | None = None) -> None:
        """``strings``: the Doc's words and labels when the caller has them. Asking the Doc is
        dear: ``doc.ents`` walks every token."""
        attrs: list[int | str] = list(self.attrs)  # ids, though spaCy annotates them as names
        array = doc.to_array(attrs)
        self.tokens.append(array.reshape((array.shape[0], -1)))
        spaces = doc.to_array(SPACY)
        self.spaces.append(numpy.asarray(spaces.reshape((spaces.shape[0], 1)), dtype=bool))
        self.flags.append({"has_unknown_spaces": doc.has_unknown_spaces})
        if strings is None:
            strings = [
                *(token.text for token in doc),
                *(ent.label_ for ent in doc.ents),
                *(span.label_ for group in doc.spans.values() for span in group),
            ]
        self.strings.update(strings)
        self.cats.append(doc.cats)
        if self.store_user_data:
            self.user_data.append(self.packer.pack(doc.user_data))
        self.span_groups.append(doc.spans.to_bytes())

    def to_bytes(self) -> bytes:
        """``DocBin.to_bytes``, compressed at zlib's level 1 rather than 6: the columns of
        token ids compress within 10% as well, in half the time."""
        lengths = [len(tokens) for tokens in self.tokens]
        tokens = numpy.vstack(self.tokens) if self.tokens else numpy.asarray([])
        spaces = numpy.vstack(self.spaces) if self.spaces else numpy.asarray([])
        msg = {
            "version": self.version,
            "attrs": self.attrs,
            "tokens": tokens.tobytes("C"),
            "spaces": spaces.tobytes("C"),
            "lengths": numpy.asarray(lengths, dtype="int32").tobytes("C"),
            "strings": sorted(self.strings),
            "cats": self.cats,
            "flags": self.flags,
            "span_groups": self.span_groups,
        }
        if self.store_user_data:
            msg["user_data"] = self.user_data
        return zlib.compress(self.packer.pack(msg), 1)


def write(
    items: Iterable[ExportItem], path: Path, settings: WriteSettings | None = None
) -> list[Problem]:
    return write_all(Writer(path, settings or WriteSettings()), items)


def article_doc(
    vocab: Vocab, item: ExportItem, settings: WriteSettings, added: Added
) -> tuple[Doc, list[str]]:
    """The article as a Doc, and the strings it refers to (its words and labels)."""
    words, spaces, sent_starts = doc_words(item.article.text, item.sentences)
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=sent_starts)
    ents = doc_spans(doc, item, item.spans, added)
    doc.ents = ents
    labels = {span.label_ for span in ents}
    if settings.negatives:
        negatives = doc_spans(doc, item, item.negatives, Added())
        doc.spans[NEGATIVES_KEY] = negatives
        labels.update(span.label_ for span in negatives)
    doc.user_data["id"] = item.article.external_id or str(item.article.id)
    doc.user_data["title"] = item.article.title
    return doc, [*words, *labels]


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
            if token.start == position + 1 and words and text[position] == " ":
                spaces[-1] = True  # the common gap, one space, without a call
            elif token.start != position:
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
