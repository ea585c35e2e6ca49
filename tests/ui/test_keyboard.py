"""Issue 12: the customers workspace from the keyboard. The detail pane follows the highlighted row
(arrows, PageDown, clicks), Delete asks about the highlighted customer, a new customer is selected
and shown, Enter and double-click open the editor, Tab leaves the e-mail box, Escape asks before
dropping typed changes, Ctrl+Z undoes a delete (and stays text undo in a text box), and the other
lists (bin, duplicates, deals, consents, preferences) work from the keyboard too."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.records import create_customer
from app.records.deals import add_preference, create_deal
from tests.ui.conftest import activate, sign_in, wait_idle
from ui import dialogs

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def listed(vault_info):
    s = vault_info.sign_in()
    try:
        for i in range(30):
            create_customer(s, {"given_name": f"Anna{i:02d}", "family_name": "Kowalska", "status": "lead",
                                "emails": [f"anna{i:02d}@example.pl"]})
    finally:
        s.close()
    return vault_info


def ready(qtbot, window, info, total=30):
    page = sign_in(qtbot, window, info).customers
    qtbot.waitUntil(lambda: page.model.total == total and page.model.is_loaded(0), timeout=10000)
    activate(qtbot, window)
    return page


def name_at(page, row: int) -> str:
    return page.model.row_data(row)["display_name"]


def shown(page) -> str | None:
    return page.detail.record["display_name"] if page.detail.record else None


def click_row(qtbot, page, row: int, double: bool = False) -> None:
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if double:   # QTest's double click is only the second click's events: the first click came above
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_pane_follows_arrows_and_page_down(window, qtbot, listed):
    page = ready(qtbot, window, listed)
    click_row(qtbot, page, 0)
    qtbot.waitUntil(lambda: shown(page) == name_at(page, 0), timeout=5000)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: shown(page) == name_at(page, 1), timeout=5000)
    qtbot.keyClick(page.table, Qt.Key.Key_PageDown)
    row = page.table.currentIndex().row()
    assert row > 1
    qtbot.waitUntil(lambda: shown(page) == name_at(page, row), timeout=5000)
    qtbot.keyClick(page.table, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: shown(page) == name_at(page, row - 1), timeout=5000)


def test_delete_asks_about_the_highlighted_row(window, qtbot, listed):
    page = ready(qtbot, window, listed)
    click_row(qtbot, page, 3)
    qtbot.waitUntil(lambda: shown(page) == name_at(page, 3), timeout=5000)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)     # Delete at once, before the pane has caught up
    target = name_at(page, 4)
    with dialogs.scripted([True]) as asked:
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked[0][0] == "confirm" and target in asked[0][2] and name_at(page, 3) not in asked[0][2]
    qtbot.waitUntil(lambda: page.model.total == 29 and page.model.is_loaded(0), timeout=5000)
    assert all(name_at(page, r) != target for r in range(29))
    assert any(name_at(page, r) == name_at(page, 3) for r in range(29))


def test_a_new_customer_is_selected_and_shown(window, qtbot, listed):
    page = ready(qtbot, window, listed)
    click_row(qtbot, page, 0)
    qtbot.waitUntil(lambda: shown(page) == name_at(page, 0), timeout=5000)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: getattr(page, "editor", None) is not None and page.editor.isVisible(), timeout=3000)
    ed = page.editor
    qtbot.keyClicks(ed.fields["given_name"], "Zofia")
    qtbot.keyClicks(ed.fields["family_name"], "Nowak")
    qtbot.mouseClick(ed.buttons.button(ed.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.total == 31 and shown(page) == "Zofia Nowak", timeout=5000)
    qtbot.waitUntil(lambda: page.table.currentIndex().isValid()
                    and name_at(page, page.table.currentIndex().row()) == "Zofia Nowak", timeout=5000)
    assert [name_at(page, i.row()) for i in page.table.selectionModel().selectedRows()] == ["Zofia Nowak"]


def test_enter_and_double_click_open_the_editor(window, qtbot, listed):
    page = ready(qtbot, window, listed)
    click_row(qtbot, page, 2)
    qtbot.waitUntil(lambda: shown(page) == name_at(page, 2), timeout=5000)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(page, "editor", None) is not None and page.editor.isVisible(), timeout=5000)
    assert page.editor.record["display_name"] == name_at(page, 2)
    qtbot.keyClick(page.editor, Qt.Key.Key_Escape)          # nothing typed: closes without a question
    assert not page.editor.isVisible()
    click_row(qtbot, page, 5, double=True)
    qtbot.waitUntil(lambda: page.editor.isVisible() and page.editor.record["display_name"] == name_at(page, 5),
                    timeout=5000)
    qtbot.keyClick(page.editor, Qt.Key.Key_Escape)
    assert shown(page) == name_at(page, 5)


def test_tab_leaves_the_email_box_and_escape_asks_when_something_was_typed(window, qtbot, listed):
    page = ready(qtbot, window, listed)
    qtbot.keyClick(page.table, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: getattr(page, "editor", None) is not None and page.editor.isVisible(), timeout=3000)
    ed = page.editor
    activate(qtbot, ed)
    emails, phones = ed.fields["emails"], ed.fields["phones"]
    emails.setFocus()
    qtbot.keyClicks(emails, "ola@example.pl")
    qtbot.keyClick(emails, Qt.Key.Key_Tab)
    assert emails.toPlainText() == "ola@example.pl"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is phones, timeout=2000)
    qtbot.keyClick(phones, Qt.Key.Key_Tab)
    assert phones.toPlainText() == ""
    with dialogs.scripted([False]) as asked:     # keep editing
        qtbot.keyClick(ed, Qt.Key.Key_Escape)
    assert asked and asked[0][0] == "confirm" and asked[0][1] == "Discard changes?"
    assert ed.isVisible()
    with dialogs.scripted([True]):
        qtbot.keyClick(ed, Qt.Key.Key_Escape)
    assert not ed.isVisible()
    qtbot.wait(200)
    assert page.model.total == 30


def test_ctrl_z_undoes_a_delete_but_is_text_undo_in_a_text_box(window, qtbot, listed, ctx):
    page = ready(qtbot, window, listed)
    click_row(qtbot, page, 1)
    gone = name_at(page, 1)
    with dialogs.scripted([True]):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.total == 29, timeout=5000)
    wait_idle(qtbot, ctx)
    page.tag_filter.setFocus()
    qtbot.keyClicks(page.tag_filter, "x")
    qtbot.keyClick(page.tag_filter, Qt.Key.Key_Z, CTRL)      # the text box's own undo
    assert page.tag_filter.text() == ""
    qtbot.wait(400)
    wait_idle(qtbot, ctx)
    assert page.model.total == 29
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: page.model.total == 30 and shown(page) == gone, timeout=5000)


def test_the_bin_and_the_duplicates_from_the_keyboard(window, qtbot, listed, ctx):
    s = listed.sign_in()
    try:
        create_customer(s, {"given_name": "Anna00", "family_name": "Kowalska-Nowak", "emails": ["anna00@example.pl"]})
    finally:
        s.close()
    page = ready(qtbot, window, listed, total=31)
    click_row(qtbot, page, 0)
    with dialogs.scripted([True]):
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.total == 30, timeout=5000)
    page.show_bin()
    b = page.bin_dialog
    qtbot.waitUntil(lambda: b.model.rowCount() == 1, timeout=5000)
    b.view.setFocus()
    qtbot.keyClick(b.view, Qt.Key.Key_Down)
    qtbot.keyClick(b.view, Qt.Key.Key_Return)                  # Enter restores the highlighted one
    qtbot.waitUntil(lambda: page.model.total == 31 and b.model.rowCount() == 0, timeout=5000)
    b.reject()
    page.find_duplicates()
    d = page.duplicates_dialog
    qtbot.waitUntil(lambda: d.loaded and d.group_list.count() == 1, timeout=10000)
    qtbot.keyClick(d.group_list, Qt.Key.Key_Return)            # Enter moves on to the records
    assert QApplication.focusWidget() is d.member_list or d.member_list.hasFocus() or not d.isActiveWindow()
    with dialogs.scripted([False]) as asked:
        qtbot.keyClick(d.member_list, Qt.Key.Key_Return)       # Enter on the record to keep: Merge…
    assert asked and asked[0][1] == "Merge customers"
    d.reject()


def test_deals_and_preferences_in_the_pane_from_the_keyboard(window, qtbot, vault_info, ctx):
    s = vault_info.sign_in()
    try:
        cid = create_customer(s, {"given_name": "Jan", "family_name": "Dvořák"})
        create_deal(s, cid, {"title": "Kancelářský papír", "amount_minor": "1250.00", "currency": "CZK"})
        add_preference(s, cid, "Delivery", "mornings only")
    finally:
        s.close()
    page = ready(qtbot, window, vault_info, total=1)
    click_row(qtbot, page, 0)
    qtbot.waitUntil(lambda: bool(page.detail.deal_buttons and page.detail.preference_buttons), timeout=5000)
    deal_btn = next(iter(page.detail.deal_buttons.values()))
    deal_btn.setFocus()
    qtbot.keyClick(deal_btn, Qt.Key.Key_Return)                # Enter on a deal opens it
    qtbot.waitUntil(lambda: getattr(page, "deal_dialog", None) is not None and page.deal_dialog.isVisible(),
                    timeout=5000)
    page.deal_dialog.reject()
    pref_btn = next(iter(page.detail.preference_buttons.values()))
    pref_btn.setFocus()
    with dialogs.scripted([False]) as asked:                   # Delete on a preference: the same question
        qtbot.keyClick(pref_btn, Qt.Key.Key_Delete)
    assert asked and asked[0][1] == "Remove preference"
    wait_idle(qtbot, ctx)


def test_small_forms_tab_on_and_ask_before_dropping_what_was_typed(window, qtbot, vault_info, ctx):
    s = vault_info.sign_in()
    try:
        create_customer(s, {"given_name": "Eva", "family_name": "Svobodová"})
    finally:
        s.close()
    page = ready(qtbot, window, vault_info, total=1)
    click_row(qtbot, page, 0)
    qtbot.waitUntil(lambda: page.detail.preference_btn is not None and page.detail.consent_btn is not None,
                    timeout=5000)
    page.detail.consent_btn.setFocus()
    qtbot.keyClick(page.detail.consent_btn, Qt.Key.Key_Return)      # Enter on a pane button presses it
    qtbot.waitUntil(lambda: getattr(page, "consent_dialog", None) is not None and page.consent_dialog.isVisible(),
                    timeout=3000)
    qtbot.keyClick(page.consent_dialog, Qt.Key.Key_Escape)          # nothing typed: no question
    assert not page.consent_dialog.isVisible()
    page.detail.preference_btn.setFocus()
    qtbot.keyClick(page.detail.preference_btn, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(page, "preference_dialog", None) is not None
                    and page.preference_dialog.isVisible(), timeout=3000)
    dlg = page.preference_dialog
    qtbot.keyClicks(dlg.notes_edit, "mornings")
    qtbot.keyClick(dlg.notes_edit, Qt.Key.Key_Tab)
    assert dlg.notes_edit.toPlainText() == "mornings"
    with dialogs.scripted([False]) as asked:
        qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert asked and asked[0][1] == "Discard changes?" and dlg.isVisible()
    with dialogs.scripted([True]):
        qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible()
    wait_idle(qtbot, ctx)
