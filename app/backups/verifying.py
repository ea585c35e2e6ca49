"""Verifying one archive: quick (no secret) or deep (the recovery key)."""
from __future__ import annotations

from vault import clock
from vault.backup.targets import split_archive_url
from vault.backup.verify import deep_verify, quick_verify
from vault.errors import UsageError
from vault.i18n import translate
from vault.jobs import JobContext

from .. import audit
from .common import open_location, vault_public_key


def verify_archive(archive_url: str, *, deep: bool = False, identity: str | None = None, session=None,
                   vault_folder: str | None = None, s3_endpoint: str | None = None, trust_host_key=False,
                   job: JobContext | None = None, signer_fingerprint: str | None = None) -> dict:
    """Quick (no secret) or deep (recovery key from ``identity`` or a signed-in admin) verify."""
    if session is not None:
        session.require("backup.run" if not deep else "backup.restore")
        if deep and identity is None:
            identity = session.vault.recovery_identity()
    if deep and not identity:
        raise UsageError(translate("Errors", "Deep verify needs the recovery key (--recovery-key-file) or a"
                                             " signed-in administrator."))
    dir_url, name = split_archive_url(archive_url)
    target = open_location(dir_url, session, s3_endpoint=s3_endpoint, trust_host_key=trust_host_key)
    pub = vault_public_key(vault_folder, session)
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

