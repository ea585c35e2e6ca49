"""The way back in from the app (issue 12): "Forgot password?" on the sign-in panel (recovery key
→ new password → new authenticator, checked with a code), and the user's own "Re-enrol my
authenticator" and "New recovery codes", each audited. Driven with keys and clicks."""
from __future__ import annotations

import pyotp
import pytest
from PySide6.QtCore import Qt

from tests.conftest import PASSWORD
from tests.ui.conftest import wait_idle

NEW_PW = "odzyskane haslo Lukasza 2024"   # QTest types Latin-1 only
LEFT = Qt.MouseButton.LeftButton


def _retype(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_forgot_password_leads_back_in_with_the_recovery_key(window, qtbot, vault_info, ctx):
    from ui.signin.forgot import ForgotPasswordDialog

    window.show_signin(vault_info.path)
    panel = window.signin
    _retype(qtbot, panel.user_edit, "admin")
    qtbot.mouseClick(panel.forgot_btn, LEFT)
    dlg = panel.findChild(ForgotPasswordDialog)
    assert dlg is not None and dlg.isVisible() and dlg.user.text() == "admin"
    # a key cut short is explained at once, and nothing typed is lost
    qtbot.keyClicks(dlg.key, vault_info.recovery_key[:40])
    qtbot.mouseClick(dlg.next, LEFT)
    assert dlg.stack.currentIndex() == 0 and dlg.message.isVisible()
    assert dlg.message.text().startswith("This is not a whole recovery key")
    assert dlg.key.text() == vault_info.recovery_key[:40]
    qtbot.keyClicks(dlg.key, vault_info.recovery_key[40:])
    qtbot.mouseClick(dlg.show_key, LEFT)
    assert dlg.key.echoMode() == dlg.key.EchoMode.Normal
    qtbot.mouseClick(dlg.next, LEFT)
    assert dlg.stack.currentIndex() == 1
    # the strength estimator refuses a weak password
    _retype(qtbot, dlg.new_pw, "admin123")
    _retype(qtbot, dlg.new_pw2, "admin123")
    qtbot.mouseClick(dlg.next, LEFT)
    assert dlg.stack.currentIndex() == 1 and dlg.message.isVisible()
    _retype(qtbot, dlg.new_pw, NEW_PW)
    _retype(qtbot, dlg.new_pw2, NEW_PW)
    qtbot.mouseClick(dlg.next, LEFT)
    assert dlg.busy.isVisible()                     # Argon2id runs on the worker, not here
    qtbot.waitUntil(lambda: dlg.stack.currentIndex() == 2, timeout=20000)
    secret = dlg.secret.text()
    assert secret and secret != vault_info.totp_secret and not dlg.qr.pixmap().isNull()
    assert len(dlg.codes.text().split()) >= 8
    wrong = "000000" if pyotp.TOTP(secret).at(vault_info.clock()) != "000000" else "111111"
    qtbot.keyClicks(dlg.check, wrong)
    qtbot.mouseClick(dlg.next, LEFT)
    assert dlg.isVisible() and dlg.message.isVisible()
    _retype(qtbot, dlg.check, pyotp.TOTP(secret).at(vault_info.clock()))
    qtbot.mouseClick(dlg.next, LEFT)
    assert not dlg.isVisible()
    assert panel.message.isVisible() and "new password" in panel.message.text()
    # in with the new password and the new authenticator, typed into the panel
    qtbot.keyClicks(panel.pw_edit, NEW_PW)
    qtbot.keyClicks(panel.code_edit, vault_info.clock.code(secret))
    qtbot.keyClick(panel.code_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15000)
    window.lock()
    wait_idle(qtbot, ctx)
    s = vault_info.sign_in(password=NEW_PW, secret=secret)
    try:
        assert s.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'user.recover'").fetchone()[0] == 1
    finally:
        s.close()


def test_forgot_password_with_the_wrong_vaults_key_says_so_and_keeps_the_key(window, qtbot, vault_info, new_vault,
                                                                             ctx):
    from ui.signin.forgot import ForgotPasswordDialog

    other = new_vault("other")
    window.show_signin(vault_info.path)
    panel = window.signin
    qtbot.mouseClick(panel.forgot_btn, LEFT)
    dlg = panel.findChild(ForgotPasswordDialog)
    qtbot.keyClicks(dlg.user, "admin")
    qtbot.keyClicks(dlg.key, other.recovery_key)
    qtbot.mouseClick(dlg.next, LEFT)
    _retype(qtbot, dlg.new_pw, NEW_PW)
    _retype(qtbot, dlg.new_pw2, NEW_PW)
    qtbot.mouseClick(dlg.next, LEFT)
    qtbot.waitUntil(lambda: dlg.message.isVisible() and dlg.next.isEnabled(), timeout=20000)
    assert dlg.stack.currentIndex() == 0 and dlg.key.text() == other.recovery_key
    assert dlg.message.text()[0].isupper() and "recovery key" in dlg.message.text().lower()
    # the old password still works
    dlg.reject()
    qtbot.keyClicks(panel.user_edit, "admin")
    qtbot.keyClicks(panel.pw_edit, PASSWORD)
    qtbot.keyClicks(panel.code_edit, vault_info.code())
    qtbot.keyClick(panel.code_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15000)


def _click_menu_item(qtbot, window, menu, action) -> None:
    """Open the menu bar's menu and click the item, as a person does."""
    bar = window.menuBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.actionGeometry(menu.menuAction()).center())
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    assert action.isEnabled() and action.isVisible()
    qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())


def _audited(vault_info, action: str, secret: str | None = None) -> int:
    s = vault_info.sign_in(secret=secret)
    try:
        return s.conn.execute("SELECT count(*) FROM audit_log WHERE action = ?", (action,)).fetchone()[0]
    finally:
        s.close()


def test_reenrol_my_authenticator_from_my_own_menu(window, qtbot, vault_info, ctx):
    from tests.ui.conftest import sign_in
    from ui.signin.account import OwnAccountDialog

    sign_in(qtbot, window, vault_info)
    _click_menu_item(qtbot, window, window.file_menu, window.act_own_totp)
    dlg = window.findChild(OwnAccountDialog)
    assert dlg is not None and dlg.isVisible()
    qtbot.keyClicks(dlg.password, "not my password 1")
    qtbot.keyClick(dlg.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dlg.message.isVisible() and dlg.ok.isEnabled(), timeout=15000)
    assert dlg.stack.currentIndex() == 0 and dlg.message.text()[0].isupper()
    qtbot.keyClicks(dlg.password, PASSWORD)
    qtbot.mouseClick(dlg.ok, LEFT)
    qtbot.waitUntil(lambda: dlg.stack.currentIndex() == 1, timeout=15000)
    secret = dlg.enrolled.secret.text()
    assert secret and secret != vault_info.totp_secret and not dlg.enrolled.qr.pixmap().isNull()
    qtbot.keyClicks(dlg.enrolled.check, pyotp.TOTP(secret).at(vault_info.clock()))
    qtbot.mouseClick(dlg.ok, LEFT)
    assert not dlg.isVisible()
    window.lock()
    wait_idle(qtbot, ctx)
    assert _audited(vault_info, "user.totp_change", secret) == 1


def test_new_recovery_codes_from_my_own_menu(window, qtbot, vault_info, ctx):
    from tests.ui.conftest import sign_in
    from ui.signin.account import OwnAccountDialog

    sign_in(qtbot, window, vault_info)
    _click_menu_item(qtbot, window, window.file_menu, window.act_own_codes)
    dlg = window.findChild(OwnAccountDialog)
    qtbot.keyClicks(dlg.password, PASSWORD)
    qtbot.mouseClick(dlg.ok, LEFT)
    qtbot.waitUntil(lambda: dlg.stack.currentIndex() == 1, timeout=15000)
    codes = [c for c in dlg.codes.text().split() if "-" in c and len(c) == 11]
    assert len(codes) >= 8 and not set(codes) & set(vault_info.recovery_codes)
    qtbot.mouseClick(dlg.ok, LEFT)
    assert not dlg.isVisible()
    window.lock()
    wait_idle(qtbot, ctx)
    assert _audited(vault_info, "user.recovery_codes") == 1
    # an old code no longer signs in, a new one does
    from app import auth
    from app.errors import AuthenticationError

    with pytest.raises(AuthenticationError):
        auth.sign_in(vault_info.path, "admin", PASSWORD, recovery_code=vault_info.recovery_codes[1])
    auth.sign_in(vault_info.path, "admin", PASSWORD, recovery_code=codes[0]).close()
