"""Every setting declared once: its key, type, default, range and scope, and how a vault
setting is read. Below the audit log and the alert rules, which read settings (thresholds,
backup location); writing a vault setting is audited, so it lives above them in
``app.settings``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from vault.errors import ValidationError
from vault.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    scope: str = "vault"  # "vault" or "local"
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple | None = None
    label: str = ""
    description: str = ""  # one sentence for the settings dialog's tooltip and the docs
    permission: str = "settings.manage"  # who may change it (vault settings; local ones are the user's own)
    editor: str = ""  # how the settings dialog edits it ("" = not shown there):
    # number, time, check, text, country

    @property
    def title(self) -> str:
        """The label in the app's language (the key if it has none)."""
        return translate("Settings", self.label) if self.label else self.key

    def validate(self, value: Any) -> Any:
        if self.type is bool:
            if not isinstance(value, bool):
                raise ValidationError(
                    translate("Errors", "{setting}: expected yes or no.").format(setting=self.title),
                    fields={self.key: "yes/no"},
                )
            return value
        if self.type in (int, float):
            try:
                value = self.type(value)
            except (TypeError, ValueError):
                raise ValidationError(
                    translate("Errors", "{setting}: expected a number.").format(setting=self.title),
                    fields={self.key: "a number"},
                ) from None
            if (self.minimum is not None and value < self.minimum) or (
                self.maximum is not None and value > self.maximum
            ):
                msg = f"between {self.minimum:g} and {self.maximum:g}"
                raise ValidationError(
                    translate("Errors", "{setting}: must be between {low} and {high}.").format(
                        setting=self.title, low=f"{self.minimum:g}", high=f"{self.maximum:g}"
                    ),
                    fields={self.key: msg},
                )
            return value
        if self.type is str:
            value = str(value)
        elif not isinstance(value, self.type):
            raise ValidationError(
                translate("Errors", "{setting}: wrong type.").format(setting=self.title),
                fields={self.key: "wrong type"},
            )
        if self.choices is not None and value not in self.choices:
            raise ValidationError(
                translate("Errors", "{setting}: choose one of {choices}.").format(
                    setting=self.title, choices=", ".join(map(str, self.choices))
                ),
                fields={self.key: "not a choice"},
            )
        return value


REGISTRY: dict[str, Setting] = {}


def declare(*settings: Setting) -> None:
    for s in settings:
        if s.key in REGISTRY:
            raise RuntimeError(f"setting {s.key} declared twice")
        REGISTRY[s.key] = s


declare(
    Setting(
        "lock.idle_minutes",
        int,
        10,
        minimum=1,
        maximum=60,
        label=QT_TRANSLATE_NOOP("Settings", "Auto-lock after (minutes)"),
        editor="number",
        description=QT_TRANSLATE_NOOP("Settings", "Minutes without input before the app locks itself."),
    ),
    Setting(
        "clipboard.clear_seconds",
        int,
        10,
        minimum=5,
        maximum=300,
        label=QT_TRANSLATE_NOOP("Settings", "Clear copied text after (seconds)"),
        editor="number",
        description=QT_TRANSLATE_NOOP(
            "Settings", "Copied customer data is cleared from the clipboard after this."
        ),
    ),
    Setting(
        "records.purge_after_days",
        int,
        30,
        minimum=1,
        maximum=365,
        label=QT_TRANSLATE_NOOP("Settings", "Deleted records are erased for good after (days)"),
    ),
    Setting(
        "vault.country",
        str,
        "",
        label=QT_TRANSLATE_NOOP("Settings", "Country (ISO, e.g. PL)"),
        editor="country",
        description=QT_TRANSLATE_NOOP(
            "Settings",
            "The business's country: new deals use its currency, and phone numbers typed without a "
            "country code are read as its numbers.",
        ),
    ),
    Setting(
        "records.phone_region",
        str,
        "",
        label=QT_TRANSLATE_NOOP("Settings", "Country for phone numbers without +code, if not the one above"),
        editor="country",
        description=QT_TRANSLATE_NOOP(
            "Settings", "Numbers typed without a country code are read as this country's."
        ),
    ),
    Setting(
        "alerts.working_hours_start",
        str,
        "07:00",
        label=QT_TRANSLATE_NOOP("Settings", "Working hours start"),
        editor="time",
        description=QT_TRANSLATE_NOOP("Settings", "A sign-in outside working hours raises an alert."),
    ),
    Setting(
        "alerts.working_hours_end",
        str,
        "20:00",
        label=QT_TRANSLATE_NOOP("Settings", "Working hours end"),
        editor="time",
        description=QT_TRANSLATE_NOOP("Settings", "A sign-in outside working hours raises an alert."),
    ),
    Setting(
        "alerts.views_threshold",
        int,
        200,
        minimum=1,
        maximum=100000,
        label=QT_TRANSLATE_NOOP("Settings", "Alert: records viewed"),
    ),
    Setting(
        "alerts.views_window_minutes",
        int,
        10,
        minimum=1,
        maximum=1440,
        label=QT_TRANSLATE_NOOP("Settings", "Alert: within (minutes)"),
    ),
    Setting(
        "alerts.deletes_threshold",
        int,
        50,
        minimum=1,
        maximum=1_000_000,
        label=QT_TRANSLATE_NOOP("Settings", "Alert: records deleted"),
    ),
    Setting(
        "alerts.deletes_window_minutes",
        int,
        10,
        minimum=1,
        maximum=1440,
        label=QT_TRANSLATE_NOOP("Settings", "Alert: deletions within (minutes)"),
    ),
    Setting(
        "alerts.denials_threshold",
        int,
        5,
        minimum=1,
        maximum=100000,
        label=QT_TRANSLATE_NOOP("Settings", "Alert: refused actions"),
    ),
    Setting(
        "alerts.denials_window_minutes",
        int,
        10,
        minimum=1,
        maximum=1440,
        label=QT_TRANSLATE_NOOP("Settings", "Alert: refusals within (minutes)"),
    ),
    Setting(
        "alerts.failed_signins_threshold",
        int,
        5,
        minimum=1,
        maximum=1000,
        label=QT_TRANSLATE_NOOP("Settings", "Alert: failed sign-ins"),
    ),
    Setting(
        "alerts.export_rows_threshold",
        int,
        500,
        minimum=1,
        maximum=10_000_000,
        label=QT_TRANSLATE_NOOP("Settings", "Alert: rows in one export"),
    ),
    Setting(
        "alerts.backup_max_age_days",
        int,
        7,
        minimum=1,
        maximum=365,
        label=QT_TRANSLATE_NOOP("Settings", "Alert: no verified backup for (days)"),
    ),
    Setting(
        "backup.target_url",
        str,
        "",
        label=QT_TRANSLATE_NOOP("Settings", "Backup location"),
        editor="text",
        description=QT_TRANSLATE_NOOP(
            "Settings", "A folder, sftp://, webdav(s):// or s3:// location for scheduled backups."
        ),
    ),
    Setting(
        "backup.interval_hours",
        int,
        24,
        minimum=1,
        maximum=24 * 30,
        label=QT_TRANSLATE_NOOP("Settings", "Back up every (hours)"),
        editor="number",
        description=QT_TRANSLATE_NOOP("Settings", "How often the app backs up while it is open."),
    ),
    Setting(
        "backup.on_lock",
        bool,
        False,
        label=QT_TRANSLATE_NOOP("Settings", "Back up when locking"),
        editor="check",
        description=QT_TRANSLATE_NOOP("Settings", "Take a backup each time the vault is locked."),
    ),
    Setting(
        "backup.on_exit",
        bool,
        False,
        label=QT_TRANSLATE_NOOP("Settings", "Back up when quitting"),
        editor="check",
        description=QT_TRANSLATE_NOOP("Settings", "Take a backup when the app quits."),
    ),
    Setting(
        "backup.extra_recipients",
        list,
        [],
        label=QT_TRANSLATE_NOOP("Settings", "Extra backup recipients (age public keys)"),
    ),
    Setting(
        "retention.keep_within_days",
        int,
        7,
        minimum=0,
        maximum=3650,
        label=QT_TRANSLATE_NOOP("Settings", "Keep everything from the last (days)"),
    ),
    Setting(
        "retention.keep_daily",
        int,
        7,
        minimum=0,
        maximum=3650,
        label=QT_TRANSLATE_NOOP("Settings", "Keep daily"),
    ),
    Setting(
        "retention.keep_weekly",
        int,
        4,
        minimum=0,
        maximum=520,
        label=QT_TRANSLATE_NOOP("Settings", "Keep weekly"),
    ),
    Setting(
        "retention.keep_monthly",
        int,
        12,
        minimum=0,
        maximum=1200,
        label=QT_TRANSLATE_NOOP("Settings", "Keep monthly"),
    ),
    Setting(
        "retention.keep_yearly",
        int,
        3,
        minimum=0,
        maximum=100,
        label=QT_TRANSLATE_NOOP("Settings", "Keep yearly"),
    ),
    Setting(
        "ui.recent_vaults",
        list,
        [],
        scope="local",
        label=QT_TRANSLATE_NOOP("Settings", "Recent vaults (folder paths only)"),
    ),
    Setting(
        "ui.customer_columns",
        list,
        [],
        scope="local",
        label=QT_TRANSLATE_NOOP("Settings", "Customer list columns"),
    ),
    Setting("ui.window_geometry", str, "", scope="local"),
    Setting(
        "ui.language",
        str,
        "",
        scope="local",
        choices=("", *LANGUAGES),
        label=QT_TRANSLATE_NOOP("Settings", "Language"),
    ),
    Setting(
        "ui.user_languages",
        dict,
        {},
        scope="local",
        label=QT_TRANSLATE_NOOP("Settings", "Language of each user on this machine"),
    ),
    Setting(
        "ui.last_users",
        dict,
        {},
        scope="local",
        label="Last user name per vault folder (pre-filled on the sign-in panel)",
    ),
    Setting(
        "sync.stale_days",
        int,
        30,
        minimum=1,
        maximum=365,
        permission="users.manage",
        label=QT_TRANSLATE_NOOP("Settings", "Devices are stale after (days without syncing)"),
        description=QT_TRANSLATE_NOOP(
            "Settings", "A team device that has not synced for this long is flagged in the device list."
        ),
    ),
    Setting(
        "sync.interval_minutes",
        int,
        5,
        minimum=1,
        maximum=240,
        label=QT_TRANSLATE_NOOP("Settings", "Automatic sync every (minutes)"),
        description=QT_TRANSLATE_NOOP(
            "Settings", "While the app is open and the team's location can be reached, a sync round runs this often."
        ),
    ),
)


def dialog_settings() -> list[Setting]:
    """The vault settings the settings dialog shows, in declaration order."""
    return [s for s in REGISTRY.values() if s.editor and s.scope == "vault"]


def lookup(key: str, scope: str) -> Setting:
    """The declaration of ``key``; KeyError if it is not declared or is not of ``scope``."""
    setting = REGISTRY.get(key)
    if setting is None:
        raise KeyError(f"undeclared setting {key!r}")
    if setting.scope != scope:
        raise KeyError(f"setting {key!r} is a {setting.scope} setting")
    return setting


def read_vault(conn, key: str) -> Any:
    """A vault setting's value (its default when unset or no longer valid)."""
    setting = lookup(key, "vault")
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    if row is None:
        return setting.default
    try:
        return setting.validate(json.loads(row[0]))
    except (ValueError, ValidationError):
        return setting.default


def vault_country(conn) -> str:
    """The vault's country ("PL"); a vault made before the wizard asked takes its phone region's,
    "" when neither is set."""
    return str(read_vault(conn, "vault.country") or read_vault(conn, "records.phone_region") or "").upper()


def phone_region(conn) -> str:
    """The region of phone numbers typed without +code: the phone setting, else the vault's country."""
    return str(read_vault(conn, "records.phone_region") or read_vault(conn, "vault.country") or "").upper()


# Attachments (issue 16, migration 0011): stored inside the vault, so bounded (docs/SYNC.md,
# "Attachments": a file must fit one sync segment, the whole set one snapshot).
declare(
    Setting(
        "attachments.max_file_mb",
        int,
        20,
        minimum=1,
        maximum=40,
        label=QT_TRANSLATE_NOOP("Settings", "Largest attachment (MB)"),
        editor="number",
        description=QT_TRANSLATE_NOOP("Settings", "Files bigger than this cannot be attached to a customer or a deal."),
    ),
    Setting(
        "attachments.max_vault_mb",
        int,
        100,
        minimum=1,
        maximum=150,
        label=QT_TRANSLATE_NOOP("Settings", "Attachments per vault (MB)"),
        editor="number",
        description=QT_TRANSLATE_NOOP("Settings", "All attached files together may take at most this much space."),
    ),
)
