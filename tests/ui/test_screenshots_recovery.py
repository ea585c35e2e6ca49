"""Screenshots of the way back in (issue 12) for docs/screenshots/: the restore dialog after a
typo in the recovery key, and "Forgot password?". Run by python3 .ci/dev.py screenshots."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import wait_idle
from tests.ui.test_screenshots import shot
from ui import dialogs

pytestmark = pytest.mark.screenshots


def test_recovery_screenshots(window, qtbot, ctx, vault_info, tmp_path, monkeypatch):
    from tests.conftest import backup
    from ui.common.restore import RestoreDialog
    from ui.signin.forgot import ForgotPasswordDialog

    monkeypatch.setenv("XDG_DOCUMENTS_DIR", str(tmp_path / "Documents"))
    r = backup(vault_info, tmp_path / "usb")
    window.resize(1280, 800)
    window.show_start()
    qtbot.mouseClick(window.start.restore_btn, Qt.MouseButton.LeftButton)
    rd = window.findChild(RestoreDialog)
    rd.archive.setText(str(tmp_path / "usb" / r.json["archive"]))
    key = vault_info.recovery_key
    qtbot.keyClicks(rd.key, key[:-1] + ("P" if key[-1] != "P" else "Q"))
    rd.show_key.click()
    with dialogs.scripted([True]):
        rd.go.button(rd.go.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: rd.result_label.isVisible(), timeout=30000)
    wait_idle(qtbot, ctx)
    paths = [shot(rd, "restore-error")]
    rd.reject()
    window.show_signin(vault_info.path)
    qtbot.mouseClick(window.signin.forgot_btn, Qt.MouseButton.LeftButton)
    dlg = window.signin.findChild(ForgotPasswordDialog)
    qtbot.keyClicks(dlg.user, "admin")
    paths.append(shot(dlg, "forgot-password"))
    dlg.reject()
    for p in paths:
        assert p.stat().st_size > 5_000
