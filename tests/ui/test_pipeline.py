"""The pipeline board driven through its real widgets: a card dragged to another column (mouse
press on the card, then the drag-enter / drag-move / drop events on the target column's
viewport, the path a real drag takes), Ctrl+Right / Ctrl+Left moves, totals per currency, the
owner and expected-close filters, Enter opening the deal dialog, qtmodeltester on the column
models, and a Sales user whose board holds only their own deals and who cannot move another's."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.records.deals import STAGES
from tests.board_data import SAM_PASSWORD, populate
from tests.ui.conftest import sign_in, wait_idle
from ui.common.money import format_money
from ui.pipeline.board import totals_text


def _board(qtbot, window, ws, ctx):
    board = ws.pipeline
    with qtbot.waitSignal(board.loaded, timeout=15000):
        ws.tabs.setCurrentWidget(board)
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: all(len(c.model.rows) == len(c.model.ids) for c in board.columns.values()),
                    timeout=10000)
    return board


def _stage_of(ctx, window, deal_id):
    return ctx.worker.submit(lambda: window.session.conn.execute(
        "SELECT stage FROM deals WHERE id = ?", (deal_id,)).fetchone()[0]).result(timeout=10)


def _drag(view_from, row, view_to):
    """Press on the card, then the drag's events on the target viewport."""
    rect = view_from.visualRect(view_from.model().index(row))
    QTest.mousePress(view_from.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    mime = view_from.model().mimeData([view_from.model().index(row)])
    target = view_to.viewport()
    at = QPoint(target.width() // 2, 10)
    move = Qt.DropAction.MoveAction
    for event in (QDragEnterEvent(at, move, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier),
                  QDragMoveEvent(at, move, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)):
        QApplication.sendEvent(target, event)
        assert event.isAccepted()
    drop = QDropEvent(at, move, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, drop)
    QTest.mouseRelease(view_from.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    return drop


def test_drag_keyboard_totals_filters_and_open(window, qtbot, vault_info, ctx, qtmodeltester):
    s = vault_info.sign_in()
    data = populate(s, customers=8)
    s.close()
    ws = sign_in(qtbot, window, vault_info)
    board = _board(qtbot, window, ws, ctx)
    for stage in STAGES:
        qtmodeltester.check(board.columns[stage].model)
    total = sum(len(c.model.ids) for c in board.columns.values())
    assert total == 16
    # totals: the vault's currency first, other currencies apart
    eur = ctx.worker.submit(lambda: dict(window.session.conn.execute(
        "SELECT currency, sum(amount_minor) FROM deals WHERE stage = 'open' GROUP BY currency").fetchall())).result()
    assert board.columns["open"].totals.text() == totals_text(eur, "EUR")
    if "USD" in eur:
        assert board.columns["open"].totals.text() == f"{format_money(eur['EUR'], 'EUR')} + " \
                                                      f"{format_money(eur['USD'], 'USD')}"
    # drag the first open card to Qualified
    src, dst = board.columns["open"].view, board.columns["qualified"].view
    deal = board.columns["open"].model.rows[0]
    drop = _drag(src, 0, dst)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: board.columns["qualified"].model.position_of(deal["id"]) is not None, timeout=10000)
    assert board.columns["open"].model.position_of(deal["id"]) is None
    assert _stage_of(ctx, window, deal["id"]) == "qualified"
    qtbot.waitUntil(lambda: dst.currentIndex().data(Qt.ItemDataRole.UserRole) == deal["id"], timeout=10000)
    # keyboard: Ctrl+Right twice, Ctrl+Left once
    QTest.keyClick(dst, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _stage_of(ctx, window, deal["id"]) == "proposal", timeout=10000)
    prop = board.columns["proposal"].view
    qtbot.waitUntil(lambda: prop.currentIndex().data(Qt.ItemDataRole.UserRole) == deal["id"], timeout=10000)
    QTest.keyClick(prop, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _stage_of(ctx, window, deal["id"]) == "negotiation", timeout=10000)
    neg = board.columns["negotiation"].view
    qtbot.waitUntil(lambda: neg.currentIndex().data(Qt.ItemDataRole.UserRole) == deal["id"], timeout=10000)
    QTest.keyClick(neg, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _stage_of(ctx, window, deal["id"]) == "proposal", timeout=10000)
    wait_idle(qtbot, ctx)
    # Enter opens the deal dialog on that deal
    qtbot.waitUntil(lambda: prop.currentIndex().data(Qt.ItemDataRole.UserRole) == deal["id"], timeout=10000)
    QTest.keyClick(prop, Qt.Key.Key_Return)
    dlg = board.deal_dialog
    qtbot.waitUntil(lambda: dlg is not None and dlg.loaded, timeout=10000)
    assert dlg.deal_id == deal["id"] and dlg.stage_box.currentData() == "proposal"
    dlg.reject()
    # filters: owner, then expected close
    owner_box = board.owner_box
    i = owner_box.findData(data["sam"])
    with qtbot.waitSignal(board.loaded, timeout=10000):
        owner_box.setCurrentIndex(i)
    shown = {r for c in board.columns.values() for r in c.model.ids}
    sams = ctx.worker.submit(lambda: {r[0] for r in window.session.conn.execute(
        "SELECT id FROM deals WHERE owner_id = ?", (data["sam"],))}).result()
    assert shown == sams and len(sams) == 6
    with qtbot.waitSignal(board.loaded, timeout=10000):   # the owner filter off: its reload lands first
        owner_box.setCurrentIndex(0)
    day = dt.date.today().isoformat()
    board.close_from.setText(day)
    with qtbot.waitSignal(board.loaded, timeout=10000):
        board.close_from.editingFinished.emit()
    later = ctx.worker.submit(lambda: {r[0] for r in window.session.conn.execute(
        "SELECT id FROM deals WHERE expected_close >= ?", (day,))}).result()
    assert {r for c in board.columns.values() for r in c.model.ids} == later


def test_sales_board_holds_only_their_own(window, qtbot, vault_info, ctx):
    s = vault_info.sign_in()
    data = populate(s, customers=6)
    s.close()
    ws = sign_in(qtbot, window, vault_info, user="sam", secret=data["sam_secret"], password=SAM_PASSWORD)
    board = _board(qtbot, window, ws, ctx)
    mine = ctx.worker.submit(lambda: {r[0] for r in window.session.conn.execute(
        "SELECT d.id FROM deals d JOIN customers c ON c.id = d.customer_id WHERE c.owner_id = ?",
        (data["sam"],))}).result()
    assert {r for c in board.columns.values() for r in c.model.ids} == mine and len(mine) == 4
    # a card of someone else's deal dropped here (a forged drag) is refused by the use case
    other = ctx.worker.submit(lambda: window.session.conn.execute(
        "SELECT d.id, d.version FROM deals d JOIN customers c ON c.id = d.customer_id WHERE c.owner_id != ?"
        " AND d.stage = 'open' LIMIT 1", (data["sam"],)).fetchone()).result()
    board.move(other[0], other[1], "won")
    qtbot.waitUntil(lambda: board.banner.isVisibleTo(board), timeout=10000)
    assert "not one of your records" in board.banner.text()
    assert _stage_of(ctx, window, other[0]) == "open"
