"""Dialogs: export, the import report, the label editor."""
