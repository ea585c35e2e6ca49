"""Admin screens: users (add, change profile), profiles (matrix; built-ins read-only), audit
viewer (filters, paging, chain status, export), alerts; settings dialog."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt

from tests.ui.conftest import sign_in, wait_idle
from ui import dialogs


def test_users_page_add_and_change_profile(window, qtbot, vault_info, ctx):
    ws = sign_in(qtbot, window, vault_info)
    page = ws.open_admin("users")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    with dialogs.scripted([{"user": "carol", "profile": "Support"}]) as shown:
        page.add_btn.click()
        qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    assert shown[-1][0] == "info"
    name, password, enrolment = page.last_enrolment
    assert name == "carol" and password and enrolment.totp_uri.startswith("otpauth://")
    row = next(i for i, r in enumerate(page.model.rows) if r["user"] == "carol")
    assert page.model.rows[row]["profile"] == "Support" and page.model.rows[row]["must_change_password"]
    page.view.setCurrentIndex(page.model.index(row, 0))
    with dialogs.scripted(["Manager"]):
        page.profile_btn.click()
        qtbot.waitUntil(lambda: any(r["user"] == "carol" and r["profile"] == "Manager" for r in page.model.rows),
                        timeout=5000)
    wait_idle(qtbot, ctx)


def test_profiles_matrix(window, qtbot, vault_info, ctx):
    ws = sign_in(qtbot, window, vault_info)
    page = ws.open_admin("profiles")
    m = page.model
    qtbot.waitUntil(lambda: m.columnCount() == 5, timeout=5000)
    names = [p["name"] for p in m.profiles]
    assert names[:5] == ["Administrator", "Manager", "Sales", "Support", "Auditor"]
    # built-ins are read-only
    assert not (m.flags(m.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable)
    page.view.setCurrentIndex(m.index(0, names.index("Sales")))
    with dialogs.scripted(["Field sales"]):
        page.new_btn.click()
        qtbot.waitUntil(lambda: m.columnCount() == 6, timeout=5000)
    col = [p["name"] for p in m.profiles].index("Field sales")
    assert m.flags(m.index(0, col)) & Qt.ItemFlag.ItemIsUserCheckable
    atoms = [a for a, _ in m.atoms]
    row = atoms.index("customers.export")
    assert m.data(m.index(row, col), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert m.setData(m.index(row, col), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=5000)
    col = [p["name"] for p in m.profiles].index("Field sales")
    assert "customers.export" in m.profiles[col]["permissions"]
    scope_row = len(m.atoms)
    assert m.data(m.index(scope_row, col), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked  # own
    wait_idle(qtbot, ctx)


def test_audit_viewer(window, qtbot, vault_info, ctx, tmp_path):
    ws = sign_in(qtbot, window, vault_info)
    page = ws.open_admin("audit")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    actions = [r["action"] for r in page.model.rows]
    assert "signin" in actions and "vault.create" in actions
    assert page.page_label.text().startswith("Page 1 of 1")
    page.action.setFocus()
    qtbot.keyClicks(page.action, "Signed in")
    assert page.action.currentText() == "Signed in"
    qtbot.mouseClick(page.apply_btn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() and all(r["action"] == "signin" for r in page.model.rows),
                    timeout=5000)
    page.verify_btn.click()
    qtbot.waitUntil(lambda: "intact" in page.chain.text(), timeout=10000)
    out = tmp_path / "audit.json"
    with dialogs.scripted([str(out)]):
        page.export_btn.click()
        qtbot.waitUntil(out.exists, timeout=10000)
    data = json.loads(out.read_text())
    assert data["chain"]["ok"] and all(e["action"] == "signin" for e in data["entries"])
    ws.open_admin("alerts")
    wait_idle(qtbot, ctx)


def test_settings_dialog_saves_and_applies(window, qtbot, vault_info, ctx):
    sign_in(qtbot, window, vault_info)
    window.open_settings()
    from ui.settings_dialog import SettingsDialog

    dlg = window.findChild(SettingsDialog)
    qtbot.waitUntil(lambda: dlg.values.get("lock.idle_minutes") == 10, timeout=5000)
    assert dlg.widgets["lock.idle_minutes"].minimum() == 1 and dlg.widgets["lock.idle_minutes"].maximum() == 60
    dlg.widgets["lock.idle_minutes"].setValue(3)
    dlg.save()
    qtbot.waitUntil(lambda: window.idle.seconds == 180, timeout=5000)
    wait_idle(qtbot, ctx)


def test_change_my_password(window, qtbot, vault_info, ctx):
    from tests.conftest import PASSWORD

    sign_in(qtbot, window, vault_info)
    window.act_password.trigger()
    dlg = window.password_dialog
    dlg.current.setText("not my password")
    dlg.new.setText("a completely new passphrase 9")
    dlg.repeat.setText("a completely new passphrase 9")
    dlg.save()
    qtbot.waitUntil(lambda: dlg.message.isVisible() and dlg.buttons.isEnabled(), timeout=10000)
    assert not dlg.done_ok
    dlg.current.setText(PASSWORD)
    dlg.new.setText("a completely new passphrase 9")
    dlg.repeat.setText("a completely new passphrase 9")
    dlg.save()
    qtbot.waitUntil(lambda: dlg.done_ok, timeout=10000)
    window.lock()
    wait_idle(qtbot, ctx)
    from tests.ui.conftest import sign_in as again

    again(qtbot, window, vault_info, password="a completely new passphrase 9")
    wait_idle(qtbot, ctx)


def test_privacy_tools_in_the_detail(window, qtbot, vault_info, ctx, tmp_path):
    from app.records import create_customer

    s = vault_info.sign_in()
    cid = create_customer(s, {"given_name": "Erin", "family_name": "Erasable", "emails": ["erin@example.com"]})
    s.close()
    ws = sign_in(qtbot, window, vault_info)
    page = ws.customers
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=5000)
    page.open_customer(cid)
    qtbot.waitUntil(lambda: page.detail_data is not None and "privacy" in page.detail_data, timeout=5000)
    assert page.detail_data["privacy"]["restricted"] is False
    out = tmp_path / "subject.json"
    with dialogs.scripted([str(out)]):
        page.privacy_action("export")
        qtbot.waitUntil(lambda: out.with_suffix(".html").exists() and ctx.tasks.pending == 0, timeout=10000)
    assert "Erasable" in out.read_text(encoding="utf-8") and out.with_suffix(".html").exists()
    with dialogs.scripted(["asked by phone"]):
        page.privacy_action("restrict")
        qtbot.waitUntil(lambda: page.detail_data["privacy"]["restricted"], timeout=5000)
    with dialogs.scripted([True]):
        page.privacy_action("erase")
        qtbot.waitUntil(lambda: page.detail.record is not None and "Erasable" not in page.detail.record["display_name"],
                        timeout=10000)
    wait_idle(qtbot, ctx)


def test_audit_viewer_speaks_sentences_not_codes(window, qtbot, vault_info, ctx, tmp_path):
    """Issue 12: codes like customer.export.start and raw JSON were on screen."""
    from app.records import create_customer
    from app.records.exporting import export_file

    s = vault_info.sign_in()
    try:
        create_customer(s, {"given_name": "Ada", "family_name": "Lovelace"})
        export_file(s, tmp_path / "out.csv", "csv")
    finally:
        s.close()
    ws = sign_in(qtbot, window, vault_info)
    ws.actions_by_name["adminAudit"].trigger()
    page = ws.admin_tabs["audit"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 3, timeout=5000)
    m = page.model
    shown = [[m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())]
    codes = {r["action"] for r in m.rows}
    assert "customer.export.start" in codes
    for row in shown:
        action, details = row[3], row[5]
        assert action[0].isupper() and "." not in action and "_" not in action, action
        assert not any(ch in details for ch in '{}[]"'), details
    start = next(r for r, e in zip(shown, m.rows, strict=True) if e["action"] == "customer.export.start")
    assert start[3] == "Started an export of customers"
    assert "Format: csv" in start[5] and "File: out.csv" in start[5]
    tip = m.data(m.index(m.rows.index(next(e for e in m.rows if e["action"] == "customer.export.start")), 5),
                 Qt.ItemDataRole.ToolTipRole)
    assert {"Format: csv", "File: out.csv"} <= set(tip.split("\n"))
    # the action filter offers the names, not the codes
    names = [page.action.itemText(i) for i in range(page.action.count())]
    assert "Started an export of customers" in names and not any("." in n for n in names)
    assert "entries" in page.page_label.text() or "entry" in page.page_label.text()
    wait_idle(qtbot, ctx)
