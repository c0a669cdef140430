"""Adjudication in the window, by keys: a disputed article shows where the two versions
differ, Q takes the first analyst's span and W the second's (each an undoable edit, on disk at
once), Shift+E hands the place to the usual span editing, Alt+Down / Alt+Up step through the places,
Ctrl+Shift+D finishes the article with the spans both agree on, and the export writes the
adjudicated result."""

from __future__ import annotations

import json
import os
import signal
import textwrap

import pytest
from PySide6.QtCore import Qt

from razmetka.core.export import ExportOptions, export
from razmetka.core.model import ArticleStatus, SpanStatus
from razmetka.core.store import Store
from tests.team.disputed import MOSCOW, TOKAEV, TOKAEV_AGAIN, disputed_database
from tests.ui.conftest import shown_window

from .test_actions import press, undo
from .test_durability import _read_line, driven_window
from .test_review_keys import cyrillic_key

ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def accepted(path, article_id: int = 1) -> set[tuple[int, int, str]]:
    with Store(path) as store:  # another connection: what is on disk
        return {
            (s.start, s.end, s.label) for s in store.spans.of(article_id, [SpanStatus.ACCEPTED])
        }


@pytest.fixture
def disputed(tmp_path, qtbot):
    path = disputed_database(tmp_path)
    store = Store(path, annotator="judge")
    window = shown_window(store, qtbot)
    # The first window of a test run may be shown before the platform takes it as active.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    qtbot.waitUntil(lambda: window.state.article_id == 1, timeout=5000)
    press(qtbot, window, Qt.Key.Key_N, CTRL_SHIFT)  # the next disputed article
    assert window.state.article_id == 2
    press(qtbot, window, Qt.Key.Key_N, CTRL_SHIFT)  # and round to the first again
    assert window.state.article_id == 1
    yield path, window
    window.close()
    store.close()


def test_a_disputed_article_shows_the_two_versions_side_by_side(disputed, qtbot):
    _path, window = disputed
    panel = window.views.adjudication_panel
    assert panel.isVisible()
    table = panel.table
    assert [table.horizontalHeaderItem(i).text() for i in range(2)] == ["anna", "boris"]
    assert table.rowCount() == 2  # Токаев PER | ORG, Москва LOC | nothing; the agreed one is not
    assert "[Токаев]" in table.item(0, 0).text() and "PER" in table.item(0, 0).text()
    assert "ORG" in table.item(0, 1).text()
    assert "[Москва]" in table.item(1, 0).text() and table.item(1, 1).text() == "—"
    assert window.views.text_view.mark == TOKAEV  # the current place is marked in the text
    press(qtbot, window, Qt.Key.Key_Down, ALT)
    assert window.views.text_view.mark == MOSCOW
    current = window.state.current_span()  # the usual keys act on the same place
    assert (current.start, current.end) == MOSCOW
    press(qtbot, window, Qt.Key.Key_Up, ALT)
    assert window.views.text_view.mark == TOKAEV


def test_q_and_w_take_a_span_on_disk_and_ctrl_z_undoes(disputed, qtbot):
    path, window = disputed
    press(qtbot, window, Qt.Key.Key_W)  # boris's Токаев ORG
    assert accepted(path) == {(*TOKAEV, "ORG")}
    assert window.views.adjudication_panel.table.item(0, 2).text() == "boris"
    assert window.views.text_view.mark == MOSCOW  # on to the next open place
    press(qtbot, window, Qt.Key.Key_Q)  # anna's Москва LOC
    assert accepted(path) == {(*TOKAEV, "ORG"), (*MOSCOW, "LOC")}
    undo(qtbot, window)
    assert accepted(path) == {(*TOKAEV, "ORG")}
    undo(qtbot, window)
    assert accepted(path) == set()


def test_taking_the_side_that_marked_nothing_leaves_nothing_there(disputed, qtbot):
    path, window = disputed
    press(qtbot, window, Qt.Key.Key_Down, ALT)
    press(qtbot, window, Qt.Key.Key_W)  # boris marked nothing on Москва
    with Store(path) as store:
        (moscow,) = store.spans.overlapping(1, *MOSCOW)
        assert moscow.status is SpanStatus.REJECTED
    assert window.views.adjudication_panel.table.item(1, 2).text() == "boris"


def test_the_keys_work_in_a_russian_layout(disputed, qtbot):
    path, window = disputed
    cyrillic_key(qtbot, "й")  # with a Russian layout the key of Q arrives as Й
    assert accepted(path) == {(*TOKAEV, "PER")}


def test_shift_e_hands_the_place_to_the_usual_editing(disputed, qtbot):
    path, window = disputed
    press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ShiftModifier)
    current = window.state.current_span()
    assert current is not None and (current.start, current.end) == TOKAEV
    press(qtbot, window, Qt.Key.Key_3)  # ORG's key relabels the span under edit
    assert accepted(path) == {(*TOKAEV, "ORG")}


def test_finishing_takes_the_agreed_spans_and_export_writes_the_result(disputed, qtbot, tmp_path):
    path, window = disputed
    press(qtbot, window, Qt.Key.Key_Q)  # anna's Токаев PER
    press(qtbot, window, Qt.Key.Key_W)  # boris: no Москва
    press(qtbot, window, Qt.Key.Key_D, CTRL_SHIFT)
    qtbot.waitUntil(lambda: window.state.article_id == 2, timeout=5000)  # the next disputed
    with Store(path) as store:
        assert store.articles.status(1) is ArticleStatus.DONE
        assert store.team.adjudication(1)[0] == "judge"
        out = tmp_path / "out.jsonl"
        export(store, ExportOptions(format="jsonl", out=out))
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    spans = sorted((s["start"], s["end"], s["label"]) for s in record["spans"])
    assert spans == [(*TOKAEV, "PER"), (*TOKAEV_AGAIN, "PER")]
    undo(qtbot, window)
    with Store(path) as store:
        assert store.articles.status(1) is ArticleStatus.IN_PROGRESS


def test_an_article_without_two_versions_shows_no_panel(window, qtbot):
    assert not window.views.adjudication_panel.isVisible()
    press(qtbot, window, Qt.Key.Key_Q)
    assert "not disputed" in window.statusBar().currentMessage()


TAKE_DRIVER = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from razmetka.ui.app import application, run
    from razmetka.ui.main_window import MainWindow

    def drive():
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
        view = window.views.text_view
        QTest.keyClick(view, Qt.Key.Key_W)  # boris's Токаев ORG
        print("TAKEN", window.state.article.id, flush=True)

    application()
    QTimer.singleShot(300, drive)
    run(sys.argv[1])
    """
)


def test_a_take_survives_a_killed_process(tmp_path):
    path = disputed_database(tmp_path)
    with driven_window(TAKE_DRIVER, [str(path)], tmp_path / "config", "judge") as process:
        line = _read_line(process, "TAKEN", timeout=60)
    assert process.returncode == -signal.SIGKILL
    assert line.split()[1] == "1"
    assert accepted(path) == {(*TOKAEV, "ORG")}
    with Store(path) as store:
        assert store.team.adjudication(1) == ("judge", None)


def test_the_agreement_dialog_shows_the_figures_as_tables(disputed, qtbot):
    from razmetka.ui.dialogs.agreement import AgreementDialog

    _path, window = disputed
    dialog = AgreementDialog(window.state.store, window)
    qtbot.addWidget(dialog)
    shown = dialog.text.toPlainText()
    assert "anna and boris: 2 articles compared" in shown
    # strict F1: 1 span the same of 3 + 2 in article 1, none of 2 + 1 in article 2: 2/8
    assert any(line.split()[:3] == ["overall", "0.250", "0.250"] for line in shown.splitlines())
    assert "Cohen's kappa over tokens" in shown
    assert "Token labels: anna down, boris across" in shown


def test_the_team_menu_opens_the_agreement_dialog(window, qtbot, monkeypatch):
    from razmetka.ui.dialogs import agreement

    opened = []
    monkeypatch.setattr(agreement.AgreementDialog, "exec", lambda self: opened.append(self))
    window.action_table.by_name["agreement"].trigger()
    assert len(opened) == 1
    assert "nothing to compare" in opened[0].text.toPlainText()


def test_the_export_dialog_writes_each_analysts_version(disputed, qtbot, tmp_path):
    from PySide6.QtWidgets import QDialog

    from razmetka.ui.dialogs.export_dialog import ExportDialog

    _path, window = disputed
    dialog = ExportDialog(window.settings, window, ["PER", "LOC", "ORG"])
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("jsonl"))
    assert not dialog.versions.isChecked()  # the curated result unless asked
    dialog.versions.setChecked(True)
    dialog.destination.setText(str(tmp_path / "versions.jsonl"))
    dialog._accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    export(window.state.store, dialog.options())
    lines = (tmp_path / "versions.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["annotator"] for line in lines] == ["anna", "boris"] * 2
    again = ExportDialog(window.settings, window, ["PER"])
    qtbot.addWidget(again)
    assert again.versions.isChecked()  # remembered


def test_the_help_overlay_lists_the_adjudication_keys(window, qtbot):
    from PySide6.QtWidgets import QLabel

    window.toggle_help()
    overlay = window.views.help_overlay
    qtbot.waitUntil(overlay.isVisible)
    texts = [label.text() for label in overlay.findChildren(QLabel)]
    assert "Adjudication" in texts
    assert "Take the first analyst's span" in texts and "Q" in texts
    assert "Ctrl+Shift+D" in texts and "Alt+Down" in texts
    qtbot.keyClick(overlay, Qt.Key.Key_Escape)


def test_a_label_may_not_take_an_adjudication_key(window):
    from razmetka.ui.window.actions import RESERVED_KEYS

    assert {"Q", "W", "Й", "Ц"} <= RESERVED_KEYS


def test_the_window_words_the_missing_annotator_in_russian(tmp_path, qapp):
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from razmetka.core.report import NO_ANNOTATOR
    from razmetka.ui.wording import problem_words

    with Store(disputed_database(tmp_path)) as store:
        report = export(store, ExportOptions(format="hf", out=tmp_path / "hf", versions=True))
    (problem,) = [p for p in report.problems if p.kind == NO_ANNOTATOR]
    translator = QTranslator()
    folder = os.path.join(os.path.dirname(__file__), "..", "..", "resources", "translations")
    assert translator.load(QLocale("ru"), "razmetka", "_", folder)
    QCoreApplication.installTranslator(translator)
    try:
        assert "нет места для имени аналитика" in problem_words(problem)
    finally:
        QCoreApplication.removeTranslator(translator)


def test_the_list_filter_shows_the_disputed_articles(tmp_path, qtbot):
    from razmetka.core import actions
    from razmetka.core.model import Article, Document
    from razmetka.core.store.lists import ListQuery
    from razmetka.core.team import adjudicate

    path = disputed_database(tmp_path, agreed=1)  # article 3: both versions the same
    with Store(path) as store:
        store.articles.add(Document(Article(text="Без версий.", external_id="alone")))
        assert store.lists.ordered_ids(ListQuery(disputed=True)) == [1, 2]
        assert adjudicate.disputed(store) == [1, 2]
        store.apply(actions.approve(store, 1))
        assert store.lists.ordered_ids(ListQuery(disputed=True, status=ArticleStatus.DONE)) == [1]
    store = Store(path)
    window = shown_window(store, qtbot)
    panel = window.views.article_list
    assert panel.model.rowCount() == 4
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("disputed"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2, timeout=5000)
    window.close()
    store.close()


def test_the_panel_is_made_with_the_first_disputed_article(qtbot, window, store):
    from PySide6.QtWidgets import QTableWidget

    # Its table cost every start of the window 6–10 ms; an undisputed corpus never makes it.
    assert not window.views.has_adjudication_panel
    assert window.findChildren(QTableWidget) == []
    press(qtbot, window, Qt.Key.Key_J)
    assert not window.views.has_adjudication_panel
