"""The dashboard's charts (QtCharts), each built from one figure of ``app.ops.dashboard.figures``.
Amounts in the vault's currency are charted; other currencies are named under the chart
("Also: USD 3,400.00 in Proposal"), never added to the bars."""
from __future__ import annotations

import math

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QValueAxis
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QPainter

from ..common.money import format_money


def _stage(code: str) -> str:
    return {"open": QCoreApplication.translate("Dashboard", "Open"),
            "qualified": QCoreApplication.translate("Dashboard", "Qualified"),
            "proposal": QCoreApplication.translate("Dashboard", "Proposal"),
            "negotiation": QCoreApplication.translate("Dashboard", "Negotiation")}[code]


def month_label(month: str) -> str:
    y, m = (int(x) for x in month.split("-"))
    return QLocale().toString(QDate(y, m, 1), "MMM yy")


def week_label(monday: str) -> str:
    return QLocale().toString(QDate.fromString(monday, "yyyy-MM-dd"), QLocale.FormatType.ShortFormat)


def y_axis(top: float) -> tuple[float, int]:
    """The value axis's top and tick count for bars up to ``top``: whole-number steps of 1, 2 or 5
    times a power of ten, at most five of them (so "%.0f" labels never repeat)."""
    top = max(1.0, top * 1.05)
    k = 0
    while True:
        step = (1, 2, 5)[k % 3] * 10 ** (k // 3)
        n = math.ceil(top / step)
        if n <= 5:
            return float(n * step), n + 1
        k += 1


def bar_chart(title: str, categories: list[str], sets: list[tuple[str, list[float]]], *,
              stacked: bool = False) -> QChart:
    from PySide6.QtCharts import QStackedBarSeries

    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    series = QStackedBarSeries() if stacked else QBarSeries()
    top = 0.0
    for name, values in sets:
        bar = QBarSet(name)
        bar.append([float(v) for v in values])
        series.append(bar)
        top = max([top, *values]) if not stacked else top
    if stacked:
        top = max([sum(col) for col in zip(*[v for _, v in sets], strict=True)] or [0])
    chart.addSeries(series)
    x = QBarCategoryAxis()
    x.append(categories)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x)
    y = QValueAxis()
    axis_top, ticks = y_axis(top)
    y.setRange(0, axis_top)
    y.setTickCount(ticks)
    y.setLabelFormat("%.0f")
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y)
    chart.legend().setVisible(len(sets) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def pipeline_chart(values: dict[str, dict[str, int]], currency: str) -> tuple[QChart, str]:
    """Open deals' value per stage in the vault's currency; the other currencies as a note."""
    stages = list(values)
    chart = bar_chart(QCoreApplication.translate("Dashboard", "Pipeline value by stage ({0})").format(currency),
                      [_stage(s) for s in stages], [(currency, [values[s].get(currency, 0) / 100 for s in stages])])
    others = [f"{format_money(amount, cur)} ({_stage(s)})" for s in stages for cur, amount in sorted(values[s].items())
              if cur != currency]
    note = QCoreApplication.translate("Dashboard", "Also in other currencies: {0}").format("; ".join(others)) \
        if others else ""
    return chart, note


def won_lost_chart(rows: list[dict]) -> QChart:
    return bar_chart(QCoreApplication.translate("Dashboard", "Won and lost deals per month"),
                     [month_label(r["month"]) for r in rows],
                     [(QCoreApplication.translate("Dashboard", "Won"), [r["won"] for r in rows]),
                      (QCoreApplication.translate("Dashboard", "Lost"), [r["lost"] for r in rows])])


def activities_chart(fig: dict) -> QChart:
    unknown = QCoreApplication.translate("Dashboard", "(no user)")
    return bar_chart(QCoreApplication.translate("Dashboard", "Activities per user per week"),
                     [week_label(w) for w in fig["weeks"]],
                     [(u["name"] or unknown, u["counts"]) for u in fig["users"]], stacked=True)


def new_customers_chart(rows: list[dict]) -> QChart:
    return bar_chart(QCoreApplication.translate("Dashboard", "New customers per month"),
                     [month_label(r["month"]) for r in rows],
                     [(QCoreApplication.translate("Dashboard", "Customers"), [r["count"] for r in rows])])


def overdue_chart(rows: list[dict]) -> QChart:
    unknown = QCoreApplication.translate("Dashboard", "(no user)")
    return bar_chart(QCoreApplication.translate("Dashboard", "Overdue tasks per user"),
                     [r["name"] or unknown for r in rows],
                     [(QCoreApplication.translate("Dashboard", "Overdue tasks"), [r["count"] for r in rows])])


RENDER_HINT = QPainter.RenderHint.Antialiasing
