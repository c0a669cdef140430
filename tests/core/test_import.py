import codecs
import json

import pytest

from razmetka.cli import main
from razmetka.core.importing import import_demo, import_paths
from razmetka.core.model import SpanStatus
from tests.conftest import SEEDS, rows

TEXT = "Президент Казахстана Касым-Жомарт Токаев прибыл в Вашингтон."


def test_seeds_import_with_their_dates(fresh_store):
    report = import_paths(fresh_store, [SEEDS])
    assert (report.imported, report.problems) == (5, [])
    articles = {a.external_id: a for a in fresh_store.articles.stream()}
    first = articles["000_9d8a385fda40a7a7"]
    assert first.date == "2026-02-19"
    assert first.text.startswith("Президент Казахстана")
    assert "date" not in first.text[:20]
    assert articles["003_6b389419d20ce8c8"].date is None
    assert first.title and len(first.title) <= 81


def test_demo_corpus_ships_inside_the_package(fresh_store):
    assert import_demo(fresh_store).imported == 5


def test_reimport_does_nothing(fresh_store):
    import_paths(fresh_store, [SEEDS])
    before = rows(fresh_store, "SELECT * FROM articles")
    report = import_paths(fresh_store, [SEEDS])
    assert (report.imported, report.already_present) == (0, 5)
    assert rows(fresh_store, "SELECT * FROM articles") == before


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "koi8-r"])
def test_text_files_in_each_encoding(fresh_store, tmp_path, encoding):
    path = tmp_path / "a.txt"
    raw = (TEXT + "\r\n\r\nВторой абзац.\rТретий.").encode(encoding)
    path.write_bytes(raw)  # utf-8-sig writes the BOM
    import_paths(fresh_store, [path])
    (article,) = fresh_store.articles.stream()
    assert article.text == TEXT + "\n\nВторой абзац.\nТретий."


def write_jsonl(path, records):
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records)
        + "\n",
        encoding="utf-8",
    )


GOOD = {
    "id": "good",
    "text": TEXT,
    "meta": {"source": "test"},
    "spans": [{"start": 21, "end": 40, "label": "PER", "text": "Касым-Жомарт Токаев"}],
}


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ('{"id": "x", "text": "broken', "broken JSON"),
        ({"id": "x", "text": "   "}, "empty text"),
        ({"id": "x"}, 'no "text"'),
        (
            {"id": "x", "text": "Абв", "spans": [{"start": 1, "end": 9, "label": "PER"}]},
            "outside the text",
        ),
        (
            {
                "id": "x",
                "text": "Абв где",
                "spans": [
                    {"start": 0, "end": 3, "label": "PER"},
                    {"start": 2, "end": 7, "label": "LOC"},
                ],
            },
            "spans cross",
        ),
        (
            {
                "id": "x",
                "text": "Абв где",
                "spans": [{"start": 0, "end": 3, "label": "PER", "text": "где"}],
            },
            "does not match",
        ),
        (
            {"id": "x", "text": "Абв", "spans": [{"start": "0", "end": 3, "label": "PER"}]},
            "must be integers",
        ),
        ([1, 2, 3], "must be a JSON object"),
        ({"id": "good", "text": "Другой текст с тем же id."}, "already used"),
    ],
)
def test_bad_jsonl_records_are_reported_and_the_rest_imports(fresh_store, tmp_path, bad, reason):
    path = tmp_path / "in.jsonl"
    write_jsonl(path, [GOOD, bad, {"id": "after", "text": "Ещё одна статья."}])
    report = import_paths(fresh_store, [path])
    assert report.imported == 2
    (problem,) = report.problems
    assert problem.source == str(path) and problem.where == "line 2"
    assert reason in problem.reason
    assert str(problem).startswith(f"{path}:line 2: ")


def test_a_failed_import_changes_nothing_stored(fresh_store, tmp_path):
    path = tmp_path / "in.jsonl"
    write_jsonl(path, [GOOD])
    import_paths(fresh_store, [path])
    before = (rows(fresh_store, "SELECT * FROM articles"), rows(fresh_store, "SELECT * FROM spans"))
    write_jsonl(path, ['{"broken', {"id": "good", "text": "Чужой текст."}])
    report = import_paths(fresh_store, [path])
    assert report.imported == 0 and len(report.problems) == 2
    assert (
        rows(fresh_store, "SELECT * FROM articles"),
        rows(fresh_store, "SELECT * FROM spans"),
    ) == before


def test_jsonl_spans_become_accepted_and_keep_offsets_after_crlf(fresh_store, tmp_path):
    text = "😀 Москва\r\nи\u00a0Санкт-Петербург 🇷🇺"
    start = text.index("Санкт")
    record = {
        "id": "c",
        "text": text,
        "spans": [{"start": start, "end": start + 15, "label": "LOC"}],
    }
    path = tmp_path / "c.jsonl"
    write_jsonl(path, [record])
    import_paths(fresh_store, [path])
    (article,) = fresh_store.articles.stream()
    (span,) = fresh_store.spans.of(article.id)
    assert span.status is SpanStatus.ACCEPTED and span.origin == "import"
    assert article.text[span.start : span.end] == "Санкт-Петербург"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", "binary data"),
        ("empty.txt", b"   \n\n", "empty text"),
        ("bom-only.txt", codecs.BOM_UTF8, "empty text"),
    ],
)
def test_bad_text_files_are_reported(fresh_store, tmp_path, name, content, reason):
    (tmp_path / name).write_bytes(content)
    (tmp_path / "fine.txt").write_text(TEXT, encoding="utf-8")
    report = import_paths(fresh_store, [tmp_path])
    assert report.imported == 1
    (problem,) = report.problems
    assert problem.source.endswith(name) and reason in problem.reason


def test_cli_import_reports_rejections_and_exits_non_zero(tmp_path, capsys):
    (tmp_path / "bad.jsonl").write_text('{"id": 1, "text": "ok"}\n{oops\n', encoding="utf-8")
    code = main(["import", str(tmp_path / "bad.jsonl"), str(tmp_path / "missing.txt")])
    out, err = capsys.readouterr()
    assert code == 3
    assert f"{tmp_path / 'bad.jsonl'}:line 2: broken JSON" in err
    assert "missing.txt: no such file or folder" in err
    assert "1 imported, 0 already present, 2 rejected" in out
    assert "Traceback" not in out + err


def test_cli_refuses_a_database_from_a_newer_program_without_traceback(tmp_path, capsys):
    import sqlite3

    db = tmp_path / "new.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert main(["--db", str(db), "stats"]) == 1
    err = capsys.readouterr().err
    assert "newer Razmetka" in err and "Traceback" not in err


def test_doccano_records_read_as_jsonl_are_refused_not_stripped(fresh_store, tmp_path):
    path = tmp_path / "doccano.jsonl"
    write_jsonl(path, [{"text": "Токаев прибыл.", "label": [[0, 6, "PER"]]}])
    report = import_paths(fresh_store, [path])
    assert report.imported == 0
    assert "--format doccano" in report.problems[0].reason
    assert import_paths(fresh_store, [path], fmt="doccano").imported == 1
    (article,) = fresh_store.articles.stream()
    assert [(s.start, s.end, s.label) for s in fresh_store.spans.of(article.id)] == [(0, 6, "PER")]

    (article,) = fresh_store.articles.stream()
    assert [(s.start, s.end, s.label) for s in fresh_store.spans.of(article.id)] == [(0, 6, "PER")]


CONLL = "-DOCSTART- -X- O O\n\nТокаев _ _ B-PER\nприбыл _ _ O\n. _ _ O\n"


def run_import(tmp_path, *paths):
    """``razmetka import`` as a user runs it: a process, its output and exit code."""
    import subprocess
    import sys

    command = [sys.executable, "-m", "razmetka", "--db", str(tmp_path / "r.db"), "import"]
    return subprocess.run([*command, *map(str, paths)], capture_output=True, text=True)


def test_conll_without_an_extension_is_recognised_as_a_user_runs_it(tmp_path):
    path = tmp_path / "out-conll"
    path.write_text(CONLL, encoding="utf-8")
    done = run_import(tmp_path, path)
    assert done.returncode == 0, done.stderr
    assert "1 imported, 0 already present, 0 rejected" in done.stdout
    from razmetka.core.store import Store

    with Store(tmp_path / "r.db") as store:
        (article,) = store.articles.stream()
        assert article.text == "Токаев прибыл ."
        assert [(s.start, s.end, s.label) for s in store.spans.of(article.id)] == [(0, 6, "PER")]


def test_conll_without_docstart_is_recognised(fresh_store, tmp_path):
    path = tmp_path / "tags"
    path.write_text("Токаев\tB-PER\nприбыл\tO\n\nОн\tO\n", encoding="utf-8")
    assert import_paths(fresh_store, [path]).spans == 1


def test_jsonl_named_txt_is_recognised(fresh_store, tmp_path):
    path = tmp_path / "data.txt"
    write_jsonl(path, [GOOD, {"id": "b", "text": "Вторая статья."}])
    report = import_paths(fresh_store, [path])
    assert (report.imported, report.spans, report.problems) == (2, 1, [])
    assert {a.external_id for a in fresh_store.articles.stream()} == {"good", "b"}


def test_jsonl_whose_first_record_is_longer_than_the_head_is_recognised(fresh_store, tmp_path):
    path = tmp_path / "long.txt"
    write_jsonl(path, [{"id": "long", "text": "Очень длинная статья. " * 400}])
    assert import_paths(fresh_store, [path]).imported == 1
    (article,) = fresh_store.articles.stream()
    assert article.external_id == "long"


def test_a_folder_import_guesses_each_file_the_same_way(fresh_store, tmp_path):
    write_jsonl(tmp_path / "data.txt", [GOOD])
    (tmp_path / "article.txt").write_text("Обычная статья.", encoding="utf-8")
    report = import_paths(fresh_store, [tmp_path])
    assert (report.imported, report.spans, report.problems) == (2, 1, [])
    assert sorted(a.text for a in fresh_store.articles.stream()) == sorted(
        [TEXT, "Обычная статья."]
    )


def test_json_that_is_no_format_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "settings.txt"
    path.write_text('{"window": {"width": 800}}\n', encoding="utf-8")
    done = run_import(tmp_path, path)
    assert done.returncode == 3
    assert f"rejected {path}: settings.txt looks like JSON" in done.stderr
    assert "--format" in done.stderr
    assert "0 imported, 0 already present, 1 rejected" in done.stdout


@pytest.mark.parametrize(
    "content",
    [
        "Статья о том, как писать {фигурные скобки} в тексте.",
        "{Заголовок в скобках}\nТекст статьи.",
        "Колонки\tс табуляцией\nи ещё\tодна строка O\n",
        " date 2026-02-19 Президент Казахстана прибыл в Вашингтон.",
    ],
)
def test_text_with_braces_or_tabs_is_still_text(fresh_store, tmp_path, content):
    path = tmp_path / "article.txt"
    path.write_text(content, encoding="utf-8")
    report = import_paths(fresh_store, [path])
    assert (report.imported, report.problems) == (1, [])
    (article,) = fresh_store.articles.stream()
    assert article.source == "article.txt"


def test_guessing_reads_only_the_head(tmp_path, monkeypatch):
    from razmetka.core.formats import sniff

    path = tmp_path / "big"
    path.write_bytes(CONLL.encode() + b"x" * 10_000_000)
    read = []
    real_open = type(path).open

    def counting_open(self, *args, **kwargs):
        handle = real_open(self, *args, **kwargs)
        real_read = handle.read

        def read_some(size=-1):
            read.append(size)
            return real_read(size)

        handle.read = read_some
        return handle

    monkeypatch.setattr(type(path), "open", counting_open)
    assert sniff.guess(path) == "conll"
    assert read and all(0 < size <= sniff.HEAD + 1 for size in read)


def test_progress_moves_within_one_large_jsonl_file(fresh_store, tmp_path):
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(3000):
            out.write(json.dumps({"id": str(n), "text": f"{n}. {TEXT * 20}"}, ensure_ascii=False))
            out.write("\n")
    seen: list[tuple[int, int]] = []
    report = import_paths(
        fresh_store, [path], progress=lambda done, total: seen.append((done, total))
    )
    assert report.imported == 3000
    total_kib = -(-path.stat().st_size // 1024)
    # One file, yet the analyst sees it being read: a step at least every MiB, in KiB.
    assert len(seen) >= path.stat().st_size // (1 << 20)
    assert all(total == total_kib for _, total in seen)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert 0 < seen[1][0] < total_kib and seen[-1] == (total_kib, total_kib)


def test_progress_counts_every_file_of_a_folder(fresh_store, tmp_path):
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(f"Статья {n}. {TEXT}", encoding="utf-8")
    seen: list[tuple[int, int]] = []
    import_paths(fresh_store, [tmp_path], progress=lambda done, total: seen.append((done, total)))
    assert len(seen) == 3 and seen[-1][0] == seen[-1][1] == 1  # three small files: 1 KiB in all


def test_a_file_of_blank_lines_is_not_called_empty(fresh_store, tmp_path):
    blank, empty = tmp_path / "blank.jsonl", tmp_path / "empty.jsonl"
    blank.write_text("\n  \n\n", encoding="utf-8")
    empty.write_bytes(b"")
    reasons = {p.source: p.reason for p in import_paths(fresh_store, [blank, empty]).problems}
    assert reasons[str(blank)] == "no articles in it: only spaces and blank lines"
    assert reasons[str(empty)] == "no articles in it: the file is empty"
