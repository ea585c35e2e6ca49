"""The shell: start screen, --demo, the error hook, keyboard, accessible names, tab order."""
from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLineEdit, QSpinBox

from app.errors import PermissionDenied
from tests.ui.conftest import activate, sign_in, wait_idle
from ui import dialogs


def test_start_screen_lists_recent_vaults_only_as_paths(window, ctx, vault_info, qtbot, tmp_path):
    ctx.remember_vault(vault_info.path)
    ctx.remember_vault(tmp_path / "gone")
    window.show_start()
    items = [window.start.recent.item(i) for i in range(window.start.recent.count())]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in items] == [str(tmp_path / "gone"), str(vault_info.path)]
    assert "not found" in items[0].text()
    assert not (items[0].flags() & Qt.ItemFlag.ItemIsEnabled)
    window.start.recent.itemActivated.emit(items[1])
    assert window.signin is not None and window.signin.folder == vault_info.path
    stored = ctx.local.path.read_text()
    assert "admin" not in stored and str(vault_info.path) in stored
    # opening a folder that is not a vault says so
    with dialogs.scripted([str(tmp_path)]) as shown:
        window.show_start()
        window.start.open_btn.click()
    assert shown[-1][0] == "error"


def test_demo_vault_signs_in_with_generated_customers(window, ctx, qtbot, tmp_path, fake_clock):
    from app import demo

    info = ctx.worker.call(demo.make_demo_vault, tmp_path / "demo", 60)
    assert info.customers == 60
    window.show_demo_signin(info)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=10000)
    page = window.workspace.customers
    qtbot.waitUntil(lambda: page.model.total == 60, timeout=10000)
    assert any("demo" in n.text() for n in window.workspace.notices.findChildren(type(page.count_label)))
    window.lock()
    # after a lock the demo form is filled in again
    assert window.signin.pw_edit.text() == info.password and len(window.signin.code_edit.text()) == 6
    wait_idle(qtbot, ctx)


def test_excepthook_shows_a_message_not_a_traceback(window, qtbot):
    from ui.common.errors import install_excepthook

    old = sys.excepthook
    install_excepthook()
    try:
        with dialogs.scripted() as shown:
            exc = PermissionDenied("Your profile (Sales) does not allow this: Export customers.")
            sys.excepthook(type(exc), exc, None)
            boom = RuntimeError("internal detail")
            sys.excepthook(type(boom), boom, None)
    finally:
        sys.excepthook = old
    assert shown[0] == ("error", "Not allowed", "Your profile (Sales) does not allow this: Export customers.")
    assert shown[1][0] == "error" and "internal detail" not in shown[1][2] and "RuntimeError" in shown[1][2]


def _unnamed(root) -> list[str]:
    out = []
    for cls in (QLineEdit, QComboBox, QSpinBox, QAbstractItemView):
        for w in root.findChildren(cls):
            if isinstance(w, QHeaderView):
                continue
            if w.isVisibleTo(root) and not w.accessibleName() and not isinstance(w.parent(), (QComboBox,)) \
                    and not (w.parent() is not None and isinstance(w.parent().parent(), QSpinBox)):
                out.append(f"{type(w).__name__} {w.objectName()}")
    return out


def test_keyboard_tab_order_and_accessible_names(window, qtbot, vault_info, ctx):
    window.show_signin(vault_info.path)
    p = window.signin
    assert _unnamed(p) == []
    chain = [p.user_edit]
    for _ in range(4):
        chain.append(chain[-1].nextInFocusChain())
        while not chain[-1].focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain[-1] = chain[-1].nextInFocusChain()
    assert chain == [p.user_edit, p.pw_edit, p.code_edit, p.recovery_box, p.sign_in_btn]
    ws = sign_in(qtbot, window, vault_info)
    assert _unnamed(ws) == []
    activate(qtbot, window)
    qtbot.keyClick(ws.customers.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert ws.customers.search.hasFocus()
    wait_idle(qtbot, ctx)


def test_wizard_fields_are_named(window):
    window.show_wizard()
    assert _unnamed(window.wizard) == []


def test_french_translation_applies(ctx, qtbot, tmp_path, built_translations):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from ui.application import RESOURCES
    from ui.signin.panel import SignInPanel

    tr = QTranslator()
    assert tr.load(str(RESOURCES / "translations" / "vaultcrm_fr.qm"))
    QCoreApplication.installTranslator(tr)
    try:
        panel = SignInPanel(ctx, tmp_path)
        qtbot.addWidget(panel)
        assert panel.title.text() == "Se connecter"
        assert panel.sign_in_btn.text() == "Se connecter"
    finally:
        QCoreApplication.removeTranslator(tr)


def test_main_demo_process_opens_a_filled_workspace():
    """`python main.py --demo` as a newcomer runs it: a throwaway vault, signed in, customers listed."""
    import os
    import subprocess

    from tests.conftest import ROOT

    env = dict(os.environ, VAULTCRM_EXIT_WHEN_SHOWN="1", QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--demo"], env=env, capture_output=True,
                          text=True, timeout=180, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "shown workspace 240 customers" in proc.stdout
    assert "Traceback" not in proc.stderr


# ------------------------------------------------------------------ issue 12: the shell as a user meets it
def _click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _button(root, text: str):
    from PySide6.QtWidgets import QAbstractButton

    found = [b for b in root.findChildren(QAbstractButton) if b.text().replace("&", "") == text and b.isVisible()]
    assert len(found) == 1, (text, [b.text() for b in root.findChildren(QAbstractButton) if b.isVisible()])
    return found[0]


def _visible_button_texts(root) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton

    return [b.text().replace("&", "") for b in root.findChildren(QAbstractButton) if b.isVisible()]


def test_saving_a_backup_location_in_settings_does_not_run_a_backup(window, qtbot, vault_info, ctx, tmp_path):
    from ui.settings_dialog import SettingsDialog

    sign_in(qtbot, window, vault_info)
    wait_idle(qtbot, ctx)
    target = tmp_path / "backups"
    target.mkdir()
    window.act_settings.trigger()
    dlg = window.findChild(SettingsDialog)
    qtbot.waitUntil(lambda: not dlg.busy.isVisible() and bool(dlg.values), timeout=10000)
    field = dlg.widgets["backup.target_url"]
    field.setFocus()
    qtbot.keyClicks(field, str(target))
    _click(qtbot, _button(dlg, "Save"))
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=10000)
    wait_idle(qtbot, ctx)
    qtbot.wait(2500)  # the window's one-second tick runs scheduled backups: two ticks pass
    wait_idle(qtbot, ctx)
    assert not window._backup_running
    assert list(target.iterdir()) == [], "saving the settings started a backup"
    # the user is told when backups will run instead
    assert "Back up now" in window.status.currentMessage()


def test_first_window_fits_the_screen_and_remembers_place_and_user(ctx, qtbot, vault_info):
    from PySide6.QtCore import QRect

    from ui.application import open_main_window

    w = open_main_window(ctx)
    qtbot.addWidget(w)
    avail = w.screen().availableGeometry()
    assert avail.size().toTuple() == (1366, 768)
    assert avail.contains(w.frameGeometry()), (w.frameGeometry(), avail)
    bar = w.statusBar()
    assert bar.isVisible()
    assert avail.contains(QRect(bar.mapToGlobal(bar.rect().topLeft()), bar.size()))
    assert w.windowTitle() == "VaultCRM"
    sign_in(qtbot, w, vault_info)
    assert w.windowTitle() == f"{vault_info.path.name} — VaultCRM"
    w.resize(1000, 600)
    w.move(40, 30)
    moved = w.geometry()
    wait_idle(qtbot, ctx)
    w.close()
    # the next start: same size and place, the vault's sign-in panel with the last user name filled in
    w2 = open_main_window(ctx)
    qtbot.addWidget(w2)
    w2.open_last_vault()
    assert w2.geometry() == moved
    assert w2.signin is not None and w2.signin.user_edit.text() == vault_info.user
    assert w2.signin.pw_edit.hasFocus() or w2.focusWidget() is w2.signin.pw_edit
    # a place on a screen that is no longer there (a second monitor unplugged) is not restored
    w2.move(3000, 2000)
    w2.close()
    w3 = open_main_window(ctx)
    qtbot.addWidget(w3)
    assert avail.contains(w3.frameGeometry()), w3.frameGeometry()
    w3.close()


def test_file_dialogs_start_in_the_documents_folder_not_the_programs(window, qtbot, vault_info, ctx):
    from PySide6.QtCore import QStandardPaths

    from tests.conftest import ROOT

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    ws = sign_in(qtbot, window, vault_info)
    page = ws.open_admin("audit")
    with dialogs.scripted([""]) as shown:
        _click(qtbot, _button(page, "Export…"))
    start = shown[-1][2]
    assert start.startswith(documents) and not start.startswith(str(ROOT)), start
    wait_idle(qtbot, ctx)


def test_backup_progress_ends_with_the_whole_result_and_no_cancel(window, qtbot, vault_info, ctx, tmp_path):
    from ui.common.backup import BackupDialog

    sign_in(qtbot, window, vault_info)
    wait_idle(qtbot, ctx)
    window.act_backup.trigger()
    dlg = window.workspace.findChild(BackupDialog)
    target = tmp_path / "backups"
    target.mkdir()
    dlg.target.clear()
    qtbot.keyClicks(dlg.target, str(target))
    _click(qtbot, _button(dlg, "Back up"))
    qtbot.waitUntil(lambda: dlg.result_label.isVisible(), timeout=60000)
    assert "Cancel" not in _visible_button_texts(dlg)
    assert not dlg.panel.label.text().endswith("…"), dlg.panel.label.text()
    assert dlg.panel.bar.value() == dlg.panel.bar.maximum()
    result = dlg.result_label
    assert result.text().startswith("Backed up and verified") and result.wordWrap()
    assert result.heightForWidth(result.width()) <= result.height(), "the result sentence is cut off"
    assert result.minimumSizeHint().width() <= result.width(), "a word of the result is cut off"
    _click(qtbot, _button(dlg, "Close"))
    wait_idle(qtbot, ctx)


def test_export_shows_no_cancel_once_finished(window, qtbot, vault_info, ctx, tmp_path):
    from app.records import create_customer

    s = vault_info.sign_in()
    create_customer(s, {"given_name": "Ada", "family_name": "Lovelace"})
    s.close()
    ws = sign_in(qtbot, window, vault_info)
    ws.actions_by_name["exportCustomers"].trigger()
    exp = ws.customers.export_dialog
    with dialogs.scripted([str(tmp_path / "out.csv")]):
        _click(qtbot, _button(exp, "Export…"))
        qtbot.waitUntil(lambda: exp.result is not None, timeout=10000)
    assert "Cancel" not in _visible_button_texts(exp)
    assert "Close" in _visible_button_texts(exp)
    assert exp.note.text().startswith("Exported 1 customer") and "1 customers" not in exp.note.text()
    assert not exp.progress.label.text().endswith("…"), exp.progress.label.text()
    wait_idle(qtbot, ctx)


def test_error_messages_reach_people_as_sentences(window, qtbot):
    """Messages raised mid-sentence ("no user named …") start with a capital letter on screen; the
    CLI keeps printing them after "error: " as written."""
    from app.errors import NotFoundError, user_message
    from ui.common.errors import install_excepthook

    old = sys.excepthook
    install_excepthook()
    try:
        with dialogs.scripted() as shown:
            exc = NotFoundError("no user named 'ola'")
            sys.excepthook(type(exc), exc, None)
    finally:
        sys.excepthook = old
    assert shown[0][2] == "No user named 'ola'"
    assert user_message(exc, capital=False) == "no user named 'ola'"
