"""Sign-in: success (with the failed-attempts notice), wrong code, throttle countdown, forced
password change, recovery code; and locking (manual, idle) leaves no customer data behind."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app import users
from tests.conftest import PASSWORD
from tests.ui.conftest import activate, fill_signin, sign_in, wait_idle

NEW_PW = "a brand new passphrase 77"


def test_signin_success_shows_user_profile_and_autolock(window, qtbot, vault_info):
    ws = sign_in(qtbot, window, vault_info)
    assert ws is window.workspace
    assert "admin" in window.status.user.text() and "Administrator" in window.status.user.text()
    assert window.status.autolock.text().startswith("Locks in")
    assert window.act_lock.isEnabled()


def test_wrong_code_is_refused_then_failures_are_reported(window, qtbot, vault_info):
    window.show_signin(vault_info.path)
    panel = window.signin
    fill_signin(panel, "admin", PASSWORD, "000000")
    panel.submit()
    assert not panel.sign_in_btn.isEnabled()       # busy while the key is derived
    qtbot.waitUntil(lambda: panel.message.isVisible(), timeout=10000)
    assert "refused" in panel.message.text().lower() or "wrong" in panel.message.text().lower()
    assert window.workspace is None
    assert panel.pw_edit.text() == ""              # the password does not linger
    sign_in(qtbot, window, vault_info)
    texts = [w.text() for w in window.workspace.notices.findChildren(QLabel)]
    assert any("1 failed sign-in attempt" in t for t in texts)


def test_throttle_shows_countdown_and_blocks(window, qtbot, vault_info):
    window.show_signin(vault_info.path)
    panel = window.signin
    for _ in range(5):
        qtbot.waitUntil(lambda: panel.flow.state.value == "ready", timeout=10000)
        fill_signin(panel, "admin", "wrong password 123", "123456")
        panel.submit()
        qtbot.waitUntil(lambda: panel.flow.state.value != "working", timeout=10000)
    assert panel.flow.state.value == "throttled"
    assert panel.countdown.isVisible() and "try again in" in panel.countdown.text()
    fill_signin(panel, "admin", PASSWORD, vault_info.code())
    assert not panel.sign_in_btn.isEnabled()
    # the wait is over after a second (the vault's delay doubles from there)
    qtbot.waitUntil(lambda: panel.sign_in_btn.isEnabled(), timeout=5000)
    assert not panel.countdown.isVisible()


def test_recovery_code_signs_in(window, qtbot, vault_info):
    window.show_signin(vault_info.path)
    panel = window.signin
    panel.recovery_box.setChecked(True)
    fill_signin(panel, "admin", PASSWORD, vault_info.recovery_codes[0])
    panel.submit()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
    texts = [n.text() for n in window.workspace.notices.findChildren(QLabel)]
    assert any("recovery code" in t for t in texts)


def test_temporary_password_forces_a_change(window, qtbot, vault_info):
    s = vault_info.sign_in()
    e = users.add_user(s, "bob", "temporary pass 1234", "Sales", temporary=True)
    s.close()
    window.show_signin(vault_info.path)
    panel = window.signin
    fill_signin(panel, "bob", "temporary pass 1234", vault_info.clock.code(e.totp_secret))
    panel.submit()
    qtbot.waitUntil(lambda: panel.stack.currentIndex() == 1, timeout=10000)
    assert window.workspace is None
    panel.new_pw.setText("short")
    panel.new_pw2.setText("short")
    panel.change_btn.click()
    assert panel.change_message.isVisible()
    panel.new_pw.setText(NEW_PW)
    panel.new_pw2.setText(NEW_PW)
    panel.change_btn.click()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
    assert window.session.username == "bob" and not window.session.must_change_password
    window.lock()
    wait_idle(qtbot, window.ctx)
    sign_in(qtbot, window, vault_info, user="bob", secret=e.totp_secret, password=NEW_PW)


def test_ctrl_l_locks_and_idle_lock(window, qtbot, vault_info, ctx):
    sign_in(qtbot, window, vault_info)
    session = window.session
    activate(qtbot, window)
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace is None and window.signin is not None
    assert window.signin.title.text() == "Vault locked"
    assert window.signin.reason.text() == "You locked the vault."
    assert window.signin.user_edit.text() == "admin"
    qtbot.waitUntil(lambda: not session.is_open, timeout=5000)
    # idle lock with a short timeout
    ctx.options["idle_seconds"] = 0.6
    sign_in(qtbot, window, vault_info)
    session = window.session
    qtbot.waitUntil(lambda: window.workspace is None, timeout=5000)
    qtbot.waitUntil(lambda: not session.is_open, timeout=5000)
    assert window.stack.currentWidget() is window.signin
    assert "without activity" in window.signin.reason.text()


def test_os_screen_lock_locks(window, qtbot, vault_info, ctx):
    sign_in(qtbot, window, vault_info)
    window.os_lock._screensaver(False)          # screensaver went away: nothing happens
    assert window.workspace is not None
    window.os_lock._screensaver(True)           # what D-Bus delivers when the screen locks
    assert window.workspace is None and window.signin is not None
    wait_idle(qtbot, ctx)


def _type_signin(qtbot, panel, user: str, password: str, code: str) -> None:
    """Type into the real fields, as a person does, and press Enter."""
    for edit, text in ((panel.user_edit, user), (panel.pw_edit, password), (panel.code_edit, code)):
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(panel.code_edit, Qt.Key.Key_Return)


def test_the_failed_signin_notice_shows_the_time_in_the_users_locale(window, qtbot, vault_info):
    import re

    from PySide6.QtCore import QDateTime, QLocale

    old = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    try:
        window.show_signin(vault_info.path)
        panel = window.signin
        failed_at = vault_info.clock()
        _type_signin(qtbot, panel, "admin", PASSWORD, "000000")
        qtbot.waitUntil(lambda: panel.message.isVisible(), timeout=10000)
        assert panel.message.text()[0].isupper()
        _type_signin(qtbot, panel, "admin", PASSWORD, vault_info.code())
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
        texts = [w.text() for w in window.workspace.notices.findChildren(QLabel)]
        notice = next(t for t in texts if "failed sign-in attempt" in t)
        assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d", notice), notice
        local = QDateTime.fromSecsSinceEpoch(int(failed_at)).toLocalTime()
        assert QLocale().toString(local, QLocale.FormatType.ShortFormat) in notice, notice
    finally:
        QLocale.setDefault(old)
