"""Re-applying the revocation ledger (``vault/ledger.py``) to a restored or hand-copied database.

A restore gathers the ledger from every place it can find (the archive's manifest, the signed
ledger object at the backup location, the file beside the vault, the live database being
replaced), merges them and calls ``reapply``:

- erasures: a person the restored database still holds is erased again (``records.erasure.anonymise``,
  audited ``privacy.erase.reapplied``); a person created and erased after the backup gets an
  erased placeholder row, so their id is not handed to a new customer (who would then be erased
  by the next re-application);
- a user disabled after the backup is disabled again and their slot removed;
- a user whose slot changed after the backup (password change or reset, new authenticator):
  their older slot is removed. When the restore replaces a live vault that holds their newer
  slot, that slot (and the matching TOTP secret and recovery codes) is carried over, so their
  current password keeps working; otherwise an administrator must reset their password.
"""
from __future__ import annotations

import contextlib
import copy
from dataclasses import dataclass, field

from vault import core, ledger
from vault.db import transaction
from vault.errors import CrmError, IntegrityError
from vault.i18n import translate
from vault.keyslots import slot_version

from . import audit
from .records.erasure import anonymise

_CRED_COLUMNS = ("totp_secret", "totp_last_step", "must_change_password", "password_changed_at")


@dataclass
class LiveState:
    """What a restore keeps of the vault it replaces: its ledger, and the current slots and
    credential columns of users whose slot is newer than the archive's."""

    facts: ledger.Facts
    slots: dict[str, dict] = field(default_factory=dict)
    users: dict[str, dict] = field(default_factory=dict)
    codes: dict[str, list[tuple]] = field(default_factory=dict)


def gather_live(vault) -> LiveState:
    """From an open vault (MAC-checked slots): its ledger (database and file) and current slots."""
    conn = vault.conn
    facts = ledger.collect(conn)
    with contextlib.suppress(IntegrityError):
        facts.merge(ledger.read_file(vault.folder, vault.vault_key(), vault.vault_id))
    live = LiveState(facts)
    for uid, fact in facts.users.items():
        slot = vault.keyslots.slot_of(uid)
        if fact.status != "active" or slot is None:
            continue
        with contextlib.suppress(ValueError):
            if slot_version(slot) != fact.version:
                continue
            row = conn.execute(f"SELECT {', '.join(_CRED_COLUMNS)} FROM users WHERE id = ? AND status = 'active'",
                               (uid,)).fetchone()
            if row is None:
                continue
            live.slots[uid] = copy.deepcopy(slot)
            live.users[uid] = {k: row[k] for k in _CRED_COLUMNS}
            live.codes[uid] = [tuple(r) for r in conn.execute(
                "SELECT code_hash, used_at FROM recovery_codes WHERE user_id = ?", (uid,))]
    return live


def gather_live_folder(folder, identity: str) -> LiveState | None:
    """Open the vault in ``folder`` with the recovery key just to read its ledger; None if it
    cannot be opened (damaged, encrypted by ransomware, open elsewhere)."""
    try:
        vault = core.unlock_with_recovery_key(folder, identity)
    except CrmError:
        return None
    try:
        return gather_live(vault)
    except CrmError:
        return None
    finally:
        vault.close()


def _max_customer_id(conn) -> int:
    return int(conn.execute("SELECT COALESCE(max(id), 0) FROM customers").fetchone()[0])


def reapply(session, facts: ledger.Facts, *, live: LiveState | None = None, why: str = "restore") -> dict:
    """Apply every fact the database lacks. Returns counts (``erasures``, ``disabled_users``,
    ``credential_changes``), ``erased_ids``, ``users_to_reset`` (names who must be given a new
    password) and ``users_kept`` (names whose current slot was carried over)."""
    out = {"erasures": 0, "disabled_users": 0, "credential_changes": 0, "erased_ids": [], "users_to_reset": [],
           "users_kept": []}
    _reapply_erasures(session, facts, why, out)
    _reapply_users(session, facts, live, why, out)
    return out


def _reapply_erasures(session, facts: ledger.Facts, why: str, out: dict) -> None:
    """Erase again each person the database still holds; keep the id of one created and erased
    after this copy was made taken by an erased placeholder; complete the database's ledger."""
    conn = session.conn
    known = {r[0] for r in conn.execute("SELECT DISTINCT customer_id FROM erasure_ledger")}
    for cid, at in sorted(facts.erasures.items()):
        row = conn.execute("SELECT id, erased_at FROM customers WHERE id = ?", (cid,)).fetchone()
        if row is not None and row["erased_at"] and cid in known:
            continue
        with transaction(conn):
            if row is not None and not row["erased_at"]:
                anonymise(session, cid)
                audit.record(session, "privacy.erase.reapplied", entity="customer", entity_id=cid,
                             details={"originally_erased_at": at, "after": why})
                out["erasures"] += 1
                out["erased_ids"].append(cid)
            elif row is None and cid > _max_customer_id(conn):
                # created and erased after this copy was made: keep the id taken, erased
                name = f"Erased person #{cid}"
                conn.execute("INSERT INTO customers (id, display_name, sort_name, created_at, updated_at, erased_at)"
                             " VALUES (?, ?, ?, ?, ?, ?)", (cid, name, name.casefold(), at, at, at))
            if cid not in known:
                conn.execute("INSERT INTO erasure_ledger (customer_id, erased_at, erased_by, reason, reapplied)"
                             " VALUES (?, ?, ?, ?, 1)", (cid, at, session.user_id, f"re-applied after {why}"))
                known.add(cid)


def _reapply_users(session, facts: ledger.Facts, live: LiveState | None, why: str, out: dict) -> None:
    """Disable again, or drop the older slot of, each user whose fact is newer than the
    database's; the slots file is saved after the database commits."""
    conn = session.conn
    slots = session.vault.keyslots.copy()
    changed = False
    for uid, fact in sorted(facts.users.items()):
        if fact.rank() <= ledger.user_fact(conn, uid).rank():
            continue
        user = conn.execute("SELECT * FROM users WHERE id = ?", (uid,)).fetchone()
        keep = live is not None and fact.status == "active" and uid in live.slots
        with transaction(conn):
            ledger.put_user(conn, uid, fact.version, fact.status, fact.at)
            if user is None:
                continue  # a user added after this copy was made: only the fact is kept
            if fact.status == "disabled":
                _disable_again(session, uid, user, fact, why, out)
            else:
                _credentials_changed(session, uid, user, fact, live if keep else None, why, out)
        slots.remove_user(uid)
        if keep:
            slots.put_slot(copy.deepcopy(live.slots[uid]))
        changed = True
    if changed:  # after the database commits, as every slot change (docs/ARCHITECTURE.md)
        slots.save(session.vault.folder, session.vault.vault_key())
        session.vault.keyslots = slots


def _disable_again(session, uid: str, user, fact, why: str, out: dict) -> None:
    if user["status"] == "active":
        session.conn.execute("UPDATE users SET status = 'disabled' WHERE id = ?", (uid,))
        out["disabled_users"] += 1
        audit.record(session, "user.disable.reapplied", entity="user", entity_id=uid,
                     details={"username": user["username"], "disabled_at": fact.at, "after": why})


def _credentials_changed(session, uid: str, user, fact, live: LiveState | None, why: str, out: dict) -> None:
    """The user's slot changed after this copy was made: with ``live`` (their newer slot is
    kept), carry over the matching credential columns and recovery codes; else they need a reset."""
    conn = session.conn
    out["credential_changes"] += 1
    if live is not None:
        cols = live.users[uid]
        conn.execute("UPDATE users SET status = 'active', totp_secret = ?, must_change_password = ?,"
                     " password_changed_at = ?, totp_last_step = max(totp_last_step, ?) WHERE id = ?",
                     (cols["totp_secret"], cols["must_change_password"], cols["password_changed_at"],
                      cols["totp_last_step"], uid))
        conn.execute("DELETE FROM recovery_codes WHERE user_id = ?", (uid,))
        conn.executemany("INSERT INTO recovery_codes (user_id, code_hash, used_at) VALUES (?, ?, ?)",
                         [(uid, h, u) for h, u in live.codes[uid]])
        out["users_kept"].append(user["username"])
    else:
        out["users_to_reset"].append(user["username"])
    audit.record(session, "user.credential.reapplied", entity="user", entity_id=uid,
                 details={"username": user["username"], "slot_version": fact.version,
                          "changed_at": fact.at, "current_slot_kept": live is not None, "after": why})


def summary(counts: dict) -> str:
    """'re-applied 1 erasure, 1 disabled user, 1 credential change'."""
    items = [translate("Backups", "%n erasure(s)", None, counts.get("erasures", 0)),
             translate("Backups", "%n disabled user(s)", None, counts.get("disabled_users", 0)),
             translate("Backups", "%n credential change(s)", None, counts.get("credential_changes", 0))]
    return translate("Backups", "re-applied {items}").format(items=", ".join(items))


def reapply_local(session) -> dict | None:
    """At sign-in (and opening with the recovery key): the file beside the vault may know facts
    the database lacks (an older vault.db copied in by hand). None when the file is damaged
    (audited; the database keeps its own record)."""
    try:
        facts = ledger.read_file(session.vault.folder, session.vault.vault_key(), session.vault.vault_id)
    except IntegrityError:
        audit.record(session, "privacy.ledger.damaged", entity="vault", entity_id=session.vault.vault_id)
        return None
    out = reapply(session, facts, why="sign-in")
    if out["erasures"] or out["disabled_users"] or out["credential_changes"]:
        core.sync_ledger_file(session.vault)
    return out
