"""Custom fields: their definitions, and guarding sensitive ones from sessions that cannot see them."""
from __future__ import annotations

import json
import re

from vault.errors import ValidationError
from vault.i18n import translate

from .. import audit
from ..session import Session
from .validation import MASK


def custom_field_specs(conn) -> dict[str, dict]:
    return {r["key"]: {"id": r["id"], "label": r["label"], "type": r["type"], "choices": json.loads(r["choices"]),
                       "sensitive": bool(r["sensitive"])}
            for r in conn.execute("SELECT * FROM custom_fields ORDER BY position, id")}


def guard_custom(session: Session, custom, specs: dict) -> dict | None:
    """Drop masked placeholders sent back unchanged; refuse sensitive custom fields to a session
    that cannot see them."""
    if not isinstance(custom, dict):
        return custom
    custom = {k: v for k, v in custom.items() if v != MASK}
    if not session.can("sensitive.read"):
        hidden = [k for k, v in custom.items() if v not in (None, "") and specs.get(k, {}).get("sensitive")]
        if hidden:
            raise session.refuse(translate("Errors", "Your profile cannot see sensitive fields, so it cannot fill"
                                                     " them in either ({fields}).").format(fields=", ".join(hidden)),
                                 atom="sensitive.read")
    return custom


def define_custom_field(session: Session, key: str, label: str, type: str = "text",
                        choices: list[str] | None = None, sensitive: bool = False) -> int:
    session.require("settings.manage")
    errors = {}
    if not re.fullmatch(r"[a-z][a-z0-9_]{0,39}", key or ""):
        errors["key"] = translate("Errors", "lower-case letters, digits and _ (start with a letter)")
    if type not in ("text", "number", "date", "choice"):
        errors["type"] = translate("Errors", "text, number, date or choice")
    if type == "choice" and not choices:
        errors["choices"] = translate("Errors", "a choice field needs choices")
    if not (label or "").strip():
        errors["label"] = translate("Errors", "a label is needed")
    if errors:
        raise ValidationError("; ".join(f"{k}: {v}" for k, v in errors.items()), fields=errors)
    conn = session.conn
    if conn.execute("SELECT 1 FROM custom_fields WHERE key = ?", (key,)).fetchone():
        raise ValidationError(translate("Errors", "A custom field {key} exists already.").format(key=repr(key)),
                              fields={"key": translate("Errors", "exists already")})
    with session.vault.transaction():
        pos = conn.execute("SELECT coalesce(max(position), 0) + 1 FROM custom_fields").fetchone()[0]
        fid = conn.execute("INSERT INTO custom_fields (key, label, type, choices, sensitive, position)"
                           " VALUES (?, ?, ?, ?, ?, ?)",
                           (key, label.strip(), type, json.dumps(list(choices or [])), int(sensitive), pos)).lastrowid
        audit.record(session, "custom_field.define", entity="custom_field", entity_id=fid,
                     details={"key": key, "type": type, "sensitive": sensitive})
    return fid


def list_custom_fields(session: Session) -> list[dict]:
    session.require("customers.read")
    return [{"key": k, **{x: v for x, v in s.items() if x != "id"}} for k, s in custom_field_specs(session.conn).items()]
