"""The restore job: into a new folder, or over an existing vault (swapped in atomically)."""
from __future__ import annotations

import contextlib
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path

from vault import clock, core
from vault import ledger as vledger
from vault.backup import restore as vrestore
from vault.backup.location import Target
from vault.backup.targets import credential_key, open_target, split_archive_url
from vault.backup.verify import NAME_RE
from vault.errors import CrmError, IntegrityError, PolicyError, UsageError
from vault.i18n import translate
from vault.jobs import JobContext
from vault.keyslots import KeySlots
from vault.lockfile import VaultLock
from vault.sync import identity as sync_identity

from .. import audit
from .. import ledger as aledger
from .common import DbCall, run_here, vault_secret_lookup


class RestoreJob:
    """Restore ``archive_url`` into ``to``: a new folder, or over an existing vault (swapped in
    atomically once the restored copy has opened; the old one is kept until the new one opened
    in place, and put back on any failure). With ``session`` (an admin with ``backup.restore``),
    the recovery key comes from inside the vault, and the session is closed before the swap:
    sign in again afterwards."""

    def __init__(self, archive_url: str, to: str | Path, *, identity: str | None = None, session=None,
                 s3_endpoint: str | None = None, trust_host_key=False, job: JobContext | None = None,
                 keep_old: bool = False, signer_fingerprint: str | None = None):
        self.archive_url = archive_url
        self.to = Path(to).expanduser().absolute()
        self.identity = identity
        self.session = session
        self.s3_endpoint = s3_endpoint
        self.trust_host_key = trust_host_key
        self.job = job or JobContext()
        self.keep_old = keep_old
        self.signer_fingerprint = signer_fingerprint
        self.reapplied: dict | None = None
        self.ledger_sources: list[str] = []
        self.ledger_problems: list[str] = []
        self._facts = vledger.Facts()
        self._live = None
        self.new_device = None  # the restored copy's new sync identity (if the vault was a device)
        # who ran it: a signed-in administrator is named in the restored vault's audit entry (the
        # session is closed before the swap, so the entry is written with the recovery key)
        self.run_by = (session.user_id, session.username) if session is not None else None

    def run(self, db: DbCall = run_here) -> dict:
        """The whole restore on this thread (the heavy part: download, decrypt, extract, check);
        the short steps that use the signed-in session (its recovery key and stored secret, the
        replaced vault's ledger, closing it before the swap) go through ``db``."""
        pub, lookup = db(self._from_session) if self.session is not None else (None, None)
        if not self.identity:
            raise UsageError(translate("Errors", "Restore needs the recovery key (--recovery-key-file) or a signed-in"
                                                 " administrator."))
        to = self.to
        existing = (to / "keyslots.json").exists()
        if to.exists() and not existing and any(to.iterdir()):
            raise PolicyError(translate("Errors", "{folder} is neither a vault nor empty; choose a new folder."
                                        ).format(folder=to))
        if existing:
            with contextlib.suppress(IntegrityError):
                pub = pub or KeySlots.load(to).signing_public_key
        dir_url, name = split_archive_url(self.archive_url)
        target = open_target(dir_url, s3_endpoint=self.s3_endpoint, trust_host_key=self.trust_host_key,
                             secret_lookup=lookup)
        self._check_same_vault(to, existing, name)
        to.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale_restores(to)
        in_place = self.session is not None and existing and _same_folder(self.session.vault.folder, to)
        # the revocation ledger of the vault being replaced (its database, even if the file
        # beside it is gone): erasures and credential changes since the backup are re-applied
        self._live = None
        if in_place:
            with contextlib.suppress(CrmError):
                self._live = db(aledger.gather_live, self.session.vault)
        elif existing:
            self._live = aledger.gather_live_folder(to, self.identity)
        new = to.parent / f".{to.name}.restore-{secrets.token_hex(4)}"
        checks, manifest = vrestore.restore_to_new_folder(target, name, self.identity, new, vault_public_key=pub,
                                                          cancel=self.job, progress=self.job.progress,
                                                          signer_fingerprint=self.signer_fingerprint)
        try:
            self._gather_ledger(target, new, manifest)
            self.job.progress("open", 0, 0)
            self._open_check(new, record=False)
            if in_place:
                db(self.session.close)  # the swap needs the vault's lock; sign in again afterwards
            from vault.backup import faults

            faults.point("restore-before-swap")
            self.job.check(translate("Errors", "Cancelled; the current vault was not touched."))
            self._put_in_place(new, to, name, existing)
        except BaseException:
            shutil.rmtree(new, ignore_errors=True)
            raise
        r = self.reapplied or {}
        return {"vault": str(to), "restored_from": self.archive_url, "rows": manifest.get("rows", {}),
                "vault_id": manifest.get("vault_id"), "created": manifest.get("created"), "checks": checks.items,
                "reapplied": {k: r.get(k, 0) for k in ("erasures", "disabled_users", "credential_changes")},
                "users_to_reset": r.get("users_to_reset", []), "users_kept": r.get("users_kept", []),
                "ledger_sources": self.ledger_sources, "ledger_problems": self.ledger_problems}

    def _from_session(self) -> tuple[str, Callable[[str], str | None]]:
        """On the session's thread: the permission, the recovery key kept in the vault, the
        signing key to check the archive with, and the location's secret if it is kept inside."""
        s = self.session
        s.require("backup.restore")
        self.identity = self.identity or s.vault.recovery_identity()
        key = credential_key(split_archive_url(self.archive_url)[0])
        secret = vault_secret_lookup(s)(key)
        return s.vault.keyslots.signing_public_key, (lambda k: secret if k == key else None)

    def _check_same_vault(self, to: Path, existing: bool, name: str) -> None:
        m = NAME_RE.match(name)
        if existing and m:
            with contextlib.suppress(IntegrityError):
                current = KeySlots.load(to).vault_id
                if current != m.group("vault"):
                    raise PolicyError(translate("Errors", "This archive is from vault {archive_vault}, not the vault"
                                                          " in {folder} ({vault}); restore it into a new folder."
                                                ).format(archive_vault=m.group("vault"), folder=to, vault=current))

    def _put_in_place(self, new: Path, to: Path, name: str, existing: bool) -> None:
        if existing:
            self._swap(new, to, name)
            return
        if to.exists():
            to.rmdir()
        new_lock = VaultLock(new).acquire()  # nobody can open it between the rename and our check
        try:
            new.rename(to)
            self._open_check(to, record=True, name=name, lock=new_lock)
        finally:
            new_lock.release()

    def _gather_ledger(self, target: Target, new: Path, manifest: dict) -> None:
        """Merge the ledgers this restore can find (the file beside the vault is read later, in
        the restored vault): the archive's manifest, the signed object at the archive's
        location (checked with the restored vault's signing key, itself checked against the
        archive's pinned signature), and the vault being replaced."""
        facts = vledger.Facts()
        self.ledger_sources, self.ledger_problems = [], []
        try:
            if "ledger" in manifest:
                facts.merge(vledger.Facts.from_list(manifest["ledger"]))
                self.ledger_sources.append("archive manifest")
        except ValueError:
            self.ledger_problems.append("the archive's manifest holds a malformed ledger")
        try:
            obj = vledger.read_object(target, manifest["vault_id"], KeySlots.load(new).signing_public_key)
            if obj is not None:
                facts.merge(obj)
                self.ledger_sources.append("backup location")
        except CrmError as exc:
            self.ledger_problems.append(exc.message or str(exc))
        if self._live is not None:
            facts.merge(self._live.facts)
            self.ledger_sources.append("replaced vault")
        self._facts = facts

    def _swap(self, new: Path, to: Path, name: str) -> None:
        from vault.backup import faults

        lock = VaultLock(to).acquire()  # refuses if the vault is open in another process
        # the restored folder is locked before it takes the vault's name (the lock follows the
        # folder), so no other process can open it between the exchange and the check below
        new_lock = VaultLock(new).acquire()
        try:
            for sidecar in CARRY_OVER:  # e.g. the erasure ledger: erasures since the backup stay erased
                src = to / sidecar
                if src.is_file():
                    from vault.fsutil import atomic_write

                    atomic_write(new / sidecar, src.read_bytes())
            vrestore.exchange(new, to)  # atomic: `to` is now the restored vault, `new` the old one
            try:
                faults.point("restore-swapped")
                self._open_check(to, record=True, name=name, lock=new_lock)
            except BaseException:
                vrestore.exchange(new, to)  # put the old vault back, byte for byte
                raise
        finally:
            new_lock.release()
            lock.release()
        if self.keep_old:
            stamp = clock.utcnow().strftime("%Y%m%dT%H%M%SZ")
            new.rename(to.parent / f"{to.name}.before-restore-{stamp}")
        else:
            shutil.rmtree(new, ignore_errors=True)

    def _open_check(self, folder: Path, *, record: bool, name: str = "", lock=None) -> None:
        from ..session import recovery_session

        vault = core.unlock_with_recovery_key(folder, self.identity, lock=lock)
        try:
            if not record:  # before it takes its place: a restored copy is a new sync device
                with vault.transaction():
                    self.new_device = sync_identity.become_new_device(vault.conn)
            if record:
                session = recovery_session(vault)
                details = {"from": self.archive_url, "key": "recovery key file"}
                if self.new_device is not None:
                    details["sync_device"] = self.new_device.device_id
                if self.run_by is not None:
                    user_id, username = self.run_by
                    known = vault.conn.execute("SELECT 1 FROM users WHERE id = ?", (user_id,)).fetchone()
                    session.user_id, session.username = (user_id if known else None), username
                    details["key"] = "recovery key kept in the vault (signed-in administrator)"
                audit.record(session, "backup.restore", entity="backup", entity_id=name, details=details)
                facts = vledger.Facts().merge(self._facts)
                try:  # carried over from the replaced vault's folder (CARRY_OVER)
                    file_facts = vledger.read_file(folder, vault.vault_key(), vault.vault_id)
                    if len(file_facts):
                        facts.merge(file_facts)
                        self.ledger_sources.append("ledger file beside the vault")
                except IntegrityError as exc:
                    self.ledger_problems.append(exc.message)
                    audit.record(session, "privacy.ledger.damaged", entity="vault", entity_id=vault.vault_id)
                self.reapplied = aledger.reapply(session, facts, live=self._live)
                audit.record(session, "backup.restore.ledger", entity="backup", entity_id=name,
                             details={k: self.reapplied[k] for k in ("erasures", "disabled_users",
                                                                     "credential_changes", "users_to_reset")}
                             | {"sources": self.ledger_sources, "problems": self.ledger_problems})
                vledger.sync_file(vault.conn, folder, vault.vault_key(), vault.vault_id, keep_damaged=True)
        finally:
            vault.close()


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


CARRY_OVER = ("erasure-ledger.json",)  # files of the live vault folder that a restore keeps


def _remove_stale_restores(to: Path) -> None:
    for p in to.parent.glob(f".{to.name}.restore-*"):
        shutil.rmtree(p, ignore_errors=True)
    for p in to.parent.glob(".vaultcrm-verify-*"):
        shutil.rmtree(p, ignore_errors=True)


def restore(archive_url: str, to: str | Path, **kw) -> dict:
    return RestoreJob(archive_url, to, **kw).run()

