"""Labels: the tag set, its colours and hotkeys; a rename carries its spans along."""

from __future__ import annotations

from collections.abc import Iterable

from razmetka.core import rules
from razmetka.core.model import Label
from razmetka.core.store import errors
from razmetka.core.store.base import Part
from razmetka.core.store.errors import StoreError

_PALETTE = ("#a05195", "#f28e2b", "#76b7b2", "#edc948", "#b07aa1", "#9c755f", "#ff9da7", "#59a14f")


class Labels(Part):
    def all(self) -> list[Label]:
        rows = self.conn.execute(
            "SELECT name, color, hotkey, description FROM labels ORDER BY position, name"
        )
        return [Label(*row) for row in rows]

    def names(self) -> set[str]:
        return {row[0] for row in self.conn.execute("SELECT name FROM labels")}

    def save(self, label: Label, old_name: str | None = None) -> None:
        """Add a label, or change one (``old_name``); a rename carries its spans along."""
        _check(label)
        with self.store.transaction():
            self._check_hotkey(label, old_name)
            if label.name != old_name and label.name in self.names():
                raise StoreError(
                    f"label {label.name} already exists", errors.LABEL_EXISTS, label=label.name
                )
            if old_name is None:
                self._insert(label)
            else:
                self.conn.execute(
                    "UPDATE labels SET name = ?, color = ?, hotkey = ?, description = ? "
                    "WHERE name = ?",
                    (label.name, label.color, label.hotkey, label.description, old_name),
                )
            self.store.log.append("label", None, None, {"name": old_name}, label._asdict())

    def _check_hotkey(self, label: Label, old_name: str | None) -> None:
        taken = {lab.hotkey: lab.name for lab in self.all() if lab.hotkey and lab.name != old_name}
        if label.hotkey and label.hotkey in taken and taken[label.hotkey] != label.name:
            owner = taken[label.hotkey]
            raise StoreError(
                f"hotkey {label.hotkey!r} is already used by {owner}",
                errors.HOTKEY_TAKEN,
                hotkey=label.hotkey,
                label=owner,
            )

    def ensure(self, names: Iterable[str]) -> list[str]:
        """Create any missing labels (with a generated colour); returns the names created."""
        missing = sorted(set(names) - self.names())
        if missing:
            with self.store.transaction():
                for name in missing:
                    self._insert(Label(name, _generated_color(name)))
        return missing

    def delete(self, name: str) -> None:
        with self.store.transaction():
            used = self.store.spans.count_using(name)
            if used:
                raise StoreError(
                    f"label {name} is used by {used} spans; rename it instead",
                    errors.LABEL_USED,
                    label=name,
                    count=used,
                )
            self.conn.execute("DELETE FROM labels WHERE name = ?", (name,))
            self.store.log.append("delete label", None, None, {"name": name}, None)

    def _insert(self, label: Label) -> None:
        position = self.conn.execute("SELECT COUNT(*) FROM labels").fetchone()[0]
        self.conn.execute(
            "INSERT INTO labels(name, color, hotkey, description, position) VALUES (?, ?, ?, ?, ?)",
            (label.name, label.color, label.hotkey, label.description, position),
        )


def _check(label: Label) -> None:
    problem = rules.label_problem(label.name)
    if problem is not None:
        raise StoreError(problem, errors.LABEL_NAME, label=label.name)
    if not (label.color.startswith("#") and len(label.color) in (4, 7)):
        raise StoreError(
            f"colour {label.color!r} is not of the form #rrggbb",
            errors.BAD_COLOUR,
            colour=label.color,
        )
    if len(label.hotkey) > 1:
        raise StoreError("a hotkey is a single key", errors.HOTKEY_LENGTH)


def _generated_color(name: str) -> str:
    return _PALETTE[sum(map(ord, name)) % len(_PALETTE)]
