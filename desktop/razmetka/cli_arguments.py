"""Each command's arguments, added to its parser when that command runs (``cli.command_parser``).
The format choices come from the format registry (which imports no format's library), read
only by the commands that take a format."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def common_options() -> argparse.ArgumentParser:
    """The options every command takes: the database and who decides."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="the database file (default: $RAZMETKA_DB, else the user data folder)",
    )
    common.add_argument(
        "--annotator",
        metavar="NAME",
        default=argparse.SUPPRESS,
        help="who decides (default: $RAZMETKA_ANNOTATOR, else the name saved on first start)",
    )
    return common


def import_arguments(p: argparse.ArgumentParser) -> None:
    from razmetka.core import formats

    p.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders")
    p.add_argument(
        "--format",
        choices=formats.readable(),
        help="force a format (default: from the file's name and first few KB)",
    )
    p.add_argument(
        "--bad-bytes",
        choices=["refuse", "replace"],
        default="refuse",
        help="bytes that are not text: refuse the file or line (default), or replace them",
    )
    p.add_argument(
        "--merge-spans",
        action="store_true",
        help="a text already stored: add its new spans as suggestions (never over a decision)",
    )
    p.add_argument("--trust", action="store_true", help="with --merge-spans: add them as accepted")


def suggest_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("articles", nargs="*", help="article ids (default: those without suggestions)")
    p.add_argument("--again", action="store_true", help="run over every article again")
    p.add_argument(
        "--jobs", type=int, metavar="N", help="processes to suggest in (default: every core)"
    )
    p.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)  # the window's worker
    p.add_argument(
        "--refresh",
        action="store_true",
        help="suggest again the given undecided articles, or those holding an entity decided "
        "since the last refresh",
    )


def accept_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("articles", nargs="*", help="article ids (default: all)")


def export_arguments(p: argparse.ArgumentParser) -> None:
    """The export command's options; the format choices come from the format registry."""
    from razmetka.core import formats

    folders = [fmt.name for fmt in formats.FORMATS if fmt.writes and fmt.layout == "folder"]
    p.add_argument("--format", required=True, choices=formats.writable())
    p.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help=f"output file; a folder for {', '.join(folders)} and any --split",
    )
    p.add_argument("--all", action="store_true", help="every article, not only done ones")
    p.add_argument(
        "--negatives",
        action="store_true",
        help="rejected suggestions as negative examples, where the format has a place",
    )
    p.add_argument("--split", metavar="TRAIN,DEV,TEST", help="split ratios, e.g. 0.8,0.1,0.1")
    p.add_argument("--seed", type=int, default=0, help="seed for --split (default 0)")
    p.add_argument("--labels", metavar="A,B", help="keep only these labels")
    p.add_argument("--rename", action="append", metavar="OLD=NEW", help="rename a label")
    p.add_argument(
        "--misaligned",
        choices=["snap", "skip"],
        default="snap",
        help="spans not on token boundaries: snap them (default) or leave them out",
    )
    p.add_argument("--tags", choices=["iob2", "bioes"], default="iob2", help="CoNLL tag scheme")
    p.add_argument(
        "--tokens",
        action="store_true",
        help="JSONL: add razdel tokens and token ranges (Prodigy style)",
    )
    p.add_argument(
        "--versions",
        action="store_true",
        help="each analyst's version of every article as a record of its own, with the "
        "annotator where the format has a place (instead of the curated result)",
    )


def stats_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--html",
        type=Path,
        metavar="FILE",
        help="write the team's progress as one page with charts (no network needed to view it)",
    )


def check_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="write the findings as JSON, for scripts")


ARGUMENTS: dict[str, Callable[[argparse.ArgumentParser], None]] = {
    "import": import_arguments,
    "suggest": suggest_arguments,
    "accept": accept_arguments,
    "export": export_arguments,
    "stats": stats_arguments,
    "check": check_arguments,
}
