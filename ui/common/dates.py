"""Dates in the UI: shown as the user's locale writes them (15.03.1978 in Poland, 15/03/1978 in
Britain, 3/15/1978 in the USA; always with a four-digit year), typed the same way, and stored as
the ISO text the services keep ("1978-03-15"). Stored times are UTC ("2024-05-01T09:30:00+00:00")
and are shown in local time.

``DateField`` is a line edit that reads what the locale writes (also 15.03.1978, 15/03/1978 and
1978-03-15 in any locale) with a calendar button (and Alt+Down / F4) for picking a day."""
from __future__ import annotations

import re

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QVBoxLayout, QWidget

_ALWAYS = ("yyyy-MM-dd", "yyyyMMdd", "d.M.yyyy", "d/M/yyyy", "d-M-yyyy", "d. M. yyyy", "yyyy.M.d", "yyyy/M/d")


def date_format(locale: QLocale | None = None) -> str:
    """The locale's short date format with a four-digit year ("d.MM.yyyy", "M/d/yyyy")."""
    loc = locale or QLocale()
    if loc.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    fmt = loc.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = re.sub(r"y+", "yyyy", fmt)
    return fmt


def parse_date(text: str, locale: QLocale | None = None) -> QDate | None:
    """A typed date as the locale writes it (or in one of the forms accepted everywhere); None if
    it is not a date. A two-digit year is read as 19xx/20xx (the nearer one that is not in the
    future by more than ten years)."""
    s = re.sub(r"\s+", " ", (text or "").strip())
    if not s:
        return None
    loc = locale or QLocale()
    formats = [date_format(loc)]
    for f in list(formats):
        formats.append(f.replace("dd", "d").replace("MM", "M"))   # 5.3.1978 as well as 05.03.1978
    for fmt in (*formats, *_ALWAYS):
        d = QDate.fromString(s, fmt)
        if d.isValid():
            return d
    short = loc.dateFormat(QLocale.FormatType.ShortFormat)
    if loc.language() != QLocale.Language.C and "yyyy" not in short:
        d = QDate.fromString(s, short.replace("dd", "d").replace("MM", "M"))
        if d.isValid():
            today = QDate.currentDate()
            while d.year() < today.year() - 90:
                d = d.addYears(100)
            if d.year() > today.year() + 10:
                d = d.addYears(-100)
            return d
    return None


def format_date(value: str | None, locale: QLocale | None = None) -> str:
    """ISO date or time ("1978-03-15", "2024-05-01T09:30:00+00:00") → the locale's date; text that
    is not a date (a masked value, "--03-15") is returned unchanged."""
    if not value:
        return ""
    loc = locale or QLocale()
    if "T" in value:
        moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
        if moment.isValid():
            return loc.toString(moment.toLocalTime().date(), date_format(loc))
    d = QDate.fromString(value[:10], "yyyy-MM-dd")
    if not d.isValid() or (len(value) != 10 and "T" not in value):
        return value
    return loc.toString(d, date_format(loc))


def format_datetime(value: str | None, locale: QLocale | None = None) -> str:
    """A stored UTC time → local date and time as the locale writes them ("1.05.2024 11:30")."""
    if not value:
        return ""
    moment = QDateTime.fromString(value, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return value[:16].replace("T", " ")
    loc = locale or QLocale()
    local = moment.toLocalTime()
    if loc.language() == QLocale.Language.C:
        return local.toString("yyyy-MM-dd HH:mm")
    day = loc.toString(local.date(), date_format(loc))
    return f"{day} {loc.toString(local.time(), QLocale.FormatType.ShortFormat)}"


class _CalendarPopup(QWidget):
    picked = Signal(QDate)

    def __init__(self, parent: QWidget):
        super().__init__(parent, Qt.WindowType.Popup)
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(QLocale())
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(1, 1, 1, 1)
        lay.addWidget(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(day)
        self.hide()


class DateField(QLineEdit):
    """A date typed as the locale writes it, or picked from a calendar; empty is allowed (the
    form decides whether the date is optional). ``iso()`` is what the services get."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.example())
        self.popup: _CalendarPopup | None = None
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.calendar_action = QAction(icon, self.tr("Choose a date"), self)
        self.calendar_action.setToolTip(self.tr("Choose a date (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self._tidy)

    @staticmethod
    def example() -> str:
        return QLocale().toString(QDate(1978, 3, 15), date_format())

    # ---------------------------------------------------------------------------- values
    def date(self) -> QDate | None:
        return parse_date(self.text())

    def iso(self) -> str:
        """"1978-03-15"; "" when empty; what was typed when it is not a date (the service's
        error then names the field)."""
        text = self.text().strip()
        d = parse_date(text)
        return d.toString("yyyy-MM-dd") if d is not None else text

    def set_iso(self, value: str | None) -> None:
        self.setText(format_date(value or ""))

    def _tidy(self) -> None:
        d = self.date()
        if d is not None:
            self.setText(QLocale().toString(d, date_format()))

    # ---------------------------------------------------------------------------- calendar
    def open_calendar(self) -> None:
        if self.popup is None:
            self.popup = _CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        self.popup.calendar.setSelectedDate(self.date() or QDate.currentDate())
        self.popup.adjustSize()
        below = self.mapToGlobal(self.rect().bottomLeft())
        screen = self.screen().availableGeometry() if self.screen() else None
        x, y = below.x(), below.y()
        if screen is not None:
            x = max(screen.left(), min(x, screen.right() - self.popup.width()))
            if y + self.popup.height() > screen.bottom():
                y = self.mapToGlobal(self.rect().topLeft()).y() - self.popup.height()
        self.popup.move(x, y)
        self.popup.show()
        self.popup.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.setText(QLocale().toString(day, date_format()))
        self.setModified(True)
        self.editingFinished.emit()
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down
                                            and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self.open_calendar()
            return
        super().keyPressEvent(event)
