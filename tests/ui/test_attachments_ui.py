"""Attachments in the customer detail pane and the deal dialog (issue 16), driven through the real
widgets: add (file picker and drop), view a PDF and an image inside the app, Save a copy (audited),
delete (asked first), a file over the limit refused with a clear message; and the leak scan: after
viewing, the file's bytes are nowhere on disk outside the encrypted vault."""
from __future__ import annotations

import base64
import os
import tempfile
import time
from pathlib import Path

import platformdirs
import pytest
import shiboken6
from fpdf import FPDF
from PySide6.QtCore import QBuffer, QIODevice, QMimeData, QPointF, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from app import settings
from app.audit import query
from app.records import create_customer, deals
from tests.ui.conftest import open_first, sign_in, wait_idle
from ui import dialogs


@pytest.fixture
def one_customer(vault_info):
    s = vault_info.sign_in()
    try:
        vault_info.cid = create_customer(s, {"given_name": "Ada", "family_name": "Attach"})
        vault_info.did = deals.create_deal(s, vault_info.cid, {"title": "Engine", "amount_minor": 100})
    finally:
        s.close()
    return vault_info


def make_pdf(marker: str) -> bytes:
    pdf = FPDF()
    pdf.set_compression(False)  # the marker stays readable in the file's bytes
    pdf.add_page()
    pdf.set_font("helvetica", size=14)
    pdf.cell(text=f"Offer {marker}")
    return bytes(pdf.output())


def make_png(marker: str) -> bytes:
    img = QImage(40, 30, QImage.Format.Format_RGB32)
    img.fill(QColor("teal"))
    img.setText("Comment", marker)
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    img.save(buf, "PNG")
    return bytes(buf.data())


def panel_of(qtbot, page):
    qtbot.waitUntil(lambda: getattr(page.detail, "attachments", None) is not None
                    and page.detail.attachments.isVisibleTo(page.detail), timeout=10000)
    return page.detail.attachments


def rows_shown(page) -> int:
    panel = getattr(page.detail, "attachments", None)
    return panel.model.rowCount() if panel is not None and shiboken6.isValid(panel.model) else -1


def add_through_picker(qtbot, page, path: Path, rows: int):
    """Add with the file picker; the pane follows the change (its section is rebuilt): the new one."""
    with dialogs.scripted([str(path)]):
        qtbot.mouseClick(panel_of(qtbot, page).add_btn, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: rows_shown(page) == rows, timeout=10000)
    return panel_of(qtbot, page)


def select(qtbot, panel, name: str) -> None:
    row = next(i for i, a in enumerate(panel.model.items) if a["name"] == name)
    panel.table.setFocus()
    panel.table.selectRow(row)
    qtbot.waitUntil(lambda: panel.current() is not None and panel.current()["name"] == name, timeout=2000)


def view(qtbot, panel, name: str):
    select(qtbot, panel, name)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.viewer is not None and panel.viewer.isVisible(), timeout=10000)
    return panel.viewer


def actions(ctx, session) -> list[str]:
    return [e["action"] for e in ctx.worker.submit(query, session, limit=100).result(timeout=10)["entries"]]


def test_add_view_save_a_copy_and_delete(window, qtbot, qtmodeltester, one_customer, ctx, tmp_path):
    ws = sign_in(qtbot, window, one_customer)
    page = ws.customers
    open_first(qtbot, page)
    panel = panel_of(qtbot, page)
    assert "No files attached yet." in panel.empty.text() and panel.empty.isVisibleTo(panel)
    pdf, png = tmp_path / "offer.pdf", tmp_path / "scan.png"
    pdf.write_bytes(make_pdf("hello"))
    png.write_bytes(make_png("hello"))
    add_through_picker(qtbot, page, pdf, 1)
    panel = add_through_picker(qtbot, page, png, 2)
    qtmodeltester.check(panel.model)
    assert {panel.model.index(r, 0).data() for r in range(2)} == {"offer.pdf", "scan.png"}

    viewer = view(qtbot, panel, "offer.pdf")
    qtbot.waitUntil(lambda: viewer.document.status() == QPdfDocument.Status.Ready, timeout=10000)
    assert viewer.document.pageCount() == 1 and "hello" in viewer.document.getAllText(0).text()
    viewer.reject()
    assert viewer.buffer.size() == 0  # the decrypted bytes are dropped on close
    viewer = view(qtbot, panel, "scan.png")
    assert viewer.image is not None and (viewer.image.width(), viewer.image.height()) == (40, 30)
    viewer.reject()

    select(qtbot, panel, "scan.png")
    copy = tmp_path / "out" / "copy.png"
    copy.parent.mkdir()
    with dialogs.scripted([str(copy)]):
        qtbot.mouseClick(panel.save_btn, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(copy.exists, timeout=10000)
    assert copy.read_bytes() == png.read_bytes()
    qtbot.waitUntil(lambda: "Saved a copy to" in panel.note.text(), timeout=5000)

    select(qtbot, panel, "offer.pdf")
    with dialogs.scripted([True]) as shown:
        qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
        qtbot.waitUntil(lambda: rows_shown(page) == 1, timeout=10000)
    assert shown[0][0] == "confirm" and "offer.pdf" in shown[0][2]
    wait_idle(qtbot, ctx)
    done = actions(ctx, window.session)
    for action in ("attachment.add", "attachment.view", "attachment.export", "attachment.delete"):
        assert action in done


def test_a_file_over_the_limit_is_refused_with_a_clear_message(window, qtbot, one_customer, ctx, tmp_path):
    s = one_customer.sign_in()
    try:
        settings.VaultSettings(s).set("attachments.max_file_mb", 1)
    finally:
        s.close()
    ws = sign_in(qtbot, window, one_customer)
    page = ws.customers
    open_first(qtbot, page)
    panel = panel_of(qtbot, page)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF-" + b"0" * (3 << 19))
    with dialogs.scripted([str(big)]):
        qtbot.mouseClick(panel.add_btn, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel.note.isVisibleTo(panel) and "MB" in panel.note.text(), timeout=10000)
    assert "The file is 1.5 MB; attachments may be at most 1.0 MB each" in panel.note.text()
    assert panel.model.rowCount() == 0


def test_a_file_dropped_on_the_deal_dialog_is_attached_to_the_deal(window, qtbot, one_customer, ctx, tmp_path):
    ws = sign_in(qtbot, window, one_customer)
    page = ws.customers
    open_first(qtbot, page)
    qtbot.waitUntil(lambda: one_customer.did in page.detail.deal_buttons, timeout=10000)
    qtbot.mouseClick(page.detail.deal_buttons[one_customer.did], Qt.MouseButton.LeftButton)
    dlg = page.deal_dialog
    panel = dlg.attachments
    qtbot.waitUntil(lambda: panel.empty.isVisibleTo(dlg), timeout=10000)
    f = tmp_path / "invoice.pdf"
    f.write_bytes(make_pdf("invoice"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f))])
    enter = QDragEnterEvent(panel.rect().center(), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(panel.rect().center()), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel, drop)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)
    assert panel.model.items[0]["deal_id"] == one_customer.did
    # the customer's pane lists it too, with the deal's title
    qtbot.waitUntil(lambda: rows_shown(page) == 1, timeout=10000)
    pane = panel_of(qtbot, page)
    assert pane.model.index(0, 0).data() == "invoice.pdf · Engine"
    dlg.reject()


# ----------------------------------------------------------------------------- the leak scan
def _places(vault_folder: Path) -> list[Path]:
    qt = [QStandardPaths.writableLocation(loc) for loc in (
        QStandardPaths.StandardLocation.CacheLocation, QStandardPaths.StandardLocation.GenericCacheLocation,
        QStandardPaths.StandardLocation.TempLocation, QStandardPaths.StandardLocation.AppDataLocation,
        QStandardPaths.StandardLocation.AppLocalDataLocation, QStandardPaths.StandardLocation.ConfigLocation)]
    dirs = [tempfile.gettempdir(), vault_folder, platformdirs.user_cache_dir("VaultCRM"),
            platformdirs.user_config_dir("VaultCRM"), platformdirs.user_data_dir("VaultCRM"),
            platformdirs.user_state_dir("VaultCRM"), *qt]
    return sorted({Path(d) for d in dirs if d and Path(d).exists()})


def _scan(places: list[Path], needles: list[bytes], since: float, vault_folder: Path) -> list[str]:
    """Files under ``places`` holding a needle: every file of the vault folder, and elsewhere every
    file written since the test started (a leak made by viewing is newer than that)."""
    found = []
    for base in places:
        for root, _dirs, files in os.walk(base):
            for name in files:
                p = Path(root) / name
                try:
                    st = p.lstat()
                    if not p.is_file() or st.st_size > 256 << 20:
                        continue
                    if vault_folder not in p.parents and st.st_mtime < since and st.st_ctime < since:
                        continue
                    data = p.read_bytes()
                except OSError:
                    continue
                if any(n in data for n in needles):
                    found.append(str(p))
    return found


def test_viewing_leaves_the_files_bytes_nowhere_outside_the_vault(window, qtbot, one_customer, ctx, tmp_path):
    since = time.time() - 1
    marker = f"zqleak{os.urandom(6).hex()}q"
    ws = sign_in(qtbot, window, one_customer)
    page = ws.customers
    open_first(qtbot, page)
    panel = panel_of(qtbot, page)
    for name, data, rows in (("leak.pdf", make_pdf(marker), 1), ("leak.png", make_png(marker), 2)):
        src = tmp_path / "incoming" / name
        src.parent.mkdir(exist_ok=True)
        src.write_bytes(data)
        assert marker.encode() in data
        panel = add_through_picker(qtbot, page, src, rows)
        src.unlink()  # the user's own file is theirs; what is scanned is what the app wrote
    viewer = view(qtbot, panel, "leak.pdf")
    qtbot.waitUntil(lambda: viewer.document.status() == QPdfDocument.Status.Ready, timeout=10000)
    assert marker in viewer.document.getAllText(0).text()
    viewer.reject()
    viewer = view(qtbot, panel, "leak.png")
    assert viewer.image is not None and viewer.image.text("Comment") == marker
    viewer.reject()
    wait_idle(qtbot, ctx)
    raw = marker.encode()
    needles = [raw, raw.hex().encode(), *(base64.b64encode(b"x" * k + raw)[4:4 + 12] for k in range(3))]
    vault_folder = Path(one_customer.path)
    places = _places(vault_folder)
    assert vault_folder in places or any(p in vault_folder.parents for p in places)
    assert _scan(places, needles, since, vault_folder) == []
    # the scanner finds a copy where there is one (so an empty result means something)
    (tmp_path / "planted.bin").write_bytes(b"..." + raw + b"...")
    assert _scan(places, needles, since, vault_folder) == [str(tmp_path / "planted.bin")]
