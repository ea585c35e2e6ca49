"""Shared fixtures: real SQLCipher vaults at the Argon2id floor, a TOTP clock that steps
forward, and an in-process CLI runner."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
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


@pytest.fixture
def fake_clock(monkeypatch):
    import time

    # the most recent local noon: audited times fall inside the default working hours (07:00-20:00),
    # so no test depends on the time of day it runs at (the off-hours alert)
    now = time.time()
    noon = time.mktime(time.localtime(now)[:3] + (12, 0, 0, 0, 0, -1))
    c = SteppingClock(float(noon if noon <= now else noon - 86400))
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


@pytest.fixture
def new_vault(tmp_path, fake_clock):
    """A fresh vault (admin 'admin') at the Argon2id floor; returns VaultInfo (vault closed)."""
    from app import auth

    def make(name: str = "vault", user: str = "admin") -> VaultInfo:
        path = tmp_path / name
        session, creation = auth.create_vault(path, user, PASSWORD, kdf_params=kdf.FLOOR)
        session.close()
        e = creation.enrolment
        return VaultInfo(path, user, PASSWORD, e.totp_secret, creation.recovery_key, e.recovery_codes,
                         creation.vault_id, fake_clock)

    return make


@pytest.fixture
def vault_info(new_vault) -> VaultInfo:
    return new_vault()


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
