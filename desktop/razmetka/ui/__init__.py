"""The annotation window (PySide6). Nothing in ``razmetka.core`` imports this package."""
