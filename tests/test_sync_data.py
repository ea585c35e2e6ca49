"""Team sync, the data foundation (issue 14, slice "sync-data"): global ids filled by migration
0008 in every older vault, local writes captured in the outbox in the same transaction (through
the real use cases on real SQLCipher vaults), the hybrid logical clock, the device identity and
its renewal by a restore, and the canonical dump the convergence tests compare."""
from __future__ import annotations

import json
import random
import shutil
import uuid

import pytest

from app import auth, profiles, users
from app.ops import records as ops
from app.ops import settings as settings_ops
from app.records import create_customer, define_custom_field, get_customer
from app.sync import capture
from tests.conftest import PASSWORD, run_cli
from vault import migrations
from vault.db import transaction
from vault.errors import ConflictError, IntegrityError
from vault.sync import dump, hlc, identity, schema, triggers, uid

BOOK = "0190f000-0000-7000-8000-00000000b00c"
ADA = {"given_name": "Ada", "family_name": "Lovelace", "emails": ["ada@analytical.example"],
       "phones": ["+44 20 7946 0000"], "tags": ["VIP"], "notes": "prefers letters"}


def join(session, book: str = BOOK) -> identity.Device:
    with transaction(session.conn):
        return identity.join_book(session.conn, book)


def outbox(conn, after: int = 0) -> list[dict]:
    return [dict(r) for r in conn.execute("SELECT * FROM sync_outbox WHERE seq > ? ORDER BY seq", (after,))]


def last_seq(conn) -> int:
    return conn.execute("SELECT coalesce(max(seq), 0) FROM sync_outbox").fetchone()[0]


def fields_of(rows, table: str) -> set[str]:
    return {r["field"] for r in rows if r["tbl"] == table}


# ----------------------------------------------------------------------------- migration
def test_every_older_vault_upgrades_and_every_synced_row_gets_a_uid(tmp_path, fake_clock):
    from tests.old_vaults import OLD_CUSTOMER, open_old_vault_copies

    for path, info in open_old_vault_copies(tmp_path):
        session = auth.sign_in(path, info["user"], info["password"], totp_code=fake_clock.code(info["totp_secret"]))
        conn = session.conn
        assert migrations.current_version(conn) == migrations.latest() >= 8
        for t in schema.TABLES:
            uids = [r[0] for r in conn.execute(f"SELECT uid FROM {t.name}")]
            assert all(uid.is_uid(u) for u in uids), (info["schema_version"], t.name, uids)
            assert len(set(uids)) == len(uids)
        for name, u in conn.execute("SELECT name, uid FROM profiles WHERE builtin = 1"):
            assert u == uid.named("profiles", name)  # every vault agrees on the built-in profiles
        assert [tuple(r) for r in conn.execute("SELECT id FROM users WHERE uid IS NOT id")] == []
        if info["schema_version"] >= 2:
            u = conn.execute("SELECT uid FROM customers WHERE display_name = ?", (OLD_CUSTOMER,)).fetchone()[0]
            assert uuid.UUID(u).version == 7
        assert identity.device(conn) is None and not identity.in_book(conn)
        assert capture.waiting_count(conn) == 0  # filling uids is not a change
        session.close()


def test_every_column_of_a_synced_table_is_classified(admin):
    """A new column must be declared synced or local before it ships (vault/sync/schema.py)."""
    for t in schema.TABLES:
        columns = [r[1] for r in admin.conn.execute(f"PRAGMA table_info({t.name})")]
        declared = set(t.key) | set(t.fields) | set(t.local) | {"uid"}
        assert set(columns) == declared, t.name
        assert not set(t.fields) & set(t.local)
        assert not {"totp_secret", "version", "import_id", "last_signin_at"} & set(t.fields)


def test_the_vault_holds_exactly_the_generated_triggers(admin):
    """The migration's static SQL is what vault/sync/triggers.py generates from the schema."""
    stored = {r[0]: r[1] for r in admin.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync\\_%' ESCAPE '\\'")}
    made = {sql.split()[2]: sql.strip().rstrip(";") + ";" for sql in triggers.all_triggers()}
    assert {k: v.rstrip(";") for k, v in made.items()} == {k: v.rstrip(";") for k, v in stored.items()}


# ----------------------------------------------------------------------------- capture
def test_a_vault_not_in_a_book_records_nothing_but_new_rows_get_uids(admin):
    cid = create_customer(admin, ADA)
    ops.save_deal(admin, cid, None, {"title": "Engine", "items": [{"product": "gear", "quantity": 2,
                                                                    "unit_price_minor": 500}]}, None)
    ops.log_interaction(admin, cid, "call", "about the engine")
    settings_ops.save(admin, {"lock.idle_minutes": 12})
    assert capture.waiting_count(admin.conn) == 0
    assert admin.conn.execute("SELECT count(*) FROM sync_versions").fetchone()[0] == 0
    for table in ("customers", "customer_emails", "customer_tags", "tags", "deals", "deal_items", "interactions",
                  "settings"):
        assert admin.conn.execute(f"SELECT count(*) FROM {table} WHERE uid IS NULL").fetchone()[0] == 0, table
    row = admin.conn.execute("SELECT uid FROM settings WHERE key = 'lock.idle_minutes'").fetchone()
    assert row[0] == uid.named("settings", "lock.idle_minutes")


class Steps:
    """Runs one use case at a time and checks what it left in the outbox: one stamp per step,
    later than the step before; every change names the signed-in user and this device."""

    def __init__(self, session, device):
        self.s, self.device, self.seq, self.stamp = session, device, last_seq(session.conn), ""

    def run(self, fn, *args, **kw) -> tuple[object, list[dict]]:
        result = fn(self.s, *args, **kw)
        rows = outbox(self.s.conn, self.seq)
        assert rows, fn.__name__
        stamps = {r["hlc"] for r in rows}
        assert len(stamps) == 1, (fn.__name__, stamps)  # one transaction, one stamp
        stamp = stamps.pop()
        assert stamp > self.stamp and hlc.parse(stamp).device == self.device.device_id
        assert {r["device"] for r in rows} == {self.device.device_id}
        assert {r["user_id"] for r in rows} == {self.s.user_id}
        for r in rows:
            assert r["field"] == schema.ROW or r["field"] in schema.BY_NAME[r["tbl"]].fields, r
        self.seq, self.stamp = rows[-1]["seq"], stamp
        return result, rows


def test_every_kind_of_local_write_is_captured_with_increasing_stamps(admin):
    conn = admin.conn
    dev = join(admin)
    steps = Steps(admin, dev)
    define_custom_field(admin, "shoe_size", "Shoe size", "number")
    steps.seq = last_seq(conn)
    changes, rows = steps.run(ops.create, {**ADA, "custom": {"shoe_size": "38"}})
    cid = changes.result
    assert {"customers", "customer_emails", "customer_phones", "customer_tags", "tags",
            "customer_custom_values"} <= {r["tbl"] for r in rows}
    ada_uid = conn.execute("SELECT uid FROM customers WHERE id = ?", (cid,)).fetchone()[0]
    link = [r for r in rows if r["tbl"] == "customer_emails" and r["field"] == "customer_id"]
    assert json.loads(link[0]["value"]) == ada_uid  # a local id travels as the uid it points to
    created = steps.stamp

    version = get_customer(admin, cid)["version"]
    _, rows = steps.run(ops.update, cid, {"job_title": "Analyst"}, version)
    assert "job_title" in fields_of(rows, "customers")
    assert "display_name" not in fields_of(rows, "customers")  # unchanged fields are not changes
    job = next(r for r in rows if r["field"] == "job_title")
    assert json.loads(job["value"]) == "Analyst" and job["replaced"] == created
    assert conn.execute("SELECT hlc FROM sync_versions WHERE tbl = 'customers' AND uid = ? AND field = 'job_title'",
                        (ada_uid,)).fetchone()[0] == steps.stamp
    assert conn.execute("SELECT hlc FROM sync_versions WHERE tbl = 'customers' AND uid = ? AND field = 'kind'",
                        (ada_uid,)).fetchone()[0] == created

    (consent, rows) = steps.run(ops.record_consent, cid, "newsletter", "consent", "web form")
    assert fields_of(rows, "consents") >= {"*", "purpose", "lawful_basis", "customer_id"}
    _, rows = steps.run(ops.withdraw_consent, cid, consent.result)
    assert "withdrawn_at" in fields_of(rows, "consents")
    pref, rows = steps.run(ops.add_preference, cid, "tea", "Earl Grey", "")
    _, rows = steps.run(ops.remove_preference, cid, pref.result)
    assert [(r["tbl"], r["field"], r["op"]) for r in rows] == [("purchase_preferences", "*", "delete")]

    deal, rows = steps.run(ops.save_deal, cid, None, {"title": "Engine", "items": [
        {"product": "gear", "quantity": 2, "unit_price_minor": 500}]}, None)
    assert "*" in fields_of(rows, "deals") and "*" in fields_of(rows, "deal_items")
    steps.run(ops.log_interaction, cid, "call", "about the engine")
    _, rows = steps.run(ops.remove_deal, cid, deal.result)
    assert {(r["tbl"], r["op"]) for r in rows if r["field"] == "*"} >= {("deals", "delete"), ("deal_items", "delete")}
    _, rows = steps.run(ops.set_restricted, cid, True, "dispute")
    assert "*" in fields_of(rows, "restrictions")
    steps.run(ops.set_restricted, cid, False)

    twin = create_customer(admin, {"given_name": "Ada", "family_name": "Lovelace", "phones": ["+44 20 7946 0001"]})
    steps.seq = last_seq(conn)
    versions = {i: get_customer(admin, i)["version"] for i in (cid, twin)}
    _, rows = steps.run(ops.merge, cid, [twin], versions)
    assert {"deleted_at", "merged_into"} <= fields_of(rows, "customers")
    _, rows = steps.run(ops.delete, cid, None)
    assert "deleted_at" in fields_of(rows, "customers")
    steps.run(ops.restore, cid)

    _, rows = steps.run(ops.erase, cid)
    assert (ada_uid, "*", "erase") in {(r["uid"], r["field"], r["op"]) for r in rows}
    assert "*" in fields_of(rows, "erasure_ledger")
    everything = json.dumps(outbox(conn))
    for marker in ("Lovelace", "ada@analytical", "7946", "prefers letters", "dispute", "web form"):
        assert marker not in everything, [r for r in outbox(conn) if marker in json.dumps(r)]  # the person's earlier values never leave this device


def test_users_profiles_and_team_settings_are_captured_but_never_secrets(admin):
    conn = admin.conn
    dev = join(admin)
    steps = Steps(admin, dev)
    _, rows = steps.run(profiles.create_profile, "Field", ["customers.read", "customers.update"], "own")
    field_uid = rows[0]["uid"]
    steps.run(profiles.update_profile, "Field", description="out and about")
    enrolment, rows = steps.run(users.add_user, "sam", "sam's long passphrase 42", "Field")
    assert fields_of(rows, "users") == {"*", "username", "display_name", "profile_id", "status", "created_at"}
    assert {r["uid"] for r in rows if r["tbl"] == "users"} == {enrolment.user_id}
    assert json.loads(next(r for r in rows if r["field"] == "profile_id")["value"]) == field_uid
    _, rows = steps.run(users.set_profile, "sam", "Sales")
    assert json.loads(rows[0]["value"]) == uid.named("profiles", "Sales")
    _, rows = steps.run(users.disable_user, "sam")
    assert ("users", "status") in {(r["tbl"], r["field"]) for r in rows}
    everything = json.dumps(outbox(conn))
    secret = conn.execute("SELECT totp_secret FROM users WHERE username = 'sam'").fetchone()[0]
    assert secret not in everything and "totp" not in everything and "must_change" not in everything

    _, rows = steps.run(settings_ops.save, {"lock.idle_minutes": 7})
    assert rows[0]["uid"] == uid.named("settings", "lock.idle_minutes")
    before = last_seq(conn)
    settings_ops.save(admin, {"backup.interval_hours": 6})  # a device's own backups: not team-wide
    assert outbox(conn, before) == []
    steps.seq = last_seq(conn)
    _, rows = steps.run(profiles.delete_profile, "Field")
    assert [(r["uid"], r["op"]) for r in rows] == [(field_uid, "delete")]


def test_a_write_that_fails_or_rolls_back_leaves_nothing(admin):
    conn = admin.conn
    join(admin)
    cid = create_customer(admin, ADA)
    before = (outbox(conn), [tuple(r) for r in conn.execute("SELECT * FROM sync_versions")],
              conn.execute("SELECT last_hlc FROM sync_state").fetchone()[0])
    with pytest.raises(ConflictError):
        ops.update(admin, cid, {"job_title": "Analyst"}, 999)  # stale version: refused
    with pytest.raises(RuntimeError), transaction(conn):
        create_customer(admin, {"given_name": "Charles", "family_name": "Babbage"})
        conn.execute("UPDATE customers SET notes = 'x' WHERE id = ?", (cid,))
        raise RuntimeError("power cut")
    after = (outbox(conn), [tuple(r) for r in conn.execute("SELECT * FROM sync_versions")],
             conn.execute("SELECT last_hlc FROM sync_state").fetchone()[0])
    assert after == before


def test_changes_applied_from_other_devices_are_not_captured(admin):
    join(admin)
    cid = create_customer(admin, ADA)
    n = capture.waiting_count(admin.conn)
    with capture.applying(admin.conn):
        admin.conn.execute("UPDATE customers SET job_title = 'Countess' WHERE id = ?", (cid,))
    assert capture.waiting_count(admin.conn) == n
    assert admin.conn.execute("SELECT applying FROM sync_state").fetchone()[0] == 0
    waiting = capture.waiting(admin.conn)
    assert waiting[0]["op"] == "set" and waiting[0]["field"] == "*" and waiting[0]["value"] is True


# ----------------------------------------------------------------------------- device identity
def test_joining_makes_a_device_with_real_keys(admin):
    import pyrage

    dev = join(admin)
    assert uid.is_uid(dev.device_id) and dev.book_id == BOOK
    assert pyrage.decrypt(pyrage.encrypt(b"hello", [pyrage.x25519.Recipient.from_str(dev.recipient)]),
                          [pyrage.x25519.Identity.from_str(dev.age_identity)]) == b"hello"
    dev.public_key().verify(dev.private_key().sign(b"segment"), b"segment")
    with pytest.raises(ConflictError):
        join(admin)


def test_a_restored_vault_is_a_new_device(vault_info, tmp_path):
    v = vault_info
    s = v.sign_in()
    try:
        old = join(s)
        create_customer(s, ADA)
        with transaction(s.conn):  # as the segment writer will: the first changes went out as seq 1 and 2
            s.conn.execute("UPDATE sync_outbox SET published = 1 WHERE seq <= 3")
            s.conn.execute("UPDATE sync_state SET last_seq = 2")
        waiting = capture.waiting(s.conn)
    finally:
        s.close()
    r = run_cli(["backup", v.path, "--user", v.user, "--password-stdin", "--totp", v.code(), "--to",
                 tmp_path / "backups", "--json"], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    key = tmp_path / "recovery.txt"
    key.write_text(v.recovery_key + "\n")
    r = run_cli(["restore", tmp_path / "backups" / r.json["archive"], "--to", tmp_path / "restored",
                 "--recovery-key-file", key])
    assert r.status == 0, r.err
    s = auth.sign_in(tmp_path / "restored", v.user, v.password, totp_code=v.code())
    try:
        new = identity.device(s.conn)
        assert new.device_id != old.device_id and new.book_id == BOOK
        assert new.age_identity != old.age_identity and new.signing_key != old.signing_key
        assert new.last_seq == 0  # sequence numbers restart under the new id
        assert s.conn.execute("SELECT seq FROM sync_peers WHERE device = ?", (old.device_id,)).fetchone()[0] == 2
        again = capture.waiting(s.conn)  # what never went out goes out again, stamped by the new device
        assert [(c["table"], c["uid"], c["field"], c["value"]) for c in again] == [
            (c["table"], c["uid"], c["field"], c["value"]) for c in waiting]
        assert {hlc.parse(c["hlc"]).device for c in again} == {new.device_id} == {c["device"] for c in again}
        assert min(c["hlc"] for c in again) > max(c["hlc"] for c in waiting)
        cid = create_customer(s, {"given_name": "Charles", "family_name": "Babbage"})
        mine = s.conn.execute("SELECT DISTINCT device FROM sync_outbox o JOIN customers c ON c.uid = o.uid"
                              " WHERE c.id = ?", (cid,)).fetchall()
        assert [m[0] for m in mine] == [new.device_id]
    finally:
        s.close()


# ----------------------------------------------------------------------------- canonical dump
def test_the_dump_is_stable_and_follows_every_field(vault_info, tmp_path):
    s = vault_info.sign_in()
    try:
        join(s)
        cid = create_customer(s, ADA)
        company = create_customer(s, {"kind": "company", "display_name": "Analytical Engines Ltd"})
        ops.update(s, cid, {"company_id": company}, get_customer(s, cid)["version"])
        first = dump.dump(s.conn)
        assert first == dump.dump(s.conn)
    finally:
        s.close()
    shutil.copytree(vault_info.path, tmp_path / "copy")
    (tmp_path / "copy" / "vault.lock").unlink(missing_ok=True)
    other = auth.sign_in(tmp_path / "copy", vault_info.user, vault_info.password, totp_code=vault_info.code())
    try:
        assert dump.dump(other.conn) == first  # the same book gives the same bytes
        lines = first.decode("utf-8").splitlines()
        rows = [json.loads(line) for line in lines]
        assert lines == sorted(lines, key=lambda x: (json.loads(x)["table"], json.loads(x)["uid"]))
        ada = next(r for r in rows if r["table"] == "customers" and r["fields"]["given_name"] == "Ada")
        assert ada["fields"]["company_id"] == other.conn.execute("SELECT uid FROM customers WHERE id = ?",
                                                                 (company,)).fetchone()[0]
        assert "id" not in ada["fields"] and "version" not in ada["fields"]
        ops.update(other, cid, {"notes": "prefers telegrams"}, get_customer(other, cid)["version"])
        changed = dump.dump(other.conn).decode("utf-8").splitlines()
        differ = [(a, b) for a, b in zip(lines, changed, strict=True) if a != b]
        assert len(differ) == 1 and json.loads(differ[0][1])["uid"] == ada["uid"]
        assert "prefers telegrams" in differ[0][1]
    finally:
        other.close()


# ----------------------------------------------------------------------------- clock and ids
DAY = 86_400


def test_stamps_always_increase_and_sort_as_text(fake_clock):
    device = str(uuid.uuid4())
    c = hlc.Clock(device)
    stamps = [c.now() for _ in range(5)]
    fake_clock.t -= 3600  # the wall clock goes back an hour
    stamps += [c.now() for _ in range(5)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 10
    rng = random.Random(14)
    made = [hlc.format_stamp(rng.randrange(10**13), rng.randrange(0x10000), str(uuid.uuid4())) for _ in range(300)]
    assert sorted(made) == sorted(made, key=hlc.parse)
    with pytest.raises(IntegrityError):
        hlc.parse("1750000000000-0-" + device)


def test_a_clock_a_day_off_still_converges_a_year_ahead_is_refused(fake_clock):
    here, ahead, behind = (hlc.Clock(str(uuid.uuid4())) for _ in range(3))
    now = fake_clock.t
    fake_clock.t = now + DAY
    from_ahead = ahead.now()  # a laptop a day ahead
    fake_clock.t = now - DAY
    from_behind = behind.now()
    fake_clock.t = now
    here.receive(from_behind)
    here.receive(from_ahead)  # within the margin: taken in
    mine = here.now()
    assert mine > from_ahead > from_behind  # a later local edit beats what it has seen
    behind.receive(mine)
    fake_clock.t = now - DAY
    assert behind.now() > mine  # the slow laptop's next edit is ordered after what it saw
    fake_clock.t = now
    fake_clock.t = now + 365 * DAY
    from_year = hlc.Clock(str(uuid.uuid4())).now()
    fake_clock.t = now
    with pytest.raises(hlc.FutureStamp):
        here.receive(from_year)
    assert here.now() < from_year  # a refused stamp does not drag the clock forward
    with pytest.raises(hlc.FutureStamp):  # the location's file times do not vouch for a year either
        here.receive(from_year, reference_ms=int((now + DAY) * 1000))


def test_uuid7_is_time_ordered_and_canonical(fake_clock):
    made = []
    for _ in range(50):
        fake_clock.t += 0.002
        made.append(uid.uuid7())
    assert made == sorted(made) and all(uid.is_uid(u) for u in made)
    for u in made:
        parsed = uuid.UUID(u)
        assert parsed.version == 7 and parsed.variant == uuid.RFC_4122 and str(parsed) == u
    assert uid.uid_time_ms(made[-1]) == int(fake_clock.t * 1000)
    assert uid.named("settings", "a") == uid.named("settings", "a") != uid.named("tags", "a")
