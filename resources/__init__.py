"""The app's package data: icons, style sheet, translations (.ts and the .qm built from them),
fonts for the recovery sheet and the common-password list.

``resources`` is a package of its own (beside ``app``, ``ui`` and ``vault``) so that the same
files are found, through ``importlib.resources``, in a source checkout (``python main.py``), an
installed wheel (``pip``/``pipx``) and the PyInstaller bundle. Every file is on disk in all three
(the wheel is installed unzipped; the bundle unpacks it into its folder), and Qt, fpdf2 and the
translation reader want file names, so :func:`path` returns a ``pathlib.Path``.
"""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def path(*parts: str) -> Path:
    """The file or folder ``parts`` (e.g. ``path("icons", "vaultcrm.svg")``) inside the package."""
    return Path(str(files(__name__).joinpath(*parts)))
