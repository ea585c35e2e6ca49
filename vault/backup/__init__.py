"""Encrypted, signed, verifiable backups (see docs/ARCHITECTURE.md, "Backups").

- ``archive``: the ``.crmbak`` format (age around a tar of manifest.json, vault.db, keyslots.json),
  streamed both ways so memory stays flat whatever the vault size (``archive_write``, ``archive_read``).
- ``signature``: the ``.crmbak.sig`` file (Ed25519 over the archive's SHA-256/size, sequence and
  the previous signature's hash) and the pinned signer keys.
- ``snapshot``: a consistent, fsynced, integrity-checked SQLCipher copy under a fresh key.
- ``targets``: open a location from its URL: folder / SFTP / WebDAV / S3 (``location``: the
  locations through fsspec; ``upload``: the upload protocol; ``hostkeys``: SFTP host-key pinning).
- ``verify``: quick (no secret) and deep (recovery key) verification, listings with gaps.
- ``restore``: extract a verified archive into a new vault folder re-keyed to the vault key.

No Qt, nothing from app/.
"""
from __future__ import annotations

from .errors import Cancelled, HostKeyChanged, HostKeyUnknown  # noqa: F401
