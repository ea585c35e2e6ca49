"""Acknowledgements, snapshots and compaction (issue 14, slice "sync-scale-compaction"): an erasure
forces compaction, after which no file left on the location decrypts (with any device's identity,
by the stock ``age`` tool) to anything of the erased person; a device that stays offline holds the
pass back (and is named) until it syncs; acknowledgements are verified; clock warnings."""
from __future__ import annotations

import json
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

from app.ops import sync as ops_sync
from app.privacy import erase
from app.records import create_customer, get_customer, update_customer
from app.sync import acks, compaction, devices
from app.sync.state import book, chain
from tests.sync_team import Team
from vault.sync import dump, layout

MARKERS = [b"MARKER-ADA-NOTES", b"marker-ada@analytical.example", b"MARKER-LATE-EDIT", b"MARKER-C-OFFLINE",
           b"Lovelace-Marker"]
ADA = {"given_name": "Ada", "family_name": "Lovelace-Marker", "emails": ["marker-ada@analytical.example"],
       "phones": ["+49 30 1234 5678"], "notes": "MARKER-ADA-NOTES"}


@pytest.fixture
def team(vault_info, tmp_path):
    made = []

    def make(url=None, **location):
        t = Team(vault_info, tmp_path, url or str(tmp_path / "location"), **location)
        made.append(t)
        return t

    yield make
    for t in made:
        t.close()


def uid_of(s, cid: int) -> str:
    return s.conn.execute("SELECT uid FROM customers WHERE id = ?", (cid,)).fetchone()[0]


def edit(s, uid: str, **changes) -> None:
    cid = s.conn.execute("SELECT id FROM customers WHERE uid = ?", (uid,)).fetchone()[0]
    update_customer(s, cid, changes, get_customer(s, cid, audited=False)["version"])


def _age_body(path: Path) -> bytes:
    """The age ciphertext of a file on the location: a part is age alone; a segment or a snapshot
    manifest is a magic line, an envelope line, then age."""
    data = path.read_bytes()
    if path.suffix in (".seg", ".snap"):
        first = data.index(b"\n") + 1
        return data[data.index(b"\n", first) + 1:]
    return data


def plaintexts(location: Path, identities: list[str], tmp_path: Path) -> dict[str, bytes]:
    """Every file on the location as readable as any device can make it: the plain JSON files as
    they are, every encrypted file decrypted by the stock ``age`` tool with each identity that can
    and decompressed."""
    keys = tmp_path / "identities.txt"
    keys.write_text("\n".join(identities) + "\n")
    out = {}
    for path in sorted(p for p in location.rglob("*") if p.is_file()):
        if path.suffix not in (".seg", ".snap", ".part"):
            out[str(path)] = path.read_bytes()
            continue
        body = tmp_path / "body.age"
        body.write_bytes(_age_body(path))
        r = subprocess.run(["age", "-d", "-i", str(keys), str(body)], capture_output=True, check=False)
        assert r.returncode == 0, (path, r.stderr)
        out[str(path)] = zlib.decompress(r.stdout)
    return out


def identities(t: Team) -> list[str]:
    return [book(s.conn).device.age_identity for s in t.sessions.values()]


@pytest.mark.skipif(not shutil.which("age"), reason="the stock age tool is not installed")
def test_erasure_forces_compaction_and_no_file_left_holds_the_person(team, tmp_path):
    t = team()
    b, c = t.add("B"), t.add("C")
    a = t["A"]
    cid = create_customer(a, ADA)
    u = uid_of(a, cid)
    t.sync("A", "B", "C")
    edit(b, u, job_title="MARKER-LATE-EDIT")   # B edits, not yet seeing the erasure
    edit(c, u, notes="MARKER-C-OFFLINE")       # C edits and then stays offline
    location = Path(t.url)
    erase(a, cid)
    rounds = t.sync("A", "B", "A", "B", "A")
    # C has not acknowledged: the pass waits for it, names it, and its segments stay
    assert book(c.conn).device_id in rounds["A"]["compaction"]["waiting_for"]
    t.sync("C", "A", "B", "C", "A", "B", "C", "A")
    assert compaction.state(a.conn).get("erasure") is None  # the pass is over
    first = dump.dump(a.conn)
    assert all(dump.dump(s.conn) == first for s in (b, c))
    files = plaintexts(location, identities(t), tmp_path)
    assert any(name.endswith(".part") for name in files) and any(name.endswith(".snap") for name in files)
    for name, data in files.items():
        for marker in MARKERS:
            assert marker not in data, (name, marker)
    for s in (a, b, c):
        assert s.conn.execute("SELECT erased_at FROM customers WHERE uid = ?", (u,)).fetchone()[0] is not None
        assert not any(m in dump.dump(s.conn) for m in MARKERS)
    # a joiner starting from the compacted location gets the shell and the ledger, not the person
    assert any(b'"customer_uid":"' + u.encode() in data for name, data in files.items() if name.endswith(".part"))


def test_compaction_deletes_only_what_every_active_device_acknowledged(team, monkeypatch):
    monkeypatch.setattr(compaction, "COMPACT_SEGMENTS", 3)
    t = team()
    b = t.add("B", "Support")  # not a compacting device: only A deletes
    a = t["A"]
    cids = [create_customer(a, {"given_name": f"P{i}", "family_name": "Pile"}) for i in range(4)]
    t.sync("A", "B")
    location = Path(t.url)
    bk = book(a.conn)
    a_segments = location / bk.book_id / "changes" / bk.device_id
    for cid in cids:  # four rounds of A, each a segment: a snapshot is due
        edit(a, uid_of(a, cid), job_title="Piled")
        t.sync("A")
    before = {p.name for p in a_segments.glob("*.seg")}
    out = t.sync("A")["A"]["compaction"]
    # B has not applied them: nothing of A's goes
    assert {p.name for p in a_segments.glob("*.seg")} == before and book(b.conn).device_id in out["waiting_for"]
    t.sync("B")
    out = t.sync("A")["A"]["compaction"]
    assert out["deleted_segments"] >= 3 and out["waiting_for"] == []
    assert len(list(a_segments.glob("*.seg"))) < len(before)
    assert len(list((location / bk.book_id / "snapshots").glob("*.snap"))) == 1  # older snapshots went
    target = t.target(a)
    try:  # what a revocation would take as the device's last seq still counts the compacted ones
        assert devices.visible_seq(target, bk.book_id, bk.device_id) == book(a.conn).device.last_seq
    finally:
        target.close()
    # nothing lost: B still applies A's next edit; the book is the same on both
    edit(a, uid_of(a, cids[0]), job_title="After")
    t.sync("A", "B")
    assert dump.dump(a.conn) == dump.dump(b.conn)


def test_acknowledgements_are_signed_and_a_forged_one_counts_for_nothing(team):
    t = team()
    t.add("B")
    a, b = t["A"], t["B"]
    t.sync("A", "B")
    bk = book(a.conn)
    target = t.target(a)
    try:
        latest = chain(target, bk)[-1]
        b_id = book(b.conn).device_id
        good = acks.read(target, bk.book_id, b_id, latest)
        assert good is not None and bk.device_id in good["seen"]
        path = Path(t.url) / layout.ack_path(bk.book_id, b_id)
        doc = json.loads(path.read_bytes())
        doc["ack"]["seen"][bk.device_id] = 10**6
        path.write_bytes(json.dumps(doc).encode())
        assert acks.read(target, bk.book_id, b_id, latest) is None
    finally:
        target.close()


def test_a_device_whose_stamps_run_ahead_is_warned_about(team, monkeypatch):
    from vault import clock

    t = team()
    b = t.add("B")
    cid = create_customer(b, {"given_name": "Clock", "family_name": "Skew"})
    real = clock.now
    monkeypatch.setattr(clock, "now", lambda: real() + 3600)  # B's clock an hour ahead
    ops_sync.sync(b)
    monkeypatch.setattr(clock, "now", real)
    edit(b, uid_of(b, cid), job_title="later")
    monkeypatch.setattr(clock, "now", lambda: real() + 3600)
    ops_sync.sync(b)
    monkeypatch.setattr(clock, "now", real)
    out = ops_sync.sync(t["A"]).result
    warning = next(w for w in out["warnings"] if w["kind"] == "clock-ahead")
    assert warning["device"] == book(b.conn).device_id and 50 <= warning["minutes"] <= 70
    assert ops_sync.status(t["A"])["warnings"] == out["warnings"]


def test_a_restore_of_an_older_backup_after_compaction_does_not_bring_the_person_back(team, vault_info, tmp_path):
    from app.errors import AuthenticationError
    from tests.conftest import run_cli, signin

    t = team()
    t.add("B")
    a = t["A"]
    cid = create_customer(a, ADA)
    u = uid_of(a, cid)
    t.sync("A", "B")
    b_path = tmp_path / "device-B"
    t.sessions.pop("B").close()
    r = run_cli(["backup", b_path, *signin(vault_info), "--to", tmp_path / "backups", "--json"],
                stdin=vault_info.password + "\n")
    assert r.status == 0, r.err
    old_archive = tmp_path / "backups" / r.json["archive"]
    t.sessions["B"] = t._sign_in(b_path)
    erase(a, cid)
    t.sync("A", "B", "A", "B", "A")
    assert compaction.state(a.conn).get("erasure") is None
    t.sessions.pop("B").close()
    key = tmp_path / "recovery.txt"
    key.write_text(vault_info.recovery_key + "\n")
    r = run_cli(["restore", old_archive, "--to", b_path, "--recovery-key-file", key, "--json"])
    assert r.status == 0, r.err
    assert r.json["reapplied"]["erasures"] == 1
    restored = t._sign_in(b_path)
    t.sessions["B"] = restored
    row = restored.conn.execute("SELECT erased_at FROM customers WHERE uid = ?", (u,)).fetchone()
    assert row[0] is not None and not any(m in dump.dump(restored.conn) for m in MARKERS)
    # the restored copy is a new device: it cannot publish anything until an administrator admits it
    with pytest.raises(AuthenticationError):
        ops_sync.sync(restored)


def test_sync_status_lists_stale_devices(team, vault_info, monkeypatch):
    from tests.conftest import run_cli, signin
    from vault import clock

    t = team()
    b = t.add("B")
    last = t.sync("A")["A"]
    a_path = vault_info.path
    b_id = book(b.conn).device_id
    t.sessions.pop("A").close()
    r = run_cli(["sync", "status", a_path, *signin(vault_info, json=True)], stdin=vault_info.password + "\n")
    assert r.status == 0, r.err
    assert r.json["stale"] == [] and r.json["warnings"] == last["warnings"] and r.json["book_id"]
    t.sessions["A"] = vault_info.sign_in()
    real = clock.now
    monkeypatch.setattr(clock, "now", lambda: real() + 31 * 86400)  # B never syncs for a month
    stale = ops_sync.stale_devices(t["A"])
    assert b_id in [d["device"] for d in stale]
    assert next(d for d in stale if d["device"] == b_id)["last_seen"] is None


def test_a_vault_copied_back_from_before_a_compaction_is_told_so_not_left_waiting(team, tmp_path, monkeypatch):
    monkeypatch.setattr(compaction, "COMPACT_SEGMENTS", 2)
    t = team()
    t.add("B", "Support")
    a = t["A"]
    cids = [create_customer(a, {"given_name": f"Q{i}", "family_name": "Old"}) for i in range(3)]
    t.sync("A", "B")
    b_path = tmp_path / "device-B"
    t.sessions.pop("B").close()
    shutil.copytree(b_path, tmp_path / "old-B", ignore=shutil.ignore_patterns("vault.lock"))
    t.sessions["B"] = t._sign_in(b_path)
    for cid in cids:
        edit(a, uid_of(a, cid), job_title="Newer")
        t.sync("A", "B")
    t.sync("A", "B", "A")
    a_id = book(a.conn).device_id
    want = t["B"].conn.execute("SELECT seq FROM sync_peers WHERE device = ?", (a_id,)).fetchone()[0]
    t.sessions.pop("B").close()
    shutil.rmtree(b_path)
    shutil.copytree(tmp_path / "old-B", b_path)  # the folder put back from an old copy
    old = t._sign_in(b_path)
    t.sessions["B"] = old
    behind = old.conn.execute("SELECT seq FROM sync_peers WHERE device = ?", (a_id,)).fetchone()[0]
    assert behind < want
    out = ops_sync.sync(old).result
    assert {"device": a_id, "segment": behind + 1, "reason": "compacted"} in out["refused"]
