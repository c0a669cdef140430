"""The window starts without the parts an analyst reaches later: every module imported at start
is start-up time (PySide6's import hook alone reads each one's source), so the check, team
work, jobs, dialogs and charts are loaded when first used."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# Loaded by the first use of what they serve, never by the window's start.
LATER = [
    "matplotlib",
    "razmetka.core.check",  # F7
    "razmetka.core.team.adjudicate",  # a disputed article
    "razmetka.core.team.merge",
    "razmetka.core.corpus",  # a pause after a decision, Ctrl+Shift+A
    "razmetka.core.everywhere",
    "razmetka.core.normal",  # the first span made
    "razmetka.core.report",  # an export or an import
    "razmetka.core.staging",
    "razmetka.core.suggest",  # suggesting
    "razmetka.ui.jobs.suggest_process",
    "razmetka.ui.jobs.thread",  # any job
    "razmetka.ui.files",  # a file dialog
    "razmetka.ui.dialogs.analyst_name",  # the name is known here
    "razmetka.ui.views.help_overlay",  # F1
    "razmetka.ui.views.check_panel",
    "razmetka.ui.views.adjudication_panel",
    "razdel",  # the first span drawn or resized (its rules are built on import)
    "html",  # its named entities; tooltips escape with a table of their own
    "razmetka.core.store.lessons",  # learning
    "razmetka.core.store.progress",  # the dashboard
    "razmetka.core.store.counts",
    "razmetka.core.store.log",  # the first decision
    "razmetka.core.find",  # the first search
]

STARTED = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from razmetka.ui.app import application, run

def shown():
    windows = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    if windows and windows[0].isVisible():
        print(" ".join(sorted(sys.modules)), flush=True)
        QApplication.instance().exit(0)
    else:
        QTimer.singleShot(10, shown)

application()
QTimer.singleShot(0, shown)
run(sys.argv[1])
"""


def test_the_window_starts_without_the_parts_used_later(db_path: Path, tmp_path: Path) -> None:
    env = {
        **os.environ,
        "RAZMETKA_ANNOTATOR": "tester",  # the name is known: no dialog
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-c", STARTED, str(db_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=True,
    )
    loaded = set(done.stdout.split())
    assert "razmetka.ui.main_window" in loaded  # the window did start
    early = [name for name in LATER if name in loaded]
    assert early == []
