"""The core's refusals and reports in the interface's language.

The core says what went wrong in English for the command line, and with each refusal a kind and
the details it names (a file, a label, a count); the window words them here, so that nothing
shown in a Russian window is left in English. A refusal of a kind not worded here is shown as the
core said it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from razmetka.core.model import SpanStatus
from razmetka.core.store import NotSaved, StoreError
from razmetka.core.store import errors as store_errors
from razmetka.ui.i18n import span_status_name

# The check's findings and the exports' reports are worded when there is one: their modules
# are loaded then, not with the window.
if TYPE_CHECKING:
    from razmetka.core.check import Finding
    from razmetka.core.report import ExportReport, Problem


def filled(template: str, values: Sequence[object]) -> str:
    """``%1``, ``%2``... replaced in one pass: a file name holding ``%2`` stays as it is."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]), template)


def refusal_words(exc: NotSaved) -> str:
    """Why the file took nothing, in the interface's language (the window adds "Not saved")."""
    translate = QCoreApplication.translate
    words = {
        store_errors.BUSY: translate(
            "EditCommand", "the file is busy: another program is writing to it"
        ),
        store_errors.READ_ONLY: translate("EditCommand", "the file is read-only"),
        store_errors.FULL: translate("EditCommand", "the disk is full"),
        store_errors.DISK: translate("EditCommand", "the disk could not be read or written"),
        store_errors.CANNOT_OPEN: translate(
            "EditCommand", "the file or its folder cannot be opened for writing"
        ),
    }
    return words.get(exc.reason, str(exc))


class Wording(QObject):
    """The words; a QObject so that lupdate knows their context and their plural forms."""

    def error_words(self, exc: BaseException) -> str:
        """What went wrong, for the analyst: a refusal of the store or of an export in the
        interface's language, anything else as it was said."""
        from razmetka.core.staging import ExportCancelled, ExportError

        if isinstance(exc, NotSaved):
            words = self.tr("%1: not saved: %2")
            path = exc.details.get("path")
            return filled(words, [path, refusal_words(exc)]) if path else refusal_words(exc)
        if isinstance(exc, ExportCancelled):
            return self.tr("The export was stopped; nothing was written.")
        if isinstance(exc, ExportError):
            template = self._export_templates().get(exc.kind)
            return filled(template, [exc.path]) if template else str(exc)
        if isinstance(exc, StoreError):
            return self._store_words(exc)
        return str(exc) or type(exc).__name__

    def _export_templates(self) -> dict[str, str]:
        return {
            "needs-folder": self.tr("%1 is a file; this export writes a folder."),
            "needs-file": self.tr("%1 is a folder; this export writes a file."),
            "folder-not-empty": self.tr(
                "%1 is a folder with other files in it: choose a new or empty folder (the folder "
                "of an earlier export is updated).",
            ),
            "damaged": self.tr("Cannot read %1: the database is damaged. Nothing was written."),
        }

    def _store_words(self, exc: StoreError) -> str:
        details = exc.details
        if exc.kind == store_errors.LABEL_USED:
            used = int(str(details.get("count", 0)))
            template = self.tr("The label %1 is used by %n span(s): rename it instead.", "", used)
            return filled(template, [details.get("label", "")])
        found = self._store_templates().get(exc.kind)
        if found is None:
            return str(exc)
        template, names = found
        return filled(template, [details.get(name, "") for name in names])

    def _store_templates(self) -> dict[str, tuple[str, tuple[str, ...]]]:
        e = store_errors
        return {
            e.NOT_OURS: (
                self.tr("%1 is not a Razmetka database; it was left as it was."),
                ("path",),
            ),
            e.TOO_NEW: (
                self.tr(
                    "%1 was written by a newer Razmetka (schema %2; this program knows up to %3). "
                    "Update Razmetka to open it; the file is untouched.",
                ),
                ("path", "found", "known"),
            ),
            e.OLD_READ_ONLY: (
                self.tr(
                    "%1 is read-only and of an older schema (%2): open a writable copy to bring "
                    "it up to date.",
                ),
                ("path", "found"),
            ),
            e.LABEL_EXISTS: (self.tr("The label %1 already exists."), ("label",)),
            e.HOTKEY_TAKEN: (
                self.tr("The key %1 is already used by the label %2."),
                ("hotkey", "label"),
            ),
            e.LABEL_NAME: (
                self.tr("%1 cannot be a label name: a label is one word, with no spaces."),
                ("label",),
            ),
            e.BAD_COLOUR: (
                self.tr("The colour %1 is not of the form #rrggbb."),
                ("colour",),
            ),
            e.HOTKEY_LENGTH: (self.tr("A hotkey is a single key."), ()),
            **self._edit_templates(),
        }

    def _edit_templates(self) -> dict[str, tuple[str, tuple[str, ...]]]:
        e = store_errors
        return {
            e.NO_ARTICLE: (self.tr("Article %1 is not in the database."), ("article",)),
            e.ARTICLE_GONE: (
                self.tr("Article %1 is no longer in the database."),
                ("article",),
            ),
            e.STATUS_CHANGED: (
                self.tr("The article's status was changed elsewhere; reload it."),
                (),
            ),
            e.SPAN_CHANGED: (
                self.tr("The span was changed elsewhere; reload the article."),
                (),
            ),
            e.SPAN_GONE: (self.tr("The span no longer exists."), ()),
            e.EMPTY_SPAN: (self.tr("A span needs at least one character."), ()),
            e.OVERLAP: (
                self.tr("It would overlap the accepted %1 span at %2–%3."),
                ("label", "start", "end"),
            ),
            e.UNKNOWN_LABEL: (self.tr("There is no label %1."), ("label",)),
            e.OUTSIDE: (
                self.tr("The span %1–%2 lies outside the text (length %3)."),
                ("start", "end", "length"),
            ),
        }

    def problem_words(self, problem: Problem) -> str:
        """One problem of an export: the file or article and the place as they are, why in
        the interface's language where the core said it in parts."""
        from razmetka.core.report import NO_ANNOTATOR, NO_NEGATIVES, MisalignedSpan

        place = f"{problem.source}:{problem.where}" if problem.where else problem.source
        if isinstance(problem, MisalignedSpan) and problem.detail in self._misaligned():
            label = problem.label
            if problem.status != SpanStatus.ACCEPTED.value:
                label = f"{label} ({span_status_name(SpanStatus(problem.status))})"
            why = self._misaligned()[problem.detail]
            return filled(why, [place, label, problem.surface, problem.snapped_to])
        if problem.kind == NO_NEGATIVES:
            return filled(
                self.tr("%1: this format has no place for negative examples; none written"),
                [place],
            )
        if problem.kind == NO_ANNOTATOR:
            return filled(
                self.tr(
                    "%1: this format has no place for the annotator; each analyst's version is "
                    "a record of its own, without the analyst's name"
                ),
                [place],
            )
        return str(problem)

    def _misaligned(self) -> dict[str, str]:
        from razmetka.core.report import LEFT_OUT, NO_TOKEN, SNAPPED, WOULD_OVERLAP

        return {
            NO_TOKEN: self.tr(
                "%1: %2 «%3» is not on token boundaries and holds no token; left out"
            ),
            LEFT_OUT: self.tr("%1: %2 «%3» is not on token boundaries; left out"),
            WOULD_OVERLAP: self.tr(
                "%1: %2 «%3» is not on token boundaries, and snapping it would overlap the span "
                "before; left out"
            ),
            SNAPPED: self.tr("%1: %2 «%3» is not on token boundaries; snapped to «%4»"),
        }

    def finding_words(self, finding: Finding) -> str:
        """One finding of the consistency check, as ``Finding.message`` says it."""
        if finding.kind == "labels":
            counted = ", ".join(f"{label} {n}" for label, n in finding.counts)
            template = self.tr("«%1» is accepted under %n label(s) (%2)", "", len(finding.counts))
            return filled(template, [finding.name, counted])
        if finding.kind == "missed":
            template = self.tr(
                "«%1» (%2) is accepted elsewhere but left untagged %n time(s)", "", finding.count
            )
            return filled(template, [finding.name, finding.label])
        if finding.kind == "bounds":
            template = self.tr("%1 «%2» is also accepted as «%3»: different bounds")
            return filled(template, [finding.name_label, finding.name, finding.longer])
        return finding.message

    def export_summary(self, report: ExportReport) -> str:
        """What an export wrote, as ``ExportReport.summary`` says it."""
        text = filled(
            self.tr("%1 and %2 written to %3"),
            [
                self.tr("%n article(s)", "", report.articles),
                self.tr("%n span(s)", "", report.spans),
                ", ".join(report.files),
            ],
        )
        parts = []
        if report.snapped:
            parts.append(self.tr("%n span(s) snapped to token boundaries", "", report.snapped))
        if report.left_out:
            parts.append(
                self.tr("%n span(s) left out (not on token boundaries)", "", report.left_out)
            )
        if report.negatives:
            parts.append(self.tr("%n negative example(s)", "", report.negatives))
        if report.parts:
            split = ", ".join(f"{part} {count}" for part, count in report.parts.items())
            parts.append(filled(self.tr("split: %1"), [split]))
        if report.more_problems:
            problems = len(report.problems) + report.more_problems
            parts.append(self.tr("%n problem(s) in all", "", problems))
        return "; ".join([text, *parts])


_WORDING = Wording()


def error_words(exc: BaseException) -> str:
    """What went wrong, for the analyst: a refusal of the store or of an export in the
    interface's language, anything else as it was said."""
    return _WORDING.error_words(exc)


def export_summary(report: ExportReport) -> str:
    """What an export wrote, as ``ExportReport.summary`` says it, in the interface's language."""
    return _WORDING.export_summary(report)


def finding_words(finding: Finding) -> str:
    """One finding of the consistency check, in the interface's language."""
    return _WORDING.finding_words(finding)


def problem_words(problem: Problem) -> str:
    """One problem of an export, in the interface's language where it can be."""
    return _WORDING.problem_words(problem)
