"""The error hierarchy (defined in vault.errors, re-exported here) and the one place where
errors become user messages."""
from __future__ import annotations

from vault.errors import (  # noqa: F401  (re-exported)
    AuthenticationError,
    Cancelled,
    ConflictError,
    CrmError,
    IntegrityError,
    NotFoundError,
    PasswordChangeRequired,
    PermissionDenied,
    PolicyError,
    StorageError,
    ThrottledError,
    UsageError,
    ValidationError,
    VaultBusyError,
)

_TITLES = {
    AuthenticationError: "Sign-in refused",
    PermissionDenied: "Not allowed",
    IntegrityError: "Integrity check failed",
    StorageError: "Storage problem",
    VaultBusyError: "Vault in use",
    ValidationError: "Please check the form",
    PolicyError: "Not accepted",
    ConflictError: "Changed by someone else",
    NotFoundError: "Not found",
    UsageError: "Usage",
    Cancelled: "Cancelled",
}


def title_for(exc: BaseException) -> str:
    for cls in type(exc).__mro__:
        if cls in _TITLES:
            return _TITLES[cls]
    return "Something went wrong"


def user_message(exc: BaseException) -> str:
    """One line a person can act on. Unexpected errors say so without internals."""
    if isinstance(exc, CrmError):
        return exc.message or title_for(exc)
    if isinstance(exc, MemoryError):
        return "The computer ran out of memory; nothing was changed."
    if isinstance(exc, OSError):
        from vault.fsutil import describe_os_error

        return describe_os_error(exc, getattr(exc, "filename", None))
    return f"Unexpected error ({type(exc).__name__}). Nothing was changed; please report this."


def exit_status(exc: BaseException) -> int:
    return exc.exit_status if isinstance(exc, CrmError) else 1
