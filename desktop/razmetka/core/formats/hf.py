"""Hugging Face token classification: a folder that ``datasets.load_dataset(folder)`` reads as
it is. One JSON line per sentence, ``{"id", "document", "tokens", "ner_tags"}``, tags written as
label names; the folder's README.md declares ``ner_tags`` as a ClassLabel with those names, so
the loaded dataset has integer tags and ``features["ner_tags"].feature.names``.
``load_dataset("json", data_files=...)`` on one file gives the names as strings.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from razmetka.core.formats.common import (
    Added,
    ExportItem,
    PartFiles,
    WriteSettings,
    dump,
    tag_names,
    write_all,
)
from razmetka.core.formats.conll import sentence_tags
from razmetka.core.report import Problem

# datasets' own name for the part this program calls "dev".
SPLIT_NAMES = {None: "train", "train": "train", "dev": "validation", "test": "test"}


class Writer:
    def __init__(self, root: Path, settings: WriteSettings) -> None:
        self.root = root
        self.files = PartFiles(root, ".jsonl")
        self.settings = settings
        self.seen: dict[str, None] = {}  # labels written that the settings did not list

    def add(self, item: ExportItem) -> Added:
        added = Added()
        self.seen.update(dict.fromkeys(span.label for span in item.spans))
        handle = self.files.file(item.part or "data")
        doc_id = item.article.external_id or str(item.article.id)
        for number, (tokens, tags) in enumerate(sentence_tags(item, self.settings.tags, added)):
            row = {
                "id": f"{doc_id}-{number}",
                "document": doc_id,
                "tokens": [token.text for token in tokens],
                "ner_tags": tags,
            }
            handle.write(dump(row) + "\n")
        return added

    def close(self) -> list[Path]:
        parts = self.files.parts() or ["data"]
        for part in parts:
            self.files.file(part)  # an empty export is still a loadable (empty) dataset
        paths = self.files.close()
        self.root.mkdir(parents=True, exist_ok=True)
        card = self.root / "README.md"
        labels = list(dict.fromkeys([*(label.name for label in self.settings.labels), *self.seen]))
        card.write_text(
            dataset_card(parts, tag_names(labels, self.settings.tags)), encoding="utf-8"
        )
        return [*paths, card]


def write(
    items: Iterable[ExportItem], path: Path, settings: WriteSettings | None = None
) -> list[Problem]:
    return write_all(Writer(path, settings or WriteSettings()), items)


def dataset_card(parts: list[str | None], tags: list[str]) -> str:
    """README.md whose YAML header tells ``datasets`` the splits and the tag names."""
    lines = ["---", "configs:", "- config_name: default", "  data_files:"]
    for part in parts:
        name = part or "data"
        lines += [
            f"  - split: {SPLIT_NAMES[part if part != 'data' else None]}",
            f"    path: {name}.jsonl",
        ]
    lines += [
        "dataset_info:",
        "  features:",
        "  - name: id",
        "    dtype: string",
        "  - name: document",
        "    dtype: string",
        "  - name: tokens",
        "    sequence: string",
        "  - name: ner_tags",
        "    sequence:",
        "      class_label:",
        "        names:",
    ]
    # JSON strings are YAML strings too, so any label name is quoted safely.
    lines += [
        f"          '{n}': {json.dumps(tag, ensure_ascii=False)}" for n, tag in enumerate(tags)
    ]
    lines += [
        "---",
        "",
        "# Named entities in Russian news",
        "",
        f"Exported by Razmetka: razdel tokens, one row per sentence, tags ({', '.join(tags)}).",
        "",
    ]
    return "\n".join(lines)
