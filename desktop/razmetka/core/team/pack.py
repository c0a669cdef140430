"""An analyst's work package: a Razmetka database of its own holding the articles assigned to
them, with their suggestions, that knows the database it came from and its analyst. It opens
in the window as it is (``razmetka --db FILE``)."""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from razmetka.core import analyst as analyst_names
from razmetka.core.store import Store, now
from razmetka.core.store.team import PackageInfo
from razmetka.core.team import TeamError


@dataclass(frozen=True)
class PackReport:
    analyst: str
    articles: int
    path: Path

    def summary(self) -> str:
        return f"{self.articles} articles for {self.analyst} in {self.path}"


def pack(store: Store, analyst: str, out: Path, again: bool = False) -> PackReport:
    """Write ``analyst``'s package to ``out`` (a new file: an existing one is never replaced):
    the articles assigned to them and not yet sent in a package; with ``again``, every
    assigned article their merged work holds no version of (a package lost before it came
    back). Written beside ``out`` and renamed into place, so a half-written package never
    exists."""
    try:
        analyst = analyst_names.checked(analyst)
    except analyst_names.BadName as exc:
        raise TeamError(str(exc)) from exc
    if out.exists():
        raise TeamError(f"{out} exists already; give a new file for the package")
    ids = _articles_for(store, analyst, again)
    partial = out.with_name(out.name + ".partial")
    for leftover in (partial, *_sidecars(partial)):
        leftover.unlink(missing_ok=True)
    info = PackageInfo(uuid.uuid4().hex, store.team.database_id(), analyst, now())
    try:
        with Store(partial, annotator=analyst) as package:
            store.team.copy_into(package, ids, info)
        os.replace(partial, out)
        try:
            store.team.record_pack(info, ids)
        except BaseException:
            out.unlink(missing_ok=True)
            raise
    finally:
        for leftover in (partial, *_sidecars(partial)):
            leftover.unlink(missing_ok=True)
    return PackReport(analyst, len(ids), out)


def _articles_for(store: Store, analyst: str, again: bool) -> list[int]:
    assigned = store.team.assigned(analyst)
    if not assigned:
        raise TeamError(f"no articles are assigned to {analyst} in {store.path} (razmetka assign)")
    sent = store.team.versioned_by(analyst) if again else store.team.packed(analyst)
    ids = [article_id for article_id in assigned if article_id not in sent]
    if not ids:
        raise TeamError(
            f"every article assigned to {analyst} is in a package already; assign more "
            "(razmetka assign), or pack --again for a package that was lost"
        )
    return ids


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
