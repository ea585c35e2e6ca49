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
from vault.i18n import QT_TRANSLATE_NOOP, translate

_TITLES = {
    AuthenticationError: QT_TRANSLATE_NOOP("Errors", "Sign-in refused"),
    PermissionDenied: QT_TRANSLATE_NOOP("Errors", "Not allowed"),
    IntegrityError: QT_TRANSLATE_NOOP("Errors", "Integrity check failed"),
    StorageError: QT_TRANSLATE_NOOP("Errors", "Storage problem"),
    VaultBusyError: QT_TRANSLATE_NOOP("Errors", "Vault in use"),
    ValidationError: QT_TRANSLATE_NOOP("Errors", "Please check the form"),
    PolicyError: QT_TRANSLATE_NOOP("Errors", "Not accepted"),
    ConflictError: QT_TRANSLATE_NOOP("Errors", "Changed by someone else"),
    NotFoundError: QT_TRANSLATE_NOOP("Errors", "Not found"),
    UsageError: QT_TRANSLATE_NOOP("Errors", "Usage"),
    Cancelled: QT_TRANSLATE_NOOP("Errors", "Cancelled"),
}


def title_for(exc: BaseException) -> str:
    for cls in type(exc).__mro__:
        if cls in _TITLES:
            return translate("Errors", _TITLES[cls])
    return translate("Errors", "Something went wrong")


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
        return translate("Errors", "The computer ran out of memory; nothing was changed.")
    if isinstance(exc, OSError):
        from vault.fsutil import describe_os_error

        text = describe_os_error(exc, getattr(exc, "filename", None))
        return sentence(text) if capital else text
    return translate("Errors", "Unexpected error ({kind}). Nothing was changed; please report this."
                     ).format(kind=type(exc).__name__)


def exit_status(exc: BaseException) -> int:
    return exc.exit_status if isinstance(exc, CrmError) else 1
