"""``init`` (create a vault), ``passwd`` (change your password) and ``recover`` (the recovery key
resets a user's password and authenticator)."""
from __future__ import annotations

from contextlib import closing

from vault import kdf
from vault.i18n import translate

from .. import auth
from ..ops.users import recover_with_key
from .base import IO, Parents, read_key_file, signed_in


def register_init(sub, parents: Parents) -> None:
    p = sub.add_parser("init", parents=[parents.common], help="create a vault")
    p.add_argument("vault")
    p.add_argument("--user", required=True)
    p.add_argument("--display-name")
    p.add_argument("--password-stdin", action="store_true")
    p.add_argument("--kdf", choices=["calibrate", "floor"], default="calibrate",
                   help="Argon2id cost: calibrated to ~0.5 s here (default), or the floor (64 MiB, 3 passes)")
    p.set_defaults(func=cmd_init)


def register(sub, parents: Parents) -> None:
    p = sub.add_parser("passwd", parents=[parents.common, parents.signin],
                       help="change your password (stdin's second line)")
    p.add_argument("vault")
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("recover", parents=[parents.common], help="reset a user's password with the recovery key")
    p.add_argument("vault")
    p.add_argument("--user", required=True)
    p.add_argument("--recovery-key-file", required=True)
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(func=cmd_recover)


def cmd_init(args, io: IO) -> dict:
    password = io.stdin_line(0, translate("Cli", "New password: "))
    params = kdf.FLOOR if args.kdf == "floor" else None
    session, creation = auth.create_vault(args.vault, args.user, password, display_name=args.display_name,
                                          kdf_params=params)
    with closing(session):
        e = creation.enrolment
        io.say(translate("Cli", "Created vault {id} in {folder}.").format(id=creation.vault_id, folder=args.vault))
        io.say(translate("Cli", "Administrator: {user}").format(user=e.username))
        io.say(translate("Cli", "TOTP secret (add it to your authenticator app): {secret}").format(
            secret=e.totp_secret))
        io.say(translate("Cli", "TOTP URI: {uri}").format(uri=e.totp_uri))
        io.say(translate("Cli", "RECOVERY KEY (print it and keep it safe; shown once): {key}").format(
            key=creation.recovery_key))
        io.say(translate("Cli", "Signing key fingerprint: {fingerprint}").format(
            fingerprint=creation.signing_key_fingerprint))
        io.say(translate("Cli", "Recovery codes (each works once): {codes}").format(codes=" ".join(e.recovery_codes)))
        io.say(translate("Cli", "Losing both your password and the recovery key loses the data."))
        return {"vault_id": creation.vault_id, "user": e.username, "totp_secret": e.totp_secret,
                "totp_uri": e.totp_uri, "recovery_key": creation.recovery_key,
                "recovery_codes": e.recovery_codes, "signing_key_fingerprint": creation.signing_key_fingerprint}


def cmd_passwd(args, io: IO) -> dict:
    with signed_in(args, io, allow_password_change=True) as session:
        current = io.stdin_line(0, translate("Cli", "Current password: "))
        new_password = io.stdin_line(1, translate("Cli", "New password: "))
        auth.change_own_password(session, current, new_password)
        io.say(translate("Cli", "Password changed for {user}.").format(user=session.username))
        return {"user": session.username}


def cmd_recover(args, io: IO) -> dict:
    """Lost password: the recovery key resets a user's password and TOTP enrolment."""
    identity = read_key_file(args.recovery_key_file)
    e = recover_with_key(args.vault, identity, args.user, io.stdin_line(0, translate("Cli", "New password: ")))
    io.say(translate("Cli", "New password and TOTP enrolment for {user}.").format(user=e.username))
    io.say(translate("Cli", "TOTP secret: {secret}").format(secret=e.totp_secret))
    io.say(translate("Cli", "Recovery codes: {codes}").format(codes=" ".join(e.recovery_codes)))
    return {"user": e.username, "totp_secret": e.totp_secret, "totp_uri": e.totp_uri,
            "recovery_codes": e.recovery_codes}
