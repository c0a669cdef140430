"""Who is deciding: the analyst's name, from ``--annotator NAME``, else ``RAZMETKA_ANNOTATOR``,
else the saved setting (``analyst.txt`` in the user's config folder, ``$XDG_CONFIG_HOME`` on
Linux), else nobody yet (the window asks once and saves the answer)."""

from __future__ import annotations

import os
from pathlib import Path

ENVIRONMENT = "RAZMETKA_ANNOTATOR"
MAX_LENGTH = 64


class BadName(ValueError):
    pass


def settings_path() -> Path:
    import appdirs

    return Path(appdirs.user_config_dir("razmetka", False)) / "analyst.txt"


def checked(name: str) -> str:
    """The name as it is kept: trimmed, one line, no comma (``--analysts`` lists are split at
    commas), at most 64 characters."""
    name = name.strip()
    if not name:
        raise BadName("an analyst's name cannot be empty")
    if "," in name or "\n" in name or "\r" in name:
        raise BadName(f"an analyst's name is one line without commas, not {name!r}")
    if len(name) > MAX_LENGTH:
        raise BadName(f"an analyst's name is at most {MAX_LENGTH} characters")
    return name


def saved() -> str | None:
    """The name saved in the settings, or None."""
    try:
        text = settings_path().read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    try:
        return checked(text)
    except BadName:
        return None


def save(name: str) -> Path:
    """Keep ``name`` as this user's analyst name (written beside and renamed into place)."""
    name = checked(name)
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".new")
    partial.write_text(name + "\n", encoding="utf-8")
    os.replace(partial, path)
    return path


def resolve(given: str | None = None) -> str | None:
    """The analyst's name: ``given`` (the command line's ``--annotator``), else the
    environment, else the saved setting; None when none of them names one."""
    if given is not None:
        return checked(given)
    env = os.environ.get(ENVIRONMENT)
    if env and env.strip():
        return checked(env)
    return saved()
