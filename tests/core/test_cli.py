import signal
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from razmetka.cli import COMMANDS, command_parser, top_parser
from razmetka.core.store import Store
from tests.conftest import add_article

ROOT = Path(__file__).resolve().parent.parent.parent
README = ROOT / "README.md"


def test_every_command_has_help_and_is_in_the_readme():
    readme = README.read_text(encoding="utf-8")
    listed = top_parser().format_help()
    for name, function in COMMANDS.items():
        assert function.__doc__, name
        assert f"razmetka {name}" in readme or name == "gui", name
        assert f"\n  {name} " in listed, name
        assert "usage: razmetka " + name in command_parser(name).format_help()


def test_a_decision_survives_a_killed_process(tmp_path):
    db = tmp_path / "kill.db"
    with Store(db) as store:
        add_article(store, "Токаев прибыл.")
    script = (
        "import os, signal, sys\n"
        "from razmetka.core import actions\n"
        "from razmetka.core.store import Store\n"
        f"store = Store({str(db)!r})\n"
        "store.apply(actions.create(store, 1, 0, 6, 'PER'))\n"
        "print('applied', flush=True)\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert proc.returncode == -signal.SIGKILL and "applied" in proc.stdout
    with Store(db) as store:
        assert [(s.start, s.end, s.label) for s in store.spans.of(1)] == [(0, 6, "PER")]


@pytest.mark.slow
def test_the_wheel_carries_the_seeds_and_resources(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("razmetka-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    seeds = [n for n in names if n.startswith("razmetka/seeds/") and n.endswith(".txt")]
    assert len(seeds) == 5
    assert any(n.startswith("razmetka/resources/") for n in names)
    assert "razmetka/core/store/__init__.py" in names and "razmetka/ui/__init__.py" in names


def test_a_database_named_alone_opens_the_window_on_it(tmp_path, monkeypatch):
    """``razmetka FILE``: what a double-click on a database runs."""
    from razmetka import cli
    from razmetka.core.store import Store

    path = tmp_path / "work.db"
    Store(path).close()
    opened = []
    monkeypatch.setitem(cli.COMMANDS, "gui", lambda args: opened.append(args.db) or 0)
    assert cli.main([str(path)]) == 0
    assert opened == [str(path)]
    assert cli.main(["stats", "--db", str(path)]) == 0  # a command is still a command


def test_every_database_is_marked_as_ours(tmp_path):
    import sqlite3

    from razmetka.core.store import Store
    from razmetka.core.store.schema import APPLICATION_ID

    Store(tmp_path / "new.db").close()
    conn = sqlite3.connect(tmp_path / "new.db")
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID == 0x525A4D4B
    conn.close()


HEAVY = {"spacy", "numpy", "srsly", "datasets", "natasha", "PySide6", "matplotlib"}


def test_version_and_the_parser_import_no_heavy_library():
    version = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "razmetka", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert version.stdout.startswith("razmetka ")
    imported = {line.split("|")[-1].strip() for line in version.stderr.splitlines()}
    assert "razmetka.cli" in imported
    assert {name for name in imported if name.split(".")[0] in HEAVY} == set()
    script = (
        "import sys\n"
        "from razmetka.cli import COMMANDS, command_parser, top_parser\n"
        "top_parser().format_help()\n"
        "for name in COMMANDS: command_parser(name).format_help()\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}))\n"
    )
    parser = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert parser.stdout.strip() == "[]"


def test_every_format_is_a_choice_of_the_command_line():
    from razmetka.core import formats

    help_text = subprocess.run(
        [sys.executable, "-m", "razmetka", "export", "--help"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for name in formats.writable():
        assert name in help_text
    assert "spacy" in help_text


def test_a_file_name_that_looks_like_an_option_is_imported_after_a_double_dash(tmp_path):
    from razmetka.cli import parse_arguments

    args = parse_arguments(["--db", str(tmp_path / "a.db"), "import", "--", "-weird.txt"])
    assert [str(p) for p in args.paths] == ["-weird.txt"]
    args = parse_arguments(["import", "a.txt", "--", "-b.txt"])
    assert [str(p) for p in args.paths] == ["a.txt", "-b.txt"]
