"""Back up now from the menu (progress, result) and restore from the start screen with the
recovery key into a new folder, then sign in to the restored vault."""
from __future__ import annotations

from app.records import create_customer
from tests.ui.conftest import sign_in, wait_idle
from ui import dialogs
from ui.common.backup import BackupDialog
from ui.common.restore import RestoreDialog


def test_backup_then_restore(window, qtbot, vault_info, ctx, tmp_path):
    s = vault_info.sign_in()
    create_customer(s, {"given_name": "Backed", "family_name": "Up"})
    s.close()
    sign_in(qtbot, window, vault_info)
    qtbot.waitUntil(lambda: "No verified backup" in window.status.backup.text(), timeout=5000)
    assert window.act_backup.isVisible()
    window.act_backup.trigger()
    dlg = window.workspace.findChild(BackupDialog)
    assert dlg is not None
    target = tmp_path / "backups"
    target.mkdir()
    dlg.target.setText(str(target))
    dlg.begin()
    qtbot.waitUntil(lambda: dlg.result_label.isVisible(), timeout=60000)
    assert "verified" in dlg.result_label.text(), dlg.result_label.text()
    archives = list(target.glob("*.crmbak"))
    assert len(archives) == 1
    qtbot.waitUntil(lambda: "Last verified backup" in window.status.backup.text(), timeout=5000)
    dlg.accept()
    window.lock()
    wait_idle(qtbot, ctx)
    # restore into a new folder with the recovery key (no one signed in)
    window.show_start()
    assert window.start.restore_btn.isEnabled()
    window.restore_from_backup()
    rd = window.findChild(RestoreDialog)
    rd.archive.setText(str(archives[0]))
    rd.to.setText(str(tmp_path / "restored"))
    rd.key.setText(vault_info.recovery_key)
    with dialogs.scripted([True]):
        rd.begin()
    qtbot.waitUntil(lambda: rd.result_label.isVisible(), timeout=60000)
    assert "Restored into" in rd.result_label.text(), rd.result_label.text()
    qtbot.waitUntil(lambda: window.signin is not None and window.signin.folder == tmp_path / "restored", timeout=5000)
    vault_info.path = tmp_path / "restored"
    ws = sign_in(qtbot, window, vault_info)
    qtbot.waitUntil(lambda: ws.customers.model.total == 1, timeout=10000)
    wait_idle(qtbot, ctx)


def test_bad_recovery_key_is_refused(window, qtbot, vault_info, ctx, tmp_path):
    window.restore_from_backup()
    rd = window.findChild(RestoreDialog)
    rd.archive.setText(str(tmp_path / "nothing.crmbak"))
    rd.to.setText(str(tmp_path / "restored"))
    rd.key.setText("AGE-SECRET-KEY-1XYZ")
    with dialogs.scripted([True]):
        rd.begin()
    qtbot.waitUntil(lambda: rd.result_label.isVisible(), timeout=30000)
    assert not (tmp_path / "restored" / "keyslots.json").exists()
    wait_idle(qtbot, ctx)


def test_scheduled_and_on_lock_backups(window, qtbot, vault_info, ctx, tmp_path):
    from app.settings import VaultSettings

    target = tmp_path / "auto"
    target.mkdir()
    s = vault_info.sign_in()
    VaultSettings(s).set("backup.target_url", str(target))
    VaultSettings(s).set("backup.on_lock", True)
    s.close()
    sign_in(qtbot, window, vault_info)
    # no verified backup yet: the schedule says it is due, so one runs in the background
    qtbot.waitUntil(lambda: len(list(target.glob("*.crmbak"))) == 1, timeout=60000)
    qtbot.waitUntil(lambda: "Last verified backup" in window.status.backup.text(), timeout=30000)
    window.lock()
    qtbot.waitUntil(lambda: len(list(target.glob("*.crmbak"))) == 2, timeout=60000)
    wait_idle(qtbot, ctx)
