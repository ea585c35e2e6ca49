"""The dashboard's figures (app.reports.dashboard through app.ops.dashboard) equal the same
figures computed here by plain SQL over a real vault with deals, interactions and customers
spread across months, weeks and two users; a Sales viewer's figures cover only their own
customers; saving the PDF is an audited export that never lands inside the vault folder."""
from __future__ import annotations

import datetime as dt

import pytest

from app import audit
from app.ops import dashboard as ops
from app.records.customers import delete_customer
from app.reports.dashboard import last_months, last_weeks
from tests.board_data import SAM_PASSWORD, populate
from vault.errors import UsageError


def _sql_figures(conn, owner: str | None) -> dict:
    scope = "c.deleted_at IS NULL" + (" AND c.owner_id = ?" if owner else "")
    args = [owner] if owner else []
    months, weeks = last_months(12), last_weeks(8)
    pipeline: dict = {s: {} for s in ("open", "qualified", "proposal", "negotiation")}
    for stage, cur, amount in conn.execute(
            f"SELECT d.stage, d.currency, d.amount_minor FROM deals d JOIN customers c ON c.id = d.customer_id"
            f" WHERE {scope}", args):
        if stage in pipeline:
            pipeline[stage][cur] = pipeline[stage].get(cur, 0) + amount
    won_lost = {m: {"month": m, "won": 0, "lost": 0} for m in months}
    for stage, closed in conn.execute(
            f"SELECT d.stage, d.closed_at FROM deals d JOIN customers c ON c.id = d.customer_id WHERE {scope}"
            " AND d.stage IN ('won', 'lost')", args):
        if closed[:7] in won_lost:
            won_lost[closed[:7]][stage] += 1
    per_user: dict = {}
    for user, at in conn.execute(
            f"SELECT i.user_id, i.occurred_at FROM interactions i JOIN customers c ON c.id = i.customer_id"
            f" WHERE {scope}", args):
        day = dt.date.fromisoformat(at[:10])
        monday = (day - dt.timedelta(days=day.weekday())).isoformat()
        if monday in weeks:
            per_user.setdefault(user, {}).setdefault(monday, 0)
            per_user[user][monday] += 1
    new = {m: 0 for m in months}
    for (created,) in conn.execute(f"SELECT c.created_at FROM customers c WHERE {scope}", args):
        if created[:7] in new:
            new[created[:7]] += 1
    return {"pipeline": pipeline, "won_lost": [won_lost[m] for m in months],
            "activities": {u: [c.get(w, 0) for w in weeks] for u, c in per_user.items()},
            "new_customers": [{"month": m, "count": new[m]} for m in months]}


def _shown(fig: dict) -> dict:
    return {"pipeline": fig["pipeline"], "won_lost": fig["won_lost"],
            "activities": {u["id"]: u["counts"] for u in fig["activities"]["users"]},
            "new_customers": fig["new_customers"]}


def test_figures_equal_plain_sql_for_everyone_and_for_a_sales_viewer(admin, vault_info):
    data = populate(admin)
    delete_customer(admin, data["customers"][1])         # in the bin: counted nowhere
    fig = ops.figures(admin)
    expected = _sql_figures(admin.conn, None)
    assert _shown(fig) == expected
    assert fig["currency"] == "EUR"
    assert sum(r["won"] + r["lost"] for r in fig["won_lost"]) > 0
    assert len(fig["activities"]["users"]) == 2 and sum(r["count"] for r in fig["new_customers"]) == 23
    assert any("USD" in v for v in fig["pipeline"].values())      # other currencies apart, never summed in
    names = {u["id"]: u["name"] for u in fig["activities"]["users"]}
    assert names[data["sam"]] == "Sam Seller"
    admin.close()
    sam = vault_info.sign_in("sam", SAM_PASSWORD, data["sam_secret"])
    try:
        mine = ops.figures(sam)
        assert _shown(mine) == _sql_figures(sam.conn, data["sam"])
        assert sum(r["count"] for r in mine["new_customers"]) == 8
        assert _shown(mine) != expected
    finally:
        sam.close()


def test_figures_hold_no_customer_and_are_read_afresh_after_an_erasure(admin):
    from app import privacy

    data = populate(admin, customers=6)
    before = ops.figures(admin)
    assert "Family" not in repr(before) and "Deal " not in repr(before)   # figures and staff names only
    privacy.erase(admin, data["customers"][3])
    delete_customer(admin, data["customers"][4])
    after = ops.figures(admin)                 # nothing cached: the next figures are the vault's now
    assert _shown(after) == _sql_figures(admin.conn, None) != _shown(before)
    assert "Family" not in repr(after)


def test_pdf_save_is_audited_and_refuses_the_vault_folder(admin, vault_info, tmp_path):
    pdf = b"%PDF-1.4\n% figures only\n"
    out = ops.save_pdf(admin, str(tmp_path / "dashboard.pdf"), pdf, ["pipeline", "won_lost"])
    assert (tmp_path / "dashboard.pdf").read_bytes() == pdf and out.endswith("dashboard.pdf")
    entries = audit.query(admin, action="report.export")["entries"]
    assert len(entries) == 1 and entries[0]["details"]["charts"] == ["pipeline", "won_lost"]
    assert entries[0]["details"]["file"] == "dashboard.pdf"
    with pytest.raises(UsageError):
        ops.save_pdf(admin, str(vault_info.path / "dashboard.pdf"), pdf, ["pipeline"])
    with pytest.raises(UsageError):                       # no clobber without force
        ops.save_pdf(admin, str(tmp_path / "dashboard.pdf"), pdf, ["pipeline"])
