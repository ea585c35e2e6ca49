#!/usr/bin/env python3
"""Set-up and run, with nothing but Python on the machine.

    python3 .ci/dev.py app  [ARGS]     create .venv if needed, install, start the app (ARGS go to main.py)
    python3 .ci/dev.py test [PYTEST-ARGS]
                                       same set-up plus the test extra and the system tools the tests
                                       use (age, oathtool, OpenSSH server), then ruff, import-linter
                                       and the whole pytest suite. The test servers (sshd, WebDAV, S3)
                                       are started on 127.0.0.1 by the test session itself.
    python3 .ci/dev.py translations    re-extract every translatable string (pyside6-lupdate over ui/, app/,
                                       vault/) into resources/translations/*.ts; new strings arrive
                                       unfinished, and the test suite fails until they are translated
    python3 .ci/dev.py screenshots [PYTEST-ARGS]
                                       same set-up, then rewrite docs/screenshots/*.png (the test
                                       marked 'screenshots', which the default test run skips)
    python3 .ci/dev.py package [--smoke]
                                       same set-up plus PyInstaller, then the one-folder bundle
                                       (packaging/vaultcrm.spec) and, on Linux, the .deb and .tar.gz in
                                       build/package/; --smoke installs the .deb into a scratch root and
                                       runs the CLI and the GUI from there (packaging/smoke.py)
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
SYSTEM_TOOLS = {"age": "age", "oathtool": "oathtool", "sshd": "openssh-server"}


def log(msg: str) -> None:
    print(f"[dev] {msg}", flush=True)


def run(cmd: list[str], **kw) -> int:
    return subprocess.call([str(c) for c in cmd], **kw)


def ensure_venv(extra: str | None) -> None:
    if not PY.exists():
        log(f"creating {VENV}")
        venv.EnvBuilder(with_pip=True, clear=False).create(VENV)
    spec = (ROOT / "pyproject.toml").read_bytes()
    stamp = VENV / f".installed-{extra or 'app'}"
    digest = hashlib.sha256(spec).hexdigest()
    if stamp.exists() and stamp.read_text() == digest:
        return
    target = f".[{extra}]" if extra else "."
    log(f"installing {target} into .venv")
    if run([PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip"], cwd=ROOT) != 0:
        sys.exit("pip upgrade failed")
    if run([PY, "-m", "pip", "install", "--quiet", "-e", target], cwd=ROOT) != 0:
        sys.exit("installing the project failed")
    stamp.write_text(digest)


def sbin_which(name: str) -> str | None:
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin:/usr/local/sbin")


def ensure_system_tools(tools: dict[str, str] = SYSTEM_TOOLS) -> None:
    missing = sorted({pkg for tool, pkg in tools.items() if not sbin_which(tool)})
    if not missing:
        return
    if not shutil.which("apt-get"):
        log(f"missing {', '.join(missing)} and no apt-get here: install them; the tests that need them will fail")
        return
    sudo = [] if os.geteuid() == 0 else (["sudo", "-n"] if shutil.which("sudo") else None)
    if sudo is None:
        log(f"missing {', '.join(missing)}; cannot install without root")
        return
    log(f"installing {', '.join(missing)} with apt-get")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    run([*sudo, "apt-get", "update", "-qq"], env=env, stdout=subprocess.DEVNULL)
    rc = run([*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], env=env,
             stdout=subprocess.DEVNULL)
    if rc != 0:
        log("apt-get install failed; the tests that need these tools will fail")


TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("pl", "cs", "de", "es", "fr", "ru")  # English needs only its plural forms


def tool(name: str) -> Path:
    return BIN / (name + (".exe" if os.name == "nt" else ""))


def build_translations() -> None:
    """Build each .qm from its .ts (pyside6-lrelease) when the .ts is newer: the .qm files are
    not committed."""
    for ts in sorted(TRANSLATIONS.glob("vaultcrm_*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if run([tool("pyside6-lrelease"), "-silent", ts, "-qm", qm], cwd=ROOT) != 0:
            sys.exit(f"pyside6-lrelease failed on {ts.name}")


def translation_sources() -> list[str]:
    files = [p for d in ("ui", "app", "vault") for p in sorted((ROOT / d).rglob("*.py"))]
    return [str(p.relative_to(ROOT)) for p in files] + ["main.py"]


def cmd_translations(args: list[str]) -> int:
    ensure_venv(None)
    sources = translation_sources()
    common = [tool("pyside6-lupdate"), *sources, "-locations", "none", "-no-obsolete", "-silent"]
    for lang in LANGUAGES:
        if run([*common, "-target-language", lang, "-ts", TRANSLATIONS / f"vaultcrm_{lang}.ts"], cwd=ROOT):
            return 1
    if run([*common, "-pluralonly", "-source-language", "en", "-target-language", "en",
            "-ts", TRANSLATIONS / "vaultcrm_en.ts"], cwd=ROOT):
        return 1
    build_translations()
    return 0


def cmd_app(args: list[str]) -> int:
    ensure_venv(None)
    build_translations()
    return run([PY, ROOT / "main.py", *args], cwd=ROOT)


def cmd_test(args: list[str]) -> int:
    ensure_venv("test")
    build_translations()
    ensure_system_tools()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    log("ruff")
    if run([BIN / "ruff", "check", "."], cwd=ROOT, env=env) != 0:
        return 1
    log("import-linter (ui -> app -> vault; no Qt in app/ or vault/)")
    if run([BIN / "lint-imports"], cwd=ROOT, env=env) != 0:
        return 1
    log("pytest")
    return run([PY, "-m", "pytest", *args], cwd=ROOT, env=env)


def cmd_screenshots(args: list[str]) -> int:
    ensure_venv("test")
    build_translations()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    log("pytest --screenshots (rewrites docs/screenshots)")
    return run([PY, "-m", "pytest", "--screenshots", "-m", "screenshots", "tests/ui", *args], cwd=ROOT, env=env)


def cmd_package(args: list[str]) -> int:
    ensure_venv(None)
    build_translations()  # the spec takes resources/ as it is, .qm included
    if run([PY, "-m", "pip", "install", "--quiet", "pyinstaller>=6.3"], cwd=ROOT) != 0:
        sys.exit("installing PyInstaller failed")
    # PyInstaller reads shared libraries with objdump (binutils); the .deb is made by dpkg-deb;
    # the smoke test signs in with oathtool
    ensure_system_tools({**SYSTEM_TOOLS, "objdump": "binutils", "dpkg-deb": "dpkg"} if "--smoke" in args
                        else {"objdump": "binutils", "dpkg-deb": "dpkg"})
    return run([PY, ROOT / "packaging" / "build.py", *args], cwd=ROOT)


def main() -> int:
    commands = {"app": cmd_app, "test": cmd_test, "screenshots": cmd_screenshots, "translations": cmd_translations,
                "package": cmd_package}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
