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

The use cases live in modules of their own: ``job`` (backup), ``listing``, ``verifying``,
``restoring``, ``retention``, ``schedule``, ``credentials`` (a location's secret, host keys),
``common`` (what they share); everything public is importable from ``app.backups``.
"""
from __future__ import annotations

from vault.backup.errors import HostKeyChanged, HostKeyUnknown  # noqa: F401  (re-exported)
from vault.backup.signature import sig_hash
from vault.errors import Cancelled, CrmError, IntegrityError, PolicyError, StorageError, UsageError  # noqa: F401
from vault.jobs import JobContext

from .common import DbCall, app_version, vault_secret_lookup  # noqa: F401
from .credentials import store_credentials, trust_host_key  # noqa: F401
from .job import BackupJob, JobState, run_backup  # noqa: F401
from .listing import list_archives
from .restoring import CARRY_OVER, RestoreJob, restore  # noqa: F401
from .retention import RetentionPlan, RetentionPolicy, apply_retention, plan_retention, retention_preview  # noqa: F401
from .schedule import MAX_AGE_WARNING, ScheduleState, due, schedule_state, schedule_state_from, triggers  # noqa: F401
from .verifying import verify_archive

__all__ = ["BackupJob", "RestoreJob", "run_backup", "restore", "list_archives", "verify_archive",
           "plan_retention", "RetentionPolicy", "retention_preview", "apply_retention", "due", "schedule_state",
           "schedule_state_from", "store_credentials", "sig_hash", "Cancelled", "JobContext"]

