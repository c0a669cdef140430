"""Interface language: Russian or English, following the system unless the analyst chooses.

Translations are Qt ``.qm`` files in ``resources/translations`` (compiled from the ``.ts``
sources with ``pyside6-lrelease``); Qt's own strings (standard dialogs) come from ``qtbase_*.qm``.
English has a file too, for its plural forms only: a count is written ``%n article(s)`` in the
code and each language says how its forms go.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from razmetka.core.model import ArticleStatus, SpanStatus
from razmetka.resources import FOLDER as RESOURCES

LANGUAGES = ("ru", "en")
SETTING = "language"  # "system", "ru" or "en"


def translations_folder() -> Path:
    return RESOURCES / "translations"


def chosen_language(settings: QSettings | None = None) -> str:
    """The language to use: the saved choice, else the system's when we have it, else English."""
    value = str((settings or QSettings()).value(SETTING, "system"))
    if value in LANGUAGES:
        return value
    return "ru" if QLocale.system().language() is QLocale.Language.Russian else "en"


class Translators:
    """Installs and swaps the application's translators."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, language: str) -> bool:
        """Switch to ``language``; returns False when its translation is missing."""
        app = QCoreApplication.instance()
        assert app is not None
        self.remove_all()
        self.language = language
        own = QTranslator(app)
        if language == "en":
            # English needs only its plural forms ("1 article", "2 articles" from "%n article(s)").
            if own.load("razmetka_en", str(translations_folder())):
                app.installTranslator(own)
                self._installed.append(own)
            return True
        if not own.load(f"razmetka_{language}", str(translations_folder())):
            return False
        qt = QTranslator(app)
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt)
            self._installed.append(qt)
        app.installTranslator(own)
        self._installed.append(own)
        return True

    def remove_all(self) -> None:
        """Back to the strings as the code writes them."""
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []


def span_status_name(status: SpanStatus) -> str:
    names = {
        SpanStatus.SUGGESTED: QCoreApplication.translate("Status", "pending"),
        SpanStatus.ACCEPTED: QCoreApplication.translate("Status", "accepted"),
        SpanStatus.REJECTED: QCoreApplication.translate("Status", "rejected"),
    }
    return names[status]


def article_status_name(status: ArticleStatus) -> str:
    names = {
        ArticleStatus.TODO: QCoreApplication.translate("Status", "to do"),
        ArticleStatus.IN_PROGRESS: QCoreApplication.translate("Status", "in progress"),
        ArticleStatus.DONE: QCoreApplication.translate("Status", "done"),
        ArticleStatus.SKIPPED: QCoreApplication.translate("Status", "skipped"),
    }
    return names[status]
