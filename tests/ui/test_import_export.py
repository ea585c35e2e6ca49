"""Import with a bad row (mapping preview, progress, the rejected row reported) and export."""
from __future__ import annotations

import json
import re

import pytest

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


# ----------------------------------------------------------------------------- issue 12: the import dialog
def open_import(qtbot, ws, path):
    """The import dialog opened from its action, the file chosen with a click on "Choose a file…",
    and its preview done."""
    from PySide6.QtCore import Qt

    ws.actions_by_name["importCustomers"].trigger()
    dlg = ws.customers.import_dialog
    with dialogs.scripted([str(path)]):
        qtbot.mouseClick(dlg.choose_button, Qt.MouseButton.LeftButton)
    wait_preview(qtbot, dlg)
    return dlg


def wait_preview(qtbot, dlg, timeout: int = 20000) -> None:
    qtbot.waitUntil(lambda: dlg.preview_busy.isHidden() and not dlg._repreview_timer.isActive(), timeout=timeout)


def click_import(qtbot, dlg):
    from PySide6.QtCore import Qt

    assert dlg.ok.isEnabled() and dlg.ok.text() == "Import"
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=30000)
    return dlg.report


def choose_by_keys(qtbot, combo, text: str) -> None:
    """Pick an item of a combo box the way a person does with the keyboard: focus it, type the start
    (after a pause: what was typed within the keyboard interval would be searched as one word)."""
    from PySide6.QtWidgets import QApplication

    qtbot.wait(QApplication.keyboardInputInterval() + 50)
    combo.setFocus()
    qtbot.keyClicks(combo, text)


def shown_targets(dlg) -> dict[str, str]:
    """Column → what its combo box shows."""
    return {row["header"]: combo.currentText() for row, combo in zip(dlg.mapping.rows, dlg.mapping.combos,
                                                                      strict=True)}


def importable(dlg) -> int:
    """How many records the preview says can be imported."""
    m = re.match(r"(\d+) records?(?:\(s\))? can be imported", dlg.preview_note.text())
    assert m, dlg.preview_note.text()
    return int(m[1])


def visible_cancels(dlg) -> int:
    from PySide6.QtWidgets import QPushButton

    return sum(1 for b in dlg.findChildren(QPushButton) if b.isVisibleTo(dlg) and b.text() == "Cancel")


@pytest.mark.parametrize("name", ["google-2019.csv", "google-2020.csv"])
def test_google_contacts_csv_imports_through_the_dialog(window, qtbot, vault_info, ctx, tmp_path, name):
    """Import used to fail with "unknown import field 'email_label#1'"; the combo boxes showed ids."""
    from PySide6.QtCore import Qt

    from tests.test_import_real_files import GOOGLE, check_google_people, google_csv

    ws = sign_in(qtbot, window, vault_info)
    src = tmp_path / name
    src.write_bytes(google_csv(GOOGLE[name]))
    dlg = open_import(qtbot, ws, src)
    shown = shown_targets(dlg)
    label_col = "E-mail 1 - Type" if "2019" in name else "E-mail 1 - Label"
    assert shown[label_col] == "E-mail 1 — label" and shown["E-mail 2 - Value"] == "E-mail 2"
    assert shown["Phone 1 - Value"] == "Phone 1" and shown["Address 1 - City"] == "Address 1 — city"
    assert shown["Website 1 - Value"] == "Do not import"
    every_item = {c.itemText(i) for c in dlg.mapping.combos for i in range(c.count())}
    assert {"Given name", "Family name", "Work address — street", "Home address — postcode"} <= every_item
    developer_text = [t for t in every_item if re.search(r"[a-z]_[a-z]|[:#]|^[a-z]", t)]
    assert developer_text == []
    assert importable(dlg) == 2 and dlg.encoding_warning.isHidden()
    # the label column set to "Do not import" with the keyboard: the file is checked again, Import stays
    combo = dlg.mapping.combos[[r["header"] for r in dlg.mapping.rows].index(label_col)]
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    assert combo.currentText() == "Do not import"
    wait_preview(qtbot, dlg)
    assert importable(dlg) == 2 and dlg.ok.isEnabled()
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert not dlg.isVisible()
    # imported with the mapping the preview found
    dlg = open_import(qtbot, ws, src)
    report = click_import(qtbot, dlg)
    assert report.errors == [] and report.imported == 2, report.errors
    ctx.worker.call(check_google_people, window.session, report.imported_ids)
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)   # Close
    assert not dlg.isVisible()
    wait_idle(qtbot, ctx)


POLISH_OUTLOOK = ('"First Name";"Last Name";"Business Street";"Business City";"E-mail Address"\r\n'
                  '"Łukasz";"Wiśniewski";"Żytnia 5";"Łódź";"lukasz@example.pl"\r\n')


def test_the_encoding_is_shown_and_can_be_changed_with_a_live_preview(window, qtbot, vault_info, ctx, tmp_path):
    ws = sign_in(qtbot, window, vault_info)
    src = tmp_path / "outlook.csv"
    src.write_bytes(POLISH_OUTLOOK.encode("cp1250"))
    dlg = open_import(qtbot, ws, src)
    assert dlg.encoding.isEnabled() and dlg.encoding.currentText() == "Central European (Windows-1250)"
    assert dlg.encoding_warning.isHidden()
    examples = {r["header"]: r["sample"] for r in dlg.mapping.rows}
    assert examples["First Name"] == "Łukasz" and examples["Business City"] == "Łódź"
    choose_by_keys(qtbot, dlg.encoding, "Western")           # the user tries another code page
    wait_preview(qtbot, dlg)
    assert dlg.encoding.currentData() == "cp1252"
    examples = {r["header"]: r["sample"] for r in dlg.mapping.rows}
    assert examples["First Name"] == "£ukasz" and examples["Business City"] == "£ódŸ"
    choose_by_keys(qtbot, dlg.encoding, "Central")
    wait_preview(qtbot, dlg)
    assert dlg.encoding.currentData() == "cp1250", dlg.encoding.currentText()
    assert {r["header"]: r["sample"] for r in dlg.mapping.rows}["Business Street"] == "Żytnia 5"
    report = click_import(qtbot, dlg)
    assert report.imported == 1 and report.encoding == "cp1250"
    from app.records import search

    assert [r["display_name"] for r in ctx.worker.call(search, window.session, "lodz")] == ["Łukasz Wiśniewski"]
    dlg.accept()
    unsure = tmp_path / "nordic.csv"
    unsure.write_bytes("name,email\nZoë Ørsted,zoe@example.dk\n".encode("cp1252"))
    dlg = open_import(qtbot, ws, unsure)
    assert dlg.encoding.currentData() == "cp1252" and dlg.encoding_warning.isVisible()
    assert "guessed and may be wrong" in dlg.encoding_warning.text()
    dlg.reject()
    wait_idle(qtbot, ctx)


def test_plain_columns_are_listed_guessed_and_go_to_one_address(window, qtbot, vault_info, ctx, tmp_path):
    """comma_in_quotes.csv (first, last, address, city, zip) was a dead end with an empty table."""
    from tests.test_import_real_files import CSVS

    ws = sign_in(qtbot, window, vault_info)
    dlg = open_import(qtbot, ws, CSVS / "comma_in_quotes.csv")
    assert shown_targets(dlg) == {"first": "Given name", "last": "Family name", "address": "Work address — street",
                                  "city": "Work address — city", "zip": "Work address — postcode"}
    assert dlg.address_label.isVisible() and dlg.address_label.currentText() == "Work address"
    choose_by_keys(qtbot, dlg.address_label, "Home")         # the one address is a home address
    assert set(shown_targets(dlg).values()) >= {"Home address — street", "Home address — city",
                                                "Home address — postcode"}
    wait_preview(qtbot, dlg)
    report = click_import(qtbot, dlg)
    assert report.imported == 1 and report.errors == []
    from app.records import get_customer

    rec = ctx.worker.call(get_customer, window.session, report.imported_ids[0])
    assert rec["display_name"] == "John Doe"
    assert rec["addresses"] == [{"label": "home", "street": "120 any st.", "postcode": "08123",
                                 "city": "Anytown, WW", "region": "", "country": ""}]
    dlg.accept()
    # columns nobody can guess are listed too, and can be given a meaning
    dlg = open_import(qtbot, ws, CSVS / "simple.csv")
    assert shown_targets(dlg) == {"a": "Do not import", "b": "Do not import", "c": "Do not import"}
    assert "Choose below where each column goes" in dlg.preview_note.text() and not dlg.ok.isEnabled()
    choose_by_keys(qtbot, dlg.mapping.combos[0], "Given")
    assert shown_targets(dlg)["a"] == "Given name"
    wait_preview(qtbot, dlg)
    assert importable(dlg) == 1
    assert click_import(qtbot, dlg).imported == 1
    wait_idle(qtbot, ctx)


def test_import_shows_one_cancel_and_export_none_once_finished(window, qtbot, vault_info, ctx, tmp_path):
    from PySide6.QtCore import Qt

    ws = sign_in(qtbot, window, vault_info)
    src = tmp_path / "many.csv"
    src.write_text("First Name,Last Name,E-mail Address\n" + "".join(
        f"P{i},Person{i},p{i}@example.com\n" for i in range(3 * BATCH)), encoding="utf-8")
    dlg = open_import(qtbot, ws, src)
    assert visible_cancels(dlg) == 1                         # before: the dialog's own
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    assert dlg.stack.currentIndex() == 1 and visible_cancels(dlg) == 1   # during: the progress's only
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=60000)
    assert visible_cancels(dlg) == 0 and dlg.ok.text() == "Close"
    qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    ws.actions_by_name["exportCustomers"].trigger()
    exp = ws.customers.export_dialog
    with dialogs.scripted([str(tmp_path / "out.csv")]):
        qtbot.mouseClick(exp.buttons.button(exp.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert visible_cancels(exp) <= 1
    qtbot.waitUntil(lambda: exp.result is not None, timeout=60000)
    assert exp.result == 3 * BATCH and visible_cancels(exp) == 0
    wait_idle(qtbot, ctx)
