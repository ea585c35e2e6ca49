"""The dashboard tab: the charts the viewer's profile allows, in the viewer's scope, read afresh
on every show and Refresh (nothing cached: an erased person's data is gone from the next
figures), and "Save as PDF…" (QPdfWriter into memory, then ``app.ops.dashboard.save_pdf``: an
audited export to the file picked through ui.dialogs)."""
from __future__ import annotations

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QPoint, QSize, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.errors import user_message
from app.ops import dashboard as ops
from ui import dialogs

from ..common.widgets import Note
from . import charts


class DashboardPage(QWidget):
    loaded = Signal()
    saved = Signal(str)

    def __init__(self, ctx, session, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.session = ctx, session
        self.setObjectName("dashboard")
        self.setWindowTitle(self.tr("Dashboard"))
        self.figures: dict | None = None
        self.views: dict[str, QChartView] = {}
        self.charts: dict = {}
        self.notes: dict[str, QLabel] = {}
        self.shown_once = False
        self.banner = Note()
        self.banner.hide()
        self.refresh_btn = QPushButton(self.tr("Refresh"))
        self.refresh_btn.clicked.connect(self.reload)
        self.pdf_btn = QPushButton(self.tr("Save as PDF…"))
        self.pdf_btn.clicked.connect(self.save_pdf)
        self.pdf_btn.setEnabled(False)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.refresh_btn)
        bar.addWidget(self.pdf_btn)
        self.sheet = QWidget()
        self.sheet.setObjectName("dashboardSheet")
        self.grid = QGridLayout(self.sheet)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.sheet)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.banner)
        lay.addWidget(scroll, 1)
        ctx.changes.changed.connect(self.follow)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.shown_once:
            self.shown_once = True
        self.reload()

    def follow(self, changes) -> None:
        if self.isVisible() and not changes.empty:
            self.reload()

    def reload(self) -> None:
        if self.session is not None and self.shown_once:
            self.ctx.tasks.run(ops.figures, self.session, on_done=self.show_figures, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_text(user_message(exc), "error")

    # ---------------------------------------------------------------------------- charts
    def show_figures(self, fig: dict) -> None:
        if self.session is None:
            return
        self.banner.hide()
        self.figures = fig
        made = []
        if fig["pipeline"] is not None:
            chart, note = charts.pipeline_chart(fig["pipeline"], fig["currency"])
            made.append(("pipeline", chart, note))
        if fig["won_lost"] is not None:
            made.append(("won_lost", charts.won_lost_chart(fig["won_lost"]), ""))
        if fig["activities"] is not None:
            made.append(("activities", charts.activities_chart(fig["activities"]), ""))
        if fig["new_customers"] is not None:
            made.append(("new_customers", charts.new_customers_chart(fig["new_customers"]), ""))
        if fig["overdue_tasks"] is not None:
            made.append(("overdue_tasks", charts.overdue_chart(fig["overdue_tasks"]), ""))
        for i, (key, chart, note) in enumerate(made):
            self._place(i, key, chart, note)
        self.pdf_btn.setEnabled(bool(made))
        self.loaded.emit()

    def _place(self, i: int, key: str, chart, note: str) -> None:
        view = self.views.get(key)
        if view is None:
            view = self.views[key] = QChartView()
            view.setObjectName(f"chart_{key}")
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumSize(QSize(380, 260))
            label = self.notes[key] = QLabel()
            label.setWordWrap(True)
            box = QWidget()
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            v.addWidget(view, 1)
            v.addWidget(label)
            self.grid.addWidget(box, i // 2, i % 2)
        view.setChart(chart)
        self.charts[key] = chart        # the Python side keeps it (the previous one is then let go)
        view.setAccessibleName(chart.title())
        self.notes[key].setText(note)
        self.notes[key].setVisible(bool(note))

    # ---------------------------------------------------------------------------- PDF
    def pdf_bytes(self) -> bytes:
        """The charts as an A4 landscape PDF, made in memory."""
        buf = QBuffer()
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buf)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                         QMarginsF(10, 10, 10, 10)))
        writer.setResolution(150)
        writer.setTitle(self.tr("Dashboard"))
        painter = QPainter(writer)
        target = painter.viewport()
        size = self.sheet.size()
        scale = min(target.width() / max(1, size.width()), target.height() / max(1, size.height()))
        painter.scale(scale, scale)
        self.sheet.render(painter, QPoint(0, 0))
        painter.end()
        buf.close()
        return bytes(buf.data().data())

    def save_pdf(self) -> None:
        if self.figures is None:
            return
        path = dialogs.save_file(self, self.tr("Save the dashboard as a PDF"), "dashboard.pdf",
                                 self.tr("PDF files (*.pdf)"), vault_folders=[self.session.vault.folder])
        if not path:
            return
        data = self.pdf_bytes()
        self.ctx.tasks.run(ops.save_pdf, self.session, path, data, list(self.views), force=True,
                           on_done=self._saved,
                           on_error=self._failed)

    def _saved(self, path: str) -> None:
        self.banner.show_text(self.tr("Saved {0}").format(path), "success")
        self.saved.emit(path)

    def clear(self) -> None:
        """Lock: drop the figures and charts."""
        self.session = None
        self.figures = None
        for view in self.views.values():
            view.chart().removeAllSeries()
        self.pdf_btn.setEnabled(False)
