"""qtmodeltester on every model, and the customer model's paging (flat memory on a million rows)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from app.records.listing import Page
from ui.admin.alerts import AlertsModel
from ui.admin.audit_viewer import AuditModel
from ui.admin.profiles import PermissionMatrixModel
from ui.admin.users import UsersModel
from ui.workspace.customer_model import MAX_PAGES, PAGE_SIZE, PLACEHOLDER, CustomerTableModel
from ui.workspace.transfer import ErrorsModel, MappingModel


def synthetic(total: int, generation: int = 1):
    def fetch(f, sort, offset, limit):
        rows = [{"id": i, "kind": "person", "display_name": f"Person {i:07d}", "company_name": "", "email": "",
                 "phone": "", "city": "", "status": "lead", "owner_id": "u", "owner_name": "Owner",
                 "last_contact_at": None, "updated_at": "2026-01-01T00:00:00", "version": 1}
                for i in range(offset, min(total, offset + limit))]
        return Page(total, offset, rows, generation)
    return fetch


def test_customer_model_pages_lazily_with_flat_memory(qtbot, qtmodeltester, ctx):
    model = CustomerTableModel(ctx.tasks, synthetic(1_000_000))
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 1_000_000, timeout=5000)
    assert model.data(model.index(0, 0)) == "Person 0000000"
    assert model.data(model.index(999_999, 0)) == PLACEHOLDER       # not here yet: asked for
    qtbot.waitUntil(lambda: model.is_loaded(999_999), timeout=5000)
    assert model.data(model.index(999_999, 0)) == "Person 0999999"
    assert model.data(model.index(5, 0), Qt.ItemDataRole.UserRole) == 5
    for page in range(0, 100):
        model.data(model.index(page * PAGE_SIZE * 37, 0))
    qtbot.waitUntil(lambda: ctx.tasks.pending == 0, timeout=10000)
    assert model.cached_pages <= MAX_PAGES
    small = CustomerTableModel(ctx.tasks, synthetic(450))
    small.reload()
    qtbot.waitUntil(lambda: small.rowCount() == 450, timeout=5000)
    for r in range(0, 450, PAGE_SIZE):
        small.data(small.index(r, 0))
    qtbot.waitUntil(lambda: all(small.is_loaded(r) for r in range(0, 450, PAGE_SIZE)), timeout=5000)
    qtmodeltester.check(small)
    small.sort(0, Qt.SortOrder.DescendingOrder)
    assert small.sort_key == "-name"
    small.sort(2, Qt.SortOrder.AscendingOrder)            # e-mail: not sortable, nothing changes
    assert small.sort_key == "-name"
    small.clear()
    assert small.rowCount() == 0
    qtmodeltester.check(small)


def test_list_models(qtmodeltester):
    users = UsersModel()
    users.set_rows([{"user": "a", "display_name": "A", "profile": "Sales", "status": "active",
                     "last_signin": None, "must_change_password": True}])
    qtmodeltester.check(users)
    audit = AuditModel()
    audit.set_rows([{"seq": 1, "at": "2026-01-01T00:00:00+00:00", "user": "a", "action": "signin",
                     "entity": "user", "entity_id": "x", "details": {"k": "v" * 300}}])
    qtmodeltester.check(audit)
    alerts = AlertsModel()
    alerts.set_rows([{"id": 1, "at": "2026-01-01T00:00", "severity": "warning", "title": "T", "user": None,
                      "message": "m", "acknowledged_at": None, "acknowledged_by": None}])
    qtmodeltester.check(alerts)
    mapping = MappingModel()
    mapping.set_rows([{"header": "E-mail", "sample": "a@b.c", "target": "email"}])
    qtmodeltester.check(mapping)
    assert mapping.setData(mapping.index(0, 2), "skip") and mapping.mapping() == {"E-mail": "skip"}
    errors = ErrorsModel()
    errors.set_rows([{"where": "line 3", "reason": "not an email"}])
    qtmodeltester.check(errors)


def test_permission_matrix_model(qtmodeltester):
    from app.permissions import BUILTIN_PROFILES

    rows = [{"name": n, "scope": p["scope"], "permissions": p["permissions"], "builtin": True}
            for n, p in BUILTIN_PROFILES.items()]
    rows.append({"name": "Custom", "scope": "own", "permissions": ["customers.read"], "builtin": False})
    m = PermissionMatrixModel(parent=None, editable=True)
    m.set_profiles(rows)
    qtmodeltester.check(m)
    changed = []
    m.changed.connect(lambda *a: changed.append(a))
    assert not m.setData(m.index(0, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert m.setData(m.index(len(m.atoms), 5), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert changed == [("Custom", ["customers.read"], "all")]
