"""What a person reads for the codes the services use: customer statuses, interaction kinds,
sensitive fields, the detail pane's history actions, export formats. Each table is marked for
extraction here (``QT_TRANSLATE_NOOP``) and translated where it is shown, through the functions
below (a literal context each, so lupdate and the runtime agree)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

STATUS = {
    "lead": QT_TRANSLATE_NOOP("Status", "Lead"),
    "prospect": QT_TRANSLATE_NOOP("Status", "Prospect"),
    "customer": QT_TRANSLATE_NOOP("Status", "Customer"),
    "inactive": QT_TRANSLATE_NOOP("Status", "Inactive"),
}
KINDS = {
    "call": QT_TRANSLATE_NOOP("InteractionKind", "Call"),
    "meeting": QT_TRANSLATE_NOOP("InteractionKind", "Meeting"),
    "email": QT_TRANSLATE_NOOP("InteractionKind", "Email"),
    "visit": QT_TRANSLATE_NOOP("InteractionKind", "Visit"),
    "note": QT_TRANSLATE_NOOP("InteractionKind", "Note"),
}
SENSITIVE = {
    "tax_id": QT_TRANSLATE_NOOP("SensitiveField", "Tax id"),
    "date_of_birth": QT_TRANSLATE_NOOP("SensitiveField", "Date of birth"),
    "bank_account": QT_TRANSLATE_NOOP("SensitiveField", "Bank account"),
    "confidential_notes": QT_TRANSLATE_NOOP("SensitiveField", "Confidential notes"),
}
# the usual labels of e-mails, phones and addresses (vCard's TYPE values; any other label the user
# typed is shown as typed)
CONTACT = {
    "work": QT_TRANSLATE_NOOP("ContactLabel", "work"),
    "home": QT_TRANSLATE_NOOP("ContactLabel", "home"),
    "mobile": QT_TRANSLATE_NOOP("ContactLabel", "mobile"),
    "cell": QT_TRANSLATE_NOOP("ContactLabel", "mobile"),
    "other": QT_TRANSLATE_NOOP("ContactLabel", "other"),
    "main": QT_TRANSLATE_NOOP("ContactLabel", "main"),
    "fax": QT_TRANSLATE_NOOP("ContactLabel", "fax"),
    "pager": QT_TRANSLATE_NOOP("ContactLabel", "pager"),
}
HISTORY = {
    "customer.create": QT_TRANSLATE_NOOP("History", "Created"),
    "customer.update": QT_TRANSLATE_NOOP("History", "Changed"),
    "customer.view": QT_TRANSLATE_NOOP("History", "Viewed"),
    "customer.delete": QT_TRANSLATE_NOOP("History", "Deleted"),
    "customer.restore": QT_TRANSLATE_NOOP("History", "Restored"),
    "customer.reveal": QT_TRANSLATE_NOOP("History", "Sensitive data shown"),
    "customer.export": QT_TRANSLATE_NOOP("History", "Exported"),
    "customer.merge": QT_TRANSLATE_NOOP("History", "Merged"),
    "interaction.add": QT_TRANSLATE_NOOP("History", "Interaction logged"),
    "deal.create": QT_TRANSLATE_NOOP("History", "Deal created"),
    "deal.update": QT_TRANSLATE_NOOP("History", "Deal changed"),
    "deal.delete": QT_TRANSLATE_NOOP("History", "Deal deleted"),
    "privacy.restrict": QT_TRANSLATE_NOOP("History", "Processing restricted"),
    "privacy.unrestrict": QT_TRANSLATE_NOOP("History", "Restriction lifted"),
    "privacy.subject_export": QT_TRANSLATE_NOOP("History", "Subject access export"),
    "privacy.erase": QT_TRANSLATE_NOOP("History", "Erased"),
    "consent.record": QT_TRANSLATE_NOOP("History", "Consent recorded"),
    "privacy.consent.record": QT_TRANSLATE_NOOP("History", "Consent recorded"),
    "privacy.consent.withdraw": QT_TRANSLATE_NOOP("History", "Consent withdrawn"),
    "preference.add": QT_TRANSLATE_NOOP("History", "Purchase preference added"),
    "preference.remove": QT_TRANSLATE_NOOP("History", "Purchase preference removed"),
}


def status_label(code: str | None) -> str:
    return QCoreApplication.translate("Status", STATUS[code]) if code in STATUS else (code or "")


def kind_label(code: str | None) -> str:
    return QCoreApplication.translate("InteractionKind", KINDS[code]) if code in KINDS else (code or "")


def sensitive_label(key: str) -> str:
    return QCoreApplication.translate("SensitiveField", SENSITIVE[key]) if key in SENSITIVE else key


def history_label(action: str) -> str:
    return QCoreApplication.translate("History", HISTORY[action]) if action in HISTORY else action


def column_label(header: str) -> str:
    """A list's column header, marked with ``QT_TRANSLATE_NOOP("Columns", ...)`` where declared."""
    return QCoreApplication.translate("Columns", header)


def profile_label(name: str) -> str:
    """A built-in profile's name in the app's language (the services mark them in the context
    "Profiles"); a custom profile's name as its creator wrote it."""
    return QCoreApplication.translate("Profiles", name)


def contact_label(label: str | None) -> str:
    """An e-mail's, phone's or address's label in the app's language (as typed if not a usual one)."""
    key = (label or "").strip().lower()
    return QCoreApplication.translate("ContactLabel", CONTACT[key]) if key in CONTACT else (label or "")
