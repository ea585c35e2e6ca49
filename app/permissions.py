"""Permission atoms, record scopes and the built-in profiles. Enforced by ``Session.require``."""
from __future__ import annotations

import json

from vault.i18n import QT_TRANSLATE_NOOP, translate

# what each atom allows, in words (marked for translation; shown with translate("Permissions", …))
ATOMS: dict[str, str] = {
    "customers.read": QT_TRANSLATE_NOOP("Permissions", "See customers"),
    "customers.create": QT_TRANSLATE_NOOP("Permissions", "Create customers"),
    "customers.update": QT_TRANSLATE_NOOP("Permissions", "Edit customers"),
    "contacts.update": QT_TRANSLATE_NOOP("Permissions", "Edit contact details"),
    "customers.delete": QT_TRANSLATE_NOOP("Permissions", "Delete customers"),
    "customers.export": QT_TRANSLATE_NOOP("Permissions", "Export customers"),
    "customers.import": QT_TRANSLATE_NOOP("Permissions", "Import customers"),
    "interactions.write": QT_TRANSLATE_NOOP("Permissions", "Log interactions"),
    "sensitive.read": QT_TRANSLATE_NOOP("Permissions", "See sensitive fields"),
    "deals.read": QT_TRANSLATE_NOOP("Permissions", "See deals"),
    "deals.write": QT_TRANSLATE_NOOP("Permissions", "Edit deals"),
    "audit.read": QT_TRANSLATE_NOOP("Permissions", "Read the audit log"),
    "users.manage": QT_TRANSLATE_NOOP("Permissions", "Manage users"),
    "profiles.manage": QT_TRANSLATE_NOOP("Permissions", "Manage profiles"),
    "backup.run": QT_TRANSLATE_NOOP("Permissions", "Run backups"),
    "backup.restore": QT_TRANSLATE_NOOP("Permissions", "Restore backups"),
    "privacy.manage": QT_TRANSLATE_NOOP("Permissions", "Privacy tools (consent, subject export, erasure, retention)"),
    "settings.manage": QT_TRANSLATE_NOOP("Permissions", "Change settings"),
}

SCOPES = ("own", "all")

# the built-in profiles; their names are stored (and compared) in English and shown with
# profile_label(), their descriptions with profile_description()
BUILTIN_PROFILES: dict[str, dict] = {
    QT_TRANSLATE_NOOP("Profiles", "Administrator"): {
        "scope": "all", "permissions": sorted(ATOMS),
        "description": QT_TRANSLATE_NOOP("Profiles", "Everything, including users, settings, backups and restore.")},
    QT_TRANSLATE_NOOP("Profiles", "Manager"): {"scope": "all", "permissions": sorted([
        "customers.read", "customers.create", "customers.update", "contacts.update", "customers.delete",
        "customers.export", "customers.import", "interactions.write", "sensitive.read", "deals.read",
        "deals.write", "audit.read", "backup.run"]),
        "description": QT_TRANSLATE_NOOP("Profiles", "All records, deals, exports and imports; no users, settings"
                                                     " or restore.")},
    QT_TRANSLATE_NOOP("Profiles", "Sales"): {"scope": "own", "permissions": sorted([
        "customers.read", "customers.create", "customers.update", "contacts.update", "interactions.write",
        "deals.read", "deals.write"]),
        "description": QT_TRANSLATE_NOOP("Profiles", "Own records only; no delete, no export.")},
    QT_TRANSLATE_NOOP("Profiles", "Support"): {"scope": "all", "permissions": sorted([
        "customers.read", "contacts.update", "interactions.write"]),
        "description": QT_TRANSLATE_NOOP("Profiles", "Reads all records, edits contact details and interactions;"
                                                     " no deals, no export.")},
    QT_TRANSLATE_NOOP("Profiles", "Auditor"): {
        "scope": "all", "permissions": sorted(["customers.read", "deals.read", "audit.read"]),
        "description": QT_TRANSLATE_NOOP("Profiles", "Read-only, with the audit log; no sensitive fields.")},
}


def profile_label(name: str) -> str:
    """A profile's name for display: a built-in one in the current language (stored names stay
    English), a custom one as its creator wrote it."""
    return translate("Profiles", name) if name in BUILTIN_PROFILES else name


def profile_description(name: str, stored: str) -> str:
    """A profile's description for display: a built-in profile's own description (unchanged since
    it was seeded) in the current language, anything else as stored."""
    spec = BUILTIN_PROFILES.get(name)
    if spec is not None and stored == spec["description"]:
        return translate("Profiles", spec["description"])
    return stored


def seed_profiles(conn) -> int:
    """Insert the built-in profiles (vault creation); returns the Administrator profile id."""
    for name, spec in BUILTIN_PROFILES.items():
        conn.execute(
            "INSERT INTO profiles (name, scope, permissions, builtin, description) VALUES (?, ?, ?, 1, ?)",
            (name, spec["scope"], json.dumps(spec["permissions"]), spec["description"]),
        )
    return int(conn.execute("SELECT id FROM profiles WHERE name = 'Administrator'").fetchone()[0])


def parse_permissions(text: str) -> frozenset[str]:
    perms = json.loads(text or "[]")
    if "*" in perms:
        return frozenset(ATOMS)
    return frozenset(p for p in perms if p in ATOMS)
