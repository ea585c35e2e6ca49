"""One error hierarchy for the whole product.

Every error a user can meet is a ``CrmError``; ``app.messages`` maps each class to a user
message and the CLI maps each class to an exit status (``exit_status``).
"""
from __future__ import annotations


class CrmError(Exception):
    """Base of every error the product raises on purpose."""

    exit_status = 1

    def __init__(self, message: str = "", **details):
        super().__init__(message)
        self.message = message
        self.details = details

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message or self.__class__.__name__


class UsageError(CrmError):
    exit_status = 2


class AuthenticationError(CrmError):
    """Sign-in refused: wrong user, password, code, or a slot that does not open."""

    exit_status = 3


class ThrottledError(AuthenticationError):
    """Too many failed sign-ins: the next try is allowed at ``retry_after`` seconds from now."""

    def __init__(self, message: str = "", retry_after: float = 0.0, **details):
        super().__init__(message, retry_after=retry_after, **details)
        self.retry_after = retry_after


class PasswordChangeRequired(AuthenticationError):
    """The user signed in with a temporary password and must choose a new one first."""


class IntegrityError(CrmError):
    """A file, record or chain failed its integrity check."""

    exit_status = 4


class PermissionDenied(CrmError):
    exit_status = 5


class VaultBusyError(CrmError):
    """Another process has the vault open."""


class PolicyError(CrmError):
    """Input refused by a policy (password policy, validation)."""


class ValidationError(PolicyError):
    """One or more fields are invalid: ``fields`` maps field name -> message."""

    def __init__(self, message: str = "", fields: dict[str, str] | None = None, **details):
        super().__init__(message, **details)
        self.fields = dict(fields or {})


class ConflictError(CrmError):
    """The record was changed by someone else since it was opened."""


class NotFoundError(CrmError):
    pass


class StorageError(CrmError):
    """A disk or network location failed (full disk, dead network, refused write)."""


class Cancelled(CrmError):
    """A long job stopped because someone (or the lock) asked it to: ``JobContext.check()`` raises
    it. Whatever the job had made temporarily is removed; what it says it kept is whole."""
