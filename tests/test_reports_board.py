"""The pipeline board's use cases (app.ops.deals_board) on a real vault: ids per stage and totals
per stage and currency equal plain SQL, with the owner and expected-close filters; a Sales
viewer reaches only their own customers' deals; a move is a versioned, audited deal update that
a Sales user cannot make on someone else's deal nor an Auditor on any."""
from __future__ import annotations

import pytest

from app import audit, users
from app.ops import deals_board as ops
from app.records.deals import STAGES
from tests.board_data import SAM_PASSWORD, populate
from vault.errors import ConflictError, PermissionDenied, ValidationError


def _sql_ids(conn, where: str = "1", args=()) -> dict:
    out = {s: [] for s in STAGES}
    for stage, did in conn.execute(
            "SELECT d.stage, d.id FROM deals d JOIN customers c ON c.id = d.customer_id WHERE c.deleted_at IS NULL"
            f" AND {where} ORDER BY coalesce(d.expected_close, '9999'), d.id", list(args)):
        out[stage].append(did)
    return out


def _sql_totals(conn, where: str = "1", args=()) -> dict:
    out = {s: {"count": 0, "amounts": {}} for s in STAGES}
    for stage, cur, amount in conn.execute(
            "SELECT d.stage, d.currency, d.amount_minor FROM deals d JOIN customers c ON c.id = d.customer_id"
            f" WHERE c.deleted_at IS NULL AND {where}", list(args)):
        out[stage]["count"] += 1
        out[stage]["amounts"][cur] = out[stage]["amounts"].get(cur, 0) + amount
    return out


def test_board_equals_sql_with_filters(admin):
    data = populate(admin)
    board = ops.load_board(admin)
    assert {s: list(v) for s, v in board["ids"].items()} == _sql_ids(admin.conn)
    assert board["totals"] == _sql_totals(admin.conn)
    assert board["currency"] == "EUR"
    assert {o["name"] for o in board["owners"]} == {"Sam Seller", admin.display_name}
    f = ops.BoardFilter(owner_id=data["sam"], close_from="2000-01-01", close_to="2999-12-31")
    board = ops.load_board(admin, f)
    where, args = "d.owner_id = ? AND d.expected_close BETWEEN ? AND ?", (data["sam"], "2000-01-01", "2999-12-31")
    assert {s: list(v) for s, v in board["ids"].items()} == _sql_ids(admin.conn, where, args)
    assert board["totals"] == _sql_totals(admin.conn, where, args)
    assert sum(t["count"] for t in board["totals"].values()) == 16
    rows = ops.cards(admin, board["ids"]["open"])
    assert [r["id"] for r in rows] == list(board["ids"]["open"]) and rows[0]["owner_name"] == "Sam Seller"
    with pytest.raises(ValidationError):
        ops.load_board(admin, ops.BoardFilter(close_from="soon"))


def test_sales_sees_and_moves_only_their_own(admin, vault_info):
    data = populate(admin, customers=6)
    theirs = admin.conn.execute("SELECT d.id, d.version FROM deals d JOIN customers c ON c.id = d.customer_id"
                                " WHERE c.owner_id = ? AND d.stage = 'open' LIMIT 1", (admin.user_id,)).fetchone()
    admin.close()
    sam = vault_info.sign_in("sam", SAM_PASSWORD, data["sam_secret"])
    try:
        board = ops.load_board(sam)
        assert {s: list(v) for s, v in board["ids"].items()} == _sql_ids(sam.conn, "c.owner_id = ?", [data["sam"]])
        assert ops.cards(sam, [theirs[0]]) == []                 # another's deal: no card
        with pytest.raises(PermissionDenied):
            ops.move_deal(sam, theirs[0], "won", theirs[1])
        mine = next(iter(board["ids"]["proposal"] or board["ids"]["open"]))
        card = ops.cards(sam, [mine])[0]
        changes = ops.move_deal(sam, mine, "negotiation", card["version"])
        assert changes.customers == {card["customer_id"]} and changes.result == card["version"] + 1
        assert sam.conn.execute("SELECT stage FROM deals WHERE id = ?", (mine,)).fetchone()[0] == "negotiation"
        with pytest.raises(ConflictError):                       # a card read before the move is stale
            ops.move_deal(sam, mine, "won", card["version"])
    finally:
        sam.close()
    admin = vault_info.sign_in()
    try:
        moves = audit.query(admin, action="deal.update")["entries"]
        assert moves[0]["entity_id"] == str(mine) and moves[0]["details"]["changes"]["stage"] == {
            "before": card["stage"], "after": "negotiation"}
        refused = audit.query(admin, action="permission.denied")["entries"]
        assert any(e["details"]["atom"] == "scope" for e in refused)
    finally:
        admin.close()


def test_an_auditor_cannot_move(admin, vault_info):
    populate(admin, customers=3)
    aud = users.add_user(admin, "audrey", "audrey's long passphrase", "Auditor")
    did, version = admin.conn.execute("SELECT id, version FROM deals WHERE stage = 'open' LIMIT 1").fetchone()
    admin.close()
    s = vault_info.sign_in("audrey", "audrey's long passphrase", aud.totp_secret)
    try:
        assert sum(len(v) for v in ops.load_board(s)["ids"].values()) == 6     # sees all, all scope
        with pytest.raises(PermissionDenied):
            ops.move_deal(s, did, "won", version)
        with pytest.raises(ValidationError):
            ops.move_deal(s, did, "sold", version)
    finally:
        s.close()
