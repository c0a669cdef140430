"""A timing trace for benchmarks: ``RAZMETKA_TRACE=FILE`` writes one JSON line per event.

Unset (every normal start), ``install`` returns at once and nothing else happens. Set, an
application event filter records with ``time.perf_counter`` (the system's monotonic clock, the
same in every process, so a benchmark can compare it with when it started the program):

- ``start``: the filter is installed (early in ``run``);
- ``key``: a key press, once per press (the ``ShortcutOverride`` Qt sends before a shortcut, or
  the ``KeyPress`` when there is none), with its text and the widget that has the focus;
- ``paint``: the end of a paint of the text view, the span table or the article list (a
  zero-time timer queued by their viewport's Paint event fires after the paint and the flush to
  the screen are over); ``w`` names the view, ``caret`` is true for a paint no wider than the
  text cursor (its blinking);
- ``first_article``: the first paint of the text view with an article in it;
- ``reset``: the article list's model was reset (a search's results, a filter);
- ``dashboard``: the dashboard's charts are painted; ``seconds`` since its key or menu entry.
"""

from __future__ import annotations

import json
import os
import time
from typing import IO, Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

VIEWS = ("textView", "spanTable", "articleList")
_KEYS = (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)


def install(app: QApplication) -> None:
    path = os.environ.get("RAZMETKA_TRACE")
    if not path:
        return
    out = open(path, "a", encoding="utf-8", buffering=1)  # noqa: SIM115 - lives as long as the app
    tracer = Tracer(app, out)
    tracer.setParent(app)
    app.installEventFilter(tracer)
    tracer.write(ev="start", t=time.perf_counter(), pid=os.getpid())


def record(app: QObject | None, ev: str, **fields: Any) -> None:
    """Write an event of the window's own (not a Qt event) when a trace is being written."""
    tracer = app.findChild(Tracer) if app is not None else None
    if tracer is not None:
        tracer.write(ev=ev, t=time.perf_counter(), **fields)


class Tracer(QObject):
    def __init__(self, app: QApplication, out: IO[str]) -> None:
        super().__init__()
        self.app = app
        self.out = out
        self.last_key: tuple[int, int] | None = None
        self.pending: set[str] = set()
        self.caret: dict[str, bool] = {}
        self.shown_article = False
        self.watched_model = False

    def write(self, **record: Any) -> None:
        self.out.write(json.dumps(record, ensure_ascii=False) + "\n")

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in _KEYS:
            self._key(event)
        elif kind == QEvent.Type.Paint:
            self._paint(obj, event)
        return False

    def _key(self, event: Any) -> None:
        stamp = (event.timestamp(), event.key())
        if stamp == self.last_key:
            return
        self.last_key = stamp
        focus = self.app.focusWidget()
        self.write(
            ev="key",
            t=time.perf_counter(),
            xt=stamp[0] / 1000,  # the window system's time of the press
            key=event.text() or event.key(),
            focus=focus.objectName() if focus is not None else "",
        )

    def _paint(self, obj: QObject, event: Any) -> None:
        view = obj.parent()
        name = view.objectName() if view is not None else ""
        if name not in VIEWS or obj.objectName() != "qt_scrollarea_viewport":
            return
        caret = event.rect().width() <= 4
        if name not in self.pending:
            self.pending.add(name)
            self.caret[name] = caret
            QTimer.singleShot(0, lambda: self.painted(name, view))
        else:
            self.caret[name] = self.caret[name] and caret

    def painted(self, name: str, view: Any) -> None:
        now = time.perf_counter()
        self.pending.discard(name)
        self.write(ev="paint", t=now, w=name, caret=self.caret.get(name, False))
        if name == "textView" and not self.shown_article and not view.document().isEmpty():
            self.shown_article = True
            self.write(ev="first_article", t=now)
        if name == "articleList" and not self.watched_model:
            self.watched_model = True
            search = getattr(view.parent(), "search", None)
            view.model().modelReset.connect(
                lambda: self.write(
                    ev="reset",
                    t=time.perf_counter(),
                    rows=view.model().rowCount(),
                    q=search.text() if search is not None else "",
                )
            )
