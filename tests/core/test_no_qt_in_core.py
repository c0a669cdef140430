import ast
import subprocess
import sys
from pathlib import Path

import razmetka.core

CORE = Path(razmetka.core.__file__).parent
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "PySide2", "shiboken6")


def test_no_module_under_core_imports_qt():
    offenders = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in QT_MODULES]
    assert offenders == []


def test_importing_every_core_module_loads_no_qt():
    modules = [
        "razmetka.core." + ".".join(p.relative_to(CORE).with_suffix("").parts)
        for p in CORE.rglob("*.py")
        if p.name != "__init__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    try: importlib.import_module(m)\n"
        "    except ImportError: pass\n"
        f"print([m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
