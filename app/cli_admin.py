"""CLI for administrators: ``audit`` (contract), user administration, profiles, alerts."""
from __future__ import annotations

import argparse

from vault.fsutil import check_output_path

from . import alerts, audit, auth, profiles, users
from .cli import sign_in


def _user_actions(sub) -> argparse._SubParsersAction:
    """The sub-parsers of the existing ``user`` command (made in app/cli.py)."""
    parser = sub.choices["user"]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    raise RuntimeError("the user command has no actions")


def register(sub, ctx) -> None:
    common, signin = ctx["common"], ctx["signin"]

    p = sub.add_parser("audit", parents=[common, signin], help="audit log entries, or --verify the chain")
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

    pa = sub.add_parser("alerts", parents=[common, signin], help="security alerts")
    pa.add_argument("vault")
    pa.add_argument("--open", action="store_true", help="only alerts not yet acknowledged")
    pa.add_argument("--ack", type=int, metavar="ID", help="acknowledge alert ID")
    pa.add_argument("--limit", type=int, default=200)
    pa.set_defaults(func=cmd_alerts)

    pu = _user_actions(sub)
    for name, func, help_text in (
        ("disable", cmd_user_disable, "disable a user (their password stops opening the vault)"),
        ("enable", cmd_user_enable, "re-enable a user with a temporary password (stdin's second line)"),
        ("reset-password", cmd_user_reset_password, "set a temporary password (stdin's second line)"),
        ("reset-totp", cmd_user_reset_totp,
         "new authenticator enrolment and a temporary password (stdin's second line)"),
        ("set-profile", cmd_user_set_profile, "change a user's profile"),
    ):
        p = pu.add_parser(name, parents=[common, signin], help=help_text)
        p.add_argument("vault")
        p.add_argument("target", metavar="USERNAME")
        if name == "set-profile":
            p.add_argument("--profile", required=True)
        p.set_defaults(func=func)

    pp = sub.add_parser("profile", help="profiles").add_subparsers(dest="profile_command", metavar="ACTION",
                                                                   parser_class=type(sub.choices["user"]))
    p = pp.add_parser("list", parents=[common, signin], help="list profiles")
    p.add_argument("vault")
    p.set_defaults(func=cmd_profile_list)
    p = pp.add_parser("add", parents=[common, signin], help="create a custom profile")
    p.add_argument("vault")
    p.add_argument("name")
    p.add_argument("--permissions", required=True, help="comma-separated atoms, e.g. customers.read,deals.read")
    p.add_argument("--scope", choices=["own", "all"], default="own")
    p.add_argument("--description", default="")
    p.set_defaults(func=cmd_profile_add)
    p = pp.add_parser("delete", parents=[common, signin], help="delete a custom profile")
    p.add_argument("vault")
    p.add_argument("name")
    p.set_defaults(func=cmd_profile_delete)


def _session(args, io):
    return sign_in(args, io)


# ----------------------------------------------------------------------------- audit
def cmd_audit(args, io):
    if args.out:  # checked before signing in (no Argon2id for a refused path), and again by the service
        check_output_path(args.out, force=args.force, vault_folders=[args.vault])
    session = _session(args, io)
    try:
        if args.verify:
            result = audit.verify(session, full=True)
            if result["ok"]:
                io.say(f"Audit log intact: {result['entries']} entries")
            else:
                bad = result.get("first_bad_entry") or {}
                io.say(f"AUDIT LOG BROKEN at entry {result['first_bad']} "
                       f"({bad.get('at', '?')} {bad.get('action', '?')}): {result['reason']}")
                io.exit_status = 4
            for a in result.get("anchors", []):  # heads the log has shown: verified point, beside, backups
                if a["ok"] is not True and a["detail"]:
                    io.say(f"  {a['source']}: {a['detail']}")
            return {k: result[k] for k in ("ok", "entries", "first_bad", "reason", "checked", "anchors")} | (
                {"first_bad_entry": result.get("first_bad_entry")} if not result["ok"] else {})
        filters = {"user": args.by, "action": args.action, "customer": args.customer, "since": args.since,
                   "until": args.until}
        if args.out:
            result = audit.export(session, args.out, fmt=args.format, force=args.force, **filters)
            io.say(f"Exported {result['exported']} audit entries to {result['path']}")
            return result
        page = audit.query(session, limit=args.limit, offset=args.offset, newest_first=False, **filters)
        for e in page["entries"]:
            detail = "" if e["details"] is None else " " + audit.canonical_json(e["details"])
            target = f" {e['entity']}:{e['entity_id']}" if e["entity"] else ""
            io.say(f"{e['seq']:>7} {e['at']} {e['user'] or '-':<16} {e['action']}{target}{detail}")
        if page["total"] > len(page["entries"]):
            io.say(f"({len(page['entries'])} of {page['total']}; use --offset/--limit for more)")
        return page["entries"]
    finally:
        auth.lock(session)


def cmd_alerts(args, io):
    session = _session(args, io)
    try:
        if args.ack is not None:
            row = alerts.acknowledge(session, args.ack)
            io.say(f"Alert {row['id']} acknowledged")
            return row
        rows = alerts.list_alerts(session, only_open=args.open, limit=args.limit)
        for r in rows:
            state = "open" if r["acknowledged_at"] is None else f"ack {r['acknowledged_by']}"
            io.say(f"{r['id']:>5} {r['at']} {r['severity']:<8} {r['rule']:<20} {state:<12} {r['message']}")
        return rows
    finally:
        auth.lock(session)


# ----------------------------------------------------------------------------- users
def cmd_user_disable(args, io):
    session = _session(args, io)
    try:
        result = users.disable_user(session, args.target)
        io.say(f"Disabled {result['user']}")
        return result
    finally:
        auth.lock(session)


def cmd_user_enable(args, io):
    session = _session(args, io)
    try:
        result = users.enable_user(session, args.target, io.stdin_line(1, "Temporary password: "))
        io.say(f"Re-enabled {result['user']}; they must choose a new password at sign-in")
        return result
    finally:
        auth.lock(session)


def cmd_user_reset_password(args, io):
    session = _session(args, io)
    try:
        result = users.reset_password(session, args.target, io.stdin_line(1, "Temporary password: "))
        io.say(f"Temporary password set for {result['user']}; they must change it at sign-in")
        return result
    finally:
        auth.lock(session)


def cmd_user_reset_totp(args, io):
    session = _session(args, io)
    try:
        e = users.reset_totp(session, args.target, io.stdin_line(1, "Temporary password: "))
        io.say(f"New authenticator enrolment for {e.username} (temporary password set)")
        io.say(f"TOTP secret: {e.totp_secret}")
        io.say(f"TOTP URI: {e.totp_uri}")
        io.say("Recovery codes: " + " ".join(e.recovery_codes))
        return {"user": e.username, "totp_secret": e.totp_secret, "totp_uri": e.totp_uri,
                "recovery_codes": e.recovery_codes, "must_change_password": True}
    finally:
        auth.lock(session)


def cmd_user_set_profile(args, io):
    session = _session(args, io)
    try:
        result = users.set_profile(session, args.target, args.profile)
        io.say(f"{result['user']} now has the profile {result['profile']}")
        return result
    finally:
        auth.lock(session)


# ----------------------------------------------------------------------------- profiles
def cmd_profile_list(args, io):
    session = _session(args, io)
    try:
        rows = profiles.list_profiles(session)
        for r in rows:
            kind = "built-in" if r["builtin"] else "custom"
            io.say(f"{r['name']:<16} {kind:<9} scope={r['scope']:<4} users={r['users']:<3} "
                   f"{','.join(r['permissions'])}")
        return rows
    finally:
        auth.lock(session)


def cmd_profile_add(args, io):
    session = _session(args, io)
    try:
        perms = [p.strip() for p in args.permissions.split(",") if p.strip()]
        row = profiles.create_profile(session, args.name, perms, args.scope, args.description)
        io.say(f"Created profile {row['name']}")
        return row
    finally:
        auth.lock(session)


def cmd_profile_delete(args, io):
    session = _session(args, io)
    try:
        profiles.delete_profile(session, args.name)
        io.say(f"Deleted profile {args.name}")
        return {"deleted": args.name}
    finally:
        auth.lock(session)
