"""The pipeline board (workspace tab "Pipeline"): one column per stage with its count and its
totals per currency (the vault's currency first, any other apart: "€12,500.00 + USD 3,400.00",
never converted or summed together), filters by owner and expected close, cards dragged to another
column or moved with Ctrl+Left / Ctrl+Right, opened with Enter or a double click (the deal dialog).
A move runs ``app.ops.deals_board.move_deal`` through the ChangeBus; the board reloads in
``follow`` like every other view."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ConflictError, user_message
from app.ops import deals_board as ops

from ..common.dates import DateField
from ..common.money import format_money
from ..common.widgets import Note
from . import cards
from .model import StageModel

STAGES = ("open", "qualified", "proposal", "negotiation", "won", "lost")


def totals_text(amounts: dict[str, int], currency: str) -> str:
    """{"EUR": 1250000, "USD": 340000}, "EUR" → "€12,500.00 + USD 3,400.00" (own currency first)."""
    order = sorted(amounts, key=lambda c: (c != currency, c))
    return " + ".join(format_money(amounts[c], c) for c in order)


class StageList(QListView):
    """A column's cards; Ctrl+Left / Ctrl+Right asks to move the current card, Enter to open it."""
    move_key = Signal(int)      # -1 / +1
    open_key = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self.move_key.emit(-1 if event.key() == Qt.Key.Key_Left else 1)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_key.emit()
            return
        super().keyPressEvent(event)


class StageColumn(QFrame):
    def __init__(self, stage: str, title: str, model: StageModel, parent: QWidget | None = None):
        super().__init__(parent)
        self.stage, self.title, self.model = stage, title, model
        self.setObjectName("stageColumn")
        self.header = QLabel(title)
        self.header.setObjectName("stageHeader")
        self.totals = QLabel("")
        self.totals.setWordWrap(True)
        self.view = StageList()
        self.view.setObjectName(f"stage_{stage}")
        self.view.setAccessibleName(title)
        cards.configure(self.view)
        self.view.setModel(model)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.header)
        lay.addWidget(self.totals)
        lay.addWidget(self.view, 1)

    def show_totals(self, count: int, text: str) -> None:
        self.header.setText(self.tr("{0} ({1})").format(self.title, count))
        self.totals.setText(text)


class PipelineBoard(QWidget):
    loaded = Signal()

    def __init__(self, ctx, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.session = ctx, session
        self.setObjectName("pipelineBoard")
        self.setWindowTitle(self.tr("Pipeline"))
        self.currency = ""
        self.deal_dialog = None
        self._select: tuple[int, str] | None = None
        self.can_move = session.can("deals.write")
        titles = {"open": self.tr("Open"), "qualified": self.tr("Qualified"), "proposal": self.tr("Proposal"),
                  "negotiation": self.tr("Negotiation"), "won": self.tr("Won"), "lost": self.tr("Lost")}
        self.banner = Note()
        self.banner.hide()
        self.columns: dict[str, StageColumn] = {}
        row = QHBoxLayout()
        row.setSpacing(6)
        for stage in STAGES:
            model = StageModel(ctx.tasks, lambda ids: ops.cards(self.session, ids), stage, self)
            model.move_requested.connect(self.move)
            model.page_arrived.connect(self._apply_selection)
            col = StageColumn(stage, titles[stage], model)
            col.view.setDragEnabled(self.can_move)
            col.view.move_key.connect(lambda d, s=stage: self.move_current(s, d))
            col.view.open_key.connect(lambda s=stage: self.open_current(s))
            col.view.doubleClicked.connect(lambda index, s=stage: self.open_deal(index.data(cards.CardRole)))
            self.columns[stage] = col
            row.addWidget(col, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addLayout(self._filters())
        lay.addWidget(self.banner)
        lay.addLayout(row, 1)
        self.shown_once = False
        ctx.changes.changed.connect(self.follow)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.shown_once:
            self.shown_once = True
            self.reload()

    def _filters(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.owner_box = QComboBox()
        self.owner_box.setAccessibleName(self.tr("Owner"))
        self.owner_box.addItem(self.tr("All owners"), None)
        self.owner_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.close_from = DateField()
        self.close_from.setAccessibleName(self.tr("Expected close from"))
        self.close_to = DateField()
        self.close_to.setAccessibleName(self.tr("Expected close to"))
        for field in (self.close_from, self.close_to):
            field.editingFinished.connect(self.reload)
        self.refresh_btn = QPushButton(self.tr("Refresh"))
        self.refresh_btn.clicked.connect(self.reload)
        for label, widget in ((self.tr("Owner:"), self.owner_box), (self.tr("Expected close from:"), self.close_from),
                              (self.tr("to:"), self.close_to)):
            lab = QLabel(label)
            lab.setBuddy(widget)
            bar.addWidget(lab)
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.refresh_btn)
        return bar

    # ---------------------------------------------------------------------------- loading
    def board_filter(self) -> ops.BoardFilter:
        return ops.BoardFilter(owner_id=self.owner_box.currentData(), close_from=self.close_from.iso() or None,
                               close_to=self.close_to.iso() or None)

    def reload(self) -> None:
        if self.session is None or not self.shown_once:
            return
        self.ctx.tasks.run(ops.load_board, self.session, self.board_filter(), on_done=self._loaded,
                           on_error=self._failed)

    def _loaded(self, board: dict) -> None:
        if self.session is None:
            return
        self.banner.hide()
        self.currency = board["currency"]
        for stage, col in self.columns.items():
            t = board["totals"][stage]
            col.show_totals(t["count"], totals_text(t["amounts"], self.currency))
            col.model.set_ids(board["ids"][stage])
        self._owners(board["owners"])
        self.loaded.emit()

    def _owners(self, owners: list[dict]) -> None:
        current = self.owner_box.currentData()
        if [self.owner_box.itemData(i) for i in range(1, self.owner_box.count())] == [o["id"] for o in owners]:
            return
        self.owner_box.blockSignals(True)
        while self.owner_box.count() > 1:
            self.owner_box.removeItem(1)
        for o in owners:
            self.owner_box.addItem(o["name"], o["id"])
        self.owner_box.setCurrentIndex(max(0, self.owner_box.findData(current)))
        self.owner_box.blockSignals(False)

    def follow(self, changes) -> None:
        if changes.customers or changes.deleted or changes.lists or changes.settings:
            self.reload()

    # ---------------------------------------------------------------------------- moving
    def move(self, deal_id: int, version: int, stage: str) -> None:
        if not self.can_move or self.session is None:
            return
        self._select = (deal_id, stage)
        self.ctx.changes.run(ops.move_deal, self.session, deal_id, stage, version, on_error=self._failed)

    def current_card(self, stage: str) -> dict | None:
        index = self.columns[stage].view.currentIndex()
        return index.data(cards.CardRole) if index.isValid() else None

    def move_current(self, stage: str, delta: int) -> None:
        card = self.current_card(stage)
        target = STAGES.index(stage) + delta
        if card is not None and 0 <= target < len(STAGES):
            self.move(card["id"], card["version"], STAGES[target])

    def _apply_selection(self) -> None:
        """After a move, the moved card is the current one in its new column (fetching up to it)."""
        if self._select is None:
            return
        deal_id, stage = self._select
        col = self.columns[stage]
        row = col.model.row_of(deal_id)
        if row is None:
            pos = col.model.position_of(deal_id)
            if pos is not None and col.model.canFetchMore():
                col.model.fetchMore()
            return
        self._select = None
        index = col.model.index(row)
        col.view.setCurrentIndex(index)
        col.view.scrollTo(index)
        col.view.setFocus()

    # ---------------------------------------------------------------------------- opening
    def open_current(self, stage: str) -> None:
        self.open_deal(self.current_card(stage))

    def open_deal(self, card: dict | None) -> None:
        if card is None or self.session is None:
            return
        from ..workspace.deal_editor import DealDialog

        self.deal_dialog = DealDialog(self.ctx, self.session, card["customer_id"], card["id"], self)
        self.deal_dialog.open()

    def _failed(self, exc: BaseException) -> None:
        self._select = None
        self.banner.show_text(user_message(exc), "error")
        if isinstance(exc, ConflictError):
            self.reload()

    def clear(self) -> None:
        """Lock: drop every card."""
        self.session = None
        for col in self.columns.values():
            col.model.clear()
            col.show_totals(0, "")
