"""``device invite | join | approve | list | revoke | rejoin``: the team book's devices
(``../shared/CLI.md``, "Team sync"; ``docs/SYNC.md``, "Devices")."""
from __future__ import annotations

from contextlib import closing

from vault import kdf
from vault.errors import UsageError
from vault.i18n import translate

from ..sync import devices, invitations, joining
from .base import IO, ArgumentParser, Parents, signed_in


def _location_args(p) -> None:
    p.add_argument("--s3-endpoint", metavar="URL", help="S3-compatible endpoint (else AWS_ENDPOINT_URL)")
    p.add_argument("--trust-host-key", action="store_true",
                   help="SFTP: trust the server's host key on this first connection (it is pinned from then on)")


def _location(args) -> dict:
    return {"s3_endpoint": args.s3_endpoint, "trust_host_key": args.trust_host_key}


def _invite_signin() -> ArgumentParser:
    """The sign-in options of ``device invite``: ``--user`` may be given twice (the contract's
    ``<sign-in> --user NAME``): the first signs in, the second names the invited user."""
    p = ArgumentParser(add_help=False)
    g = p.add_argument_group("signing in")
    g.add_argument("--user", action="append", required=True, help="your user name; then the invited user's")
    g.add_argument("--password-stdin", action="store_true", help="read the password as stdin's first line")
    codes = g.add_mutually_exclusive_group()
    codes.add_argument("--totp", metavar="CODE")
    codes.add_argument("--recovery-code", metavar="CODE")
    return p


def register(sub, parents: Parents) -> None:
    both = [parents.common, parents.signin]
    pd = sub.add_parser("device", help="the devices of a team book").add_subparsers(
        dest="device_command", metavar="ACTION", parser_class=ArgumentParser)
    p = pd.add_parser("invite", parents=[parents.common, _invite_signin()],
                      help="invite a laptop: the team user (made if new) and an invitation file")
    p.add_argument("vault")
    p.add_argument("--new-user", metavar="NAME", help="the invited user (or give --user a second time)")
    p.add_argument("--profile", help="the profile of a new user (default: Sales)")
    p.add_argument("--out", required=True, help="the invitation file to write")
    p.set_defaults(func=cmd_invite)

    p = pd.add_parser("join", parents=[parents.common], help="make this laptop's vault for an invitation and ask"
                                                             " to join (stdin: the new password, then the code)")
    p.add_argument("vault")
    p.add_argument("--invite", required=True, metavar="FILE")
    p.add_argument("--password-stdin", action="store_true")
    p.add_argument("--kdf", choices=["calibrate", "floor"], default="calibrate")
    _location_args(p)
    p.set_defaults(func=cmd_join)

    for name, func, help_text in (
        ("list", cmd_list, "the roster's devices and the waiting join requests"),
        ("approve", cmd_approve, "admit a waiting device (a new roster version)"),
        ("revoke", cmd_revoke, "remove a device from the team"),
        ("rejoin", cmd_rejoin, "ask to be admitted again (a restored vault); with --invite, the code is stdin's"
                               " second line"),
    ):
        p = pd.add_parser(name, parents=both, help=help_text)
        p.add_argument("vault")
        if name in ("approve", "revoke"):
            p.add_argument("device_id", metavar="DEVICE_ID")
        if name == "approve":
            p.add_argument("--fingerprint", metavar="SHA256:…",
                           help="a request without an invitation: the fingerprint its laptop shows")
        if name == "rejoin":
            p.add_argument("--invite", metavar="FILE")
        _location_args(p)
        p.set_defaults(func=func)


def cmd_invite(args, io: IO) -> dict:
    names = list(args.user)
    if args.new_user and len(names) == 1:
        invited = args.new_user
    elif not args.new_user and len(names) == 2:
        invited = names[1]
    else:
        raise UsageError(translate("Errors", "Name the invited user: --user YOU --user THEM, or --new-user THEM."))
    args.user = names[0]
    with signed_in(args, io) as session:
        inv = invitations.invite(session, invited, args.out, profile=args.profile)
    io.say(translate("Cli", "Invitation for {user} ({profile}) written to {path}; it expires on {time}.").format(
        user=inv.user, profile=inv.profile, path=args.out, time=inv.expires))
    io.say(translate("Cli", "ONE-TIME CODE (tell it to {user} separately from the file; shown once): {code}").format(
        user=inv.user, code=inv.code))
    io.say(translate("Cli", "Roster fingerprint: {fingerprint}").format(fingerprint=inv.fingerprint))
    return {"user": inv.user, "code": inv.code, "fingerprint": inv.fingerprint, "profile": inv.profile,
            "invitation": inv.invitation, "expires": inv.expires, "path": str(args.out)}


def cmd_join(args, io: IO) -> dict:
    password = io.stdin_line(0, translate("Cli", "New password: "))
    code = io.stdin_line(1, translate("Cli", "One-time code: "))
    params = kdf.FLOOR if args.kdf == "floor" else None
    joined = joining.join(args.vault, args.invite, password, code, kdf_params=params, **_location(args))
    with closing(joined.session):
        e, c = joined.creation.enrolment, joined.creation
        io.say(translate("Cli", "Created vault {id} in {folder} for {user}.").format(id=c.vault_id, folder=args.vault,
                                                                                      user=e.username))
        io.say(translate("Cli", "TOTP secret (add it to your authenticator app): {secret}").format(
            secret=e.totp_secret))
        io.say(translate("Cli", "RECOVERY KEY (print it and keep it safe; shown once): {key}").format(
            key=c.recovery_key))
        io.say(translate("Cli", "Recovery codes (each works once): {codes}").format(codes=" ".join(e.recovery_codes)))
        io.say(translate("Cli", "Device {device} asked to join; waiting for an administrator to approve it.").format(
            device=joined.device_id))
        return {"device_id": joined.device_id, "user": e.username, "totp_secret": e.totp_secret,
                "totp_uri": e.totp_uri, "recovery_key": c.recovery_key, "recovery_codes": e.recovery_codes,
                "state": "waiting", "vault_id": c.vault_id, "fingerprint": joined.request_fingerprint}


def cmd_list(args, io: IO) -> list:
    with signed_in(args, io) as session:
        rows = invitations.list_devices(session, **_location(args))
    for r in rows:
        seen = r["last_seen"] or translate("Cli", "never")
        flags = (" " + translate("Cli", "(stale)") if r["stale"] else "") + \
            (" " + translate("Cli", "(this device)") if r["this"] else "")
        line = f"{r['device']}  {r['state']:<8} {r['user'] or '?':<16} {r['profile'] or '':<14} {seen}{flags}"
        io.say(line)  # the state and profile stay as stored (the --json values)
    return rows


def cmd_approve(args, io: IO) -> dict:
    with signed_in(args, io) as session:
        out = invitations.approve(session, args.device_id, fingerprint=args.fingerprint, **_location(args))
    io.say(translate("Cli", "Device {device} of {user} is on the team's roster (version {version}).").format(
        device=out["device_id"], user=out["user"], version=out["roster_version"]))
    return out


def cmd_revoke(args, io: IO) -> dict:
    with signed_in(args, io) as session:
        out = devices.revoke(session, args.device_id, **_location(args))
    io.say(translate("Cli", "Device {device} is revoked; its segments after number {seq} are refused.").format(
        device=out["device_id"], seq=out["after_seq"]))
    return out


def cmd_rejoin(args, io: IO) -> dict:
    with signed_in(args, io) as session:
        code = io.stdin_line(1, translate("Cli", "One-time code: ")) if args.invite else None
        out = joining.rejoin(session, invite_file=args.invite, code=code, **_location(args))
    io.say(translate("Cli", "Device {device} asked to join again; the administrator approving it should see the"
                            " fingerprint {fingerprint}.").format(device=out["device_id"],
                                                                  fingerprint=out["fingerprint"]))
    return out
