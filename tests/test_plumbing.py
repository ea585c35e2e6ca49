"""One clock, one config folder, one field list, one atomic write, one JSON store."""
from __future__ import annotations

import json

import pytest


def test_one_config_folder_for_every_per_user_file(tmp_path, monkeypatch):
    """VAULTCRM_CONFIG_DIR moves every per-user file: local settings too (they ignored it)."""
    from app.settings import LocalSettings
    from vault import paths
    from vault.backup.hostkeys import known_hosts_path
    from vault.backup.signature import SignerPins

    chosen = tmp_path / "chosen"
    monkeypatch.setenv("VAULTCRM_CONFIG_DIR", str(chosen))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert paths.config_dir() == chosen
    for path in (LocalSettings().path, SignerPins().path, known_hosts_path()):
        assert path.parent == chosen, path
    LocalSettings().set("ui.window_geometry", "10,10")
    assert json.loads((chosen / "settings.json").read_text()) == {"ui.window_geometry": "10,10"}
    assert not (tmp_path / "xdg").exists()


def test_every_stamp_follows_the_one_clock(vault_info):
    """Records, consents, settings and the audit log all read vault.clock (records and settings
    read the wall clock before): moved three years ahead, every new stamp is three years ahead."""
    import datetime as dt

    from app import privacy
    from app.records import create_customer, delete_customer
    from app.settings import VaultSettings
    from vault import clock

    s = vault_info.sign_in()
    try:
        vault_info.clock.t += 3 * 365 * 86400
        year = str(dt.datetime.fromtimestamp(clock.now(), dt.UTC).year)
        cid = create_customer(s, {"given_name": "Ada", "family_name": "Clock"})
        privacy.record_consent(s, cid, "newsletter")
        VaultSettings(s).set("lock.idle_minutes", 7)
        delete_customer(s, cid)
        conn = s.conn
        stamps = {
            "created": conn.execute("SELECT created_at FROM customers WHERE id = ?", (cid,)).fetchone()[0],
            "deleted": conn.execute("SELECT deleted_at FROM customers WHERE id = ?", (cid,)).fetchone()[0],
            "consent": conn.execute("SELECT given_at FROM consents WHERE customer_id = ?", (cid,)).fetchone()[0],
            "setting": conn.execute("SELECT updated_at FROM settings WHERE key = 'lock.idle_minutes'").fetchone()[0],
            "audit": conn.execute("SELECT at FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()[0],
        }
        assert all(v.startswith(year) for v in stamps.values()), stamps
    finally:
        s.close()


def test_atomic_write_says_what_failed_and_leaves_nothing(tmp_path):
    from vault.errors import StorageError
    from vault.fsutil import atomic_write

    with pytest.raises(StorageError, match="missing"):
        atomic_write(tmp_path / "missing" / "f.json", b"{}")
    atomic_write(tmp_path / "f.json", b"one")
    atomic_write(tmp_path / "f.json", b"two")
    assert (tmp_path / "f.json").read_bytes() == b"two"
    assert (tmp_path / "f.json").stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["f.json"]


def test_json_file_reads_whole_documents_or_says_it_is_damaged(tmp_path):
    from vault.errors import IntegrityError
    from vault.fsutil import JsonFile

    f = JsonFile(tmp_path / "pins.json", what="the pinned keys")
    assert f.read() is None and f.read_dict() == {}
    f.write({"a": 1})
    assert f.read_dict() == {"a": 1} and f.path.stat().st_mode & 0o777 == 0o600
    f.path.write_text('{"a": ')
    with pytest.raises(IntegrityError, match=r"the pinned keys \(.*pins.json\) is damaged"):
        f.read()
    f.path.write_text("[1]")
    with pytest.raises(IntegrityError, match="not a JSON object"):
        f.read_dict()


def test_the_import_dialog_offers_the_services_field_list():
    from app.records import importing
    from ui.workspace import transfer

    assert transfer.TARGETS == list(importing.FIELD_CHOICES)
    assert all(importing.check_target(t) == t for t in importing.FIELD_CHOICES)
    assert importing.FIELD_TARGETS == {"display_name", "given_name", "middle_name", "family_name", "company_name",
                                       "job_title", "notes", "tags", "status", "kind", "email", "emails", "phone",
                                       "phones", "skip", "tax_id", "date_of_birth", "bank_account",
                                       "confidential_notes"}
