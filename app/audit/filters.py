"""The viewer's filters as SQL, and the ISO times they take."""
from __future__ import annotations

import datetime as dt

from vault.errors import UsageError
from vault.i18n import translate


def _parse_time(text: str | None, name: str) -> str | None:
    if text in (None, ""):
        return None
    try:
        t = dt.datetime.fromisoformat(str(text).replace("Z", "+00:00"))
    except ValueError:
        raise UsageError(translate("Errors", "{name}: not an ISO time (e.g. 2026-11-24 or 2026-11-24T09:30:00Z):"
                                             " {text}").format(name=name, text=text)) from None
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.UTC)
    return t.astimezone(dt.UTC).isoformat(timespec="seconds")


def _where(session, *, user=None, action=None, customer=None, since=None, until=None) -> tuple[str, list]:
    clauses, params = [], []
    if user:
        row = session.conn.execute("SELECT id FROM users WHERE id = ? OR username = ?", (user, user)).fetchone()
        clauses.append("(user_id = ? OR username = ?)")
        params += [row[0] if row else user, user]
    if action:
        if action.endswith("*"):
            clauses.append("action LIKE ? ESCAPE '\\'")
            params.append(action[:-1].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
        else:
            clauses.append("action = ?")
            params.append(action)
    if customer:
        clauses.append("(person_id = ? OR (entity = 'customer' AND entity_id = ?))")
        params += [str(customer), str(customer)]
    if not session.scope_all:
        # a profile limited to its own records sees entries about its own customers only
        about = "coalesce(person_id, CASE WHEN entity = 'customer' THEN entity_id END)"
        clauses.append(f"({about} IS NULL OR {about} IN (SELECT CAST(id AS TEXT) FROM customers WHERE owner_id = ?))")
        params.append(session.user_id or "")
    since, until = _parse_time(since, "since"), _parse_time(until, "until")
    if since:
        clauses.append("at >= ?")
        params.append(since)
    if until:
        clauses.append("at < ?")
        params.append(until)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params
