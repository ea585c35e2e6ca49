"""The backup job: ``prepare`` and ``finish`` on the session's thread, ``run`` (the heavy part)
on any thread."""
from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass

from vault import clock
from vault import ledger as vledger
from vault.backup.location import Target
from vault.backup.targets import open_target
from vault.backup.writer import BackupInput, BackupResult, write_backup
from vault.errors import IntegrityError, UsageError
from vault.i18n import translate
from vault.jobs import JobContext

from .. import audit
from ..settings import VaultSettings
from .common import DbCall, app_version, run_here, vault_secret_lookup
from .retention import RetentionPolicy, apply_retention


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
            raise UsageError(translate("Errors", "No backup location: choose one in the settings or pass --to."))
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

    def __call__(self, db: DbCall = run_here) -> dict:
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


def _refuse_vault_folder(target) -> None:
    """A backup folder inside a vault folder (that vault's or another's) is refused: a backup kept
    beside the vault is lost, stolen or encrypted with it (``vault.fsutil.vault_folder_holding``)."""
    from vault.fsutil import vault_folder_holding

    holder = vault_folder_holding(target.root) if target.kind == "folder" else None
    if holder is not None:
        raise UsageError(translate("Errors", "{url} is inside the vault folder {folder}: a backup kept beside the"
                                             " vault is lost with it; choose a folder outside it (another disk, a"
                                             " share, a remote location).").format(url=target.url, folder=holder))
