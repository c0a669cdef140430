"""Writing an export into place: the destination is checked first, everything is written to a
hidden file or folder beside it, and that is renamed onto the destination only when the export
succeeds, so the output appears whole or not at all."""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

MANIFEST = ".razmetka-export.json"


class ExportError(Exception):
    """The export cannot start or finish; the message is for the user. Nothing was written."""


def check_destination(out: Path, is_folder: bool) -> None:
    if is_folder:
        if out.is_file():
            raise ExportError(f"{out} is a file; this export writes a folder")
        if out.is_dir() and any(out.iterdir()) and not (out / MANIFEST).is_file():
            raise ExportError(
                f"{out} is a folder with other files in it; choose a new or "
                "empty folder (a folder of an earlier export is replaced)"
            )
    elif out.is_dir():
        raise ExportError(f"{out} is a folder; this export writes a file")


@contextmanager
def staged(out: Path, is_folder: bool) -> Iterator[Path]:
    """A temporary file or folder beside ``out``, renamed onto it when the block succeeds and
    removed when it fails."""
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = out.parent / f".{out.name}.partial-{uuid.uuid4().hex[:8]}"
    try:
        yield staging
        _move_into_place(staging, out, is_folder)
    finally:
        _remove(staging)


def _move_into_place(staging: Path, out: Path, is_folder: bool) -> None:
    if not is_folder:
        if not staging.exists():
            staging.write_text("", encoding="utf-8")  # nothing to export is an empty file
        os.replace(staging, out)
        return
    staging.mkdir(exist_ok=True)
    if not out.exists():
        os.rename(staging, out)
        return
    old = out.parent / f".{out.name}.old-{uuid.uuid4().hex[:8]}"
    os.rename(out, old)
    try:
        os.rename(staging, out)
    except OSError:
        os.rename(old, out)
        raise
    _remove(old)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists():
        path.unlink()


def write_manifest(folder: Path, record: Mapping[str, Any]) -> None:
    """A note of what the folder holds (the options and counts); it also marks the folder as
    one a later export may replace."""
    folder.mkdir(parents=True, exist_ok=True)
    text = json.dumps(dict(record), ensure_ascii=False, indent=1)
    (folder / MANIFEST).write_text(text + "\n", encoding="utf-8")
