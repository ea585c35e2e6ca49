"""The customer workspace: list, detail, create/edit/conflict/delete/undo, search, clipboard,
and locking that leaves no customer text anywhere."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QLineEdit, QPlainTextEdit, QTextEdit

from app.records import create_customer, get_customer, update_customer
from tests.ui.conftest import activate, sign_in, wait_idle
from ui import dialogs

NAMES = ["Zelda Quartermain", "Yusuf Brightwater", "Xenia Oakhurst"]


@pytest.fixture
def filled(vault_info):
    s = vault_info.sign_in()
    try:
        ids = [create_customer(s, {"given_name": n.split()[0], "family_name": n.split()[1], "status": "customer",
                                   "emails": [f"{n.split()[0].lower()}@example.com"], "tags": ["vip"],
                                   "tax_id": "TAX-4242"}) for n in NAMES]
        for i in range(40):
            create_customer(s, {"company_name": f"Filler Company {i:03d}", "kind": "company", "status": "lead"})
    finally:
        s.close()
    vault_info.ids = ids
    return vault_info


def page_of(window):
    return window.workspace.customers


def wait_rows(qtbot, page, n):
    qtbot.waitUntil(lambda: page.model.total == n and page.model.is_loaded(0), timeout=10000)


def open_by_name(qtbot, page, name):
    row = next(r for r in range(page.model.total) if (page.model.row_data(r) or {}).get("display_name") == name)
    page.table.setCurrentIndex(page.model.index(row, 0))   # the pane follows the highlighted row
    qtbot.waitUntil(lambda: page.detail.record is not None and page.detail.record["display_name"] == name,
                    timeout=10000)
    return row


def all_text() -> str:
    out = []
    for w in QApplication.allWidgets():
        for cls, get in ((QLabel, QLabel.text), (QLineEdit, QLineEdit.text), (QPlainTextEdit, QPlainTextEdit.toPlainText),
                         (QTextEdit, QTextEdit.toPlainText)):
            if isinstance(w, cls):
                out.append(get(w))
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            m = w.model()
            for r in range(min(m.rowCount(), 500)):
                for c in range(m.columnCount()):
                    out.append(str(m.data(m.index(r, c))))
        out.append(w.windowTitle())
        out.append(w.toolTip())
    return "\n".join(out)


def test_list_detail_and_lock_leaves_no_customer_text(window, qtbot, filled, ctx):
    ws = sign_in(qtbot, window, filled)
    page = page_of(window)
    wait_rows(qtbot, page, 43)
    qtbot.waitUntil(lambda: page.count_label.text() == "43 customers", timeout=5000)
    open_by_name(qtbot, page, "Zelda Quartermain")
    assert page.detail.name.text() == "Zelda Quartermain"
    # sensitive values masked until Reveal (audited)
    assert page.detail.sensitive_labels["tax_id"].text() == "••••"
    page.detail.reveal_btn.click()
    qtbot.waitUntil(lambda: page.detail.revealed, timeout=5000)
    assert page.detail.sensitive_labels["tax_id"].text() == "TAX-4242"
    assert "Zelda" in all_text() and "TAX-4242" in all_text()
    # log an interaction from the detail pane: it shows in the timeline
    page.detail.kind_box.setCurrentIndex(page.detail.kind_box.findData("call"))
    page.detail.summary_edit.setText("Called about the Quartermain renewal")
    qtbot.keyClick(page.detail.summary_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Called about the Quartermain renewal" in all_text() and page.detail.record is not None
                    and bool(page.detail.record.get("last_contact_at")), timeout=5000)
    # lock: only the sign-in panel; nothing of the customer anywhere
    window.lock()
    qtbot.wait(50)
    qtbot.wait(50)
    assert window.workspace is None and window.stack.currentWidget() is window.signin
    text = all_text()
    for needle in ("Zelda", "Quartermain", "Yusuf", "TAX-4242", "zelda@example.com", "Filler Company"):
        assert needle not in text
    assert ws is not None
    wait_idle(qtbot, ctx)


def test_search_and_filters(window, qtbot, filled):
    sign_in(qtbot, window, filled)
    page = page_of(window)
    wait_rows(qtbot, page, 43)
    page.search.setText("quarterm")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=5000)
    assert page.model.row_data(0)["display_name"] == "Zelda Quartermain"
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.total == 43, timeout=5000)
    page.status_filter.setCurrentIndex(page.status_filter.findData("lead"))
    qtbot.waitUntil(lambda: page.model.total == 40, timeout=5000)
    page.status_filter.setCurrentIndex(0)
    page.tag_filter.setText("vip")
    qtbot.waitUntil(lambda: page.model.total == 3, timeout=5000)
    # sorting by name descending
    page.tag_filter.clear()
    qtbot.waitUntil(lambda: page.model.total == 43, timeout=5000)
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert page.model.sort_key == "-name"
    qtbot.waitUntil(lambda: (page.model.row_data(0) or {}).get("display_name") == "Zelda Quartermain", timeout=5000)
    # column choice is remembered
    page.column_actions["phone"].setChecked(False)
    assert "phone" not in window.ctx.local.get("ui.customer_columns")


def test_create_with_inline_validation_then_edit(window, qtbot, filled):
    sign_in(qtbot, window, filled)
    page = page_of(window)
    wait_rows(qtbot, page, 43)
    activate(qtbot, window)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(page, "editor", None) is not None and page.editor.isVisible(), timeout=3000)
    ed = page.editor
    ed.fields["given_name"].setText("Wanda")
    ed.fields["family_name"].setText("Newcombe")
    ed.fields["emails"].setPlainText("wanda(at)example")
    ed.save()
    qtbot.waitUntil(lambda: ed.errors["emails"].isVisible(), timeout=5000)
    assert "not an email address" in ed.errors["emails"].text()
    assert ed.isVisible()
    ed.fields["emails"].setPlainText("work: wanda@example.com")
    ed.save()
    qtbot.waitUntil(lambda: not ed.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: page.detail.record is not None and page.detail.record["display_name"] == "Wanda Newcombe",
                    timeout=5000)
    qtbot.waitUntil(lambda: page.model.total == 44, timeout=5000)
    assert page.detail.record["emails"] == [{"label": "work", "value": "wanda@example.com"}]
    page.detail.edit_btn.click()
    ed = page.editor
    ed.fields["job_title"].setText("Buyer")
    ed.save()
    qtbot.waitUntil(lambda: page.detail.record.get("job_title") == "Buyer", timeout=5000)
    assert page.detail.record["version"] == 2


def test_conflict_is_explained(window, qtbot, filled, ctx):
    sign_in(qtbot, window, filled)
    page = page_of(window)
    wait_rows(qtbot, page, 43)
    open_by_name(qtbot, page, "Yusuf Brightwater")
    cid = page.detail.record["id"]
    page.detail.edit_btn.click()
    ed = page.editor
    # someone else changes the record meanwhile (on the worker: same vault connection)
    ctx.worker.call(lambda: update_customer(window.session, cid, {"job_title": "Changed elsewhere"},
                                            get_customer(window.session, cid)["version"]))
    ed.fields["job_title"].setText("Mine")
    ed.save()
    qtbot.waitUntil(lambda: ed.reload_btn.isVisible(), timeout=5000)
    assert "since you opened it" in ed.banner.text()
    ed.reload_btn.click()
    qtbot.waitUntil(lambda: ed.fields["job_title"].text() == "Changed elsewhere", timeout=5000)
    ed.reject()


def test_delete_and_undo(window, qtbot, filled):
    sign_in(qtbot, window, filled)
    page = page_of(window)
    wait_rows(qtbot, page, 43)
    open_by_name(qtbot, page, "Xenia Oakhurst")
    with dialogs.scripted([True]) as shown:
        qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert shown[0][0] == "confirm" and "Xenia Oakhurst" in shown[0][2]
    qtbot.waitUntil(lambda: page.model.total == 42, timeout=5000)
    assert page.detail.record is None
    undo = [b for b in window.workspace.notices.findChildren(type(page.new_btn)) if b.text() == "Undo"]
    assert len(undo) == 1
    undo[0].click()
    qtbot.waitUntil(lambda: page.model.total == 43, timeout=5000)
    qtbot.waitUntil(lambda: page.detail.record is not None and page.detail.record["display_name"] == "Xenia Oakhurst",
                    timeout=5000)


def test_clipboard_clears_after_timeout(window, qtbot, filled):
    sign_in(qtbot, window, filled)
    page = page_of(window)
    wait_rows(qtbot, page, 43)
    open_by_name(qtbot, page, "Zelda Quartermain")
    window.clipboard.set_seconds(0.3)
    page.detail.copy_requested.emit("zelda@example.com")
    assert QGuiApplication.clipboard().text() == "zelda@example.com"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=3000)
    # something the user copied meanwhile is left alone
    window.clipboard.copy("zelda@example.com")
    QGuiApplication.clipboard().setText("my own note")
    qtbot.wait(500)
    assert QGuiApplication.clipboard().text() == "my own note"


def test_duplicate_warning_and_the_bin(window, qtbot, filled):
    sign_in(qtbot, window, filled)
    page = page_of(window)
    wait_rows(qtbot, page, 43)
    page.new_customer()
    ed = page.editor
    ed.fields["given_name"].setText("Zel")
    ed.fields["family_name"].setText("Q")
    ed.fields["emails"].setPlainText("zelda@example.com")
    ed.save()
    qtbot.waitUntil(lambda: ed.existing_btn.isVisible(), timeout=5000)
    assert "already have" in ed.banner.text()
    ed.existing_btn.click()
    qtbot.waitUntil(lambda: page.detail.record is not None and page.detail.record["display_name"] ==
                    "Zelda Quartermain", timeout=5000)
    assert page.model.total == 43
    with dialogs.scripted([True]):
        page.delete_current()
    qtbot.waitUntil(lambda: page.model.total == 42, timeout=5000)
    page.show_bin()
    b = page.bin_dialog
    qtbot.waitUntil(lambda: b.model.rowCount() == 1, timeout=5000)
    import datetime as dt

    erased_on = (dt.datetime.now(dt.UTC) + dt.timedelta(days=30)).date().isoformat()
    assert b.model.headerData(3, Qt.Orientation.Horizontal) == "Erased for good on"
    assert b.model.index(0, 3).data() in (erased_on, (dt.date.fromisoformat(erased_on) - dt.timedelta(days=1))
                                          .isoformat())  # around midnight UTC
    b.view.setCurrentIndex(b.model.index(0, 0))
    b.restore()
    qtbot.waitUntil(lambda: page.model.total == 43 and b.model.rowCount() == 0, timeout=5000)


def test_custom_fields_in_the_editor(window, qtbot, vault_info):
    from app.records import define_custom_field

    s = vault_info.sign_in()
    try:
        define_custom_field(s, "segment", "Segment", "choice", choices=["retail", "wholesale"])
        define_custom_field(s, "fleet_size", "Fleet size", "number")
    finally:
        s.close()
    sign_in(qtbot, window, vault_info)
    page = page_of(window)
    qtbot.waitUntil(lambda: len(page.custom_fields) == 2, timeout=5000)
    page.new_customer()
    ed = page.editor
    ed.fields["given_name"].setText("Custom")
    ed.fields["family_name"].setText("Fields")
    ed.fields["custom.segment"].setCurrentIndex(ed.fields["custom.segment"].findData("wholesale"))
    ed.fields["custom.fleet_size"].setText("many")
    ed.save()
    qtbot.waitUntil(lambda: ed.errors["custom.fleet_size"].isVisible(), timeout=5000)
    assert "not a number" in ed.errors["custom.fleet_size"].text()
    ed.fields["custom.fleet_size"].setText("12")
    ed.save()
    qtbot.waitUntil(lambda: page.detail.record is not None and page.detail.record["display_name"] == "Custom Fields",
                    timeout=5000)
    assert page.detail.record["custom"] == {"segment": "wholesale", "fleet_size": "12"}
    page.detail.edit_btn.click()
    ed = page.editor
    assert ed.fields["custom.segment"].currentData() == "wholesale"
    ed.fields["custom.fleet_size"].setText("14")
    ed.save()
    qtbot.waitUntil(lambda: page.detail.record["custom"].get("fleet_size") == "14", timeout=5000)
