"""Helpers for the team tests: running the command line as a process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"


def razmetka(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m razmetka ARGS`` as a process, with this checkout first on the path."""
    environment = dict(os.environ, **(env or {}))
    environment["PYTHONPATH"] = os.pathsep.join(
        [str(DESKTOP), *filter(None, [environment.get("PYTHONPATH")])]
    )
    return subprocess.run(
        [sys.executable, "-m", "razmetka", *map(str, args)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=300,
    )
