# Runs before the program inside the frozen build. pymorphy2 looks for its dictionary through
# pkg_resources entry points, which a frozen build has no metadata for; the environment variable
# it reads first points it at the copy bundled from pymorphy2_dicts_ru instead. An analyst's own
# setting wins.
import os
import sys

os.environ.setdefault(
    "PYMORPHY2_DICT_PATH", os.path.join(sys._MEIPASS, "pymorphy2_dicts_ru", "data")
)
