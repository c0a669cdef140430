"""The frozen program's entry point: the same ``main`` as the installed ``razmetka`` script, so
the window and every command (``razmetka suggest ...`` started by the window too) run from one
binary."""

import multiprocessing
import sys

from razmetka.cli import main

if __name__ == "__main__":
    # A child started through multiprocessing re-runs this binary; this call turns it into the
    # child instead of a second window. Outside such a child it returns at once.
    multiprocessing.freeze_support()
    sys.exit(main())
