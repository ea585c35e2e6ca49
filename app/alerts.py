"""Security alerts for administrators: list them (``audit.read``) and acknowledge them
(``users.manage``, audited). The rules that raise them are in ``app.alert_rules``.
"""
from __future__ import annotations

from vault import clock
from vault.db import transaction
from vault.errors import NotFoundError
from vault.i18n import translate

from . import audit
from .alert_rules import RULES, row_dict, stored

__all__ = ["RULES", "acknowledge", "list_alerts"]


def list_alerts(session, *, only_open: bool = False, rule: str | None = None, limit: int = 200,
                offset: int = 0) -> list[dict]:
    """Alerts, newest first (``audit.read``)."""
    session.require("audit.read")
    return stored(session.conn, only_open=only_open, rule=rule, limit=limit, offset=offset)


def acknowledge(session, alert_id: int, note: str = "") -> dict:
    """Mark an alert as handled (``users.manage``); audited."""
    session.require("users.manage")
    conn = session.conn
    with transaction(conn):
        row = conn.execute("SELECT * FROM alerts WHERE id = ?", (int(alert_id),)).fetchone()
        if row is None:
            raise NotFoundError(translate("Errors", "There is no alert {id}.").format(id=alert_id))
        if row["acknowledged_at"] is None:
            conn.execute("UPDATE alerts SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ?",
                         (clock.iso(), session.username, int(alert_id)))
            audit.record(session, "alert.acknowledge", entity="alert", entity_id=str(alert_id),
                         details={"rule": row["rule"], "note": note})
        row = conn.execute("SELECT * FROM alerts WHERE id = ?", (int(alert_id),)).fetchone()
    return row_dict(row)
