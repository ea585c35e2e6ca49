"""Start the desktop app: ``python main.py`` (or ``--demo`` for a throwaway vault with generated
customers)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication

import resources
from app.settings import LocalSettings
from app.worker import DbWorker

from .common.context import AppContext
from .common.errors import install_excepthook
from .common.tasks import Tasks

RESOURCES = resources.path()


def collect_on_gui_thread(app: QApplication, interval_ms: int = 5000) -> None:
    """Python's cyclic garbage collector runs on whichever thread allocates when a threshold is
    crossed: on the database worker it could destroy Qt objects there, which crashes Qt. So the
    automatic collector is off and the GUI thread collects on a timer (as Anki does)."""
    import gc

    gc.disable()
    timer = QTimer(app)
    timer.setObjectName("gc-timer")
    timer.timeout.connect(lambda: gc.collect())
    timer.start(interval_ms)


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0], *(argv or [])])
    if app.findChild(QTimer, "gc-timer") is None:
        collect_on_gui_thread(app)
    app.setApplicationName("VaultCRM")
    app.setOrganizationName("VaultCRM")
    app.setApplicationDisplayName("VaultCRM")
    apply_style(app)
    load_translations(app)
    return app


LIGHT_PALETTE = (  # the style sheet's light theme, whatever the desktop's (a dark one gave white on white)
    ("Window", "#f4f6f9"), ("WindowText", "#1c2b3a"), ("Base", "#ffffff"), ("AlternateBase", "#f8fafc"),
    ("Text", "#1c2b3a"), ("Button", "#ffffff"), ("ButtonText", "#1c2b3a"), ("BrightText", "#ffffff"),
    ("Highlight", "#d6e6f7"), ("HighlightedText", "#1c2b3a"), ("ToolTipBase", "#ffffff"),
    ("ToolTipText", "#1c2b3a"), ("PlaceholderText", "#5f6d7b"), ("Link", "#1f5d99"), ("Mid", "#c5ced8"),
)


def light_palette() -> QPalette:
    palette = QPalette()
    for role, colour in LIGHT_PALETTE:
        palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role in ("WindowText", "Text", "ButtonText"):
        palette.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor("#5f6b78"))
    return palette


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setPalette(light_palette())
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    qss = RESOURCES / "style.qss"
    if qss.exists():
        icons = (RESOURCES / "icons").as_posix()
        app.setStyleSheet(qss.read_text(encoding="utf-8").replace("@ICONS@", icons))
    icon = RESOURCES / "icons" / "vaultcrm.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))


def load_translations(app: QApplication, local: LocalSettings | None = None) -> None:
    """Our words and Qt's own in the language chosen on this machine (or the system's)."""
    from .i18n import chosen_language, install_language

    install_language(chosen_language(local or LocalSettings()))


def make_context(*, local: LocalSettings | None = None, kdf_params=None, demo: bool = False) -> AppContext:
    worker = DbWorker()
    tasks = Tasks(worker)
    return AppContext(worker, tasks, local or LocalSettings(), kdf_params=kdf_params, demo=demo)


def run(argv: list[str]) -> int:
    demo = "--demo" in argv
    app = make_app([a for a in argv if a != "--demo"])
    install_excepthook()
    if demo:
        return _run_demo(app)
    ctx = make_context()
    window = open_main_window(ctx)
    window.open_last_vault()
    if os.environ.get("VAULTCRM_EXIT_WHEN_SHOWN"):  # bench/ui.py: time from process start to sign-in shown
        QTimer.singleShot(0, lambda: (print(f"shown {window.stack.currentWidget().objectName()}", flush=True),
                                      app.quit()))
    try:
        return app.exec()
    finally:
        ctx.worker.shutdown()


def open_main_window(ctx: AppContext):
    """The main window where it was last time (on a screen still there), else sized to the screen."""
    from .main_window import MainWindow

    window = MainWindow(ctx)
    window.place_on_screen()
    window.show()
    return window


def _run_demo(app: QApplication) -> int:
    import tempfile

    from app import demo
    from vault import kdf

    with tempfile.TemporaryDirectory(prefix="vaultcrm-demo-") as tmp:
        local = LocalSettings(Path(tmp) / "settings.json")
        ctx = make_context(local=local, kdf_params=kdf.FLOOR, demo=True)
        window = open_main_window(ctx)
        window.show_busy(QCoreApplication.translate("App", "Preparing a demo vault with generated customers…"))
        ctx.tasks.run(demo.make_demo_vault, Path(tmp) / "vault", on_done=window.show_demo_signin)
        if os.environ.get("VAULTCRM_EXIT_WHEN_SHOWN"):  # smoke test: quit once the customers are listed
            timer = QTimer(window)

            def check():
                ws = window.workspace
                if ws is not None and ws.customers is not None and ws.customers.model.total:
                    print(f"shown workspace {ws.customers.model.total} customers", flush=True)
                    app.quit()

            timer.timeout.connect(check)
            timer.start(50)
        try:
            return app.exec()
        finally:
            window.close()
            ctx.worker.shutdown()
