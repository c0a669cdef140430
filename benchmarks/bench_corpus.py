"""The product where the user meets it, on a news-monitoring team's corpus.

Every figure comes from the ``razmetka`` command started as a process, on a database of
100,000 distinct articles of about 3,000 characters (``benchmarks/corpus.py``), the window under a
real X server (Xvfb, driven with xdotool) and timed from inside with ``RAZMETKA_TRACE``
(``razmetka/ui/trace.py``):

- version: ``razmetka --version`` against ``python -c "import razmetka"`` (target: within 1.5x);
- import: ``razmetka import`` of a JSONL file and of a folder of .txt files, whole process,
  articles a second (target: at least 2,000) and peak memory (max RSS of the child) of N
  articles against N/10 (target: at most 1.5x);
- startup: from process start to the window mapped (xdotool sees it) and its first article
  painted (the trace), on the corpus against the five sample articles (target: at most 1.5x);
- keys: a few hundred keys (J, A, X, Ctrl+Return) 120 ms apart while ``suggest --serve`` works
  through the articles without suggestions; from the key press (the X server's time of it) to the
  end of the last paint of the text view or span table before the next key is read (target:
  median under 16 ms, 99th percentile under 50 ms); afterwards the decisions are counted in the
  database and compared with the keys sent;
- search: a word typed letter by letter into the search box (Ctrl+F), suggestions running; from
  each key press to the article list's model reset and its repaint (target: within 100 ms).

    apt-get install -y xvfb xdotool x11-utils x11-xkb-utils
    PYTHONPATH=desktop .venv/bin/python benchmarks/bench_corpus.py [--articles 100000]
        [--parts version,import,startup,keys,search] [--runs 5] [--rebuild]

The corpus (JSONL, .txt folder) and the databases made from it are cached in benchmarks/out/;
``--rebuild`` makes them again. Without DISPLAY (or with --xvfb) an Xvfb server of its own is
started. Prints a markdown table: what, figure, target, met.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
TRACES = OUT / "traces"  # the last run's window traces, kept to read
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

PYTHON = sys.executable
KEY_GAP = 0.120
MODIFIERS = {0x01000020, 0x01000021, 0x01000022, 0x01000023}  # Shift, Control, Meta, Alt
# Typed with the US layout: xdotool's Cyrillic keysyms reach Qt unreliably under Xvfb (key 0,
# doubled letters), so the words are an issue number and Latin names the corpus has.
SEARCH_WORDS = ("microsoft", "4821", "google")
TIMEOUT = 180.0


@dataclass
class Row:
    what: str
    figure: str
    target: str
    met: bool | None  # None: a check without a target


@dataclass
class Bench:
    articles: int
    suggested: int
    runs: int
    rebuild: bool
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    tmp: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="razmetka-bench-")))

    # -- the environment every child gets -------------------------------------------------------

    def env(self, trace: Path | None = None, home: str = "") -> dict[str, str]:
        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed copy runs compiled bytecode
        env.pop("QT_QPA_PLATFORM", None)  # the real X server
        env["PYTHONPATH"] = os.pathsep.join(
            [str(ROOT / "desktop"), *filter(None, [os.environ.get("PYTHONPATH")])]
        )
        # A fresh QSettings and data folder for each start, as on a first start.
        base = Path(tempfile.mkdtemp(prefix=f"home{home}-", dir=self.tmp))
        env["XDG_CONFIG_HOME"] = str(base / "config")
        env["XDG_DATA_HOME"] = str(base / "data")
        env.pop("RAZMETKA_TRACE", None)
        env.pop("RAZMETKA_DB", None)
        env["RAZMETKA_ANNOTATOR"] = "bench"  # the analyst's name, asked on a first start
        if trace is not None:
            env["RAZMETKA_TRACE"] = str(trace)
        return env

    def razmetka(self, *args: str) -> list[str]:
        return [PYTHON, "-m", "razmetka", *args]

    # -- the corpus and its databases ----------------------------------------------------------

    def jsonl(self, count: int) -> Path:
        path = OUT / f"corpus-{count}.jsonl"
        if self.rebuild or not path.is_file():
            print(f"writing {path.name}", file=sys.stderr)
            corpus.write_jsonl(path, count)
        return path

    def folder(self, count: int) -> Path:
        path = OUT / f"corpus-{count}-txt"
        if self.rebuild and path.is_dir():
            shutil.rmtree(path)
        if not path.is_dir():
            print(f"writing {path.name}/", file=sys.stderr)
            corpus.write_folder(path, count)
        return path

    def imported_db(self) -> Path:
        """The corpus imported with ``razmetka import`` (the import part makes it as it times)."""
        path = OUT / f"corpus-{self.articles}.db"
        if self.rebuild or not path.is_file():
            self.run_import(self.jsonl(self.articles), keep=path)
        return path

    def suggested_db(self) -> Path:
        """The corpus with natasha's suggestions on its first articles only."""
        path = OUT / f"corpus-{self.articles}-suggested-{self.suggested}.db"
        if self.rebuild or not path.is_file():
            source = self.imported_db()
            partial = path.with_suffix(".partial")
            shutil.copy(source, partial)
            print(f"suggesting the first {self.suggested} articles", file=sys.stderr)
            ids = [str(i) for i in range(1, self.suggested + 1)]
            subprocess.run(
                self.razmetka("--db", str(partial), "suggest", "--jobs", "2", *ids),
                env=self.env(),
                check=True,
                stdout=subprocess.DEVNULL,
            )
            partial.replace(path)
        return path

    def demo_db(self) -> Path:
        """The five sample articles, suggested (what ``razmetka demo`` shows once it has run)."""
        path = OUT / "demo.db"
        if self.rebuild or not path.is_file():
            partial = path.with_suffix(".partial")
            partial.unlink(missing_ok=True)
            env = self.env()
            subprocess.run(
                self.razmetka("--db", str(partial), "import", str(ROOT / "seeds")),
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            subprocess.run(
                self.razmetka("--db", str(partial), "suggest"),
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            partial.replace(path)
        return path

    # -- version -------------------------------------------------------------------------------

    def bench_version(self) -> None:
        env = self.env()
        ours = self.razmetka("--version")
        bare = [PYTHON, "-c", "import razmetka"]
        for command in (ours, bare):
            subprocess.run(command, env=env, check=True, capture_output=True)
        ratios, a, b = [], [], []
        for _ in range(max(self.runs, 5)):
            ta = timed(ours, env)
            tb = timed(bare, env)
            a.append(ta)
            b.append(tb)
            ratios.append(ta / tb)
        ratio = statistics.median(ratios)
        self.rows.append(
            Row(
                '`razmetka --version` vs `python -c "import razmetka"`',
                f"{ms(statistics.median(a))} vs {ms(statistics.median(b))} ({ratio:.2f}x)",
                "≤ 1.5x",
                ratio <= 1.5,
            )
        )

    # -- import --------------------------------------------------------------------------------

    def run_import(self, source: Path, keep: Path | None = None) -> tuple[float, int, int]:
        """Seconds, peak RSS in KiB and articles imported by one ``razmetka import``."""
        db = self.tmp / "import.db"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)
        start = time.perf_counter()
        child = subprocess.Popen(
            self.razmetka("--db", str(db), "import", str(source)),
            env=self.env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert child.stdout is not None
        out = child.stdout.read()
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            raise RuntimeError(f"import of {source} failed: {out}")
        with sqlite3.connect(db) as connection:
            count = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        if keep is not None:
            shutil.move(db, keep)
        return elapsed, usage.ru_maxrss, count

    def bench_import(self) -> None:
        small = max(self.articles // 10, 1)
        for kind, make in (("JSONL", self.jsonl), (".txt folder", self.folder)):
            big_source, small_source = make(self.articles), make(small)
            keep = None
            if kind == "JSONL" and (
                self.rebuild or not (OUT / f"corpus-{self.articles}.db").is_file()
            ):
                keep = OUT / f"corpus-{self.articles}.db"
            seconds, big_rss, count = self.run_import(big_source, keep=keep)
            small_rss = statistics.median(self.run_import(small_source)[1] for _ in range(3))
            rate = count / seconds
            self.rows.append(
                Row(
                    f"import {count:,} articles, {kind}",
                    f"{rate:,.0f} articles/s ({seconds:.1f} s, whole process)",
                    "≥ 2,000/s",
                    rate >= 2000,
                )
            )
            ratio = big_rss / small_rss
            self.rows.append(
                Row(
                    f"import peak memory, {kind}: {count:,} vs {small:,} articles",
                    f"{big_rss / 1024:.0f} MB vs {small_rss / 1024:.0f} MB ({ratio:.2f}x)",
                    "≤ 1.5x",
                    ratio <= 1.5,
                )
            )

    # -- the window ----------------------------------------------------------------------------

    def start_window(self, db: Path, trace: Path, demo: bool = False) -> Window:
        trace.unlink(missing_ok=True)
        args = ("--db", str(db), "demo") if demo else ("--db", str(db))
        start = time.perf_counter()
        child = subprocess.Popen(
            self.razmetka(*args),
            env=self.env(trace),
            stdout=subprocess.DEVNULL,
            stderr=trace.with_suffix(".stderr").open("w"),
        )
        window = Window(child, trace, start)
        window.wait_usable()
        return window

    def bench_startup(self) -> None:
        # One copy for all the runs: the suggest process the window starts writes into it.
        demo, big = self.demo_db(), self.tmp / "startup.db"
        shutil.copy(self.suggested_db(), big)
        runs: dict[str, list[float]] = {"demo": [], "big": []}
        parts: dict[str, list[tuple[float, float]]] = {"demo": [], "big": []}
        ratios = []
        for number in range(self.runs + 1):
            pair = {}
            for name, db in (("demo", demo), ("big", big)):
                window = self.start_window(db, TRACES / f"start-{name}.jsonl", demo=name == "demo")
                pair[name] = window.usable
                if number:
                    parts[name].append((window.mapped, window.painted))
                window.close()
            if number == 0:
                continue  # warm-up: the file cache
            runs["demo"].append(pair["demo"])
            runs["big"].append(pair["big"])
            ratios.append(pair["big"] / pair["demo"])
        ratio = statistics.median(ratios)
        for name, found in parts.items():
            self.notes.append(
                f"start-up, {name}: mapped median {ms(statistics.median(m for m, _ in found))}, "
                f"first article painted median {ms(statistics.median(p for _, p in found))}"
            )
        self.rows.append(
            Row(
                f"window mapped and first article painted, {self.articles:,} articles vs 5",
                f"{ms(statistics.median(runs['big']))} vs {ms(statistics.median(runs['demo']))} "
                f"({ratio:.2f}x; {min(ratios):.2f}–{max(ratios):.2f})",
                "≤ 1.5x",
                ratio <= 1.5,
            )
        )

    def bench_keys(self) -> None:
        db = self.tmp / "keys.db"
        shutil.copy(self.suggested_db(), db)
        with sqlite3.connect(db) as connection:
            pending = dict(
                connection.execute(
                    "SELECT article_id, count(*) FROM spans WHERE status = 'suggested' "
                    "GROUP BY article_id ORDER BY article_id"
                ).fetchall()
            )
        trace = TRACES / "keys.jsonl"
        window = self.start_window(db, trace)
        window.focus()
        window.wait_suggesting(db)
        pattern = ["a", "a", "x", "j", "a", "x", "a", "j"]
        sent: dict[str, int] = {
            "a": 0,
            "x": 0,
            "j": 0,
            "ctrl+Return": 0,
            "Escape": 0,
            "ctrl+Next": 0,
        }
        keys: list[str] = []
        for article_id in sorted(pending)[:10]:
            decisions = min(16, pending[article_id] // 2)
            article_keys, made = ["j"], 0
            for key in iter_cycle(pattern):
                if made >= decisions:
                    break
                article_keys.append(key)
                made += key in "ax"
            # Ctrl+Return asks what to do with the suggestions still pending: Esc goes back
            # (the article stays open, not done), and Ctrl+PgDown moves on to the next one.
            keys += [*article_keys, "ctrl+Return", "Escape", "ctrl+Next"]
        for key in keys:
            sent[key] += 1
        window.send(keys, KEY_GAP)
        read = window.wait_keys_read(len(keys) + sent["ctrl+Return"] + sent["ctrl+Next"], TIMEOUT)
        time.sleep(1.0)
        served = window.suggested_since(db)
        records = window.records()
        window.close()
        latencies, missing = key_latencies(records, ("textView", "spanTable"))
        with sqlite3.connect(db) as connection:
            status = dict(
                connection.execute("SELECT status, count(*) FROM spans GROUP BY status").fetchall()
            )
            done = connection.execute(
                "SELECT count(*) FROM articles WHERE status = 'done'"
            ).fetchone()[0]
        median, p99 = statistics.median(latencies), percentile(latencies, 99)
        detail = (
            f"{len(latencies)} keys, suggest --serve wrote {served} articles meanwhile; "
            f"max {ms(max(latencies))}; {missing} keys without a repaint of their own; "
            f"{read} of {len(keys)} keys read by the window before it was closed"
        )
        self.rows.append(
            Row(
                "key press → committed and repainted: median", ms(median), "< 16 ms", median < 16e-3
            )
        )
        self.rows.append(
            Row(
                "key press → committed and repainted: 99th percentile",
                f"{ms(p99)} ({detail})",
                "< 50 ms",
                p99 < 50e-3,
            )
        )
        on_disk = (status.get("accepted", 0), status.get("rejected", 0), done)
        expected = (sent["a"], sent["x"], 0)  # every Ctrl+Return was answered with Esc
        self.rows.append(
            Row(
                "decisions on disk after the run (accepted, rejected, done)",
                f"{on_disk} for keys sent {expected}",
                "equal",
                on_disk == expected,
            )
        )
        self.notes.append("keys: " + summarise_kinds(records, ("textView", "spanTable")))

    def bench_search(self) -> None:
        db = self.tmp / "search.db"
        shutil.copy(self.suggested_db(), db)
        trace = TRACES / "search.jsonl"
        window = self.start_window(db, trace)
        window.focus()
        window.wait_suggesting(db)
        sent = 0
        for word in SEARCH_WORDS:
            window.send(["ctrl+f"], 0.3)
            window.send(list(word), 0.3)
            sent += 1 + len(word)
            time.sleep(0.5)
        window.wait_keys_read(2 * len(SEARCH_WORDS) + sent, TIMEOUT)  # Ctrl+F is two presses
        time.sleep(3.0)  # the last letter's results
        records = window.records()
        window.close()
        latencies, missing, queries = search_latencies(records)
        if not latencies:
            raise RuntimeError(f"no search results were timed; see {trace}")
        worst = max(latencies) if latencies else float("nan")
        self.rows.append(
            Row(
                "search as you type: key press → list reset and repainted",
                f"median {ms(statistics.median(latencies))}, max {ms(worst)} "
                f"({len(latencies)} letters of {', '.join(SEARCH_WORDS)}; "
                f"{missing} left the results unchanged: no reset)",
                "≤ 100 ms",
                worst <= 0.100,
            )
        )
        self.notes.append("search: " + "; ".join(queries))


class Window:
    """A ``razmetka`` window process, its trace, and xdotool on it."""

    def __init__(self, child: subprocess.Popen, trace: Path, start: float) -> None:
        self.child, self.trace, self.start = child, trace, start
        self.wid = ""
        self.usable = self.mapped = self.painted = 0.0
        self.runs_before = 0

    def wait_usable(self) -> None:
        deadline = self.start + TIMEOUT
        while not self.wid:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "Razmetka"],
                capture_output=True,
                text=True,
            ).stdout.split()
            if found:
                self.wid = found[0]
                self.mapped = time.perf_counter() - self.start
                break
            if self.child.poll() is not None or time.perf_counter() > deadline:
                raise RuntimeError(f"the window did not come up; see {self.trace}")
            time.sleep(0.005)
        while True:
            shown = [r for r in self.records() if r["ev"] == "first_article"]
            if shown:
                self.painted = shown[0]["t"] - self.start
                break
            if time.perf_counter() > deadline:
                raise RuntimeError("the window showed no article")
            time.sleep(0.005)
        self.usable = max(self.mapped, self.painted)

    def records(self) -> list[dict]:
        try:
            lines = self.trace.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            return []
        out = []
        for line in lines:
            with contextlib.suppress(json.JSONDecodeError):  # the line being written
                out.append(json.loads(line))
        return out

    def focus(self) -> None:
        subprocess.run(["xdotool", "windowfocus", "--sync", self.wid], check=True)
        time.sleep(0.3)

    def wait_suggesting(self, db: Path) -> None:
        """Until ``suggest --serve`` (started by the window) has written its first article."""
        self.runs_before = suggester_runs(db)
        deadline = time.perf_counter() + TIMEOUT
        while suggester_runs(db) <= self.runs_before:
            if time.perf_counter() > deadline:
                raise RuntimeError("no suggestions arrived in the background")
            time.sleep(0.2)
        self.db = db

    def wait_keys_read(self, presses_sent: int, limit: float) -> int:
        """Until the window has read every key press sent (Ctrl+Return is two), or ``limit``
        seconds; returns the keys read, modifiers left out."""
        deadline = time.perf_counter() + limit
        while True:
            keys = [r for r in self.records() if r["ev"] == "key"]
            if len(keys) >= presses_sent or time.perf_counter() > deadline:
                return sum(
                    1 for k in keys if not (isinstance(k["key"], int) and k["key"] in MODIFIERS)
                )
            time.sleep(0.5)

    def suggested_since(self, db: Path) -> int:
        return suggester_runs(db) - self.runs_before

    def send(self, keys: list[str], gap: float) -> None:
        due = time.perf_counter()
        for key in keys:
            subprocess.run(["xdotool", "key", key], check=True)
            due += gap
            time.sleep(max(0.0, due - time.perf_counter()))

    def close(self, at_once: bool = False) -> None:
        """Ends the window and the suggest process it started (``at_once``: killed)."""
        children = child_pids(self.child.pid)
        if at_once:
            for pid in [self.child.pid, *children]:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, 9)
            self.child.wait()
            return
        self.child.terminate()
        try:
            self.child.wait(10)
        except subprocess.TimeoutExpired:
            self.child.kill()
            self.child.wait()
        for pid in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, 15)
        deadline = time.perf_counter() + 10
        while (
            any(Path(f"/proc/{pid}").exists() for pid in children)
            and time.perf_counter() < deadline
        ):
            time.sleep(0.05)


# -- analysis ----------------------------------------------------------------------------------


def presses(records: list[dict]) -> list[dict]:
    """Key records without modifier-only presses. ``press`` is the X server's time of the press
    when that clock is perf_counter's (it is under Xorg and Xvfb on Linux: no press is read
    before it was made, and the quickest is read within a second), else when it was read;
    ``until`` is when the window read the next press."""
    keys = [
        r
        for r in records
        if r["ev"] == "key" and not (isinstance(r["key"], int) and r["key"] in MODIFIERS)
    ]
    use_x = bool(keys) and -0.005 < min(r["t"] - r["xt"] for r in keys) < 1.0
    out = []
    for number, record in enumerate(keys):
        until = keys[number + 1]["t"] if number + 1 < len(keys) else float("inf")
        out.append(dict(record, press=record["xt"] if use_x else record["t"], until=until))
    return out


def shown(key: dict, paints: list[float]) -> float | None:
    """When a key's result was on screen: the end of the last paint after the window read it
    and before it read the next key; when the window read the next key before painting (it was
    behind), the first paint after it."""
    after = [t for t in paints if t > key["t"]]
    if not after:
        return None
    before_next = [t for t in after if t < key["until"]]
    return before_next[-1] if before_next else after[0]


def key_latencies(records: list[dict], views: tuple[str, ...]) -> tuple[list[float], int]:
    paints = [r["t"] for r in records if r["ev"] == "paint" and r["w"] in views and not r["caret"]]
    latencies, missing = [], 0
    for key in presses(records):
        end = shown(key, paints)
        if end is None:
            missing += 1
        else:
            latencies.append(end - key["press"])
    return latencies, missing


def summarise_kinds(records: list[dict], views: tuple[str, ...]) -> str:
    paints = [r["t"] for r in records if r["ev"] == "paint" and r["w"] in views and not r["caret"]]
    kinds: dict[str, list[float]] = {}
    read_late = []
    for key in presses(records):
        read_late.append(key["t"] - key["press"])
        end = shown(key, paints)
        if end is not None:
            kinds.setdefault(repr(key["key"]), []).append(end - key["press"])
    parts = [
        f"{kind}: median {ms(statistics.median(v))}, p99 {ms(percentile(v, 99))} ({len(v)})"
        for kind, v in sorted(kinds.items())
    ]
    keys = presses(records)
    busy = [b["t"] - a["t"] for a, b in zip(keys, keys[1:], strict=False) if b["press"] < a["t"]]
    if busy:
        parts.append(
            f"main thread busy per key while behind (next key read − this key read, "
            f"{len(busy)} keys): median {ms(statistics.median(busy))}"
        )
    parts.append(
        f"press → read by the window: median {ms(statistics.median(read_late))}, "
        f"p99 {ms(percentile(read_late, 99))}, max {ms(max(read_late))}"
    )
    return "; ".join(parts)


def search_latencies(records: list[dict]) -> tuple[list[float], int, list[str]]:
    """Each letter typed into the search box: from its press to the end of the article list's
    first paint after the first model reset the window makes once it has read the letter (a
    letter read while the window was busy waits for the reset of a later one)."""
    resets = [r for r in records if r["ev"] == "reset"]
    paints = [r for r in records if r["ev"] == "paint" and r["w"] == "articleList"]
    keys = presses(records)
    latencies, missing, queries = [], 0, []
    for key in keys:
        if key.get("focus") != "articleSearch" or not isinstance(key["key"], str):
            continue
        if not key["key"].isalnum():
            continue
        reset = next((r for r in resets if r["t"] > key["t"]), None)
        word_ends = next((k["t"] for k in keys if k["t"] > key["t"] and k["key"] == "\x06"), None)
        if reset is None or (word_ends is not None and reset["t"] > word_ends):
            missing += 1  # the word's last letters left the results as they were: no reset
            continue
        # The results are on screen at the list's first paint after the reset (later paints
        # are rows the suggestions changed, and for the last letter they go on for seconds).
        end = next((p["t"] for p in paints if p["t"] > reset["t"]), reset["t"])
        latencies.append(end - key["press"])
        queries.append(
            f"{key['key']}→{reset['q']!r} ({reset['rows']} rows) {ms(end - key['press'])}"
        )
    return latencies, missing, queries


# -- helpers -----------------------------------------------------------------------------------


def iter_cycle(items: list[str]):
    while True:
        yield from items


def timed(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def suggester_runs(db: Path) -> int:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return connection.execute("SELECT count(*) FROM suggester_runs").fetchone()[0]
    finally:
        connection.close()


def child_pids(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    rank = (len(ordered) - 1) * pct / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds >= 0.1 else f"{seconds * 1000:.1f} ms"


def start_xvfb() -> subprocess.Popen:
    """An X server of its own, on a display number no other server has (others may run their
    own on a shared machine)."""
    for number in range(100 + os.getpid() % 300, 1000):
        if (
            not Path(f"/tmp/.X{number}-lock").exists()
            and not Path(f"/tmp/.X11-unix/X{number}").exists()
        ):
            break
    display = f":{number}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp", "-noreset"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.environ["DISPLAY"] = display
    for _ in range(200):
        if (
            server.poll() is None
            and subprocess.run(["xdpyinfo"], capture_output=True).returncode == 0
        ):
            return server
        time.sleep(0.05)
    raise RuntimeError("Xvfb did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--suggested", type=int, default=200, help="articles suggested beforehand")
    parser.add_argument("--parts", default="version,import,startup,keys,search")
    parser.add_argument("--runs", type=int, default=5, help="paired runs of start-up and version")
    parser.add_argument(
        "--rebuild", action="store_true", help="make the corpus and databases again"
    )
    parser.add_argument("--xvfb", action="store_true", help="start an Xvfb even if DISPLAY is set")
    parser.add_argument(
        "--start-once",
        metavar="DB",
        type=Path,
        help="only start the window on DB once, print the seconds to usable, close it "
        "(for timing the whole start from outside)",
    )
    parser.add_argument("--demo", action="store_true", help="with --start-once: razmetka demo")
    args = parser.parse_args()
    if args.start_once:
        once = Bench(args.articles, args.suggested, 1, False)
        window = once.start_window(args.start_once, once.tmp / "trace.jsonl", demo=args.demo)
        window.close(at_once=True)  # a start to time, not a close: no waiting for the ends
        shutil.rmtree(once.tmp, ignore_errors=True)
        print(
            f"usable {window.usable:.3f} s "
            f"(mapped {window.mapped:.3f}, painted {window.painted:.3f})"
        )
        return
    parts = args.parts.split(",")
    TRACES.mkdir(parents=True, exist_ok=True)
    bench = Bench(args.articles, args.suggested, args.runs, args.rebuild)
    server = start_xvfb() if args.xvfb or not os.environ.get("DISPLAY") else None
    load = os.getloadavg()
    try:
        for part in ("import", "version", "startup", "keys", "search"):
            if part in parts:
                print(f"-- {part}", file=sys.stderr)
                getattr(bench, f"bench_{part}")()
    finally:
        if server is not None:
            server.terminate()
            server.wait()
        shutil.rmtree(bench.tmp, ignore_errors=True)
    after = os.getloadavg()
    print(
        f"{args.articles:,} articles; load average {load[0]:.2f} before, {after[0]:.2f} after "
        f"({os.cpu_count()} cores)\n"
    )
    print("| what | figure | target | met |")
    print("| --- | --- | --- | --- |")
    for row in bench.rows:
        met = "—" if row.met is None else ("met" if row.met else "**not met**")
        print(f"| {row.what} | {row.figure} | {row.target} | {met} |")
    for note in bench.notes:
        print(f"\n{note}")


if __name__ == "__main__":
    main()
