"""A database in which two analysts' versions of articles differ, made through core/team as an
analyst's work would be: assign, pack, decide in each package, merge back."""

from __future__ import annotations

from pathlib import Path

from razmetka.core import actions
from razmetka.core.store import Store
from razmetka.core.team.assign import assign
from razmetka.core.team.merge import merge
from razmetka.core.team.pack import pack
from tests.team.corpus import make_corpus

# article 1's text: "Статья 0: Токаев и Москва встретились, Токаев уехал."
TOKAEV, MOSCOW, TOKAEV_AGAIN = (10, 16), (19, 25), (39, 45)


def disputed_database(folder: Path, agreed: int = 0) -> Path:
    """Articles 1 and 2 annotated by anna (every suggestion accepted) and by boris (the first
    name relabelled ORG, the second rejected); in article 1 both marked the second Токаев PER
    by hand (agreed: no decision needed). ``agreed`` more articles both accept whole."""
    origin = make_corpus(folder / "origin.db", articles=2 + agreed)
    more = range(3, 3 + agreed)
    with Store(origin) as store:
        assign(store, ["anna", "boris"], 1.0)
        anna = pack(store, "anna", folder / "anna.pkg").path
        boris = pack(store, "boris", folder / "boris.pkg").path
    with Store(anna, annotator="anna") as package:
        for article_id in (1, 2, *more):
            package.apply(actions.accept_all(package, article_id))
        package.apply(actions.create(package, 1, *TOKAEV_AGAIN, "PER"))
        for article_id in (1, 2, *more):
            package.apply(actions.approve(package, article_id))
    with Store(boris, annotator="boris") as package:
        for article_id in (1, 2):
            first, second = package.spans.of(article_id)[:2]
            package.apply(actions.relabel(package, first.id, "ORG"))
            package.apply(actions.reject(package, second.id))
        package.apply(actions.create(package, 1, *TOKAEV_AGAIN, "PER"))
        for article_id in more:
            package.apply(actions.accept_all(package, article_id))
        for article_id in (1, 2, *more):
            package.apply(actions.approve(package, article_id))
    with Store(origin) as store:
        merge(store, [anna, boris])
    return origin
