"""Find duplicates…: two customers sharing an e-mail show as a group; merging keeps the chosen
record with both records' interactions and deals; profiles without update+delete lack the action."""
from __future__ import annotations

from app import users
from app.records import create_customer, get_customer
from app.records.deals import create_deal, list_deals
from app.records.interactions import add_interaction, list_interactions
from tests.ui.conftest import sign_in, wait_idle
from ui import dialogs

PW = "purple monkey dishwasher 42"



def test_find_and_merge_duplicates(window, qtbot, vault_info, ctx):
    s = vault_info.sign_in()
    try:
        a = create_customer(s, {"given_name": "Ada", "family_name": "Lovelace", "emails": ["ada@example.com"]})
        b = create_customer(s, {"given_name": "Augusta", "family_name": "King", "emails": ["ADA@example.com"],
                                "phones": ["+44 20 7946 0000"]})
        create_customer(s, {"given_name": "Charles", "family_name": "Babbage", "emails": ["cb@example.com"]})
        add_interaction(s, a, "call", summary="first call")
        add_interaction(s, b, "meeting", summary="second meeting")
        create_deal(s, a, {"title": "Engine A", "amount_minor": 1000, "currency": "EUR"})
        create_deal(s, b, {"title": "Engine B", "amount_minor": "12.50", "currency": "GBP"})
    finally:
        s.close()
    ws = sign_in(qtbot, window, vault_info)
    page = ws.customers
    act = ws.actions_by_name["findDuplicates"]
    assert act.isVisible() and act.isEnabled()
    assert act in window.customers_menu.actions()
    qtbot.waitUntil(lambda: page.model.total == 3, timeout=10000)
    act.trigger()
    dlg = page.duplicates_dialog
    qtbot.waitUntil(lambda: dlg.loaded, timeout=10000)
    assert dlg.group_list.count() == 1
    assert "Ada Lovelace" in dlg.group_list.item(0).text() and "Augusta King" in dlg.group_list.item(0).text()
    assert "same email" in dlg.reason.text()
    members = [dlg.member_list.item(i).text() for i in range(dlg.member_list.count())]
    assert any("ada@example.com" in m for m in members) and len(members) == 2
    dlg.select_keep(b)
    with dialogs.scripted([True]) as shown:
        dlg.merge_btn.click()
        qtbot.waitUntil(lambda: dlg.loaded and dlg.group_list.count() == 0, timeout=10000)
    assert shown[0][0] == "confirm" and "Keep Augusta King" in shown[0][2]
    assert dlg.note.text() == "No duplicates found."
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=10000)
    qtbot.waitUntil(lambda: page.detail.record is not None and page.detail.record["id"] == b, timeout=10000)
    wait_idle(qtbot, ctx)
    dlg.close()
    # checked through the window's own session, on the worker (the vault is open there)
    s, run = window.session, lambda fn, *a: ctx.worker.submit(fn, *a).result(timeout=10)
    assert {"first call", "second meeting"} <= {i["summary"] for i in run(list_interactions, s, b)}
    assert {d["title"] for d in run(list_deals, s, b)} == {"Engine A", "Engine B"}
    assert run(get_customer, s, b)["display_name"] == "Augusta King"


def test_merge_needs_update_and_delete(window, qtbot, vault_info, ctx):
    s = vault_info.sign_in()
    try:
        e = users.add_user(s, "sales1", PW, "Sales")
    finally:
        s.close()
    ws = sign_in(qtbot, window, vault_info, user="sales1", secret=e.totp_secret, password=PW)
    act = ws.actions_by_name["findDuplicates"]
    assert not act.isVisible() and not act.isEnabled()
    ws.customers.find_duplicates()     # the slot refuses too
    assert getattr(ws.customers, "duplicates_dialog", None) is None
    wait_idle(qtbot, ctx)
