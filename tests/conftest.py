"""Shared fixtures: real SQLCipher vaults at the Argon2id floor (copied from a few templates made
once per session), a TOTP clock that steps forward, an in-process CLI runner, and a per-test
config folder so no test writes into the user's real ones."""
from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pyotp
import pytest

from vault import clock, kdf

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TESTDATA = SHARED / "testdata"
PASSWORD = "correct horse battery staple"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


# ----------------------------------------------------------------------------- allocator
def _keep_freed_memory() -> None:
    """Each Argon2id derivation at the floor allocates 64 MiB and frees it; glibc hands such a
    block back to the kernel, so the next derivation faults in and zero-fills 16,384 fresh pages:
    about a quarter of a derivation's CPU time, and the tests derive hundreds of times. In this
    process only, glibc keeps freed memory for reuse instead (one arena, no separate mappings, no
    trimming). The derivation itself is unchanged: same parameters, same result."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):  # not glibc
        return
    m_trim_threshold, m_mmap_max, m_arena_max = -1, -4, -8
    mallopt(m_arena_max, 1)
    mallopt(m_mmap_max, 0)
    mallopt(m_trim_threshold, 1 << 30)


_keep_freed_memory()


# ----------------------------------------------------------------------------- isolation
# Where the app and its libraries write per-user files on this machine, taken before anything
# below changes the environment: the session checks at its end that none of them was written to.
def _real_user_folders() -> list[Path]:
    import platformdirs

    folders = [Path(getattr(platformdirs, f"user_{kind}_dir")("VaultCRM", appauthor=False))
               for kind in ("config", "data", "cache", "state")]
    if os.environ.get("VAULTCRM_CONFIG_DIR"):
        folders.append(Path(os.environ["VAULTCRM_CONFIG_DIR"]))
    try:  # where keyrings.alt's file backends write
        from keyring.util import platform_

        folders.append(Path(platform_.data_root()))
    except ImportError:  # pragma: no cover - keyring is a dependency
        pass
    return folders


REAL_USER_FOLDERS = _real_user_folders()
_XDG = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


def _redirect_user_folders(base: Path, env=os.environ) -> dict[str, str]:
    """Point the app's config folder (pinned signer keys, known_hosts), platformdirs' per-user
    folders (local settings) and keyring files under ``base``."""
    values = {"VAULTCRM_CONFIG_DIR": str(base / "config")}
    values.update({name: str(base / name.lower()) for name in _XDG})
    for name, value in values.items():
        env[name] = value
    return values


# For the whole process (session fixtures, subprocesses, anything that runs outside a test) a
# throw-away folder; each test then gets its own under tmp_path (``isolated_config``). No test
# may reach a real keyring either: the "fail" backend stores nothing (credentials.keyring_status
# calls it no keyring, as on CI).
_SESSION_HOME = Path(tempfile.mkdtemp(prefix="vaultcrm-tests-"))
_redirect_user_folders(_SESSION_HOME)
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
# The suite asserts English wording: speak English whatever the machine's locale (the
# translation tests choose their language explicitly).
os.environ["VAULTCRM_LANG"] = "en"


def _snapshot(folders: list[Path]) -> dict[str, tuple[int, int] | None]:
    seen: dict[str, tuple[int, int] | None] = {}
    for folder in folders:
        seen[str(folder)] = _stat(folder)
        if folder.is_dir():
            for p in folder.rglob("*"):
                seen[str(p)] = _stat(p)
    return seen


def _stat(p: Path) -> tuple[int, int] | None:
    try:
        st = p.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


def pytest_sessionstart(session):
    session.config._vaultcrm_real_folders = _snapshot(REAL_USER_FOLDERS)


def pytest_sessionfinish(session, exitstatus):
    before = getattr(session.config, "_vaultcrm_real_folders", None)
    if before is not None:
        after = _snapshot(REAL_USER_FOLDERS)
        changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
        if changed:
            session.config._vaultcrm_leaks = changed
            session.exitstatus = pytest.ExitCode.TESTS_FAILED
    shutil.rmtree(_SESSION_HOME, ignore_errors=True)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    changed = getattr(config, "_vaultcrm_leaks", None)
    if changed:
        terminalreporter.section("files written outside the tests' folders", red=True)
        terminalreporter.line("The test session changed these real per-user files or folders (a test that "
                              "does not use its isolated config; or the app or another test run wrote "
                              "there at the same time):", red=True)
        for name in changed:
            terminalreporter.line(f"  {name}", red=True)


@pytest.fixture(autouse=True)
def isolated_config(tmp_path, monkeypatch):
    """Every test: pinned signer keys and known_hosts (VAULTCRM_CONFIG_DIR), local settings and
    keyring files (the XDG folders) in a per-test folder, never the user's. Returns the config
    folder (not created)."""
    values = _redirect_user_folders(tmp_path, env={})
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    return Path(values["VAULTCRM_CONFIG_DIR"])


# ----------------------------------------------------------------------------- screenshots
def pytest_addoption(parser):
    parser.addoption("--screenshots", action="store_true", default=False,
                     help="also run the tests marked 'screenshots', which rewrite docs/screenshots/*.png "
                          "(python3 .ci/dev.py screenshots)")
    parser.addoption("--package", action="store_true", default=False,
                     help="also run the tests marked 'package', which build the PyInstaller bundle and the .deb "
                          "(python3 .ci/dev.py package --smoke)")


def pytest_configure(config):
    config.addinivalue_line("markers", "screenshots: rewrites docs/screenshots/*.png; skipped unless "
                                       "--screenshots (python3 .ci/dev.py screenshots)")
    config.addinivalue_line("markers", "package: builds the bundle and the .deb and runs them; skipped unless "
                                       "--package (python3 .ci/dev.py package --smoke)")


def pytest_collection_modifyitems(config, items):
    skips = {
        "screenshots": "rewrites docs/screenshots: run python3 .ci/dev.py screenshots",
        "package": "builds the bundle: run python3 .ci/dev.py package --smoke",
    }
    for marker, reason in skips.items():
        if config.getoption("--" + marker):
            continue
        skip = pytest.mark.skip(reason=reason)
        for item in items:
            if item.get_closest_marker(marker):
                item.add_marker(skip)


class SteppingClock:
    """Each TOTP code handed out is for a new 30 s step, and the vault's clock follows."""

    def __init__(self, start: float):
        self.t = start

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float = 30.0) -> None:
        self.t += seconds

    def code(self, secret: str) -> str:
        self.advance(30)
        return pyotp.TOTP(secret).at(self.t)


def last_noon() -> float:
    """The most recent local noon."""
    now = time.time()
    noon = time.mktime(time.localtime(now)[:3] + (12, 0, 0, 0, 0, -1))
    return float(noon if noon <= now else noon - 86400)


@pytest.fixture
def fake_clock(monkeypatch):
    # the most recent local noon: audited times fall inside the default working hours (07:00-20:00),
    # so no test depends on the time of day it runs at (the off-hours alert)
    c = SteppingClock(last_noon())
    monkeypatch.setattr(clock, "now", c)
    return c


@dataclass
class VaultInfo:
    path: Path
    user: str
    password: str
    totp_secret: str
    recovery_key: str
    recovery_codes: list[str]
    vault_id: str
    clock: SteppingClock

    def code(self) -> str:
        return self.clock.code(self.totp_secret)

    def sign_in(self, user: str | None = None, password: str | None = None, secret: str | None = None):
        from app import auth

        return auth.sign_in(self.path, user or self.user, password or self.password,
                            totp_code=self.clock.code(secret or self.totp_secret))


@dataclass(frozen=True)
class Template:
    """A closed vault made once per session, with what its creation handed out."""
    path: Path
    user: str
    totp_secret: str
    recovery_key: str
    recovery_codes: tuple[str, ...]
    vault_id: str


class TemplateVaults:
    """Vaults made with ``auth.create_vault`` at the Argon2id floor, once per session, keyed by
    (user name, k): the k-th vault a test asks for is a copy of template k, so the vaults of one
    test are distinct (own vault id, keys, TOTP secret, recovery key and codes) while no test pays
    for a creation another test already paid for. They are made on demand by
    ``python -m tests.template_vaults`` (a process of their own: nothing a test patched reaches
    them), on a clock an hour before the tests' clocks start (the most recent noon), so every
    TOTP step and audited time a test hands out is newer than anything in the template."""

    BATCH = {"admin": 2}  # most tests want one vault, some two: made by one process

    def __init__(self, folder: Path):
        self.folder = folder
        self.made: dict[tuple[str, int], Template] = {}

    def get(self, user: str, k: int) -> Template:
        if (user, k) not in self.made:
            self._make(user, k, self.BATCH.get(user, 1) if k == 0 else 1)
        return self.made[(user, k)]

    def _make(self, user: str, first: int, count: int) -> None:
        proc = subprocess.run([sys.executable, "-m", "tests.template_vaults", str(self.folder),
                               repr(last_noon() - 3600), user, str(first), str(count)],
                              input=PASSWORD + "\n", capture_output=True, text=True, cwd=ROOT, timeout=300)
        if proc.returncode != 0:
            raise RuntimeError(f"making template vaults failed:\n{proc.stderr}")
        for line in proc.stdout.splitlines():
            row = json.loads(line)
            self.made[(user, row["k"])] = Template(Path(row["path"]), user, row["totp_secret"],
                                                   row["recovery_key"], tuple(row["recovery_codes"]),
                                                   row["vault_id"])


@pytest.fixture(scope="session")
def template_vaults(tmp_path_factory) -> TemplateVaults:
    return TemplateVaults(tmp_path_factory.mktemp("template-vaults"))


@pytest.fixture
def new_vault(tmp_path, fake_clock, template_vaults):
    """A fresh vault (admin 'admin') at the Argon2id floor; returns VaultInfo (vault closed).
    Each call in a test gives another vault (a copy of the next session template)."""
    from app import auth

    calls: dict[str, int] = {}

    def make(name: str = "vault", user: str = "admin") -> VaultInfo:
        path = tmp_path / name
        if path.exists() and any(path.iterdir()):  # refused, as by a real creation
            auth.create_vault(path, user, PASSWORD, kdf_params=kdf.FLOOR)
        k = calls[user] = calls.get(user, -1) + 1
        t = template_vaults.get(user, k)
        shutil.copytree(t.path, path, dirs_exist_ok=True)
        return VaultInfo(path, user, PASSWORD, t.totp_secret, t.recovery_key, list(t.recovery_codes),
                         t.vault_id, fake_clock)

    return make


@pytest.fixture
def vault_info(new_vault) -> VaultInfo:
    return new_vault()


@pytest.fixture
def admin(vault_info):
    """The vault's administrator, signed in (closed after the test)."""
    s = vault_info.sign_in()
    yield s
    s.close()


def signin(info: VaultInfo, user: str | None = None, secret: str | None = None, *, json: bool = False) -> list[str]:
    """The CLI's sign-in options for ``info``'s administrator (or ``user`` with TOTP ``secret``),
    with a new code; the password goes to stdin."""
    args = ["--user", user or info.user, "--password-stdin", "--totp", info.clock.code(secret or info.totp_secret)]
    return args + (["--json"] if json else [])


@dataclass
class CliResult:
    status: int
    out: str
    err: str

    @property
    def json(self):
        return json.loads(self.out)


def run_cli(args: list[str], stdin: str = "") -> CliResult:
    """The CLI in-process (fast; shares the test's clock)."""
    from app.cli import main

    out, err = io.StringIO(), io.StringIO()
    status = main([str(a) for a in args], stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return CliResult(status, out.getvalue(), err.getvalue())


def run_cli_process(args: list[str], stdin: str = "", timeout: float = 120) -> CliResult:
    """The CLI as a real process, as scripts use it."""
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)], input=stdin,
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    return CliResult(proc.returncode, proc.stdout, proc.stderr)


@pytest.fixture
def cli():
    return run_cli


# ----------------------------------------------------------------------------- backups
def backup(v, url, *extra):
    return run_cli(["backup", v.path, *signin(v), "--to", url, "--json", *extra], stdin=PASSWORD + "\n")


def add_rows(v, n: int = 40, size: int = 300) -> str:
    """Rows in a table of the test's own; returns a digest of the table's content."""
    s = v.sign_in()
    try:
        with s.vault.transaction():
            s.conn.execute("CREATE TABLE IF NOT EXISTS bulk_test (id INTEGER PRIMARY KEY, payload BLOB)")
            s.conn.executemany("INSERT INTO bulk_test (payload) VALUES (?)", [(os.urandom(size),) for _ in range(n)])
        return table_digest(s.conn)
    finally:
        s.close()


def table_digest(conn) -> str:
    h = hashlib.sha256()
    for row in conn.execute("SELECT id, payload FROM bulk_test ORDER BY id"):
        h.update(str(row[0]).encode() + bytes(row[1]))
    return h.hexdigest()


def folder_state(path: Path) -> dict[str, str]:
    """Every file's SHA-256, but the lock file (whose content is the holder's pid)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(Path(path).iterdir())
            if p.is_file() and p.name != "vault.lock"}


def listing(url, *extra) -> list[dict]:
    r = run_cli(["backups", url, "--json", *extra])
    assert r.status == 0, r.err
    return r.json


def key_file(v, tmp_path) -> Path:
    p = tmp_path / "recovery.txt"
    p.write_text(f"# VaultCRM recovery key\n{v.recovery_key}\n")
    return p


@pytest.fixture
def backed_up(vault_info, tmp_path):
    digest = add_rows(vault_info)
    target = tmp_path / "backups"
    r = backup(vault_info, target)
    assert r.status == 0, r.err
    return vault_info, target, r.json, digest


@pytest.fixture(scope="session")
def built_translations():
    """The .qm files, built from the .ts files as the set-up command does (when missing or stale),
    for a test run started without it."""
    import subprocess

    from vault.i18n import TRANSLATIONS

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in sorted(TRANSLATIONS.glob("vaultcrm_*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return TRANSLATIONS
