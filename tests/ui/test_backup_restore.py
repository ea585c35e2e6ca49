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


# ----------------------------------------------------------------------------- a typo in the key (issue 12)
def _open_restore(qtbot, window):
    from PySide6.QtCore import Qt

    window.show_start()
    qtbot.mouseClick(window.start.restore_btn, Qt.MouseButton.LeftButton)
    dialogs_open = [d for d in window.findChildren(RestoreDialog) if d.isVisible()]
    assert len(dialogs_open) == 1
    return dialogs_open[0]


def _click_restore(qtbot, rd):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    button = rd.go.button(QDialogButtonBox.StandardButton.Ok)
    assert button.isVisible() and button.isEnabled()
    with dialogs.scripted([True]):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_typo_in_the_restore_key_keeps_what_was_typed_and_allows_another_try(window, qtbot, vault_info, ctx,
                                                                               tmp_path, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    from tests.conftest import backup
    from vault.paths import default_vault_folder

    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "Dokumenty"))
    stick = tmp_path / "usb-stick"
    r = backup(vault_info, stick)
    assert r.status == 0, r.err
    archive = stick / r.json["archive"]
    rd = _open_restore(qtbot, window)
    with dialogs.scripted([str(archive)]):
        qtbot.mouseClick(rd.pick, Qt.MouseButton.LeftButton)
    assert rd.archive.text() == str(archive)
    # the suggested destination is the normal place for vaults, not the stick the archive is on
    assert rd.to.text() == default_vault_folder()
    assert rd.to.text().startswith(str(tmp_path / "Dokumenty")) and str(stick) not in rd.to.text()
    dest = rd.to.text()
    key = vault_info.recovery_key
    typo = key[:-1] + ("P" if key[-1] != "P" else "Q")
    qtbot.keyClicks(rd.key, typo)
    assert rd.key.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(rd.show_key, Qt.MouseButton.LeftButton)
    assert rd.key.echoMode() == QLineEdit.EchoMode.Normal
    _click_restore(qtbot, rd)
    qtbot.waitUntil(lambda: rd.result_label.isVisible(), timeout=30000)
    wait_idle(qtbot, ctx)
    message = rd.result_label.text()
    assert "None" not in rd.panel.label.text() and "None" not in message
    assert message[0].isupper() and "recovery key" in message.lower(), message
    # nothing typed is lost, and Restore is there for another try
    assert (rd.archive.text(), rd.to.text(), rd.key.text()) == (str(archive), dest, typo)
    rd.key.setFocus()
    qtbot.keyClick(rd.key, Qt.Key.Key_Backspace)
    qtbot.keyClicks(rd.key, key[-1])
    _click_restore(qtbot, rd)
    qtbot.waitUntil(lambda: "Restored into" in rd.result_label.text(), timeout=60000)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: window.signin is not None, timeout=5000)
    assert str(window.signin.folder) == dest


def test_a_malformed_key_is_explained_at_once_and_reopening_keeps_the_fields(window, qtbot, ctx, tmp_path):
    from PySide6.QtCore import Qt

    rd = _open_restore(qtbot, window)
    archive, dest = str(tmp_path / "stick" / "a.crmbak"), str(tmp_path / "Restored vault")
    qtbot.keyClicks(rd.archive, archive)
    rd.to.clear()
    qtbot.keyClicks(rd.to, dest)
    qtbot.keyClicks(rd.key, "AGE-SECRET-KEY-1XYZ")
    _click_restore(qtbot, rd)
    assert rd.result_label.isVisible()
    message = rd.result_label.text()
    assert message[0].isupper() and "AGE-SECRET-KEY-1" in message and "74" in message, message
    assert rd.key.text() == "AGE-SECRET-KEY-1XYZ" and rd.focusWidget() is rd.key
    qtbot.mouseClick(rd.go.button(rd.go.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not rd.isVisible()
    again = _open_restore(qtbot, window)
    assert again is not rd
    assert (again.archive.text(), again.to.text()) == (archive, dest)
    wait_idle(qtbot, ctx)


def test_the_restore_key_can_come_from_the_sheet_pdf(window, qtbot, vault_info, ctx, tmp_path):
    from PySide6.QtCore import Qt

    from app.flows.recovery_sheet import RecoverySheet

    pdf = RecoverySheet(vault_info.vault_id, str(vault_info.path), "Łukasz", vault_info.recovery_key, "SHA256:ab",
                        ["abcde-fghjk"], "2025-03-15 10:00 UTC").save_pdf(tmp_path / "sheet.pdf")
    wrong = tmp_path / "notes.txt"
    wrong.write_bytes("Zakupy: mleko".encode("cp1250"))
    rd = _open_restore(qtbot, window)
    with dialogs.scripted([str(wrong)]):
        qtbot.mouseClick(rd.key_file, Qt.MouseButton.LeftButton)
    assert rd.result_label.isVisible() and "No recovery key was found" in rd.result_label.text()
    with dialogs.scripted([str(pdf)]):
        qtbot.mouseClick(rd.key_file, Qt.MouseButton.LeftButton)
    assert rd.key.text() == vault_info.recovery_key
    wait_idle(qtbot, ctx)
