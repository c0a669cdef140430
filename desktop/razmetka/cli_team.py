"""The team's commands: assign, pack, merge, agreement. Light to import: each command imports
the core modules it needs when it runs."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

EXIT_OK = 0


def cmd_assign(args: argparse.Namespace) -> int:
    """Split the undecided articles among analysts, a share (--overlap) to two of them."""
    from razmetka.cli import open_store
    from razmetka.core.team.assign import assign

    names = [name for name in args.analysts.split(",") if name.strip()]
    with open_store(args) as store:
        report = assign(store, names, args.overlap)
        totals = store.team.assignment_counts()
        shared = store.team.shared_assignments()
    print(report.summary())
    every = ", ".join(f"{name} {count}" for name, count in totals.items())
    print(f"assigned in all: {every}; {shared} articles to two analysts")
    return EXIT_OK


def cmd_pack(args: argparse.Namespace) -> int:
    """Write an analyst's work package: a database that opens in the window as it is."""
    from razmetka.cli import open_store
    from razmetka.core.team.pack import pack

    with open_store(args) as store:
        report = pack(store, args.analyst, Path(args.out), again=args.again)
    print(report.summary())
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    """Bring work packages back: every decision once, each analyst's version kept."""
    from razmetka.core.store import Store
    from razmetka.core.team import TeamError
    from razmetka.core.team.merge import merge

    if not Path(args.into).is_file():
        raise TeamError(f"{args.into}: no such database to merge into")
    with Store(Path(args.into)) as store:
        store.wait_when_busy(30_000)
        report = merge(store, [Path(p) for p in args.packages])
    for note in report.notes:
        print(note, file=sys.stderr)
    print(report.summary())
    return EXIT_OK


def cmd_agreement(args: argparse.Namespace) -> int:
    """How well analysts agree: span F1 (strict, partial), token kappa, label confusion."""
    import json

    from razmetka.cli import open_store
    from razmetka.core.team.agreement import agreement, render

    with open_store(args) as store:
        pairs = agreement(store)
    if args.json:
        json.dump({"pairs": [p.as_dict() for p in pairs]}, sys.stdout, ensure_ascii=False, indent=1)
        print()
    else:
        print(render(pairs))
    return EXIT_OK


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "assign": cmd_assign,
    "pack": cmd_pack,
    "merge": cmd_merge,
    "agreement": cmd_agreement,
}


def assign_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--analysts", required=True, metavar="A,B", help="the analysts' names")
    p.add_argument(
        "--overlap",
        type=float,
        default=0.0,
        metavar="SHARE",
        help="the share of articles given to two analysts, e.g. 0.1 (default 0)",
    )


def pack_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("analyst", metavar="NAME", help="whose package")
    p.add_argument("--out", required=True, metavar="FILE", help="the package file to write")
    p.add_argument(
        "--again",
        action="store_true",
        help="every assigned article not yet merged back, for a package that was lost",
    )


def merge_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("packages", nargs="+", metavar="FILE", help="work packages")
    p.add_argument("--into", required=True, metavar="FILE", help="the database they came from")


def agreement_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="write the figures as JSON, for scripts")


ARGUMENTS: dict[str, Callable[[argparse.ArgumentParser], None]] = {
    "assign": assign_arguments,
    "pack": pack_arguments,
    "merge": merge_arguments,
    "agreement": agreement_arguments,
}
