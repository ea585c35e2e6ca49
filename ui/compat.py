"""Work around a PySide6 6.12.0 defect on Python 3.11: wrapped C++ methods returning ``void``
hand back ``None`` without a new reference, so every such call (``label.setText(…)``) lowers
None's reference count by one, and after a few thousand calls the interpreter aborts with
"none_dealloc: deallocating None". ``Signal.emit()`` does the same with the ``True`` it returns
(and bool arguments delivered to Python slots), ending in "bool_dealloc". Python 3.12+ is
immune (None, True and False are immortal, PEP 683).

We give None, True and False a reference count no session can exhaust (2**40 calls). Applied
once, at import of the ``ui`` package, only where the defect can bite.
"""
from __future__ import annotations

import ctypes
import sys

_APPLIED = False
_BOOST = 1 << 40


def guard_none_refcount() -> bool:
    global _APPLIED
    if _APPLIED or sys.version_info >= (3, 12) or hasattr(sys, "gettotalrefcount"):
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _BOOST
    _APPLIED = True
    return True


def pyside_leaks_singletons() -> dict[str, bool]:
    """Which singletons a Qt call lowers the reference count of (the defect above)."""
    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        fired = Signal()

    obj = _Probe()
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(100):
        obj.setObjectName("x")
        obj.fired.emit()
    return {"None": sys.getrefcount(None) < before[0] - 50, "True": sys.getrefcount(True) < before[1] - 50}
