"""Every file format the program reads or writes, each described once.

A ``Format`` says what the rest of the program asks about a format (its name and title, file
extensions, whether it writes a file or a folder, lists tokens, has a place for negatives, needs
an extra) without importing the module that reads and writes it: that module, and the library it
may need (spaCy), is imported only when the format is used. So the command line, the dialogs
and format guessing cost nothing at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

if TYPE_CHECKING:
    from razmetka.core.formats.common import Added, ExportItem, WriteSettings
    from razmetka.core.model import Document
    from razmetka.core.report import Problem


class UnknownFormat(ValueError):
    """No format has this name."""


class MissingExtra(ImportError):
    """A format needs a library that is not installed; the message says how to install it."""


class FormatWriter(Protocol):
    def add(self, item: ExportItem) -> Added: ...

    def close(self) -> list[Path]: ...


class LineWriter(FormatWriter, Protocol):
    """A writer that also takes records written already (those SQLite writes for the export:
    ``core.store.records``)."""

    def add_line(self, part: str | None, line: bytes) -> None: ...


class PairWriter(FormatWriter, Protocol):
    """A folder format's writer (brat's) that also takes an article's files written already:
    its text and the content SQLite wrote for it (``core.store.records``)."""

    def add_pair(
        self, part: str | None, article_id: int, external_id: str | None, text: bytes, ann: bytes
    ) -> None: ...


# A NamedTuple rather than a frozen dataclass: dataclasses imports inspect, a tenth of what
# `razmetka --version` would cost.
class Format(NamedTuple):
    name: str  # what the command line and the export options call it
    title: str  # what the export dialog shows
    module: str  # the module under razmetka.core.formats that reads and writes it
    extensions: tuple[str, ...]  # the first is the suffix of a written file
    reads: bool = True  # the module has ``read(path)``
    writes: bool = True  # the module has ``Writer(root, settings)``
    layout: str = "file"  # what an export without a split writes: "file" or "folder"
    tokens: bool = False  # records always list razdel tokens (the token formats)
    optional_tokens: bool = False  # records list them on request (``ExportOptions.tokens``)
    aligned: bool = False  # spans must fall on tokens: the export snaps or leaves out the others
    negatives: bool = False  # has a place for rejected suggestions
    extra: str | None = None  # the install extra that brings ``library``
    library: str | None = None  # a library outside the base install that the module imports

    @property
    def suffix(self) -> str:
        return self.extensions[0] if self.extensions else ""

    def lists_tokens(self, asked: bool) -> bool:
        """Whether records carry razdel tokens: always in the token formats, ``asked`` where
        they are optional."""
        return self.tokens or (asked and self.optional_tokens)

    def load(self) -> ModuleType:
        """The module that reads and writes the format; MissingExtra when its library is not
        installed."""
        try:
            return import_module(f"razmetka.core.formats.{self.module}")
        except ImportError as exc:
            if self.library is None or exc.name != self.library:
                raise
            raise MissingExtra(
                f"the {self.name} format needs {self.library}, which is not installed "
                f"(pip install 'razmetka[{self.extra}]')"
            ) from exc

    def reader(self) -> Callable[[Path], Iterator[Document | Problem]]:
        if not self.reads:
            raise UnknownFormat(f"the {self.name} format cannot be imported")
        read: Callable[[Path], Iterator[Document | Problem]] = self.load().read
        return read

    def writer(self, root: Path, settings: WriteSettings) -> FormatWriter:
        if not self.writes:
            raise UnknownFormat(f"the {self.name} format cannot be written")
        writer: Any = self.load().Writer
        return writer(root, settings)  # type: ignore[no-any-return]


FORMATS: tuple[Format, ...] = (
    Format("text", "Plain text articles", "plaintext", (".txt",), writes=False),
    Format(
        "jsonl",
        "JSONL with spans (spaCy, Prodigy)",
        "jsonl",
        (".jsonl", ".ndjson"),
        optional_tokens=True,
        negatives=True,
    ),
    Format(
        "conll",
        "CoNLL-2003 BIO (spacy convert, seqeval)",
        "conll",
        (".conll", ".bio", ".iob"),
        tokens=True,
        aligned=True,
    ),
    Format(
        "brat",
        "brat standoff (.txt + .ann)",
        "brat",
        (".ann",),
        layout="folder",
        negatives=True,
    ),
    Format("label-studio", "Label Studio JSON", "label_studio", (".json",), layout="folder"),
    Format("doccano", "doccano JSONL", "doccano", (".jsonl",)),
    Format(
        "hf",
        "Hugging Face token classification",
        "hf",
        (".jsonl",),
        reads=False,
        layout="folder",
        tokens=True,
        aligned=True,
    ),
    Format(
        "spacy",
        "spaCy DocBin",
        "spacy_docbin",
        (".spacy",),
        reads=False,
        layout="folder",
        tokens=True,
        aligned=True,
        negatives=True,
        extra="spacy",
        library="spacy",
    ),
)

_BY_NAME = {fmt.name: fmt for fmt in FORMATS}


def get(name: str) -> Format:
    found = _BY_NAME.get(name)
    if found is None:
        raise UnknownFormat(f"unknown format {name!r}; known: {', '.join(_BY_NAME)}")
    return found


def readable() -> list[str]:
    return [fmt.name for fmt in FORMATS if fmt.reads]


def writable() -> list[str]:
    return [fmt.name for fmt in FORMATS if fmt.writes]


def import_extensions() -> list[str]:
    """The extensions of every readable format, in the registry's order, each once."""
    return list(dict.fromkeys(ext for fmt in FORMATS if fmt.reads for ext in fmt.extensions))


def import_filter(title: str = "Articles and annotations") -> str:
    """A Qt file dialog filter for the files import reads, then any file."""
    patterns = " ".join(f"*{ext}" for ext in import_extensions())
    return f"{title} ({patterns});;* (*)"
