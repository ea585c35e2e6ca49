"""Exporting the (filtered) log for an incident report."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from vault import clock
from vault.errors import UsageError
from vault.fsutil import check_output_path, write_output
from vault.i18n import translate

from .log import record
from .query import query
from .verification import _verify


def export(session, path: str | Path, *, fmt: str = "json", force: bool = False, **filters) -> dict:
    """Write the (filtered) log to a file for an incident report; the export is itself audited.
    ``fmt``: ``json`` (a list of entries with the verification result) or ``csv``. ``path`` is
    checked first (``vault.fsutil.check_output_path``: never in a vault folder, never a device or
    folder, an existing file only with ``force``)."""
    session.require("audit.read")
    if fmt not in ("json", "csv"):
        raise UsageError(translate("Errors", "The audit log exports as json or csv."))
    path = check_output_path(path, force=force, vault_folders=[session.vault.folder])
    entries = query(session, limit=None, newest_first=False, **filters)["entries"]
    check = _verify(session, full=True)
    if fmt == "json":
        data = json.dumps({"vault_id": session.vault.vault_id, "exported_at": clock.iso(),
                           "exported_by": session.username, "filters": {k: v for k, v in filters.items() if v},
                           "chain": {k: check[k] for k in ("ok", "entries", "first_bad", "reason")},
                           "entries": entries}, indent=2, ensure_ascii=False).encode("utf-8")
    else:
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["seq", "at", "user", "action", "entity", "entity_id", "person_id", "details", "hash"])
        for e in entries:
            w.writerow([e["seq"], e["at"], e["user"], e["action"], e["entity"] or "", e["entity_id"] or "",
                        e["person_id"] or "", "" if e["details"] is None else json.dumps(e["details"],
                                                                                         ensure_ascii=False),
                        e["hash"]])
        data = buf.getvalue().encode("utf-8")
    path = write_output(path, data, force=force, vault_folders=[session.vault.folder])
    record(session, "audit.export", details={"rows": len(entries), "format": fmt,
                                              "filters": {k: v for k, v in filters.items() if v}})
    return {"exported": len(entries), "path": str(path), "chain_ok": check["ok"]}
