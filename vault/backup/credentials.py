"""Where remote-storage secrets come from: the OS keyring (``keyring``), an SSH agent or
``~/.ssh`` (asyncssh's defaults), the backend's standard environment variables, or, when this
machine has no real keyring, inside the encrypted vault (the app passes a lookup for that).
Never from a command-line argument, never from a plain file: a plaintext "keyring" backend
(``keyrings.alt`` PlaintextKeyring) does not count as a keyring."""
from __future__ import annotations

from collections.abc import Callable

from ..i18n import translate

SERVICE = "VaultCRM backup"
_INSECURE = ("PlaintextKeyring", "fail.Keyring", "null.Keyring", "chainer.ChainerBackend")

SecretLookup = Callable[[str], str | None]


def keyring_status() -> tuple[bool, str]:
    """(usable, backend description). Not usable: no backend, or one that writes plain files."""
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as exc:  # pragma: no cover - depends on the machine
        return False, f"no keyring ({exc})"
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if any(bad in name for bad in _INSECURE) or getattr(backend, "priority", 1) <= 0:
        if "chainer" in name and any(_usable(b) for b in getattr(backend, "backends", [])):
            return True, name
        return False, name
    return True, name


def _usable(backend) -> bool:
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    return not any(bad in name for bad in _INSECURE)


def from_keyring(key: str) -> str | None:
    ok, _ = keyring_status()
    if not ok:
        return None
    try:
        import keyring

        return keyring.get_password(SERVICE, key)
    except Exception:
        return None


def to_keyring(key: str, secret: str) -> None:
    from ..errors import StorageError

    ok, name = keyring_status()
    if not ok:
        raise StorageError(translate("Errors", "This machine has no secure keyring ({name}); keep the secret inside"
                                               " the vault instead (`backup-login URL --in-vault`).").format(
            name=name))
    import keyring

    keyring.set_password(SERVICE, key, secret)


def lookup(key: str, extra: SecretLookup | None = None) -> str | None:
    """Keyring first, then the vault-held store (``extra``)."""
    secret = from_keyring(key)
    if secret is None and extra is not None:
        secret = extra(key)
    return secret


def vault_lookup(conn) -> SecretLookup:
    """Secrets kept inside the vault (``backup_credentials``, for machines without a keyring)."""

    def find(key: str) -> str | None:
        try:
            row = conn.execute("SELECT secret FROM backup_credentials WHERE key = ?", (key,)).fetchone()
        except Exception:  # noqa: BLE001 - a locked or older vault holds none
            return None
        return row[0] if row else None

    return find
