"""Which format a file holds, from its name and, where the name says nothing or could mislead
(``.txt``, no extension), from its first few KB.

A file named like a format (``.jsonl``, ``.conll``, ``.ann``, ``.json``) is taken for it: its
reader then says line by line what does not fit. A ``.txt`` or a file without a known extension
is plain text unless its beginning is JSON lines, a Label Studio array or CoNLL columns; JSON
that is none of these is refused rather than imported as one article of braces.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

from razmetka.core.formats.registry import FORMATS
from razmetka.core.text import NotText, decode

HEAD = 4096  # bytes read to decide

_BY_EXTENSION: dict[str, str] = {}
for _fmt in FORMATS:
    for _ext in _fmt.extensions if _fmt.reads else ():
        _BY_EXTENSION.setdefault(_ext, _fmt.name)  # the first format that reads it: ".jsonl" jsonl
# Extensions that promise nothing about the content.
_VAGUE = {"text"}

_JSON_OBJECT = re.compile(r'\A\s*\{\s*"')
_JSON_ARRAY = re.compile(r'\A\s*\[\s*\{\s*"')
_LABEL_STUDIO_KEYS = re.compile(r'\A\s*\[\s*\{\s*"(?:data|id|annotations|predictions|completions)"')
_TAG = re.compile(r"\A(?:O|[BIESLU]-\S+)\Z")


class NotImportable(ValueError):
    """A file whose content is no format that import reads; the message says what it looks
    like."""


def guess(path: Path) -> str:
    """The name of the format ``path`` holds; NotImportable when it is none that import reads.
    A folder holds plain text or brat pairs, walked file by file."""
    by_name = _BY_EXTENSION.get(path.suffix.lower())
    if by_name is not None and by_name not in _VAGUE:
        return by_name
    head, whole = _head(path)
    by_content = None if head is None else content_format(head, whole)
    if by_content is None:
        return "text"
    if by_content == "json":
        raise NotImportable(
            f'{path.name} looks like JSON but not like JSON lines with a "text" or Label '
            "Studio tasks; give --format to import it"
        )
    return by_content


def content_format(head: str, whole: bool) -> str | None:
    """The format the beginning of a file shows: "jsonl", "label-studio", "conll", "json" for
    JSON that is none of those, or None for plain text. ``whole``: ``head`` is the whole file,
    else it ends at a line end (unless its first line is longer than the head)."""
    head = head.lstrip("\ufeff")
    if _JSON_ARRAY.match(head):
        return "label-studio" if _LABEL_STUDIO_KEYS.match(head) else "json"
    if _JSON_OBJECT.match(head):
        return _json_lines_format(head, whole)
    if _looks_like_conll(head):
        return "conll"
    return None


def _json_lines_format(head: str, whole: bool) -> str:
    first, newline, _ = head.lstrip().partition("\n")
    if not (newline or whole):
        return "jsonl"  # a record longer than the head: JSON lines, judged by their reader
    try:
        record = json.loads(first)
    except json.JSONDecodeError:
        return "json"
    return "jsonl" if isinstance(record, dict) and isinstance(record.get("text"), str) else "json"


def _looks_like_conll(head: str) -> bool:
    """A ``-DOCSTART-`` line first, or at least two lines and every one of them columns whose
    last is a tag (``O``, ``B-PER``...). Prose with a tab or two does not end every line in a
    tag."""
    lines = [line for line in head.splitlines() if line.strip()]
    if lines and lines[0].startswith("-DOCSTART-"):
        return True
    if len(lines) < 2:
        return False
    for line in lines:
        columns = line.split()
        if len(columns) < 2 or not _TAG.match(columns[-1]):
            return False
    return True


def _head(path: Path) -> tuple[str | None, bool]:
    """The file's first ``HEAD`` bytes, decoded and cut at the last line end, and whether that
    is the whole file; None for a file that cannot be read or decoded (its reader reports it)."""
    try:
        with path.open("rb") as handle:
            data = handle.read(HEAD + 1)
    except OSError:
        return None, True
    whole = len(data) <= HEAD
    if not whole:
        data = _whole_lines(data[:HEAD])
    try:
        return decode(data), whole
    except (NotText, UnicodeError):
        return None, whole


def _whole_lines(data: bytes) -> bytes:
    """``data`` up to its last line end, so no character or line is cut."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        newline = "\n".encode("utf-16-le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16-be")
        end = data.rfind(newline)
        while end > 0 and end % 2:  # a code unit boundary
            end = data.rfind(newline, 0, end)
        return data[: end + 2] if end > 0 else data[: len(data) // 2 * 2]
    end = data.rfind(b"\n")
    return data[: end + 1] if end >= 0 else data
