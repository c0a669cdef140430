"""Razmetka: named-entity annotation of Russian news."""

__version__ = "0.1.0"
