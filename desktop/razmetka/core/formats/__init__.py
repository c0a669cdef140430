"""File formats: one module per format, each described once in ``registry``.

A format's module has ``read(path) -> Iterator[Document | Problem]`` where the format can be
imported and ``Writer(root, settings)`` where it can be written; the registry says which, and
nothing here imports a format's module (or its library) until the format is used. Guessing a
format from a file's content is ``sniff.guess``.

Readers yield a ``Problem`` for each record they cannot take whole, and go on with the rest.
"""

from __future__ import annotations

from types import ModuleType

from razmetka.core.formats.registry import (
    FORMATS,
    Format,
    MissingExtra,
    UnknownFormat,
    get,
    import_extensions,
    import_filter,
    readable,
    writable,
)

__all__ = [
    "FORMATS",
    "Format",
    "MissingExtra",
    "UnknownFormat",
    "get",
    "import_extensions",
    "import_filter",
    "module",
    "readable",
    "writable",
]


def module(name: str) -> ModuleType:
    """The module of the format ``name`` (imported now)."""
    return get(name).load()
