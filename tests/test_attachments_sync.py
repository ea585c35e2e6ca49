"""Attachments reach the other devices of a book (issue 16): the metadata and the content travel in
segments as the chunks' base64 text; a delete and an erasure follow; a big outbox is cut into
segments by bytes (``app.sync.publish.SEGMENT_BYTES``) without splitting a file's transaction."""
from __future__ import annotations

import pytest

from app.privacy import erase
from app.records import attachments, customers
from app.sync import publish
from tests.sync_team import Team
from tests.test_sync_round import cid_of, converged, uid_of


@pytest.fixture
def team(vault_info, tmp_path):
    t = Team(vault_info, tmp_path, str(tmp_path / "location"))
    yield t
    t.close()


def att_of(s, uid: str) -> int:
    return s.conn.execute("SELECT id FROM attachments WHERE uid = ?", (uid,)).fetchone()[0]


def test_a_file_added_on_one_device_is_read_on_the_other_and_its_delete_follows(team):
    t = team
    b = t.add("B")
    a = t["A"]
    cid = customers.create_customer(a, {"display_name": "Synced Sam"})
    data = bytes(range(256)) * 4100 + b"%tail"  # just over 1 MiB: five chunks
    aid = attachments.add(a, cid, data, "offer.pdf")
    auid = a.conn.execute("SELECT uid FROM attachments WHERE id = ?", (aid,)).fetchone()[0]
    out = t.sync("A", "B")
    assert out["B"]["refused"] == []
    meta, got = attachments.content(b, att_of(b, auid))
    assert got == data and meta["name"] == "offer.pdf" and meta["customer_id"] == cid_of(b, uid_of(a, cid))
    converged(t)
    attachments.delete(b, att_of(b, auid))
    t.sync("B", "A")
    assert a.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert a.conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
    converged(t)


def test_an_erasure_removes_the_files_on_every_device(team):
    t = team
    b = t.add("B")
    a = t["A"]
    cid = customers.create_customer(a, {"display_name": "Erased Everywhere"})
    attachments.add(a, cid, b"%PDF-1.4 private scan", "scan.pdf")
    t.sync("A", "B")
    assert b.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 1
    erase(a, cid)
    t.sync("A", "B")
    for s in (a, b):
        assert s.conn.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
        assert s.conn.execute("SELECT count(*) FROM attachment_chunks").fetchone()[0] == 0
    # nothing of the content waits or stays in A's outbox
    assert a.conn.execute("SELECT count(*) FROM sync_outbox WHERE value LIKE '%' || ? || '%'",
                          ("JVBERi0xLjQgcHJpdmF0ZSBzY2Fu",)).fetchone()[0] == 0


def test_a_big_outbox_is_cut_into_segments_by_bytes_never_inside_a_file(team, monkeypatch):
    t = team
    b = t.add("B")
    a = t["A"]
    monkeypatch.setattr(publish, "SEGMENT_BYTES", 500_000)
    cid = customers.create_customer(a, {"display_name": "Many Files"})
    files = {f"f{i}.bin": bytes([i]) * 700_000 for i in range(3)}  # each file alone passes the budget
    for name, data in files.items():
        attachments.add(a, cid, data, name)
    before = len(t.visible_seqs(a.conn.execute("SELECT device_id FROM sync_state").fetchone()[0]))
    t.sync("A")
    device = a.conn.execute("SELECT device_id FROM sync_state").fetchone()[0]
    assert len(t.visible_seqs(device)) - before >= 3  # one segment per file at least
    t.sync("B")
    bc = cid_of(b, uid_of(a, cid))
    got = {m["name"]: attachments.content(b, m["id"])[1] for m in attachments.list_for(b, bc)}
    assert got == files
