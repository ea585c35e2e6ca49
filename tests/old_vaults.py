"""Vaults of every older schema version, kept in tests/data/vault-vN (made by ``make``).

Run ``python -m tests.old_vaults`` after adding migration N+1 to freeze a vault of version N:
it is made by today's code stopped at that version, which equals a vault made by the old app
as long as released migrations are never edited.
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "data"
PASSWORD = "old vault passphrase"


def make(version: int) -> Path:
    from app.permissions import seed_profiles
    from vault import core, kdf

    target = HERE / f"vault-v{version}"
    if target.exists():
        shutil.rmtree(target)
    vault, creation = core.create_vault(target / "vault", "olduser", PASSWORD, kdf_params=kdf.FLOOR,
                                        seed=seed_profiles, schema_version=version)
    if version >= 2:  # the records schema exists: keep a customer to find again after the upgrade
        _populate_records(vault)
    vault.close()
    (target / "vault" / "vault.lock").unlink(missing_ok=True)
    info = {"user": "olduser", "password": PASSWORD, "totp_secret": creation.enrolment.totp_secret,
            "recovery_key": creation.recovery_key, "schema_version": version}
    (target / "info.json").write_text(json.dumps(info, indent=2))
    return target


OLD_CUSTOMER = "Zdeněk Łukasiewicz"


def _populate_records(vault) -> None:
    """Raw SQL of the records schema as it was at migration 2 (services follow the newest schema)."""
    conn = vault.conn
    now = "2026-11-01T09:00:00+00:00"
    with vault.transaction():
        cid = conn.execute(
            "INSERT INTO customers (kind, display_name, sort_name, given_name, family_name, status, email,"
            " created_at, updated_at) VALUES ('person', ?, 'zdenek lukasiewicz', 'Zdeněk', 'Łukasiewicz',"
            " 'customer', 'zdenek@example.cz', ?, ?)", (OLD_CUSTOMER, now, now)).lastrowid
        conn.execute("INSERT INTO customer_emails (customer_id, email, email_norm) VALUES (?, ?, ?)",
                     (cid, "zdenek@example.cz", "zdenek@example.cz"))
        conn.execute("INSERT INTO customers_fts (rowid, name, company, emails, phones, city, tags, notes)"
                     " VALUES (?, 'zdenek lukasiewicz', '', 'zdenek@example.cz', '', '', '', '')", (cid,))


def open_old_vault_copies(tmp: Path):
    """Copies of every kept vault, with their sign-in details."""
    for folder in sorted(HERE.glob("vault-v*")):
        info = json.loads((folder / "info.json").read_text())
        dest = tmp / folder.name
        shutil.copytree(folder / "vault", dest)
        yield dest, info


if __name__ == "__main__":
    from vault import migrations

    versions = [int(a) for a in sys.argv[1:]] or list(range(1, migrations.latest()))
    for v in versions:
        print("made", make(v))
