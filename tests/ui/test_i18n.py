"""Russian and English interface, switchable while the window is open."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication

from razmetka.core.model import SpanStatus
from razmetka.ui.app import Session
from razmetka.ui.i18n import Translators, chosen_language, translations_folder

from .test_actions import span_by_text


def test_compiled_translation_is_shipped() -> None:
    assert (translations_folder() / "razmetka_ru.qm").is_file()
    assert (translations_folder() / "razmetka_ru.ts").is_file()


def test_russian_translation_loads(qapp) -> None:
    translators = Translators()
    try:
        assert translators.install("ru")
        assert QCoreApplication.translate("Status", "done") == "готова"
        assert QCoreApplication.translate("ActionTable", "&File") == "&Файл"
    finally:
        translators.install("en")
    assert QCoreApplication.translate("Status", "done") == "done"


def test_saved_choice_wins_over_the_system() -> None:
    settings = QSettings()
    settings.setValue("language", "ru")
    assert chosen_language(settings) == "ru"
    settings.setValue("language", "en")
    assert chosen_language(settings) == "en"


def test_switch_language_keeps_undo_history(qtbot, store) -> None:
    QSettings().setValue("language", "en")
    session = Session(QApplication.instance(), store)
    try:
        old = session.window
        old.show()
        qtbot.waitExposed(old)
        assert old.menuBar().actions()[0].text() == "&File"
        a0 = store.articles.find("a0")
        span = span_by_text(store, a0, "Казахстана")
        old.annotation.accept_current()
        assert store.spans.get(span.id).status is SpanStatus.ACCEPTED

        session.switch_language("ru")
        new = session.window
        assert new is not old
        qtbot.addWidget(new)
        qtbot.waitExposed(new)
        assert new.menuBar().actions()[0].text() == "&Файл"
        assert new.state.article.id == a0
        new.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is new)
        qtbot.keyClick(new.views.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert store.spans.get(span.id).status is SpanStatus.SUGGESTED
        assert new.state.index.get(span.id).status is SpanStatus.SUGGESTED
    finally:
        session.translators.install("en")
        session.window.close()


def test_every_string_is_translated() -> None:
    import xml.etree.ElementTree as ET

    root = ET.parse(translations_folder() / "razmetka_ru.ts").getroot()

    def translated(message: ET.Element) -> bool:
        translation = message.find("translation")
        forms = [form.text or "" for form in translation.iter("numerusform")]
        texts = forms or [translation.text or ""]  # a count has one text per plural form
        return all(text.strip() for text in texts)

    untranslated = [
        message.findtext("source")
        for message in root.iter("message")
        if not translated(message)
        or message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
    ]
    assert untranslated == []


def test_switch_language_waits_for_an_import(qtbot, store) -> None:
    QSettings().setValue("language", "en")
    session = Session(QApplication.instance(), store)
    try:
        old = session.window
        old.show()
        job = old.job_runner.run(
            lambda s, p, stop: time.sleep(0.3), "import", lambda r: None, "import"
        )
        finished: list[bool] = []
        # Direct: a queued call is dropped when the finished job is deleted before it runs.
        job.finished.connect(lambda: finished.append(True), Qt.ConnectionType.DirectConnection)
        session.switch_language("ru")
        assert session.window is old  # not rebuilt under a running import
        assert QSettings().value("language") == "ru"  # the choice holds from the next start
        # Not waitSignal: the short job may have finished (and been deleted) by now.
        qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    finally:
        session.window.close()


def test_strings_are_translated_in_their_own_class_context() -> None:
    """``widget.tr(...)`` on a variable is filed by lupdate under the variable's name (``old``,
    ``dialog``), while Qt looks it up under the widget's class: shown in English for ever."""
    import re

    called_on_a_variable = re.compile(r"\b(?!self\b)[a-z_]\w*\.tr\(")
    ui = Path(__file__).resolve().parents[2] / "desktop" / "razmetka" / "ui"
    found = [
        f"{path.name}:{number}"
        for path in ui.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if called_on_a_variable.search(line)
    ]
    assert found == []
