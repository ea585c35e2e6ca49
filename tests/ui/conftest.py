"""Fixtures for the offscreen widget tests: an app context on a temp config, a main window,
and helpers that drive the real sign-in panel against a real vault."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SMALL_SCREEN = os.path.join(os.path.dirname(__file__), "screen-1366x768.json")


@pytest.fixture(scope="session")
def qapp_args():
    """Every widget test runs on one offscreen 1366x768 screen, the smallest laptop screen the app
    must fit (issue 12: tests/ui/test_fits_small_screen.py)."""
    return ["vaultcrm-tests", "-platform", f"offscreen:configfile={SMALL_SCREEN}"]


@pytest.fixture(autouse=True, scope="session")
def speaks_english_as_the_app_does(qapp, built_translations):
    """The app installs its English file at start (ui.application.load_translations): it holds
    the English plural forms ("1 customer", "2 customers"), so the widgets under test read as
    a user reads them."""
    from ui.i18n import install_language

    install_language("en")


@pytest.fixture(autouse=True)
def collect_garbage_on_the_gui_thread():
    """As in the app (ui.application.collect_on_gui_thread): no automatic collection, which could
    run on the database worker and destroy Qt objects there; collect here, on the GUI thread."""
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    yield
    gc.collect()
    if was_enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def no_unexpected_dialogs():
    """Every message box goes through ui.dialogs: under a script they never block offscreen, and an
    error message nobody expected fails the test (a test that expects one scripts it itself)."""
    from ui import dialogs

    with dialogs.scripted() as shown:
        yield shown
    unexpected = [s for s in shown if s[0] in ("error", "warning")]
    assert not unexpected, f"unexpected error dialogs: {unexpected}"


@pytest.fixture
def ctx(tmp_path, qapp):
    from app.settings import LocalSettings
    from ui.application import apply_style, make_context
    from vault import kdf

    apply_style(qapp)
    c = make_context(local=LocalSettings(tmp_path / "config" / "settings.json"), kdf_params=kdf.FLOOR)
    yield c
    c.tasks.forget()
    c.worker.shutdown()


@pytest.fixture
def window(ctx, qtbot):
    from ui.main_window import MainWindow

    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1200, 780)
    w.show()
    yield w
    w.close()


def fill_signin(panel, user: str, password: str, code: str) -> None:
    panel.user_edit.setText(user)
    panel.pw_edit.setText(password)
    panel.code_edit.setText(code)


def sign_in(qtbot, window, vault_info, user: str | None = None, secret: str | None = None,
            password: str | None = None):
    """Open the vault's sign-in panel and sign in through it; returns the workspace."""
    window.show_signin(vault_info.path)
    fill_signin(window.signin, user or vault_info.user, password or vault_info.password,
                vault_info.clock.code(secret or vault_info.totp_secret))
    window.signin.submit()
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=15000)
    return window.workspace


def wait_idle(qtbot, ctx, timeout: int = 10000) -> None:
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=timeout)


def activate(qtbot, window) -> None:
    """Make the window active (offscreen needs a push) so its shortcuts fire."""
    import warnings

    from PySide6.QtWidgets import QApplication

    window.raise_()
    window.activateWindow()
    if not window.isActiveWindow():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            QApplication.setActiveWindow(window)
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def open_first(qtbot, page) -> None:
    """Open the first customer of the list in the detail pane."""
    qtbot.waitUntil(lambda: page.model.total >= 1 and page.model.is_loaded(0), timeout=10000)
    page.open_row(0)
    qtbot.waitUntil(lambda: page.detail.record is not None, timeout=10000)


def detail_text(detail) -> str:
    """What the customer detail pane shows, as text."""
    from PySide6.QtWidgets import QLabel

    return "\n".join(w.text() for w in detail.findChildren(QLabel) if w.isVisibleTo(detail))
