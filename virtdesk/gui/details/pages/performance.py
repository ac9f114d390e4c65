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
        empty = "" if domain.is_active else self.tr("The VM is not running")
        self.memory_graph.maximum = float(domain.max_memory_kib) or None
        self.cpu_graph.set_series([GraphSeries(self.tr("CPU"), stats.cpu, READ_COLOR)], empty)
        self.memory_graph.set_series([GraphSeries(self.tr("Memory"), stats.memory, READ_COLOR)], empty)
        self.disk_graph.set_series([GraphSeries(self.tr("Read"), stats.disk_read, READ_COLOR),
                                    GraphSeries(self.tr("Write"), stats.disk_write, WRITE_COLOR)], empty)
        self.network_graph.set_series([GraphSeries(self.tr("Received"), stats.net_rx, READ_COLOR),
                                       GraphSeries(self.tr("Sent"), stats.net_tx, WRITE_COLOR)], empty)
