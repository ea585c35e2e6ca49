"""Joining a book (``docs/SYNC.md``, "Devices"): ``join`` makes a NEW vault on this laptop for the
invited user (their own password, authenticator and recovery key, as ``init``), makes it a device
of the invitation's book with the invitation's genesis fingerprint pinned, and publishes a join
request; ``rejoin`` publishes one for an existing vault that is not on the roster (a vault
restored from a backup is a new device, or a join whose request never reached the location).
"""
from __future__ import annotations

import base64
import json
from dataclasses import dataclass

from vault import clock, kdf
from vault import core as vault_core
from vault.errors import ConflictError, PolicyError
from vault.i18n import translate
from vault.sync import identity, join_request, layout, pin, transport
from vault.sync import roster as rs

from .. import audit
from ..permissions import seed_profiles
from ..session import Session, session_for
from . import devices, invitations


@dataclass(frozen=True)
class Joined:
    session: Session
    creation: vault_core.Creation
    device_id: str
    request_fingerprint: str


def _seeder(profile: dict):
    """The new vault's profiles: the built-in ones, plus the invited user's custom profile under
    the uid it has in the book (so the first sync merges it instead of duplicating it)."""
    def seed(conn) -> int:
        seed_profiles(conn)
        row = conn.execute("SELECT id FROM profiles WHERE name = ?", (profile["name"],)).fetchone()
        if row is None:
            conn.execute("INSERT INTO profiles (name, scope, permissions, builtin, description, uid)"
                         " VALUES (?, ?, ?, 0, ?, ?)", (profile["name"], profile.get("scope", "own"),
                                                         json.dumps(profile.get("permissions", [])),
                                                         profile.get("description", ""), profile.get("uid")))
            row = conn.execute("SELECT id FROM profiles WHERE name = ?", (profile["name"],)).fetchone()
        return int(row[0])
    return seed


def _check_location(inv: dict, **location) -> object:
    """The invitation's location, its roster verified against the invitation's fingerprint
    (before anything is made on this laptop)."""
    target = devices.open_location(None, inv["location"], **location)
    rs.verify_chain(transport.read_roster(target, inv["book"]), inv["fingerprint"], inv["book"])
    return target


def _publish_request(session: Session, target, inv_id: str | None, key: bytes | None, kind: str) -> str:
    conn = session.conn
    dev = identity.device(conn)
    former = json.loads(conn.execute("SELECT former_devices FROM sync_state WHERE id = 1").fetchone()[0] or "[]")
    raw = join_request.make(kind=kind, book=dev.book_id, device=dev.device_id, user_uid=session.user_id,
                            user_name=session.username, age_recipient=dev.recipient, key=dev.private_key(),
                            invitation=inv_id, mac_key=key, made_at=clock.iso(), former=former)
    transport.publish_once(target, layout.request_path(dev.book_id, dev.device_id), raw)
    return join_request.parse(raw, dev.book_id, dev.device_id).fingerprint


def join(folder, invite_file, password: str, code: str, *, kdf_params: kdf.KdfParams | None = None,
         **location) -> Joined:
    """Create the invited user's vault at ``folder``, make it a device of the book and ask to join.
    The caller closes ``Joined.session``."""
    inv = invitations.read_file(invite_file)
    if invitations.expired(inv["expires"]):
        raise PolicyError(translate("Errors", "This invitation expired on {time}; ask for a new one.").format(
            time=inv["expires"]))
    key = join_request.code_key(code, base64.b64decode(inv["salt"]), inv["invitation"])
    target = _check_location(inv, **location)
    vault, creation = vault_core.create_vault(folder, inv["user"]["name"], password, kdf_params=kdf_params,
                                              seed=_seeder(inv["profile"]), user_id=inv["user"]["uid"])
    session = session_for(vault)
    try:
        audit.record(session, "vault.create", entity="vault", entity_id=creation.vault_id)
        with vault.transaction():
            dev = identity.join_book(session.conn, inv["book"], location=inv["location"])
            pin.pin(session.conn, inv["fingerprint"])
            audit.record(session, "device.join", entity="device", entity_id=dev.device_id,
                         details={"book": inv["book"], "invitation": inv["invitation"]})
        fingerprint = _publish_request(session, target, inv["invitation"], key, "join")
    except BaseException:
        session.close()
        raise
    return Joined(session, creation, dev.device_id, fingerprint)


def rejoin(session: Session, *, invite_file=None, code: str | None = None, **location) -> dict:
    """Ask the roster's administrators to admit this vault's current device (a restored vault, or
    a join request that never arrived). With an invitation for this user the code authenticates
    it; without one the administrator compares the returned fingerprint with this screen."""
    book = devices.open_book(session, **location)
    if book.me() is not None:
        raise ConflictError(translate("Errors", "This device is on the team's roster already ({state})."
                                      ).format(state="active" if book.me().active else "revoked"))
    inv_id = key = None
    if invite_file is not None:
        inv = invitations.read_file(invite_file)
        if inv["book"] != book.id or inv["fingerprint"] != book.fingerprint or inv["user"]["uid"] != session.user_id:
            raise PolicyError(translate("Errors", "This invitation is for another book or another user."))
        inv_id = inv["invitation"]
        key = join_request.code_key(code or "", base64.b64decode(inv["salt"]), inv_id)
    kind = "rejoin" if json.loads(session.conn.execute(
        "SELECT former_devices FROM sync_state WHERE id = 1").fetchone()[0] or "[]") else "join"
    fingerprint = _publish_request(session, book.target, inv_id, key, kind)
    audit.record(session, "device.join", entity="device", entity_id=book.device.device_id,
                 details={"book": book.id, "invitation": inv_id, "kind": kind})
    return {"device_id": book.device.device_id, "state": "waiting", "fingerprint": fingerprint}
