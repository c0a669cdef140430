"""The window's actions with their shortcuts, the menus that hold them, the label keys, and
the span's context menu."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcutEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu

from razmetka.core.model import Label, SpanStatus
from razmetka.ui.i18n import SETTING as LANGUAGE_SETTING
from razmetka.ui.views.text_view import TextView
from razmetka.ui.window.state import WindowState

# The letters of the Latin (QWERTY) and Russian (ЙЦУКЕН) layouts on the same physical keys.
# Qt names a key by the letter the layout gives it, so with a Russian layout J arrives as О:
# each letter shortcut has a twin on the same key, and the keys work in either layout.
_LATIN = "QWERTYUIOPASDFGHJKLZXCVBNM"
_CYRILLIC = "ЙЦУКЕНГШЩЗФЫВАПРОЛДЯЧСМИТЬ"
_TWINS = {**dict(zip(_LATIN, _CYRILLIC, strict=True)), **dict(zip(_CYRILLIC, _LATIN, strict=True))}

# Keys the window itself uses; a label hotkey may not take one of them (in either layout).
RESERVED_KEYS = frozenset("AXJKaxjkФЧОЛфчол" + "QWqwЙЦйц")


def with_twins(keys: list[str]) -> list[str]:
    """``keys`` and, for a letter typed alone or with Shift or Ctrl, the same key in the other
    layout (with ru and us both set up, Qt finds both, which ``TwinsAreOneKey`` settles; with
    ru alone, only the twin). Alt+letter gets none: with Alt a Russian letter opens a menu."""
    twins = []
    for combination in keys:
        *modifiers, last = combination.split("+")
        twin = _TWINS.get(last.upper())
        if twin is not None and set(modifiers) <= {"Shift", "Ctrl"}:
            twins.append("+".join([*modifiers, twin]))
    return [*keys, *(t for t in twins if t not in keys)]


class TwinsAreOneKey(QObject):
    """With a Russian and a Latin layout both set up (ru,us), Qt offers the shortcut map a key's
    letter in each layout, Ф and A; both match, the action's shortcut and its twin, and Qt calls
    the key ambiguous and does nothing. Both shortcuts are the action's own, so it fires. A key
    another action holds too stays ambiguous."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Shortcut
            and isinstance(event, QShortcutEvent)
            and event.isAmbiguous()
            and isinstance(watched, QAction)
            and watched.isEnabled()
            and _only_its_own(watched, event.key())
        ):
            watched.trigger()
            return True
        return False


def _only_its_own(action: QAction, key: QKeySequence) -> bool:
    """Whether ``key`` is one of ``action``'s shortcuts and no other action of its window holds
    any of them."""
    own = action.shortcuts()
    window = action.parent()
    others = window.actions() if isinstance(window, QMainWindow) else []
    return key in own and not any(
        other is not action and any(k in own for k in other.shortcuts()) for other in others
    )


STD = QKeySequence.StandardKey
LANGUAGES = (("en", "English"), ("ru", "Русский"))  # each in its own language


class ActionTable(QObject):
    """Every action by name (``by_name``), the menu bar, and the label actions.

    Signals: language_requested(str) — an interface language was chosen ("system", "ru", "en");
    label_chosen(str, bool) — a label's key or menu entry (its name; True for exact characters).
    """

    language_requested = Signal(str)
    label_chosen = Signal(str, bool)

    def __init__(self, window: QMainWindow, state: WindowState, text_view: TextView) -> None:
        super().__init__(window)
        self._window = window
        self._state = state
        self._text_view = text_view
        self._twins = TwinsAreOneKey(self)
        self.by_name: dict[str, QAction] = {}
        self.label_actions: list[QAction] = []
        for name, text, keys in self._entries():
            self._add(name, text, keys)
        show = self.by_name["show_rejected"]
        show.setCheckable(True)
        show.setChecked(state.show_rejected)
        self._build_menus()

    def _entries(self) -> list[tuple[str, str, list[str] | QKeySequence.StandardKey | None]]:
        return [
            ("new_db", self.tr("&New database…"), STD.New),
            ("open_db", self.tr("&Open database…"), STD.Open),
            ("import_files", self.tr("&Import files…"), ["Ctrl+I"]),
            ("import_folder", self.tr("Import a &folder…"), ["Ctrl+Shift+I"]),
            ("export", self.tr("&Export…"), ["Ctrl+E"]),
            ("quit", self.tr("&Quit"), STD.Quit),
            ("undo", self.tr("&Undo"), STD.Undo),
            ("redo", self.tr("&Redo"), STD.Redo),
            ("labels", self.tr("&Labels…"), ["Ctrl+L"]),
            ("find", self.tr("&Find article"), STD.Find),
            # Find in article: the hits of the search in the open article.
            ("next_hit", self.tr("Next &hit in the article"), ["F3"]),
            ("previous_hit", self.tr("Previous hit in the article"), ["Shift+F3"]),
            ("copy", self.tr("&Copy"), STD.Copy),
            ("next", self.tr("&Next suggestion"), ["J"]),
            ("previous", self.tr("&Previous suggestion"), ["K"]),
            ("accept", self.tr("&Accept"), ["A"]),
            ("reject", self.tr("&Reject"), ["X"]),
            ("delete", self.tr("&Delete span"), ["Del", "Backspace"]),
            ("grow_start", self.tr("Grow at the start"), ["Alt+Left"]),
            ("grow_end", self.tr("Grow at the end"), ["Alt+Right"]),
            ("shrink_start", self.tr("Shrink at the start"), ["Alt+Shift+Right"]),
            ("shrink_end", self.tr("Shrink at the end"), ["Alt+Shift+Left"]),
            ("accept_all", self.tr("Accept &all suggestions"), ["Shift+A"]),
            ("span_menu", self.tr("Span &menu"), ["Shift+F10", "Menu"]),
            ("done_next", self.tr("&Done, next article"), ["Ctrl+Return", "Ctrl+Enter"]),
            ("skip", self.tr("&Skip article"), ["Ctrl+Shift+Return"]),
            ("reopen", self.tr("&Reopen article"), None),
            ("next_article", self.tr("Ne&xt article"), ["Ctrl+PgDown"]),
            ("previous_article", self.tr("Pre&vious article"), ["Ctrl+PgUp"]),
            ("suggest_article", self.tr("Suggest entities in this article"), None),
            ("suggest_all", self.tr("Suggest entities in new articles"), None),
            ("stop_suggest", self.tr("S&top suggesting"), ["Ctrl+."]),
            ("show_rejected", self.tr("Show &rejected"), ["Ctrl+H"]),
            ("dashboard", self.tr("&Dashboard…"), ["Ctrl+D"]),
            ("help", self.tr("&Keyboard shortcuts"), STD.HelpContents),
            ("about", self.tr("&About Razmetka"), None),
            *self._team_entries(),
        ]

    def _team_entries(self) -> list[tuple[str, str, list[str] | None]]:
        """Adjudication of disputed articles and the analysts' agreement (the Team menu)."""
        return [
            ("next_disputed", self.tr("Next &disputed article"), ["Ctrl+Shift+N"]),
            ("take_a", self.tr("Take the &first analyst's span"), ["Q"]),
            ("take_b", self.tr("Take the &second analyst's span"), ["W"]),
            ("edit_difference", self.tr("&Edit the difference"), ["Shift+E"]),
            ("next_difference", self.tr("&Next difference"), ["Alt+Down"]),
            ("previous_difference", self.tr("&Previous difference"), ["Alt+Up"]),
            ("finish_adjudication", self.tr("&Finish adjudication"), ["Ctrl+Shift+D"]),
            ("agreement", self.tr("&Agreement between analysts…"), None),
        ]

    def _add(
        self, name: str, text: str, keys: list[str] | QKeySequence.StandardKey | None
    ) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        if isinstance(keys, QKeySequence.StandardKey):  # the platform's keys for Undo, Copy…
            portable = QKeySequence.SequenceFormat.PortableText
            keys = [k.toString(portable) for k in QKeySequence.keyBindings(keys)]
        if keys:
            action.setShortcuts([QKeySequence(k) for k in with_twins(keys)])
            action.installEventFilter(self._twins)
        self._window.addAction(action)
        self.by_name[name] = action
        return action

    def bind(self, slots: Mapping[str, Callable[[], object]]) -> None:
        """Connect each named action to what it does."""
        for name, slot in slots.items():
            self.by_name[name].triggered.connect(lambda _checked=False, slot=slot: slot())

    def bind_undo(self, stack: QUndoStack) -> None:
        """Tie the Undo and Redo actions to ``stack`` (also after it is replaced)."""
        undo, redo = self.by_name["undo"], self.by_name["redo"]

        def update() -> None:
            if not shiboken6.isValid(stack):
                return  # QUndoStack clears itself, and signals, while it is being destroyed
            undo.setEnabled(stack.canUndo())
            redo.setEnabled(stack.canRedo())
            undo.setText(self.tr("&Undo %1").replace("%1", stack.undoText()).strip())
            redo.setText(self.tr("&Redo %1").replace("%1", stack.redoText()).strip())

        stack.indexChanged.connect(lambda _index: update())
        stack.cleanChanged.connect(lambda _clean: update())
        update()

    # -- menus

    def _fill(self, menu: QMenu, names: Iterable[str | None]) -> None:
        for name in names:
            menu.addAction(self.by_name[name]) if name else menu.addSeparator()

    def _build_menus(self) -> None:
        bar = self._window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._fill(file_menu, ("new_db", "open_db"))
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.setObjectName("recentMenu")
        self._fill(file_menu, (None, "import_files", "import_folder", "export", None, "quit"))
        edit_menu = bar.addMenu(self.tr("&Edit"))
        self._fill(edit_menu, ("undo", "redo", None, "copy", "find", "next_hit", "previous_hit"))
        self._fill(edit_menu, (None, "labels"))
        span_menu = bar.addMenu(self.tr("&Span"))
        self._fill(span_menu, ("next", "previous", None, "accept", "reject", "delete"))
        self.label_menu = span_menu.addMenu(self.tr("&Label"))
        resize = ("grow_start", "grow_end", "shrink_start", "shrink_end")
        self._fill(span_menu, (None, *resize, None, "accept_all", "span_menu"))
        article_menu = bar.addMenu(self.tr("&Article"))
        moves = ("done_next", "skip", "reopen", None, "next_article", "previous_article")
        self._fill(article_menu, (*moves, None, "suggest_article", "suggest_all", "stop_suggest"))
        view_menu = bar.addMenu(self.tr("&View"))
        self._fill(view_menu, ("show_rejected", "dashboard"))
        self._language_menu(view_menu.addMenu(self.tr("&Language")))
        team_menu = bar.addMenu(self.tr("&Team"))
        self._fill(team_menu, ("next_disputed", None, "take_a", "take_b", "edit_difference"))
        self._fill(team_menu, ("next_difference", "previous_difference", "finish_adjudication"))
        self._fill(team_menu, (None, "agreement"))
        help_menu = bar.addMenu(self.tr("&Help"))
        self._fill(help_menu, ("help", "about"))
        self._review_actions(span_menu, edit_menu)

    def _review_actions(self, span_menu: QMenu, edit_menu: QMenu) -> None:
        """Carrying a decision everywhere, normal forms, and the consistency check."""
        self._add("everywhere", self.tr("Decide the same &everywhere…"), ["Ctrl+Shift+A"])
        self._add("edit_normal", self.tr("Edit the &normal form…"), ["F2"])
        self._add("check", self.tr("&Check consistency"), ["F7"])
        self._add("fix_finding", self.tr("&Fix the finding"), ["Ctrl+Shift+F"])
        self._fill(span_menu, (None, "everywhere", "edit_normal"))
        self._fill(edit_menu, (None, "check", "fix_finding"))

    def _language_menu(self, menu: QMenu) -> None:
        group = QActionGroup(self._window)
        chosen = str(self._state.settings.value(LANGUAGE_SETTING, "system"))
        for code, title in (("system", self.tr("System")), *LANGUAGES):
            action = menu.addAction(title)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == chosen)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, code=code: self.language_requested.emit(code))

    # -- labels

    def set_labels(self, labels: list[Label]) -> None:
        """One action per label (its hotkey) and one for exact characters (Alt+hotkey)."""
        for action in self.label_actions:
            self._window.removeAction(action)
            action.deleteLater()
        self.label_actions = []
        self.label_menu.clear()
        exact_menu = QMenu(self.tr("Create from exact characters"), self.label_menu)
        mnemonics = self._mnemonics()
        for label in labels:
            keys = [label.hotkey] if label.hotkey and label.hotkey not in RESERVED_KEYS else []
            action = self._label_action(f"label_{label.name}", label.name, keys, False)
            # Alt+letter may open a menu (Alt+F for File...); such a label keeps its plain key.
            alt_keys = [f"Alt+{k}" for k in keys if k.upper() not in mnemonics]
            exact = self._label_action(f"exact_{label.name}", label.name, alt_keys, True)
            self.label_menu.addAction(action)
            exact_menu.addAction(exact)
        self.label_menu.addSeparator()
        self.label_menu.addMenu(exact_menu)

    def _label_action(self, object_name: str, label: str, keys: list[str], exact: bool) -> QAction:
        action = QAction(label, self._window)
        action.setObjectName(object_name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(lambda _c=False: self.label_chosen.emit(label, exact))
        self._window.addAction(action)
        self.label_actions.append(action)
        return action

    def _mnemonics(self) -> set[str]:
        """Letters that open a menu with Alt."""
        letters = set()
        for action in self._window.menuBar().actions():
            text = action.text()
            at = text.find("&")
            if 0 <= at < len(text) - 1:
                letters.add(text[at + 1].upper())
        return letters

    # -- the span's context menu

    def show_span_menu(self, span_id: int, point: QPoint) -> None:
        """What can be done to the span under ``point`` (or to the selected text)."""
        menu = QMenu(self._window)
        menu.setObjectName("spanMenu")
        index = self._state.index
        span = index.get(span_id) if index is not None and span_id >= 0 else None
        act = self.by_name
        label_keys = [a for a in self.label_actions if a.objectName().startswith("label_")]
        if self._text_view.textCursor().hasSelection():
            menu.addMenu(self.tr("Create span")).addActions(label_keys)
            menu.addAction(act["copy"])
        if span is not None:
            if span.status is not SpanStatus.ACCEPTED:
                menu.addAction(act["accept"])
            if span.status is not SpanStatus.REJECTED:
                menu.addAction(act["reject"])
            menu.addMenu(self.tr("Change label")).addActions(label_keys)
            self._fill(menu, ("edit_normal", "everywhere"))
            menu.addSeparator()
            self._fill(menu, ("grow_start", "grow_end", "shrink_start", "shrink_end", None))
            menu.addAction(act["delete"])
        if menu.isEmpty():
            menu.addAction(act["accept_all"])
        menu.exec(point)
        menu.deleteLater()
