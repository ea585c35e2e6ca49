"""``sync init | sync | sync status`` and ``conflicts [list] | conflicts resolve``
(../shared/CLI.md, "Team sync"). ``sync VAULT`` exits 4 when a segment or change was refused (the
rest was applied) and 3 when this device was revoked (``AuthenticationError``)."""
from __future__ import annotations

from vault.errors import StorageError, UsageError
from vault.i18n import translate

from ..ops import sync as ops
from .base import IO, Parents, signed_in


def _location_options(p) -> None:
    p.add_argument("--s3-endpoint", metavar="URL", help="S3-compatible endpoint (else AWS_ENDPOINT_URL)")
    p.add_argument("--trust-host-key", action="store_true",
                   help="SFTP: trust the server's host key on this first connection (it is pinned from then on)")


def register(sub, parents: Parents) -> None:
    both = [parents.common, parents.signin]
    p = sub.add_parser("sync", parents=both, help="team sync: sync init VAULT --at URL | sync VAULT | sync status"
                                                  " VAULT")
    p.add_argument("words", nargs="+", metavar="[init|status] VAULT")
    p.add_argument("--at", metavar="URL", help="sync init: the team's sync location")
    _location_options(p)
    p.set_defaults(func=cmd_sync)
    p = sub.add_parser("conflicts", parents=both, help="conflicts sync recorded: conflicts VAULT | conflicts resolve"
                                                       " VAULT CONFLICT_ID --keep kept|other")
    p.add_argument("words", nargs="+", metavar="[list|resolve] VAULT [CONFLICT_ID]")
    p.add_argument("--keep", choices=("kept", "other"), help="conflicts resolve: the value to keep")
    p.set_defaults(func=cmd_conflicts)


def _location(args) -> dict:
    out = {}
    if args.s3_endpoint:
        out["s3_endpoint"] = args.s3_endpoint
    if args.trust_host_key:
        out["trust_host_key"] = True
    return out


def cmd_sync(args, io: IO):
    words = args.words
    if len(words) == 2 and words[0] in ("init", "status"):
        action, args.vault = words
    elif len(words) == 1:
        action, args.vault = "round", words[0]
    else:
        raise UsageError(translate("Errors", "Use: sync init VAULT --at URL, sync VAULT or sync status VAULT."))
    if action == "init":
        if not args.at:
            raise UsageError(translate("Errors", "sync init needs --at URL, the team's sync location."))
        with signed_in(args, io) as session:
            out = ops.init(session, args.at, **_location(args))
        io.say(translate("Cli", "This vault is now the first device of team book {book}.").format(book=out["book_id"]))
        io.say(translate("Cli", "Device: {device}").format(device=out["device_id"]))
        io.say(translate("Cli", "Genesis fingerprint (compare it on every invitation): {fingerprint}").format(
            fingerprint=out["fingerprint"]))
        return out
    with signed_in(args, io) as session:
        if action == "status":
            out = ops.status(session)
            try:
                out["stale"] = ops.stale_devices(session, **_location(args))
            except StorageError:
                out["stale"] = None  # the location cannot be reached: unknown
        else:
            out = ops.sync(session, **_location(args)).result
    if action == "status":
        io.say(translate("Cli", "Last sync: {when}").format(when=out["last_sync"] or translate("Cli", "never")))
        io.say(translate("Cli", "Changes waiting: {count}").format(count=out["pending"]))
        io.say(translate("Cli", "Location: {url}").format(url=out["location"]))
        io.say(translate("Cli", "Book: {book}  device: {device}").format(book=out["book_id"], device=out["device_id"]))
        _say_stale(io, out["stale"])
        _say_warnings(io, out["warnings"])
        return out
    io.say(ops.describe(out))
    _say_warnings(io, out["warnings"])
    for r in out["refused"]:
        io.say(translate("Cli", "refused: {device} segment {segment}: {reason}").format(**r))
    if out["refused"]:
        io.exit_status = 4
    return out


def _say_stale(io: IO, stale: list[dict] | None) -> None:
    if stale is None:
        io.say(translate("Cli", "Stale devices: unknown (the location cannot be reached)."))
    for d in stale or []:
        io.say(translate("Cli", "Stale device: {device} ({user}), last seen {when}; it holds compaction back until it"
                                " syncs or is revoked.").format(device=d["device"], user=d["user"],
                                                                 when=d["last_seen"] or translate("Cli", "never")))


def _say_warnings(io: IO, warnings: list[dict]) -> None:
    for w in warnings:
        if w["kind"] == "clock-ahead":
            io.say(translate("Cli", "warning: the changes of device {device} are dated {minutes} min ahead of this"
                                    " computer's clock; check that device's clock.").format(**w))
        else:
            io.say(translate("Cli", "warning: this computer's clock differs from the sync location's by {minutes}"
                                    " min; check the clock.").format(**w))


def cmd_conflicts(args, io: IO):
    words = args.words
    if words[0] == "resolve" and len(words) == 3:
        args.vault, conflict_id = words[1], words[2]
        if not args.keep:
            raise UsageError(translate("Errors", "conflicts resolve needs --keep kept or --keep other."))
        try:
            cid = int(conflict_id)
        except ValueError:
            raise UsageError(translate("Errors", "{id} is not a conflict id.").format(id=repr(conflict_id))) from None
        with signed_in(args, io) as session:
            out = ops.resolve_conflict(session, cid, args.keep).result
        io.say(translate("Cli", "Conflict {id} resolved: {value}").format(id=cid, value=out["value"]))
        return out
    if len(words) == 2 and words[0] == "list":
        words = words[1:]
    if len(words) != 1:
        raise UsageError(translate("Errors", "Use: conflicts VAULT or conflicts resolve VAULT CONFLICT_ID --keep"
                                             " kept|other."))
    args.vault = words[0]
    with signed_in(args, io) as session:
        out = ops.list_conflicts(session)
    for c in out:
        io.say(translate("Cli", "{id}  {at}  {table}.{field} of {uid}: kept {kept} (from {kept_from}), other {other}"
                                " (from {other_from})").format(
            id=c["id"], at=c["at"], table=c["table"], field=c["field"], uid=c["record_uid"], kept=c["kept"],
            kept_from=c["kept_from"], other=c["other"], other_from=c["other_from"]))
    if not out:
        io.say(translate("Cli", "No conflicts."))
    return out
