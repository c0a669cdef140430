"""Files the program ships: style sheet, icons, translations."""

from pathlib import Path

# Installed as a plain folder (wheel or editable), so a path is enough; importlib.resources
# would pull in zipfile and friends at every start for nothing.
FOLDER = Path(__file__).resolve().parent
