"""Template vaults for the test session, made in a process of their own so that nothing a test
patched (clock, environment, functions) can leak into the vaults other tests get:

    python -m tests.template_vaults FOLDER TIME USER FIRST COUNT  < password

makes COUNT vaults FOLDER/USER-<k> (k from FIRST) with ``auth.create_vault`` at the Argon2id
floor, with the vault clock at TIME (seconds since the epoch), and prints what each creation
handed out as JSON lines. tests/conftest.py copies them per test."""
from __future__ import annotations

import json
import sys
from pathlib import Path


def make(folder: Path, at: float, user: str, password: str, ks: list[int]) -> list[dict]:
    from app import auth
    from vault import clock, kdf

    clock.now = lambda: at
    made = []
    for k in ks:
        path = folder / f"{user}-{k}"
        session, creation = auth.create_vault(path, user, password, kdf_params=kdf.FLOOR)
        session.close()
        e = creation.enrolment
        made.append({"k": k, "path": str(path), "user": user, "totp_secret": e.totp_secret,
                     "recovery_key": creation.recovery_key, "recovery_codes": list(e.recovery_codes),
                     "vault_id": creation.vault_id})
    return made


def main(argv: list[str]) -> int:
    folder, at, user, first, count = Path(argv[0]), float(argv[1]), argv[2], int(argv[3]), int(argv[4])
    password = sys.stdin.readline().rstrip("\n")
    for row in make(folder, at, user, password, list(range(first, first + count))):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
