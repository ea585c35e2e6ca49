"""``init`` (create a vault), ``passwd`` (change your password) and ``recover`` (the recovery key
resets a user's password and authenticator)."""
from __future__ import annotations

from contextlib import closing

from vault import kdf

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
    password = io.stdin_line(0, "New password: ")
    params = kdf.FLOOR if args.kdf == "floor" else None
    session, creation = auth.create_vault(args.vault, args.user, password, display_name=args.display_name,
                                          kdf_params=params)
    with closing(session):
        e = creation.enrolment
        io.say(f"Created vault {creation.vault_id} in {args.vault}")
        io.say(f"Administrator: {e.username}")
        io.say(f"TOTP secret (add it to your authenticator app): {e.totp_secret}")
        io.say(f"TOTP URI: {e.totp_uri}")
        io.say(f"RECOVERY KEY (print it and keep it safe; shown once): {creation.recovery_key}")
        io.say(f"Signing key fingerprint: {creation.signing_key_fingerprint}")
        io.say("Recovery codes (each works once): " + " ".join(e.recovery_codes))
        io.say("Losing both your password and the recovery key loses the data.")
        return {"vault_id": creation.vault_id, "user": e.username, "totp_secret": e.totp_secret,
                "totp_uri": e.totp_uri, "recovery_key": creation.recovery_key,
                "recovery_codes": e.recovery_codes, "signing_key_fingerprint": creation.signing_key_fingerprint}


def cmd_passwd(args, io: IO) -> dict:
    with signed_in(args, io, allow_password_change=True) as session:
        current = io.stdin_line(0, "Current password: ")
        new_password = io.stdin_line(1, "New password: ")
        auth.change_own_password(session, current, new_password)
        io.say(f"Password changed for {session.username}")
        return {"user": session.username}


def cmd_recover(args, io: IO) -> dict:
    """Lost password: the recovery key resets a user's password and TOTP enrolment."""
    identity = read_key_file(args.recovery_key_file)
    e = recover_with_key(args.vault, identity, args.user, io.stdin_line(0, "New password: "))
    io.say(f"New password and TOTP enrolment for {e.username}")
    io.say(f"TOTP secret: {e.totp_secret}")
    io.say("Recovery codes: " + " ".join(e.recovery_codes))
    return {"user": e.username, "totp_secret": e.totp_secret, "totp_uri": e.totp_uri,
            "recovery_codes": e.recovery_codes}
