"""Numbered schema migrations: ``NNNN_name.sql`` files applied in order on unlock.

All pending migrations run inside one transaction together with the ``user_version`` bump,
so a failure leaves the vault at its old version. Migrations are never edited once released;
``tests/data/vault-vN`` keeps a vault of every older version.
"""
from __future__ import annotations

import contextlib
import re
from pathlib import Path

from ..db import database_error, dbapi2
from ..errors import IntegrityError
from ..i18n import translate
from ..sync import hooks

HERE = Path(__file__).parent
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def available() -> list[tuple[int, Path]]:
    found = []
    for path in HERE.iterdir():
        m = _NAME.match(path.name)
        if m:
            found.append((int(m.group(1)), path))
    found.sort()
    numbers = [n for n, _ in found]
    if numbers != list(range(1, len(numbers) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..N: {numbers}")
    return found


def latest() -> int:
    return len(available())


def current_version(conn: dbapi2.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: dbapi2.Connection, target: int | None = None) -> tuple[int, int]:
    """Bring the schema to ``target`` (default: latest). Returns (from, to)."""
    if getattr(conn, "sync", None) is not None:
        hooks.install(conn)  # the capture triggers (0008) call these functions on every write
    steps = available()
    target = len(steps) if target is None else target
    version = current_version(conn)
    if version > len(steps):
        raise IntegrityError(translate(
            "Errors", "This vault has schema version {version}, newer than this app knows ({known}); update the app"
            " to open it.").format(version=version, known=len(steps)))
    if version >= target:
        return version, version
    script = ["BEGIN IMMEDIATE;"]
    for number, path in steps[version:target]:
        script.append(f"-- migration {number}\n{path.read_text(encoding='utf-8')}")
    script.append(f"PRAGMA user_version = {target};")
    script.append("COMMIT;")
    try:
        conn.executescript("\n".join(script))
    except dbapi2.Error as exc:
        with contextlib.suppress(dbapi2.Error):
            conn.execute("ROLLBACK")
        raise database_error(exc) from exc
    return version, target
