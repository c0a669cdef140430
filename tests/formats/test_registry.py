"""The format registry: what each format is, answered without importing its module or library;
a format whose library is missing is still listed and refused by name of the extra."""

from __future__ import annotations

import subprocess
import sys

import pytest

from razmetka.core import formats
from razmetka.core.export import ExportError, ExportOptions, export
from razmetka.core.formats import registry


def test_every_format_is_declared_once_and_its_module_agrees():
    names = [fmt.name for fmt in formats.FORMATS]
    assert len(names) == len(set(names))
    for fmt in formats.FORMATS:
        if fmt.library is not None:
            continue  # loaded in the test below when installed
        module = fmt.load()
        assert hasattr(module, "read") == fmt.reads, fmt.name
        assert hasattr(module, "Writer") == fmt.writes, fmt.name
        assert fmt.layout in ("file", "folder") and fmt.extensions


def test_the_import_filter_lists_every_readable_extension_once():
    assert formats.import_filter("Articles and annotations") == (
        "Articles and annotations (*.txt *.jsonl *.ndjson *.conll *.bio *.iob *.ann *.json);;* (*)"
    )


def test_the_registry_imports_no_format_library():
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from razmetka.core import formats\n"
        "from razmetka.core.formats.sniff import guess\n"
        "formats.writable(); formats.readable(); formats.import_filter()\n"
        "[(f.title, f.suffix, f.layout, f.negatives) for f in formats.FORMATS]\n"
        "guess(Path('x.conll'))\n"
        "heavy = {'spacy', 'numpy', 'srsly', 'datasets', 'natasha', 'PySide6', 'razdel'}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in heavy))\n"
        "print(sorted(m for m in sys.modules if m.startswith('razmetka.core.formats.')))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    heavy, modules = done.stdout.splitlines()
    assert heavy == "[]"
    assert modules == "['razmetka.core.formats.registry', 'razmetka.core.formats.sniff']"


@pytest.fixture
def without_spacy(monkeypatch):
    """spaCy as if it were not installed: importing it fails."""
    monkeypatch.setitem(sys.modules, "spacy", None)
    monkeypatch.delitem(sys.modules, "razmetka.core.formats.spacy_docbin", raising=False)


def test_without_spacy_the_format_is_listed_and_refused_naming_the_extra(
    without_spacy, corpus, tmp_path
):
    assert "spacy" in formats.writable()
    assert formats.get("spacy").title == "spaCy DocBin"
    with pytest.raises(ExportError, match=r"pip install 'razmetka\[spacy\]'"):
        export(corpus, ExportOptions("spacy", tmp_path / "out"))
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(registry.MissingExtra, match="needs spacy"):
        formats.get("spacy").load()


def test_without_spacy_the_command_line_refuses_the_export(tmp_path):
    script = (
        "import sys\n"
        "sys.modules['spacy'] = None\n"
        "from razmetka.cli import main\n"
        f"sys.exit(main(['--db', {str(tmp_path / 'r.db')!r}, 'export', '--format', 'spacy', "
        f"'--out', {str(tmp_path / 'out')!r}]))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 1
    assert "the spacy format needs spacy" in done.stderr
    assert "pip install 'razmetka[spacy]'" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()


def test_a_broken_format_module_is_not_taken_for_a_missing_extra(monkeypatch):
    # A module the format needs that fails to import (not an extra the user could install).
    monkeypatch.setitem(sys.modules, "razmetka.core.tokens", None)
    monkeypatch.delitem(sys.modules, "razmetka.core.formats.conll", raising=False)
    monkeypatch.delitem(sys.modules, "razmetka.core.formats.common", raising=False)
    with pytest.raises(ImportError) as caught:
        formats.get("conll").load()
    assert not isinstance(caught.value, registry.MissingExtra)
