"""Issue 14 (sync-join-download): a device that joined through an invitation downloads the book on
its first round (the snapshot an administrator's round publishes for the new roster), then syncs
both ways; through a real folder location, real vaults, the real ``device join`` flow."""
from __future__ import annotations

from app import auth
from app.ops import sync as ops_sync
from app.records import create_customer, get_customer, update_customer
from app.records.search import search
from tests.conftest import PASSWORD, run_cli, signin
from vault.sync import dump

BOB_PASSWORD = "bob's own long passphrase 7"
ADA = {"given_name": "Ada", "family_name": "Lovelace", "emails": ["ada@analytical.example"], "notes": "letters"}
GRACE = {"given_name": "Grace", "family_name": "Hopper", "phones": ["+1 555 0100"]}


def _uid(s, cid: int) -> str:
    return s.conn.execute("SELECT uid FROM customers WHERE id = ?", (cid,)).fetchone()[0]


def _cid(s, uid: str) -> int | None:
    row = s.conn.execute("SELECT id FROM customers WHERE uid = ?", (uid,)).fetchone()
    return row[0] if row else None


def _customers(info, *people: dict) -> list[str]:
    """The uids of ``people`` made on ``info``'s vault (before its book starts)."""
    s = info.sign_in()
    try:
        return [_uid(s, create_customer(s, p)) for p in people]
    finally:
        s.close()


def _join_bob(a, url, tmp_path) -> tuple:
    """``sync init`` on A (with customers already in it), invite, ``device join``, ``device approve``."""
    r = run_cli(["sync", "init", a.path, *signin(a, json=True), "--at", url], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    inv = tmp_path / "bob.invite"
    r = run_cli(["device", "invite", a.path, *signin(a, json=True), "--user", "bob", "--profile", "Administrator",
                 "--out", inv], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    b_path = tmp_path / "b"
    r = run_cli(["device", "join", b_path, "--invite", inv, "--password-stdin", "--kdf", "floor", "--json"],
                stdin=f"{BOB_PASSWORD}\n{r.json['code']}\n")
    assert r.status == 0, r.err
    joined = r.json
    r = run_cli(["device", "approve", a.path, joined["device_id"], *signin(a, json=True)], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    return b_path, joined


def test_a_joined_device_downloads_the_book_then_its_edits_reach_the_administrator(new_vault, tmp_path):
    a_info = new_vault("a")
    url = tmp_path / "location"
    ada, grace = _customers(a_info, ADA, GRACE)
    b_path, joined = _join_bob(a_info, url, tmp_path)
    before = {p.name for p in url.glob("*/snapshots/*.snap")}

    a = a_info.sign_in()
    b = auth.sign_in(b_path, "bob", BOB_PASSWORD, totp_code=a_info.clock.code(joined["totp_secret"]))
    try:
        assert _cid(b, ada) is None  # joined, approved, not synced: nothing of the book yet
        ops_sync.sync(a)  # the roster changed: A publishes a snapshot the new roster can read
        assert len({p.name for p in url.glob("*/snapshots/*.snap")} - before) == 1
        out = ops_sync.sync(b).result
        assert out["refused"] == [] and out["applied"] > 0
        assert get_customer(b, _cid(b, ada))["emails"][0]["value"] == "ada@analytical.example"
        assert dump.dump(b.conn) == dump.dump(a.conn)
        # a second round of A makes no new snapshot; B's edit reaches A
        ops_sync.sync(a)
        assert len({p.name for p in url.glob("*/snapshots/*.snap")} - before) == 1
        rec = get_customer(b, _cid(b, grace))
        update_customer(b, _cid(b, grace), {"job_title": "Rear Admiral"}, rec["version"])
        ops_sync.sync(b)
        assert ops_sync.sync(a).result["refused"] == []
        assert get_customer(a, _cid(a, grace))["job_title"] == "Rear Admiral"
        assert dump.dump(b.conn) == dump.dump(a.conn)
    finally:
        a.close()
        b.close()


def test_a_snapshot_carries_no_device_own_backup_settings(new_vault, tmp_path):
    from app.settings import VaultSettings

    a_info = new_vault("a")
    url = tmp_path / "location"
    s = a_info.sign_in()
    try:
        VaultSettings(s).set("backup.interval_hours", 7)
        VaultSettings(s).set("records.phone_region", "FR")
    finally:
        s.close()
    b_path, joined = _join_bob(a_info, url, tmp_path)
    a = a_info.sign_in()
    b = auth.sign_in(b_path, "bob", BOB_PASSWORD, totp_code=a_info.clock.code(joined["totp_secret"]))
    try:
        ops_sync.sync(a)
        assert ops_sync.sync(b).result["refused"] == []
        assert VaultSettings(b).get("records.phone_region") == "FR"  # a team-wide setting arrives
        assert VaultSettings(b).get("backup.interval_hours") == 24  # A's own backup schedule does not
    finally:
        a.close()
        b.close()


def test_before_an_administrator_syncs_the_joined_device_waits_and_applies_nothing(new_vault, tmp_path):
    a_info = new_vault("a")
    url = tmp_path / "location"
    (ada,) = _customers(a_info, ADA)
    b_path, joined = _join_bob(a_info, url, tmp_path)
    b = auth.sign_in(b_path, "bob", BOB_PASSWORD, totp_code=a_info.clock.code(joined["totp_secret"]))
    try:
        # the only snapshot was made before B joined: it is not encrypted to B
        out = ops_sync.sync(b).result
        assert out["applied"] == 0 and _cid(b, ada) is None
        assert b.conn.execute("SELECT count(*) FROM sync_peers").fetchone()[0] == 0
        # an administrator's device that has not got the book yet never publishes a snapshot of it
        assert len(list(url.glob("*/snapshots/*.snap"))) == 1
    finally:
        b.close()
    a = a_info.sign_in()
    try:
        ops_sync.sync(a)
    finally:
        a.close()
    b = auth.sign_in(b_path, "bob", BOB_PASSWORD, totp_code=a_info.clock.code(joined["totp_secret"]))
    try:
        ops_sync.sync(b)
        assert _cid(b, ada) is not None
    finally:
        b.close()


def _fts(s) -> list[tuple]:
    """The full-text index by customer uid (local ids differ between devices)."""
    return s.conn.execute("SELECT c.uid, f.name, f.company, f.emails, f.phones, f.city, f.tags, f.notes"
                          " FROM customers_fts f JOIN customers c ON c.id = f.rowid ORDER BY c.uid").fetchall()


def test_a_book_over_the_size_of_one_part_joins_in_parts_with_its_search_index(new_vault, tmp_path, monkeypatch):
    """The snapshot is cut into parts; the reader's limit per part (lowered here, as the old single
    limit was passed by a book of ~20,000 customers) is never reached by the whole book."""
    from vault.sync import snapshot_format

    monkeypatch.setattr(snapshot_format, "PART_TARGET", 2048)
    monkeypatch.setattr(snapshot_format, "MAX_PART_PLAIN", 4096)
    a_info = new_vault("a")
    url = tmp_path / "location"
    people = [{"given_name": f"Person{i}", "family_name": "Marker", "emails": [f"p{i}@parts.example"],
               "phones": [f"+49 30 1234 56{i:02d}"], "notes": "n" * 300} for i in range(25)]
    uids = _customers(a_info, ADA, GRACE, *people)
    b_path, joined = _join_bob(a_info, url, tmp_path)
    a = a_info.sign_in()
    b = auth.sign_in(b_path, "bob", BOB_PASSWORD, totp_code=a_info.clock.code(joined["totp_secret"]))
    try:
        ops_sync.sync(a)
        parts = list(url.glob("*/snapshots/*.part"))
        total = sum(len(p.read_bytes()) for p in parts)
        assert len(parts) > 5 and total > 4096  # well over one part's limit, ciphertext alone
        out = ops_sync.sync(b).result
        assert out["refused"] == [] and out["applied"] > 0
        assert all(_cid(b, u) is not None for u in uids)
        assert dump.dump(b.conn) == dump.dump(a.conn)
        assert _fts(b) == _fts(a) and len(_fts(b)) == len(uids)
        hits = search(b, "p7@parts.example")
        assert [h["display_name"] for h in hits] == ["Person7 Marker"]
        assert [h["display_name"] for h in search(b, "301234560")][:1]  # the national number is indexed
    finally:
        a.close()
        b.close()


def test_a_damaged_snapshot_is_reported_not_silently_skipped(new_vault, tmp_path):
    a_info = new_vault("a")
    url = tmp_path / "location"
    (ada,) = _customers(a_info, ADA)
    b_path, joined = _join_bob(a_info, url, tmp_path)
    a = a_info.sign_in()
    try:
        ops_sync.sync(a)
    finally:
        a.close()
    newest = max(url.glob("*/snapshots/*.snap"), key=lambda p: p.name)
    (part,) = [p for p in url.glob("*/snapshots/*.part") if p.name.startswith(newest.stem)]
    data = bytearray(part.read_bytes())
    data[len(data) // 2] ^= 0x01
    part.write_bytes(bytes(data))
    b = auth.sign_in(b_path, "bob", BOB_PASSWORD, totp_code=a_info.clock.code(joined["totp_secret"]))
    try:
        out = ops_sync.sync(b).result
        assert out["applied"] == 0 and _cid(b, ada) is None
        assert out["refused"] == [{"device": newest.stem[56:], "segment": newest.name, "reason": "damaged"}]
        alert = b.conn.execute("SELECT details FROM alerts WHERE rule = 'sync_refused'").fetchone()
        assert alert is not None and newest.name in alert[0]
        assert b.conn.execute("SELECT count(*) FROM sync_peers").fetchone()[0] == 0  # nothing half-applied
        assert b.conn.execute("SELECT count(*) FROM customers WHERE uid = ?", (ada,)).fetchone()[0] == 0
    finally:
        b.close()
    r = run_cli(["sync", b_path, "--user", "bob", "--password-stdin", "--totp",
                 a_info.clock.code(joined["totp_secret"]), "--json"], stdin=BOB_PASSWORD + "\n")
    assert r.status == 4 and r.json["refused"][0]["reason"] == "damaged"


def test_a_joiner_gets_erasures_as_ledger_rows_and_its_ledger_file(new_vault, tmp_path):
    from app.privacy import erase
    from vault.ledger import LEDGER_FILE

    a_info = new_vault("a")
    url = tmp_path / "location"
    ada, grace = _customers(a_info, ADA, GRACE)
    b_path, joined = _join_bob(a_info, url, tmp_path)
    a = a_info.sign_in()
    b = auth.sign_in(b_path, "bob", BOB_PASSWORD, totp_code=a_info.clock.code(joined["totp_secret"]))
    try:
        erase(a, _cid(a, ada))
        ops_sync.sync(a)
        assert ops_sync.sync(b).result["refused"] == []
        assert [r[0] for r in b.conn.execute("SELECT customer_uid FROM erasure_ledger")] == [ada]
        assert b"analytical" not in dump.dump(b.conn) and dump.dump(b.conn) == dump.dump(a.conn)
        assert (b_path / LEDGER_FILE).exists()  # a restore of B's backups re-applies it
    finally:
        a.close()
        b.close()
