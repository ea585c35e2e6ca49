"""Backups to a folder through the CLI: round trip, the stock age tool, tampering, gaps, a
foreign signer, a full disk, and processes killed during a backup or a restore."""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess

import pytest

from tests.conftest import (  # noqa: F401 (other test files import the helpers from here)
    PASSWORD,
    add_rows,
    backup,
    folder_state,
    key_file,
    listing,
    run_cli,
    run_cli_process,
    signin,
    table_digest,
)

pytest_plugins = ["tests.servers"]
pytestmark = pytest.mark.usefixtures("isolated_config")


# ----------------------------------------------------------------------------- round trip
def test_round_trip_folder(backed_up, tmp_path):
    v, target, out, digest = backed_up
    assert out["verified"] is True and out["size"] > 0 and len(out["sha256"]) == 64
    archive = target / out["archive"]
    assert archive.name.startswith(v.vault_id) and archive.name.endswith(".crmbak")
    assert (target / (out["archive"] + ".sig")).exists()
    assert hashlib.sha256(archive.read_bytes()).hexdigest() == out["sha256"]
    rows = listing(target, "--vault", v.path)
    assert [(r["archive"], r["state"]) for r in rows] == [(out["archive"], "ok")]
    assert set(rows[0]) == {"archive", "created", "size", "state", "sequence", "detail"}

    quick = run_cli(["verify", archive, "--json"])
    assert quick.status == 0 and quick.json["ok"], quick.out
    keyf = key_file(v, tmp_path)
    deep = run_cli(["verify", archive, "--deep", "--recovery-key-file", keyf, "--json"])
    assert deep.status == 0 and deep.json["ok"], deep.out
    names = {c["name"] for c in deep.json["checks"]}
    assert {"signature", "sha256", "decrypt", "members", "integrity_check", "rows", "keyslots"} <= names

    dest = tmp_path / "restored"
    r = run_cli(["restore", archive, "--to", dest, "--recovery-key-file", keyf, "--json"])
    assert r.status == 0, r.err
    assert r.json["vault"] == str(dest) and r.json["rows"]["bulk_test"] == 40
    v.path = dest
    s = v.sign_in()  # the user's own key slot opens the restored vault
    try:
        assert table_digest(s.conn) == digest
    finally:
        s.close()


def test_deep_verify_as_signed_in_admin(backed_up):
    v, target, out, _ = backed_up
    r = run_cli(["verify", target / out["archive"], "--deep", "--vault", v.path, *signin(v), "--json"],
                stdin=PASSWORD + "\n")
    assert r.status == 0 and r.json["ok"], r.out + r.err


@pytest.mark.skipif(not shutil.which("age"), reason="the age tool is not installed")
def test_stock_age_tool_decrypts(backed_up, tmp_path):
    v, target, out, _ = backed_up
    keyf = key_file(v, tmp_path)
    plain = tmp_path / "plain.tar"
    subprocess.run(["age", "-d", "-i", str(keyf), "-o", str(plain), str(target / out["archive"])], check=True)
    import tarfile

    with tarfile.open(plain) as tar:
        assert tar.getnames() == ["keyslots.json", "vault.db", "manifest.json"]
        manifest = json.load(tar.extractfile("manifest.json"))
        db = tar.extractfile("vault.db").read()
    assert manifest["vault_id"] == v.vault_id and manifest["rows"]["bulk_test"] == 40
    assert hashlib.sha256(db).hexdigest() == manifest["members"]["vault.db"]["sha256"]
    assert not db.startswith(b"SQLite format 3")  # still SQLCipher-encrypted with the manifest's key


def test_restore_over_existing_vault_swaps(backed_up, tmp_path):
    v, target, out, digest = backed_up
    add_rows(v, n=5)  # changes after the backup are undone by the restore
    ledger = b'{"vault_id": "x", "entries": [], "mac": "00"}'  # the live erasure ledger is carried over
    (v.path / "erasure-ledger.json").write_bytes(ledger)
    keyf = key_file(v, tmp_path)
    r = run_cli(["restore", target / out["archive"], "--to", v.path, "--recovery-key-file", keyf, "--json"])
    assert r.status == 0, r.err
    assert (v.path / "erasure-ledger.json").read_bytes() == ledger
    s = v.sign_in()
    try:
        assert table_digest(s.conn) == digest
    finally:
        s.close()
    assert not [p for p in v.path.parent.iterdir() if ".restore-" in p.name]


def test_restore_as_signed_in_admin(backed_up):
    v, target, out, digest = backed_up
    add_rows(v, n=3)
    r = run_cli(["restore", target / out["archive"], "--to", v.path, *signin(v), "--json"], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    s = v.sign_in()
    try:
        assert table_digest(s.conn) == digest
    finally:
        s.close()


# ----------------------------------------------------------------------------- tampering
@pytest.mark.parametrize("damage", ["flip", "truncate"])
def test_damaged_archive_fails_both_levels_and_restore_refuses(backed_up, tmp_path, damage):
    v, target, out, _ = backed_up
    archive = target / out["archive"]
    data = bytearray(archive.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0x01
    else:
        del data[len(data) - 1000:]
    archive.write_bytes(bytes(data))
    keyf = key_file(v, tmp_path)
    assert run_cli(["verify", archive]).status == 4
    deep = run_cli(["verify", archive, "--deep", "--recovery-key-file", keyf, "--json"])
    assert deep.status == 4 and not deep.json["ok"]
    assert not [d for d in tmp_path.rglob(".vaultcrm-verify-*")]
    before = folder_state(v.path)
    r = run_cli(["restore", archive, "--to", tmp_path / "new", "--recovery-key-file", keyf])
    assert r.status == 4 and not (tmp_path / "new").exists()
    r = run_cli(["restore", archive, "--to", v.path, "--recovery-key-file", keyf])
    assert r.status == 4 and folder_state(v.path) == before
    assert [row["state"] for row in listing(target)] == ["damaged"]


def test_signature_by_another_vaults_key_is_refused(backed_up, new_vault):
    v, target, out, _ = backed_up
    other = new_vault("other")
    from app import auth
    from vault.backup import signature

    s = auth.sign_in(other.path, other.user, other.password, totp_code=other.code())
    try:
        forged_key = s.vault.signing_key()
    finally:
        s.close()
    sig_path = target / (out["archive"] + ".sig")
    doc = json.loads(sig_path.read_text())
    sig_path.write_bytes(signature.sign(doc["signed"], forged_key))
    # pinned from the vault's keyslots.json, and from this machine's pin (made at backup time)
    r = run_cli(["verify", target / out["archive"], "--vault", v.path, "--json"])
    assert r.status == 4 and any(c["name"] == "signer" and not c["ok"] for c in r.json["checks"])
    assert run_cli(["verify", target / out["archive"]]).status == 4
    assert [row["state"] for row in listing(target)] == ["bad-signature"]


def test_new_machine_pins_the_signer_from_the_recovery_sheet(backed_up, new_vault, tmp_path, monkeypatch):
    v, target, out, _ = backed_up
    archive = target / out["archive"]
    fp = json.loads((target / (out["archive"] + ".sig")).read_text())["fingerprint"]
    monkeypatch.setenv("VAULTCRM_CONFIG_DIR", str(tmp_path / "new-machine"))  # nothing pinned here
    assert run_cli(["verify", archive, "--signer-fingerprint", fp]).status == 0
    monkeypatch.setenv("VAULTCRM_CONFIG_DIR", str(tmp_path / "new-machine-2"))
    assert run_cli(["verify", archive, "--signer-fingerprint", "SHA256:" + "A" * 43]).status == 4
    # a forged signature (another vault's key) is refused against the sheet's fingerprint
    other = new_vault("other")
    from app import auth
    from vault.backup import signature

    s = auth.sign_in(other.path, other.user, other.password, totp_code=other.code())
    try:
        sig_path = target / (out["archive"] + ".sig")
        sig_path.write_bytes(signature.sign(json.loads(sig_path.read_text())["signed"], s.vault.signing_key()))
    finally:
        s.close()
    monkeypatch.setenv("VAULTCRM_CONFIG_DIR", str(tmp_path / "new-machine-3"))
    r = run_cli(["restore", archive, "--to", tmp_path / "dr", "--recovery-key-file", key_file(v, tmp_path),
                 "--signer-fingerprint", fp])
    assert r.status == 4 and not (tmp_path / "dr").exists()


def test_deleted_archive_shows_as_gap(vault_info, tmp_path):
    target = tmp_path / "b"
    names = []
    for _ in range(3):
        r = backup(vault_info, target)
        assert r.status == 0, r.err
        names.append(r.json["archive"])
    assert [r["state"] for r in listing(target)] == ["ok"] * 3
    (target / names[1]).unlink()  # only the archive: its signature shows it is missing
    assert sorted(r["state"] for r in listing(target)) == ["missing", "ok", "ok"]
    (target / (names[1] + ".sig")).unlink()  # archive and signature: a sequence gap
    rows = listing(target)
    gaps = [r for r in rows if r["state"] == "gap"]
    assert len(gaps) == 1 and gaps[0]["sequence"] == [2] and "deleted" in gaps[0]["detail"]
    r = run_cli(["verify", target / names[2], "--json"])
    assert r.status == 4 and any(c["name"] == "sequence" and not c["ok"] for c in r.json["checks"])
    assert run_cli(["verify", target / names[0]]).status == 0  # older ones are still fine
    r = backup(vault_info, target)  # the chain continues after the gap
    assert r.status == 0 and r.json["sequence"] == 4


# ----------------------------------------------------------------------------- full disk
@pytest.fixture
def tiny_disk(tmp_path):
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)],
                                           capture_output=True).returncode != 0:
        yield None
        return
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def test_target_out_of_space(vault_info, tiny_disk, tmp_path, monkeypatch):
    add_rows(vault_info, n=40, size=64 * 1024)  # ~2.5 MB: more than the 1 MB disk
    if tiny_disk is None:  # no root/tmpfs: a folder whose writes fail with ENOSPC after 1 MB
        import errno

        from vault.backup import targets

        real = targets.LocalTarget.writer

        @contextlib.contextmanager
        def full(self, name):
            with real(self, name) as fh:
                class Full:
                    n = 0

                    def write(self, b):
                        Full.n += len(b)
                        if Full.n > 1024 * 1024:
                            raise OSError(errno.ENOSPC, "No space left on device")
                        return fh.write(b)
                yield Full()

        monkeypatch.setattr(targets.LocalTarget, "writer", full)
        tiny_disk = tmp_path / "tiny"
    r = backup(vault_info, tiny_disk)
    assert r.status == 1, r.out
    assert "full" in r.err.lower()
    assert os.listdir(tiny_disk) == []
    assert listing(tiny_disk) == []


# ----------------------------------------------------------------------------- kills
KILL_POINTS = ["snapshot-done", "upload-mid", "upload-done", "read-back-done", "archive-published", "sig-written"]


def test_backup_killed_at_each_point_is_never_listed(vault_info, tmp_path, monkeypatch):
    add_rows(vault_info, n=30, size=4096)  # > 64 KiB, so "upload-mid" is reached mid-stream
    target = tmp_path / "b"
    codes = list(vault_info.recovery_codes)
    for point in KILL_POINTS:
        monkeypatch.setenv("VAULTCRM_TEST_KILL", point)
        r = run_cli_process(["backup", vault_info.path, "--user", vault_info.user, "--password-stdin",
                             "--recovery-code", codes.pop(), "--to", target, "--json"], stdin=PASSWORD + "\n")
        assert r.status in (-9, 137), (point, r.status, r.err)
        monkeypatch.delenv("VAULTCRM_TEST_KILL")
        assert listing(target) == [], point
    leftovers = os.listdir(target)
    assert leftovers  # partial files from the kills ...
    r = run_cli_process(["backup", vault_info.path, "--user", vault_info.user, "--password-stdin",
                         "--recovery-code", codes.pop(), "--to", target, "--json"], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err  # ... and the next backup works
    rows = listing(target)
    assert [x["state"] for x in rows] == ["ok"] and rows[0]["sequence"] == 1
    # stale partials are removed once they are old enough
    from vault.backup.targets import open_target
    from vault.backup.upload import cleanup_stale

    removed = cleanup_stale(open_target(str(target)), prefix=vault_info.vault_id, older_than=0,
                            keep={rows[0]["archive"]})
    ledger = vault_info.vault_id + ".crmledger"  # the signed revocation ledger, rewritten at every backup
    assert removed and sorted(os.listdir(target)) == sorted([rows[0]["archive"], rows[0]["archive"] + ".sig", ledger])


@pytest.mark.parametrize("point", ["restore-decrypt-mid", "restore-extracted", "restore-before-swap"])
def test_restore_killed_leaves_current_vault_intact(backed_up, tmp_path, monkeypatch, point):
    v, target, out, digest = backed_up
    add_rows(v, n=200, size=1024)  # the current vault differs from the archive
    keyf = key_file(v, tmp_path)
    before = folder_state(v.path)
    monkeypatch.setenv("VAULTCRM_TEST_KILL", point)
    r = run_cli_process(["restore", target / out["archive"], "--to", v.path, "--recovery-key-file", keyf])
    assert r.status in (-9, 137), (r.status, r.err)
    monkeypatch.delenv("VAULTCRM_TEST_KILL")
    assert folder_state(v.path) == before
    s = v.sign_in()
    try:
        assert s.conn.execute("SELECT count(*) FROM bulk_test").fetchone()[0] == 240
    finally:
        s.close()
    # and a later restore works (and clears the leftovers)
    r = run_cli(["restore", target / out["archive"], "--to", v.path, "--recovery-key-file", keyf])
    assert r.status == 0, r.err
    assert not [p for p in v.path.parent.iterdir() if ".restore-" in p.name]


def test_restore_killed_after_the_swap_has_committed(backed_up, tmp_path, monkeypatch):
    """The atomic exchange is the commit point: the restored copy already opened in its temporary
    folder, so a kill right after the exchange leaves the restored vault in place, and it opens."""
    v, target, out, digest = backed_up
    add_rows(v, n=9)
    monkeypatch.setenv("VAULTCRM_TEST_KILL", "restore-swapped")
    r = run_cli_process(["restore", target / out["archive"], "--to", v.path, "--recovery-key-file",
                         key_file(v, tmp_path)])
    assert r.status in (-9, 137), (r.status, r.err)
    monkeypatch.delenv("VAULTCRM_TEST_KILL")
    s = v.sign_in()
    try:
        assert table_digest(s.conn) == digest
    finally:
        s.close()


def test_restore_failing_after_swap_rolls_back(backed_up, tmp_path, monkeypatch):
    v, target, out, _ = backed_up
    add_rows(v, n=7)
    keyf = key_file(v, tmp_path)
    before = folder_state(v.path)
    from app import backups
    from vault.errors import StorageError

    real = backups.RestoreJob._open_check

    def failing(self, folder, *, record, name="", lock=None):
        if record:
            raise StorageError("simulated failure opening the swapped-in vault")
        return real(self, folder, record=record, name=name, lock=lock)

    monkeypatch.setattr(backups.RestoreJob, "_open_check", failing)
    r = run_cli(["restore", target / out["archive"], "--to", v.path, "--recovery-key-file", keyf])
    assert r.status == 1 and "simulated" in r.err
    assert folder_state(v.path) == before
    s = v.sign_in()
    try:
        assert s.conn.execute("SELECT count(*) FROM bulk_test").fetchone()[0] == 47
    finally:
        s.close()
    assert not [p for p in v.path.parent.iterdir() if ".restore-" in p.name]


def test_restore_keeps_both_folders_locked_across_the_swap(backed_up, tmp_path, monkeypatch):
    """Right after the exchange, neither the restored vault (now under the vault's name) nor the
    old one can be opened by another process: there is no window before the restore's own check."""
    v, target, out, digest = backed_up
    keyf = key_file(v, tmp_path)
    from vault.backup import restore as vrestore
    from vault.errors import VaultBusyError
    from vault.lockfile import VaultLock

    real = vrestore.exchange
    probes = []

    def probing(a, b):
        real(a, b)
        for folder in (a, b):
            try:
                VaultLock(folder).acquire().release()
                probes.append("free")
            except VaultBusyError:
                probes.append("locked")

    monkeypatch.setattr(vrestore, "exchange", probing)
    r = run_cli(["restore", target / out["archive"], "--to", v.path, "--recovery-key-file", keyf, "--json"])
    assert r.status == 0, r.err
    assert probes == ["locked", "locked"]
    s = v.sign_in()  # and the restore released both locks when it finished
    try:
        assert table_digest(s.conn) == digest
    finally:
        s.close()


def test_restore_refuses_another_vaults_archive_over_a_vault(backed_up, new_vault, tmp_path):
    v, target, out, _ = backed_up
    other = new_vault("other")
    before = folder_state(other.path)
    r = run_cli(["restore", target / out["archive"], "--to", other.path, "--recovery-key-file",
                 key_file(v, tmp_path)])
    assert r.status == 1 and "new folder" in r.err
    assert folder_state(other.path) == before


def test_errors_are_one_line(vault_info, tmp_path):
    r = run_cli(["verify", tmp_path / "nothing" / "x.crmbak", "--json"])
    assert r.status == 4 and len(r.err.strip().splitlines()) <= 1
    r = run_cli(["restore", tmp_path / "x.crmbak", "--to", tmp_path / "n"])
    assert r.status == 2 and r.err.startswith("error:")
    r = run_cli(["backups", "ftp://example.org/x"])
    assert r.status == 2
