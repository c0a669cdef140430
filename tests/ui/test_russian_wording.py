"""The core's reports and refusals in a Russian window are said in Russian: the export's summary,
a failed export, the label editor's refusals, a file that cannot be opened."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from razmetka.core.export import ExportOptions
from razmetka.core.report import ExportReport
from razmetka.core.store import NotSaved
from razmetka.core.store import errors as store_errors
from razmetka.ui.dialogs.label_editor import LabelEditor
from razmetka.ui.i18n import Translators
from razmetka.ui.jobs.work import export_work
from razmetka.ui.wording import error_words, export_summary, problem_words

LATIN_WORDS = re.compile(r"\b(?!PER\b|LOC\b|ORG\b|rrggbb\b)[A-Za-z]{3,}\b")


@pytest.fixture
def russian(qapp) -> Iterator[None]:
    translators = Translators()
    assert translators.install("ru")
    yield
    translators.install("en")


@pytest.fixture
def shown(monkeypatch) -> list[str]:
    """The texts of the message boxes the window shows, instead of showing them."""
    texts: list[str] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args, **kw: texts.append(args[2]))
    return texts


def english_left(text: str, *paths: object) -> list[str]:
    for path in paths:
        text = text.replace(str(path), "")
    return LATIN_WORDS.findall(text)


def run_export(qtbot, window, options: ExportOptions, shown: list[str]) -> str:
    job = window.job_runner.run(export_work(options), "export", window.background.export_done)
    with qtbot.waitSignal(job.finished, timeout=20000):
        pass
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    return shown[-1]


def test_the_export_summary_is_russian(qtbot, window, tmp_path, russian, shown) -> None:
    out = tmp_path / "all.jsonl"
    text = run_export(qtbot, window, ExportOptions("jsonl", out, include_all=True), shown)
    assert text.startswith("3 статьи и "), text
    assert f"записаны в {out}" in text
    assert english_left(text, out) == []


def test_a_failed_export_is_said_in_russian(qtbot, window, tmp_path, russian, shown) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("мои заметки", encoding="utf-8")
    text = run_export(qtbot, window, ExportOptions("brat", folder, include_all=True), shown)
    assert text.startswith(f"В папке {folder} есть другие файлы"), text
    assert english_left(text, folder) == []
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "мои заметки"


def test_the_label_editors_refusals_are_russian(qtbot, store, russian, shown) -> None:
    editor = LabelEditor(store, reserved="AXJK")
    qtbot.addWidget(editor)
    names = [label.name for label in store.labels.all()]
    editor.table.item(names.index("PER"), 2).setText("2")  # LOC's key
    assert shown[-1] == "Клавиша 2 уже занята меткой LOC.", shown
    editor.table.setCurrentCell(names.index("PER"), 0)
    editor.delete_label()
    used = store.spans.count_using("PER")
    assert shown[-1] == f"Метка PER стоит у {used} сущностей: вместо удаления переименуйте её."
    assert "PER" in store.labels.names()


def test_a_file_that_is_not_a_database_is_refused_in_russian(
    qtbot, window, tmp_path, russian, shown
) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (text)")
    assert not window.databases.switch_database(str(other))
    assert shown[-1] == f"{other} — не база «Разметки»; файл оставлен как был."


def test_a_refusal_names_the_file_in_russian(russian) -> None:
    exc = NotSaved("/x/a.db: not saved: the disk is full", store_errors.FULL, "/x/a.db")
    assert error_words(exc) == "/x/a.db: не сохранено: диск заполнен"


def test_english_stays_english(qtbot, window, tmp_path, shown) -> None:
    out = tmp_path / "all.jsonl"
    text = run_export(qtbot, window, ExportOptions("jsonl", out, include_all=True), shown)
    assert text.startswith("3 articles and "), text
    assert f"written to {out}" in text
    one = ExportReport(articles=1, spans=1, files=["f"], snapped=2)
    assert (
        export_summary(one)
        == "1 article and 1 span written to f; 2 spans snapped to token boundaries"
    )


def test_the_spans_an_export_could_not_hold_are_named_in_russian(russian) -> None:
    from razmetka.core.alignment import align
    from razmetka.core.formats.common import TokenIndex
    from razmetka.core.model import Span, SpanStatus
    from razmetka.core.tokens import tokens

    text = "Газпромбанк открыл офис в Туле."
    spans = [Span(0, 7, "ORG", SpanStatus.ACCEPTED, "analyst")]
    problems: list = []
    align("a1", text, spans, TokenIndex(tokens(text)), "snap", problems)
    assert problem_words(problems[0]) == (
        "a1:0-7: ORG «Газпром» не по границам токенов; подогнана к «Газпромбанк»"
    )
    problems.clear()
    rejected = [Span(0, 7, "ORG", SpanStatus.REJECTED, "natasha@1")]
    align("a1", text, rejected, TokenIndex(tokens(text)), "skip", problems)
    assert problem_words(problems[0]) == (
        "a1:0-7: ORG (отклонена) «Газпром» не по границам токенов; пропущена"
    )
