"""Performance: live graphs of CPU, memory, disk and network use, from the history the stats sampler keeps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from virtdesk import xmlconf
from virtdesk.gui.details.page import DetailsPage, PageContext
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.widgets.graph_widget import GraphSeries, GraphWidget
from virtdesk.gui.forms import load_form
from virtdesk.model.connection import Connection
from virtdesk.units import format_kib, format_percent, format_rate

READ_COLOR, WRITE_COLOR = "#3b7dd8", "#d8703b"


@register
class PerformancePage(DetailsPage):
    title = "Performance"
    icon_name = "utilities-system-monitor"
    order = 10
    editable = False

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        form = load_form("details_performance", self)
        self.layout().setStretch(0, 1)
        self.layout().addWidget(self.note)
        self.cpu_graph = form.promote("cpu-graph", GraphWidget(self.tr("CPU usage"), format_percent, maximum=100.0))
        self.memory_graph = form.promote("memory-graph", GraphWidget(self.tr("Memory usage"), format_kib))
        self.disk_graph = form.promote("disk-graph", GraphWidget(self.tr("Disk I/O"), format_rate, base=1024))
        self.network_graph = form.promote("network-graph", GraphWidget(self.tr("Network I/O"), format_rate,
                                                                        base=1024))
        if context.sampler is not None:
            context.sampler.sampled.connect(self._sampled)

    @classmethod
    def list_label(cls, device: xmlconf.Device | None, index: int) -> str:
        return QCoreApplication.translate("PerformancePage", "Performance")

    def load(self, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        self.redraw()

    def _sampled(self, connection: Connection, changed: list) -> None:
        if self.context.domain in changed:
            self.redraw()

    def redraw(self) -> None:
        domain = self.context.domain
        stats = domain.stats
        selection = self.context.sampler.selection if self.context.sampler is not None else None
        self.memory_graph.maximum = float(domain.max_memory_kib) or None
        for graph, sampled, series in (
                (self.cpu_graph, selection is None or selection.cpu, [(self.tr("CPU"), stats.cpu, READ_COLOR)]),
                (self.memory_graph, selection is None or selection.memory,
                 [(self.tr("Memory"), stats.memory, READ_COLOR)]),
                (self.disk_graph, selection is None or selection.disk,
                 [(self.tr("Read"), stats.disk_read, READ_COLOR), (self.tr("Write"), stats.disk_write, WRITE_COLOR)]),
                (self.network_graph, selection is None or selection.network,
                 [(self.tr("Received"), stats.net_rx, READ_COLOR), (self.tr("Sent"), stats.net_tx, WRITE_COLOR)])):
            graph.set_series([GraphSeries(*one) for one in series],
                             self._empty_text(sampled, stats.samples, any(values for _, values, _ in series)))

    def _empty_text(self, sampled: bool, samples: int, has_data: bool) -> str:
        """What a graph without data says instead ("" for the graph's own "No data yet")."""
        if not self.context.domain.is_active:
            return self.tr("The VM is not running")
        if not sampled:
            return self.tr("Not sampled: turned off in Preferences")
        if samples >= 2 and not has_data:
            return self.tr("This host reports no such figures for the VM")
        return ""
