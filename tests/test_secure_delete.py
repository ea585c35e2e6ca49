"""Issue 10, item 2's class: an ordinary deletion (a changed e-mail address, a removed
interaction or preference, a deleted deal) leaves nothing in free space for anyone holding the key
to read back: every connection runs with secure_delete on, not only erasure and purge."""
from __future__ import annotations

from app.records import create_customer, customers, deals, get_customer, interactions, update_customer
from tests.test_erasure_complete import leftovers

OLD = ["qoldmailzx901", "qcallzx902", "qprefzx903", "qdealzx904", "qnotezx905"]


def test_ordinary_deletions_leave_no_bytes_in_the_database_file(vault_info):
    s = vault_info.sign_in()
    cid = create_customer(s, {"display_name": "Marta Kowalska", "emails": [f"{OLD[0]}@example.pl"],
                              "notes": f"first note {OLD[4]}"})
    for n in range(20):
        create_customer(s, {"display_name": f"Someone Else {n}", "notes": "ordinary words"})
    call = interactions.add_interaction(s, cid, "call", summary=f"mistyped {OLD[1]}")
    pref = deals.add_preference(s, cid, "colour", OLD[2])
    deal = deals.create_deal(s, cid, {"title": f"Wrong {OLD[3]}"})
    key = bytes(s.vault.vault_key())
    assert set(leftovers(vault_info.path, key, OLD)) == set(OLD)  # the scanner sees them first

    rec = get_customer(s, cid)
    update_customer(s, cid, {"emails": ["marta@example.pl"], "notes": "a new note"}, rec["version"])
    interactions.delete_interaction(s, call)
    deals.remove_preference(s, pref)
    deals.delete_deal(s, deal)
    customers.checkpoint_wal(s.conn)
    s.close()
    assert leftovers(vault_info.path, key, OLD) == {}
