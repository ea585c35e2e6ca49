"""The command line (contract: ../shared/CLI.md). Headless, for admins, scripts and tests.

A face over the services and ``app.ops``: each command group is one module with
``register(sub, parents)``, which adds its parsers and sets ``func`` on them; ``func(args, io)``
signs in with ``base.signed_in()`` where it needs a session, returns the JSON-able result, and
leaves the text for people in ``io.text``, so ``--json`` and text cannot drift.
"""
from __future__ import annotations

import json
import os
import sys

from vault import i18n
from vault.errors import CrmError, UsageError

from ..errors import exit_status, user_message
from . import admin, backup, customer, device, privacy, records, reports, sync, tasks, users, vault_cmds
from .base import IO, ArgumentParser, Parents, common_parent, signin_parent

__all__ = ["build_parser", "main"]

# in the order of ``--help``
REGISTER = (vault_cmds.register_init, users.register, vault_cmds.register, records.register, customer.register,
            admin.register, backup.register, privacy.register, device.register, sync.register, tasks.register,
            reports.register)


def build_parser() -> ArgumentParser:
    parents = Parents(common=common_parent(), signin=signin_parent())
    parser = ArgumentParser(prog="vaultcrm", description="VaultCRM command line (no sub-command: the desktop app)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=ArgumentParser)
    for register in REGISTER:
        register(sub, parents)
    return parser


def main(argv: list[str] | None = None, stdin=None, stdout=None, stderr=None) -> int:
    i18n.set_language(i18n.environment_language())  # before anything is printed
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in argv
    try:
        args = build_parser().parse_args(argv)
        if not getattr(args, "func", None):
            raise UsageError(i18n.translate("Errors", "Choose a sub-command (see --help)."))
        io = IO(args, stdin)
        result = args.func(args, io)
        if as_json:
            stdout.write(json.dumps(result, indent=2, ensure_ascii=False, default=str) + "\n")
        elif io.text:
            stdout.write("\n".join(io.text) + "\n")
        stdout.flush()
        return io.exit_status
    except SystemExit as exc:  # --help
        return int(exc.code or 0) if isinstance(exc.code, int) else 0
    except KeyboardInterrupt:
        _error(stderr, as_json, i18n.translate("Cli", "interrupted"))
        return 1
    except BaseException as exc:  # no traceback, ever (VAULTCRM_DEBUG=1 shows one)
        if os.environ.get("VAULTCRM_DEBUG"):
            import traceback

            traceback.print_exc(file=stderr)
        _error(stderr, as_json, user_message(exc, capital=False) if isinstance(exc, CrmError | OSError | MemoryError)
               else i18n.translate("Cli", "unexpected error ({kind}: {error})").format(kind=type(exc).__name__,
                                                                                       error=exc))
        return exit_status(exc)


def _error(stream, as_json: bool, message: str) -> None:
    message = " ".join(str(message).split())
    stream.write((json.dumps({"error": message}) if as_json else f"error: {message}") + "\n")
    stream.flush()
