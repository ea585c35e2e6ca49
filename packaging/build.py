"""Build the one-folder bundle and, on Linux, the .deb and the .tar.gz; optionally smoke-test them.

    python packaging/build.py [--smoke]          (run by ``python3 .ci/dev.py package [--smoke]``)

Run with the Python of an environment where the project and PyInstaller are installed. Outputs
in ``build/package/``: ``dist/vaultcrm/`` (the bundle), ``vaultcrm_<version>_<arch>.deb`` and
``vaultcrm-<version>-linux-<machine>.tar.gz``. ``--smoke`` unpacks the .deb into a scratch root
(``dpkg -x``, no root needed) and from there runs ``vaultcrm --version``, ``init``, ``user list``,
``backup``, ``verify --deep`` and the GUI offscreen until the sign-in panel is shown, then checks
nothing was written inside the install folder and prints the figures (docs/BENCHMARKS.md).
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "package"
BUNDLE = OUT / "dist" / "vaultcrm"
DESKTOP = """[Desktop Entry]
Type=Application
Name=VaultCRM
GenericName=Customer relationship manager
Comment=A CRM whose customer data never leaves an encrypted vault
Exec=vaultcrm
Icon=vaultcrm
Terminal=false
Categories=Office;Database;
"""
# the bundle carries Qt, Python and the libraries; the X11/Wayland client libraries come from the system
DEPENDS = "libc6 (>= 2.31), libgl1, libfontconfig1, libxkbcommon0, libdbus-1-3"
RECOMMENDS = "libxcb-cursor0, libxkbcommon-x11-0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libegl1"


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def log(msg: str) -> None:
    print(f"[package] {msg}", flush=True)


def build_bundle() -> Path:
    log("PyInstaller (one folder)")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(OUT / "dist"), "--workpath", str(OUT / "work"),
                    str(ROOT / "packaging" / "vaultcrm.spec")], check=True, cwd=ROOT)
    return BUNDLE


def build_tarball(ver: str) -> Path:
    target = OUT / f"vaultcrm-{ver}-linux-{platform.machine()}.tar.gz"
    log(f"writing {target.name}")
    with tarfile.open(target, "w:gz") as tar:
        tar.add(BUNDLE, arcname=f"vaultcrm-{ver}")
    return target


def build_deb(ver: str) -> Path:
    """/opt/vaultcrm (the bundle), /usr/bin/vaultcrm (a relative symlink, so it also works in a
    scratch root), the desktop entry and the icon. Nothing runs as root after installing."""
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    tree = OUT / "deb"
    shutil.rmtree(tree, ignore_errors=True)
    shutil.copytree(BUNDLE, tree / "opt" / "vaultcrm", symlinks=True)
    (tree / "usr" / "bin").mkdir(parents=True)
    (tree / "usr" / "bin" / "vaultcrm").symlink_to("../../opt/vaultcrm/vaultcrm")
    apps = tree / "usr" / "share" / "applications"
    apps.mkdir(parents=True)
    (apps / "vaultcrm.desktop").write_text(DESKTOP, encoding="utf-8")
    icons = tree / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    icons.mkdir(parents=True)
    shutil.copy2(ROOT / "resources" / "icons" / "vaultcrm.svg", icons / "vaultcrm.svg")
    size_kib = sum(p.stat().st_size for p in tree.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    (tree / "DEBIAN").mkdir()
    (tree / "DEBIAN" / "control").write_text(
        f"Package: vaultcrm\nVersion: {ver}\nArchitecture: {arch}\nMaintainer: VaultCRM <support@vaultcrm.invalid>\n"
        f"Installed-Size: {size_kib}\nDepends: {DEPENDS}\nRecommends: {RECOMMENDS}\nSection: misc\nPriority: optional\n"
        "Description: desktop CRM whose customer data never leaves an encrypted vault\n"
        " VaultCRM keeps customers, deals and interactions in an encrypted vault folder.\n"
        " Removing this package leaves every vault and the settings in place.\n", encoding="utf-8")
    for path in tree.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    target = OUT / f"vaultcrm_{ver}_{arch}.deb"
    log(f"writing {target.name}")
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(tree), str(target)], check=True,
                   stdout=subprocess.DEVNULL)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="install the .deb into a scratch root and run it")
    parser.add_argument("--no-build", action="store_true", help="reuse the bundle in build/package/dist")
    args = parser.parse_args(argv)
    ver = version()
    if not args.no_build:
        build_bundle()
    if not sys.platform.startswith("linux"):
        log(f"bundle in {BUNDLE} (the .deb and .tar.gz are built on Linux)")
        return 0
    tarball = build_tarball(ver)
    deb = build_deb(ver)
    log(f"{tarball.name}: {tarball.stat().st_size / 1e6:.1f} MB; {deb.name}: {deb.stat().st_size / 1e6:.1f} MB")
    if args.smoke:
        sys.path.insert(0, str(ROOT / "packaging"))
        from smoke import smoke_test

        return smoke_test(deb, ver, tarball)
    return 0


if __name__ == "__main__":
    sys.exit(main())
