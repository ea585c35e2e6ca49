"""Writes docs/screenshots/devices.png and conflicts.png (issue 15): the Devices screen of a team
book with a laptop waiting for approval, and the Conflicts view after two laptops changed the same
fields at the same time. Run with --screenshots: python3 .ci/dev.py screenshots."""
from __future__ import annotations

import pytest

from tests.ui.sync_team_ui import sign_in_team
from tests.ui.test_screenshots import shot
from tests.ui.test_sync_screens import conflicted, open_screen, row_of  # noqa: F401 (the fixture)

pytest_plugins = ["tests.ui.sync_team_ui"]   # the waiting_laptop fixture
pytestmark = pytest.mark.screenshots


def test_devices_screen_screenshot(qtbot, window, ctx, vault_info, waiting_laptop):
    _t, carol_device = waiting_laptop
    window.resize(1280, 800)
    sign_in_team(qtbot, window, ctx, vault_info)
    page = open_screen(qtbot, window, "adminDevices")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    page.view.selectRow(row_of(page.model, "device", carol_device))
    assert page.approve_btn.isEnabled()
    window.workspace.notices.clear()
    qtbot.wait(150)
    assert shot(window, "devices").stat().st_size > 10_000


def test_conflicts_view_screenshot(qtbot, window, ctx, vault_info, conflicted):  # noqa: F811
    window.resize(1280, 800)
    sign_in_team(qtbot, window, ctx, vault_info)
    page = open_screen(qtbot, window, "adminConflicts")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    page.view.selectRow(0)
    assert page.keep_btn.isEnabled() and page.other_btn.isEnabled()
    window.workspace.notices.clear()
    qtbot.wait(150)
    assert shot(window, "conflicts").stat().st_size > 10_000
