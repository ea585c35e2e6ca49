"""The one job contract, for the UI and the services: ``JobContext`` (``progress(phase, done,
total)``, ``check()``, ``cancel()``) and the one ``Cancelled``. Defined in ``vault.jobs`` because
the backup code under ``vault/`` checks it too; see there."""
from __future__ import annotations

from vault.errors import Cancelled
from vault.jobs import JobContext, ProgressFn

__all__ = ["Cancelled", "JobContext", "ProgressFn"]
