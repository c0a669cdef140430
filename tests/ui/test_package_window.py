"""A work package opens in the window as it is, and its decisions record the analyst."""

from __future__ import annotations

from razmetka.core.store import Store
from razmetka.core.team.assign import assign
from razmetka.core.team.pack import pack
from tests.team.corpus import make_corpus
from tests.ui.conftest import shown_window


def test_a_package_opens_in_the_window(tmp_path, qtbot):
    origin = make_corpus(tmp_path / "o.db", articles=3)
    with Store(origin) as store:
        assign(store, ["anna"], 0.0)
        path = pack(store, "anna", tmp_path / "anna.pkg").path
    with Store(path, annotator="anna") as package:
        window = shown_window(package, qtbot)
        assert window.state.article_id in package.articles.ids()
        assert window.views.text_view.toPlainText().startswith("Статья")
        window.close()
