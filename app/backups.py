"""Backup jobs, listings, verification, restore, retention and the schedule (no Qt).

For the UI (see docs/ARCHITECTURE.md, "Backups"):

Every long job takes a ``vault.jobs.JobContext`` (``job=``): it reports ``job.progress(phase,
done, total)`` and stops with ``Cancelled`` once ``job.cancel()`` was called from anywhere.

- ``BackupJob(session, url, job=ctx)``: ``prepare()`` and ``finish()`` are short steps that
  need the session (its DB thread); ``run()`` is the heavy part and runs on any thread (the
  snapshot uses its own connection). ``BackupJob(...)(db=worker.call)`` runs the whole job on
  the calling thread with the two short steps sent to the DB thread; ``run_backup(session,
  url, …)`` does all three on the calling thread (CLI).
- ``list_archives(url, session=…)`` → rows ``{archive, created, size, state, sequence, detail}``.
- ``verify_archive(url, deep=…, session=… | identity=…)`` → ``{ok, archive, checks}``.
- ``RestoreJob(url, to, session=… | identity=…, job=ctx)``; ``run(db=…)`` as above.
- ``plan_retention(archives, now, policy)`` (pure) and ``apply_retention``.
- ``due(last_good, interval, now)`` and ``schedule_state(session, now)`` for the status bar.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import secrets
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from vault import clock, core
from vault import ledger as vledger
from vault.backup import credentials
from vault.backup import restore as vrestore
from vault.backup.errors import HostKeyChanged, HostKeyUnknown  # noqa: F401  (re-exported)
from vault.backup.signature import sig_hash
from vault.backup.targets import Target, credential_key, open_target, split_archive_url, trust_host
from vault.backup.verify import NAME_RE, Catalog, deep_verify, quick_verify
from vault.backup.writer import BackupInput, BackupResult, prune, write_backup
from vault.errors import Cancelled, CrmError, IntegrityError, PolicyError, StorageError, UsageError  # noqa: F401
from vault.jobs import JobContext
from vault.keyslots import KeySlots
from vault.lockfile import VaultLock

from . import audit
from . import ledger as aledger
from .settings import VaultSettings

DbCall = Callable[..., object]  # runs fn(*args) on the session's thread and returns its result


def _here(fn, *args):
    return fn(*args)


def app_version() -> str:
    try:
        from importlib.metadata import version

        return version("vaultcrm")
    except Exception:
        return "0.1.0"


def vault_secret_lookup(session) -> Callable[[str], str | None]:
    """Secrets kept inside the vault (for machines without a keyring)."""
    return credentials.vault_lookup(session.conn)


def store_credentials(url: str, secret: str, *, session=None, in_vault: bool = False) -> dict:
    """Keep a location's secret (WebDAV/SFTP password, or S3 ``KEY_ID:SECRET``) in the OS keyring,
    or inside the vault when asked (or when the machine has no keyring and a session is given)."""
    key = credential_key(url)
    ok, backend = credentials.keyring_status()
    if ok and not in_vault:
        credentials.to_keyring(key, secret)
        return {"key": key, "stored_in": "keyring", "backend": backend}
    if session is None:
        raise StorageError(f"this machine has no secure keyring ({backend}); sign in to keep the secret "
                           "inside the vault instead (--in-vault)")
    session.require("settings.manage")
    with session.vault.transaction():
        session.conn.execute(
            "INSERT INTO backup_credentials (key, secret, updated_at) VALUES (?, ?, ?) ON CONFLICT(key)"
            " DO UPDATE SET secret = excluded.secret, updated_at = excluded.updated_at", (key, secret, clock.iso()))
        audit.record(session, "backup.credentials", entity="backup_target", entity_id=key)
    return {"key": key, "stored_in": "vault", "backend": backend}


def trust_host_key(exc: HostKeyUnknown) -> None:
    """The UI showed ``exc.fingerprint`` and the user confirmed it: pin the SFTP server's host
    key (known_hosts in the config folder); retry the job afterwards. A changed key is never
    offered for confirmation (``HostKeyChanged``)."""
    trust_host(exc.host, exc.port, exc.key_line)


# ----------------------------------------------------------------------------- backup
@dataclass
class JobState:
    result: object = None
    error: BaseException | None = None


class BackupJob:
    """One backup. ``job.progress(phase, done, total)`` is called from the thread running ``run``."""

    def __init__(self, session, url: str | None = None, *, s3_endpoint: str | None = None,
                 trust_host_key=False, job: JobContext | None = None, apply_retention: bool = False,
                 now: dt.datetime | None = None):
        self.session = session
        self.url = url
        self.s3_endpoint = s3_endpoint
        self.trust_host_key = trust_host_key
        self.job = job or JobContext()
        self.apply_retention = apply_retention
        self.now = now
        self.state = JobState()
        self._inp: BackupInput | None = None
        self._target: Target | None = None
        self._key: bytearray | None = None
        self.retention: dict | None = None

    def prepare(self) -> None:
        s = self.session
        s.require("backup.run")
        settings = VaultSettings(s)
        self.url = self.url or settings.get("backup.target_url")
        if not self.url:
            raise UsageError("no backup location: choose one in the settings or pass --to")
        v = s.vault
        self._key = bytearray(v.vault_key())
        extra = [r for r in (settings.get("backup.extra_recipients") or []) if isinstance(r, str) and r.strip()]
        row = s.conn.execute("SELECT sequence, sig_hash FROM backup_history WHERE target = ? ORDER BY sequence"
                             " DESC LIMIT 1", (self.url,)).fetchone()
        facts = vledger.collect(s.conn)
        with contextlib.suppress(IntegrityError):
            facts.merge(vledger.read_file(v.folder, v.vault_key(), v.vault_id))
        self._inp = BackupInput(
            ledger=facts, folder=v.folder, vault_key=self._key, keyslots_bytes=v.keyslots.to_bytes(),
            vault_id=v.vault_id, signing_key=v.signing_key(), signing_public_key=v.keyslots.signing_public_key,
            recipients=[v.keyslots.recovery_recipient, *extra], user=s.username, app_version=app_version(),
            chain_head=audit.chain_head, last_sequence=int(row[0]) if row else 0, last_sig_hash=row[1] if row else None)
        try:
            self._target = open_target(self.url, s3_endpoint=self.s3_endpoint, trust_host_key=self.trust_host_key,
                                       secret_lookup=vault_secret_lookup(s))
            _refuse_vault_folder(self._target)
        except BaseException:
            from vault import crypto

            crypto.wipe(self._key)
            raise

    def run(self) -> BackupResult:
        if self._inp is None:
            raise RuntimeError("prepare() first")
        try:
            self.job.check()
            result = write_backup(self._inp, self._target, progress=self.job.progress, cancel=self.job, now=self.now)
            self.state.result = result
            return result
        except BaseException as exc:
            self.state.error = exc
            raise
        finally:
            from vault import crypto

            crypto.wipe(self._key)

    def finish(self) -> dict:
        s = self.session
        if self.state.error is not None or self.state.result is None:
            with contextlib.suppress(Exception):
                audit.record(s, "backup.run", entity="backup_target", entity_id=self.url,
                             details={"ok": False, "error": str(self.state.error)[:200]})
            return {}
        r: BackupResult = self.state.result
        with s.vault.transaction():
            s.conn.execute(
                "INSERT INTO backup_history (target, archive, sequence, sig_hash, sha256, size, created, verified_at,"
                " user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (self.url, r.archive, r.sequence, r.sig_hash, r.sha256, r.size, r.created, clock.iso(), s.user_id))
            audit.record(s, "backup.run", entity="backup_target", entity_id=self.url,
                         details={"ok": True, "archive": r.archive, "sha256": r.sha256, "size": r.size,
                                  "sequence": r.sequence})
        out = {"archive": r.archive, "url": r.url, "size": r.size, "sha256": r.sha256, "verified": r.verified,
               "sequence": r.sequence, "created": r.created, "ledger_published": r.ledger_published}
        if self.apply_retention and r.verified:
            try:
                self.retention = apply_retention(s, self._target, policy=RetentionPolicy.from_settings(s),
                                                 newest_verified=r.archive, now=self.now)
                out["pruned"] = self.retention["pruned"]
            except Exception as exc:  # the backup itself is good; pruning waits for the next one
                out["pruned"] = []
                out["retention_error"] = str(exc)
        return out

    def close(self) -> None:
        if self._target is not None:
            self._target.close()

    def __call__(self, db: DbCall = _here) -> dict:
        """The whole backup on this thread; ``db(fn)`` runs the two short steps that use the
        session (``prepare``, ``finish``) on the session's thread (default: this one)."""
        db(self.prepare)
        try:
            with contextlib.suppress(BaseException):
                self.run()
            out = db(self.finish)
            if self.state.error is not None:
                raise self.state.error
            return out
        finally:
            self.close()


def run_backup(session, url: str | None = None, **kw) -> dict:
    return BackupJob(session, url, **kw)()


# ----------------------------------------------------------------------------- listing
def _open(url: str, session=None, **kw) -> Target:
    lookup = vault_secret_lookup(session) if session is not None else None
    return open_target(url, secret_lookup=lookup, **kw)


def _vault_public_key(vault_folder=None, session=None) -> str | None:
    if session is not None:
        return session.vault.keyslots.signing_public_key
    if vault_folder:
        return KeySlots.load(Path(vault_folder)).signing_public_key
    return None


def list_archives(url: str, *, vault_folder: str | None = None, session=None, check_hash: bool = True,
                  s3_endpoint: str | None = None, trust_host_key=False, job: JobContext | None = None,
                  signer_fingerprint: str | None = None) -> list[dict]:
    """Every signed archive at ``url`` with its quick-verify state: ``ok``, ``damaged``,
    ``bad-signature``, ``missing`` (signature there, archive gone), ``gap`` (sequence numbers
    missing: archives deleted), ``pruned`` is not listed. Newest first."""
    target = _open(url, session, s3_endpoint=s3_endpoint, trust_host_key=trust_host_key)
    pub = _vault_public_key(vault_folder, session)
    vid = session.vault.vault_id if session is not None else (
        KeySlots.load(Path(vault_folder)).vault_id if vault_folder else None)
    cat = Catalog(target, vault_public_key=pub, vault_id=vid, signer_fingerprint=signer_fingerprint,
                  authoritative=session is not None)
    rows = []
    for name, info in cat.sigs.items():
        signed = info.signed
        row = {"archive": name, "created": signed.get("created"), "size": signed.get("size"),
               "state": "ok", "sequence": signed.get("sequence"), "vault_id": name[:36], "detail": ""}
        if not info.valid:
            row.update(state="bad-signature", detail=info.error)
        elif name in cat.pruned and name not in cat.entries:
            continue
        elif name not in cat.entries:
            row.update(state="missing", detail="the archive was deleted (its signature is still there)")
        elif check_hash:
            from vault.backup.verify import Checks, hash_check

            checks = Checks()
            if not hash_check(target, name, signed, checks, job):
                row.update(state="damaged", detail="; ".join(checks.failures()))
        elif cat.entries[name]["size"] != signed["size"]:
            row.update(state="damaged", detail="size differs from the signature")
        rows.append(row)
    for v in cat.vault_ids():
        for gap in cat.gaps(v):
            rows.append({"archive": None, "created": None, "size": None, "state": "gap", "sequence": gap["sequence"],
                         "vault_id": v, "detail": gap["detail"]})
    if session is not None:
        last = session.conn.execute("SELECT max(sequence), archive FROM backup_history WHERE target = ?"
                                    " AND pruned_at IS NULL", (url,)).fetchone()
        newest = cat.newest(session.vault.vault_id)
        if last and last[0] and (newest is None or newest.signed["sequence"] < last[0]):
            rows.append({"archive": last[1], "created": None, "size": None, "state": "gap", "sequence": [last[0]],
                         "vault_id": session.vault.vault_id,
                         "detail": f"the newest backup this vault made here ({last[1]}) is gone"})
    rows.sort(key=lambda r: (r["created"] or "9999", str(r["sequence"])), reverse=True)
    return rows


# ----------------------------------------------------------------------------- verify
def verify_archive(archive_url: str, *, deep: bool = False, identity: str | None = None, session=None,
                   vault_folder: str | None = None, s3_endpoint: str | None = None, trust_host_key=False,
                   job: JobContext | None = None, signer_fingerprint: str | None = None) -> dict:
    """Quick (no secret) or deep (recovery key from ``identity`` or a signed-in admin) verify."""
    if session is not None:
        session.require("backup.run" if not deep else "backup.restore")
        if deep and identity is None:
            identity = session.vault.recovery_identity()
    if deep and not identity:
        raise UsageError("deep verify needs the recovery key (--recovery-key-file) or a signed-in administrator")
    dir_url, name = split_archive_url(archive_url)
    target = _open(dir_url, session, s3_endpoint=s3_endpoint, trust_host_key=trust_host_key)
    pub = _vault_public_key(vault_folder, session)
    progress = job.progress if job is not None else None
    try:
        if deep:
            checks, _ = deep_verify(target, name, identity, vault_public_key=pub, cancel=job, progress=progress,
                                    signer_fingerprint=signer_fingerprint)
        else:
            checks = quick_verify(target, name, vault_public_key=pub, cancel=job, progress=progress,
                                  signer_fingerprint=signer_fingerprint)
    finally:
        target.close()
    if session is not None:
        audit.record(session, "backup.verify", entity="backup", entity_id=name,
                     details={"verified": checks.ok, "deep": deep})
        if checks.ok and deep:
            with session.vault.transaction():
                session.conn.execute("UPDATE backup_history SET deep_verified_at = ? WHERE archive = ?",
                                     (clock.iso(), name))
    return {"ok": checks.ok, "archive": name, "deep": deep, "checks": checks.items}


# ----------------------------------------------------------------------------- restore
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
        # who ran it: a signed-in administrator is named in the restored vault's audit entry (the
        # session is closed before the swap, so the entry is written with the recovery key)
        self.run_by = (session.user_id, session.username) if session is not None else None

    def run(self, db: DbCall = _here) -> dict:
        """The whole restore on this thread (the heavy part: download, decrypt, extract, check);
        the short steps that use the signed-in session (its recovery key and stored secret, the
        replaced vault's ledger, closing it before the swap) go through ``db``."""
        pub, lookup = db(self._from_session) if self.session is not None else (None, None)
        if not self.identity:
            raise UsageError("restore needs the recovery key (--recovery-key-file) or a signed-in administrator")
        to = self.to
        existing = (to / "keyslots.json").exists()
        if to.exists() and not existing and any(to.iterdir()):
            raise PolicyError(f"{to} is neither a vault nor empty; choose a new folder")
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
            self.job.check("Cancelled; the current vault was not touched.")
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
                    raise PolicyError(f"this archive is from vault {m.group('vault')}, not the vault in {to} "
                                      f"({current}); restore it into a new folder")

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
            self.ledger_problems.append(exc.message if hasattr(exc, "message") else str(exc))
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
        from .session import recovery_session

        vault = core.unlock_with_recovery_key(folder, self.identity, lock=lock)
        try:
            if record:
                session = recovery_session(vault)
                details = {"from": self.archive_url, "key": "recovery key file"}
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


# ----------------------------------------------------------------------------- retention
@dataclass(frozen=True)
class RetentionPolicy:
    keep_within_days: int = 7
    keep_daily: int = 7
    keep_weekly: int = 4
    keep_monthly: int = 12
    keep_yearly: int = 3

    @classmethod
    def from_settings(cls, session) -> RetentionPolicy:
        s = VaultSettings(session)
        return cls(s.get("retention.keep_within_days"), s.get("retention.keep_daily"), s.get("retention.keep_weekly"),
                   s.get("retention.keep_monthly"), s.get("retention.keep_yearly"))


@dataclass
class RetentionPlan:
    keep: dict[str, list[str]] = field(default_factory=dict)
    prune: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"keep": self.keep, "prune": self.prune}


def plan_retention(archives: list[tuple[str, dt.datetime]], now: dt.datetime,
                   policy: RetentionPolicy = RetentionPolicy()) -> RetentionPlan:
    """Grandfather-father-son over verified archives ``(name, created UTC)``. Pure: no I/O.
    Keeps everything newer than ``keep_within_days``; the newest archive of each of the last
    N days/ISO weeks/months/years that have archives; and always the newest archive."""
    items = sorted(archives, key=lambda a: a[1], reverse=True)
    plan = RetentionPlan()
    if not items:
        return plan

    def keep(name: str, why: str) -> None:
        plan.keep.setdefault(name, []).append(why)

    keep(items[0][0], "newest")
    cutoff = now - dt.timedelta(days=policy.keep_within_days)
    for name, t in items:
        if t >= cutoff and policy.keep_within_days > 0:
            keep(name, "within")
    buckets = (("daily", policy.keep_daily, lambda t: t.date()),
               ("weekly", policy.keep_weekly, lambda t: tuple(t.isocalendar())[:2]),
               ("monthly", policy.keep_monthly, lambda t: (t.year, t.month)),
               ("yearly", policy.keep_yearly, lambda t: t.year))
    for label, count, key in buckets:
        seen: set = set()
        for name, t in items:
            if len(seen) >= count:
                break
            k = key(t)
            if k not in seen:
                seen.add(k)
                keep(name, label)
    plan.prune = [name for name, _ in items if name not in plan.keep]
    return plan


def _parse_time(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


def retention_preview(url: str, *, session=None, vault_folder=None, policy: RetentionPolicy | None = None,
                      now: dt.datetime | None = None, s3_endpoint=None, trust_host_key=False) -> dict:
    """Dry run: what retention would keep and prune at ``url`` (only verified ``ok`` archives count)."""
    rows = list_archives(url, session=session, vault_folder=vault_folder, check_hash=False,
                         s3_endpoint=s3_endpoint, trust_host_key=trust_host_key)
    good = [(r["archive"], _parse_time(r["created"])) for r in rows if r["state"] == "ok"]
    policy = policy or (RetentionPolicy.from_settings(session) if session is not None else RetentionPolicy())
    return plan_retention(good, now or clock.utcnow(), policy).to_json()


def apply_retention(session, target: Target, *, policy: RetentionPolicy, newest_verified: str,
                    now: dt.datetime | None = None) -> dict:
    """Prune per ``policy`` right after ``newest_verified`` was written and verified. Never prunes
    it; archives that fail quick verify are never counted as keepers (nor deleted)."""
    session.require("backup.run")
    v = session.vault
    cat = Catalog(target, vault_public_key=v.keyslots.signing_public_key, vault_id=v.vault_id, authoritative=True)
    if newest_verified not in cat.sigs or not cat.sigs[newest_verified].valid:
        raise IntegrityError("the new backup is not verified; nothing is pruned")
    good = [(n, _parse_time(s.signed["created"])) for n, s in cat.sigs.items()
            if s.valid and n in cat.entries and n not in cat.pruned]
    plan = plan_retention(good, now or clock.utcnow(), policy)
    plan.keep.setdefault(newest_verified, []).append("just verified")
    pruned, refused = [], []
    key = v.signing_key()
    for name in plan.prune:
        if name == newest_verified:
            continue
        if prune(target, name, key, cat.sigs[name].signed):
            pruned.append(name)
        else:
            refused.append(name)
    if pruned:
        with v.transaction():
            session.conn.executemany("UPDATE backup_history SET pruned_at = ? WHERE archive = ?",
                                     [(clock.iso(), n) for n in pruned])
            audit.record(session, "backup.prune", entity="backup_target", entity_id=target.url,
                         details={"pruned": pruned, "refused": refused})
    return {"pruned": pruned, "refused": refused, "kept": sorted(plan.keep)}


# ----------------------------------------------------------------------------- schedule
MAX_AGE_WARNING = dt.timedelta(days=7)


def due(last_good_time: dt.datetime | None, interval: dt.timedelta, now: dt.datetime) -> bool:
    """A backup is due when there is no good one or the last good one is ``interval`` old."""
    return last_good_time is None or now - last_good_time >= interval


@dataclass
class ScheduleState:
    due: bool
    next_due: dt.datetime | None
    last_good: dt.datetime | None
    last_verified: dt.datetime | None
    warning: bool
    message: str


def schedule_state_from(last_good: dt.datetime | None, last_verified: dt.datetime | None, *,
                        interval: dt.timedelta, now: dt.datetime,
                        max_age: dt.timedelta = MAX_AGE_WARNING) -> ScheduleState:
    """Pure: what the status bar shows."""
    is_due = due(last_good, interval, now)
    next_due = None if last_good is None else last_good + interval
    warning = last_verified is None or now - last_verified > max_age
    if last_verified is None:
        msg = "No verified backup yet."
    elif warning:
        msg = f"Last verified backup is {(now - last_verified).days} days old."
    else:
        msg = f"Last verified backup: {last_verified.astimezone(dt.UTC).strftime('%Y-%m-%d %H:%M')} UTC."
    return ScheduleState(is_due, next_due, last_good, last_verified, warning, msg)


def triggers(session) -> dict:
    """What the UI polls/hooks: ``{"url", "interval", "on_lock", "on_exit"}`` from the settings."""
    s = VaultSettings(session)
    return {"url": s.get("backup.target_url"), "interval": dt.timedelta(hours=s.get("backup.interval_hours")),
            "on_lock": s.get("backup.on_lock"), "on_exit": s.get("backup.on_exit")}


def schedule_state(session, now: dt.datetime | None = None) -> ScheduleState:
    now = now or clock.utcnow()
    settings = VaultSettings(session)
    interval = dt.timedelta(hours=settings.get("backup.interval_hours"))
    max_age = dt.timedelta(days=settings.get("alerts.backup_max_age_days"))
    row = session.conn.execute("SELECT max(created), max(verified_at) FROM backup_history"
                               " WHERE verified_at IS NOT NULL").fetchone()
    last_good = _parse_time(row[0]) if row and row[0] else None
    last_verified = _parse_time(row[1]) if row and row[1] else None
    return schedule_state_from(last_good, last_verified, interval=interval, now=now, max_age=max_age)


__all__ = ["BackupJob", "RestoreJob", "run_backup", "restore", "list_archives", "verify_archive",
           "plan_retention", "RetentionPolicy", "retention_preview", "apply_retention", "due", "schedule_state",
           "schedule_state_from", "store_credentials", "sig_hash", "Cancelled", "JobContext"]


def _refuse_vault_folder(target) -> None:
    """A backup folder inside a vault folder (that vault's or another's) is refused: a backup kept
    beside the vault is lost, stolen or encrypted with it (``vault.fsutil.vault_folder_holding``)."""
    from vault.fsutil import vault_folder_holding

    holder = vault_folder_holding(target.root) if target.kind == "folder" else None
    if holder is not None:
        raise UsageError(f"{target.url} is inside the vault folder {holder}: a backup kept beside the vault is lost"
                         " with it; choose a folder outside it (another disk, a share, a remote location)")
