"""Use cases of a team book's devices for the desktop app (``docs/SYNC.md``, "Devices"): testing a
sync location before a book starts there, inviting a laptop, the join requests waiting for an
administrator, approving one (then publishing the snapshot the newcomer downloads), revoking, and
what a joining laptop waits for. The command line's ``device`` commands call the same services
(``app.sync.invitations``, ``app.sync.devices``, ``app.sync.joining``): nothing joins differently.
The devices screen (``ui/sync``) shares ``device_list``, ``pending`` and ``revoke``."""
from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from vault.backup.errors import HostKeyUnknown
from vault.backup.location import LocalTarget
from vault.backup.targets import is_remote
from vault.errors import CrmError, StorageError
from vault.i18n import translate

from .. import users
from ..backups import credentials as backup_credentials
from ..backups.common import open_location
from ..errors import user_message
from ..profiles import list_profiles
from ..session import Session
from ..sync import devices, invitations, joining
from ..sync.round import check_member
from ..sync.state import book, chain, open_book_location
from . import sync as sync_ops
from .changes import Changes


# ----------------------------------------------------------------------------- the location
def remember_secret(url: str, secret: str, session: Session | None = None) -> dict:
    """The location's password (WebDAV, SFTP) or ``KEY_ID:SECRET`` (S3) into the OS keyring (or the
    vault when this machine has none and a session is given), as for a backup location."""
    return backup_credentials.store_credentials(url, secret, session=session)


def trust_host(exc: HostKeyUnknown) -> None:
    """The user compared and confirmed an SFTP server's host key: pin it (as backups do)."""
    backup_credentials.trust_host_key(exc)


def _folder_problem(target: LocalTarget) -> str | None:
    folder = target.dir
    if folder.exists() and not folder.is_dir():
        return translate("Team", "{path} is a file, not a folder.").format(path=folder)
    if (folder / "keyslots.json").exists():
        return translate("Team", "{path} holds a vault; choose another folder for the team's sync location.").format(
            path=folder)
    place = folder
    while not place.exists() and place != place.parent:
        place = place.parent
    if not os.access(place, os.W_OK):
        return translate("Team", "You cannot write in {path}.").format(path=place)
    return None


def check_location(url: str, session: Session | None = None, *, trust_host_key: bool = False,
                   s3_endpoint: str | None = None) -> dict:
    """The connection test before a book starts at (or a laptop joins through) ``url``: the
    location opens with the stored credentials and can be listed; nothing is written there.
    Raises a ``StorageError`` (``HostKeyUnknown`` for an SFTP host seen for the first time)."""
    url = str(url).strip()
    if not url:
        raise StorageError(translate("Team", "Choose the team's sync location."))
    target = open_location(url, session, trust_host_key=trust_host_key, s3_endpoint=s3_endpoint)
    try:
        if isinstance(target, LocalTarget):
            problem = _folder_problem(target)
            if problem:
                raise StorageError(problem)
        else:
            target.ls()
    finally:
        target.close()
    return {"url": url, "remote": is_remote(url)}


def start_team(session: Session, url: str, **location) -> dict:
    """This vault becomes the team book's first device at ``url`` (``sync init``): after the
    connection test. ``book_id``, ``device_id``, ``fingerprint`` (the genesis fingerprint)."""
    session.require("users.manage")
    check_location(url, session, **location)
    return sync_ops.init(session, url, **location)


def team_state(session: Session) -> dict:
    """Whether this vault is in a team book (no location access): ``in_team``, ``book_id``,
    ``device_id``, ``fingerprint``, ``location``."""
    b = book(session.conn, required=False)
    if b is None:
        return {"in_team": False, "book_id": None, "device_id": None, "fingerprint": None, "location": None}
    return {"in_team": True, "book_id": b.book_id, "device_id": b.device_id, "fingerprint": b.fingerprint,
            "location": b.location}


# ----------------------------------------------------------------------------- inviting
def invite_choices(session: Session) -> dict:
    """Who may be invited (active users) and the profiles a new team user can get."""
    session.require("users.manage")
    people = [{"user": u["user"], "profile": u["profile"]} for u in users.list_users(session)
              if u["status"] == "active"]
    return {"users": people, "profiles": [p["name"] for p in list_profiles(session)]}


def invite(session: Session, username: str, out: str | os.PathLike, profile: str | None = None) -> dict:
    """``device invite``: the team user (made if new) and the invitation file at ``out``; the
    one-time code comes back once and is kept nowhere."""
    inv = invitations.invite(session, username.strip(), Path(out), profile=profile)
    return {"user": inv.user, "profile": inv.profile, "code": inv.code, "fingerprint": inv.fingerprint,
            "invitation": inv.invitation, "expires": inv.expires, "path": str(out),
            "file": inv.file.decode("utf-8")}


# ----------------------------------------------------------------------------- approving, the list
def device_list(session: Session, **location) -> list[dict]:
    """``device list``: the roster's devices and the waiting join requests."""
    return invitations.list_devices(session, **location)


def pending(session: Session, **location) -> list[dict]:
    """The join requests waiting for an administrator (laptops asking to join)."""
    return [r for r in device_list(session, **location) if r["state"] == "waiting"]


def approve(session: Session, device_id: str, *, fingerprint: str | None = None, **location) -> Changes:
    """``device approve``, then a round, so the snapshot encrypted to the new roster is on the
    location when the new laptop looks (``result``: the approval, with ``round`` or
    ``round_error`` when the location could not be reached after the approval)."""
    out = invitations.approve(session, device_id, fingerprint=fingerprint, **location)
    try:
        changes = sync_ops.sync(session, **location)
    except CrmError as exc:
        return Changes(result={**out, "round": None, "round_error": user_message(exc)})
    return replace(changes, result={**out, "round": changes.result, "round_error": None})


def revoke(session: Session, device_id: str, **location) -> dict:
    """``device revoke``: a new roster version leaving the device out (data on it stays there)."""
    return devices.revoke(session, device_id, **location)


# ----------------------------------------------------------------------------- a joining laptop
def join(folder, invite_file, password: str, code: str, *, kdf_params=None, secret: str | None = None,
         **location):
    """``device join``: the invited user's new vault at ``folder`` and its join request (the
    location's ``secret``, if it needs one, goes to this machine's keyring first). Returns
    ``app.sync.joining.Joined``; the caller keeps its session."""
    if secret:
        remember_secret(invitations.read_file(invite_file)["location"], secret)
    return joining.join(folder, invite_file, password, code, kdf_params=kdf_params, **location)


def download(session: Session, *, job=None, **location) -> Changes:
    """A joined laptop's first round (the book from the snapshot): ``result`` adds ``has_book``,
    False while no snapshot readable by this laptop is on the location yet."""
    changes = sync_ops.sync(session, job, **location)
    has_book = session.conn.execute("SELECT 1 FROM sync_peers LIMIT 1").fetchone() is not None
    return replace(changes, result={**changes.result, "has_book": has_book})


def join_state(session: Session, **location) -> dict:
    """A joined laptop waiting for approval: ``state`` (``waiting``, ``active`` or ``revoked``) and
    ``admins``, the names of the users whose devices may approve it (for "waiting for Anna")."""
    b = book(session.conn)
    target = open_book_location(session, b.location, **location)
    try:
        latest = chain(target, b)[-1]
    finally:
        target.close()
    admins = sorted({d.entry["user"]["name"] for d in latest.devices() if d.active and d.may("users.manage")})
    try:
        check_member(latest, b.device_id)
    except CrmError:
        state = "revoked" if latest.device(b.device_id) is not None else "waiting"
        return {"state": state, "admins": admins}
    return {"state": "active", "admins": admins}
