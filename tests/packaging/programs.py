"""Runs an installed or frozen razmetka the way a user would: from a folder outside the source
tree, with a home of its own and no PYTHONPATH, so nothing of the checkout can stand in for what
the package or the build is missing."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def clean_env(home: Path) -> dict[str, str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "share"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "RAZMETKA_USER": "tester",
        "RAZMETKA_ANNOTATOR": "tester",  # a window started here never asks for a name
    }
    home.mkdir(parents=True, exist_ok=True)
    return env


def run(program: list[str], *args: str, cwd: Path, env: dict[str, str], timeout: float = 300):
    done = subprocess.run(
        [*program, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
    assert "Traceback" not in done.stderr, done.stderr
    return done


def exercise_commands(program: list[str], work: Path) -> None:
    """--version, import of the seeds, suggest on one article, accept, export, stats and its
    page of charts (matplotlib)."""
    env = clean_env(work / "home")
    db = str(work / "check.db")
    assert run(program, "--version", cwd=work, env=env).stdout.startswith("razmetka ")
    imported = run(program, "--db", db, "import", str(SEEDS), cwd=work, env=env)
    assert imported.stdout.startswith("5 imported"), imported.stdout
    suggested = run(program, "--db", db, "suggest", "1", cwd=work, env=env)
    assert "in 1 articles" in suggested.stdout, suggested.stdout
    # natasha finds entities in every seed article: none means its models did not load.
    assert not suggested.stdout.startswith("0 new"), suggested.stdout
    run(program, "--db", db, "accept", "1", cwd=work, env=env)
    out = work / "out.jsonl"
    run(
        program,
        "--db",
        db,
        "export",
        "--format",
        "jsonl",
        "--all",
        "--out",
        str(out),
        cwd=work,
        env=env,
    )
    text = out.read_text(encoding="utf-8")
    assert len(text.splitlines()) == 5, text[:500]
    assert any(f'"{label}"' in text for label in ("PER", "LOC", "ORG")), text[:500]
    assert "articles: 5" in run(program, "--db", db, "stats", cwd=work, env=env).stdout
    page = work / "progress.html"
    run(program, "--db", db, "stats", "--html", str(page), cwd=work, env=env)
    assert page.read_text(encoding="utf-8").count("<svg") >= 5


def exercise_window(program: list[str], work: Path, seconds: float = 20) -> None:
    """Opens the window on the demo corpus offscreen; it must still be running (or have closed
    cleanly) when the time is up, and the demo database must hold the five seed articles."""
    env = clean_env(work / "home")
    started = subprocess.Popen(
        [*program, "demo"],
        cwd=work,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and started.poll() is None:
        time.sleep(0.2)
    alive = started.poll() is None
    if alive:
        started.terminate()
    _out, err = started.communicate(timeout=30)
    assert alive or started.returncode == 0, f"window exited {started.returncode}\n{err}"
    assert "Traceback" not in err and "Could not load the Qt platform plugin" not in err, err
    demo = Path(env["XDG_DATA_HOME"]) / "razmetka" / "demo.db"
    assert demo.is_file(), f"no demo database in {demo.parent}\n{err}"
    stats = run(program, "--db", str(demo), "stats", cwd=work, env=env)
    assert "articles: 5" in stats.stdout, stats.stdout
