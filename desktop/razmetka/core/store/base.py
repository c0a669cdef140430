"""What every part of the store shares: the store it belongs to and its connection."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from razmetka.core.store import Store


class Part:
    """One part of the store (articles, spans, labels...), composed in ``Store``."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @property
    def conn(self) -> sqlite3.Connection:
        return self.store.conn
