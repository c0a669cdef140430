"""The command line. It parses arguments and calls the core; run without a command it opens the
window."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from razmetka import __version__, cli_arguments, cli_team

# typing costs --version 2 ms at run time; the annotations below are only read by checkers.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, TextIO

    from razmetka.core.model import SpanStatus
    from razmetka.core.store import Store

# The store, the model and every command's modules are imported by the command that needs them:
# `razmetka --version` and `--help` cost no more than the interpreter and the argument parser.

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3


class Progress:
    """A one-line progress bar on stderr (plain lines when stderr is not a terminal)."""

    def __init__(self, title: str, stream: TextIO | None = None, unit: str = "") -> None:
        self.title = title
        self.unit = unit  # "KiB": done and total are shown in MB
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.started = time.monotonic()
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self._last < (0.1 if self.tty else 5.0):
            return
        self._last = now
        rate = done / max(now - self.started, 1e-9)
        width = 30
        filled = int(width * done / total) if total else width
        bar = "█" * filled + "·" * (width - filled)
        if self.unit == "KiB":
            mb = 1024
            amount = f"{done / mb:.1f}/{total / mb:.1f} MB ({rate / mb:.1f} MB/s)"
        else:
            amount = f"{done}/{total} ({rate:.0f}/s)"
        line = f"{self.title} [{bar}] {amount}"
        if self.tty:
            self.stream.write("\r" + line + ("\n" if done >= total else ""))
        else:
            self.stream.write(line + "\n")
        self.stream.flush()


def open_store(args: argparse.Namespace) -> Store:
    from razmetka.core.store import Store, resolve_path

    return Store(resolve_path(args.db), annotator=analyst_name(args))


def analyst_name(args: argparse.Namespace) -> str | None:
    """``--annotator``, else ``RAZMETKA_ANNOTATOR``, else the saved name (``core.analyst``)."""
    from razmetka.core import analyst

    try:
        return analyst.resolve(getattr(args, "annotator", None))
    except analyst.BadName as exc:
        raise UsageError(f"--annotator: {exc}") from exc


# --- commands ---------------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    """Import articles: .txt files, folders, JSONL and the other readable formats."""
    from razmetka.core.importing import import_paths

    with open_store(args) as store:
        report = import_paths(
            store,
            args.paths,
            fmt=args.format,
            progress=Progress("import", unit="KiB"),
            bad_bytes=args.bad_bytes,
            merge_spans=_merge_status(args),
            annotator=getattr(args, "annotator", None) and analyst_name(args),
        )
    for problem in report.problems:
        print(f"rejected {problem}", file=sys.stderr)
    for note in report.notes:
        print(f"{note}", file=sys.stderr)
    print(report.summary())
    if report.interrupted is not None:
        print(f"razmetka: interrupted; {report.interrupted} articles stored", file=sys.stderr)
        return 130
    return EXIT_REJECTED if report.problems else EXIT_OK


def _merge_status(args: argparse.Namespace) -> SpanStatus | None:
    from razmetka.core.model import SpanStatus

    if args.trust and not args.merge_spans:
        raise UsageError("--trust goes with --merge-spans")
    if not args.merge_spans:
        return None
    return SpanStatus.ACCEPTED if args.trust else SpanStatus.SUGGESTED


def cmd_suggest(args: argparse.Namespace) -> int:
    """Add suggestions (natasha's PER, LOC, ORG with normal forms, judged by what the
    decisions taught) to articles without them; --refresh brings undecided ones up to date."""
    from razmetka.core.suggest import articles_to_suggest, default_suggester

    with open_store(args) as store:
        chosen = _article_ids(store, args.articles) if args.articles else None
        suggester = default_suggester(store)
        if args.refresh:
            if args.serve:  # the window's: the articles its analyst is about to see
                return _serve(store, suggester, [], chosen or [])
            return _refresh(store, suggester, chosen)
        ids = articles_to_suggest(store, suggester.origin, chosen, args.again)
        if args.serve:
            return _serve(store, suggester, ids, [])
        jobs = _jobs(args.jobs, len(ids))
        print(
            f"suggesting with {suggester.origin} for {len(ids)} articles in {jobs} "
            f"process{'es' if jobs > 1 else ''}",
            file=sys.stderr,
        )
        report = _suggest(store, suggester, ids, jobs)
    print(report.summary())
    return EXIT_OK


def _jobs(asked: int | None, articles: int) -> int:
    """Processes to suggest in: as asked, else every core; never more than one per ten
    articles, since each spends seconds loading natasha's models."""
    import os

    if asked is not None:
        return max(1, asked)
    return max(1, min(os.cpu_count() or 1, articles // 10))


def _suggest(store: Store, suggester: Any, ids: list[int], jobs: int) -> Any:
    from razmetka.core.suggest import suggest_articles

    progress = Progress("suggest")
    if jobs == 1:
        return suggest_articles(store, suggester, ids, progress=progress)
    from razmetka.core.suggest.pool import natasha_with, suggest_in_processes

    # pickled to each worker once
    factory = partial(natasha_with, suggester.lexicon, suggester.conventions)
    return suggest_in_processes(store, factory, ids, jobs, progress=progress)


def _serve(store: Store, suggester: Any, ids: list[int], refresh: list[int]) -> int:
    """The window's suggesting process: see ``core/suggest/service.py``."""
    from razmetka.core.suggest import service

    service.yield_processor()  # the window it works for comes first
    commands, emit = service.stdin_commands(), service.stdout_emit
    relearn = partial(suggester.learn_from, store)
    service.serve(store, suggester, ids, commands, emit, refresh, relearn)
    return EXIT_OK


def _refresh(store: Store, suggester: Any, chosen: list[int] | None) -> int:
    """Bring the chosen undecided articles up to date, or every one holding an entity decided
    since the last refresh."""
    from razmetka.core.suggest.refresh import refresh_articles, refresh_learned

    print(f"refreshing with {suggester.origin}", file=sys.stderr)
    progress = Progress("refresh")
    if chosen is not None:
        report = refresh_articles(store, suggester, chosen, progress=progress)
    else:
        report = refresh_learned(store, suggester, progress=progress)
    print(report.summary())
    return EXIT_OK


def cmd_accept(args: argparse.Namespace) -> int:
    """Accept all pending suggestions of the chosen (or all) articles and mark them done."""
    from razmetka.core import actions
    from razmetka.core.model import SpanStatus

    with open_store(args) as store:
        ids = _article_ids(store, args.articles) if args.articles else store.articles.ids()
        accepted = 0
        progress = Progress("accept")
        for done, article_id in enumerate(ids, 1):
            with store.transaction():
                edit = store.apply(actions.accept_all(store, article_id))
                store.apply(actions.approve(store, article_id))
            accepted += sum(
                1 for c in edit.spans if c.after and c.after.status is SpanStatus.ACCEPTED
            )
            progress(done, len(ids))
    print(f"{accepted} suggestions accepted; {len(ids)} articles marked done")
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    """Write the curated annotations as training data."""
    from razmetka.core.export import ExportCancelled, ExportError, ExportOptions, export

    options = ExportOptions(
        format=args.format,
        out=Path(args.out),
        include_all=args.all,
        negatives=args.negatives,
        split=_ratios(args.split) if args.split else None,
        seed=args.seed,
        labels=frozenset(args.labels.split(",")) if args.labels else None,
        rename=_renames(args.rename or []),
        misaligned=args.misaligned,
        tags=args.tags,
        tokens=args.tokens,
        versions=args.versions,
    )
    with open_store(args) as store:
        try:
            report = export(store, options, progress=Progress("export"))
        except (ExportError, ExportCancelled) as exc:
            print(f"razmetka: {exc}", file=sys.stderr)
            return EXIT_FAILED
    for problem in report.problems[:20]:
        print(f"{problem}", file=sys.stderr)
    if len(report.problems) > 20:
        print(f"... and {len(report.problems) - 20} more", file=sys.stderr)
    print(report.summary())
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """Find inconsistencies: one name under different labels, accepted entities left untagged
    elsewhere, one name accepted with different bounds."""
    import json

    from razmetka.core.check import check

    with open_store(args) as store:
        findings = check(store)
    if args.json:
        json.dump([f.as_dict() for f in findings], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return EXIT_OK
    for finding in findings:
        print(f"{finding.kind}: {finding.message}")
        for place in finding.places:
            name = f"{place.article_id}" + (f" ({place.external_id})" if place.external_id else "")
            print(f"  article {name} at {place.start}-{place.end}: «{place.text}»")
    print(f"{len(findings)} findings")
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    """Articles by status; spans by label, status and origin; share of suggestions accepted.
    --html FILE writes the team's progress as a page with charts."""
    if args.html:
        return _stats_page(args)
    from razmetka.core import stats

    with open_store(args) as store:
        print(stats.render(stats.collect(store)))
    return EXIT_OK


def _stats_page(args: argparse.Namespace) -> int:
    from razmetka.core import dashboard, progress_page
    from razmetka.core.staging import ExportError

    with open_store(args) as store:
        figures = dashboard.collect(store)
    try:
        progress_page.write(figures, args.html)
    except ExportError as exc:
        print(f"razmetka: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print(f"wrote {args.html}")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    """Open the annotation window (the default when no command is given)."""
    from razmetka.ui.app import run

    _window_analyst(args)
    return run(args.db, demo=False)


def cmd_demo(args: argparse.Namespace) -> int:
    """Open the window on the sample articles (imported on first use)."""
    from razmetka.core.store import demo_path
    from razmetka.ui.app import run

    _window_analyst(args)
    return run(args.db or str(demo_path()), demo=True)


def _window_analyst(args: argparse.Namespace) -> None:
    """``--annotator`` reaches the window (and its worker processes) as the environment."""
    import os

    from razmetka.core import analyst

    name = analyst_name(args) if getattr(args, "annotator", None) else None
    if name:
        os.environ[analyst.ENVIRONMENT] = name


# --- arguments --------------------------------------------------------------------------------


def _article_ids(store: Store, keys: Sequence[str]) -> list[int]:
    ids = []
    for key in keys:
        found = store.articles.find(key)
        if found is None:
            raise UsageError(f"no article {key!r} (give a numeric id or an external id)")
        ids.append(found)
    return ids


def _ratios(text: str) -> tuple[float, float, float]:
    try:
        parts = [float(p) for p in text.split(",")]
    except ValueError as exc:
        raise UsageError(f"--split {text!r}: give three numbers like 0.8,0.1,0.1") from exc
    if len(parts) != 3 or any(p < 0 for p in parts) or sum(parts) <= 0:
        raise UsageError(f"--split {text!r}: give three non-negative numbers like 0.8,0.1,0.1")
    total = sum(parts)
    return (parts[0] / total, parts[1] / total, parts[2] / total)


def _renames(items: Sequence[str]) -> dict[str, str]:
    out = {}
    for item in items:
        old, sep, new = item.partition("=")
        if not sep or not old or not new:
            raise UsageError(f"--rename {item!r}: use OLD=NEW")
        out[old] = new
    return out


class UsageError(Exception):
    pass


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "import": cmd_import,
    "suggest": cmd_suggest,
    "accept": cmd_accept,
    "export": cmd_export,
    "stats": cmd_stats,
    "check": cmd_check,
    "gui": cmd_gui,
    "demo": cmd_demo,
    **cli_team.COMMANDS,
}
ARGUMENTS: dict[str, Callable[[argparse.ArgumentParser], None]] = {
    **cli_arguments.ARGUMENTS,
    **cli_team.ARGUMENTS,
}


def top_parser() -> argparse.ArgumentParser:
    """The command line up to the command: the common options, --version and the command's
    name. Each command's own parser is made only when it runs (``command_parser``): ten of
    them cost ``razmetka --version`` a third of its time."""
    parser = argparse.ArgumentParser(
        prog="razmetka",
        description="Named-entity annotation of Russian news. Without a command, opens the window.",
        epilog=_command_list(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[cli_arguments.common_options()],
    )
    parser.add_argument("--version", action=_Version, help="show the version and exit")
    parser.add_argument(
        "command", nargs="?", choices=list(COMMANDS), metavar="COMMAND", help="see below"
    )
    parser.add_argument("arguments", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    return parser


class _Version(argparse.Action):
    """Prints the version and exits, without argparse's help formatter (which imports shutil
    and, through it, three compression libraries)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help=kwargs.get("help"))  # type: ignore[arg-type]

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        print(f"razmetka {__version__}")
        parser.exit()


def _command_list() -> str:
    import textwrap  # argparse's own import, for its help

    width = max(map(len, COMMANDS))
    indent = " " * (width + 4)
    lines = [
        textwrap.fill(
            f"  {name:<{width}}  {_first_sentence(_doc(name))}", 78, subsequent_indent=indent
        )
        for name in COMMANDS
    ]
    return "commands (razmetka COMMAND --help for one):\n" + "\n".join(lines)


def _first_sentence(doc: str) -> str:
    return " ".join(doc.split()).split(". ")[0].rstrip(".") + "."


def _doc(name: str) -> str:
    return (COMMANDS[name].__doc__ or "").strip()


def command_parser(name: str) -> argparse.ArgumentParser:
    """The parser of one command, its options after the common ones."""
    parser = argparse.ArgumentParser(
        prog=f"razmetka {name}",
        description=_doc(name),
        parents=[cli_arguments.common_options()],
    )
    ARGUMENTS.get(name, lambda p: None)(parser)
    return parser


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """What was typed: the common options given before or after the command (after wins)."""
    argv = _opening_a_file(list(argv))
    args = top_parser().parse_args(argv)
    rest = args.__dict__.pop("arguments")
    if args.command and len(rest) < len(argv) and argv[len(argv) - len(rest) - 1] == "--":
        rest = ["--", *rest]  # argparse keeps a "--" that follows the command to itself
    if args.command is not None:
        vars(args).update(vars(command_parser(args.command).parse_args(rest)))
    elif rest:
        top_parser().error(f"unrecognized arguments: {' '.join(rest)}")
    if not hasattr(args, "db"):
        args.db = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    command = COMMANDS.get(args.command or "gui")
    assert command is not None
    from razmetka.core.store import StoreError

    try:
        return command(args)
    except UsageError as exc:
        print(f"razmetka: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except (StoreError, OSError) as exc:
        print(f"razmetka: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("razmetka: interrupted; everything finished before that is saved", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: say so briefly, keep the details in a file
        log = _write_crash_log()
        print(f"razmetka: unexpected error: {exc!r}; details in {log}", file=sys.stderr)
        return EXIT_FAILED


def _opening_a_file(argv: list[str]) -> list[str]:
    """``razmetka FILE`` (a double-click on a database, a file manager's "Open with") opens the
    window on that file."""
    if argv and argv[0] not in COMMANDS and not argv[0].startswith("-") and Path(argv[0]).is_file():
        return ["--db", argv[0], "gui", *argv[1:]]
    return argv


def _write_crash_log() -> Path:
    from razmetka.logs import log_error

    kind, error, trace = sys.exc_info()
    assert kind is not None and error is not None
    return log_error(kind, error, trace, where="razmetka " + " ".join(sys.argv[1:2]))
