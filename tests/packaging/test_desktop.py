"""Desktop integration: the entry, AppStream data and MIME type pass their validators, install
into a prefix, and the entry calls the command line in a way it accepts."""

from __future__ import annotations

import shlex
import shutil
import sqlite3
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

from razmetka.cli import parse_arguments
from tests.packaging.programs import ROOT

LINUX = ROOT / "packaging/linux"
DESKTOP = LINUX / "razmetka.desktop"
METAINFO = LINUX / "org.example.Razmetka.metainfo.xml"
MIME = LINUX / "razmetka-mime.xml"
ICONS = ROOT / "resources/icons/hicolor"
APPLICATION_ID = 0x525A4D4B  # "RZMK", the magic razmetka-mime.xml matches at offset 68


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian: desktop-file-utils, appstream)")
    return found


def entry(path: Path = DESKTOP) -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_desktop_entry_is_valid():
    done = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout.lower(), done.stdout


def test_metainfo_is_valid():
    done = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_metainfo_screenshots_are_the_committed_ones():
    root = ET.parse(METAINFO).getroot()
    images = root.findall("./screenshots/screenshot/image")
    assert len(images) >= 1
    for image in images:
        name = (image.text or "").rsplit("/", 1)[-1]
        png = ROOT / "docs/screenshots" / name
        assert png.is_file(), name
        width, height = struct.unpack(">II", png.read_bytes()[16:24])
        assert (str(width), str(height)) == (image.get("width"), image.get("height")), name
    assert root.findtext("project_license")
    assert root.find("./releases/release").get("version") == _version()
    assert root.find("./launchable").text == DESKTOP.name


def test_icons_in_every_size():
    for folder in ICONS.iterdir():
        png = folder / "apps/razmetka.png"
        width, height = struct.unpack(">II", png.read_bytes()[16:24])
        assert f"{width}x{height}" == folder.name
    assert {f.name for f in ICONS.iterdir()} >= {"16x16", "32x32", "48x48", "128x128", "256x256"}


@pytest.mark.parametrize("file", [None, "/home/a/корпус с пробелом.db"])
def test_exec_line_is_what_the_command_line_accepts(file):
    """The launcher expands %f to the file, or to nothing when started from the menu."""
    words = shlex.split(entry()["Exec"])
    assert words[0] == "razmetka"
    argv = [w.replace("%f", file or "") for w in words[1:]]
    args = parse_arguments(argv)
    assert args.command is None  # the window
    assert (getattr(args, "db", None) or None) == file


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """packaging/linux/install.sh run into a prefix of its own; returns its share folder."""
    tool("update-mime-database")
    prefix = tmp_path_factory.mktemp("prefix")
    subprocess.run(
        [
            "sh",
            str(LINUX / "install.sh"),
            "--prefix",
            str(prefix),
            "--exec",
            "/opt/razmetka tool/razmetka",
        ],
        check=True,
        capture_output=True,
    )
    return prefix / "share"


def test_installed_tree_is_valid(installed):
    desktop = installed / "applications/razmetka.desktop"
    done = subprocess.run(
        [tool("desktop-file-validate"), str(desktop)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout
    assert shlex.split(entry(desktop)["Exec"]) == ["/opt/razmetka tool/razmetka", "--db=%f"]
    done = subprocess.run(
        [tool("appstreamcli"), "validate-tree", "--no-net", str(installed.parent)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert (installed / "icons/hicolor/scalable/apps/razmetka.svg").is_file()
    assert (installed / "icons/hicolor/256x256/apps/razmetka.png").is_file()


def _sqlite(path: Path, application_id: int = 0) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA application_id = {application_id}")
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    return path


def test_mime_type_recognises_razmetka_files(installed, tmp_path):
    files = {
        "named.razmetka": _sqlite(tmp_path / "named.razmetka"),
        "marked.db": _sqlite(tmp_path / "marked.db", APPLICATION_ID),
        "other.db": _sqlite(tmp_path / "other.db"),
    }
    # Qt reads the shared-mime-info database of XDG_DATA_HOME the way file managers do.
    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication, QMimeDatabase\n"
        "app = QCoreApplication([])\n"
        "for f in sys.argv[1:]: print(QMimeDatabase().mimeTypeForFile(f).name())\n"
    )
    env = {"XDG_DATA_HOME": str(installed), "XDG_DATA_DIRS": "/usr/share", "PATH": "/usr/bin"}
    done = subprocess.run(
        [sys.executable, "-c", script, *map(str, files.values())],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    found = dict(zip(files, done.stdout.split(), strict=True))
    assert found == {
        "named.razmetka": "application/x-razmetka",
        "marked.db": "application/x-razmetka",
        "other.db": "application/vnd.sqlite3",
    }
    assert "application/x-razmetka" in entry()["MimeType"].split(";")


def _version() -> str:
    import razmetka

    return razmetka.__version__
