"""A file another program is writing to, and a file that cannot be written: the window answers
at once, says why nothing was saved, keeps its undo stack true, and browses what it can."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from razmetka.core.model import SpanStatus
from razmetka.core.store import Store

from .conftest import shown_window
from .test_actions import CTRL, press, redo, undo

ANSWER_S = 2.0  # a key refused because the file is busy answers within this


@pytest.fixture
def other_program(db_path: Path) -> Iterator[sqlite3.Connection]:
    """A second connection, as another process would hold it, to take the write lock with."""
    conn = sqlite3.connect(db_path, isolation_level=None)
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


def status_in_file(db_path: Path, span_id: int) -> str:
    """A span's status as a fresh connection (a restart) reads it from the file."""
    with sqlite3.connect(db_path) as conn:
        return str(conn.execute("SELECT status FROM spans WHERE id = ?", (span_id,)).fetchone()[0])


def timed_press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> float:
    started = time.monotonic()
    press(qtbot, window, key, modifier)
    return time.monotonic() - started


def test_accept_while_another_program_writes(qtbot, window, db_path, other_program) -> None:
    span_id = window.state.current_id
    other_program.execute("BEGIN IMMEDIATE")

    assert timed_press(qtbot, window, Qt.Key.Key_A) < ANSWER_S
    message = window.statusBar().currentMessage()
    assert message.startswith("Not saved: the file is busy"), message
    assert "database is locked" not in message and str(db_path) not in message
    assert window.state.undo_stack.count() == 0  # nothing was saved, so nothing to undo
    assert window.state.current_id == span_id  # still on the span it could not accept
    assert window.state.index.get(span_id).status is SpanStatus.SUGGESTED

    other_program.execute("ROLLBACK")
    press(qtbot, window, Qt.Key.Key_A)
    assert window.state.undo_stack.count() == 1
    assert status_in_file(db_path, span_id) == SpanStatus.ACCEPTED.value


def test_moving_while_another_program_writes_does_not_wait(qtbot, window, other_program) -> None:
    other_program.execute("BEGIN IMMEDIATE")
    for _ in range(3):
        assert timed_press(qtbot, window, Qt.Key.Key_J) < ANSWER_S
    assert timed_press(qtbot, window, Qt.Key.Key_PageDown, CTRL) < ANSWER_S


def test_undo_and_redo_the_file_refuses_stay_on_the_stack(
    qtbot, window, db_path, other_program
) -> None:
    stack = window.state.undo_stack
    span_id = window.state.current_id
    press(qtbot, window, Qt.Key.Key_A)
    assert status_in_file(db_path, span_id) == "accepted"

    other_program.execute("BEGIN IMMEDIATE")
    started = time.monotonic()
    undo(qtbot, window)
    assert time.monotonic() - started < ANSWER_S
    assert window.statusBar().currentMessage().startswith("Not saved: the file is busy")
    assert (stack.count(), stack.index(), stack.canUndo()) == (1, 1, True)
    assert status_in_file(db_path, span_id) == "accepted"

    other_program.execute("ROLLBACK")
    undo(qtbot, window)
    assert status_in_file(db_path, span_id) == "suggested"
    assert (stack.count(), stack.index()) == (1, 0)

    other_program.execute("BEGIN IMMEDIATE")
    redo(qtbot, window)
    assert window.statusBar().currentMessage().startswith("Not saved: the file is busy")
    assert (stack.count(), stack.index(), stack.canRedo()) == (1, 0, True)
    assert status_in_file(db_path, span_id) == "suggested"

    other_program.execute("ROLLBACK")
    redo(qtbot, window)
    assert (stack.count(), stack.index()) == (1, 1)
    assert status_in_file(db_path, span_id) == "accepted"


@pytest.fixture
def read_only_window(qtbot, db_path: Path):
    store = Store(db_path, read_only=True)
    window = shown_window(store, qtbot)
    yield window
    window.close()
    store.close()


def test_read_only_file_is_browsed_and_says_so(qtbot, read_only_window, db_path) -> None:
    window = read_only_window
    assert "read-only" in window.windowTitle()
    assert window.databases.read_only_note.isVisible()
    span_id = window.state.current_id

    assert timed_press(qtbot, window, Qt.Key.Key_A) < ANSWER_S
    assert window.statusBar().currentMessage() == "Not saved: the file is read-only"
    assert window.state.undo_stack.count() == 0
    assert status_in_file(db_path, span_id) == "suggested"
    assert window.databases.read_only_note.isVisible()  # a passing message does not hide it

    press(qtbot, window, Qt.Key.Key_J)
    assert window.state.current_id != span_id
    first = window.state.article_id
    press(qtbot, window, Qt.Key.Key_PageDown, CTRL)
    assert window.state.article_id != first

    search = window.views.article_list.search
    search.setText("Силуанов")  # QTest types only ASCII
    view = window.views.article_list.view
    qtbot.waitUntil(lambda: view.model().rowCount() == 1, timeout=5000)


def test_read_only_file_still_exports(qtbot, read_only_window, tmp_path, monkeypatch) -> None:
    from razmetka.core.export import ExportOptions
    from razmetka.ui.jobs.work import export_work

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: shown.append(args[2]))
    out = tmp_path / "all.jsonl"
    job = read_only_window.job_runner.run(
        export_work(ExportOptions(format="jsonl", out=out, include_all=True)),
        "export",
        read_only_window.background.export_done,
    )
    # The job may end before a signal could be waited for: wait on the runner's list instead.
    qtbot.waitUntil(lambda: job not in read_only_window.job_runner.jobs, timeout=60_000)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_read_only_file_refuses_an_import(qtbot, read_only_window, tmp_path) -> None:
    text = tmp_path / "new.txt"
    text.write_text("Новая статья о Москве.", encoding="utf-8")
    read_only_window.background.start_import([text])
    assert read_only_window.job_runner.jobs == []
    message = read_only_window.statusBar().currentMessage()
    assert message == "Not saved: the file is read-only"


def test_the_refusal_is_said_in_russian(qtbot, window, other_program) -> None:
    from razmetka.ui.i18n import Translators

    translators = Translators()
    assert translators.install("ru")
    try:
        other_program.execute("BEGIN IMMEDIATE")
        press(qtbot, window, Qt.Key.Key_A)
        message = window.statusBar().currentMessage()
        assert message == "Не сохранено: файл занят: в него пишет другая программа"
    finally:
        translators.install("en")
