"""For administrators: ``audit`` (contract), ``alerts`` and ``profile list | add | delete``."""
from __future__ import annotations

from vault.fsutil import check_output_path
from vault.i18n import translate

from .. import alerts, audit, profiles
from .base import IO, ArgumentParser, Parents, signed_in


def register(sub, parents: Parents) -> None:
    both = [parents.common, parents.signin]
    p = sub.add_parser("audit", parents=both, help="audit log entries, or --verify the chain")
    p.add_argument("vault")
    p.add_argument("--verify", action="store_true", help="check the whole chain (exit 4 if broken)")
    p.add_argument("--since", metavar="ISO-TIME", help="entries at or after this time (UTC if no zone)")
    p.add_argument("--until", metavar="ISO-TIME", help="entries before this time")
    p.add_argument("--by", metavar="USER", help="only this user's entries")
    p.add_argument("--action", help="only this action (a trailing * matches a prefix, e.g. 'customer.*')")
    p.add_argument("--customer", metavar="ID", help="only entries about this customer")
    p.add_argument("--limit", type=int, default=None, help="at most this many entries (default: all)")
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--out", metavar="FILE", help="export the entries to FILE (incident report)")
    p.add_argument("--format", choices=["json", "csv"], default="json", help="export format (with --out)")
    p.add_argument("--force", action="store_true",
                   help="with --out: replace FILE if it exists (never a vault's own files, never a device or folder)")
    p.set_defaults(func=cmd_audit)

    pa = sub.add_parser("alerts", parents=both, help="security alerts")
    pa.add_argument("vault")
    pa.add_argument("--open", action="store_true", help="only alerts not yet acknowledged")
    pa.add_argument("--ack", type=int, metavar="ID", help="acknowledge alert ID")
    pa.add_argument("--limit", type=int, default=200)
    pa.set_defaults(func=cmd_alerts)

    pp = sub.add_parser("profile", help="profiles").add_subparsers(dest="profile_command", metavar="ACTION",
                                                                   parser_class=ArgumentParser)
    p = pp.add_parser("list", parents=both, help="list profiles")
    p.add_argument("vault")
    p.set_defaults(func=cmd_profile_list)
    p = pp.add_parser("add", parents=both, help="create a custom profile")
    p.add_argument("vault")
    p.add_argument("name")
    p.add_argument("--permissions", required=True, help="comma-separated atoms, e.g. customers.read,deals.read")
    p.add_argument("--scope", choices=["own", "all"], default="own")
    p.add_argument("--description", default="")
    p.set_defaults(func=cmd_profile_add)
    p = pp.add_parser("delete", parents=both, help="delete a custom profile")
    p.add_argument("vault")
    p.add_argument("name")
    p.set_defaults(func=cmd_profile_delete)


# ----------------------------------------------------------------------------- audit
def cmd_audit(args, io: IO):
    if args.out:  # checked before signing in (no Argon2id for a refused path), and again by the service
        check_output_path(args.out, force=args.force, vault_folders=[args.vault])
    with signed_in(args, io) as session:
        if args.verify:
            return _verify(session, io)
        filters = {"user": args.by, "action": args.action, "customer": args.customer, "since": args.since,
                   "until": args.until}
        if args.out:
            result = audit.export(session, args.out, fmt=args.format, force=args.force, **filters)
            io.say(translate("Cli", "Exported %n audit entry(s) to {path}.", None, result["exported"]).format(
                path=result["path"]))
            return result
        page = audit.query(session, limit=args.limit, offset=args.offset, newest_first=False, **filters)
    for e in page["entries"]:
        detail = "" if e["details"] is None else " " + audit.canonical_json(e["details"])
        target = f" {e['entity']}:{e['entity_id']}" if e["entity"] else ""
        row = f"{e['seq']:>7} {e['at']} {e['user'] or '-':<16} {e['action']}{target}{detail}"  # codes, as in --json
        io.say(row)
    if page["total"] > len(page["entries"]):
        io.say(translate("Cli", "({shown} of {total}; use --offset/--limit for more)").format(
            shown=len(page["entries"]), total=page["total"]))
    return page["entries"]


def _verify(session, io: IO) -> dict:
    result = audit.verify(session, full=True)
    if result["ok"]:
        io.say(translate("Cli", "Audit log intact: %n entry(s).", None, result["entries"]))
    else:
        bad = result.get("first_bad_entry") or {}
        io.say(translate("Cli", "AUDIT LOG BROKEN at entry {seq} ({at} {action}): {reason}").format(
            seq=result["first_bad"], at=bad.get("at", "?"), action=bad.get("action", "?"), reason=result["reason"]))
        io.exit_status = 4
    for a in result.get("anchors", []):  # heads the log has shown: verified point, beside, backups
        if a["ok"] is not True and a["detail"]:
            line = f"  {a['source']}: {a['detail']}"  # the source's code and its (translated) detail
            io.say(line)
    return {k: result[k] for k in ("ok", "entries", "first_bad", "reason", "checked", "anchors")} | (
        {"first_bad_entry": result.get("first_bad_entry")} if not result["ok"] else {})


def cmd_alerts(args, io: IO):
    with signed_in(args, io) as session:
        if args.ack is not None:
            row = alerts.acknowledge(session, args.ack)
            io.say(translate("Cli", "Alert {id} acknowledged.").format(id=row["id"]))
            return row
        rows = alerts.list_alerts(session, only_open=args.open, limit=args.limit)
    for r in rows:
        state = translate("Cli", "open") if r["acknowledged_at"] is None else translate("Cli", "ack {user}").format(
            user=r["acknowledged_by"])
        line = f"{r['id']:>5} {r['at']} {r['severity']:<8} {r['rule']:<20} {state:<12} {r['message']}"
        io.say(line)
    return rows


# ----------------------------------------------------------------------------- profiles
def cmd_profile_list(args, io: IO):
    with signed_in(args, io) as session:
        rows = profiles.list_profiles(session)
    for r in rows:
        kind = translate("Cli", "built-in") if r["builtin"] else translate("Cli", "custom")
        line = f"{r['name']:<16} {kind:<9} scope={r['scope']:<4} users={r['users']:<3} {','.join(r['permissions'])}"
        io.say(line)  # scope= and users= name the --json keys
    return rows


def cmd_profile_add(args, io: IO):
    perms = [p.strip() for p in args.permissions.split(",") if p.strip()]
    with signed_in(args, io) as session:
        row = profiles.create_profile(session, args.name, perms, args.scope, args.description)
    io.say(translate("Cli", "Created profile {name}.").format(name=row["name"]))
    return row


def cmd_profile_delete(args, io: IO):
    with signed_in(args, io) as session:
        profiles.delete_profile(session, args.name)
    io.say(translate("Cli", "Deleted profile {name}.").format(name=args.name))
    return {"deleted": args.name}
