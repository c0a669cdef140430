"""The F1 overlay: every shortcut of the window, read from its actions so it is never stale."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from razmetka.ui.plain import plain_label

# (group title, action names) in the order the overlay lists them.
GROUPS = (
    (
        "Review",
        ("next", "previous", "accept", "reject", "delete", "accept_all", "everywhere", "span_menu"),
    ),
    ("Spans", ("grow_start", "grow_end", "shrink_start", "shrink_end", "edit_normal")),
    (
        "Articles",
        (
            "done_next",
            "skip",
            "next_article",
            "previous_article",
            "find",
            "next_hit",
            "previous_hit",
        ),
    ),
    (
        "Adjudication",
        (
            "next_disputed",
            "take_a",
            "take_b",
            "edit_difference",
            "next_difference",
            "previous_difference",
            "finish_adjudication",
        ),
    ),
    (
        "General",
        (
            "undo",
            "redo",
            "show_rejected",
            "labels",
            "check",
            "import_files",
            "export",
            "stop_suggest",
            "help",
        ),
    ),
)


class HelpOverlay(QWidget):
    """A translucent sheet over the window; any key or click closes it."""

    def __init__(self, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.setObjectName("helpOverlay")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._return_focus: QWidget | None = None
        self._panel = QWidget(self)
        self._panel.setObjectName("helpPanel")
        self._grid = QGridLayout(self._panel)
        self._grid.setHorizontalSpacing(18)
        self._grid.setVerticalSpacing(4)
        scroll = QScrollArea(self)
        scroll.setWidget(self._panel)
        scroll.setWidgetResizable(True)
        scroll.setObjectName("helpScroll")
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addWidget(scroll)
        parent.installEventFilter(self)

    def show_for(
        self, window: QMainWindow, actions: dict[str, QAction], label_actions: list[QAction]
    ) -> None:
        """Cover ``window`` with the shortcuts of ``actions`` and of the labels' actions."""
        self._fill(actions, label_actions)
        self.setGeometry(window.rect())
        self.raise_()
        focused = QApplication.focusWidget()
        self._return_focus = focused if focused is not self else self._return_focus
        self.show()
        self.setFocus()

    def _fill(self, actions: dict[str, QAction], label_actions: list[QAction]) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()
        row = 0
        title = plain_label(QLabel(self.tr("Keyboard shortcuts"), self._panel))
        title.setObjectName("helpTitle")
        self._grid.addWidget(title, row, 0, 1, 4)
        row += 1
        groups = [(self._group_title(name), names) for name, names in GROUPS]
        labels = [a for a in label_actions if a.shortcuts()]
        if labels:
            groups.insert(1, (self.tr("Labels"), tuple(a.objectName() for a in labels)))
            actions = {**actions, **{a.objectName(): a for a in labels}}
        half = (len(groups) + 1) // 2
        for column, chunk in enumerate((groups[:half], groups[half:])):
            r = row
            for group_title, names in chunk:
                heading = plain_label(QLabel(group_title, self._panel))
                heading.setObjectName("helpGroup")
                self._grid.addWidget(heading, r, column * 2, 1, 2)
                r += 1
                for name in names:
                    action = actions.get(name)
                    if action is None or not action.shortcuts():
                        continue
                    keys = ", ".join(_readable_keys(action.shortcuts()))
                    key = plain_label(QLabel(keys, self._panel))
                    key.setObjectName("helpKey")
                    key.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
                    text = action.text().replace("&", "")
                    if name == "undo":
                        text = self.tr("Undo")
                    elif name == "redo":
                        text = self.tr("Redo")
                    if name.startswith("exact_"):
                        text = self.tr("%1, exact characters").replace("%1", text)
                    elif name.startswith("label_"):
                        text = self.tr("%1: label selection or span").replace("%1", text)
                    self._grid.addWidget(key, r, column * 2, Qt.AlignmentFlag.AlignLeft)
                    # A label's name is the database's text.
                    shown = plain_label(QLabel(text, self._panel))
                    self._grid.addWidget(shown, r, column * 2 + 1)
                    r += 1
        self._grid.setColumnStretch(1, 1)
        self._grid.setColumnStretch(3, 1)
        hint = QLabel(
            self.tr(
                "Select text and press a label key to create a span (whole tokens); "
                "with Alt, exactly the selected characters. Right-click a span for its menu. "
                "In the search box, Enter opens the selected result; once the open article is "
                "among the results, Enter and Shift+Enter go to its next and previous hit. "
                "Press any key to close."
            ),
            self._panel,
        )
        hint.setWordWrap(True)
        hint.setObjectName("helpHint")
        self._grid.addWidget(hint, self._grid.rowCount(), 0, 1, 4)

    def _group_title(self, name: str) -> str:
        titles = {
            "Review": self.tr("Review"),
            "Spans": self.tr("Span edges"),
            "Articles": self.tr("Articles"),
            "Adjudication": self.tr("Adjudication"),
            "General": self.tr("General"),
        }
        return titles[name]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(20, 24, 32, 170))
        painter.end()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        super().hideEvent(event)
        # Back to where the analyst was typing (the text, mostly), not the next widget in line.
        if self._return_focus is not None and shiboken6.isValid(self._return_focus):
            self._return_focus.setFocus()

    def event(self, event: QEvent) -> bool:
        # A key that closes the sheet must do nothing else: claiming the shortcut override
        # keeps the window's actions (X rejects, A accepts...) from firing on it, and the key
        # comes to keyPressEvent instead.
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        self.hide()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.hide()
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize and self.isVisible():
            parent = self.parentWidget()
            if parent is not None:
                self.setGeometry(parent.rect())
        return False


def _readable_keys(sequences: list[QKeySequence]) -> list[str]:
    """Key combinations as an analyst types them; Qt's standard shortcuts also list media
    keys ("Undo", "F14") that no office keyboard has."""
    names = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences]
    typed = [n for n in names if n and ("+" in n or len(n) == 1 or n in _PLAIN_KEYS)]
    # A letter's twin in the Russian layout (J's О) is the same key: listed once, as printed
    # on the keyboard.
    latin = [n for n in typed if not _cyrillic(n)]
    typed = latin if latin else typed
    return typed or names[:1]


def _cyrillic(keys: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in keys)


_PLAIN_KEYS = {"Del", "Backspace", "F1", "F2", "F3", "Return", "Enter", "Esc", "Tab", "Menu"}
