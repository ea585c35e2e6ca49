"""Key slots and the database never disagree in the dangerous direction: a failed write of
keyslots.json (full disk, read-only folder) undoes the database change, and a slot without an
active user is removed at the next unlock."""
from __future__ import annotations

import contextlib
import json

import pytest

from app import auth, users
from tests.conftest import PASSWORD, run_cli
from vault import kdf, keyslots, signin
from vault.errors import AuthenticationError, StorageError


@contextlib.contextmanager
def failing_slot_writes():
    """keyslots.json cannot be written (as on a full disk) inside the block."""
    def fail(*a, **kw):
        raise StorageError("the disk is full; nothing was changed")

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyslots, "atomic_write", fail)
        yield


def slot_count(info) -> int:
    return len(json.loads((info.path / "keyslots.json").read_bytes())["slots"])


def test_failed_slot_write_on_add_user_leaves_no_user_and_no_slot(vault_info):
    admin = vault_info.sign_in()
    with failing_slot_writes(), pytest.raises(StorageError):
        users.add_user(admin, "bob", "bob's long passphrase", "Sales")
    assert [u["user"] for u in users.list_users(admin)] == ["admin"]
    assert slot_count(vault_info) == 1
    carol = users.add_user(admin, "carol", "carol's long passphrase", "Sales")  # the next save must not carry bob
    bob = users.add_user(admin, "bob", "bob's other passphrase", "Sales")       # and bob can be added again
    admin.close()
    assert slot_count(vault_info) == 3
    with pytest.raises(AuthenticationError):
        vault_info.sign_in("bob", "bob's long passphrase", bob.totp_secret)
    vault_info.sign_in("bob", "bob's other passphrase", bob.totp_secret).close()
    vault_info.sign_in("carol", "carol's long passphrase", carol.totp_secret).close()


def test_failed_slot_write_on_password_reset_keeps_the_old_password(vault_info):
    admin = vault_info.sign_in()
    dan = users.add_user(admin, "dan", "dan's own passphrase", "Sales")
    with failing_slot_writes():
        with pytest.raises(StorageError):
            users.reset_password(admin, "dan", "temporary passphrase 9")
        with pytest.raises(StorageError):
            users.reset_totp(admin, "dan", "temporary passphrase 9")
    row = admin.conn.execute("SELECT must_change_password, totp_secret FROM users WHERE username = 'dan'").fetchone()
    assert row[0] == 0 and row[1] == dan.totp_secret
    admin.close()
    s = vault_info.sign_in("dan", "dan's own passphrase", dan.totp_secret)
    assert not s.must_change_password
    s.close()


def test_failed_slot_write_on_own_password_change_keeps_the_old_password(vault_info):
    s = vault_info.sign_in()
    with failing_slot_writes(), pytest.raises(StorageError):
        auth.change_own_password(s, PASSWORD, "a completely new passphrase")
    s.close()
    vault_info.sign_in().close()
    with pytest.raises(AuthenticationError):
        vault_info.sign_in(password="a completely new passphrase")


def test_a_slot_without_an_active_user_is_removed_at_unlock(vault_info):
    admin = vault_info.sign_in()
    eve = users.add_user(admin, "eve", "eve's long passphrase", "Sales")
    slots_with_eve = (vault_info.path / "keyslots.json").read_bytes()
    # a crash after the database said 'disabled' but before the slot was removed
    with admin.vault.transaction():
        admin.conn.execute("UPDATE users SET status = 'disabled' WHERE username = 'eve'")
    admin.close()
    (vault_info.path / "keyslots.json").write_bytes(slots_with_eve)
    assert slot_count(vault_info) == 2
    vault_info.sign_in().close()
    assert slot_count(vault_info) == 1
    with pytest.raises(AuthenticationError):
        vault_info.sign_in("eve", "eve's long passphrase", eve.totp_secret)


def test_unknown_users_cost_the_vaults_own_argon2id_parameters(tmp_path, fake_clock):
    params = kdf.KdfParams(time_cost=4, memory_kib=kdf.FLOOR_MEMORY_KIB)
    session, _ = auth.create_vault(tmp_path / "v", "admin", PASSWORD, kdf_params=params)
    session.close()
    assert signin._typical_params(keyslots.KeySlots.load(tmp_path / "v")) == params


def test_an_empty_database_file_is_refused(vault_info):
    (vault_info.path / "vault.db").write_bytes(b"")
    r = run_cli(["user", "list", vault_info.path, "--user", "admin", "--password-stdin", "--totp", vault_info.code()],
                stdin=PASSWORD + "\n")
    assert r.status == 4 and "empty" in r.err
    assert (vault_info.path / "vault.db").stat().st_size == 0


def test_init_with_a_refused_password_leaves_nothing(tmp_path):
    r = run_cli(["init", tmp_path / "new" / "vault", "--user", "a", "--password-stdin", "--kdf", "floor"],
                stdin="password\n")
    assert r.status == 1
    assert not (tmp_path / "new" / "vault").exists()
