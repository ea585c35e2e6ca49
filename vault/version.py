"""The app's one version string: ``[project] version`` in ``pyproject.toml``.

Installed (a wheel, ``pipx``, the PyInstaller bundle, which carries the package metadata) it is read
with ``importlib.metadata``; in a source checkout the ``pyproject.toml`` beside the code wins (an
editable install's metadata can lag behind it). Shown by About and ``vaultcrm --version``, written
into every backup manifest (``app_version``).
"""
from __future__ import annotations

import functools
import tomllib
from importlib import metadata
from pathlib import Path

DISTRIBUTION = "vaultcrm"


@functools.cache
def app_version() -> str:
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
        if project.get("name") == DISTRIBUTION and project.get("version"):
            return str(project["version"])
    except (OSError, ValueError):
        pass  # not a source checkout
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"
