"""Consent in the customer detail's Privacy section: record (purpose, lawful basis, source, with
inline errors), withdraw (confirmed), and only for profiles with privacy.manage."""
from __future__ import annotations

import pytest

from app import privacy, users
from app.records import create_customer
from tests.ui.conftest import detail_text, open_first, sign_in, wait_idle
from ui import dialogs

PW = "purple monkey dishwasher 42"


@pytest.fixture
def one_customer(vault_info):
    s = vault_info.sign_in()
    try:
        vault_info.cid = create_customer(s, {"given_name": "Ada", "family_name": "Lovelace"})
    finally:
        s.close()
    return vault_info


def test_record_and_withdraw_consent(window, qtbot, one_customer, ctx):
    ws = sign_in(qtbot, window, one_customer)
    page = ws.customers
    open_first(qtbot, page)
    d = page.detail
    qtbot.waitUntil(lambda: "No consent recorded." in detail_text(d), timeout=5000)
    qtbot.waitUntil(lambda: d.consent_btn is not None and d.consent_btn.isVisibleTo(d), timeout=5000)
    d.consent_btn.click()
    dlg = page.consent_dialog
    dlg.save_btn.click()                         # no purpose: inline error
    qtbot.waitUntil(lambda: dlg.errors["purpose"].isVisibleTo(dlg), timeout=10000)
    assert dlg.isVisible()
    dlg.purpose_edit.setText("newsletter")
    dlg.basis_box.setCurrentIndex(dlg.basis_box.findData("legitimate_interests"))
    dlg.source_edit.setText("web form")
    dlg.save_btn.click()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    qtbot.waitUntil(lambda: len(page.detail.withdraw_buttons) == 1
                    and "newsletter (Legitimate interests): given" in detail_text(page.detail), timeout=10000)
    assert "source: web form" in detail_text(page.detail)
    consent_id = next(iter(page.detail.withdraw_buttons))
    with dialogs.scripted([False]):              # Cancel: nothing happens
        page.detail.withdraw_buttons[consent_id].click()
    wait_idle(qtbot, ctx)
    with dialogs.scripted([True]) as shown:
        page.detail.withdraw_buttons[consent_id].click()
        qtbot.waitUntil(lambda: not page.detail.withdraw_buttons and "withdrawn" in detail_text(page.detail),
                        timeout=10000)
    assert shown[0][0] == "confirm" and "newsletter" in shown[0][2]
    wait_idle(qtbot, ctx)
    rows = ctx.worker.submit(privacy.consents, window.session, one_customer.cid).result(timeout=10)
    assert [(r["purpose"], r["lawful_basis"], r["source"], bool(r["withdrawn_at"])) for r in rows] == \
        [("newsletter", "legitimate_interests", "web form", True)]


@pytest.mark.parametrize("profile", ["Manager", "Sales", "Support"])
def test_consent_controls_need_privacy_manage(window, qtbot, vault_info, ctx, profile):
    s = vault_info.sign_in()
    try:
        e = users.add_user(s, "user1", PW, profile)
        cid = create_customer(s, {"given_name": "Ada", "family_name": "Lovelace", "owner_id": e.user_id})
        privacy.record_consent(s, cid, "newsletter", "consent")
    finally:
        s.close()
    ws = sign_in(qtbot, window, vault_info, user="user1", secret=e.totp_secret, password=PW)
    page = ws.customers
    open_first(qtbot, page)
    assert page.detail.consent_btn is None and not page.detail.withdraw_buttons
    page.record_consent()                        # the slot refuses too
    assert getattr(page, "consent_dialog", None) is None
    wait_idle(qtbot, ctx)
