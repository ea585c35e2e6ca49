"""A backup running in the app does not hold the database worker: a customer opens while it runs,
and locking cancels a scheduled backup at once (nothing kept, nothing listed as a backup) instead
of waiting for it. The backup is held in the middle with the fault hook of vault.backup.faults."""
from __future__ import annotations

import tempfile
import threading

from app.records import create_customer
from app.settings import VaultSettings
from tests.ui.conftest import detail_text, sign_in, wait_idle
from ui.common.backup import BackupDialog
from vault.backup import faults


def _holder():
    reached, release = threading.Event(), threading.Event()

    def hold():
        reached.set()
        release.wait(60)

    return reached, release, hold


def _no_job_thread() -> bool:
    return not any(t.name.startswith("vaultcrm-job") for t in threading.enumerate())


def test_a_customer_opens_while_a_backup_runs(window, qtbot, vault_info, ctx, tmp_path):
    s = vault_info.sign_in()
    create_customer(s, {"given_name": "Ada", "family_name": "Lovelace"})
    s.close()
    ws = sign_in(qtbot, window, vault_info)
    page = ws.customers
    qtbot.waitUntil(lambda: page.model.total >= 1 and page.model.is_loaded(0), timeout=10000)
    target = tmp_path / "backups"
    target.mkdir()
    reached, release, hold = _holder()
    with faults.hook("snapshot-done", hold):
        window.act_backup.trigger()
        dlg = ws.findChild(BackupDialog)
        dlg.target.setText(str(target))
        dlg.begin()
        qtbot.waitUntil(reached.is_set, timeout=30000)  # the backup is in the middle of its work
        try:
            page.open_row(0)
            qtbot.waitUntil(lambda: page.detail.record is not None, timeout=10000)
            assert "Lovelace" in detail_text(page.detail)
            assert not dlg.result_label.isVisible()  # the backup has not finished
        finally:
            release.set()
        qtbot.waitUntil(dlg.result_label.isVisible, timeout=60000)
    assert "verified" in dlg.result_label.text(), dlg.result_label.text()
    assert len(list(target.glob("*.crmbak"))) == 1
    dlg.accept()
    wait_idle(qtbot, ctx)


def test_locking_cancels_a_scheduled_backup(window, qtbot, vault_info, ctx, tmp_path, monkeypatch):
    work = tmp_path / "tmp"
    work.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(work))  # where the backup keeps its snapshot
    target = tmp_path / "auto"
    target.mkdir()
    s = vault_info.sign_in()
    VaultSettings(s).set("backup.target_url", str(target))  # no backup yet: one is due at sign-in
    s.close()
    reached, release, hold = _holder()
    with faults.hook("snapshot-done", hold):
        sign_in(qtbot, window, vault_info)
        session = window.session
        qtbot.waitUntil(reached.is_set, timeout=30000)  # the scheduled backup runs
        try:
            window.lock()
            qtbot.waitUntil(lambda: not session.is_open, timeout=10000)  # the lock did not wait for it
            assert window.signin is not None
        finally:
            release.set()
        qtbot.waitUntil(_no_job_thread, timeout=30000)
    wait_idle(qtbot, ctx)
    assert list(target.glob("*.crmbak*")) == []  # no archive, no signature, no partial upload
    assert [p for p in work.iterdir() if p.name.startswith(".vaultcrm-backup-")] == []  # snapshot removed
    s = vault_info.sign_in()
    try:
        assert s.conn.execute("SELECT count(*) FROM backup_history").fetchone()[0] == 0
    finally:
        s.close()
