"""Text at the edges: decoding files, newline normalisation, code point <-> UTF-16 offsets.

The stored text of an article is canonical. Every offset in the program is a Python code point
index into it; Qt counts UTF-16 code units, and the conversion between the two lives here.
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable

BOM = "\ufeff"


class NotText(ValueError):
    """The bytes are not text in any encoding we accept."""


_CYRILLIC_LOWER = re.compile("[а-яё]")
_CYRILLIC_UPPER = re.compile("[А-ЯЁ]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(data: bytes) -> str:
    """Decode a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, cp1251 or koi8-r."""
    if data.startswith(codecs.BOM_UTF8):
        return _checked(data[3:].decode("utf-8", errors="strict"))
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _checked(data.decode("utf-16"))
    if b"\x00" in data:
        raise NotText("binary data (contains NUL bytes)")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    return _checked(_best_single_byte(data))


def _best_single_byte(data: bytes) -> str:
    # cp1251 and koi8-r both decode any byte string; the right one gives mostly lower-case
    # Cyrillic (running text), the wrong one gives mostly capitals.
    candidates = [data.decode(enc, errors="replace") for enc in ("cp1251", "koi8-r")]
    return max(candidates, key=_lowercase_score)


def _lowercase_score(text: str) -> int:
    return len(_CYRILLIC_LOWER.findall(text)) - len(_CYRILLIC_UPPER.findall(text))


def _checked(text: str) -> str:
    if text and len(_CONTROL.findall(text)) > max(3, len(text) // 100):
        raise NotText("binary data (too many control characters)")
    return text


def normalize(text: str) -> str:
    """Canonical form of an article's text: no BOM, LF line ends. Nothing else changes."""
    if text.startswith(BOM):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def normalize_with_offsets(text: str) -> tuple[str, Callable[[int], int]]:
    """``normalize`` plus a function that moves an offset into ``text`` to the same place in the
    result, for readers whose spans were counted in the raw text (CRLF, a leading BOM)."""
    removed = [m.start() for m in _REMOVED.finditer(text)]
    if text.startswith(BOM):
        removed.insert(0, 0)
    if not removed:
        return normalize(text), _identity

    def moved(offset: int) -> int:
        return offset - bisect_left(removed, offset)

    return normalize(text), moved


def _identity(offset: int) -> int:
    return offset


_REMOVED = re.compile("\r(?=\n)")


def content_hash(text: str) -> str:
    import hashlib  # loads OpenSSL: not at every start of the window, which never hashes

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def first_words(text: str, limit: int = 80) -> str:
    """A short title: the first non-empty line, cut at a word boundary."""
    line = next((ln.strip() for ln in text.split("\n") if ln.strip()), "")
    if len(line) <= limit:
        return line
    cut = line.rfind(" ", 0, limit)
    return line[: cut if cut > limit // 2 else limit].rstrip(" ,;:—-") + "…"


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Map:
    """Converts between code point indexes of ``text`` and UTF-16 positions (what Qt counts).

    Built once per text in O(n); each conversion is a binary search over the astral-plane
    characters, so a 1.5 MB article with emoji converts in microseconds.
    """

    def __init__(self, text: str) -> None:
        self.length = len(text)
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # UTF-16 position just after each astral character's surrogate pair.
        self._astral_end16 = [index + k + 2 for k, index in enumerate(self._astral)]

    @property
    def is_identity(self) -> bool:
        return not self._astral

    @property
    def length16(self) -> int:
        return self.length + len(self._astral)

    def to_utf16(self, index: int) -> int:
        return index + bisect_left(self._astral, index)

    def from_utf16(self, position: int) -> int:
        """Code point index at a UTF-16 position; a position inside a pair snaps to its start."""
        before = bisect_right(self._astral_end16, position)
        index = position - before
        if before < len(self._astral) and self._astral[before] < index:
            return self._astral[before]
        return index
