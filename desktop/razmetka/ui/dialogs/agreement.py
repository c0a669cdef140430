"""The agreement between analysts, as ``razmetka agreement`` prints it: for every pair, over the
articles both finished, strict and partial span F1 per label and overall, Cohen's kappa over
tokens, the label confusion table and the number of articles compared; plain text tables."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from razmetka.core.store import Store, StoreError
from razmetka.core.team.agreement import PairAgreement, agreement
from razmetka.ui.wording import error_words


def table(rows: list[list[str]]) -> list[str]:
    """``rows`` as aligned columns: the first left-aligned, the others right-aligned."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(row)
        ).rstrip()
        for row in rows
    ]


class AgreementDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.setWindowTitle(self.tr("Agreement between analysts"))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("agreementText")
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(720, 560)
        try:
            pairs = agreement(store)
        except StoreError as exc:
            self.text.setPlainText(error_words(exc))
            return
        self.text.setPlainText(self.figures(pairs))

    def figures(self, pairs: list[PairAgreement]) -> str:
        if not pairs:
            return self.tr("No article is finished by two analysts yet: nothing to compare.")
        blocks = ["\n".join(self._pair_lines(pair)) for pair in pairs]
        return "\n\n".join(blocks)

    def _pair_lines(self, pair: PairAgreement) -> list[str]:
        heading = (
            self.tr("%1 and %2: %3 articles compared, %4 tokens")
            .replace("%1", pair.a)
            .replace("%2", pair.b)
            .replace("%3", str(pair.articles))
            .replace("%4", str(pair.tokens))
        )
        rows = [
            [
                self.tr("Label"),
                self.tr("Strict F1"),
                self.tr("Partial F1"),
                self.tr("Spans of %1").replace("%1", pair.a),
                self.tr("Spans of %1").replace("%1", pair.b),
            ]
        ]
        for name, tally in sorted(pair.labels.items()):
            rows.append(
                [name, *_figures(tally.strict_f1, tally.partial_f1), str(tally.a), str(tally.b)]
            )
        overall = pair.overall
        rows.append(
            [
                self.tr("overall"),
                *_figures(overall.strict_f1, overall.partial_f1),
                str(overall.a),
                str(overall.b),
            ]
        )
        kappa = self.tr("Cohen's kappa over tokens: %1").replace("%1", f"{pair.kappa:.3f}")
        return [heading, "", *table(rows), "", kappa, "", *self._confusion(pair)]

    def _confusion(self, pair: PairAgreement) -> list[str]:
        names = sorted({x for x, _ in pair.confusion} | {y for _, y in pair.confusion})
        if not names:
            return []
        caption = (
            self.tr("Token labels: %1 down, %2 across").replace("%1", pair.a).replace("%2", pair.b)
        )
        rows = [["", *names]]
        rows += [[x, *(str(pair.confusion.get((x, y), 0)) for y in names)] for x in names]
        return [caption, *table(rows)]


def _figures(strict: float, partial: float) -> list[str]:
    return [f"{strict:.3f}", f"{partial:.3f}"]
