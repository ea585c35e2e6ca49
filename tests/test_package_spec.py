"""The bundle leaves out the PySide6 modules the app does not use (packaging/vaultcrm.spec,
QT_UNUSED): a module that ui/ imports must never be on that list, or the installed app fails
when the screen that needs it opens (the dashboard's QtCharts, the attachment viewer's QtPdf)."""
from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def excluded_qt_modules() -> set[str]:
    spec = (ROOT / "packaging" / "vaultcrm.spec").read_text(encoding="utf-8")
    block = re.search(r"QT_UNUSED = \[(.*?)\]", spec, re.S)
    assert block, "QT_UNUSED not found in packaging/vaultcrm.spec"
    return set(re.findall(r'"(Qt\w+)"', block.group(1)))


def imported_qt_modules() -> dict[str, str]:
    found = {}
    for path in sorted((ROOT / "ui").rglob("*.py")) + [ROOT / "main.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6."):
                names = [node.module]
            elif isinstance(node, ast.ImportFrom) and node.module == "PySide6":
                names = [f"PySide6.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names if a.name.startswith("PySide6.")]
            for name in names:
                found.setdefault(name.split(".")[1], str(path.relative_to(ROOT)))
    return found


def test_every_qt_module_the_app_imports_is_in_the_bundle():
    used, left_out = imported_qt_modules(), excluded_qt_modules()
    assert {"QtCharts", "QtPdf", "QtPdfWidgets"} <= set(used)
    wrongly = {m: where for m, where in used.items() if m in left_out}
    assert not wrongly, f"the bundle leaves out modules the app imports: {wrongly}"
