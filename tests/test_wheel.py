"""The wheel `pip install .` / `pipx install` builds carries the package data (found through
importlib.resources, not the source tree), the compiled translations and both entry points."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from vault.i18n import LANGUAGES
from vault.version import app_version

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
                           "--no-index", "-w", str(out), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    (built,) = out.glob("vaultcrm-*.whl")
    with zipfile.ZipFile(built) as zf:
        yield zf


def test_wheel_carries_the_package_data(wheel):
    names = set(wheel.namelist())
    expected = {"main.py", "resources/__init__.py", "resources/style.qss", "resources/common-passwords.txt",
                "resources/icons/vaultcrm.svg", "resources/icons/close.svg", "resources/fonts/DejaVuSans.ttf",
                "resources/fonts/DejaVuSans-Bold.ttf", "resources/fonts/DejaVuSansMono.ttf",
                "resources/fonts/LICENSE", "vault/migrations/__init__.py"}
    for lang in LANGUAGES:
        expected |= {f"resources/translations/vaultcrm_{lang}.ts", f"resources/translations/vaultcrm_{lang}.qm"}
    assert expected <= names, sorted(expected - names)
    assert any(n.startswith("vault/migrations/") and n.endswith(".sql") for n in names)
    qm = wheel.read("resources/translations/vaultcrm_de.qm")
    assert qm.startswith(bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd"))  # Qt's .qm magic
    assert not [n for n in names if n.startswith(("tests/", "bench/", ".ci/"))]


def test_wheel_entry_points_and_version(wheel):
    names = wheel.namelist()
    info = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    entry_points = wheel.read(info).decode()
    assert "[console_scripts]\nvaultcrm = main:main" in entry_points
    assert "[gui_scripts]\nvaultcrm-gui = main:gui" in entry_points
    metadata = wheel.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    assert f"\nVersion: {app_version()}\n" in metadata
