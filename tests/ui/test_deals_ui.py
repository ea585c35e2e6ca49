"""Deals from the customer detail: create with inline field errors, amounts typed as text and
shown formatted, line items, edit with a conflict, and no deal controls without deals.write."""
from __future__ import annotations

import pytest

from app import users
from app.records import create_customer
from app.records.deals import get_deal, list_deals, update_deal
from tests.ui.conftest import detail_text, open_first, sign_in, wait_idle
from ui import dialogs
from ui.common.money import format_money, normalise_amount

PW = "purple monkey dishwasher 42"


@pytest.fixture
def one_customer(vault_info):
    s = vault_info.sign_in()
    try:
        vault_info.cid = create_customer(s, {"given_name": "Grace", "family_name": "Hopper"})
    finally:
        s.close()
    return vault_info


@pytest.mark.parametrize("text,expected", [("1 250,00", "1250.00"), ("1250.00", "1250.00"), ("1,250.00", "1250.00"),
                                           ("1.250,00", "1250.00"), ("12,3,4", "12,3,4"), ("abc", "abc")])
def test_amount_text(text, expected):
    assert normalise_amount(text) == expected


def test_create_with_bad_amount_then_fix(window, qtbot, one_customer, ctx):
    ws = sign_in(qtbot, window, one_customer)
    page = ws.customers
    open_first(qtbot, page)
    d = page.detail
    qtbot.waitUntil(lambda: d.new_deal_btn is not None and d.new_deal_btn.isVisibleTo(d), timeout=5000)
    d.new_deal_btn.click()
    dlg = page.deal_dialog
    dlg.title_edit.setText("Compiler licence")
    dlg.amount_edit.setText("12,3,4")
    dlg.currency_edit.setText("EUR")
    dlg.save_btn.click()
    qtbot.waitUntil(lambda: dlg.errors["amount"].isVisibleTo(dlg), timeout=10000)
    assert "not an amount" in dlg.errors["amount"].text()
    assert not dlg.errors["title"].isVisibleTo(dlg)
    assert dlg.isVisible()
    dlg.amount_edit.setText("1 250,00")
    dlg.save_btn.click()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: format_money(125000, "EUR") in detail_text(page.detail)
                    and "Compiler licence" in detail_text(page.detail), timeout=10000)
    wait_idle(qtbot, ctx)
    deals = ctx.worker.submit(list_deals, window.session, one_customer.cid).result(timeout=10)
    assert [(x["title"], x["amount_minor"], x["currency"]) for x in deals] == [("Compiler licence", 125000, "EUR")]


def test_line_items_edit_and_conflict(window, qtbot, one_customer, ctx):
    ws = sign_in(qtbot, window, one_customer)
    page = ws.customers
    open_first(qtbot, page)
    page.detail.new_deal_btn.click()
    dlg = page.deal_dialog
    dlg.title_edit.setText("Manuals")
    dlg.currency_edit.setText("usd")
    dlg.add_item("Manual", 3, "")
    dlg.save_btn.click()
    qtbot.waitUntil(lambda: dlg.errors["items"].isVisibleTo(dlg), timeout=10000)  # the unit price is missing
    dlg.items.item(0, 2).setText("10,50")
    dlg.save_btn.click()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: len(page.detail.deal_buttons) == 1
                    and format_money(3150, "USD") in detail_text(page.detail), timeout=10000)
    deal_id = next(iter(page.detail.deal_buttons))
    # edit: someone else changes the deal meanwhile → a conflict message, Reload shows their version
    page.detail.deal_buttons[deal_id].click()
    dlg = page.deal_dialog
    qtbot.waitUntil(lambda: dlg.loaded, timeout=10000)
    assert dlg.items.rowCount() == 1 and dlg.amount_edit.text() == ""
    ctx.worker.submit(update_deal, window.session, deal_id, {"title": "Manuals (theirs)"}, dlg.version).result(10)
    dlg.stage_box.setCurrentIndex(dlg.stage_box.findData("won"))
    dlg.save_btn.click()
    qtbot.waitUntil(lambda: dlg.reload_btn.isVisibleTo(dlg), timeout=10000)
    assert "Someone else changed this deal" in dlg.banner.text()
    dlg.reload_btn.click()
    qtbot.waitUntil(lambda: dlg.title_edit.text() == "Manuals (theirs)" and dlg.save_btn.isEnabled(), timeout=10000)
    dlg.items.setRowCount(0)
    dlg.amount_edit.setText("99")
    dlg.stage_box.setCurrentIndex(dlg.stage_box.findData("won"))
    dlg.save_btn.click()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    wait_idle(qtbot, ctx)
    deal = ctx.worker.submit(get_deal, window.session, deal_id).result(timeout=10)
    assert (deal["amount_minor"], deal["stage"], deal["items"]) == (9900, "won", [])
    qtbot.waitUntil(lambda: "Bought in total" in detail_text(page.detail), timeout=10000)
    # delete, confirmed through the dialog helper
    page.detail.deal_buttons[deal_id].click()
    dlg = page.deal_dialog
    qtbot.waitUntil(lambda: dlg.loaded, timeout=10000)
    with dialogs.scripted([True]) as shown:
        dlg.delete_btn.click()
        qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    assert shown[0][0] == "confirm"
    qtbot.waitUntil(lambda: not page.detail.deal_buttons and "No deals yet." in detail_text(page.detail),
                    timeout=10000)
    wait_idle(qtbot, ctx)


@pytest.mark.parametrize("profile", ["Support", "Auditor"])
def test_no_deal_controls_without_deals_write(window, qtbot, vault_info, ctx, profile):
    s = vault_info.sign_in()
    try:
        e = users.add_user(s, "user1", PW, profile)
        create_customer(s, {"given_name": "Grace", "family_name": "Hopper", "owner_id": e.user_id})
    finally:
        s.close()
    ws = sign_in(qtbot, window, vault_info, user="user1", secret=e.totp_secret, password=PW)
    page = ws.customers
    open_first(qtbot, page)
    assert page.detail.new_deal_btn is None and not page.detail.deal_buttons
    assert ("deals" in page.detail_data) == (profile == "Auditor")
    page.open_deal(None)      # the slot refuses too
    assert getattr(page, "deal_dialog", None) is None
    wait_idle(qtbot, ctx)
