"""The wheel alone is the program: built, installed with its runtime dependencies only into a
fresh environment, and run from outside the source tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.packaging.programs import ROOT, exercise_commands, exercise_window

pytestmark = pytest.mark.wheel

IGNORE = shutil.ignore_patterns("__pycache__", "*.egg-info")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the wheel, the razmetka script of a fresh environment it was installed into)."""
    where = tmp_path_factory.mktemp("wheel")
    # Without PYTHONPATH: a checkout on it (as the suite runs) holds razmetka.egg-info after a
    # build, and pip would take that for razmetka already installed.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    # Built from a copy: setuptools writes its egg-info next to the sources, and the checkout
    # stays as it was.
    source = where / "source"
    source.mkdir()
    for name in ("desktop", "resources", "seeds"):
        shutil.copytree(ROOT / name, source / name, ignore=IGNORE)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    pip = [sys.executable, "-m", "pip"]
    subprocess.run(
        [*pip, "wheel", "--quiet", "--no-deps", "-w", str(where), str(source)], check=True, env=env
    )
    (wheel,) = where.glob("razmetka-*.whl")
    venv = where / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, env=env)
    subprocess.run(
        [str(venv / "bin/python"), "-m", "pip", "install", "--quiet", str(wheel)],
        check=True,
        cwd=where,
        env=env,
    )
    return wheel, venv / "bin/razmetka"


def test_wheel_ships_resources_seeds_and_translations(installed):
    wheel, _script = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "razmetka/resources/style.qss",
        "razmetka/resources/icons/razmetka.svg",
        "razmetka/resources/icons/hicolor/256x256/apps/razmetka.png",
        "razmetka/resources/translations/razmetka_ru.qm",
        "razmetka/seeds/000_9d8a385fda40a7a7.txt",
    ):
        assert needed in names


def test_runtime_dependencies_only(installed):
    _wheel, script = installed
    listed = subprocess.run(
        [str(script.parent / "python"), "-m", "pip", "list"],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin"},
    ).stdout.lower()
    for extra in ("spacy", "datasets", "pytest", "ruff", "pyinstaller"):
        assert f"\n{extra} " not in listed


def test_every_command(installed, tmp_path):
    exercise_commands([str(installed[1])], tmp_path)


def test_window_on_demo_corpus(installed, tmp_path):
    exercise_window([str(installed[1])], tmp_path)
