"""Issue 10, item 13: the estimator's refusal is shown live, in the wizard and in Change my password."""
from __future__ import annotations

from tests.conftest import PASSWORD
from tests.ui.conftest import sign_in


def test_wizard_shows_the_estimators_reason_live(window, tmp_path):
    window.show_wizard()
    wiz = window.wizard
    wiz.folder_edit.setText(str(tmp_path / "v"))
    wiz.next_btn.click()
    wiz.user_edit.setText("alice")
    wiz.next_btn.click()
    for weak in ("123456789012", "abcdefghijkl", "abababababab"):
        wiz.pw_edit.setText(weak)
        assert "too easy to guess" in wiz.meter.reasons.text()
        assert wiz.meter.bar.value() <= 1
    wiz.pw2_edit.setText("abababababab")
    wiz.next_btn.click()
    assert wiz.flow.page == 3 and not (tmp_path / "v" / "keyslots.json").exists()


def test_change_password_dialog_refuses_a_sequence(qtbot, window, vault_info):
    from ui.common.password_dialog import ChangePasswordDialog

    sign_in(qtbot, window, vault_info)
    dialog = ChangePasswordDialog(window.ctx, window.session, window)
    qtbot.addWidget(dialog)
    dialog.current.setText(PASSWORD)
    dialog.new.setText("123456789012")
    assert "too easy to guess" in dialog.meter.reasons.text()
    dialog.repeat.setText("123456789012")
    dialog.save()
    assert not dialog.done_ok and "accepted new one" in dialog.message.text()
