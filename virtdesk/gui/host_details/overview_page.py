"""The Host Details Overview tab: what the host is (name, URI, versions, CPU, memory, NUMA cells, same-page
merging, huge pages) and live graphs of its CPU and memory use. Its layout is ui/host_details_overview.ui."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from virtdesk.gui.details.widgets.graph_widget import GraphSeries, GraphWidget
from virtdesk.gui.forms import load_form
from virtdesk.gui.host_details.usage_bar import UsageBarDelegate
from virtdesk.gui.host_details.vm_share_model import ShareColumn, VmShareModel
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model.connection import Connection
from virtdesk.model.errors import describe
from virtdesk.model.host_daemon import DaemonFacts, daemon_facts
from virtdesk.model.host_overview import HostOverview, HostUsage, NumaCell, format_version, overview
from virtdesk.model.vm_shares import commitment, shares
from virtdesk.units import format_bytes, format_kib, format_percent

GRAPH_COLOR = "#3b7dd8"
FACTS = ("hostname", "uri", "hypervisor", "daemon_version", "client_version", "cpu_model", "arch", "cpus",
         "topology", "mhz", "memory", "free", "ksm", "hugepages", "daemon", "listening")


class OverviewPage(QWidget):
    def __init__(self, connection: Connection, interval_ms: int = 2000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.facts: HostOverview | None = None
        self._reading = False
        content = QWidget()
        form = load_form("host_details_overview", content)
        scroller = QScrollArea()  # on a small screen the facts scroll rather than squeeze into each other
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroller)
        self.values = {name: form.child(QLabel, f"{name}_value") for name in FACTS}
        uri = self.values["uri"]  # a long URI is cut, not widening the window; its tooltip holds it whole
        uri.setSizePolicy(QSizePolicy.Policy.Expanding, uri.sizePolicy().verticalPolicy())
        uri.setMinimumWidth(1)
        self.cells_table = form.child(QTreeWidget, "cells_table")
        self.cells_note = form.child(QLabel, "cells_note")
        self.read_error = form.child(QLabel, "read_error")
        self.read_error.setStyleSheet(tone_style(Tone.ERROR))
        self.read_error.hide()
        self.cpu_graph = GraphWidget(self.tr("CPU usage"), format_percent, maximum=100.0)
        self.memory_graph = GraphWidget(self.tr("Memory usage"), format_kib, base=1024)
        graphs = form.child(QHBoxLayout, "graphs_layout")
        graphs.addWidget(self.cpu_graph)
        graphs.addWidget(self.memory_graph)
        self.vms_summary = form.child(QLabel, "vms_summary")
        self.vm_shares = VmShareModel(self)
        sorted_shares = QSortFilterProxyModel(self)
        sorted_shares.setSourceModel(self.vm_shares)
        sorted_shares.setSortRole(Qt.ItemDataRole.UserRole)
        self.vms_table = form.child(QTableView, "vms_table")
        self.vms_table.setModel(sorted_shares)
        self.vms_table.verticalHeader().hide()
        self.vms_table.setMinimumHeight(180)
        self.vms_table.horizontalHeader().setSectionResizeMode(ShareColumn.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (ShareColumn.MEMORY_SHARE, ShareColumn.CPU_SHARE):
            self.vms_table.setItemDelegateForColumn(column, UsageBarDelegate(self.vms_table))
            self.vms_table.horizontalHeader().resizeSection(column, 150)
        self.daemon: DaemonFacts | None = None
        self._daemon_read = False
        self.usage = HostUsage(connection, interval_ms, self)
        self.usage.sampled.connect(self.redraw)
        connection.domains_added.connect(self.show_shares)
        connection.domains_removed.connect(self.show_shares)
        connection.domain_changed.connect(self.show_shares)
        self.redraw()

    @property
    def loading(self) -> bool:
        return self._reading or not self._daemon_read

    @property
    def not_reported(self) -> str:
        return self.tr("not reported by this host")

    # -- facts
    def reload(self) -> None:
        self._reading = True
        self._daemon_read = False
        overview(self.connection).then(self._read, self._failed, owner=self)
        daemon_facts(self.connection).then(self._daemon_known, lambda _error: self._daemon_known(None), owner=self)

    def _daemon_known(self, facts: DaemonFacts | None) -> None:
        self.daemon = facts
        self._daemon_read = True
        if self.facts is not None:
            self._show_daemon()

    def _show_daemon(self) -> None:
        daemon, listening = self._daemon_texts(self.daemon)
        self.values["daemon"].setText(daemon or self.not_reported)
        self.values["listening"].setText(listening or self.not_reported)

    def _daemon_texts(self, facts: DaemonFacts | None) -> tuple[str | None, str | None]:
        if facts is None:
            return None, None
        if facts.in_process:
            text = self.tr("none (test driver, inside virtdesk)")
            return text, text
        daemon = None
        if facts.serving is not None:
            kind = self.tr("modular daemons") if facts.modular else self.tr("monolithic daemon")
            others = [name for name in facts.running or () if name != facts.serving]
            daemon = self.tr("{daemon} ({kind})").format(daemon=facts.serving, kind=kind)
            if others:
                daemon = self.tr("{daemon}; also running: {others}").format(daemon=daemon, others=", ".join(others))
        elif facts.running:
            daemon = self.tr("running here: {daemons}").format(daemons=", ".join(facts.running))
        if facts.tcp is None and facts.tls is None:
            return daemon, None
        ports = [self.tr("TCP (port {port})").format(port=16509)] if facts.tcp else []
        ports += [self.tr("TLS (port {port})").format(port=16514)] if facts.tls else []
        if ports:
            return daemon, self.tr("listens on {ports}").format(ports=self.tr(" and ").join(ports))
        if facts.tcp is False and facts.tls is False:
            return daemon, self.tr("local only: not listening on TCP or TLS")
        return daemon, None

    def _failed(self, exc: BaseException) -> None:
        self._reading = False
        self.read_error.setText(self.tr("The host's details could not be read: {error}").format(error=describe(exc)))
        self.read_error.show()

    def _read(self, facts: HostOverview) -> None:
        self._reading = False
        self.facts = facts
        self.read_error.hide()
        for name, text in self._texts(facts).items():
            self.values[name].setText(text if text else self.not_reported)
        self.values["uri"].setToolTip(self.values["uri"].text())
        if self._daemon_read:
            self._show_daemon()
        else:
            self.values["daemon"].setText(self.tr("reading…"))
            self.values["listening"].setText(self.tr("reading…"))
        self._show_cells(facts)
        self.show_shares()

    def _texts(self, f: HostOverview) -> dict[str, str | None]:
        hypervisor = None
        if f.hypervisor:
            hypervisor = f.hypervisor if f.hypervisor_version is None else self.tr("{name} {version}").format(
                name=f.hypervisor, version=format_version(f.hypervisor_version))
        topology = None
        if None not in (f.numa_nodes, f.sockets, f.cores, f.threads):
            topology = self.tr("{nodes} NUMA nodes × {sockets} sockets × {cores} cores × {threads} threads").format(
                nodes=f.numa_nodes, sockets=f.sockets, cores=f.cores, threads=f.threads)
        model = " ".join(part for part in (f.cpu_vendor, f.cpu_model) if part) or None
        return {
            "hostname": f.hostname, "uri": self.connection.uri, "hypervisor": hypervisor,
            "daemon_version": format_version(f.daemon_version) if f.daemon_version is not None else None,
            "client_version": format_version(f.client_version),
            "cpu_model": model, "arch": f.arch, "cpus": str(f.cpus) if f.cpus else None, "topology": topology,
            "mhz": self.tr("{mhz} MHz").format(mhz=f.mhz) if f.mhz else None,
            "memory": format_kib(f.memory_kib) if f.memory_kib else None,
            "free": format_kib(f.free_kib) if f.free_kib is not None else None,
            "ksm": self._ksm_text(f),
            "hugepages": ", ".join(format_kib(size) for size in f.page_sizes_kib) or None,
            "daemon": None, "listening": None,
        }

    def _ksm_text(self, f: HostOverview) -> str | None:
        ksm = f.ksm
        if ksm is None or (ksm.running is None and ksm.pages_shared is None):
            return None
        state = None if ksm.running is None else {
            0: self.tr("Off"), 1: self.tr("Merging"), 2: self.tr("Stopped, merged pages split again")}.get(
            ksm.running, str(ksm.running))
        if ksm.pages_shared is None:
            return state
        pages = self.tr("{shared} pages shared, {sharing} sharing them").format(
            shared=ksm.pages_shared, sharing=ksm.pages_sharing if ksm.pages_sharing is not None
            else self.not_reported)
        return self.tr("{state}: {pages}").format(state=state, pages=pages) if state else pages

    def _show_cells(self, f: HostOverview) -> None:
        self.cells_table.clear()
        if f.cells is None:
            self.cells_table.hide()
            self.cells_note.setText(self.tr("NUMA cells: {not_reported}").format(not_reported=self.not_reported))
            self.cells_note.show()
            return
        self.cells_note.hide()
        self.cells_table.show()
        for cell in f.cells:
            self.cells_table.addTopLevelItem(QTreeWidgetItem([
                str(cell.id), str(cell.cpus),
                format_kib(cell.memory_kib) if cell.memory_kib is not None else self.not_reported,
                format_bytes(cell.free_bytes) if cell.free_bytes is not None else self.not_reported,
                self._pages_text(cell, f.page_sizes_kib)]))
        for column in range(self.cells_table.columnCount()):
            self.cells_table.resizeColumnToContents(column)

    def _pages_text(self, cell: NumaCell, sizes: list[int]) -> str:
        if not sizes or not cell.free_pages:
            return self.not_reported
        return ", ".join(self.tr("{size}: {count}").format(size=format_kib(size), count=cell.free_pages.get(size, 0))
                         for size in sizes)

    # -- the VMs
    def show_shares(self, *_changed: object) -> None:
        facts = self.facts
        cpus, memory = (facts.cpus, facts.memory_kib) if facts is not None else (None, None)
        domains = list(self.connection.domains.values())
        self.vm_shares.set_shares(shares(domains, cpus, memory))
        c = commitment(domains, cpus, memory)
        if not c.running:
            self.vms_summary.setText(self.tr("No VM is running."))
            return
        vcpus = self.tr("%n vCPU(s)", "", c.vcpus)
        if c.vcpu_ratio is not None:
            vcpus = self.tr("{vcpus} on {cpus} host CPUs ({ratio:.2f} per CPU)").format(
                vcpus=vcpus, cpus=c.host_cpus, ratio=c.vcpu_ratio)
        memory_text = format_kib(c.memory_kib)
        if c.memory_fraction is not None:
            memory_text = self.tr("{memory} of {total} ({percent})").format(
                memory=memory_text, total=format_kib(c.host_memory_kib), percent=format_percent(
                    c.memory_fraction * 100.0))
        self.vms_summary.setText(self.tr("%n VM(s) running: {vcpus}; memory {memory}.", "", c.running).format(
            vcpus=vcpus, memory=memory_text))

    # -- live use
    def redraw(self) -> None:
        self.show_shares()
        usage = self.usage
        self.memory_graph.maximum = usage.memory_total_kib
        self.cpu_graph.set_series([GraphSeries(self.tr("CPU"), usage.cpu, GRAPH_COLOR)],
                                  "" if usage.cpu_reported else self.not_reported)
        self.memory_graph.set_series([GraphSeries(self.tr("Memory"), usage.memory, GRAPH_COLOR)],
                                     "" if usage.memory_reported else self.not_reported)

    def start_sampling(self) -> None:
        if not self.usage.active:
            self.usage.start()

    def stop_sampling(self) -> None:
        self.usage.stop()

    def clear(self) -> None:
        """The connection is gone: nothing of what was read is shown."""
        self.facts = None
        for label in self.values.values():
            label.setText("")
        self.cells_table.clear()
        self.daemon = None
        self._daemon_read = False
        self.usage.reset()
        self.redraw()
