"""Ctrl+C during an import says how many articles were stored, and they are."""

import json
import os
import re
import signal
import subprocess
import sys
import time

from razmetka.core.store import Store
from tests.hostile.cli import ROOT


def test_ctrl_c_says_exactly_how_many_articles_are_stored(tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(60_000):
            out.write(json.dumps({"id": str(n), "text": f"Статья {n} о Москве."}) + "\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"))
    db = tmp_path / "db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "razmetka", "--db", str(db), "import", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + 60
    while not db.exists() or db.stat().st_size < 200_000:  # some batches are in
        assert time.monotonic() < deadline and proc.poll() is None
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, (out, err)
    assert "everything finished before that is saved" not in err
    found = re.search(r"interrupted; (\d+) articles stored", err)
    assert found, err
    with Store(db) as store:
        assert store.articles.count() == int(found.group(1)) > 0
