"""The bundle as users get it: built from this tree, the .deb unpacked into a scratch root and run
from there (packaging/smoke.py). Minutes of PyInstaller: marked 'package', skipped unless
--package; CI runs the same through ``python3 .ci/dev.py package --smoke`` after the test command."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.package
@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("dpkg-deb"), reason="Linux and dpkg")
def test_bundle_and_deb_smoke():
    pytest.importorskip("PyInstaller")
    if not shutil.which("oathtool"):
        pytest.skip("oathtool (python3 .ci/dev.py test installs it)")
    proc = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--smoke"], cwd=ROOT,
                          capture_output=True, text=True, timeout=1800)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "nothing written inside /opt/vaultcrm" in proc.stdout
