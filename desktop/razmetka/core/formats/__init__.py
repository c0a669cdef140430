"""One module per file format. A module has ``NAME``, ``EXTENSIONS`` and, where the format can
hold it, ``read(path) -> Iterator[Document | Problem]`` and a writer used by ``core.export``.

Readers yield a ``Problem`` for each record they cannot take whole, and go on with the rest.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from types import ModuleType

# name -> module under razmetka.core.formats
MODULES = {
    "text": "plaintext",
    "jsonl": "jsonl",
    "conll": "conll",
    "brat": "brat",
    "label-studio": "label_studio",
    "doccano": "doccano",
    "hf": "hf",
    "spacy": "spacy_docbin",
}


def module(name: str) -> ModuleType:
    if name not in MODULES:
        raise ValueError(f"unknown format {name!r}; known: {', '.join(MODULES)}")
    return import_module(f"razmetka.core.formats.{MODULES[name]}")


def readable() -> list[str]:
    return [name for name in MODULES if _has(name, "read")]


def writable() -> list[str]:
    return [name for name in MODULES if _has(name, "write")]


def _has(name: str, attr: str) -> bool:
    try:
        return hasattr(module(name), attr)
    except ImportError:
        return False


def guess(path: Path) -> str:
    """The format of a file from its name (folders hold plain text or brat pairs)."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix in (".conll", ".bio", ".iob"):
        return "conll"
    if suffix == ".ann":
        return "brat"
    if suffix == ".json":
        return "label-studio"
    return "text"
