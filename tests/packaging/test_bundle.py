"""The frozen program: built by packaging/bundle.sh, then every command and the window run from
dist/razmetka/razmetka alone. RAZMETKA_BUNDLE=path/to/razmetka tests an existing build instead."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.packaging.programs import ROOT, exercise_commands, exercise_window

pytestmark = pytest.mark.bundle

# X11 and Wayland client libraries every desktop has; the build takes them from the build
# machine when it has them, and the platform plugins find the system's otherwise.
SYSTEM = re.compile(r"lib(xcb|xkbcommon|X11|GL|EGL|OpenGL|wayland)\b")


@pytest.fixture(scope="module")
def program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("RAZMETKA_BUNDLE")
    if given:
        return Path(given).resolve()
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        ["sh", str(ROOT / "packaging/bundle.sh")],
        check=True,
        cwd=ROOT,
        env={**os.environ, "DIST": str(dist)},
    )
    return dist / "razmetka/razmetka"


def test_every_command(program, tmp_path):
    exercise_commands([str(program)], tmp_path)


def test_window_on_demo_corpus(program, tmp_path):
    exercise_window([str(program)], tmp_path)


def test_no_library_missing(program):
    """Every shared object in the build finds what it links to (trim dropped no needed one)."""
    internal = program.parent / "_internal"
    missing = {}
    for lib in internal.rglob("*.so*"):
        if not lib.is_file():
            continue
        out = subprocess.run(
            ["ldd", str(lib)],
            capture_output=True,
            text=True,
            env={"LD_LIBRARY_PATH": f"{internal}:{internal}/PySide6/Qt/lib"},
        )
        for line in out.stdout.splitlines():
            if "not found" in line:
                name = line.split()[0]
                if not SYSTEM.match(name):
                    missing.setdefault(str(lib.relative_to(internal)), []).append(name)
    assert not missing, missing


def test_only_the_needed_qt(program):
    internal = program.parent / "_internal"
    plugins = {p.parent.name for p in (internal / "PySide6/Qt/plugins").rglob("*.so")}
    assert {"platforms", "imageformats", "iconengines"} <= plugins
    assert not plugins & {"sqldrivers", "tls", "qmltooling", "egldeviceintegrations", "designer"}
    libraries = {p.name for p in (internal / "PySide6/Qt/lib").glob("libQt6*")}
    assert not [n for n in libraries if re.match(r"libQt6(Quick|Qml|WebEngine|Network|Pdf)", n)]
    for heavy in ("spacy", "datasets", "pandas", "torch", "pyarrow"):
        assert not (internal / heavy).exists()
    assert (internal / "natasha/data/emb/navec_news_v1_1B_250K_300d_100q.tar").is_file()
    assert (internal / "pymorphy2_dicts_ru/data/words.dawg").is_file()
