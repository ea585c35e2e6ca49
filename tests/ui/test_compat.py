"""The PySide6 6.12 / Python 3.11 reference-count guard keeps long sessions alive."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QLabel


class _Emitter(QObject):
    fired = Signal(bool)


def test_many_void_calls_and_bool_signals_do_not_abort(qtbot):
    import ui.compat

    label = QLabel()
    box = QCheckBox()
    box.toggled.connect(lambda _on: None)
    e = _Emitter()
    e.fired.connect(lambda _v: None)
    for i in range(50_000):   # more than None's, True's or False's natural reference count
        label.setText("x")
        box.setChecked(i % 2 == 0)
        e.fired.emit(i % 2 == 0)
    if sys.version_info < (3, 12):
        assert ui.compat._APPLIED
    assert sys.getrefcount(None) > 1000 and sys.getrefcount(True) > 1000 and sys.getrefcount(False) > 1000
