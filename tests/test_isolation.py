"""The test suite's own guarantees: no test writes into the user's real config, data or keyring
folders; the vaults a test gets are real, distinct and fresh although they are copied from
session templates; the screenshot test is not part of the default run."""
from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import PASSWORD, REAL_USER_FOLDERS, ROOT, run_cli


def test_user_folders_are_the_tests_own(tmp_path, isolated_config):
    from keyring.util import platform_

    from app.settings import LocalSettings
    from vault.backup.signature import SignerPins, config_dir

    assert config_dir() == isolated_config and isolated_config.is_relative_to(tmp_path)
    for path in (LocalSettings().path, SignerPins().path, platform_.data_root(), platform_.config_root()):
        assert path.is_relative_to(tmp_path), path
    for real in REAL_USER_FOLDERS:
        assert not real.is_relative_to(tmp_path)
    SignerPins().pin("a-vault-id", "KUDzQpSBVgffP+BpFDveKUDzQpSBVgffP+BpFDve1Ns=", "first-use")
    assert json.loads((isolated_config / "backup-signers.json").read_text())["a-vault-id"]["how"] == "first-use"


def test_no_keyring_is_reached(vault_info):
    """backup-login never stores a secret in this machine's keyring during the tests."""
    from vault.backup import credentials

    assert credentials.keyring_status()[0] is False
    r = run_cli(["backup-login", "webdavs://tester@127.0.0.1:1/x", "--password-stdin"], stdin="s3cret\n")
    assert r.status == 1 and "inside the vault" in r.err


def test_vaults_of_one_test_are_distinct(new_vault, tmp_path):
    a, b, c = new_vault(), new_vault("other"), new_vault("third", user="carol")
    assert len({a.vault_id, b.vault_id, c.vault_id}) == 3
    assert len({a.totp_secret, b.totp_secret, c.totp_secret}) == 3
    assert len({a.recovery_key, b.recovery_key, c.recovery_key}) == 3
    assert not set(a.recovery_codes) & set(b.recovery_codes)
    slots = [json.loads((v.path / "keyslots.json").read_text()) for v in (a, b, c)]
    assert slots[0] != slots[1]
    for v in (a, b, c):
        assert v.path.parent == tmp_path
        s = v.sign_in()
        try:
            assert s.vault.vault_id == v.vault_id and s.username == v.user
        finally:
            s.close()


def test_a_copied_vault_is_fresh(vault_info, new_vault):
    """The first code of the test is accepted (the template accepted no later TOTP step), the
    vault's history is its creation only, and its slot has the real floor parameters."""
    from app import audit
    from vault import kdf

    slots = json.loads((vault_info.path / "keyslots.json").read_text())["slots"]
    assert [kdf.KdfParams.from_json(slot["kdf"]) for slot in slots] == [kdf.FLOOR]
    s = vault_info.sign_in()
    try:
        entries = audit.query(s, newest_first=False)["entries"]
        assert [e["action"] for e in entries[:2]] == ["vault.create", "signin"]
        assert len(entries) == 2
    finally:
        s.close()
    again = new_vault("again")  # a second vault in the same test is another template
    assert again.vault_id != vault_info.vault_id
    r = run_cli(["audit", again.path, "--user", again.user, "--password-stdin", "--totp", again.code(), "--json"],
                stdin=PASSWORD + "\n")
    assert r.status == 0, r.err


def test_the_default_run_leaves_the_screenshots_alone():
    shots = ROOT / "docs" / "screenshots"
    before = {p.name: p.stat().st_mtime_ns for p in shots.glob("*.png")}
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider",
                           "tests/ui/test_screenshots.py"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 skipped" in proc.stdout and ".ci/dev.py screenshots" in proc.stdout
    assert {p.name: p.stat().st_mtime_ns for p in shots.glob("*.png")} == before


def test_what_a_test_patches_does_not_reach_the_templates(new_vault, monkeypatch):
    """Templates are made in a process of their own: a test that breaks vault creation (or the
    clock) in its own process still gets a real vault, and so does every later test."""
    from vault import clock, core

    def broken(*a, **kw):
        raise AssertionError("vault creation patched by a test")

    with monkeypatch.context() as m:
        m.setattr(core, "create_vault", broken)
        m.setattr(clock, "now", lambda: 0.0)
        v = new_vault("patched", user="dora")
    assert json.loads((v.path / "keyslots.json").read_text())["created"] != "1970-01-01T00:00:00+00:00"
    s = v.sign_in()
    try:
        assert s.username == "dora"
    finally:
        s.close()
