"""``customer show | set | delete`` (../shared/CLI.md): one customer, as the user may see it.

``set`` takes FIELD=VALUE pairs for the contract's fields (``app.ops.customers.set_fields``
applies them as one audited change at the version it read, validated like the editor).
"""
from __future__ import annotations

from vault.errors import UsageError
from vault.i18n import translate

from ..ops.customers import FIELDS, set_fields
from ..records import delete_customer, get_customer
from .base import IO, ArgumentParser, Parents, signed_in


def register(sub, parents: Parents) -> None:
    both = [parents.common, parents.signin]
    pc = sub.add_parser("customer", help="one customer: show, set fields, delete").add_subparsers(
        dest="customer_command", metavar="ACTION", parser_class=ArgumentParser)
    p = pc.add_parser("show", parents=both, help="one customer, as you may see it")
    p.add_argument("vault")
    p.add_argument("id", type=int)
    p.set_defaults(func=cmd_show)
    p = pc.add_parser("set", parents=both, help="change fields: FIELD=VALUE … (one audited change)")
    p.add_argument("vault")
    p.add_argument("id", type=int)
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE", help=f"fields: {', '.join(FIELDS)}")
    p.set_defaults(func=cmd_set)
    p = pc.add_parser("delete", parents=both, help="move a customer to the bin (undo window as in the app)")
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


def cmd_show(args, io: IO) -> dict:
    with signed_in(args, io) as session:
        view = contract_view(get_customer(session, args.id))
    for key, value in view.items():
        if isinstance(value, list):
            value = ", ".join(value)
        row = f"{key + ':':<14}{'' if value is None else value}"  # the contract's field names, as in --json
        io.say(row)
    return view


def parse_assignments(items: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for item in items:
        field, sep, value = item.partition("=")
        field = field.strip()
        if not sep or field not in FIELDS:
            raise UsageError(translate("Errors", "{item}: give FIELD=VALUE with FIELD one of {fields}.").format(
                item=repr(item), fields=", ".join(FIELDS)))
        if field in out:
            raise UsageError(translate("Errors", "{field} is given twice.").format(field=field))
        out[field] = value
    return out


def cmd_set(args, io: IO) -> dict:
    values = parse_assignments(args.assignments)
    with signed_in(args, io) as session:
        version = set_fields(session, args.id, values)
    io.say(translate("Cli", "Customer {id} changed (version {version}).").format(id=args.id, version=version))
    return {"id": args.id, "version": version}


def cmd_delete(args, io: IO) -> dict:
    with signed_in(args, io) as session:
        delete_customer(session, args.id)
    io.say(translate("Cli", "Customer {id} moved to the bin.").format(id=args.id))
    return {"id": args.id}
