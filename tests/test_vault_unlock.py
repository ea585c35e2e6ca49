"""The vault's promises (issue 2): real SQLCipher files, real Argon2id, no crypto mocks."""
from __future__ import annotations

import json
import shutil
import subprocess
import threading

import pytest

from app import auth, users
from tests.conftest import PASSWORD, run_cli, run_cli_process
from vault import core, kdf, migrations
from vault.db import sqlite_error
from vault.errors import (
    AuthenticationError,
    IntegrityError,
    PasswordChangeRequired,
    PolicyError,
    ThrottledError,
    VaultBusyError,
)


def signin_args(info, code=None, recovery=None):
    args = [info.path, "--user", info.user, "--password-stdin", "--json"]
    args += ["--recovery-code", recovery] if recovery else ["--totp", code or info.code()]
    return args


def test_sign_in_with_password_and_code(vault_info):
    session = vault_info.sign_in()
    assert session.username == "admin" and session.profile.name == "Administrator"
    session.close()


def test_wrong_password_exits_3(vault_info):
    r = run_cli(["user", "list", *signin_args(vault_info)], stdin="wrong password here!!\n")
    assert r.status == 3
    assert r.err.startswith('{"error"') and "Traceback" not in r.err


def test_unknown_user_exits_3(vault_info):
    r = run_cli(["user", "list", vault_info.path, "--user", "mallory", "--password-stdin", "--totp",
                 vault_info.code()], stdin=PASSWORD + "\n")
    assert r.status == 3


def test_wrong_code_exits_3(vault_info):
    good = vault_info.code()
    bad = f"{(int(good) + 1) % 1000000:06d}"
    r = run_cli(["user", "list", *signin_args(vault_info, code=bad)], stdin=PASSWORD + "\n")
    assert r.status == 3


def test_reused_code_is_refused_even_across_restarts(vault_info):
    code = vault_info.code()
    assert run_cli(["user", "list", *signin_args(vault_info, code=code)], stdin=PASSWORD + "\n").status == 0
    # the same code again (same 30 s window): refused, the last step is kept in the database
    r = run_cli(["user", "list", *signin_args(vault_info, code=code)], stdin=PASSWORD + "\n")
    assert r.status == 3
    # an older step than the last accepted one is refused too
    vault_info.clock.advance(-60)
    older = vault_info.clock.code(vault_info.totp_secret)  # back one step relative to the accepted one
    vault_info.clock.advance(30)
    assert run_cli(["user", "list", *signin_args(vault_info, code=older)], stdin=PASSWORD + "\n").status == 3


def test_recovery_code_works_once(vault_info):
    code = vault_info.recovery_codes[0]
    r = run_cli(["user", "list", *signin_args(vault_info, recovery=code)], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    r = run_cli(["user", "list", *signin_args(vault_info, recovery=code)], stdin=PASSWORD + "\n")
    assert r.status == 3
    # another code still works
    assert run_cli(["user", "list", *signin_args(vault_info, recovery=vault_info.recovery_codes[1])],
                   stdin=PASSWORD + "\n").status == 0


def test_flipped_byte_in_keyslots_is_refused(vault_info):
    path = vault_info.path / "keyslots.json"
    original = path.read_bytes()
    data = json.loads(original)
    # every field a tamperer might touch: each change is refused with 3 or 4, never a traceback
    for offset in range(0, len(original), max(1, len(original) // 30)):
        raw = bytearray(original)
        raw[offset] ^= 0x01
        path.write_bytes(bytes(raw))
        r = run_cli(["user", "list", *signin_args(vault_info)], stdin=PASSWORD + "\n")
        if r.status == 0:
            # flipping case in hex/base64 can leave the JSON meaning unchanged only in whitespace
            assert json.loads(bytes(raw)) == data, f"offset {offset} changed the meaning but was accepted"
        else:
            assert r.status in (3, 4), (offset, r.err)
            assert "Traceback" not in r.err
        path.write_bytes(original)
        (vault_info.path / "signin-failures.json").unlink(missing_ok=True)


def test_weakened_kdf_parameters_are_refused(vault_info):
    path = vault_info.path / "keyslots.json"
    data = json.loads(path.read_bytes())
    data["slots"][0]["kdf"]["memory_kib"] = 8 * 1024
    path.write_text(json.dumps(data))
    r = run_cli(["user", "list", *signin_args(vault_info)], stdin=PASSWORD + "\n")
    assert r.status == 4 and "floor" in r.err


def test_swapped_recovery_recipient_is_detected_by_mac(vault_info, new_vault):
    other = new_vault("other")
    path = vault_info.path / "keyslots.json"
    data = json.loads(path.read_bytes())
    data["recovery_recipient"] = json.loads((other.path / "keyslots.json").read_bytes())["recovery_recipient"]
    path.write_text(json.dumps(data))
    r = run_cli(["user", "list", *signin_args(vault_info)], stdin=PASSWORD + "\n")
    assert r.status == 4 and "MAC" in r.err


def test_flipped_byte_in_database_is_refused(vault_info):
    path = vault_info.path / "vault.db"
    original = path.read_bytes()
    page = 4096
    pages = len(original) // page
    # the header page, then pages spread over the whole file (every page costs a sign-in)
    sample = sorted({1 + (i * (pages - 1)) // 15 for i in range(16)} - {pages})
    for offset in [100, 2000] + [p * page + 777 for p in sample]:
        raw = bytearray(original)
        raw[offset] ^= 0x40
        path.write_bytes(bytes(raw))
        r = run_cli(["user", "list", *signin_args(vault_info)], stdin=PASSWORD + "\n")
        assert r.status in (3, 4), (offset, r.status, r.out, r.err)
        assert "Traceback" not in r.err
        path.write_bytes(original)
        (vault_info.path / "signin-failures.json").unlink(missing_ok=True)


def test_database_is_encrypted_on_disk(vault_info):
    markers = ["Zebulon-Marker-Customer", "marker.person@example.org", "MARKER-IBAN-DE8937"]
    session = vault_info.sign_in()
    with session.vault.transaction():
        for i, m in enumerate(markers):
            session.conn.execute("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, 'now')",
                                 (f"marker{i}", json.dumps(m)))
    session.close()
    for name in ("vault.db", "keyslots.json"):
        raw = (vault_info.path / name).read_bytes()
        assert not raw.startswith(b"SQLite format 3")
        for m in markers + [vault_info.user]:
            assert m.encode() not in raw, (name, m)
            assert m.encode("utf-16-le") not in raw
    assert not any(p.name.endswith(("-wal", "-journal")) and p.stat().st_size for p in vault_info.path.iterdir())


def test_second_process_is_refused(vault_info):
    session = vault_info.sign_in()
    try:
        r = run_cli_process(["user", "list", *signin_args(vault_info)], stdin=PASSWORD + "\n")
        assert r.status == 1 and "already open" in r.err and "Traceback" not in r.err
        with pytest.raises(VaultBusyError):
            vault_info.sign_in()
    finally:
        session.close()
    vault_info.sign_in().close()  # released at lock


def test_password_change_keeps_other_users_working(vault_info):
    admin = vault_info.sign_in()
    bob = users.add_user(admin, "bob", "bob's long passphrase 1", "Sales")
    carol = users.add_user(admin, "carol", "carol's long passphrase 2", "Support")
    admin.close()
    slots_before = json.loads((vault_info.path / "keyslots.json").read_bytes())["slots"]
    r = run_cli(["passwd", vault_info.path, "--user", "bob", "--password-stdin", "--totp",
                 vault_info.clock.code(bob.totp_secret)],
                stdin="bob's long passphrase 1\nbob's new passphrase 99\n")
    assert r.status == 0, r.err
    slots_after = json.loads((vault_info.path / "keyslots.json").read_bytes())["slots"]
    changed = [s for s in slots_after if s not in slots_before]
    assert len(changed) == 1  # only bob's slot was re-wrapped
    with pytest.raises(AuthenticationError):
        vault_info.sign_in("bob", "bob's long passphrase 1", bob.totp_secret)
    vault_info.sign_in("bob", "bob's new passphrase 99", bob.totp_secret).close()
    vault_info.sign_in("carol", "carol's long passphrase 2", carol.totp_secret).close()
    vault_info.sign_in().close()


def test_password_policy():
    from vault.passwords import problems

    assert problems("short")
    assert problems("password1234")  # in the common list and 12 long
    assert problems("a" * 20)
    assert problems("x" * 1025)
    assert not problems("Zwölf Äpfel im Schnee")
    assert not problems("ｆｕｌｌｗｉｄｔｈ　ｐａｓｓ")  # NFKC-normalised, still fine
    assert not problems("🦊🦊 rennt über 🌉!!")
    assert len(__import__("vault.passwords", fromlist=["x"]).common_passwords()) >= 10000


def test_nfkc_password_opens_either_form(tmp_path, fake_clock):
    session, creation = auth.create_vault(tmp_path / "v", "ana", "ｆｕｌｌｗｉｄｔｈ　ｐａｓｓ", kdf_params=kdf.FLOOR)
    session.close()
    auth.sign_in(tmp_path / "v", "ana", "fullwidth pass",
                 totp_code=fake_clock.code(creation.enrolment.totp_secret)).close()


def test_recovery_key_opens_the_vault_and_resets_a_password(vault_info, tmp_path):
    keyfile = tmp_path / "recovery.txt"
    keyfile.write_text(vault_info.recovery_key + "\n")
    r = run_cli(["recover", vault_info.path, "--user", "admin", "--recovery-key-file", keyfile,
                 "--password-stdin", "--json"], stdin="a brand new passphrase!\n")
    assert r.status == 0, r.err
    new_secret = r.json["totp_secret"]
    vault_info.sign_in(password="a brand new passphrase!", secret=new_secret).close()
    with pytest.raises(AuthenticationError):
        core.unlock_with_recovery_key(vault_info.path, "AGE-SECRET-KEY-1" + "Q" * 58)


def test_failed_attempts_are_counted_throttled_and_reported(vault_info):
    for _ in range(3):
        with pytest.raises(AuthenticationError):
            vault_info.sign_in(password="not the password at all")
    session = vault_info.sign_in()
    assert session.report.failed_attempts == 3
    session.close()
    assert not (vault_info.path / "signin-failures.json").exists()
    session = vault_info.sign_in()
    assert session.report.failed_attempts == 0
    session.close()
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            vault_info.sign_in(password="not the password at all")
    # the sixth try right away waits (the stepping clock advances 30 s per code, so freeze it)
    with pytest.raises(AuthenticationError):
        vault_info.sign_in(password="not the password at all")
    vault_info.clock.advance(-30)
    with pytest.raises(ThrottledError) as exc:
        core.unlock(vault_info.path, "admin", PASSWORD, totp_code="000000")
    assert exc.value.retry_after > 0


def test_temporary_password_forces_a_change(vault_info):
    admin = vault_info.sign_in()
    dan = users.add_user(admin, "dan", "temporary passphrase 1", "Sales", temporary=True)
    admin.close()
    with pytest.raises(PasswordChangeRequired):
        vault_info.sign_in("dan", "temporary passphrase 1", dan.totp_secret)
    r = run_cli(["passwd", vault_info.path, "--user", "dan", "--password-stdin", "--totp",
                 vault_info.clock.code(dan.totp_secret)], stdin="temporary passphrase 1\ndan's own passphrase\n")
    assert r.status == 0, r.err
    vault_info.sign_in("dan", "dan's own passphrase", dan.totp_secret).close()


def test_kdf_floor_is_enforced():
    with pytest.raises(IntegrityError):
        kdf.KdfParams(time_cost=2).check_floor()
    with pytest.raises(IntegrityError):
        kdf.KdfParams(memory_kib=32 * 1024).check_floor()
    with pytest.raises(IntegrityError):
        kdf.derive(b"pw", b"s" * 16, kdf.KdfParams(time_cost=1))


def test_calibration_never_goes_below_the_floor():
    params = kdf.calibrate(target_seconds=0.01)
    assert params.memory_kib >= kdf.FLOOR_MEMORY_KIB and params.time_cost >= kdf.FLOOR_TIME_COST


def test_init_refuses_non_empty_folder_and_weak_password(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "file").write_text("hi")
    r = run_cli(["init", tmp_path / "x", "--user", "a", "--password-stdin", "--kdf", "floor"],
                stdin=PASSWORD + "\n")
    assert r.status == 1 and "not empty" in r.err
    r = run_cli(["init", tmp_path / "y", "--user", "a", "--password-stdin", "--kdf", "floor"], stdin="qwerty\n")
    assert r.status == 1 and "Password refused" in r.err
    assert not (tmp_path / "y" / "vault.db").exists()


def test_usage_errors_exit_2_without_traceback(tmp_path):
    r = run_cli_process(["user", "list", tmp_path])
    assert r.status == 2 and r.err.startswith("error:") and "Traceback" not in r.err
    r = run_cli_process(["frobnicate"])
    assert r.status == 2


def test_cli_as_a_process_end_to_end(tmp_path):
    v = tmp_path / "v"
    r = run_cli_process(["init", v, "--user", "root", "--password-stdin", "--kdf", "floor", "--json"],
                        stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    info = json.loads(r.out)
    assert set(info) >= {"vault_id", "user", "totp_secret", "totp_uri", "recovery_key", "recovery_codes",
                         "signing_key_fingerprint"}
    assert len(info["recovery_codes"]) == 10
    # a code from an independent TOTP implementation (oathtool) is accepted
    oath = shutil.which("oathtool")
    assert oath, "oathtool (Debian package oathtool) is installed by the test command"
    code = subprocess.run([oath, "--totp", "-b", info["totp_secret"]], capture_output=True, text=True,
                          check=True).stdout.strip()
    r = run_cli_process(["user", "add", v, "--user", "root", "--password-stdin", "--totp", code,
                         "--new-user", "eve", "--profile", "Auditor", "--json"],
                        stdin=PASSWORD + "\nanother long passphrase\n")
    assert r.status == 0, r.err
    assert json.loads(r.out)["profile"] == "Auditor"


def test_migrations_upgrade_an_older_vault(tmp_path, fake_clock):
    """A vault of every older schema version opens, migrates in one transaction, and keeps its data."""
    from app.records import search
    from tests.old_vaults import OLD_CUSTOMER, open_old_vault_copies

    kept = list(open_old_vault_copies(tmp_path))
    assert {info["schema_version"] for _, info in kept} >= set(range(1, migrations.latest()))
    for path, info in kept:
        session = auth.sign_in(path, info["user"], info["password"], totp_code=fake_clock.code(info["totp_secret"]))
        assert migrations.current_version(session.conn) == migrations.latest()
        assert users.list_users(session)[0]["user"] == info["user"]
        if info["schema_version"] >= 2:  # a customer made by the old schema is still there and found
            assert [r["display_name"] for r in search(session, "lukasiewicz")] == [OLD_CUSTOMER]
        session.close()


def test_failed_migration_leaves_old_version(tmp_path, fake_clock, monkeypatch):
    session, creation = auth.create_vault(tmp_path / "v", "admin", PASSWORD, kdf_params=kdf.FLOOR)
    conn = session.conn
    conn.execute("PRAGMA user_version = 0")
    with pytest.raises(sqlite_error):
        # replaying migration 1 over existing tables fails midway: nothing may change
        migrations.migrate(conn)
    assert migrations.current_version(conn) == 0
    assert conn.execute("SELECT count(*) FROM users").fetchone()[0] == 1
    session.close()


def test_lock_wipes_the_key(vault_info):
    session = vault_info.sign_in()
    key = session.vault.vault_key()
    session.close()
    assert bytes(key) == b"\0" * 32
    assert not session.is_open
    with pytest.raises(AuthenticationError):
        session.require("customers.read")


def test_unlock_from_another_thread_is_independent(vault_info):
    result = {}

    def worker():
        s = vault_info.sign_in()
        result["n"] = len(users.list_users(s))
        s.close()

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    assert result["n"] == 1


def test_policy_error_on_duplicate_user(vault_info):
    s = vault_info.sign_in()
    with pytest.raises(PolicyError):
        users.add_user(s, "ADMIN", "some long passphrase", "Sales")
    s.close()


def test_released_migrations_are_never_edited():
    """tests/data/vault-vN were made by these exact files: an edit would make them lie. Add a new
    numbered migration instead (and append its line to tests/data/migrations.sha256)."""
    import hashlib
    from pathlib import Path

    kept = Path(__file__).parent / "data" / "migrations.sha256"
    for line in kept.read_text().splitlines():
        digest, name = line.split()
        path = Path(migrations.HERE) / name
        assert hashlib.sha256(path.read_bytes()).hexdigest() == digest, f"{name} was edited after release"
