"""Issue 11: one place refreshes the screens from ``Changes``. A write updates the list and the
detail pane without a new audited view of the customer, and a write made elsewhere (another dialog,
sync later) reaches the open views the same way."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app.ops import records as ops
from app.records import create_customer
from tests.ui.conftest import activate, sign_in, wait_idle


def views_of(vault_info, cid: int) -> int:
    s = vault_info.sign_in()
    try:
        rows = s.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'customer.view' AND entity_id = ?",
                              (str(cid),)).fetchone()
        return rows[0]
    finally:
        s.close()


def test_an_edit_refreshes_list_and_detail_without_a_new_view_entry(window, qtbot, vault_info, ctx):
    s = vault_info.sign_in()
    cid = create_customer(s, {"given_name": "Olga", "family_name": "Nowak", "status": "lead"})
    s.close()
    page = sign_in(qtbot, window, vault_info).customers
    qtbot.waitUntil(lambda: page.model.total == 1 and page.model.is_loaded(0), timeout=10000)
    activate(qtbot, window)
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.waitUntil(lambda: page.detail.record is not None, timeout=10000)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)     # Enter edits the highlighted customer
    qtbot.waitUntil(lambda: getattr(page, "editor", None) is not None and page.editor.isVisible(), timeout=5000)
    ed = page.editor
    ed.fields["job_title"].setText("Head buyer")
    ed.save()
    qtbot.waitUntil(lambda: page.detail.record.get("job_title") == "Head buyer", timeout=5000)
    page.log_interaction("call", "Asked about the spring catalogue")
    qtbot.waitUntil(lambda: any(i["summary"] == "Asked about the spring catalogue"
                                for i in (page.detail_data or {}).get("interactions", [])), timeout=5000)
    wait_idle(qtbot, ctx)
    # another part of the app (a dialog, sync later) changes the record the pane shows
    seen = []
    ctx.changes.changed.connect(seen.append)
    ctx.changes.run(ops.update, window.session, cid, {"status": "customer"}, page.detail.record["version"])
    qtbot.waitUntil(lambda: page.detail.record.get("status") == "customer", timeout=5000)
    qtbot.waitUntil(lambda: (page.model.row_data(0) or {}).get("status") == "customer", timeout=5000)
    assert seen and cid in seen[0].customers
    wait_idle(qtbot, ctx)
    window.lock()
    qtbot.waitUntil(lambda: window.workspace is None, timeout=10000)
    wait_idle(qtbot, ctx)  # the lock itself runs on the worker: the vault is free once it has run
    assert views_of(vault_info, cid) == 1  # opening it was a view; following three changes was not


def test_a_deleted_record_leaves_the_pane(window, qtbot, vault_info, ctx):
    s = vault_info.sign_in()
    cid = create_customer(s, {"display_name": "Petra Malá"})
    create_customer(s, {"display_name": "Someone Else"})
    s.close()
    page = sign_in(qtbot, window, vault_info).customers
    qtbot.waitUntil(lambda: page.model.total == 2 and page.model.is_loaded(0), timeout=10000)
    page.open_customer(cid)
    qtbot.waitUntil(lambda: page.detail.record is not None, timeout=10000)
    ctx.changes.run(ops.delete, window.session, cid, None)
    qtbot.waitUntil(lambda: page.detail.record is None and page.model.total == 1, timeout=5000)
