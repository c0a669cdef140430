"""Exports over existing files, run as the user runs them: the mode of a replaced file is kept,
re-exporting into an earlier export's folder touches only the files of the export, and the
leftovers of a killed export are removed by the next run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from razmetka.core import staging
from tests.hostile.cli import ROOT, razmetka


def _corpus(tmp_path: Path, articles: int = 3, repeat: int = 1) -> Path:
    path = tmp_path / "in.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(articles):
            text = f"Статья {n}: Иван Петров прибыл в Москву. " * repeat
            spans = [{"start": 11 + len(str(n)), "end": 22 + len(str(n)), "label": "PER"}]
            out.write(json.dumps({"id": f"a{n}", "text": text, "spans": spans}) + "\n")
    db = tmp_path / "corpus.db"
    proc = razmetka(db, "import", path)
    assert proc.returncode == 0, proc.stderr
    return db


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".partial-" in p.name)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_a_replaced_file_keeps_its_mode(tmp_path):
    db = _corpus(tmp_path)
    out = tmp_path / "private.jsonl"
    out.write_text("old\n", encoding="utf-8")
    out.chmod(0o600)
    proc = razmetka(db, "export", "--all", "--format", "jsonl", "--out", out)
    assert proc.returncode == 0, proc.stderr
    assert out.read_text(encoding="utf-8").count("\n") == 3
    assert oct(out.stat().st_mode & 0o777) == oct(0o600)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_a_re_export_into_its_folder_leaves_the_users_files_alone(tmp_path):
    db = _corpus(tmp_path)
    out = tmp_path / "brat"
    assert razmetka(db, "export", "--all", "--format", "brat", "--out", out).returncode == 0
    (out / "README.txt").write_text("my notes", encoding="utf-8")
    (out / "mine").mkdir()
    (out / "mine" / "extra.ann").write_text("T1\tPER 0 1\tx\n", encoding="utf-8")
    (out / "a1.ann").chmod(0o600)
    # a2 is no longer exported: only a0 and a1 are marked done
    with_done = _done_export(db, out, done_ids=[1, 2])
    assert with_done.returncode == 0, with_done.stderr
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert "README.txt" in names and "mine/extra.ann" in names  # the user's files stay
    assert (out / "README.txt").read_text(encoding="utf-8") == "my notes"
    assert "a2.txt" not in names and "a2.ann" not in names  # stale files of the earlier export
    assert {"a0.txt", "a0.ann", "a1.txt", "a1.ann", "annotation.conf"} <= set(names)
    assert oct((out / "a1.ann").stat().st_mode & 0o777) == oct(0o600)
    manifest = json.loads((out / staging.MANIFEST).read_text(encoding="utf-8"))
    assert "README.txt" not in manifest["files"] and "a0.ann" in manifest["files"]
    assert _hidden(tmp_path) == [] and _hidden(out) == []


def _done_export(db: Path, out: Path, done_ids: list[int]) -> subprocess.CompletedProcess[str]:
    """Export only the articles ``done_ids`` (marked done through the store, as the window
    would), to the same folder."""
    from razmetka.core import actions
    from razmetka.core.model import ArticleStatus
    from razmetka.core.store import Store

    with Store(db) as store:
        for article_id in done_ids:
            store.apply(actions.set_status(store, article_id, ArticleStatus.DONE))
    return razmetka(db, "export", "--format", "brat", "--out", out)


def test_a_killed_export_leaves_staging_that_the_next_run_removes(tmp_path):
    db = _corpus(tmp_path, articles=4000, repeat=30)
    out = tmp_path / "out.jsonl"
    out.write_text("the earlier export\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), QT_QPA_PLATFORM="offscreen")
    args = [sys.executable, "-m", "razmetka", "--db", str(db), "export", "--all"]
    process = subprocess.Popen(
        [*args, "--format", "jsonl", "--out", str(out)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while not any(p.stat().st_size > 0 for p in tmp_path.glob(".out.jsonl.partial-*")):
            assert process.poll() is None, "the export finished before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()
    assert len(_hidden(tmp_path)) == 1  # the killed export's staging...
    assert out.read_text(encoding="utf-8") == "the earlier export\n"  # ...and the old file whole
    proc = razmetka(db, "export", "--all", "--format", "jsonl", "--out", out)
    assert proc.returncode == 0, proc.stderr
    assert _hidden(tmp_path) == []
    assert out.read_text(encoding="utf-8").count("\n") == 4000


def test_a_running_exports_staging_is_left_alone(tmp_path):
    out = tmp_path / "out.jsonl"
    alive = tmp_path / f".out.jsonl.partial-{os.getppid()}-0123abcd"
    gone = tmp_path / ".out.jsonl.partial-999999999-0123abcd"
    other = tmp_path / ".other.jsonl.partial-999999999-0123abcd"
    for path in (alive, gone, other):
        path.write_text("x", encoding="utf-8")
    folder = tmp_path / ".brat.partial-999999999-89abcdef"  # a folder export's staging
    (folder / "train").mkdir(parents=True)
    (folder / "train" / "a.ann").write_text("T1\tPER 0 4\tИван\n", encoding="utf-8")
    assert staging.remove_leftovers(out) == [gone]
    assert alive.exists() and other.exists() and not gone.exists()
    assert staging.remove_leftovers(tmp_path / "brat") == [folder]
    assert not folder.exists()


def test_each_file_is_on_disk_before_its_rename_and_the_folder_after(tmp_path, monkeypatch):
    out = tmp_path / "folder"
    out.mkdir()
    (out / staging.MANIFEST).write_text('{"files": ["old.txt"]}', encoding="utf-8")
    (out / "old.txt").write_text("stale", encoding="utf-8")
    events: list[tuple[str, str]] = []
    real_fsync, real_replace, real_sync = os.fsync, os.replace, getattr(os, "sync", None)

    def fsync(descriptor: int) -> None:
        events.append(("fsync", os.readlink(f"/proc/self/fd/{descriptor}")))
        real_fsync(descriptor)

    def replace(source: str | Path, target: str | Path) -> None:
        events.append(("rename", str(target)))
        real_replace(source, target)

    def sync() -> None:  # every file of the system on disk: the staged ones among them
        events.append(("sync", "every file"))
        real_sync()

    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to name the synced files")
    monkeypatch.setattr(staging.os, "fsync", fsync)
    monkeypatch.setattr(staging.os, "replace", replace)
    if real_sync is not None:
        monkeypatch.setattr(staging.os, "sync", sync)
    with staging.staged(out, is_folder=True) as folder:
        (folder / "part").mkdir(parents=True)
        (folder / "part" / "new.txt").write_text("new", encoding="utf-8")
    renamed = events.index(("rename", str(out / "part" / "new.txt")))
    on_disk = ("sync", "every file") if real_sync else ("fsync", str(folder / "part/new.txt"))
    assert on_disk in events[:renamed]
    assert ("fsync", str(out / "part")) in events[renamed:]
    assert ("fsync", str(out)) in events[renamed:]
    assert not (out / "old.txt").exists()
    assert (out / "part" / "new.txt").read_text(encoding="utf-8") == "new"
