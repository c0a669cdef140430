"""The consistency check's findings in a dock: each finding with the places it names under
it, as plain text (a name is the article's text)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QTreeWidget, QTreeWidgetItem, QWidget

from razmetka.core.check import Finding, Place

FINDING = Qt.ItemDataRole.UserRole + 1
PLACE = Qt.ItemDataRole.UserRole + 2


class CheckPanel(QDockWidget):
    """Signals: place_chosen(object) — Enter (or a double click) on a place or a finding (its
    first place): the ``Place``."""

    place_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkPanel")
        self.setWindowTitle(self.tr("Consistency check"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("checkFindings")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.itemActivated.connect(self._activated)
        self.setWidget(self.tree)

    def show_findings(self, findings: Sequence[Finding]) -> None:
        self.tree.clear()
        for finding in findings:
            item = QTreeWidgetItem([finding.message])
            item.setData(0, FINDING, finding)
            item.setToolTip(0, "")
            for place in finding.places:
                child = QTreeWidgetItem([self.place_text(place)])
                child.setData(0, PLACE, place)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
        if self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))

    def place_text(self, place: Place) -> str:
        where = place.external_id or f"#{place.article_id}"
        text = " ".join(place.text.split())
        return f"{where}: «{text}» {place.label}" if place.label else f"{where}: «{text}»"

    def current(self) -> tuple[Finding | None, list[Place]]:
        """The chosen finding and its places to fix: one place when a place is chosen."""
        item = self.tree.currentItem()
        if item is None:
            return None, []
        place = item.data(0, PLACE)
        if place is not None:
            parent = item.parent()
            return (parent.data(0, FINDING) if parent else None), [place]
        finding = item.data(0, FINDING)
        return finding, list(finding.places) if finding is not None else []

    def remove_current(self) -> None:
        """The chosen finding (or place) was fixed: it goes; a finding with no place left too."""
        item = self.tree.currentItem()
        if item is None:
            return
        parent = item.parent()
        if parent is not None:
            parent.removeChild(item)
            if not parent.childCount():
                self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(parent))
        else:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        place = item.data(0, PLACE)
        if place is None and item.childCount():
            place = item.child(0).data(0, PLACE)
        if place is not None:
            self.place_chosen.emit(place)
