"""Running ``razmetka`` as a user does: a separate process, its output and exit code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def razmetka(db: Path, *args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "razmetka", "--db", str(db), *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )
