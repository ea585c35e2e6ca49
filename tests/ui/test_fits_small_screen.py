"""Issue 12: at 1366x768 the first window was taller than the screen (the status bar off-screen) and
texts were cut off. Every window and dialog a user reaches is opened on the tests' 1366x768
screen (tests/ui/conftest.py) and checked: the window lies inside the screen's available area,
and each visible label and button shows its whole text (its size hint fits its width, or it
wraps, or it elides with the whole text in a tooltip) inside its parent.

Not opened here: the forgotten-password dialog (its panel is being written in issue 12 by another
engineer) and the enrolment dialog (it needs a fresh authenticator secret; test_admin opens it)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget

from app.records import create_customer
from tests.ui.conftest import open_first, sign_in, wait_idle
from ui import dialogs

CHECKED: list[str] = []


def _problems(top: QWidget) -> list[str]:
    out = []
    CHECKED.append(type(top).__name__)
    avail = top.screen().availableGeometry()
    if not avail.contains(top.frameGeometry()):
        out.append(f"{type(top).__name__} {top.frameGeometry()} outside the screen {avail}")
    for w in top.findChildren(QWidget):
        if not isinstance(w, (QLabel, QAbstractButton)) or not w.isVisibleTo(top) or not w.text():
            continue
        name = f"{type(top).__name__}/{type(w).__name__} {w.text()[:40]!r}"
        CHECKED.append(name)
        parent = w.parentWidget()
        inside_scroll = any(isinstance(a, QAbstractScrollArea) for a in _ancestors(w, top))
        if parent is not None and not inside_scroll and not parent.rect().contains(w.geometry()):
            out.append(f"{name}: {w.geometry()} outside its parent {parent.rect()}")
        if isinstance(w, QLabel) and w.wordWrap():
            if w.heightForWidth(w.width()) > w.height() + 2:
                out.append(f"{name}: wrapped text cut off ({w.heightForWidth(w.width())} > {w.height()})")
            continue
        if w.sizeHint().width() > w.width() + 1 and not w.toolTip():
            out.append(f"{name}: needs {w.sizeHint().width()} px, has {w.width()}")
    return out


def _ancestors(w: QWidget, top: QWidget):
    p = w.parentWidget()
    while p is not None and p is not top:
        yield p
        p = p.parentWidget()


def _dialog(cls):
    for w in QApplication.topLevelWidgets():
        if isinstance(w, cls) and w.isVisible():
            return w
    return None


def walk(qtbot, ctx, vault_info, tmp_path, visit) -> None:
    """Open every window and dialog a user reaches and call ``visit(top)`` on each, shown."""
    from ui.application import open_main_window
    from ui.common.backup import BackupDialog
    from ui.common.password_dialog import ChangePasswordDialog
    from ui.common.restore import RestoreDialog
    from ui.settings_dialog import SettingsDialog
    from ui.workspace.bin import BinDialog
    from ui.workspace.deal_editor import DealDialog
    from ui.workspace.duplicates import DuplicatesDialog
    from ui.workspace.editor import CustomerEditor
    from ui.workspace.transfer import ExportDialog, ImportDialog

    s = vault_info.sign_in()
    create_customer(s, {"given_name": "Łukasz", "family_name": "Żółkiewski", "emails": [
        {"label": "work", "value": "lukasz@example.com"}], "phones": [{"label": "mobile", "value": "+48 601 234 567"}]})
    s.close()
    w = open_main_window(ctx)
    qtbot.addWidget(w)
    assert w.screen().availableGeometry().size().toTuple() == (1366, 768)

    def check(top):
        qtbot.waitUntil(top.isVisible, timeout=5000)
        qtbot.wait(30)  # layouts settle
        visit(top)

    def open_(trigger, cls, close=True):
        trigger()
        qtbot.waitUntil(lambda: _dialog(cls) is not None, timeout=5000)
        dlg = _dialog(cls)
        check(dlg)
        if close:
            dlg.close()
        return dlg

    check(w)                                                              # start page
    open_(w.restore_from_backup, RestoreDialog)                           # restore from the start page
    w.show_wizard()
    check(w)                                                              # the wizard's first page
    w.show_signin(vault_info.path)
    check(w)                                                              # sign-in
    ws = sign_in(qtbot, w, vault_info)
    page = ws.customers
    open_first(qtbot, page)
    check(w)                                                              # workspace with the detail pane
    open_(w.act_settings.trigger, SettingsDialog)
    open_(w.act_password.trigger, ChangePasswordDialog)
    open_(w.act_backup.trigger, BackupDialog)
    open_(page.new_customer, CustomerEditor)
    open_(page.edit_current, CustomerEditor)
    open_(page.show_bin, BinDialog)
    open_(page.find_duplicates, DuplicatesDialog)
    with dialogs.scripted([""]):
        open_(page.export_customers, ExportDialog)
    src = tmp_path / "people.csv"
    src.write_text("First Name,Last Name,E-mail Address\nAda,Lovelace,ada@example.com\n", encoding="utf-8")
    with dialogs.scripted([str(src)]):
        dlg = open_(page.import_customers, ImportDialog, close=False)
    wait_idle(qtbot, ctx)  # the preview and mapping are shown
    check(dlg)                                                            # the import mapping
    dlg.close()
    deal_btn = [b for b in page.detail.findChildren(QAbstractButton) if b.objectName() == "newDeal"
                or b.text().replace("&", "").startswith("New deal")]
    if deal_btn:
        open_(lambda: qtbot.mouseClick(deal_btn[0], Qt.MouseButton.LeftButton), DealDialog)
    for which in ("users", "profiles", "audit", "alerts"):
        ws.open_admin(which)
        wait_idle(qtbot, ctx)
        check(w)
    wait_idle(qtbot, ctx)
    w.close()


def test_every_window_and_dialog_fits_1366x768(ctx, qtbot, vault_info, tmp_path):
    problems: list[str] = []
    walk(qtbot, ctx, vault_info, tmp_path, lambda top: problems.extend(_problems(top)))
    assert not problems, "\n".join(problems)
    windows = {"RestoreDialog", "SettingsDialog", "ChangePasswordDialog", "BackupDialog", "CustomerEditor",
               "BinDialog", "DuplicatesDialog", "ExportDialog", "ImportDialog", "MainWindow"}
    assert windows <= set(CHECKED) and len(CHECKED) > 200, sorted(set(CHECKED))[:20]
