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


def sentence(text: str) -> str:
    """``text`` starting with a capital letter (messages are written mid-sentence in places)."""
    return text[:1].upper() + text[1:] if text[:1].islower() else text


def user_message(exc: BaseException, capital: bool = True) -> str:
    """One line a person can act on, starting with a capital letter (the CLI, which prints it
    after "error: ", passes ``capital=False`` and keeps the message as written). Unexpected
    errors say so without internals."""
    if isinstance(exc, CrmError):
        return sentence(exc.message or title_for(exc)) if capital else exc.message or title_for(exc)
    if isinstance(exc, MemoryError):
        return "The computer ran out of memory; nothing was changed."
    if isinstance(exc, OSError):
        from vault.fsutil import describe_os_error

        text = describe_os_error(exc, getattr(exc, "filename", None))
        return sentence(text) if capital else text
    return f"Unexpected error ({type(exc).__name__}). Nothing was changed; please report this."


def exit_status(exc: BaseException) -> int:
    return exc.exit_status if isinstance(exc, CrmError) else 1
