"""Small reusable widgets: strength meter, QR code, busy bar, inline messages, headings."""
from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QVBoxLayout, QWidget

from app.flows.passwords import PasswordFeedback


class Heading(QLabel):
    def __init__(self, text: str, level: int = 1, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setObjectName("heading" if level == 1 else "subheading")
        self.setWordWrap(True)


class Logo(QLabel):
    """The app's mark (resources/icons/vaultcrm.svg), for the cards of the start and sign-in screens."""

    def __init__(self, size: int = 44, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtGui import QIcon

        import resources

        path = resources.path("icons", "vaultcrm.svg")
        if path.exists():
            self.setPixmap(QIcon(str(path)).pixmap(size, size))
        self.setAccessibleName("VaultCRM")


class Note(QLabel):
    """A wrapped explanatory line; ``kind``: info, error, warning, success."""

    def __init__(self, text: str = "", kind: str = "info", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.set_kind(kind)

    def set_kind(self, kind: str) -> None:
        self.setProperty("kind", kind)
        self.setObjectName("note")
        self.style().unpolish(self)
        self.style().polish(self)

    def show_text(self, text: str, kind: str | None = None) -> None:
        if kind:
            self.set_kind(kind)
        self.setText(text)
        self.setVisible(bool(text))


class StrengthMeter(QWidget):
    """A five-step bar, the zxcvbn label, and the policy's reasons (which must be empty)."""

    COLOURS = ("#c0392b", "#e67e22", "#f1c40f", "#27ae60", "#1e8449")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName(self.tr("Password strength"))
        self.label = QLabel()
        self.label.setObjectName("strengthLabel")
        self.reasons = Note(kind="error")
        self.hints = Note(kind="info")
        top = QHBoxLayout()
        top.addWidget(self.bar, 1)
        top.addWidget(self.label)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.reasons)
        lay.addWidget(self.hints)
        self.show_feedback(PasswordFeedback())

    def show_feedback(self, fb: PasswordFeedback, empty: bool = True) -> None:
        self.bar.setValue(fb.score if not empty else 0)
        colour = self.COLOURS[fb.score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; border-radius: 3px; }}")
        self.label.setText("" if empty else fb.label)  # the Qt-free layer speaks the same language
        reasons = [self.tr("Not accepted: {0}.").format("; ".join(fb.reasons))] if fb.reasons and not empty else []
        if fb.mismatch and not empty:
            reasons.append(self.tr("The two passwords are not the same."))
        self.reasons.show_text("\n".join(reasons))
        self.hints.show_text("" if empty or fb.reasons else " ".join(fb.suggestions[:2]))


class QrCode(QLabel):
    """A QR code drawn by segno (quiet zone included, so phone apps scan it)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(self.tr("QR code for the authenticator app"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_data(self, data: str, scale: int = 5) -> None:
        import segno

        buf = io.BytesIO()
        segno.make(data, error="m").save(buf, kind="png", scale=scale, border=4)
        pix = QPixmap()
        pix.loadFromData(buf.getvalue(), "PNG")
        self.setPixmap(pix)
        self.setFixedSize(pix.size())

    def clear_code(self) -> None:
        self.clear()


class BusyBar(QProgressBar):
    """An indeterminate progress bar shown while the worker derives keys or runs a job."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setFixedHeight(6)
        self.setAccessibleName(self.tr("Working"))
        self.hide()
