"""Text at the edges: decoding files, newline normalisation, code point <-> UTF-16 offsets.

The stored text of an article is canonical. Every offset in the program is a Python code point
index into it; Qt counts UTF-16 code units, and the conversion between the two lives here.
"""

from __future__ import annotations

import codecs
import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from contextvars import ContextVar
from typing import NamedTuple

BOM = "\ufeff"
# The characters that end a line for some reader: those str.splitlines() splits at.
LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"


class NotText(ValueError):
    """The bytes are not text in any encoding we accept."""


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Telling a legacy encoding: these patterns are compiled (by ``re``, once) with the first file
# that is not UTF-8, not with every start of the program; the wide ones take a millisecond.
_CYRILLIC_LOWER = "[а-яё]"
_CYRILLIC = "[а-яёА-ЯЁ]"
_LATIN = "[A-Za-z]"
# What a wrong legacy reading produces: C1 controls, box drawing, undefined code points.
_ODD = "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2500-\u25ff\ufffd]"
_NON_ASCII = "[^\x00-\x7f]"
LEGACY = ("cp1251", "koi8-r")

# What to do with bytes that are not UTF-8 in a file that is not a legacy encoding either:
# "refuse" the file (or the JSONL line), or "replace" them with U+FFFD and say so.
BAD_BYTES: ContextVar[str] = ContextVar("bad_bytes", default="refuse")


class Decoded(NamedTuple):
    text: str
    encoding: str = "utf-8"
    replaced: int = 0  # bad bytes replaced by U+FFFD
    first_bad: int | None = None  # the byte offset of the first of them


def decode(data: bytes) -> str:
    """Decode a file's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, cp1251 or koi8-r."""
    return decode_bytes(data).text


def decode_bytes(data: bytes, offset: int = 0, bad_bytes: str | None = None) -> Decoded:
    """``decode`` saying how: the encoding, and the bad bytes replaced when ``bad_bytes`` (else
    ``BAD_BYTES``) is "replace". ``offset``: where ``data`` starts in its file, for messages.

    A legacy encoding is taken only when the whole of ``data`` is valid in it and reads as
    Russian; bytes that are UTF-8 but for a few bad ones are UTF-8 with bad bytes."""
    policy = bad_bytes or BAD_BYTES.get()
    if data.startswith(codecs.BOM_UTF8):
        return _utf8(data, 3, offset, policy, legacy=False)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(_checked(data.decode("utf-16")), "utf-16")
        except UnicodeDecodeError as exc:
            raise NotText(f"not UTF-16 at byte {offset + exc.start}") from None
    if b"\x00" in data:
        raise NotText(f"binary data (a NUL byte at byte {offset + data.index(0)})")
    return _utf8(data, 0, offset, policy, legacy=True)


def _utf8(data: bytes, skip: int, offset: int, policy: str, legacy: bool) -> Decoded:
    body = data[skip:] if skip else data
    try:
        return Decoded(_checked(body.decode("utf-8")))
    except UnicodeDecodeError as exc:
        first = offset + skip + exc.start
    if legacy:
        found = _legacy(body)
        if found is not None:
            return found
    if policy != "replace":
        raise NotText(
            f"not UTF-8 at byte {first} (nor cp1251 or koi8-r Russian text); "
            "--bad-bytes replace imports it with the bad bytes replaced"
        )
    _counted.bad = 0
    text = body.decode("utf-8", errors=_COUNTING)
    return Decoded(_checked(text), "utf-8", _counted.bad, first)


def _legacy(data: bytes) -> Decoded | None:
    """cp1251 or koi8-r when ``data`` reads as Russian in one; None when UTF-8 sequences
    outnumber the bad bytes (a UTF-8 file with some damage) or neither reads as Russian."""
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    if len(re.findall(_NON_ASCII, loose)) - bad >= bad:
        return None
    best: tuple[int, str, str] | None = None
    for encoding in LEGACY:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _reads_as_russian(text):
            score = len(re.findall(_CYRILLIC_LOWER, text))
            if best is None or score > best[0]:
                best = (score, encoding, text)
    return None if best is None else Decoded(_checked(best[2]), best[1])


def _reads_as_russian(text: str) -> bool:
    """Mostly lower-case Cyrillic among the non-ASCII characters, more Cyrillic than Latin
    letters, and hardly any control or box-drawing characters."""
    non_ascii = len(re.findall(_NON_ASCII, text))
    cyrillic = len(re.findall(_CYRILLIC, text))
    return (
        len(re.findall(_CYRILLIC_LOWER, text)) * 2 >= non_ascii
        and cyrillic >= len(re.findall(_LATIN, text))
        and len(re.findall(_ODD, text)) <= max(2, non_ascii // 100)
    )


_counted = threading.local()
_COUNTING = "razmetka-counting-replace"


def _counting_replace(exc: UnicodeError) -> tuple[str, int]:
    assert isinstance(exc, UnicodeDecodeError)
    _counted.bad += exc.end - exc.start
    return "\ufffd", exc.end


codecs.register_error(_COUNTING, _counting_replace)


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
