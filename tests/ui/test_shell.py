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


def test_french_translation_applies(ctx, qtbot, tmp_path):
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
