"""The window's widgets and where they sit: article list left, text centre, spans right."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QVBoxLayout, QWidget

from razmetka.core.store import Store
from razmetka.ui.theme import apply_style, flat_scroll_bars, style_item_view, style_text_view
from razmetka.ui.views.article_list import ArticleListModel, ArticleListPanel
from razmetka.ui.views.legend import Legend
from razmetka.ui.views.span_table import SpanTable, SpanTableModel
from razmetka.ui.views.steady_label import SteadyLabel
from razmetka.ui.views.text_view import TextView

if TYPE_CHECKING:
    from razmetka.ui.views.adjudication_panel import AdjudicationPanel
    from razmetka.ui.views.help_overlay import HelpOverlay


class WindowViews:
    """Builds the widgets into ``window``; the parts reach them here."""

    def __init__(self, window: QMainWindow, store: Store) -> None:
        self._window = window
        self._adjudication_panel: AdjudicationPanel | None = None
        self._help_overlay: HelpOverlay | None = None
        self.article_model = ArticleListModel(store, window)
        self.article_list = ArticleListPanel(self.article_model, window)
        center = self._build_center(window)
        side = self._build_side(window)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, window)
        self.splitter.setObjectName("mainSplitter")
        for widget, stretch in ((self.article_list, 2), (center, 5), (side, 3)):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        # The list names its count columns in words now: it needs the room to show titles.
        self.splitter.setSizes([470, 600, 370])
        self.splitter.setChildrenCollapsible(True)
        window.setCentralWidget(self.splitter)

        self.counts_label = SteadyLabel(window)
        self.progress_label = SteadyLabel(window)
        self.progress_label.setObjectName("statusProgress")
        window.statusBar().addPermanentWidget(self.counts_label)
        window.statusBar().addPermanentWidget(self.progress_label)
        self._style()
        available = window.screen().availableGeometry()
        window.resize(min(1440, available.width()), min(880, available.height()))

    def _build_center(self, window: QMainWindow) -> QWidget:
        self.header = QLabel(window)
        self.header.setObjectName("articleHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.meta = QLabel(window)
        self.meta.setObjectName("articleMeta")
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.text_view = TextView(window)
        center = QWidget(window)
        self._center_layout = layout = QVBoxLayout(center)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.header)
        layout.addWidget(self.meta)
        layout.addWidget(self.text_view, 1)
        return center

    @property
    def adjudication_panel(self) -> AdjudicationPanel:
        """Under the text, made when it is first needed (a disputed article): its table cost
        every start of the window 6–10 ms."""
        if self._adjudication_panel is None:
            from razmetka.ui.views.adjudication_panel import AdjudicationPanel

            panel = AdjudicationPanel(self._window)
            panel.hide()
            style_item_view(panel.table)
            apply_style(panel)
            self._center_layout.addWidget(panel)
            self._adjudication_panel = panel
        return self._adjudication_panel

    @property
    def has_adjudication_panel(self) -> bool:
        return self._adjudication_panel is not None

    @property
    def help_overlay(self) -> HelpOverlay:
        """The F1 sheet over the window, made when it is first asked for: its scroll area and
        grid are Qt classes PySide6 readies on first use, a cost no start needs to pay."""
        if self._help_overlay is None:
            from razmetka.ui.views.help_overlay import HelpOverlay

            overlay = HelpOverlay(self._window)
            overlay.hide()
            apply_style(overlay)
            self._help_overlay = overlay
        return self._help_overlay

    @property
    def has_help_overlay(self) -> bool:
        return self._help_overlay is not None

    def _build_side(self, window: QMainWindow) -> QWidget:
        self.span_model = SpanTableModel(window)
        self.span_table = SpanTable(self.span_model, window)
        self.span_caption = SteadyLabel(window)
        self.span_caption.setObjectName("panelCaption")
        self.legend_caption = QLabel(QCoreApplication.translate("WindowViews", "Labels"), window)
        self.legend_caption.setObjectName("panelCaption")
        self.legend = Legend(window)
        side = QWidget(window)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 6, 6, 6)
        layout.addWidget(self.span_caption, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.span_table, 1)
        layout.addWidget(self.legend_caption)
        layout.addWidget(self.legend)
        return side

    def _style(self) -> None:
        style_text_view(self.text_view)
        style_item_view(self.span_table)
        style_item_view(self.article_list.view)
        apply_style(
            self.header,
            self.meta,
            self.span_caption,
            self.legend_caption,
            self.legend,
            self.article_list.progress_label,
            self.article_list.progress_bar,
        )
        flat_scroll_bars(self.text_view, self.span_table, self.article_list.view)
