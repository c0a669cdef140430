"""Plain data objects shared by every part of the program."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from typing import Any, NamedTuple


class SpanStatus(str, enum.Enum):
    SUGGESTED = "suggested"
    ACCEPTED = "accepted"
    REJECTED = "rejected"

    def __str__(self) -> str:
        return self.value


class ArticleStatus(str, enum.Enum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    SKIPPED = "skipped"

    def __str__(self) -> str:
        return self.value


ANALYST = "analyst"
IMPORT = "import"


class Label(NamedTuple):
    name: str
    color: str = "#888888"
    hotkey: str = ""
    description: str = ""


@dataclass(frozen=True)
class Span:
    """A tagged stretch ``[start, end)`` of an article's text, in code points."""

    start: int
    end: int
    label: str
    status: SpanStatus = SpanStatus.ACCEPTED
    origin: str = ANALYST
    normal: str | None = None
    annotator: str | None = None
    id: int | None = None
    article_id: int | None = None

    def surface(self, text: str) -> str:
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def with_(self, **changes: Any) -> Span:
        return replace(self, **changes)

    @property
    def is_pending(self) -> bool:
        return self.status is SpanStatus.SUGGESTED


@dataclass(frozen=True)
class Article:
    text: str
    external_id: str | None = None
    title: str = ""
    source: str = ""
    date: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    status: ArticleStatus = ArticleStatus.TODO
    id: int | None = None
    content_hash: str = ""

    def with_(self, **changes: Any) -> Article:
        return replace(self, **changes)


class Document(NamedTuple):
    """An article as a reader delivers it: text, metadata and the spans it came with."""

    article: Article
    spans: tuple[Span, ...] = ()
    where: str = ""  # the line or record it came from, for messages
    offset: int | None = None  # where in its file the record starts (bytes), for progress


class Suggestion(NamedTuple):  # a tuple: a suggester makes one per name it finds
    start: int
    end: int
    label: str
    normal: str | None = None
    # What the analyst is told about it, in plain words: why it was suggested («learned from
    # 3 decisions …») or why to look twice (the same name has another label earlier in the
    # article); None for an ordinary suggestion.
    note: str | None = None
    # The suggester that made it, when a suggester combines several ("learned@1"); None
    # leaves it to the run's origin.
    origin: str | None = None


DEFAULT_LABELS = (
    Label("PER", "#e4572e", "1", "Person"),
    Label("LOC", "#29a35a", "2", "Location: country, city, region, geographic feature"),
    Label("ORG", "#3778c2", "3", "Organisation: company, agency, party, institution, media"),
)
