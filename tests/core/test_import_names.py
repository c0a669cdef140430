"""Folders that cannot be listed, file names that are not UTF-8, and a CoNLL tag's own line."""

import os

from razmetka.core import importing
from razmetka.core.importing import import_paths
from tests.hostile.cli import razmetka


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path, fresh_store, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text("Иван Петров прибыл в Москву.", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(importing.os, "scandir", scandir)
    report = import_paths(fresh_store, [tmp_path])
    assert report.imported == 1
    [problem] = report.problems
    assert problem.source == str(tmp_path / "locked")
    assert "cannot list the folder" in problem.reason and "Permission denied" in problem.reason


def test_a_file_name_that_is_not_utf8_is_named_by_its_bytes(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = b"\xcd\xee\xe2\xee\xf1\xf2\xe8.txt"  # "Новости" in cp1251
    with open(os.path.join(os.fsencode(folder), name), "wb") as out:
        out.write("Иван Петров прибыл в Москву.".encode())
    proc = razmetka(tmp_path / "db", "import", folder)
    assert proc.returncode == 3, proc.stderr
    assert "surrogate" not in proc.stderr and "Traceback" not in proc.stderr
    assert "the file name is not UTF-8" in proc.stderr
    assert repr(name)[2:-1] in proc.stderr or "\\xcd\\xee" in proc.stderr


def test_a_conll_bad_tag_is_reported_at_its_own_line(tmp_path):
    path = tmp_path / "a.conll"
    path.write_text("-DOCSTART- -X- O O\n\nИван B-PER\nПетров I-PER\nв O\nМоскве X-LOC\n")
    proc = razmetka(tmp_path / "db", "import", path)
    assert proc.returncode == 3
    assert f"{path}:line 6:" in proc.stderr and "X-LOC" in proc.stderr, proc.stderr
