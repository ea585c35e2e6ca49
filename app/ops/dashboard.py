"""Dashboard use cases: the figures of every chart the viewer may see (``app.reports.dashboard``,
in the viewer's scope, never cached) and saving the printed dashboard as a PDF.

The PDF holds figures only: counts and amounts per stage, month and week, and the names of the
users (staff) the per-user charts are about; no customer's name or detail. Per-user activity is
still personal data about staff, so saving it is an audited export (``report.export``: which
charts, the file's name) open to whoever may see the dashboard (docs/ARCHITECTURE.md,
"Dashboard")."""
from __future__ import annotations

import os

from vault.fsutil import write_output

from .. import audit
from ..countries import currency_for
from ..reports import dashboard
from ..session import Session
from ..setting_keys import vault_country


def figures(session: Session) -> dict:
    out = dashboard.figures(session)
    out["currency"] = currency_for(vault_country(session.conn))
    return out


def save_pdf(session: Session, path: str, data: bytes, charts: list[str], *, force: bool = False) -> str:
    """Write the printed dashboard (``data``, a PDF made by the face) to the user-named ``path``
    (never inside a vault folder; an existing file only with ``force``), audited first."""
    session.require("customers.read")
    audit.record(session, "report.export", entity="report", entity_id="dashboard",
                 details={"charts": list(charts), "file": os.path.basename(str(path)), "bytes": len(data)})
    return str(write_output(path, bytes(data), force=force, vault_folders=[session.vault.folder]))
