"""Where databases live and who is working: the user data folder, ``RAZMETKA_DB``, the analyst."""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

APP_NAME = "razmetka"


def default_path() -> Path:
    import appdirs

    return Path(appdirs.user_data_dir(APP_NAME, False)) / "razmetka.db"


def demo_path() -> Path:
    """The demo database, kept apart so the sample articles never mix with real work."""
    return default_path().with_name("demo.db")


def resolve_path(path: str | os.PathLike[str] | None) -> Path:
    """The database file: the argument, else ``RAZMETKA_DB``, else the user data folder."""
    if path:
        return Path(path)
    env = os.environ.get("RAZMETKA_DB")
    return Path(env) if env else default_path()


def default_annotator() -> str:
    """The analyst's name (``core.analyst``), else the login name for a user who gave none."""
    from razmetka.core import analyst

    try:
        name = analyst.resolve()
    except analyst.BadName:
        name = None
    return name or os.environ.get("RAZMETKA_USER") or os.environ.get("USER") or "analyst"


def now() -> str:
    """A timestamp as the store writes it: UTC, ISO 8601, milliseconds."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")
