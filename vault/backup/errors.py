"""Backup-specific errors (all are CrmErrors, so the CLI maps them to exit statuses)."""
from __future__ import annotations

from ..errors import Cancelled, StorageError  # noqa: F401  (Cancelled is the one in vault.errors)


class HostKeyUnknown(StorageError):
    """First connection to an SFTP server: its host key must be confirmed once."""

    def __init__(self, message: str, *, host: str, port: int, fingerprint: str, key_line: str):
        super().__init__(message, host=host, port=port, fingerprint=fingerprint)
        self.host, self.port, self.fingerprint, self.key_line = host, port, fingerprint, key_line


class HostKeyChanged(StorageError):
    """The SFTP server's host key differs from the pinned one: refused (possible interception)."""
