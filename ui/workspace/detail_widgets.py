"""The detail pane's small widgets, made so the pane never cuts anything off and works from the
keyboard: value labels that wrap and never widen the pane, buttons that Enter presses (and Delete
asks to delete their row), e-mail and phone links that elide to the room they have."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

NAME_COLUMN_MAX = 150     # the label column of a section (e.g. "Email", a date); it wraps beyond
LINK_MIN_WIDTH = 60


def shrinkable(w: QWidget) -> QWidget:
    """Let the layout give the widget less width than its text wants (it wraps or elides)."""
    pol = w.sizePolicy()
    pol.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    w.setSizePolicy(pol)
    return w


def value_label(text: str) -> QLabel:
    """A section's value: wrapped, selectable, never wider than the pane (a long word is cut at the
    pane's edge and shown whole in the tooltip)."""
    val = QLabel(text)
    val.setWordWrap(True)
    val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if len(text) > 40:
        val.setToolTip(text)
    return shrinkable(val)


def name_label(text: str) -> QLabel:
    """A section's row label (muted, top-aligned by the caller), wrapped past NAME_COLUMN_MAX."""
    name = QLabel(text)
    name.setObjectName("muted")
    name.setWordWrap(True)
    name.setMaximumWidth(NAME_COLUMN_MAX)
    return name


class PaneButton(QPushButton):
    """A button of the pane: Enter presses it (as Space does); with ``on_delete``, the Delete key
    runs its row's delete (which asks the same question as the button that deletes)."""

    def __init__(self, text: str, accessible: str = "", object_name: str = "",
                 on_delete: Callable[[], None] | None = None, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.on_delete = on_delete
        self.setAccessibleName(accessible or text)
        if object_name:
            self.setObjectName(object_name)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        plain = not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            return
        if plain and event.key() == Qt.Key.Key_Delete and self.on_delete is not None:
            self.on_delete()
            return
        super().keyPressEvent(event)


class LinkButton(PaneButton):
    """An e-mail address or phone number as a link: the whole value in the tooltip, elided in the
    middle when the pane is narrow."""

    def __init__(self, value: str, accessible: str, parent: QWidget | None = None):
        super().__init__(value, accessible, "link", parent=parent)
        self.value = value
        self.setToolTip(value)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("QPushButton { text-align: left; border: none; background: transparent; "
                           "color: #1a5fb4; text-decoration: underline; padding: 2px; }")
        shrinkable(self)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        hint = super().sizeHint()
        return QSize(self.fontMetrics().horizontalAdvance(self.value) + 12, hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(LINK_MIN_WIDTH, super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        text = self.fontMetrics().elidedText(self.value, Qt.TextElideMode.ElideMiddle, max(0, self.width() - 12))
        if text != self.text():
            self.setText(text)
