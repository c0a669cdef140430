"""The house rules a newcomer can rely on: no module over 500 lines, no function over 60, and
SQL only inside the store package (every other part asks the store's parts)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "desktop" / "razmetka"
STORE = PACKAGE / "core" / "store"
MAX_MODULE_LINES = 500
MAX_FUNCTION_LINES = 60
_SQL = re.compile(
    r"\b(SELECT\s.+\sFROM|INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|"
    r"CREATE\s+(TABLE|INDEX|TRIGGER|VIRTUAL)|PRAGMA\s+\w+|BEGIN\s+IMMEDIATE)\b",
    re.IGNORECASE | re.DOTALL,
)


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def test_no_module_is_over_500_lines():
    long = {str(p.relative_to(PACKAGE)): n for p in modules() if (n := _lines(p)) > 500}
    assert not long


def test_no_function_is_over_60_lines():
    long = {}
    for path in modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long[f"{path.relative_to(PACKAGE)}:{node.name}"] = length
    assert not long


def test_sql_is_spoken_only_inside_the_store():
    speaking = []
    for path in modules():
        if STORE in path.parents:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            is_text = isinstance(node, ast.Constant) and isinstance(node.value, str)
            if is_text and _SQL.search(node.value):
                speaking.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not speaking


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())
