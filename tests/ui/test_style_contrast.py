"""Issue 12: drop-down lists showed the highlighted item white on white. Every state of the styled
widgets is rendered offscreen with the app's style sheet and the text must stand out from its
background by a WCAG contrast ratio of at least 4.5."""
from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLineEdit, QMenu, QPushButton, QTableView, QVBoxLayout, QWidget

MIN_RATIO = 4.5


def _luminance(c: QColor) -> float:
    def ch(v: int) -> float:
        v = v / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * ch(c.red()) + 0.7152 * ch(c.green()) + 0.0722 * ch(c.blue())


def _ratio(a: QColor, b: QColor) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def contrast(image: QImage, rect: QRect | None = None) -> float:
    """Background = the commonest colour in ``rect``; text = the pixel that differs most from it."""
    rect = rect or image.rect()
    counts: Counter = Counter()
    for y in range(rect.top(), rect.bottom() + 1):
        for x in range(rect.left(), rect.right() + 1):
            counts[image.pixel(x, y)] += 1
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(_ratio(background, QColor.fromRgb(p)) for p in counts)


def _inner(rect: QRect, dx: int = 6, dy: int = 4) -> QRect:
    return rect.adjusted(dx, dy, -dx, -dy)


def dark_desktop_palette() -> QPalette:
    """What a user on a dark desktop theme hands the app: light text, dark bases."""
    p = QPalette()
    R = QPalette.ColorRole
    for role, colour in ((R.Window, "#2b2b2b"), (R.WindowText, "#f0f0f0"), (R.Base, "#1e1e1e"),
                         (R.AlternateBase, "#262626"), (R.Text, "#f0f0f0"), (R.Button, "#353535"),
                         (R.ButtonText, "#f0f0f0"), (R.Highlight, "#3daee9"), (R.HighlightedText, "#ffffff"),
                         (R.ToolTipBase, "#2b2b2b"), (R.ToolTipText, "#f0f0f0"), (R.PlaceholderText, "#a0a0a0")):
        p.setColor(role, QColor(colour))
    return p


@pytest.fixture(params=["light desktop", "dark desktop"])
def styled(qapp, qtbot, request):
    from ui.application import apply_style

    old = qapp.palette()
    if request.param == "dark desktop":
        qapp.setPalette(dark_desktop_palette())
    apply_style(qapp)
    request.addfinalizer(lambda: (qapp.setPalette(old), apply_style(qapp)))
    host = QWidget()
    host.setLayout(QVBoxLayout())
    qtbot.addWidget(host)
    host.resize(400, 300)
    return host


def _grab(widget, rect: QRect | None = None) -> float:
    img = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return contrast(img, _inner(rect or widget.rect()))


def test_combo_popup_items_keep_contrast_normal_hover_and_selected(styled, qtbot):
    combo = QComboBox()
    combo.addItems(["Customer", "Lead", "Prospect", "Inactive"])
    styled.layout().addWidget(combo)
    styled.show()
    qtbot.waitExposed(styled)
    assert _grab(combo) >= MIN_RATIO, "closed combo"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_F4)  # opens the list as a user does from the keyboard
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=2000)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the highlight moves to "Lead"
    vp = view.viewport()
    model = combo.model()
    highlighted = view.currentIndex().row()
    assert highlighted == 1
    results = {}
    for row in range(model.rowCount()):
        results[row] = _grab(vp, view.visualRect(model.index(row, 0)))
    qtbot.mouseMove(vp, view.visualRect(model.index(2, 0)).center())  # hover "Prospect"
    qtbot.wait(50)
    results["hover"] = _grab(vp, view.visualRect(model.index(2, 0)))
    low = {k: round(v, 2) for k, v in results.items() if v < MIN_RATIO}
    assert not low, f"combo popup items without contrast (row: ratio): {low}"
    qtbot.keyClick(view, Qt.Key.Key_Escape)


@pytest.mark.parametrize("name", ["", "primary", "danger"])
def test_buttons_keep_contrast_in_every_state(styled, qtbot, name):
    btn = QPushButton("Save changes")
    btn.setObjectName(name)
    styled.layout().addWidget(btn)
    styled.show()
    qtbot.waitExposed(styled)
    states = {"normal": _grab(btn)}
    qtbot.mouseMove(btn, btn.rect().center())
    qtbot.wait(50)
    states["hover"] = _grab(btn)
    qtbot.mousePress(btn, Qt.MouseButton.LeftButton)
    states["pressed"] = _grab(btn)
    qtbot.mouseRelease(btn, Qt.MouseButton.LeftButton)
    btn.setEnabled(False)
    states["disabled"] = _grab(btn)
    low = {k: round(v, 2) for k, v in states.items() if v < MIN_RATIO}
    assert not low, f"button {name or 'plain'}: {low}"


def test_line_edit_table_selection_and_menu_keep_contrast(styled, qtbot):
    edit = QLineEdit()
    styled.layout().addWidget(edit)
    model = QStandardItemModel(3, 2)
    for r in range(3):
        for c in range(2):
            model.setItem(r, c, QStandardItem(f"Łukasz Żytnia {r}{c}"))
    table = QTableView()
    table.setModel(model)
    styled.layout().addWidget(table)
    styled.show()
    qtbot.waitExposed(styled)
    qtbot.keyClicks(edit, "Main Street 12")
    states = {"line edit": _grab(edit)}
    table.setFocus()
    table.selectRow(1)
    vp = table.viewport()
    states["table row"] = _grab(vp, table.visualRect(model.index(0, 0)))
    states["table selected row"] = _grab(vp, table.visualRect(model.index(1, 0)))
    table.clearFocus()
    edit.setFocus()
    states["table selected row, unfocused"] = _grab(vp, table.visualRect(model.index(1, 0)))
    menu = QMenu(styled)
    acts = [menu.addAction(t) for t in ("Users…", "Profiles…", "Audit log…")]
    menu.popup(styled.mapToGlobal(styled.rect().center()))
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    menu.setActiveAction(acts[1])
    states["menu item"] = _grab(menu, menu.actionGeometry(acts[0]))
    states["menu item highlighted"] = _grab(menu, menu.actionGeometry(acts[1]))
    menu.close()
    low = {k: round(v, 2) for k, v in states.items() if v < MIN_RATIO}
    assert not low, low
