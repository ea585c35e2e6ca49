"""What every command shares: the parser class, stdin and output (``IO``), the common and
sign-in options, and ``signed_in()``, the one place a command signs in and locks again."""
from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from vault.errors import UsageError
from vault.i18n import translate

from .. import auth
from ..recovery_key import read_recovery_key
from ..session import Session


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
        self.exit_status = 0

    def stdin_line(self, index: int, prompt: str) -> str:
        if getattr(self.args, "password_stdin", False):
            if self._lines is None:
                self._lines = self._stdin.read().splitlines()
            if index >= len(self._lines):
                raise UsageError(translate("Errors", "stdin has no line {number} ({what}).").format(
                    number=index + 1, what=prompt.strip(": ").lower()))
            return self._lines[index]
        if not sys.stdin or not sys.stdin.isatty():
            raise UsageError(translate("Errors", "{what} needed: use --password-stdin or run in a terminal.").format(
                what=prompt.strip(": ")))
        return getpass.getpass(prompt)

    def say(self, line: str = "") -> None:
        self.text.append(line)


@dataclass(frozen=True)
class Parents:
    """Parent parsers a command group adds to its commands: ``--json``, and the sign-in options."""
    common: ArgumentParser
    signin: ArgumentParser


def signin_parent() -> ArgumentParser:
    p = ArgumentParser(add_help=False)
    g = p.add_argument_group("signing in")
    g.add_argument("--user", required=True, help="user name")
    g.add_argument("--password-stdin", action="store_true", help="read the password as stdin's first line")
    codes = g.add_mutually_exclusive_group()
    codes.add_argument("--totp", metavar="CODE", help="the 6-digit code from the authenticator app")
    codes.add_argument("--recovery-code", metavar="CODE", help="one of the single-use recovery codes")
    return p


def optional_signin(p: argparse.ArgumentParser) -> None:
    """The sign-in options of a command that can also work without signing in (``--user`` optional)."""
    g = p.add_argument_group("signing in (instead of the recovery key)")
    g.add_argument("--user", help="user name")
    g.add_argument("--password-stdin", action="store_true")
    g.add_argument("--totp", metavar="CODE")
    g.add_argument("--recovery-code", metavar="CODE")


def common_parent() -> ArgumentParser:
    p = ArgumentParser(add_help=False)
    p.add_argument("--json", action="store_true", help="print one JSON document")
    return p


def sign_in(args, io: IO, *, allow_password_change: bool = False) -> Session:
    password = io.stdin_line(0, translate("Cli", "Password: "))
    totp_code, recovery = args.totp, args.recovery_code
    if totp_code is None and recovery is None:
        if not sys.stdin or not sys.stdin.isatty():
            raise UsageError(translate("Errors", "A code is needed: use --totp CODE or --recovery-code CODE."))
        totp_code = input(translate("Cli", "Code from your authenticator app: "))
    return auth.sign_in(args.vault, args.user, password, totp_code=totp_code, recovery_code=recovery,
                        allow_password_change=allow_password_change)


@contextmanager
def signed_in(args, io: IO, *, optional: bool = False, **kw) -> Iterator[Session | None]:
    """Sign in with the command's options (``args.vault``, ``--user`` …), yield the session, and
    lock it again however the command ends (the lock is audited). With ``optional``, a command
    given no ``--user`` gets ``None`` and no sign-in."""
    if optional and not args.user:
        yield None
        return
    session = sign_in(args, io, **kw)
    try:
        yield session
    finally:
        if session.is_open:  # a restore over the vault may have closed it already
            auth.lock(session)


def read_key_file(path: str) -> str:
    """The recovery key in a recovery key file (``app.recovery_key``: the sheet's text however it
    was saved, or its PDF): a regular file of bounded size (never a device or a pipe: /dev/zero
    would be read for ever)."""
    return read_recovery_key(path)
