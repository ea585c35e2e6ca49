"""The actions the app records, with their labels."""
from __future__ import annotations

from vault.i18n import QT_TRANSLATE_NOOP, translate

# The actions the app records (the viewer offers them as filters; services may add more). The codes
# stay English (the log, --json, filters); the labels are marked here and translated where shown.
ACTIONS: dict[str, str] = {
    "vault.create": QT_TRANSLATE_NOOP("AuditActions", "Vault created"),
    "signin": QT_TRANSLATE_NOOP("AuditActions", "Signed in"),
    "signin.failed": QT_TRANSLATE_NOOP("AuditActions", "Failed sign-in"),
    "lock": QT_TRANSLATE_NOOP("AuditActions", "Locked"),
    "unlock": QT_TRANSLATE_NOOP("AuditActions", "Unlocked again after a lock"),
    "recovery.unlock": QT_TRANSLATE_NOOP("AuditActions", "Opened with the recovery key"),
    "customer.view": QT_TRANSLATE_NOOP("AuditActions", "Viewed a customer"),
    "customer.reveal": QT_TRANSLATE_NOOP("AuditActions", "Revealed a sensitive field"),
    "customer.search": QT_TRANSLATE_NOOP("AuditActions", "Searched customers"),
    "customer.restore": QT_TRANSLATE_NOOP("AuditActions", "Restored a deleted customer"),
    "customer.purge": QT_TRANSLATE_NOOP("AuditActions", "Erased deleted customers for good"),
    "custom_field.define": QT_TRANSLATE_NOOP("AuditActions", "Defined a custom field"),
    "customer.create": QT_TRANSLATE_NOOP("AuditActions", "Created a customer"),
    "customer.update": QT_TRANSLATE_NOOP("AuditActions", "Changed a customer"),
    "customer.delete": QT_TRANSLATE_NOOP("AuditActions", "Deleted a customer"),
    "customer.import": QT_TRANSLATE_NOOP("AuditActions", "Imported customers"),
    "customer.import_undo": QT_TRANSLATE_NOOP("AuditActions", "Undid an import"),
    "customer.export": QT_TRANSLATE_NOOP("AuditActions", "Exported customers"),
    "backup.run": QT_TRANSLATE_NOOP("AuditActions", "Backup"),
    "backup.verify": QT_TRANSLATE_NOOP("AuditActions", "Backup verified"),
    "backup.restore": QT_TRANSLATE_NOOP("AuditActions", "Restored a backup"),
    "backup.prune": QT_TRANSLATE_NOOP("AuditActions", "Pruned old backups"),
    "backup.credentials": QT_TRANSLATE_NOOP("AuditActions", "Stored backup credentials"),
    "user.add": QT_TRANSLATE_NOOP("AuditActions", "Added a user"),
    "user.disable": QT_TRANSLATE_NOOP("AuditActions", "Disabled a user"),
    "user.enable": QT_TRANSLATE_NOOP("AuditActions", "Re-enabled a user"),
    "user.reset_password": QT_TRANSLATE_NOOP("AuditActions", "Reset a password"),
    "user.reset_totp": QT_TRANSLATE_NOOP("AuditActions", "Reset an authenticator enrolment"),
    "user.set_profile": QT_TRANSLATE_NOOP("AuditActions", "Changed a user's profile"),
    "user.password_change": QT_TRANSLATE_NOOP("AuditActions", "Changed own password"),
    "user.totp_change": QT_TRANSLATE_NOOP("AuditActions", "Changed own authenticator enrolment"),
    "user.recover": QT_TRANSLATE_NOOP("AuditActions", "Reset with the recovery key"),
    "user.recovery_codes": QT_TRANSLATE_NOOP("AuditActions", "Made new recovery codes for own account"),
    "profile.create": QT_TRANSLATE_NOOP("AuditActions", "Created a profile"),
    "profile.update": QT_TRANSLATE_NOOP("AuditActions", "Changed a profile"),
    "profile.delete": QT_TRANSLATE_NOOP("AuditActions", "Deleted a profile"),
    "settings.change": QT_TRANSLATE_NOOP("AuditActions", "Changed a setting"),
    "audit.verify": QT_TRANSLATE_NOOP("AuditActions", "Verified the audit log"),
    "audit.export": QT_TRANSLATE_NOOP("AuditActions", "Exported the audit log"),
    "alert.acknowledge": QT_TRANSLATE_NOOP("AuditActions", "Acknowledged an alert"),
    "permission.denied": QT_TRANSLATE_NOOP("AuditActions", "Refused: not allowed"),
    "privacy.subject_export": QT_TRANSLATE_NOOP("AuditActions", "Subject access export"),
    "privacy.erase": QT_TRANSLATE_NOOP("AuditActions", "Erased a person"),
    "privacy.erase.reapplied": QT_TRANSLATE_NOOP("AuditActions", "Erasure re-applied after a restore"),
    "privacy.consent.record": QT_TRANSLATE_NOOP("AuditActions", "Consent recorded"),
    "privacy.consent.withdraw": QT_TRANSLATE_NOOP("AuditActions", "Consent withdrawn"),
    "privacy.restrict": QT_TRANSLATE_NOOP("AuditActions", "Processing restricted"),
    "privacy.unrestrict": QT_TRANSLATE_NOOP("AuditActions", "Restriction lifted"),
    "privacy.retention.rule": QT_TRANSLATE_NOOP("AuditActions", "Retention rule changed"),
    "privacy.retention.apply": QT_TRANSLATE_NOOP("AuditActions", "Retention rules applied"),
    "privacy.processing_record": QT_TRANSLATE_NOOP("AuditActions", "Record of processing generated"),
    "device.invite": QT_TRANSLATE_NOOP("AuditActions", "Invited a laptop to the team book"),
    "device.join": QT_TRANSLATE_NOOP("AuditActions", "Asked to join a team book"),
    "device.approve": QT_TRANSLATE_NOOP("AuditActions", "Admitted a device to the team book"),
    "device.approve.refused": QT_TRANSLATE_NOOP("AuditActions", "Refused a device's join request"),
    "device.revoke": QT_TRANSLATE_NOOP("AuditActions", "Revoked a device"),
    "sync.init": QT_TRANSLATE_NOOP("AuditActions", "Started a team book"),
    "sync.round": QT_TRANSLATE_NOOP("AuditActions", "Synced with the team"),
    "sync.refused": QT_TRANSLATE_NOOP("AuditActions", "Refused a change from another device"),
    "sync.conflict_resolve": QT_TRANSLATE_NOOP("AuditActions", "Resolved a sync conflict"),
}


def label(action: str) -> str:
    """The action's label in the current language (the code itself for an action not listed)."""
    return translate("AuditActions", ACTIONS[action]) if action in ACTIONS else action
