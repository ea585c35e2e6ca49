"""``backup``, ``backups``, ``verify``, ``restore`` (contract: ../shared/CLI.md), plus
``backup-login`` (store a location's secret) and ``backup-retention`` (dry-run preview)."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from vault.errors import AuthenticationError, IntegrityError, StorageError, UsageError
from vault.i18n import translate

from .. import backups
from ..ledger import summary
from .base import IO, Parents, optional_signin, read_key_file, signed_in


def _location_args(p) -> None:
    p.add_argument("--s3-endpoint", metavar="URL", help="S3-compatible endpoint (else AWS_ENDPOINT_URL)")
    p.add_argument("--trust-host-key", action="store_true",
                   help="SFTP: trust the server's host key on this first connection (it is pinned from then on)")
    p.add_argument("--signer-fingerprint", metavar="SHA256:…",
                   help="trust only archives signed by this key (the fingerprint on the recovery sheet)")


def register(sub, parents: Parents) -> None:
    common = parents.common
    p = sub.add_parser("backup", parents=[common, parents.signin], help="write one verified, signed backup")
    p.add_argument("vault")
    p.add_argument("--to", help="backup location URL (default: the vault's backup setting)")
    p.add_argument("--prune", action="store_true", help="apply the retention policy after the backup verified")
    _location_args(p)
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("backups", parents=[common], help="list archives with their quick-verify state")
    p.add_argument("url")
    p.add_argument("--vault", help="check signatures against this vault's key (no secret needed)")
    p.add_argument("--no-hash", action="store_true", help="do not read the archives (signatures and sizes only)")
    _location_args(p)
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser("verify", parents=[common], help="quick or deep verify of one archive (exit 4 on failure)")
    p.add_argument("archive_url")
    p.add_argument("--deep", action="store_true")
    p.add_argument("--recovery-key-file")
    p.add_argument("--vault", help="pin the signer from this vault (and sign in to it with --user)")
    optional_signin(p)
    _location_args(p)
    p.set_defaults(func=cmd_verify)

    p = sub.add_parser("restore", parents=[common], help="restore into a new folder or over a vault")
    p.add_argument("archive_url")
    p.add_argument("--to", required=True)
    p.add_argument("--recovery-key-file")
    p.add_argument("--keep-old", action="store_true", help="keep the replaced vault as <to>.before-restore-<time>")
    optional_signin(p)
    _location_args(p)
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("backup-login", parents=[common], help="store a location's secret (stdin) in the keyring")
    p.add_argument("url")
    p.add_argument("--in-vault", action="store_true", help="keep it inside the vault instead (needs --vault, --user)")
    p.add_argument("--vault")
    optional_signin(p)
    p.set_defaults(func=cmd_login)

    p = sub.add_parser("backup-retention", parents=[common], help="dry run: what retention would prune")
    p.add_argument("url")
    p.add_argument("--vault")
    _location_args(p)
    p.set_defaults(func=cmd_retention)


def cmd_backup(args, io: IO) -> dict:
    with signed_in(args, io) as session:
        out = backups.run_backup(session, args.to, s3_endpoint=args.s3_endpoint, trust_host_key=args.trust_host_key,
                                 apply_retention=args.prune)
    io.say(translate("Cli", "Backed up to {url}.").format(url=out["url"]))
    io.say(translate("Cli", "{size} bytes, SHA-256 {sha256}, sequence {sequence}, read back and verified: {verified}"
                     ).format(size=out["size"], sha256=out["sha256"], sequence=out["sequence"],
                              verified=translate("Cli", "yes") if out["verified"] else translate("Cli", "NO")))
    if out.get("pruned"):
        io.say(translate("Cli", "Pruned by retention: {archives}").format(archives=", ".join(out["pruned"])))
    if out.get("ledger_published") is False:
        io.say(translate("Cli", "Warning: the signed revocation ledger could not be written at the location"
                                " (the archive's manifest carries it; the next backup tries again)."))
    return out


def _check_local_folder(url: str) -> None:
    """A local location that does not exist is an error, not an empty list."""
    parts = urlsplit(url)
    if parts.scheme in ("", "file") or len(parts.scheme) == 1:  # a plain path, file://, or C:\\…
        folder = Path(parts.path if parts.scheme == "file" else url).expanduser()
        if not folder.is_dir():
            raise StorageError(translate("Errors", "{folder} is not a folder: there is no backup location there."
                                         ).format(folder=folder))


def cmd_backups(args, io: IO) -> list:
    _check_local_folder(args.url)
    rows = backups.list_archives(args.url, vault_folder=args.vault, s3_endpoint=args.s3_endpoint,
                                 trust_host_key=args.trust_host_key, check_hash=not args.no_hash,
                                 signer_fingerprint=args.signer_fingerprint)
    if not rows:
        io.say(translate("Cli", "No signed archives here."))
    for r in rows:  # the state is a code (as in --json), the detail a translated phrase
        if r["archive"]:
            line = f"{r['state']:<14} {r['created']}  {r['size']:>12}  #{r['sequence']:<4} {r['archive']}"
            if r["detail"]:
                line += f"  ({r['detail']})"
            io.say(line)
        else:
            line = f"{r['state']:<14} {r['detail']}"
            io.say(line)
    return [{k: r[k] for k in ("archive", "created", "size", "state", "sequence", "detail")} for r in rows]


def cmd_verify(args, io: IO) -> dict:
    identity = read_key_file(args.recovery_key_file) if args.recovery_key_file else None
    if args.user and not args.vault:
        raise UsageError(translate("Errors", "--user needs --vault (the vault to sign in to)."))
    with signed_in(args, io, optional=True) as session:
        try:
            out = backups.verify_archive(args.archive_url, deep=args.deep, identity=identity, session=session,
                                         vault_folder=args.vault, s3_endpoint=args.s3_endpoint,
                                         trust_host_key=args.trust_host_key,
                                         signer_fingerprint=args.signer_fingerprint)
        except AuthenticationError as exc:
            if session is None and identity is None:
                raise
            # contract: verify exits 4 on any failure, a recovery key that does not open the archive included
            raise IntegrityError(translate("Errors", "Deep verify failed: {reason}").format(
                reason=exc.message or exc)) from exc
    for c in out["checks"]:  # ok/FAIL and the check's name stay as in --json; the detail is translated
        line = f"{'ok  ' if c['ok'] else 'FAIL'} {c['name']}: {c['detail']}"
        io.say(line)
    if out["ok"]:
        io.say(translate("Cli", "Verified (deep)") if args.deep else translate("Cli", "Verified (quick)"))
    else:
        io.say(translate("Cli", "VERIFICATION FAILED (deep)") if args.deep else
               translate("Cli", "VERIFICATION FAILED (quick)"))
    if not out["ok"]:
        io.exit_status = 4
    return {"ok": out["ok"], "checks": out["checks"], "archive": out["archive"], "deep": out["deep"]}


def cmd_restore(args, io: IO) -> dict:
    if bool(args.recovery_key_file) == bool(args.user):
        raise UsageError(translate("Errors", "Restore needs either --recovery-key-file F or a sign-in (--user …)."))
    identity = read_key_file(args.recovery_key_file) if args.recovery_key_file else None
    args.vault = args.to  # a sign-in opens the vault being restored over
    with signed_in(args, io, optional=True) as session:
        out = backups.restore(args.archive_url, args.to, identity=identity, session=session,
                              s3_endpoint=args.s3_endpoint, trust_host_key=args.trust_host_key,
                              keep_old=args.keep_old, signer_fingerprint=args.signer_fingerprint)
    io.say(translate("Cli", "Restored {archive} into {vault} (%n row(s)).", None, sum(out["rows"].values())).format(
        archive=out["restored_from"], vault=out["vault"]))
    signer = next((c["detail"] for c in out["checks"] if c["name"] == "signer"), "")
    io.say(translate("Cli", "Signer: {signer}").format(signer=signer))
    sources = ", ".join(out["ledger_sources"]) or translate("Cli", "none found")
    io.say(translate("Cli", "Revocation ledger: {summary} (from: {sources})").format(
        summary=summary(out["reapplied"]), sources=sources))
    if out["users_to_reset"]:
        io.say(translate("Cli", "Their password changed after this backup; give them a new one (user"
                                " reset-password): {users}").format(users=", ".join(out["users_to_reset"])))
    for problem in out["ledger_problems"]:
        io.say(translate("Cli", "Warning: {problem}").format(problem=problem))
    return {"vault": out["vault"], "restored_from": out["restored_from"], "rows": out["rows"],
            "reapplied": out["reapplied"], "users_to_reset": out["users_to_reset"],
            "ledger_sources": out["ledger_sources"]}


def cmd_login(args, io: IO) -> dict:
    secret = io.stdin_line(1 if args.user else 0, translate("Cli", "Secret for the location: "))
    if args.user and not args.vault:
        raise UsageError(translate("Errors", "--user needs --vault."))
    with signed_in(args, io, optional=True) as session:
        out = backups.store_credentials(args.url, secret, session=session, in_vault=args.in_vault)
    io.say(translate("Cli", "Stored the secret for {key} in the {place}.").format(key=out["key"],
                                                                                 place=out["stored_in"]))
    return out


def cmd_retention(args, io: IO) -> dict:
    out = backups.retention_preview(args.url, vault_folder=args.vault, s3_endpoint=args.s3_endpoint,
                                    trust_host_key=args.trust_host_key)
    for n in out["prune"]:
        io.say(translate("Cli", "would prune {archive}").format(archive=n))
    for n, why in sorted(out["keep"].items()):
        io.say(translate("Cli", "keep {archive} ({reasons})").format(archive=n, reasons=", ".join(why)))
    return out
