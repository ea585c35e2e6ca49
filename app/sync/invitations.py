"""Inviting a laptop and approving its join request (``docs/SYNC.md``, "Devices").

``invite`` (an administrator) creates the team user if new (a synced user row WITHOUT a key slot
on this vault: the user signs in only where their own vault is made, by ``device join``), keeps
the invitation in this vault (``vault_secrets`` row ``sync.invitation.<id>``: the user, the
profile, the expiry and the code's MAC key; never the code) and writes the invitation file; the
one-time code is returned once, to be shown once. ``approve`` checks a join request against it
and publishes roster version n+1 with the new device.
"""
from __future__ import annotations

import base64
import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass

from vault import clock, totp
from vault.crypto import canonical
from vault.errors import ConflictError, NotFoundError, PolicyError, UsageError
from vault.fsutil import read_input, write_output
from vault.i18n import translate
from vault.sync import join_request, layout, transport
from vault.sync import roster as rs
from vault.sync.join_request import RequestRefused
from vault.user_slots import _checked_username

from .. import audit, users
from . import devices

FILE_KIND = "vaultcrm-invitation"
VALID_DAYS = 7
MAX_FILE_BYTES = 64 << 10
_PREFIX = "sync.invitation."
_FILE_KEYS = {"format", "kind", "location", "book", "fingerprint", "invitation", "salt", "expires", "user", "profile"}


@dataclass(frozen=True)
class Invitation:
    file: bytes       # the invitation file's bytes
    code: str         # the one-time code: shown once, kept nowhere
    user: str
    profile: str
    fingerprint: str
    invitation: str
    expires: str


# ----------------------------------------------------------------------------- kept in the vault
def _store(conn, inv_id: str, record: dict) -> None:
    conn.execute("INSERT INTO vault_secrets (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE"
                 " SET value = excluded.value", (_PREFIX + inv_id, canonical(record)))


def load(conn, inv_id: str) -> dict | None:
    """The invitation this vault made with id ``inv_id`` (None: not made here)."""
    row = conn.execute("SELECT value FROM vault_secrets WHERE name = ?", (_PREFIX + inv_id,)).fetchone()
    return json.loads(bytes(row[0])) if row else None


def pending(conn) -> list[dict]:
    """Invitations made here, not used yet (expired ones too: ``expires`` says)."""
    rows = conn.execute("SELECT value FROM vault_secrets WHERE name LIKE ?", (_PREFIX + "%",)).fetchall()
    return [r for r in (json.loads(bytes(v[0])) for v in rows) if r["used_at"] is None]


# ----------------------------------------------------------------------------- the file
def _profile_doc(conn, pid: int) -> dict:
    row = conn.execute("SELECT uid, name, scope, permissions, builtin, description FROM profiles WHERE id = ?",
                       (pid,)).fetchone()
    return {"uid": row[0], "name": row[1], "scope": row[2], "permissions": json.loads(row[3] or "[]"),
            "builtin": bool(row[4]), "description": row[5] or ""}


def read_file(path) -> dict:
    """An invitation file, strictly: canonical JSON of exactly the format's keys."""
    raw = read_input(path, max_bytes=MAX_FILE_BYTES, what=translate("Errors", "invitation file"))
    try:
        doc = json.loads(raw.decode("utf-8"))
        ok = (isinstance(doc, dict) and canonical(doc) == raw and set(doc) == _FILE_KEYS and doc["format"] == 1
              and doc["kind"] == FILE_KIND and layout.is_uuid(doc["book"]) and layout.is_uuid(doc["invitation"])
              and isinstance(doc["location"], str) and str(doc["fingerprint"]).startswith("SHA256:")
              and isinstance(doc["user"], dict) and layout.is_uuid(doc["user"].get("uid"))
              and isinstance(doc["user"].get("name"), str) and isinstance(doc["profile"], dict)
              and isinstance(doc["profile"].get("name"), str) and isinstance(doc["expires"], str))
        base64.b64decode(doc["salt"], validate=True)
    except (ValueError, UnicodeDecodeError, TypeError, KeyError):
        ok = False
    if not ok:
        raise UsageError(translate("Errors", "{path} is not a VaultCRM invitation file.").format(path=path))
    return doc


def expired(expires: str) -> bool:
    return clock.now() > dt.datetime.fromisoformat(expires).timestamp()


# ----------------------------------------------------------------------------- inviting
def _team_user(session, username: str, profile: str | None) -> tuple[str, int, bool]:
    """(user id, profile id, made now) of the invited user: an existing active user, or a new row
    without a key slot (caller's transaction)."""
    conn = session.conn
    row = conn.execute("SELECT id, profile_id, status FROM users WHERE username = ?", (username,)).fetchone()
    if row is not None:
        if row["status"] != "active":
            raise PolicyError(translate("Errors", "{user} is disabled; enable them before inviting a laptop.").format(
                user=username))
        if profile is not None and users.profile_id(session, profile) != row["profile_id"]:
            raise UsageError(translate("Errors", "{user} already exists with another profile; change it with user"
                                                 " set-profile first.").format(user=username))
        return row["id"], row["profile_id"], False
    username = _checked_username(username)
    if session.vault.keyslots.find_slot(username) is not None:
        raise PolicyError(translate("Errors", "A user named {name} already exists.").format(name=repr(username)))
    pid = users.profile_id(session, profile or "Sales")
    users.ensure_no_escalation(session, pid)
    user_id = str(uuid.uuid4())
    conn.execute("INSERT INTO users (id, username, display_name, profile_id, totp_secret, created_at)"
                 " VALUES (?, ?, ?, ?, ?, ?)", (user_id, username, username, pid, totp.new_secret(), clock.iso()))
    return user_id, pid, True


def invite(session, username: str, out, *, profile: str | None = None, days: int = VALID_DAYS) -> Invitation:
    """Invite a laptop for ``username`` (made if new, with ``profile``, default Sales): writes the
    invitation file at ``out`` and returns the one-time code (shown once). Audited."""
    session.require("users.manage")
    conn = session.conn
    dev, url, fingerprint = devices.location_of(conn)
    inv_id, salt, code = str(uuid.uuid4()), os.urandom(16), join_request.new_code()
    key = join_request.code_key(code, salt, inv_id)
    expires = dt.datetime.fromtimestamp(clock.now() + days * 86400, dt.UTC).isoformat(timespec="seconds")
    with session.vault.transaction():
        user_id, pid, made = _team_user(session, username, profile)
        prof = _profile_doc(conn, pid)
        name = conn.execute("SELECT username FROM users WHERE id = ?", (user_id,)).fetchone()[0]
        _store(conn, inv_id, {"id": inv_id, "user_uid": user_id, "user": name, "profile": prof["name"],
                              "created_at": clock.iso(), "created_by": session.username, "expires": expires,
                              "key": base64.b64encode(key).decode(), "used_at": None, "used_by": None})
        if made:
            audit.record(session, "user.add", entity="user", entity_id=user_id,
                         details={"username": name, "profile": prof["name"], "invited": True})
        audit.record(session, "device.invite", entity="user", entity_id=user_id,
                     details={"invitation": inv_id, "user": name, "expires": expires})
        doc = {"format": 1, "kind": FILE_KIND, "location": url, "book": dev.book_id, "fingerprint": fingerprint,
               "invitation": inv_id, "salt": base64.b64encode(salt).decode(), "expires": expires,
               "user": {"uid": user_id, "name": name}, "profile": prof}
        data = canonical(doc)
        write_output(out, data, vault_folders=(session.vault.folder,))
    return Invitation(data, code, name, prof["name"], fingerprint, inv_id, expires)


# ----------------------------------------------------------------------------- approving
def fetch_request(book: devices.Book, device_id: str) -> join_request.Request:
    if not layout.is_uuid(device_id):
        raise UsageError(translate("Errors", "{device} is not a device id.").format(device=device_id))
    try:
        raw = transport.fetch(book.target, layout.request_path(book.id, device_id), limit=join_request.MAX_REQUEST_BYTES)
    except FileNotFoundError:
        raise NotFoundError(translate("Errors", "No join request from device {device} at the sync location.").format(
            device=device_id)) from None
    return join_request.parse(raw, book.id, device_id)


def _check_invited(conn, req: join_request.Request) -> dict:
    inv = load(conn, req.invitation)
    if inv is None:
        raise RequestRefused(translate("Errors", "The join request of device {device} names an invitation this vault"
                                                 " did not make; refused.").format(device=req.device), "invitation")
    if inv["used_at"] is not None:
        raise PolicyError(translate("Errors", "This invitation was used already (by device {device}); make a new"
                                              " one.").format(device=inv["used_by"]), reason="used")
    if expired(inv["expires"]):
        raise PolicyError(translate("Errors", "This invitation expired on {time}; make a new one.").format(
            time=inv["expires"]), reason="expired")
    req.verify_signature()
    req.verify_mac(base64.b64decode(inv["key"]))
    if req.user_uid != inv["user_uid"]:
        raise RequestRefused(translate("Errors", "The join request of device {device} is for another user than its"
                                                 " invitation; refused.").format(device=req.device), "user")
    return inv


def _check_uninvited(book: devices.Book, req: join_request.Request, fingerprint: str | None) -> None:
    """A restored vault asking back in without an invitation: its user's earlier device must be on
    the roster, and the administrator compared the request's fingerprint with its screen."""
    req.verify_signature()
    former = [book.latest.device(f) for f in req.doc["former"]]
    if not any(d is not None and d.user_uid == req.user_uid for d in former):
        raise RequestRefused(translate("Errors", "The join request of device {device} has no invitation and names no"
                                                 " earlier device of its user; refused.").format(device=req.device),
                             "invitation")
    if fingerprint is None or fingerprint.strip() != req.fingerprint:
        raise PolicyError(translate("Errors", "Device {device} asks to join without an invitation: compare the"
                                              " fingerprint its laptop shows with {fingerprint} and pass it with"
                                              " --fingerprint.").format(device=req.device,
                                                                        fingerprint=req.fingerprint),
                          reason="fingerprint")


def _user(conn, req: join_request.Request):
    """(name, status, profile name, permissions JSON) of the request's user: active here."""
    row = conn.execute("SELECT u.username, u.status, p.name, p.permissions FROM users u JOIN profiles p"
                       " ON p.id = u.profile_id WHERE u.id = ?", (req.user_uid,)).fetchone()
    if row is None or row[1] != "active":
        raise PolicyError(translate("Errors", "The user of device {device} does not exist or is disabled here."
                                    ).format(device=req.device), reason="user")
    return row


def _entry(session, book: devices.Book, req: join_request.Request, at: str) -> dict:
    """The new device's roster entry: its user and their profile's atoms as they stand now."""
    row = _user(session.conn, req)
    return rs.device_entry(device=req.device, user_uid=req.user_uid, user_name=row[0], profile=row[2],
                           permissions=json.loads(row[3] or "[]"), age_recipient=req.doc["age"],
                           public_key=req.public_key, added_at=at, added_by=book.device.device_id)


def approve(session, device_id: str, *, fingerprint: str | None = None, **location) -> dict:
    """Admit a waiting device: check its request (invitation: not used, not expired, the code's
    MAC, the device's signature, the user; no invitation: see ``_check_uninvited``), then roster
    version n+1 with the device, signed here and published. Refusals are audited."""
    session.require("users.manage")
    book = devices.open_book(session, **location)
    devices.require_manager(session, book)
    if book.latest.device(device_id) is not None:
        raise ConflictError(translate("Errors", "Device {device} is on the team's roster already.").format(
            device=device_id))
    req = fetch_request(book, device_id)
    try:
        inv = _check_invited(session.conn, req) if req.invitation else None
        if inv is None:
            _check_uninvited(book, req, fingerprint)
        _user(session.conn, req)
    except (RequestRefused, PolicyError) as exc:
        audit.record(session, "device.approve.refused", entity="device", entity_id=device_id,
                     details={"reason": getattr(exc, "reason", None) or exc.details.get("reason"),
                              "invitation": req.invitation})
        raise

    def entries(at: str) -> list[dict]:
        return [d.entry for d in book.latest.devices()] + [_entry(session, book, req, at)]

    def record(conn) -> None:
        if inv is not None:
            _store(conn, inv["id"], {**inv, "used_at": clock.iso(), "used_by": device_id})
        audit.record(session, "device.approve", entity="device", entity_id=device_id,
                     details={"user": req.user_name, "invitation": req.invitation})

    latest = devices.new_version(session, book, entries, record)
    return {"device_id": device_id, "state": "active", "user": req.user_name, "roster_version": latest.version}


# ----------------------------------------------------------------------------- the device list
def waiting_rows(book: devices.Book) -> list[dict]:
    """Join requests on the location from devices not on the roster: state ``waiting`` (with the
    reason when the request would be refused as it stands)."""
    on_roster = {d.id for d in book.latest.devices()}
    rows = []
    for name, kind in transport.list_entries(book.target, layout.requests_dir(book.id)):
        device_id = layout.parse_request_name(name) if kind == "file" else None
        if device_id is None or device_id in on_roster:
            continue
        row = {"device": device_id, "user": None, "user_uid": None, "profile": None, "state": "waiting",
               "last_seen": devices.iso_time(devices.file_time(book.target, layout.request_path(book.id, device_id))),
               "last_seq": 0, "behind": None, "stale": False, "this": device_id == book.device.device_id,
               "added_at": None, "revoked_at": None, "invitation": None, "problem": None}
        try:
            req = fetch_request(book, device_id)
            req.verify_signature()
            inv = load(book.conn, req.invitation) if req.invitation else None
            row.update(user=req.user_name, user_uid=req.user_uid, invitation=req.invitation,
                       profile=inv["profile"] if inv else None)
        except (RequestRefused, NotFoundError) as exc:
            row["problem"] = getattr(exc, "reason", "missing")
        rows.append(row)
    return rows


def list_devices(session, **location) -> list[dict]:
    """The roster's devices (active, revoked; last seen, how far behind, stale) and the waiting
    join requests. Any signed-in user of a device (the roster is no secret inside the team)."""
    book = devices.open_book(session, **location)
    return devices.device_rows(book, devices.stale_days(session.conn)) + waiting_rows(book)
