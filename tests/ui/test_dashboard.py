"""The Dashboard tab through its real widgets: the charts show the viewer's figures (the bars
equal the figures, which tests/test_reports_dashboard.py checks against SQL), a Sales viewer's
charts cover only their own customers, and "Save as PDF…" writes a real PDF through the
pre-answered file picker, audited as report.export."""
from __future__ import annotations

from PySide6.QtCharts import QBarSeries, QStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app import audit
from app.ops import dashboard as ops
from tests.board_data import SAM_PASSWORD, populate
from tests.ui.conftest import sign_in, wait_idle
from ui import dialogs


def _open(qtbot, ws, ctx):
    page = ws.dashboard
    with qtbot.waitSignal(page.loaded, timeout=15000):
        ws.tabs.setCurrentWidget(page)
    wait_idle(qtbot, ctx)
    return page


def _bars(view) -> dict[str, list[float]]:
    series = view.chart().series()[0]
    assert isinstance(series, (QBarSeries, QStackedBarSeries))
    return {b.label(): [b.at(i) for i in range(b.count())] for b in series.barSets()}


def test_charts_show_the_figures_and_save_a_pdf(window, qtbot, vault_info, ctx, tmp_path):
    s = vault_info.sign_in()
    populate(s, customers=10)
    s.close()
    ws = sign_in(qtbot, window, vault_info)
    page = _open(qtbot, ws, ctx)
    fig = ctx.worker.submit(ops.figures, window.session).result(timeout=10)
    assert _bars(page.views["new_customers"]) == {"Customers": [r["count"] for r in fig["new_customers"]]}
    assert _bars(page.views["won_lost"]) == {"Won": [r["won"] for r in fig["won_lost"]],
                                             "Lost": [r["lost"] for r in fig["won_lost"]]}
    assert _bars(page.views["pipeline"]) == {"EUR": [v.get("EUR", 0) / 100 for v in fig["pipeline"].values()]}
    assert sorted(_bars(page.views["activities"])) == sorted(u["name"] for u in fig["activities"]["users"])
    out = tmp_path / "dashboard.pdf"
    with dialogs.scripted([str(out)]), qtbot.waitSignal(page.saved, timeout=15000):
        QTest.mouseClick(page.pdf_btn, Qt.MouseButton.LeftButton)
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 2000
    entries = ctx.worker.submit(audit.query, window.session, action="report.export").result(timeout=10)["entries"]
    assert len(entries) == 1 and "pipeline" in entries[0]["details"]["charts"]


def test_a_sales_viewer_sees_their_own(window, qtbot, vault_info, ctx):
    s = vault_info.sign_in()
    data = populate(s, customers=9)
    s.close()
    ws = sign_in(qtbot, window, vault_info, user="sam", secret=data["sam_secret"], password=SAM_PASSWORD)
    page = _open(qtbot, ws, ctx)
    assert sum(_bars(page.views["new_customers"])["Customers"]) == 3      # 9 customers, every third is sam's
    assert set(_bars(page.views["activities"])) <= {"Sam Seller", "Administrator", "admin"}
