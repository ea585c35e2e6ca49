"""Backup use cases the desktop app runs: what the window needs to know after sign-in, and the
backup and restore jobs (their heavy part on a job thread, their short session steps on the DB
worker through ``db``)."""
from __future__ import annotations

from vault.i18n import translate

from .. import backups
from ..jobs import JobContext
from ..session import Session
from ..settings import VaultSettings


def window_state(session: Session) -> dict:
    """Auto-lock and clipboard times, the backup status line, and (for those who may back up) the
    schedule's triggers. A backup status that cannot be read never stops the sign-in."""
    s = VaultSettings(session)
    out = {k: s.get(k) for k in ("lock.idle_minutes", "clipboard.clear_seconds")}
    out["triggers"] = {}
    try:
        state = backups.schedule_state(session)
        out["backup"] = (state.message, bool(state.warning))
        if session.can("backup.run"):
            out["triggers"] = {**backups.triggers(session), "due": bool(state.due), "next_due": state.next_due}
    except Exception:  # noqa: BLE001 - a status bar line never stops the sign-in
        out["backup"] = (translate("Backups", "Backups: not set up"), True)
    return out


def configured_target(session: Session) -> str:
    return VaultSettings(session).get("backup.target_url")


def back_up(session: Session, url: str, db, *, job: JobContext) -> dict:
    """Back up now and scheduled backups, on a job thread: the snapshot, archive, encryption,
    upload and read-back there; ``db`` (the DB worker's ``call``) runs the two short steps that
    use the session (what to back up; the history row and audit entry)."""
    return backups.BackupJob(session, url, job=job)(db=db)


def back_up_in_place(session: Session, url: str) -> dict:
    """On-lock and on-exit backups: the same job, whole on the DB worker (they must finish before
    the lock); the outcome is in the audit log and the status bar."""
    return backups.BackupJob(session, url)()


def restore(archive: str, to: str, identity: str | None, session: Session | None, db, *, job: JobContext) -> dict:
    """On a job thread: download, decrypt, extract and check there; ``db`` (the DB worker's
    ``call``) runs the short steps that use the signed-in session."""
    return backups.RestoreJob(archive, to, identity=identity or None, session=session, job=job).run(db=db)
