"""``user add | list | disable | enable | reset-password | reset-totp | set-profile``."""
from __future__ import annotations

from vault.i18n import translate

from .. import users
from .base import IO, ArgumentParser, Parents, signed_in


def register(sub, parents: Parents) -> None:
    both = [parents.common, parents.signin]
    pu = sub.add_parser("user", help="users").add_subparsers(dest="user_command", metavar="ACTION",
                                                             parser_class=ArgumentParser)
    p = pu.add_parser("add", parents=both, help="add a user")
    p.add_argument("vault")
    p.add_argument("--new-user", required=True)
    p.add_argument("--profile", required=True)
    p.add_argument("--display-name")
    p.add_argument("--temporary", action="store_true", help="the new user must change the password at sign-in")
    p.set_defaults(func=cmd_user_add)
    p = pu.add_parser("list", parents=both, help="list users")
    p.add_argument("vault")
    p.set_defaults(func=cmd_user_list)

    for name, func, help_text in (
        ("disable", cmd_user_disable, "disable a user (their password stops opening the vault)"),
        ("enable", cmd_user_enable, "re-enable a user with a temporary password (stdin's second line)"),
        ("reset-password", cmd_user_reset_password, "set a temporary password (stdin's second line)"),
        ("reset-totp", cmd_user_reset_totp,
         "new authenticator enrolment and a temporary password (stdin's second line)"),
        ("set-profile", cmd_user_set_profile, "change a user's profile"),
    ):
        p = pu.add_parser(name, parents=both, help=help_text)
        p.add_argument("vault")
        p.add_argument("target", metavar="USERNAME")
        if name == "set-profile":
            p.add_argument("--profile", required=True)
        p.set_defaults(func=func)


def _say_enrolment(io: IO, e) -> None:
    io.say(translate("Cli", "TOTP secret: {secret}").format(secret=e.totp_secret))
    io.say(translate("Cli", "TOTP URI: {uri}").format(uri=e.totp_uri))
    io.say(translate("Cli", "Recovery codes: {codes}").format(codes=" ".join(e.recovery_codes)))


def cmd_user_add(args, io: IO) -> dict:
    with signed_in(args, io) as session:
        new_password = io.stdin_line(1, translate("Cli", "Password for the new user: "))
        e = users.add_user(session, args.new_user, new_password, args.profile, display_name=args.display_name,
                           temporary=args.temporary)
    io.say(translate("Cli", "Added {user} ({profile}).").format(user=e.username, profile=args.profile))
    _say_enrolment(io, e)
    return {"user": e.username, "profile": args.profile, "totp_secret": e.totp_secret, "totp_uri": e.totp_uri,
            "recovery_codes": e.recovery_codes}


def cmd_user_list(args, io: IO) -> list:
    with signed_in(args, io) as session:
        rows = users.list_users(session)
    for r in rows:
        last = translate("Cli", "last sign-in: {time}").format(time=r["last_signin"]) if r["last_signin"] else \
            translate("Cli", "last sign-in: never")
        line = f"{r['user']:<20} {r['profile']:<14} {r['status']:<9} {last}"
        io.say(line)  # the profile and status stay as stored (the --json values)
    return rows


def cmd_user_disable(args, io: IO) -> dict:
    with signed_in(args, io) as session:
        result = users.disable_user(session, args.target)
    io.say(translate("Cli", "Disabled {user}.").format(user=result["user"]))
    return result


def cmd_user_enable(args, io: IO) -> dict:
    with signed_in(args, io) as session:
        result = users.enable_user(session, args.target, io.stdin_line(1, _temporary()))
    io.say(translate("Cli", "Re-enabled {user}; they must choose a new password at sign-in.").format(
        user=result["user"]))
    return result


def cmd_user_reset_password(args, io: IO) -> dict:
    with signed_in(args, io) as session:
        result = users.reset_password(session, args.target, io.stdin_line(1, _temporary()))
    io.say(translate("Cli", "Temporary password set for {user}; they must change it at sign-in.").format(
        user=result["user"]))
    return result


def cmd_user_reset_totp(args, io: IO) -> dict:
    with signed_in(args, io) as session:
        e = users.reset_totp(session, args.target, io.stdin_line(1, _temporary()))
    io.say(translate("Cli", "New authenticator enrolment for {user} (temporary password set).").format(
        user=e.username))
    _say_enrolment(io, e)
    return {"user": e.username, "totp_secret": e.totp_secret, "totp_uri": e.totp_uri,
            "recovery_codes": e.recovery_codes, "must_change_password": True}


def cmd_user_set_profile(args, io: IO) -> dict:
    with signed_in(args, io) as session:
        result = users.set_profile(session, args.target, args.profile)
    io.say(translate("Cli", "{user} now has the profile {profile}.").format(user=result["user"],
                                                                           profile=result["profile"]))
    return result


def _temporary() -> str:
    return translate("Cli", "Temporary password: ")
