"""Writes docs/screenshots/{wizard,workspace}-{pl,ru}.png: the wizard and the workspace with a
customer's detail, in Polish and Russian (issue 13). Run with python3 .ci/dev.py screenshots."""
from __future__ import annotations

import pytest

from tests.ui.test_screenshots import demo_vault, shot  # noqa: F401  (fixture)
from ui import i18n as ui_i18n

pytestmark = pytest.mark.screenshots  # skipped unless --screenshots


@pytest.mark.parametrize("lang", ["pl", "ru"])
def test_screenshots_in_other_languages(lang, window, qtbot, ctx, tmp_path, demo_vault, fake_clock,  # noqa: F811
                                        built_translations):
    ui_i18n.remember_language(ctx.local, lang, demo_vault.username)
    window.change_language(lang)
    try:
        window.resize(1280, 800)
        window.show_wizard()
        wiz = window.wizard
        wiz.folder_edit.setText(str(tmp_path / "shots-vault"))
        wiz.next_btn.click()
        wiz.user_edit.setText("anna")
        wiz.display_edit.setText("Anna Nowak" if lang == "pl" else "Анна Смирнова")
        qtbot.wait(50)
        shot(window, f"wizard-{lang}")
        window.show_start()
        window.username = demo_vault.username
        window.show_signin(demo_vault.folder)
        window.signin.pw_edit.setText(demo_vault.password)
        window.signin.code_edit.setText(fake_clock.code(demo_vault.totp_secret))
        window.signin.submit()
        qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
        page = window.workspace.customers
        qtbot.waitUntil(lambda: page.model.total == 160 and page.model.is_loaded(0), timeout=10000)
        window.workspace.notices.clear()
        for row in range(60):   # a person with interactions and deals
            if page.model.row_data(row)["kind"] != "person":
                continue
            page.open_row(row)
            qtbot.waitUntil(lambda: page.detail.record is not None, timeout=5000)
            if page.detail_data.get("interactions") and page.detail_data.get("deals"):
                break
        page.table.selectRow(row)
        qtbot.wait(250)
        shot(window, f"workspace-{lang}")
        window.lock()
    finally:
        ui_i18n.install_language("en")
