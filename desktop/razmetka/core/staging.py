"""Writing an export into place: the destination is checked first, everything is written to a
hidden file or folder beside it (``.NAME.partial-PID-XXXXXXXX``), and moved onto the
destination only when the export succeeds.

- A file export replaces its file in one rename: the new file keeps the old one's mode (a 0600
  file stays 0600), and it is fsynced before the rename and its folder after, so a crash leaves
  the old file or the new one, never a torn one.
- A folder export into a new folder renames the whole staged folder into place. Into the folder
  of an earlier export (it holds ``.razmetka-export.json``), it moves in each file it wrote, one
  rename each with the same mode and fsync rules, removes the files the earlier export wrote and
  this one did not (stale training data, such as an article no longer marked done), and leaves
  every other file alone: the manifest lists the files an export wrote, so files the user put
  in the folder are never touched.
- A killed export leaves its hidden staging file or folder behind; the next export to the same
  destination removes those whose process is gone.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

MANIFEST = ".razmetka-export.json"


class ExportError(Exception):
    """The export cannot start or finish; nothing was written.

    ``kind`` says why in a word the window words in its own language, ``path`` is the file or
    folder concerned; ``str()`` is the English message of the command line."""

    def __init__(self, message: str, kind: str = "", path: str = "") -> None:
        super().__init__(message)
        self.kind = kind
        self.path = path


class ExportCancelled(Exception):
    """The user stopped the export; nothing was left behind."""


def check_destination(out: Path, is_folder: bool) -> None:
    if is_folder:
        if out.is_file():
            raise ExportError(
                f"{out} is a file; this export writes a folder", "needs-folder", str(out)
            )
        if out.is_dir() and any(out.iterdir()) and not (out / MANIFEST).is_file():
            raise ExportError(
                f"{out} is a folder with other files in it; choose a new or "
                "empty folder (a folder of an earlier export is updated)",
                "folder-not-empty",
                str(out),
            )
    elif out.is_dir():
        raise ExportError(f"{out} is a folder; this export writes a file", "needs-file", str(out))


@contextmanager
def staged(out: Path, is_folder: bool) -> Iterator[Path]:
    """A temporary file or folder beside ``out``, moved onto it when the block succeeds and
    removed when it fails."""
    out.parent.mkdir(parents=True, exist_ok=True)
    remove_leftovers(out)
    staging = out.parent / f".{out.name}.partial-{os.getpid()}-{os.urandom(4).hex()}"
    try:
        yield staging
        if is_folder:
            _place_folder(staging, out)
        else:
            _place_file(staging, out)
    finally:
        _remove(staging)


# --- leftovers of a killed export --------------------------------------------------------------

_PARTIAL = re.compile(r"(\d+)-[0-9a-f]{8}")


def remove_leftovers(out: Path) -> list[Path]:
    """Remove the staging files and folders beside ``out`` that an export killed before it
    finished left behind: those whose process is gone (a running export keeps its own)."""
    removed: list[Path] = []
    prefix = f".{out.name}.partial-"
    try:
        names = [p for p in out.parent.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return removed
    for path in names:
        found = _PARTIAL.fullmatch(path.name[len(prefix) :])
        if found is None:
            continue
        pid = int(found.group(1))
        if pid != os.getpid() and process_gone(pid):
            _remove(path)
            removed.append(path)
    return removed


def process_gone(pid: int) -> bool:
    if sys.platform == "win32":  # os.kill would end the process there
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # type: ignore[attr-defined]
        if not handle:
            return True
        ctypes.windll.kernel32.CloseHandle(handle)  # type: ignore[attr-defined]
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:  # alive, another user's
        return False
    return False


# --- moving into place -------------------------------------------------------------------------


def _place_file(staging: Path, out: Path) -> None:
    if not staging.exists():
        staging.write_text("", encoding="utf-8")  # nothing to export is an empty file
    _replace(staging, out)
    fsync_folder(out.parent)


def _replace(new: Path, old: Path, on_disk: bool = False) -> None:
    """``new`` renamed onto ``old``, with ``old``'s mode, and on disk before the rename
    (``on_disk``: it already is)."""
    with suppress(FileNotFoundError):  # a new file has the mode the user's umask gives
        os.chmod(new, stat.S_IMODE(old.stat().st_mode))
    if not on_disk:
        fsync_file(new)
    os.replace(new, old)


def _place_folder(staging: Path, out: Path) -> None:
    staging.mkdir(exist_ok=True)
    written = files_under(staging)
    record = _read_manifest(staging)
    if not out.exists():
        _write_manifest_file(staging, {**record, "files": written})
        sync_files(staging / name for name in written)
        os.rename(staging, out)
        fsync_folder(out.parent)
        return
    earlier = set(_read_manifest(out).get("files") or [])
    # Listed before anything moves: a kill midway leaves a manifest that names every file of
    # ours in the folder, so the next export still knows which are its own.
    _write_manifest_file(out, {**record, "files": sorted(earlier | set(written))})
    sync_files(staging / name for name in written)
    for name in written:
        target = out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        _replace(staging / name, target, on_disk=True)
    for name in sorted(earlier - set(written)):
        _remove_stale(out, name)
    _write_manifest_file(out, {**record, "files": written})
    for folder in {(out / name).parent for name in written} | {out}:
        fsync_folder(folder)


def files_under(folder: Path) -> list[str]:
    """The files under ``folder`` but manifests, as sorted relative POSIX paths. A brat export
    holds 10,000 files for 5,000 articles: listed with ``os.walk`` (no stat a file) and joined
    as strings, not through pathlib, which cost a quarter of the export."""
    found: list[str] = []
    for root, _folders, names in os.walk(folder):
        inside = os.path.relpath(root, folder)
        prefix = "" if inside == "." else inside.replace(os.sep, "/") + "/"
        found.extend(prefix + name for name in names if name != MANIFEST)
    return sorted(found)


def _remove_stale(out: Path, name: str) -> None:
    """A file an earlier export wrote and this one did not, and its folders once empty."""
    target = out / name
    if ".." in Path(name).parts or Path(name).is_absolute():
        return  # a manifest edited by hand names only files inside the folder
    if target.is_file() or target.is_symlink():
        target.unlink()
    folder = target.parent
    while folder != out and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def _read_manifest(folder: Path) -> dict[str, Any]:
    try:
        record = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def _write_manifest_file(folder: Path, record: Mapping[str, Any]) -> None:
    remove_leftovers(folder / MANIFEST)
    text = json.dumps(dict(record), ensure_ascii=False, indent=1) + "\n"
    temporary = folder / f"{MANIFEST}.partial-{os.getpid()}-{os.urandom(4).hex()}"
    temporary.write_text(text, encoding="utf-8")
    _replace(temporary, folder / MANIFEST)


def write_manifest(folder: Path, record: Mapping[str, Any]) -> None:
    """A note of what the folder holds (the options, counts, and the files written); it also
    marks the folder as one a later export may update."""
    folder.mkdir(parents=True, exist_ok=True)
    text = json.dumps(dict(record), ensure_ascii=False, indent=1)
    (folder / MANIFEST).write_text(text + "\n", encoding="utf-8")


def sync_files(paths: Iterable[Path]) -> None:
    """Every one of ``paths`` on disk. A folder export writes thousands of files (brat: two an
    article), and an fsync each took most of its time (5,000 articles: 10,000 waits for the
    disk); where the system has one, a single sync() puts them all on disk at once."""
    if hasattr(os, "sync"):
        os.sync()
        return
    for path in paths:
        fsync_file(path)


def fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def fsync_folder(path: Path) -> None:
    """The folder's entries on disk (a rename is durable only then); not possible on Windows."""
    if sys.platform == "win32":
        return
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    elif path.exists() or path.is_symlink():
        path.unlink()
