"""A JSONL import is read as a stream: its peak memory does not grow with the file."""

import json
import os
import subprocess
import sys

from tests.hostile.cli import ROOT

CHILD = """
import sys
from razmetka.core.importing import import_paths
from razmetka.core.store import Store
with Store(sys.argv[1]) as store:
    report = import_paths(store, [sys.argv[2]])
# VmHWM is this program's own peak; ru_maxrss would start from the forking test run's.
peak = next(l for l in open("/proc/self/status") if l.startswith("VmHWM")).split()[1]
print(report.imported, peak)
"""

TEXT = "Президент Казахстана Касым-Жомарт Токаев прибыл в Вашингтон. " * 14


def _jsonl(path, megabytes):
    line_size = len(json.dumps({"id": "x", "text": TEXT}, ensure_ascii=False).encode()) + 16
    with path.open("w", encoding="utf-8") as out:
        for n in range(megabytes * 1_000_000 // line_size):
            record = {
                "id": str(n),
                "text": f"{n} {TEXT}",
                "spans": [{"start": 0, "end": 1, "label": "X"}],
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return n + 1


def _peak_kb(tmp_path, megabytes):
    path = tmp_path / f"{megabytes}.jsonl"
    count = _jsonl(path, megabytes)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"))
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path / f"{megabytes}.db"), str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout.split()
    assert int(out[0]) == count
    return int(out[1])


def test_peak_memory_stays_flat_as_the_jsonl_file_grows(tmp_path):
    small = _peak_kb(tmp_path, 5)
    large = _peak_kb(tmp_path, 20)
    # Reading the file whole held it three times over (bytes, text, lines): 60 MB more here.
    assert large - small < 15_000, (small, large)
    assert large < 20_000 * 2, large  # well under the file's size times the old factor


def test_a_folder_of_many_files_is_listed_in_little_memory(tmp_path):
    import tracemalloc

    from razmetka.core.importing import expand
    from razmetka.core.report import ImportReport

    folder = tmp_path / "corpus"
    folder.mkdir()
    count = 5000
    for n in range(count):
        (folder / f"{n:06d}.txt").touch()
    tracemalloc.start()
    try:
        files = list(expand([folder], ImportReport()))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(files) == count and str(files[0]).endswith("000000.txt")
    # Held as Path objects the list cost about 430 bytes a file (43 MB for 100,000 files, the
    # import's whole peak doubling); as strings it is a third of that.
    assert peak / count < 250, peak / count
