"""What the audit viewer shows a person instead of codes and JSON: a name for every action the app
records (translated), and an entry's details as "Key: value" lines."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ACTIONS: dict[str, str] = {
    "vault.create": QT_TRANSLATE_NOOP("AuditActions", "Vault created"),
    "signin": QT_TRANSLATE_NOOP("AuditActions", "Signed in"),
    "signin.failed": QT_TRANSLATE_NOOP("AuditActions", "Sign-in failed"),
    "signin.stale_slot": QT_TRANSLATE_NOOP("AuditActions", "Sign-in refused: an outdated key slot"),
    "lock": QT_TRANSLATE_NOOP("AuditActions", "Locked"),
    "unlock": QT_TRANSLATE_NOOP("AuditActions", "Unlocked again after a lock"),
    "recovery.unlock": QT_TRANSLATE_NOOP("AuditActions", "Opened with the recovery key"),
    "keyslots.stale_removed": QT_TRANSLATE_NOOP("AuditActions", "Key slots of inactive users removed"),
    "customer.view": QT_TRANSLATE_NOOP("AuditActions", "Viewed a customer"),
    "customer.reveal": QT_TRANSLATE_NOOP("AuditActions", "Revealed a sensitive field"),
    "customer.search": QT_TRANSLATE_NOOP("AuditActions", "Searched customers"),
    "customer.create": QT_TRANSLATE_NOOP("AuditActions", "Created a customer"),
    "customer.update": QT_TRANSLATE_NOOP("AuditActions", "Changed a customer"),
    "customer.delete": QT_TRANSLATE_NOOP("AuditActions", "Deleted a customer"),
    "customer.restore": QT_TRANSLATE_NOOP("AuditActions", "Restored a deleted customer"),
    "customer.purge": QT_TRANSLATE_NOOP("AuditActions", "Erased deleted customers for good"),
    "customer.merge": QT_TRANSLATE_NOOP("AuditActions", "Merged duplicate customers"),
    "customer.import": QT_TRANSLATE_NOOP("AuditActions", "Imported customers"),
    "customer.import_undo": QT_TRANSLATE_NOOP("AuditActions", "Undid an import"),
    "customer.export": QT_TRANSLATE_NOOP("AuditActions", "Exported customers"),
    "customer.export.start": QT_TRANSLATE_NOOP("AuditActions", "Started an export of customers"),
    "customer.export.cancel": QT_TRANSLATE_NOOP("AuditActions", "Cancelled an export of customers"),
    "custom_field.define": QT_TRANSLATE_NOOP("AuditActions", "Defined a custom field"),
    "deal.create": QT_TRANSLATE_NOOP("AuditActions", "Created a deal"),
    "deal.update": QT_TRANSLATE_NOOP("AuditActions", "Changed a deal"),
    "deal.delete": QT_TRANSLATE_NOOP("AuditActions", "Deleted a deal"),
    "interaction.add": QT_TRANSLATE_NOOP("AuditActions", "Logged an interaction"),
    "interaction.delete": QT_TRANSLATE_NOOP("AuditActions", "Deleted an interaction"),
    "preference.add": QT_TRANSLATE_NOOP("AuditActions", "Added a contact preference"),
    "preference.remove": QT_TRANSLATE_NOOP("AuditActions", "Removed a contact preference"),
    "backup.run": QT_TRANSLATE_NOOP("AuditActions", "Backed up"),
    "backup.verify": QT_TRANSLATE_NOOP("AuditActions", "Verified a backup"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditActions", "Restored a backup"),
    "backup.restore.ledger": QT_TRANSLATE_NOOP("AuditActions", "Re-applied erasures and disabled users after a restore"),
    "backup.prune": QT_TRANSLATE_NOOP("AuditActions", "Removed old backups"),
    "backup.credentials": QT_TRANSLATE_NOOP("AuditActions", "Stored backup credentials"),
    "user.add": QT_TRANSLATE_NOOP("AuditActions", "Added a user"),
    "user.disable": QT_TRANSLATE_NOOP("AuditActions", "Disabled a user"),
    "user.disable.reapplied": QT_TRANSLATE_NOOP("AuditActions", "Disabled a user again after a restore"),
    "user.enable": QT_TRANSLATE_NOOP("AuditActions", "Re-enabled a user"),
    "user.reset_password": QT_TRANSLATE_NOOP("AuditActions", "Reset a password"),
    "user.reset_totp": QT_TRANSLATE_NOOP("AuditActions", "Reset an authenticator"),
    "user.set_profile": QT_TRANSLATE_NOOP("AuditActions", "Changed a user's profile"),
    "user.password_change": QT_TRANSLATE_NOOP("AuditActions", "Changed own password"),
    "user.totp_change": QT_TRANSLATE_NOOP("AuditActions", "Changed own authenticator"),
    "user.recover": QT_TRANSLATE_NOOP("AuditActions", "Reset with the recovery key"),
    "user.credential.reapplied": QT_TRANSLATE_NOOP("AuditActions", "Replaced credentials kept after a restore"),
    "profile.create": QT_TRANSLATE_NOOP("AuditActions", "Created a profile"),
    "profile.update": QT_TRANSLATE_NOOP("AuditActions", "Changed a profile"),
    "profile.delete": QT_TRANSLATE_NOOP("AuditActions", "Deleted a profile"),
    "settings.change": QT_TRANSLATE_NOOP("AuditActions", "Changed a setting"),
    "audit.verify": QT_TRANSLATE_NOOP("AuditActions", "Verified the audit log"),
    "audit.export": QT_TRANSLATE_NOOP("AuditActions", "Exported the audit log"),
    "alert.acknowledge": QT_TRANSLATE_NOOP("AuditActions", "Acknowledged an alert"),
    "permission.denied": QT_TRANSLATE_NOOP("AuditActions", "Refused: not allowed"),
    "privacy.subject_export": QT_TRANSLATE_NOOP("AuditActions", "Exported a person's data (subject access)"),
    "privacy.erase": QT_TRANSLATE_NOOP("AuditActions", "Erased a person"),
    "privacy.erase.reapplied": QT_TRANSLATE_NOOP("AuditActions", "Erased a person again after a restore"),
    "privacy.ledger.damaged": QT_TRANSLATE_NOOP("AuditActions", "The erasure ledger was found damaged"),
    "privacy.consent.record": QT_TRANSLATE_NOOP("AuditActions", "Recorded a consent"),
    "privacy.consent.withdraw": QT_TRANSLATE_NOOP("AuditActions", "Withdrew a consent"),
    "privacy.restrict": QT_TRANSLATE_NOOP("AuditActions", "Restricted processing"),
    "privacy.unrestrict": QT_TRANSLATE_NOOP("AuditActions", "Lifted a restriction"),
    "privacy.retention.rule": QT_TRANSLATE_NOOP("AuditActions", "Changed a retention rule"),
    "privacy.retention.apply": QT_TRANSLATE_NOOP("AuditActions", "Applied the retention rules"),
    "privacy.processing_record": QT_TRANSLATE_NOOP("AuditActions", "Generated the record of processing"),
}


def _words(code: str) -> str:
    """An unknown code as words ("customer.export.start" -> "Customer export start")."""
    text = code.replace(".", " ").replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def action_name(code: str) -> str:
    text = ACTIONS.get(code)
    return QCoreApplication.translate("AuditActions", text) if text is not None else _words(code)


def _value(value) -> str:
    if isinstance(value, bool):
        return QCoreApplication.translate("AuditActions", "Yes") if value else \
            QCoreApplication.translate("AuditActions", "No")
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, dict):
        return "; ".join(f"{_words(str(k)).lower()} {_value(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ", ".join(_value(v) for v in value)
    return str(value)


def details_lines(details) -> list[str]:
    """An entry's details as "Key: value" lines a person reads (no JSON)."""
    if not details:
        return []
    if not isinstance(details, dict):
        return [_value(details)]
    return [QCoreApplication.translate("AuditActions", "{0}: {1}").format(_words(str(k)), _value(v)) for k, v in details.items()]
