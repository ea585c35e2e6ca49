"""Administration screens: users, profiles (permission matrix), audit log viewer, alerts, and a team's
devices and sync conflicts (``ui/sync``)."""
from __future__ import annotations


def make_admin_page(which: str, ctx, session, parent=None):
    if which == "users" and session.can("users.manage"):
        from .users import UsersPage

        return UsersPage(ctx, session, parent)
    if which == "profiles" and (session.can("users.manage") or session.can("profiles.manage")):
        from .profiles import ProfilesPage

        return ProfilesPage(ctx, session, parent)
    if which == "audit" and session.can("audit.read"):
        from .audit_viewer import AuditPage

        return AuditPage(ctx, session, parent)
    if which == "alerts" and session.can("audit.read"):
        from .alerts import AlertsPage

        return AlertsPage(ctx, session, parent)
    if which == "devices" and session.can("users.manage"):
        from ..sync.devices import DevicesPage

        return DevicesPage(ctx, session, parent)
    if which == "conflicts" and session.can("customers.read"):
        from ..sync.conflicts import ConflictsPage

        return ConflictsPage(ctx, session, parent)
    return None
