"""Purchase preferences in the customer detail: add (with an inline error when the category is
missing), remove (confirmed), and only for profiles that may change customers."""
from __future__ import annotations

from app import users
from app.records import create_customer
from app.records.deals import add_preference, list_preferences
from tests.ui.conftest import detail_text, open_first, sign_in, wait_idle
from ui import dialogs

PW = "purple monkey dishwasher 42"


def test_add_and_remove_a_purchase_preference(window, qtbot, vault_info, ctx):
    s = vault_info.sign_in()
    try:
        cid = create_customer(s, {"given_name": "Ada", "family_name": "Lovelace"})
    finally:
        s.close()
    ws = sign_in(qtbot, window, vault_info)
    page = ws.customers
    open_first(qtbot, page)
    d = page.detail
    qtbot.waitUntil(lambda: "No purchase preferences recorded." in detail_text(d), timeout=5000)
    qtbot.waitUntil(lambda: d.preference_btn is not None and d.preference_btn.isVisibleTo(d), timeout=5000)
    d.preference_btn.click()
    dlg = page.preference_dialog
    dlg.save_btn.click()                          # no category: inline error, the dialog stays
    qtbot.waitUntil(lambda: dlg.errors["category"].isVisibleTo(dlg), timeout=10000)
    assert dlg.isVisible()
    dlg.category_edit.setText("Paper")
    dlg.preference_edit.setText("recycled A4, 80 g")
    dlg.notes_edit.setPlainText("orders every quarter")
    dlg.save_btn.click()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: len(page.detail.preference_buttons) == 1
                    and "recycled A4, 80 g · orders every quarter" in detail_text(page.detail), timeout=10000)
    pid = next(iter(page.detail.preference_buttons))
    with dialogs.scripted([False]):               # Cancel: nothing happens
        page.detail.preference_buttons[pid].click()
    wait_idle(qtbot, ctx)
    assert ctx.worker.submit(list_preferences, window.session, cid).result(timeout=10)
    with dialogs.scripted([True]) as shown:
        page.detail.preference_buttons[pid].click()
        qtbot.waitUntil(lambda: not page.detail.preference_buttons
                        and "No purchase preferences recorded." in detail_text(page.detail), timeout=10000)
    assert shown[0][0] == "confirm" and "Paper" in shown[0][2]
    wait_idle(qtbot, ctx)
    assert ctx.worker.submit(list_preferences, window.session, cid).result(timeout=10) == []


def test_preferences_are_read_only_without_customers_update(window, qtbot, vault_info, ctx):
    s = vault_info.sign_in()
    try:
        e = users.add_user(s, "otto", PW, "Auditor")
        cid = create_customer(s, {"given_name": "Ada", "family_name": "Lovelace"})
        add_preference(s, cid, "Delivery", "mornings only")
    finally:
        s.close()
    ws = sign_in(qtbot, window, vault_info, user="otto", secret=e.totp_secret, password=PW)
    page = ws.customers
    open_first(qtbot, page)
    qtbot.waitUntil(lambda: "mornings only" in detail_text(page.detail), timeout=10000)
    assert page.detail.preference_btn is None and not page.detail.preference_buttons
    page.add_preference()                         # the slot refuses too
    assert getattr(page, "preference_dialog", None) is None
    wait_idle(qtbot, ctx)
