"""Issue 14 (sync-devices): invitations, joining, approval, revocation and the device list, through
a real folder location and the real SFTP server, with real vaults, age identities and Ed25519 keys."""
from __future__ import annotations

import base64
import json
import os
import shutil

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app import auth, users
from app.sync import devices, invitations
from tests.conftest import PASSWORD, run_cli, signin
from tests.sync_fixtures import new_id, stamp, start_book
from vault import clock
from vault.backup.targets import open_target
from vault.crypto import canonical
from vault.errors import AuthenticationError, PolicyError
from vault.sync import identity, join_request, layout, segment, transport
from vault.sync import roster as rs
from vault.sync.join_request import RequestRefused

pytest_plugins = ["tests.servers"]

BOB_PASSWORD = "bob's own long passphrase 7"


def roster_now(url, book, fingerprint, **kw) -> rs.Roster:
    target = open_target(str(url), **kw)
    return rs.verify_chain(transport.read_roster(target, book), fingerprint, book)[-1]


def invite(info, out, user="bob", profile="Sales", signer=None, secret=None):
    r = run_cli(["device", "invite", info.path, *signin(info, signer, secret, json=True), "--user", user,
                 "--profile", profile, "--out", out], stdin=PASSWORD + "\n")
    return r


class Laptop:
    """A joining device made of bare keys (no vault): enough to ask to join and to sign segments."""

    def __init__(self):
        self.id = new_id()
        self.identity = pyrage.x25519.Identity.generate()
        self.key = Ed25519PrivateKey.generate()

    def request(self, inv: dict, code: str, *, key=None, user_uid=None) -> bytes:
        mac = join_request.code_key(code, base64.b64decode(inv["salt"]), inv["invitation"])
        return join_request.make(kind="join", book=inv["book"], device=self.id, user_uid=user_uid or inv["user"]["uid"],
                                 user_name=inv["user"]["name"], age_recipient=str(self.identity.to_public()),
                                 key=key or self.key, invitation=inv["invitation"], mac_key=mac,
                                 made_at=clock.iso())

    def ask(self, url, inv: dict, code: str, **kw) -> None:
        raw = self.request(inv, code, **kw)
        transport.publish_once(open_target(str(url)), layout.request_path(inv["book"], self.id), raw)


@pytest.fixture
def book(new_vault, tmp_path):
    """A vault that started a book at a folder location: (info, url, book id, device id, fingerprint)."""
    info = new_vault("a")
    url = tmp_path / "location"
    s = info.sign_in()
    try:
        book_id, dev, fp = start_book(s, url)
    finally:
        s.close()
    return info, url, book_id, dev, fp


def test_invite_join_approve_the_new_laptop_is_on_the_roster_and_its_user_signs_in(book, tmp_path):
    a, url, book_id, dev_a, fp = book
    inv_path = tmp_path / "bob.invite"
    r = invite(a, inv_path)
    assert r.status == 0, r.err
    code = r.json["code"]
    assert r.json["user"] == "bob" and r.json["fingerprint"] == fp
    file_bytes = inv_path.read_bytes()
    assert code.encode() not in file_bytes and code.replace("-", "").encode() not in file_bytes
    assert json.loads(file_bytes)["location"] == str(url)

    b_path = tmp_path / "b"
    r = run_cli(["device", "join", b_path, "--invite", inv_path, "--password-stdin", "--kdf", "floor", "--json"],
                stdin=f"{BOB_PASSWORD}\n{code.lower()}\n")
    assert r.status == 0, r.err
    joined = r.json
    assert joined["state"] == "waiting" and joined["user"] == "bob" and len(joined["recovery_codes"]) == 10

    r = run_cli(["device", "list", a.path, *signin(a, json=True)], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    states = {row["device"]: row["state"] for row in r.json}
    assert states == {dev_a: "active", joined["device_id"]: "waiting"}

    r = run_cli(["device", "approve", a.path, joined["device_id"], *signin(a, json=True)], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    assert r.json["state"] == "active" and r.json["roster_version"] == 2

    latest = roster_now(url, book_id, fp)
    assert {d.id for d in latest.active()} == {dev_a, joined["device_id"]}
    bob_entry = latest.device(joined["device_id"]).entry
    s = a.sign_in()
    try:
        bob_uid = users.user_row(s, "bob")["id"]
    finally:
        s.close()
    assert bob_entry["user"] == {"uid": bob_uid, "name": "bob"} and bob_entry["profile"]["name"] == "Sales"
    assert "deals.write" in bob_entry["profile"]["permissions"] and "users.manage" not in bob_entry["profile"]["permissions"]

    # bob signs in on his own laptop with his own password, as the user the book knows
    bob = auth.sign_in(b_path, "bob", BOB_PASSWORD, totp_code=a.clock.code(joined["totp_secret"]))
    try:
        assert bob.user_id == bob_uid and bob.profile.name == "Sales"
        rows = invitations.list_devices(bob)
        me = [row for row in rows if row["this"]]
        assert me and me[0]["state"] == "active" and me[0]["device"] == joined["device_id"]
    finally:
        bob.close()
    # ... and not on the administrator's laptop, where his user row has no key slot
    with pytest.raises(AuthenticationError):
        auth.sign_in(a.path, "bob", BOB_PASSWORD, totp_code=a.clock.code(joined["totp_secret"]))


def _invitation(a, tmp_path, name="bob") -> tuple[dict, str]:
    path = tmp_path / f"{name}.invite"
    r = invite(a, path, user=name)
    assert r.status == 0, r.err
    return json.loads(path.read_bytes()), r.json["code"]


def _approve(a, device_id, *extra):
    return run_cli(["device", "approve", a.path, device_id, *signin(a, json=True), *extra], stdin=PASSWORD + "\n")


def test_approve_refuses_a_wrong_code_an_edited_or_foreign_signed_request(book, tmp_path):
    a, url, book_id, dev_a, fp = book
    inv, code = _invitation(a, tmp_path)
    wrong = "0000-0000" if code != "0000-0000" else "1111-1111"
    cases = {}
    thief = Laptop()  # has the stolen file, not the code
    thief.ask(url, inv, wrong)
    cases[thief.id] = "code"
    forger = Laptop()  # names its own key, but the request is signed by another one
    doc = json.loads(forger.request(inv, code, key=Ed25519PrivateKey.generate()))
    doc["ed25519"] = join_request.public_key_text(forger.key.public_key())
    transport.publish_once(open_target(str(url)), layout.request_path(book_id, forger.id), canonical(doc))
    cases[forger.id] = "signature"
    edited = Laptop()  # a good request, its age recipient swapped on the location (still canonical JSON)
    doc = json.loads(edited.request(inv, code))
    doc["age"] = str(pyrage.x25519.Identity.generate().to_public())
    transport.publish_once(open_target(str(url)), layout.request_path(book_id, edited.id), canonical(doc))
    cases[edited.id] = "signature"
    for device_id, reason in cases.items():
        r = _approve(a, device_id)
        assert r.status == 4, (reason, r.err)
        s = a.sign_in()
        try:
            with pytest.raises(RequestRefused) as e:
                invitations.approve(s, device_id)
            assert e.value.reason == reason
            refused = s.conn.execute("SELECT count(*) FROM audit_log WHERE action = 'device.approve.refused'"
                                     " AND entity_id = ?", (device_id,)).fetchone()[0]
            assert refused == 2
        finally:
            s.close()
    assert {d.id for d in roster_now(url, book_id, fp).devices()} == {dev_a}
    # the right code still works afterwards (the invitation was not used up by the refusals)
    good = Laptop()
    good.ask(url, inv, code)
    assert _approve(a, good.id).status == 0


def test_an_invitation_is_used_once_and_expires(book, tmp_path):
    a, url, book_id, dev_a, fp = book
    inv, code = _invitation(a, tmp_path)
    first, second = Laptop(), Laptop()
    first.ask(url, inv, code)
    second.ask(url, inv, code)
    assert _approve(a, first.id).status == 0
    r = _approve(a, second.id)
    assert r.status == 1 and "used already" in json.loads(r.err)["error"]

    inv2, code2 = _invitation(a, tmp_path, name="carol")
    late = Laptop()
    late.ask(url, inv2, code2)
    a.clock.advance(8 * 86400)
    r = _approve(a, late.id)
    assert r.status == 1 and "expired" in json.loads(r.err)["error"]
    assert {d.id for d in roster_now(url, book_id, fp).devices()} == {dev_a, first.id}
    # and a laptop cannot even start joining with an expired invitation
    r = run_cli(["device", "join", tmp_path / "late", "--invite", tmp_path / "carol.invite", "--password-stdin",
                 "--kdf", "floor"], stdin=f"{BOB_PASSWORD}\n{code2}\n")
    assert r.status == 1 and not (tmp_path / "late").exists()


def test_join_checks_the_code_format_and_the_location_before_making_a_vault(book, tmp_path):
    a, url, book_id, dev_a, fp = book
    inv, code = _invitation(a, tmp_path)
    r = run_cli(["device", "join", tmp_path / "b", "--invite", tmp_path / "bob.invite", "--password-stdin",
                 "--kdf", "floor"], stdin=f"{BOB_PASSWORD}\n12345\n")
    assert r.status == 2 and not (tmp_path / "b").exists()
    forged = dict(inv, fingerprint="SHA256:" + "A" * 43)  # a file pointing at a chain it did not come from
    (tmp_path / "forged.invite").write_bytes(canonical(forged))
    r = run_cli(["device", "join", tmp_path / "b", "--invite", tmp_path / "forged.invite", "--password-stdin",
                 "--kdf", "floor"], stdin=f"{BOB_PASSWORD}\n{code}\n")
    assert r.status == 4 and not (tmp_path / "b").exists()


def test_a_non_administrator_cannot_invite_approve_or_revoke(book, tmp_path):
    a, url, book_id, dev_a, fp = book
    s = a.sign_in()
    try:
        sam = users.add_user(s, "sam", "sam's long passphrase 12", "Sales")
    finally:
        s.close()
    out = tmp_path / "x.invite"
    r = run_cli(["device", "invite", a.path, "--user", "sam", "--password-stdin", "--totp",
                 a.clock.code(sam.totp_secret), "--user", "eve", "--out", out], stdin="sam's long passphrase 12\n")
    assert r.status == 5 and not out.exists()
    inv, code = _invitation(a, tmp_path)
    lap = Laptop()
    lap.ask(url, inv, code)
    for cmd in ("approve", "revoke"):
        r = run_cli(["device", cmd, a.path, lap.id, "--user", "sam", "--password-stdin", "--totp",
                     a.clock.code(sam.totp_secret)], stdin="sam's long passphrase 12\n")
        assert r.status == 5, (cmd, r.err)
    assert {d.id for d in roster_now(url, book_id, fp).devices()} == {dev_a}


def test_revoked_device_cannot_read_new_segments_and_its_later_segments_are_refused(book, tmp_path):
    a, url, book_id, dev_a, fp = book
    inv, code = _invitation(a, tmp_path)
    lost = Laptop()
    lost.ask(url, inv, code)
    assert _approve(a, lost.id).status == 0
    target = open_target(str(url))
    v2 = roster_now(url, book_id, fp)
    change = {"table": "customers", "uid": new_id(), "field": "notes", "value": "before",
              "hlc": stamp(int(clock.now() * 1000), lost.id),
              "device": lost.id, "user": inv["user"]["uid"], "replaced": None, "op": "set"}
    seg1 = segment.encode(book=book_id, device=lost.id, seq=1, schema=8, changes=[change],
                          recipients=v2.recipients(), key=lost.key)
    transport.publish_once(target, layout.segment_path(book_id, lost.id, 1), seg1)

    r = run_cli(["device", "revoke", a.path, lost.id, *signin(a, json=True)], stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    assert r.json == {"device_id": lost.id, "state": "revoked", "after_seq": 1}
    v3 = roster_now(url, book_id, fp)
    assert v3.version == 3 and not v3.device(lost.id).active and v3.device(lost.id).revoked["after_seq"] == 1

    s = a.sign_in()
    try:
        me = identity.device(s.conn)
        rows = {row["device"]: row for row in invitations.list_devices(s)}
    finally:
        s.close()
    assert rows[lost.id]["state"] == "revoked" and rows[dev_a]["state"] == "active"
    # published after the revocation: encrypted to the new roster, which the lost laptop is not on
    later = dict(change, uid=new_id(), hlc=stamp(int(clock.now() * 1000) + 5, dev_a), device=dev_a, value="after")
    seg_a = segment.encode(book=book_id, device=dev_a, seq=1, schema=8, changes=[later], recipients=v3.recipients(),
                           key=me.private_key())
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(segment.split(seg_a).ciphertext, [lost.identity])
    assert segment.decode(seg_a, book=book_id, device=dev_a, seq=1, roster=v3, identities=[me.age_identity],
                          schema=8).changes[0]["value"] == "after"
    # its segment before the revocation still reads; one it signs afterwards is refused
    assert segment.decode(seg1, book=book_id, device=lost.id, seq=1, roster=v3, identities=[me.age_identity],
                          schema=8).changes[0]["value"] == "before"
    seg2 = segment.encode(book=book_id, device=lost.id, seq=2, schema=8, changes=[dict(change, uid=new_id())],
                          recipients=v2.recipients(), key=lost.key)
    with pytest.raises(segment.SegmentRefused) as e:
        segment.decode(seg2, book=book_id, device=lost.id, seq=2, roster=v3, identities=[me.age_identity], schema=8)
    assert e.value.reason == "revoked"
    # revoking it again, or this device itself, is refused
    assert run_cli(["device", "revoke", a.path, lost.id, *signin(a)], stdin=PASSWORD + "\n").status == 1
    s = a.sign_in()
    try:
        with pytest.raises(PolicyError):
            devices.revoke(s, dev_a)
    finally:
        s.close()


def test_device_list_flags_devices_that_have_not_synced_for_the_stale_days(book, tmp_path):
    a, url, book_id, dev_a, fp = book
    inv, code = _invitation(a, tmp_path)
    busy, waiting = Laptop(), Laptop()
    busy.ask(url, inv, code)
    assert _approve(a, busy.id).status == 0
    inv2, code2 = _invitation(a, tmp_path, name="carol")
    waiting.ask(url, inv2, code2)
    a.clock.advance(31 * 86400)
    # busy published a segment "today" (the location's file time), the administrator's laptop nothing
    seg = layout.segment_path(book_id, busy.id, 1)
    target = open_target(str(url))
    transport.publish_once(target, seg, b"a segment")
    os.utime(url / seg, (clock.now(), clock.now()))
    s = a.sign_in()
    try:
        rows = {row["device"]: row for row in invitations.list_devices(s)}
        assert rows[dev_a]["stale"] and rows[dev_a]["last_seen"] is None
        assert not rows[busy.id]["stale"] and rows[busy.id]["last_seq"] == 1 and rows[busy.id]["last_seen"]
        assert rows[waiting.id]["state"] == "waiting" and rows[waiting.id]["user"] == "carol"
        assert rows[waiting.id]["profile"] == "Sales" and not rows[waiting.id]["stale"]
        from app.ops import settings as ops
        ops.save(s, {"sync.stale_days": 60})
        rows = {row["device"]: row for row in invitations.list_devices(s)}
        assert not rows[dev_a]["stale"]
    finally:
        s.close()


def test_a_restored_vault_asks_back_in_and_is_admitted_after_comparing_its_fingerprint(book, tmp_path):
    a, url, book_id, dev_a, fp = book
    # a second administrator's laptop restored from a backup: a copy that becomes a new device
    copy = tmp_path / "restored"
    shutil.copytree(a.path, copy)
    (copy / "vault.lock").unlink(missing_ok=True)
    restored = auth.sign_in(copy, a.user, PASSWORD, totp_code=a.code())
    try:
        with restored.vault.transaction():
            new = identity.become_new_device(restored.conn)
    finally:
        restored.close()
    r = run_cli(["device", "rejoin", copy, "--user", a.user, "--password-stdin", "--totp", a.code(), "--json"],
                stdin=PASSWORD + "\n")
    assert r.status == 0, r.err
    assert r.json["device_id"] == new.device_id and r.json["state"] == "waiting"
    shown = r.json["fingerprint"]
    r = _approve(a, new.device_id)
    assert r.status == 1 and shown in json.loads(r.err)["error"]
    assert _approve(a, new.device_id, "--fingerprint", "SHA256:" + "B" * 43).status == 1
    r = _approve(a, new.device_id, "--fingerprint", shown)
    assert r.status == 0, r.err
    assert roster_now(url, book_id, fp).device(new.device_id).active


@pytest.mark.servers
def test_invite_join_approve_through_the_real_sftp_server(new_vault, sshd_server, tmp_path):
    a = new_vault("a")
    url = sshd_server.url(f"sync-{tmp_path.name}")
    s = a.sign_in()
    try:
        book_id, dev_a, fp = start_book(s, url, trust_host_key=True)
    finally:
        s.close()
    r = invite(a, tmp_path / "bob.invite")
    assert r.status == 0, r.err
    r = run_cli(["device", "join", tmp_path / "b", "--invite", tmp_path / "bob.invite", "--password-stdin",
                 "--kdf", "floor", "--json"], stdin=f"{BOB_PASSWORD}\n{r.json['code']}\n")
    assert r.status == 0, r.err
    new = r.json["device_id"]
    r = _approve(a, new)
    assert r.status == 0, r.err
    latest = roster_now(url, book_id, fp)
    assert {d.id for d in latest.active()} == {dev_a, new}
    r = run_cli(["device", "revoke", a.path, new, *signin(a, json=True)], stdin=PASSWORD + "\n")
    assert r.status == 0 and r.json["state"] == "revoked"
    assert not roster_now(url, book_id, fp).device(new).active
