"""GUI test fixtures: an offscreen Qt, settings in a temporary folder, a small store."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from razmetka.core.model import Article, Document, Suggestion  # noqa: E402
from razmetka.core.store import Store  # noqa: E402

ORIGIN = "test-suggester@1"

ARTICLES = [
    (
        "Визит в Вашингтон",
        "Президент Казахстана Касым-Жомарт Токаев прибыл в Вашингтон.\n\n"
        "Встреча с Дональдом Трампом прошла в Белом доме. Об этом сообщила пресс-служба Акорды.",
        [
            Suggestion(10, 20, "LOC", "Казахстан"),
            Suggestion(21, 40, "PER", "Касым-Жомарт Токаев"),
            Suggestion(50, 59, "LOC", "Вашингтон"),
            Suggestion(72, 89, "PER", "Дональд Трамп"),
            Suggestion(99, 109, "LOC", "Белый дом"),
            Suggestion(141, 147, "ORG", "Акорда"),
        ],
    ),
    (
        "Эмодзи",
        "Флаг 🇷🇺 и улыбка 😀 перед словом Москва, потом Газпром и ещё 😀 Сбербанк.",
        [],
    ),
    (
        "Третья",
        "Минфин России опубликовал отчёт. Глава ведомства Антон Силуанов выступил в Госдуме.",
        [Suggestion(0, 6, "ORG", "Минфин"), Suggestion(49, 63, "PER", "Антон Силуанов")],
    ),
]


def fill(store: Store) -> list[int]:
    ids = []
    for number, (title, text, suggestions) in enumerate(ARTICLES):
        article = Article(
            text=text, title=title, external_id=f"a{number}", date=f"2026-01-0{number + 1}"
        )
        article_id = store.articles.add(Document(article))
        assert article_id is not None
        for suggestion in suggestions:
            assert text[suggestion.start : suggestion.end], suggestion
        store.suggestions.add(article_id, suggestions, ORIGIN)
        ids.append(article_id)
    return ids


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory: pytest.TempPathFactory, qapp) -> None:
    """QSettings of every test in a fresh folder, so no test sees another's layout."""
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    qapp.setOrganizationName("RazmetkaTest")
    qapp.setApplicationName("RazmetkaTest")
    QSettings().clear()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "test.db"
    with Store(path) as store:
        fill(store)
    return path


@pytest.fixture
def store(db_path: Path):
    store = Store(db_path)
    yield store
    store.close()


def shown_window(store: Store, qtbot):
    """A main window on ``store``, shown and active, with the text view focused."""
    from razmetka.ui.main_window import MainWindow

    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    window.views.text_view.setFocus()
    return window


@pytest.fixture
def window(store: Store, qtbot):
    window = shown_window(store, qtbot)
    yield window
    window.close()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.gui)
            # The offscreen platform notes what it cannot do (size hints, raise, keyboard grab
            # for menus); these are not the program's warnings.
            item.add_marker(pytest.mark.qt_log_ignore("^This plugin does not support "))


def on_dialog(qtbot, handle: Callable[[QWidget], None]) -> None:
    """Run ``handle`` on the modal dialog once it is open (exec blocks the test)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        try:
            dialog.activateWindow()  # as a window manager does (offscreen does not)
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=10_000)
            handle(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()  # a failed check must not leave the test waiting

    QTimer.singleShot(0, run)
