"""The new-vault wizard, end to end on a real vault (offscreen)."""
from __future__ import annotations

import pyotp
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from app.ops.settings import deal_defaults
from app.records import get_customer
from tests.conftest import PASSWORD
from tests.ui.conftest import activate, wait_idle
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
    assert wiz.secret_edit.text().replace(" ", "") == secret
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


def test_wizard_country_sets_deal_currency_and_phone_region(window, ctx, qtbot, tmp_path, fake_clock):
    """Choosing Poland in the wizard (keys only): a new deal starts in PLN and a phone typed
    "601 234 567" is stored as +48601234567; the authenticator key is whole, selectable, copyable."""
    window.show_wizard()
    wiz = window.wizard
    activate(qtbot, window)
    wiz.folder_edit.selectAll()
    qtbot.keyClicks(wiz.folder_edit, str(tmp_path / "firma"))
    qtbot.keyClick(wiz.folder_edit, Qt.Key.Key_Return)
    assert wiz.flow.page == 2
    qtbot.keyClicks(wiz.user_edit, "lukasz")
    qtbot.keyClicks(wiz.display_edit, "Lukasz Nowak")
    wiz.country_box.setFocus()
    qtbot.keyClicks(wiz.country_box, "Poland")
    assert wiz.country_box.currentText() == "Poland (PL)"
    qtbot.mouseClick(wiz.next_btn, Qt.MouseButton.LeftButton)
    assert wiz.flow.page == 3
    qtbot.keyClicks(wiz.pw_edit, PASSWORD)
    qtbot.keyClicks(wiz.pw2_edit, PASSWORD)
    qtbot.keyClick(wiz.pw2_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wiz.flow.page == 4, timeout=20000)
    # the key: every character inside the field, the field inside the window, Copy copies it
    key = wiz.secret_edit
    secret = wiz.flow.totp_secret
    assert key.text().replace(" ", "") == secret and key.isReadOnly()
    assert key.fontMetrics().horizontalAdvance(key.text()) < key.contentsRect().width() - 4
    right = key.mapTo(window, QPoint(key.width(), key.height()))
    assert right.x() <= window.width() and right.y() <= window.height()
    qtbot.mouseClick(wiz.copy_secret_btn, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == secret
    qtbot.keyClicks(wiz.code_edit, pyotp.TOTP(secret).at(fake_clock.t))
    qtbot.keyClick(wiz.code_edit, Qt.Key.Key_Return)
    assert wiz.flow.page == 5
    with dialogs.scripted([str(tmp_path / "sheet.pdf")]):
        qtbot.mouseClick(wiz.save_pdf_btn, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wiz.ack, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wiz.next_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
    # a new customer with a phone typed the Polish way
    page = window.workspace.customers
    activate(qtbot, window)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(page, "editor", None) is not None and page.editor.isVisible(), timeout=3000)
    ed = page.editor
    qtbot.keyClicks(ed.fields["given_name"], "Anna")
    qtbot.keyClicks(ed.fields["family_name"], "Kowalska")
    qtbot.keyClicks(ed.fields["phones"], "601 234 567")
    qtbot.mouseClick(ed.buttons.button(ed.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail.record is not None and page.detail.record["display_name"] == "Anna Kowalska",
                    timeout=10000)
    wait_idle(qtbot, ctx)
    rec = ctx.worker.submit(get_customer, window.session, page.detail.record["id"]).result(timeout=10)
    assert rec["phones"][0]["e164"] == "+48601234567"
    # a new deal starts in złoty
    d = page.detail
    qtbot.waitUntil(lambda: d.new_deal_btn is not None and d.new_deal_btn.isVisibleTo(d), timeout=5000)
    qtbot.mouseClick(d.new_deal_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.deal_dialog.currency_edit.text() == "PLN", timeout=5000)
    assert ctx.worker.submit(deal_defaults, window.session).result(timeout=10) == {"currency": "PLN"}
    page.deal_dialog.reject()
    wait_idle(qtbot, ctx)
