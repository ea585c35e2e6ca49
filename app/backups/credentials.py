"""A backup location's secret (keyring or inside the vault) and SFTP host keys the user confirmed."""
from __future__ import annotations

from vault import clock
from vault.backup import credentials
from vault.backup.errors import HostKeyUnknown
from vault.backup.hostkeys import trust_host
from vault.backup.targets import credential_key
from vault.errors import StorageError
from vault.i18n import translate

from .. import audit


def store_credentials(url: str, secret: str, *, session=None, in_vault: bool = False) -> dict:
    """Keep a location's secret (WebDAV/SFTP password, or S3 ``KEY_ID:SECRET``) in the OS keyring,
    or inside the vault when asked (or when the machine has no keyring and a session is given)."""
    key = credential_key(url)
    ok, backend = credentials.keyring_status()
    if ok and not in_vault:
        credentials.to_keyring(key, secret)
        return {"key": key, "stored_in": "keyring", "backend": backend}
    if session is None:
        raise StorageError(translate("Errors", "This machine has no secure keyring ({name}); sign in to keep the"
                                               " secret inside the vault instead (--in-vault).").format(name=backend))
    session.require("settings.manage")
    with session.vault.transaction():
        session.conn.execute(
            "INSERT INTO backup_credentials (key, secret, updated_at) VALUES (?, ?, ?) ON CONFLICT(key)"
            " DO UPDATE SET secret = excluded.secret, updated_at = excluded.updated_at", (key, secret, clock.iso()))
        audit.record(session, "backup.credentials", entity="backup_target", entity_id=key)
    return {"key": key, "stored_in": "vault", "backend": backend}


def trust_host_key(exc: HostKeyUnknown) -> None:
    """The UI showed ``exc.fingerprint`` and the user confirmed it: pin the SFTP server's host
    key (known_hosts in the config folder); retry the job afterwards. A changed key is never
    offered for confirmation (``HostKeyChanged``)."""
    trust_host(exc.host, exc.port, exc.key_line)

