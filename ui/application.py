"""Start the desktop app."""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


def run(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    window = QMainWindow()
    window.setWindowTitle(QApplication.translate("App", "VaultCRM"))
    window.setCentralWidget(QLabel(QApplication.translate("App", "VaultCRM")))
    window.resize(900, 600)
    window.show()
    return app.exec()
