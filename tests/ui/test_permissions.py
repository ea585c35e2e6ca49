"""Every action a profile lacks is hidden or disabled (the same rule the services enforce),
for each built-in profile, through a real sign-in."""
from __future__ import annotations

import pytest

from app import users
from app.permissions import BUILTIN_PROFILES
from app.records import create_customer
from tests.ui.conftest import sign_in, wait_idle

PW = "purple monkey dishwasher 42"

ACTIONS = {  # action object name -> permission atom that allows it
    "newCustomer": "customers.create",
    "deleteCustomer": "customers.delete",
    "importCustomers": "customers.import",
    "exportCustomers": "customers.export",
    "adminUsers": "users.manage",
    "adminAudit": "audit.read",
    "adminAlerts": "audit.read",
}


@pytest.mark.parametrize("profile", list(BUILTIN_PROFILES))
def test_actions_follow_the_profile(window, qtbot, vault_info, ctx, profile):
    s = vault_info.sign_in()
    try:
        e = users.add_user(s, "user1", PW, profile)
        create_customer(s, {"given_name": "Visible", "family_name": "Customer", "owner_id": e.user_id,
                            "tax_id": "SECRET-TAX-1"})
    finally:
        s.close()
    ws = sign_in(qtbot, window, vault_info, user="user1", secret=e.totp_secret, password=PW)
    perms = set(BUILTIN_PROFILES[profile]["permissions"])
    assert window.session.profile.name == profile
    assert profile in window.status.user.text()
    for name, atom in ACTIONS.items():
        act = ws.actions_by_name[name]
        assert act.isVisible() == (atom in perms), (profile, name)
        assert act.isEnabled() == (atom in perms), (profile, name)
    assert window.act_backup.isVisible() == ("backup.run" in perms)
    assert window.act_settings.isEnabled()
    page = ws.customers
    assert page.new_btn.isVisibleTo(page) == ("customers.create" in perms)
    qtbot.waitUntil(lambda: page.model.total == 1 and page.model.is_loaded(0), timeout=10000)
    page.open_row(0)
    qtbot.waitUntil(lambda: page.detail.record is not None, timeout=10000)
    d = page.detail
    assert d.edit_btn.isVisibleTo(d) == bool({"customers.update", "contacts.update"} & perms)
    assert d.delete_btn.isVisibleTo(d) == ("customers.delete" in perms)
    assert d.reveal_btn.isVisibleTo(d) == ("sensitive.read" in perms)
    assert d.sensitive_labels["tax_id"].text() == "••••"
    assert ("privacy" in page.detail_data) == ("privacy.manage" in perms)
    assert hasattr(d, "summary_edit") == ("interactions.write" in perms)   # "Log interaction" only if allowed
    assert ("deals" in page.detail_data) == ("deals.read" in perms)
    assert (page.detail_data["history"] is not None) == ("audit.read" in perms)
    if "audit.read" in perms:
        assert ws.open_admin("audit") is not None
    else:
        assert ws.open_admin("audit") is None
    if "users.manage" not in perms:
        assert ws.open_admin("users") is None
    wait_idle(qtbot, ctx)


@pytest.mark.parametrize("profile", list(BUILTIN_PROFILES))
def test_no_empty_menu_for_the_profile(window, qtbot, vault_info, ctx, profile):
    """A Sales user saw an empty Administration menu (issue 12): a menu shown has something in it."""
    s = vault_info.sign_in()
    try:
        e = users.add_user(s, "user1", PW, profile)
    finally:
        s.close()
    sign_in(qtbot, window, vault_info, user="user1", secret=e.totp_secret, password=PW)
    wait_idle(qtbot, ctx)
    shown = [a for a in window.menuBar().actions() if a.isVisible() and a.menu() is not None]
    for act in shown:
        entries = [a for a in act.menu().actions() if a.isVisible() and not a.isSeparator()]
        assert entries, f"{profile}: the {act.text()} menu is empty"
    perms = set(BUILTIN_PROFILES[profile]["permissions"])
    admin_shown = window.admin_menu.menuAction().isVisible()
    assert admin_shown == bool({"users.manage", "profiles.manage", "audit.read"} & perms), profile
