"""Where errors that reach the top are written: a log file in the user's log folder
(``~/.cache/razmetka/log/razmetka.log`` on Linux), so that the user is shown a message and the
details are kept for a report, never a bare traceback."""

from __future__ import annotations

import os
import traceback
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType

APP_NAME = "razmetka"
KEPT_BYTES = 1_000_000  # the log is cut back to its last megabyte when it grows past two


def log_folder() -> Path:
    override = os.environ.get("RAZMETKA_LOG_DIR")
    if override:
        return Path(override)
    import appdirs

    return Path(appdirs.user_log_dir(APP_NAME, False))


def log_file() -> Path:
    return log_folder() / "razmetka.log"


def log_error(
    kind: type[BaseException],
    error: BaseException,
    trace: TracebackType | None,
    where: str = "",
) -> Path:
    """Append an error with its traceback to the log; returns the log's path."""
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    _keep_short(path)
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    details = "".join(traceback.format_exception(kind, error, trace))
    with path.open("a", encoding="utf-8") as log:
        log.write(f"--- {stamp} {where}\n{details}\n")
    return path


def _keep_short(path: Path) -> None:
    if path.is_file() and path.stat().st_size > 2 * KEPT_BYTES:
        data = path.read_bytes()[-KEPT_BYTES:]
        path.write_bytes(data[data.find(b"\n") + 1 :])
