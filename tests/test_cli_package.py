"""The CLI is a face over the services and ``app.ops`` (issue 11): one module per command group
under ``app/cli/``, loaded by plain imports, one ``signed_in()`` that always locks, the
recovery's key-slot work in ``app.ops.users``, and nothing in ``app`` outside the CLI imports it."""
from __future__ import annotations

import argparse
import ast
import io
import re
import tomllib

import pytest

from app import audit, auth, users
from tests.conftest import PASSWORD, ROOT, SHARED, run_cli, signin
from vault.errors import AuthenticationError, NotFoundError, PermissionDenied

NEW_PASSWORD = "a brand new passphrase!"
OTHER = "another long passphrase for sam"


def _args(info, **kw) -> argparse.Namespace:
    return argparse.Namespace(vault=str(info.path), user=info.user, password_stdin=True,
                              totp=info.code(), recovery_code=None, **kw)


def _actions(info) -> list[str]:
    s = info.sign_in()
    try:
        return [e["action"] for e in audit.query(s, limit=None, newest_first=False)["entries"]]
    finally:
        s.close()


def test_signed_in_locks_the_session_however_the_command_ends(vault_info):
    from app.cli.base import IO, signed_in

    args = _args(vault_info)
    held = []
    with pytest.raises(NotFoundError):
        with signed_in(args, IO(args, io.StringIO(PASSWORD + "\n"))) as session:
            held.append(session)
            users.user_row(session, "nobody")
    assert not held[0].is_open
    # the lock was audited, and the vault's lock file released: signing in again works at once
    actions = _actions(vault_info)
    assert actions[-3:] == ["signin", "lock", "signin"], actions[-5:]


def test_signed_in_optional_without_a_user_signs_nobody_in(vault_info):
    from app.cli.base import IO, signed_in

    args = _args(vault_info)
    args.user = None
    with signed_in(args, IO(args, io.StringIO("")), optional=True) as session:
        assert session is None


def test_recover_user_is_a_use_case_that_needs_users_manage(vault_info):
    from app.ops.users import recover_user

    s = vault_info.sign_in()
    users.add_user(s, "sam", OTHER, "Sales")
    s.close()
    sam = vault_info.sign_in("sam", OTHER, users_secret(vault_info, "sam"))
    try:
        with pytest.raises(PermissionDenied):
            recover_user(sam, "admin", NEW_PASSWORD)
    finally:
        sam.close()

    session = auth.open_with_recovery_key(vault_info.path, vault_info.recovery_key)
    try:
        e = recover_user(session, "admin", NEW_PASSWORD)
    finally:
        session.close()
    assert e.username == "admin" and len(e.recovery_codes) == 10 and e.totp_uri.startswith("otpauth://")
    with pytest.raises(AuthenticationError):
        vault_info.sign_in()  # the old password no longer opens the vault
    vault_info.sign_in(password=NEW_PASSWORD, secret=e.totp_secret).close()
    assert "user.recover" in _actions_with(vault_info, NEW_PASSWORD, e.totp_secret)


def users_secret(info, name: str) -> str:
    s = info.sign_in()
    try:
        return users.user_row(s, name)["totp_secret"]
    finally:
        s.close()


def _actions_with(info, password: str, secret: str) -> list[str]:
    s = info.sign_in(password=password, secret=secret)
    try:
        return [e["action"] for e in audit.query(s, limit=None)["entries"]]
    finally:
        s.close()


def _cli_modules() -> dict[str, str]:
    return {p.name: p.read_text() for p in sorted((ROOT / "app" / "cli").glob("*.py"))}


def test_the_cli_is_a_package_of_command_groups_loaded_by_plain_imports():
    modules = _cli_modules()
    assert {"__init__.py", "base.py"} <= set(modules) and len(modules) >= 6, sorted(modules)
    for name, text in modules.items():
        assert "importlib" not in text and "ModuleNotFoundError" not in text, name
        assert len(text.splitlines()) <= 500, name
    assert not list((ROOT / "app").glob("cli_*.py")) and not (ROOT / "app" / "cli.py").exists()


def _imports_cli(path, text: str) -> bool:
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    for node in ast.walk(ast.parse(text)):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            module = ".".join(x for x in (base, node.module or "") if x)
            names = [module] + [f"{module}.{a.name}" for a in node.names]
        if any(n == "app.cli" or n.startswith("app.cli.") for n in names):
            return True
    return False


def test_nothing_in_app_outside_the_cli_imports_it():
    offenders = [str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py")
                 if "cli" not in p.relative_to(ROOT / "app").parts[:1] and _imports_cli(p, p.read_text())]
    assert offenders == []
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    contract = [c for c in config if c["type"] == "forbidden" and "app.cli" in c["forbidden_modules"]]
    assert contract and "app.*" in contract[0]["source_modules"], "an import-linter contract keeps it so"


def _contract_commands() -> list[list[str]]:
    """The command words of every sub-command of ../shared/CLI.md's main table."""
    text = (SHARED / "CLI.md").read_text().split("## Sub-commands", 1)[1].split("\n## ", 1)[0]
    out = []
    for cell in re.findall(r"^\| `([^`]+)`", text, re.M):
        out.append(list(re.match(r"[a-z][a-z-]*(?: [a-z][a-z-]*)?", cell).group(0).split()))
    return out


def test_every_contract_command_is_there_with_its_help(capsys):
    commands = _contract_commands()
    assert len(commands) >= 17
    for words in commands:
        words = words if words[0] in ("user", "customer", "privacy") else words[:1]
        status = run_cli([*words, "--help"]).status
        assert status == 0, words
        assert "usage: vaultcrm " + " ".join(words) in capsys.readouterr().out, words


def test_a_command_that_signs_in_locks_the_vault_when_it_fails(vault_info):
    r = run_cli(["customer", "show", vault_info.path, "4242", *signin(vault_info)], stdin=PASSWORD + "\n")
    assert r.status == 1 and r.err.startswith("error: ") and "Traceback" not in r.err
    assert _actions(vault_info)[-3:] == ["signin", "lock", "signin"]
