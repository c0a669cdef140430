"""Plain text articles, one per file. A leading `` date YYYY-MM-DD`` (the news feed's form) gives
the article's date and is not part of the text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from razmetka.core.formats.common import file_text
from razmetka.core.model import Article, Document
from razmetka.core.report import Problem
from razmetka.core.text import first_words, normalize

_DATE_PREFIX = re.compile(r"\A[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|\n|\Z)")


def read(path: Path) -> Iterator[Document | Problem]:
    content = file_text(path)
    if isinstance(content, Problem):
        yield content
        return
    text = normalize(content)
    article_date, text = split_date(text)
    if not text.strip():
        yield Problem(str(path), "", "empty text")
        return
    yield Document(
        Article(
            text=text,
            external_id=path.stem,
            title=first_words(text),
            source=path.name,
            date=article_date,
        )
    )


def split_date(text: str) -> tuple[str | None, str]:
    """The date of a `` date YYYY-MM-DD`` prefix and the text after it."""
    match = _DATE_PREFIX.match(text)
    if not match:
        return None, text
    try:
        date.fromisoformat(match.group(1))
    except ValueError:
        return None, text
    return match.group(1), text[match.end() :]
