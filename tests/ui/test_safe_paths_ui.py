"""Save dialogs (issue 10, item 1): a place inside a vault folder, a folder or a device is refused
with a message before anything is written; an ordinary file the dialog agreed to replace is."""
from __future__ import annotations

import hashlib
import json

from tests.ui.conftest import sign_in, wait_idle
from ui import dialogs


def vault_files(folder) -> dict:
    return {n: hashlib.sha256((folder / n).read_bytes()).hexdigest() for n in ("vault.db", "keyslots.json")}


def test_export_dialog_refuses_the_vault_folder_and_replaces_an_ordinary_file(window, qtbot, vault_info, ctx,
                                                                              tmp_path):
    from app.records import create_customer

    s = vault_info.sign_in()
    create_customer(s, {"display_name": "Ada Lovelace", "emails": [{"value": "ada@example.com"}]})
    s.close()
    ws = sign_in(qtbot, window, vault_info)
    page = ws.customers
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=5000)
    keyslots = hashlib.sha256((vault_info.path / "keyslots.json").read_bytes()).hexdigest()
    ws.actions_by_name["exportCustomers"].trigger()
    exp = page.export_dialog
    exp.format.setCurrentIndex(exp.format.findData("csv"))
    for target in (vault_info.path / "keyslots.json", vault_info.path / "customers.csv", tmp_path):
        with dialogs.scripted([str(target)]) as shown:
            exp.start()
        assert [k for k, *_ in shown] == ["save_file", "error"], shown
        assert shown[1][1] == "Cannot save there"
        assert ("inside the vault folder" in shown[1][2]) or ("is a folder" in shown[1][2])
        assert exp.progress.isHidden() and exp.result is None  # nothing started
        wait_idle(qtbot, ctx)
    assert hashlib.sha256((vault_info.path / "keyslots.json").read_bytes()).hexdigest() == keyslots
    assert not (vault_info.path / "customers.csv").exists()
    mine = tmp_path / "old.csv"
    mine.write_text("last week's export")
    with dialogs.scripted([str(mine)]):
        exp.start()
    wait_idle(qtbot, ctx)
    assert exp.result is not None, exp.note.text()
    assert exp.result == 1 and "Ada Lovelace" in mine.read_text(encoding="utf-8-sig")
    wait_idle(qtbot, ctx)


def test_subject_export_from_the_detail_refuses_the_vault_folder(window, qtbot, vault_info, ctx, tmp_path):
    from app.records import create_customer

    s = vault_info.sign_in()
    cid = create_customer(s, {"given_name": "Erin", "family_name": "Example", "emails": ["erin@example.com"]})
    s.close()
    ws = sign_in(qtbot, window, vault_info)
    page = ws.customers
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=5000)
    page.open_customer(cid)
    qtbot.waitUntil(lambda: page.detail_data is not None and "privacy" in page.detail_data, timeout=5000)
    before = hashlib.sha256((vault_info.path / "keyslots.json").read_bytes()).hexdigest()
    with dialogs.scripted([str(vault_info.path / "keyslots.json")]) as shown:
        page.privacy_action("export")
        wait_idle(qtbot, ctx)
    assert [k for k, *_ in shown] == ["save_file", "error"] and "inside the vault folder" in shown[1][2]
    assert hashlib.sha256((vault_info.path / "keyslots.json").read_bytes()).hexdigest() == before
    assert not (vault_info.path / "keyslots.html").exists()
    out = tmp_path / "subject.json"
    out.write_text("{}")  # an earlier export: the dialog asked before replacing it
    with dialogs.scripted([str(out)]):
        page.privacy_action("export")
        qtbot.waitUntil(lambda: out.with_suffix(".html").exists() and ctx.tasks.pending == 0, timeout=10000)
    assert json.loads(out.read_text(encoding="utf-8"))["customer_id"] == cid
    wait_idle(qtbot, ctx)


def test_wizard_does_not_save_the_recovery_sheet_into_the_new_vault(window, ctx, qtbot, tmp_path, fake_clock):
    import pyotp

    from tests.conftest import PASSWORD

    window.show_wizard()
    wiz = window.wizard
    folder = tmp_path / "new-vault"
    wiz.folder_edit.setText(str(folder))
    wiz.next_btn.click()
    wiz.user_edit.setText("alice")
    wiz.next_btn.click()
    wiz.pw_edit.setText(PASSWORD)
    wiz.pw2_edit.setText(PASSWORD)
    wiz.next_btn.click()
    qtbot.waitUntil(lambda: wiz.flow.page == 4, timeout=20000)
    wiz.code_edit.setText(pyotp.TOTP(wiz.flow.totp_secret).at(fake_clock.t))
    wiz.next_btn.click()
    assert wiz.flow.page == 5
    before = vault_files(folder)
    for target in (folder / "recovery sheet.pdf", folder / "keyslots.json"):
        with dialogs.scripted([str(target)]) as shown:
            wiz.save_pdf_btn.click()
        assert [k for k, *_ in shown] == ["save_file", "error"] and "inside the vault folder" in shown[1][2]
    assert not (folder / "recovery sheet.pdf").exists() and vault_files(folder) == before
    assert wiz.flow.sheet_saved_to is None and not wiz.next_btn.isEnabled()
    pdf = tmp_path / "sheet.pdf"
    pdf.write_text("an older sheet")  # the dialog asked before replacing it
    with dialogs.scripted([str(pdf)]):
        wiz.save_pdf_btn.click()
    assert pdf.read_bytes().startswith(b"%PDF") and wiz.flow.sheet_saved_to == str(pdf)
