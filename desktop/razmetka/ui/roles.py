"""Qt's item data roles as plain ints, for models whose ``data`` turns away unused roles
before any other work (it is called for about ten roles per cell on every repaint)."""

from __future__ import annotations

from PySide6.QtCore import Qt

DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
FONT = int(Qt.ItemDataRole.FontRole.value)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
USER = int(Qt.ItemDataRole.UserRole.value)  # a model's own roles are USER + 1, + 2, ...
