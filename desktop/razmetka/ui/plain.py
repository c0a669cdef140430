"""Text from a file, shown as the text it is.

Tooltips and QLabels guess whether a string is rich text (``Qt.mightBeRichText``): an article's
``<img src="file:///…">`` in a normal form, a label or a reason would be rendered, the image
loaded. A QLabel is told ``PlainText``; a tooltip has no such switch, so its text is escaped
and wrapped in a paragraph: Qt takes it as rich text in which nothing is active.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain_tooltip(text: str) -> str:
    """``text`` for setToolTip or a ToolTipRole: shown literally, line breaks kept."""
    if not text:
        return ""  # an empty tooltip is none at all; a wrapped one would show a blank box
    return f'<p style="white-space:pre-wrap">{text.translate(_ESCAPES)}</p>'


# html.escape's table; the html package itself would load its 2,000 named entities at start.
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def plain_label(label: QLabel) -> QLabel:
    """``label``, told its text is plain whatever it looks like."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
