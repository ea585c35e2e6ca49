"""Import with a bad row (mapping preview, progress, the rejected row reported) and export."""
from __future__ import annotations

import json

from app.records.importing import BATCH
from tests.ui.conftest import sign_in, wait_idle
from ui import dialogs

CSV = ("First Name,Last Name,E-mail Address,Company,Notes\n"
       "Ada,Lovelace,ada@example.com,Analytical Ltd,first\n"
       "Bad,Row,not-an-email,,second\n"
       "Grace,Hopper,grace@example.com,Navy,third\n")


def test_import_with_a_bad_row_then_export(window, qtbot, vault_info, ctx, tmp_path):
    ws = sign_in(qtbot, window, vault_info)
    page = ws.customers
    qtbot.waitUntil(lambda: page.model.generation is not None, timeout=5000)
    src = tmp_path / "contacts.csv"
    src.write_text(CSV, encoding="utf-8")
    with dialogs.scripted([str(src)]):
        ws.actions_by_name["importCustomers"].trigger()
        dlg = page.import_dialog
        dlg.choose()
    qtbot.waitUntil(lambda: dlg.mapping.rowCount() == 5, timeout=10000)
    targets = dlg.mapping.mapping()
    assert targets["First Name"] == "given_name" and targets["E-mail Address"].startswith("email")
    assert "1 would be refused" in dlg.preview_note.text()
    assert dlg.ok.isEnabled()
    dlg.start()
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=10000)
    assert dlg.report.imported == 2 and dlg.report.skipped == 1
    assert dlg.errors.rowCount() == 1
    assert "not an email" in dlg.errors.rows[0]["reason"] or "e-mail" in dlg.errors.rows[0]["reason"].lower()
    assert "2 imported, 1 not imported" in dlg.summary.text()
    qtbot.waitUntil(lambda: page.model.total == 2, timeout=5000)
    dlg.accept()
    out = tmp_path / "out.json"
    ws.actions_by_name["exportCustomers"].trigger()
    exp = page.export_dialog
    exp.format.setCurrentIndex(exp.format.findData("json"))
    with dialogs.scripted([str(out)]):
        exp.start()
    qtbot.waitUntil(lambda: exp.result is not None, timeout=10000)
    assert exp.result == 2
    data = json.loads(out.read_text(encoding="utf-8"))
    assert sorted(c["display_name"] for c in data["customers"]) == ["Ada Lovelace", "Grace Hopper"]
    wait_idle(qtbot, ctx)


def test_import_cancel_stops_between_batches(window, qtbot, vault_info, ctx, tmp_path):
    ws = sign_in(qtbot, window, vault_info)
    page = ws.customers
    src = tmp_path / "many.csv"
    src.write_text("First Name,Last Name,E-mail Address\n" + "".join(
        f"P{i},Person{i},p{i}@example.com\n" for i in range(3 * BATCH)), encoding="utf-8")
    page.import_customers()
    dlg = page.import_dialog
    dlg.load(str(src))
    qtbot.waitUntil(lambda: dlg.ok.isEnabled(), timeout=30000)
    dlg.start()
    dlg.progress.buttons.rejected.emit()        # Cancel, as the user presses it
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=30000)
    assert dlg.report.cancelled and dlg.report.imported < 3 * BATCH
    assert dlg.summary.text().startswith("Cancelled.")
    wait_idle(qtbot, ctx)


def test_locking_during_an_import_stops_it_and_closes_the_vault(window, qtbot, vault_info, ctx, tmp_path):
    ws = sign_in(qtbot, window, vault_info)
    session = window.session
    src = tmp_path / "many.csv"
    src.write_text("First Name,Last Name,E-mail Address\n" + "".join(
        f"P{i},Person{i},p{i}@example.com\n" for i in range(3 * BATCH)), encoding="utf-8")
    page = ws.customers
    page.import_customers()
    dlg = page.import_dialog
    dlg.load(str(src))
    qtbot.waitUntil(lambda: dlg.ok.isEnabled(), timeout=30000)
    dlg.start()
    job = dlg.job
    window.lock()
    assert job.cancelled
    qtbot.waitUntil(lambda: not session.is_open, timeout=30000)
    wait_idle(qtbot, ctx)


def test_closing_the_import_dialog_stops_its_preview(window, qtbot, vault_info, ctx, tmp_path, monkeypatch):
    """The preview checks every record of the file on the database worker; closing the dialog
    stops it between batches, so a big file does not hold the worker for minutes."""
    from app.ops import transfer

    ws = sign_in(qtbot, window, vault_info)
    page = ws.customers
    src = tmp_path / "many.csv"
    src.write_text("First Name,Last Name,E-mail Address\n" + "".join(
        f"P{i},Person{i},p{i}@example.com\n" for i in range(6 * BATCH)), encoding="utf-8")
    reports = []
    real = transfer.preview

    def recording(*args, **kwargs):
        out = real(*args, **kwargs)
        reports.append(out["report"])
        return out

    monkeypatch.setattr(transfer, "preview", recording)
    page.import_customers()
    dlg = page.import_dialog
    dlg.load(str(src))
    dlg.reject()                                # closed while the preview runs
    qtbot.waitUntil(lambda: len(reports) == 1, timeout=30000)
    assert reports[0].cancelled and reports[0].imported < 6 * BATCH
    wait_idle(qtbot, ctx)
