"""CLI: ``customer show | set | delete`` (../shared/CLI.md): one customer, as the user may see it.

``set`` takes FIELD=VALUE pairs for the contract's fields and applies them as one audited change
at the version it read, validated like the editor. ``email`` and ``phone`` replace the first
address or number (others stay), ``city`` the first postal address's city, ``tags`` the whole
list (comma-separated); an empty value clears the field.
"""
from __future__ import annotations

from vault.errors import UsageError

from . import auth
from .cli import ArgumentParser, sign_in

FIELDS = ("display_name", "given_name", "family_name", "company", "job_title", "status", "notes", "email",
          "phone", "city", "tags")


def register(sub, ctx) -> None:
    common, signin = ctx["common"], ctx["signin"]
    pc = sub.add_parser("customer", help="one customer: show, set fields, delete").add_subparsers(
        dest="customer_command", metavar="ACTION", parser_class=ArgumentParser)
    p = pc.add_parser("show", parents=[common, signin], help="one customer, as you may see it")
    p.add_argument("vault")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_show)
    p = pc.add_parser("set", parents=[common, signin], help="change fields: FIELD=VALUE … (one audited change)")
    p.add_argument("vault")
    p.add_argument("id", type=int)
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE", help=f"fields: {', '.join(FIELDS)}")
    p.set_defaults(func=cmd_set)
    p = pc.add_parser("delete", parents=[common, signin], help="move a customer to the bin (undo window as in the app)")
    p.add_argument("vault")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_delete)


def contract_view(rec: dict) -> dict:
    """The contract's object for ``customer show`` from a (masked) detail record."""
    city = next((a["city"] for a in rec["addresses"] if a.get("city")), "")
    return {"id": rec["id"], "uid": rec.get("uid"), "display_name": rec["display_name"],
            "given_name": rec["given_name"], "family_name": rec["family_name"], "company": rec["company_name"],
            "job_title": rec["job_title"], "status": rec["status"], "notes": rec["notes"],
            "emails": [e["value"] for e in rec["emails"]], "phones": [p["value"] for p in rec["phones"]],
            "city": city, "tags": rec["tags"], "version": rec["version"]}


def cmd_show(args, io) -> dict:
    from .records import get_customer

    session = sign_in(args, io)
    try:
        view = contract_view(get_customer(session, args.id))
    finally:
        auth.lock(session)
    for key, value in view.items():
        if isinstance(value, list):
            value = ", ".join(value)
        io.say(f"{key + ':':<14}{'' if value is None else value}")
    return view


def parse_assignments(items: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        field, sep, value = item.partition("=")
        field = field.strip()
        if not sep or field not in FIELDS:
            raise UsageError(f"{item!r}: give FIELD=VALUE with FIELD one of {', '.join(FIELDS)}")
        if field in out:
            raise UsageError(f"{field} is given twice")
        out[field] = value
    return out


def changes_for(rec: dict, values: dict[str, str]) -> dict:
    """The update's ``changes`` from the contract's fields, keeping what the user did not name."""
    changes: dict = {}
    for field in ("display_name", "given_name", "family_name", "job_title", "status", "notes"):
        if field in values:
            changes[field] = values[field]
    if "company" in values:
        changes["company_name"] = values["company"]
        changes["company_id"] = None
    if "email" in values:
        rest = rec["emails"][1:]
        changes["emails"] = ([{"label": "", "value": values["email"]}] if values["email"] else []) + rest
    if "phone" in values:
        rest = [{"label": p["label"], "value": p["value"]} for p in rec["phones"][1:]]
        changes["phones"] = ([{"label": "", "value": values["phone"]}] if values["phone"] else []) + rest
    if "city" in values:
        addresses = [dict(a) for a in rec["addresses"]] or [{}]
        addresses[0]["city"] = values["city"]
        changes["addresses"] = addresses
    if "tags" in values:
        changes["tags"] = [t.strip() for t in values["tags"].split(",") if t.strip()]
    return changes


def cmd_set(args, io) -> dict:
    from .records import get_customer, update_customer
    from .records.customers import load

    values = parse_assignments(args.assignments)
    session = sign_in(args, io)
    try:
        get_customer(session, args.id)  # permission, scope and existence, as the editor opens it
        rec = load(session.conn, args.id)  # unmasked: kept values go back as they are
        version = update_customer(session, args.id, changes_for(rec, values), rec["version"])
    finally:
        auth.lock(session)
    io.say(f"Customer {args.id} changed (version {version})")
    return {"id": args.id, "version": version}


def cmd_delete(args, io) -> dict:
    from .records import delete_customer

    session = sign_in(args, io)
    try:
        delete_customer(session, args.id)
    finally:
        auth.lock(session)
    io.say(f"Customer {args.id} moved to the bin")
    return {"id": args.id}
