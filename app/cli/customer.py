"""``customer show | set | delete`` (../shared/CLI.md): one customer, as the user may see it.

``set`` takes FIELD=VALUE pairs for the contract's fields (``app.ops.customers.set_fields``
applies them as one audited change at the version it read, validated like the editor).
"""
from __future__ import annotations

from vault.errors import NotFoundError, UsageError
from vault.i18n import translate
from vault.sync.uid import is_uid

from ..ops.customers import FIELDS, set_fields
from ..records import delete_customer, get_customer
from .base import IO, ArgumentParser, Parents, signed_in


def register(sub, parents: Parents) -> None:
    both = [parents.common, parents.signin]
    pc = sub.add_parser("customer", help="one customer: show, set fields, delete").add_subparsers(
        dest="customer_command", metavar="ACTION", parser_class=ArgumentParser)
    p = pc.add_parser("show", parents=both, help="one customer, as you may see it")
    p.add_argument("vault")
    p.add_argument("id", type=customer_ref, help="the local id, or the record's global uid")
    p.set_defaults(func=cmd_show)
    p = pc.add_parser("set", parents=both, help="change fields: FIELD=VALUE … (one audited change)")
    p.add_argument("vault")
    p.add_argument("id", type=customer_ref, help="the local id, or the record's global uid")
    p.add_argument("assignments", nargs="+", metavar="FIELD=VALUE", help=f"fields: {', '.join(FIELDS)}")
    p.set_defaults(func=cmd_set)
    p = pc.add_parser("delete", parents=both, help="move a customer to the bin (undo window as in the app)")
    p.add_argument("vault")
    p.add_argument("id", type=customer_ref, help="the local id, or the record's global uid")
    p.set_defaults(func=cmd_delete)


def customer_ref(text: str) -> int | str:
    """A customer on the command line: the local id ``search`` prints, or the global uid."""
    if text.isdigit():
        return int(text)
    if is_uid(text):
        return text
    raise UsageError(translate("Errors", "{id} is neither a customer id nor a uid.").format(id=repr(text)))


def local_id(session, ref: int | str) -> int:
    if isinstance(ref, int):
        return ref
    row = session.conn.execute("SELECT id FROM customers WHERE uid = ?", (ref,)).fetchone()
    if row is None:
        raise NotFoundError(translate("Errors", "There is no customer {id}.").format(id=ref))
    return int(row[0])


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
        cid = local_id(session, args.id)
        view = contract_view(get_customer(session, cid))
        view["uid"] = view["uid"] or session.conn.execute("SELECT uid FROM customers WHERE id = ?", (cid,)).fetchone()[0]
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
        cid = local_id(session, args.id)
        version = set_fields(session, cid, values)
    io.say(translate("Cli", "Customer {id} changed (version {version}).").format(id=cid, version=version))
    return {"id": cid, "version": version}


def cmd_delete(args, io: IO) -> dict:
    with signed_in(args, io) as session:
        cid = local_id(session, args.id)
        delete_customer(session, cid)
    io.say(translate("Cli", "Customer {id} moved to the bin.").format(id=cid))
    return {"id": cid}
