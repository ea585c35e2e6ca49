"""The new-vault wizard, end to end on a real vault (offscreen)."""
from __future__ import annotations

import pyotp

from tests.conftest import PASSWORD
from ui import dialogs


def test_wizard_creates_vault_and_signs_in(window, ctx, qtbot, tmp_path, fake_clock):
    window.show_wizard()
    wiz = window.wizard
    folder = tmp_path / "new-vault"
    # step 1: location (a non-empty folder is refused)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "x.txt").write_text("x")
    wiz.folder_edit.setText(str(busy))
    wiz.next_btn.click()
    assert "not empty" in wiz.error.text()
    wiz.folder_edit.setText(str(folder))
    wiz.next_btn.click()
    assert wiz.flow.page == 2
    # step 2: the administrator
    wiz.user_edit.setText("alice")
    wiz.display_edit.setText("Alice Martin")
    wiz.next_btn.click()
    assert wiz.flow.page == 3
    # step 3: password with live feedback and policy reasons
    wiz.pw_edit.setText("password")
    assert "at least 12 characters" in wiz.meter.reasons.text()
    assert wiz.meter.bar.value() <= 1
    wiz.pw2_edit.setText("password")
    wiz.next_btn.click()
    assert "not accepted" in wiz.error.text()
    wiz.pw_edit.setText(PASSWORD)
    wiz.pw2_edit.setText(PASSWORD)
    assert not wiz.meter.reasons.isVisible()
    assert wiz.meter.bar.value() >= 3
    wiz.next_btn.click()
    qtbot.waitUntil(lambda: wiz.flow.page == 4, timeout=20000)
    assert (folder / "keyslots.json").exists()
    assert wiz.qr.pixmap() is not None and not wiz.qr.pixmap().isNull()
    secret = wiz.flow.totp_secret
    assert wiz.secret_label.text().replace(" ", "") == secret
    # step 4: a wrong code is refused, the current one accepted
    wiz.code_edit.setText("000000" if pyotp.TOTP(secret).at(fake_clock.t) != "000000" else "111111")
    wiz.next_btn.click()
    assert wiz.flow.page == 4 and "does not match" in wiz.error.text()
    wiz.code_edit.setText(pyotp.TOTP(secret).at(fake_clock.t))
    wiz.next_btn.click()
    assert wiz.flow.page == 5
    # step 5: the recovery sheet must be saved or printed, and the warning acknowledged
    assert wiz.sheet_labels["recovery_key"].text().startswith("AGE-SECRET-KEY-1")
    assert len(wiz.sheet_labels["codes"].text().split()) == 10
    assert not wiz.next_btn.isEnabled()
    pdf = tmp_path / "sheet.pdf"
    with dialogs.scripted([str(pdf)]):
        wiz.save_pdf_btn.click()
    assert pdf.read_bytes().startswith(b"%PDF")
    assert not wiz.next_btn.isEnabled()
    wiz.ack.setChecked(True)
    assert wiz.next_btn.isEnabled()
    wiz.next_btn.click()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
    assert window.session.username == "alice"
    assert window.session.profile.name == "Administrator"
    assert "Alice Martin" in window.status.user.text()
    assert ctx.recent_vaults() == [str(folder)]


def test_wizard_back_and_cancel(window, qtbot, tmp_path):
    window.show_wizard()
    wiz = window.wizard
    wiz.folder_edit.setText(str(tmp_path / "v"))
    wiz.next_btn.click()
    assert wiz.back_btn.isVisible()
    wiz.back_btn.click()
    assert wiz.flow.page == 1
    wiz.cancel_btn.click()
    qtbot.waitUntil(lambda: window.wizard is None)
    assert window.stack.currentWidget() is window.start
