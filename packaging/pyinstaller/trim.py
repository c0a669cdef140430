"""Which of the Qt files PyInstaller's PySide6 hooks collect the frozen build keeps.

The hooks take every plugin QtGui can load (EGLFS, VNC, TLS, SQL drivers, the virtual keyboard
that pulls in Qt Quick, ...) and every Qt translation. The window needs far fewer: what is kept
is listed here, everything else under PySide6/Qt is left out. Libraries are a list too because a
dropped plugin's libraries were collected before the plugin was dropped; tests/packaging checks
that nothing left in the build misses a library.
"""

from __future__ import annotations

from pathlib import PurePosixPath

# plugin folder -> file stems kept; None keeps the whole folder.
PLUGINS: dict[str, set[str] | None] = {
    # X11 and Wayland desktops, and offscreen for tests and headless commands.
    "platforms": {"libqxcb", "libqwayland", "libqoffscreen", "qwindows", "libqcocoa"},
    # GLX/EGL glue the xcb plugin loads at start (it warns when missing); no other Qt library.
    "xcbglintegrations": None,
    "wayland-shell-integration": {"libxdg-shell"},
    # Client-side title bars on GNOME's Wayland session.
    "wayland-decoration-client": None,
    # The application icon is SVG; PNG, JPEG and the rest need no plugin or are unused.
    "imageformats": {"libqsvg", "qsvg"},
    "iconengines": {"libqsvgicon", "qsvgicon"},
    # Typing Cyrillic with IBus or compose keys in the label and normal-form editors.
    "platforminputcontexts": {
        "libcomposeplatforminputcontextplugin",
        "libibusplatforminputcontextplugin",
    },
    # Native file dialogs through the desktop portal (GNOME, KDE, sandboxes). GTK's theme plugin
    # is left out: it needs GTK on the build machine and adds nothing the portal lacks.
    "platformthemes": {"libqxdgdesktopportal"},
    # Windows and macOS styles ship as plugins there.
    "styles": None,
}

# Qt libraries the kept plugins and PySide6's QtCore, QtGui and QtWidgets link to.
LIBRARIES = {"Core", "Gui", "Widgets", "DBus", "XcbQpa", "WaylandClient", "Svg"}


def keep(dest: str, languages: list[str]) -> bool:
    """Whether the file collected to ``dest`` (a path inside the build) stays.

    Plugins and translations are found by folder name, which covers the Linux and macOS layout
    (PySide6/Qt/plugins) and the Windows one (PySide6/plugins). Libraries are trimmed only where
    they are libQt6*.so (Linux), the one layout this was checked on.
    """
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if not parts or parts[0] != "PySide6":
        return True
    name = parts[-1]
    if "plugins" in parts[:-2]:
        folder = parts[parts.index("plugins") + 1]
        wanted = PLUGINS.get(folder, set())
        return wanted is None or name.split(".")[0] in wanted
    if "translations" in parts[:-1]:
        return any(name == f"qtbase_{language}.qm" for language in languages)
    if name.startswith("libQt6") and ".so" in name:
        return _qt_library(name) in LIBRARIES
    return True


def _qt_library(name: str) -> str:
    # libQt6Widgets.so.6 -> Widgets
    stem = name.split(".")[0]
    return stem.removeprefix("lib").removeprefix("Qt6")


def referenced(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The binaries something still in the build links to (Linux).

    PyInstaller collected the system libraries of every plugin before trim dropped most plugins,
    so GTK's, cairo's and the TLS backend's libraries would stay without a referrer. Roots are
    what gets loaded by name at run time: Python extensions, Qt plugins and libpython; a shared
    library stays when a root needs it (ldd's answer, so transitively).
    """
    from PyInstaller.depend.bindepend import get_imports

    def is_root(entry: tuple[str, str, str]) -> bool:
        dest, _src, kind = entry
        name = PurePosixPath(dest).name
        return kind == "EXTENSION" or "plugins" in PurePosixPath(dest).parts or (
            name.startswith("libpython")
        )

    needed: set[str] = set()
    for entry in binaries:
        if is_root(entry):
            needed.add(PurePosixPath(entry[0]).name)
            needed.update(name for name, _path in get_imports(entry[1]))
    return [e for e in binaries if is_root(e) or PurePosixPath(e[0]).name in needed]
