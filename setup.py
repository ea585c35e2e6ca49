"""Only what pyproject.toml cannot say: the wheel's build_py also compiles the translations.

The ``.qm`` files Qt loads are not committed (``.gitignore``); the ``.ts`` files are. When a wheel
(or an sdist's wheel) is built, ``pyside6-lrelease`` (PySide6 is in ``[build-system] requires``)
turns every ``resources/translations/vaultcrm_<lang>.ts`` into its ``.qm`` inside the build folder,
so the installed package has them. An editable install (``pip install -e .``, the developers'
``.ci/dev.py``) skips it: there ``.ci/dev.py`` builds the ``.qm`` beside the ``.ts`` in the tree.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


def lrelease() -> list[str]:
    """The command that runs Qt's lrelease from the PySide6 wheel in the build environment."""
    found = shutil.which("pyside6-lrelease", path=os.path.dirname(sys.executable)) or shutil.which("pyside6-lrelease")
    if found:
        return [found]
    import PySide6  # the binary lies in the package folder

    binary = Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease")
    if not binary.exists():
        raise SystemExit("pyside6-lrelease not found: the wheel needs PySide6 to build its translations")
    return [str(binary)]


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        source = Path(__file__).resolve().parent / "resources" / "translations"
        target = Path(self.build_lib) / "resources" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        command = lrelease()
        for ts in sorted(source.glob("vaultcrm_*.ts")):
            qm = target / (ts.stem + ".qm")
            subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True)
            if not qm.exists():
                raise SystemExit(f"pyside6-lrelease made no {qm.name}")


setup(cmdclass={"build_py": BuildPyWithTranslations})
