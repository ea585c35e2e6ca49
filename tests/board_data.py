"""Deals, customers and interactions spread over months, weeks, stages, currencies and two owners
(the administrator and a Sales user "sam"), for the pipeline board and dashboard tests. Made
through the services; only the times (created_at, closed_at) and a deal's owner are then set
directly, as if they had been made earlier or by sam."""
from __future__ import annotations

import datetime as dt

from app import users
from app.records import create_customer
from app.records.deals import STAGES, create_deal
from app.records.interactions import add_interaction
from vault import clock

SAM_PASSWORD = "sam's long passphrase"


def populate(admin, customers: int = 24) -> dict:
    """Returns {"sam": user id, "sam_secret": TOTP secret, "customers": [ids], "deals": [ids]}."""
    sam = users.add_user(admin, "sam", SAM_PASSWORD, "Sales", display_name="Sam Seller")
    sam_id = admin.conn.execute("SELECT id FROM users WHERE username = 'sam'").fetchone()[0]
    now = clock.utcnow()
    conn = admin.conn
    cids, dids = [], []
    for i in range(customers):
        owner = sam_id if i % 3 == 0 else admin.user_id
        cid = create_customer(admin, {"given_name": f"Given{i}", "family_name": f"Family{i}", "owner_id": owner})
        created = (now - dt.timedelta(days=31 * (i % 7) + 1)).isoformat(timespec="seconds")
        conn.execute("UPDATE customers SET created_at = ? WHERE id = ?", (created, cid))
        cids.append(cid)
        for j in range(2):
            stage = STAGES[(i + j) % len(STAGES)]
            currency = "USD" if (i + j) % 5 == 0 else "EUR"
            close = (now.date() + dt.timedelta(days=10 * ((i + j) % 9) - 20)).isoformat()
            did = create_deal(admin, cid, {"title": f"Deal {i}-{j}", "amount_minor": 10_000 * (i + 1) + 100 * j,
                                           "currency": currency, "stage": stage, "expected_close": close})
            if stage in ("won", "lost"):
                closed = (now - dt.timedelta(days=29 * ((i + j) % 5))).isoformat(timespec="seconds")
                conn.execute("UPDATE deals SET closed_at = ? WHERE id = ?", (closed, did))
            if owner == sam_id:
                conn.execute("UPDATE deals SET owner_id = ? WHERE id = ?", (sam_id, did))
            dids.append(did)
        for k in range(i % 4):
            at = (now - dt.timedelta(days=9 * k + i % 6)).isoformat(timespec="seconds")
            add_interaction(admin, cid, "call", summary=f"call {k}", occurred_at=at,
                            user_id=sam_id if k % 2 else admin.user_id)
    return {"sam": sam_id, "sam_secret": sam.totp_secret, "customers": cids, "deals": dids}
