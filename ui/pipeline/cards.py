"""A deal card as the board paints it: the title, the customer, the amount in the deal's own
currency and the expected close (one fixed height, so a column of thousands lays out at once)."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate

from ..common.dates import format_date
from ..common.money import format_money
from .model import CardRole

CARD_HEIGHT = 62


def card_lines(row: dict) -> tuple[str, str, str]:
    close = format_date(row["expected_close"]) if row.get("expected_close") else ""
    amount = format_money(int(row["amount_minor"]), row["currency"])
    return row["title"], row.get("customer_name") or "", f"{amount}   {close}".rstrip()


class CardDelegate(QStyledItemDelegate):
    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        return QSize(option.rect.width() or 200, CARD_HEIGHT)

    def paint(self, painter, option, index) -> None:
        row = index.data(CardRole)
        if row is None:
            return super().paint(painter, option, index)
        painter.save()
        r = option.rect.adjusted(3, 3, -3, -3)
        pal = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(pal.color(QPalette.ColorRole.Mid))
        painter.setBrush(pal.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base))
        painter.drawRoundedRect(r, 5, 5)
        text = pal.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.setPen(text)
        title, customer, amount = card_lines(row)
        inner = r.adjusted(8, 4, -8, -4)
        line = inner.height() // 3
        bold = QFont(option.font)
        bold.setBold(True)
        fm_flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for i, (value, font) in enumerate(((title, bold), (customer, option.font), (amount, option.font))):
            painter.setFont(font)
            box = QRect(inner.left(), inner.top() + i * line, inner.width(), line)
            painter.drawText(box, fm_flags, painter.fontMetrics().elidedText(value, Qt.TextElideMode.ElideRight,
                                                                              box.width()))
        painter.restore()


def configure(view: QListView) -> None:
    view.setItemDelegate(CardDelegate(view))
    view.setUniformItemSizes(True)
    view.setSelectionMode(QListView.SelectionMode.SingleSelection)
    view.setDragEnabled(True)
    view.setAcceptDrops(True)
    view.setDropIndicatorShown(True)
    view.setDragDropMode(QListView.DragDropMode.DragDrop)
    view.setDefaultDropAction(Qt.DropAction.MoveAction)
    view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
