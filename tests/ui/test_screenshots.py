"""Writes screenshots of the main screens to docs/screenshots/ (shown in README.md): the
wizard, sign-in, the workspace on a demo vault, a customer's detail, admin users, audit log."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import wait_idle
from ui import dialogs

OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
pytestmark = pytest.mark.screenshots  # skipped unless --screenshots: python3 .ci/dev.py screenshots


def shot(widget, name: str) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.png"
    assert widget.grab().save(str(path))
    return path


@pytest.fixture
def demo_vault(tmp_path, fake_clock):
    from app import demo

    return demo.make_demo_vault(tmp_path / "demo", customers=160)


def test_screenshots(window, qtbot, ctx, tmp_path, demo_vault, fake_clock):
    window.resize(1280, 800)
    # wizard: the password step with live feedback, and the authenticator step
    window.show_wizard()
    wiz = window.wizard
    wiz.folder_edit.setText(str(tmp_path / "shots-vault"))
    wiz.next_btn.click()
    wiz.user_edit.setText("alice")
    wiz.display_edit.setText("Alice Martin")
    wiz.next_btn.click()
    wiz.pw_edit.setText("sunshine2024")
    qtbot.wait(50)
    paths = [shot(window, "wizard-password")]
    wiz.pw_edit.setText("correct horse battery staple")
    wiz.pw2_edit.setText("correct horse battery staple")
    wiz.next_btn.click()
    qtbot.waitUntil(lambda: wiz.flow.page == 4, timeout=20000)
    paths.append(shot(window, "wizard-authenticator"))
    import pyotp

    wiz.code_edit.setText(pyotp.TOTP(wiz.flow.totp_secret).at(fake_clock.t))
    wiz.next_btn.click()
    paths.append(shot(window, "wizard-recovery-sheet"))
    with dialogs.scripted([True]):
        wiz.cancel_btn.click()
    wait_idle(qtbot, ctx)
    # sign-in on the demo vault
    window.username = demo_vault.username
    window.show_signin(demo_vault.folder)
    window.signin.pw_edit.setText(demo_vault.password)
    qtbot.wait(50)
    paths.append(shot(window, "sign-in"))
    window.signin.code_edit.setText(fake_clock.code(demo_vault.totp_secret))
    window.signin.submit()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
    page = window.workspace.customers
    qtbot.waitUntil(lambda: page.model.total == 160 and page.model.is_loaded(0), timeout=10000)
    window.workspace.notices.clear()
    qtbot.waitUntil(lambda: "backup" in window.status.backup.text(), timeout=5000)
    qtbot.wait(100)
    paths.append(shot(window, "workspace"))
    for row in range(60):   # a person with interactions and deals
        if page.model.row_data(row)["kind"] != "person":
            continue
        page.detail.clear()
        page.open_row(row)
        qtbot.waitUntil(lambda: page.detail.record is not None, timeout=5000)
        if page.detail_data.get("interactions") and page.detail_data.get("deals"):
            break
    page.table.selectRow(row)
    qtbot.wait(200)
    qtbot.wait(50)
    paths.append(shot(window, "customer-detail"))
    page.detail.edit_btn.click()
    qtbot.waitUntil(lambda: page.editor.isVisible(), timeout=3000)
    paths.append(shot(page.editor, "customer-editor"))
    page.editor.reject()
    users = window.workspace.open_admin("users")
    qtbot.waitUntil(lambda: users.model.rowCount() >= 1, timeout=5000)
    paths.append(shot(window, "admin-users"))
    profiles = window.workspace.open_admin("profiles")
    qtbot.waitUntil(lambda: profiles.model.columnCount() == 5, timeout=5000)
    paths.append(shot(window, "admin-profiles"))
    audit = window.workspace.open_admin("audit")
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=5000)
    audit.verify()
    qtbot.waitUntil(lambda: "intact" in audit.chain.text(), timeout=10000)
    audit.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    paths.append(shot(window, "audit-log"))
    window.lock()
    qtbot.wait(50)
    paths.append(shot(window, "locked"))
    for p in paths:
        assert p.stat().st_size > 10_000
    wait_idle(qtbot, ctx)
