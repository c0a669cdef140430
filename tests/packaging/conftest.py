"""Packaging tests. The desktop files are checked with the main suite; building the wheel and the
frozen program takes minutes, so those run only when asked: ``pytest -m wheel``, ``-m bundle``."""

from __future__ import annotations

import pytest

ASKED_ONLY = ("wheel", "bundle")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    asked = config.getoption("markexpr") or ""
    for item in items:
        for marker in ASKED_ONLY:
            if item.get_closest_marker(marker) and marker not in asked:
                item.add_marker(pytest.mark.skip(reason=f"builds something: run with -m {marker}"))
