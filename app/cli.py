"""The command line (contract: ../shared/CLI.md). Headless, for admins, scripts and tests.

Sub-command modules register themselves through ``PLUGINS``: each has
``register(subparsers, parents)`` and sets ``func`` on its parsers; ``func(args, io)``
returns the JSON-able result, and ``io.text`` holds the text for people.
"""
from __future__ import annotations

import argparse
import getpass
import importlib
import json
import os
import sys

from vault import kdf
from vault.errors import CrmError, UsageError

from . import auth, users
from .errors import exit_status, user_message

PLUGINS = ["app.cli_records", "app.cli_customer", "app.cli_admin", "app.cli_backup", "app.cli_privacy"]


class ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2 (contract)
        raise UsageError(message)


class IO:
    """stdin lines (passwords), and what to print."""

    def __init__(self, args: argparse.Namespace, stdin=None):
        self.args = args
        self._stdin = stdin if stdin is not None else sys.stdin
        self._lines: list[str] | None = None
        self.text: list[str] = []

    def stdin_line(self, index: int, prompt: str) -> str:
        if getattr(self.args, "password_stdin", False):
            if self._lines is None:
                self._lines = self._stdin.read().splitlines()
            if index >= len(self._lines):
                raise UsageError(f"stdin has no line {index + 1} ({prompt.strip(': ').lower()})")
            return self._lines[index]
        if not sys.stdin or not sys.stdin.isatty():
            raise UsageError(f"{prompt.strip(': ')} needed: use --password-stdin or run in a terminal")
        return getpass.getpass(prompt)

    def say(self, line: str = "") -> None:
        self.text.append(line)


def signin_parent() -> ArgumentParser:
    p = ArgumentParser(add_help=False)
    g = p.add_argument_group("signing in")
    g.add_argument("--user", required=True, help="user name")
    g.add_argument("--password-stdin", action="store_true", help="read the password as stdin's first line")
    codes = g.add_mutually_exclusive_group()
    codes.add_argument("--totp", metavar="CODE", help="the 6-digit code from the authenticator app")
    codes.add_argument("--recovery-code", metavar="CODE", help="one of the single-use recovery codes")
    return p


def common_parent() -> ArgumentParser:
    p = ArgumentParser(add_help=False)
    p.add_argument("--json", action="store_true", help="print one JSON document")
    return p


def sign_in(args, io: IO, *, allow_password_change: bool = False):
    password = io.stdin_line(0, "Password: ")
    totp_code, recovery = args.totp, args.recovery_code
    if totp_code is None and recovery is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise UsageError("a code is needed: use --totp CODE or --recovery-code CODE")
        totp_code = input("Code from your authenticator app: ")
    return auth.sign_in(args.vault, args.user, password, totp_code=totp_code, recovery_code=recovery,
                        allow_password_change=allow_password_change)


# ----------------------------------------------------------------------------- sub-commands
def cmd_init(args, io: IO) -> dict:
    password = io.stdin_line(0, "New password: ")
    params = kdf.FLOOR if args.kdf == "floor" else None
    session, creation = auth.create_vault(args.vault, args.user, password, display_name=args.display_name,
                                          kdf_params=params)
    try:
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
    finally:
        session.close()


def cmd_user_add(args, io: IO) -> dict:
    session = sign_in(args, io)
    try:
        new_password = io.stdin_line(1, "Password for the new user: ")
        e = users.add_user(session, args.new_user, new_password, args.profile, display_name=args.display_name,
                           temporary=args.temporary)
        io.say(f"Added {e.username} ({args.profile})")
        io.say(f"TOTP secret: {e.totp_secret}")
        io.say(f"TOTP URI: {e.totp_uri}")
        io.say("Recovery codes: " + " ".join(e.recovery_codes))
        return {"user": e.username, "profile": args.profile, "totp_secret": e.totp_secret, "totp_uri": e.totp_uri,
                "recovery_codes": e.recovery_codes}
    finally:
        auth.lock(session)


def cmd_user_list(args, io: IO) -> list:
    session = sign_in(args, io)
    try:
        rows = users.list_users(session)
        for r in rows:
            io.say(f"{r['user']:<20} {r['profile']:<14} {r['status']:<9} last sign-in: {r['last_signin'] or 'never'}")
        return rows
    finally:
        auth.lock(session)


def cmd_passwd(args, io: IO) -> dict:
    session = sign_in(args, io, allow_password_change=True)
    try:
        current = io.stdin_line(0, "Current password: ")
        new_password = io.stdin_line(1, "New password: ")
        auth.change_own_password(session, current, new_password)
        io.say(f"Password changed for {session.username}")
        return {"user": session.username}
    finally:
        auth.lock(session)


def cmd_recover(args, io: IO) -> dict:
    """Lost password: the recovery key resets a user's password and TOTP enrolment."""
    from vault import core

    identity = read_key_file(args.recovery_key_file)
    session = auth.open_with_recovery_key(args.vault, identity)
    try:
        new_password = io.stdin_line(0, "New password: ")
        row = users.user_row(session, args.user)
        from vault import totp

        secret = totp.new_secret()
        from . import audit

        codes = core.rewrap_user_slot(
            session.vault, row["id"], new_password, new_totp_secret=secret, new_recovery_codes=True, status="active",
            also=lambda: audit.record(session, "user.recover", entity="user", entity_id=row["id"]))
        uri = totp.provisioning_uri(secret, row["username"])
        io.say(f"New password and TOTP enrolment for {row['username']}")
        io.say(f"TOTP secret: {secret}")
        io.say("Recovery codes: " + " ".join(codes))
        return {"user": row["username"], "totp_secret": secret, "totp_uri": uri, "recovery_codes": codes}
    finally:
        session.close()


KEY_FILE_MAX = 64 * 1024  # an age identity file is a few hundred bytes


def read_key_file(path: str) -> str:
    """The AGE-SECRET-KEY-1… line of a recovery key file: a regular file of at most 64 KiB (never a
    device or a pipe: /dev/zero would be read for ever)."""
    from vault.fsutil import read_input

    data = read_input(path, max_bytes=KEY_FILE_MAX, what="recovery key file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not a text file; the recovery key file holds an AGE-SECRET-KEY-1… line"
                         ) from None
    for line in text.splitlines():
        if line.strip().startswith("AGE-SECRET-KEY-"):
            return line.strip()
    raise UsageError(f"{path} holds no AGE-SECRET-KEY-1… line")



def build_parser() -> ArgumentParser:
    common = common_parent()
    signin = signin_parent()
    parser = ArgumentParser(prog="vaultcrm", description="VaultCRM command line (no sub-command: the desktop app)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)

    p = sub.add_parser("init", parents=[common], help="create a vault")
    p.add_argument("vault")
    p.add_argument("--user", required=True)
    p.add_argument("--display-name")
    p.add_argument("--password-stdin", action="store_true")
    p.add_argument("--kdf", choices=["calibrate", "floor"], default="calibrate",
                   help="Argon2id cost: calibrated to ~0.5 s here (default), or the floor (64 MiB, 3 passes)")
    p.set_defaults(func=cmd_init)

    pu = sub.add_parser("user", help="users").add_subparsers(dest="user_command", metavar="ACTION",
                                                             parser_class=ArgumentParser)
    p = pu.add_parser("add", parents=[common, signin], help="add a user")
    p.add_argument("vault")
    p.add_argument("--new-user", required=True)
    p.add_argument("--profile", required=True)
    p.add_argument("--display-name")
    p.add_argument("--temporary", action="store_true", help="the new user must change the password at sign-in")
    p.set_defaults(func=cmd_user_add)
    p = pu.add_parser("list", parents=[common, signin], help="list users")
    p.add_argument("vault")
    p.set_defaults(func=cmd_user_list)

    p = sub.add_parser("passwd", parents=[common, signin], help="change your password (stdin's second line)")
    p.add_argument("vault")
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("recover", parents=[common], help="reset a user's password with the recovery key")
    p.add_argument("vault")
    p.add_argument("--user", required=True)
    p.add_argument("--recovery-key-file", required=True)
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(func=cmd_recover)

    ctx = {"common": common, "signin": signin, "sub": sub}
    for name in PLUGINS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue
            raise
        module.register(sub, ctx)
    return parser


def main(argv: list[str] | None = None, stdin=None, stdout=None, stderr=None) -> int:
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in argv
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "func", None):
            raise UsageError("choose a sub-command (see --help)")
        io = IO(args, stdin)
        result = args.func(args, io)
        if as_json:
            stdout.write(json.dumps(result, indent=2, ensure_ascii=False, default=str) + "\n")
        elif io.text:
            stdout.write("\n".join(io.text) + "\n")
        stdout.flush()
        return int(getattr(io, "exit_status", 0))
    except SystemExit as exc:  # --help
        return int(exc.code or 0) if isinstance(exc.code, int) else 0
    except KeyboardInterrupt:
        _error(stderr, as_json, "interrupted")
        return 1
    except BaseException as exc:  # no traceback, ever (VAULTCRM_DEBUG=1 shows one)
        if os.environ.get("VAULTCRM_DEBUG"):
            import traceback

            traceback.print_exc(file=stderr)
        _error(stderr, as_json, user_message(exc) if isinstance(exc, CrmError | OSError | MemoryError)
               else f"unexpected error ({type(exc).__name__}: {exc})")
        return exit_status(exc)


def _error(stream, as_json: bool, message: str) -> None:
    message = " ".join(str(message).split())
    stream.write((json.dumps({"error": message}) if as_json else f"error: {message}") + "\n")
    stream.flush()
