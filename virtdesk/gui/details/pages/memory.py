"""Memory: current allocation (balloon, changed live) and maximum, huge pages, and shared memory for virtiofs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel

from virtdesk import xmlconf
from virtdesk.gui.accessible import name_after_row
from virtdesk.gui.details.page import DetailsPage, PageContext
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.widgets.size_input import SizeInput
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model import domain_live
from virtdesk.model.domain_config import LiveChange
from virtdesk.units import format_kib

HUGE_PAGE_SIZES_KIB = (2048, 1024 * 1024)


@register
class MemoryPage(DetailsPage):
    title = "Memory"
    icon_name = "media-flash"
    order = 30

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        form = self.designer_form("details_memory")
        self.current_input = form.promote("current-memory", SizeInput())
        self.maximum_input = form.promote("maximum-memory", SizeInput())
        rows = form.child(QFormLayout, "form_layout")
        for size in (self.current_input, self.maximum_input):
            name_after_row(rows, size, size.spin)
        self.live_label = form.child(QLabel, "live_label")
        self.hugepages_check = form.child(QCheckBox, "hugepages_check")
        self.page_size_combo = form.child(QComboBox, "page_size_combo")
        self.page_size_combo.addItem(self.tr("Host default"), 0)
        for kib in HUGE_PAGE_SIZES_KIB:
            self.page_size_combo.addItem(format_kib(kib), kib)
        self.shared_check = form.child(QCheckBox, "shared_check")
        form.child(QLabel, "shared_explanation").setStyleSheet(tone_style(Tone.HINT))
        self.current_input.edited.connect(self.set_dirty)
        self.maximum_input.edited.connect(self.set_dirty)
        self.hugepages_check.toggled.connect(self.page_size_combo.setEnabled)
        self.watch(self.hugepages_check, self.page_size_combo, self.shared_check)
        self._loaded_page_size = 0

    @classmethod
    def list_label(cls, device: xmlconf.Device | None, index: int) -> str:
        return QCoreApplication.translate("MemoryPage", "Memory")

    def load(self, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        maximum = config.memory or 0
        self.maximum_input.set_kib(maximum)
        self.current_input.set_kib(config.current_memory or maximum)
        if live is not None:
            self.live_label.setText(self.tr("{current} of {maximum}").format(
                current=format_kib(live.current_memory or live.memory or 0), maximum=format_kib(live.memory or 0)))
        else:
            self.live_label.setText(self.tr("Not running"))
        backing = config.memory_backing
        self.hugepages_check.setChecked(backing.hugepages)
        pages = list(backing.hugepages_pages)
        self._loaded_page_size = pages[0].size or 0 if len(pages) == 1 else 0
        index = self.page_size_combo.findData(self._loaded_page_size)
        if index < 0:
            self.page_size_combo.addItem(format_kib(self._loaded_page_size), self._loaded_page_size)
            index = self.page_size_combo.count() - 1
        self.page_size_combo.setCurrentIndex(index)
        self.page_size_combo.setEnabled(backing.hugepages and len(pages) <= 1)
        self.shared_check.setChecked(backing.access_mode == "shared")

    def validate(self) -> str:
        current, maximum = self.current_input.kib(), self.maximum_input.kib()
        if current <= 0 or maximum <= 0:
            return self.tr("The memory sizes must be more than zero.")
        if current > maximum:
            return self.tr("The current allocation ({current}) cannot be more than the maximum ({maximum}).").format(
                current=format_kib(current), maximum=format_kib(maximum))
        return ""

    def write(self, config: xmlconf.Domain) -> list[LiveChange]:
        changes: list[LiveChange] = []
        current, maximum = self.current_input.kib(), self.maximum_input.kib()
        live = self.context.config.live
        if maximum != config.memory:
            config.memory = maximum
            self.needs_restart = True
        if current != (config.current_memory or config.memory):
            config.current_memory = current
            if live is not None and current <= (live.memory or 0):
                changes.append(domain_live.set_memory(self.tr("Change the current memory to {size}").format(
                    size=format_kib(current)), current))
            else:
                self.needs_restart = True
        self._write_backing(config.memory_backing)
        return changes

    def _write_backing(self, backing: xmlconf.MemoryBacking) -> None:
        before = backing.copy().canonical() if backing.exists() else ""
        hugepages = self.hugepages_check.isChecked()
        page_size = int(self.page_size_combo.currentData() or 0)
        if hugepages != backing.hugepages:
            backing.hugepages = hugepages
        if hugepages and page_size != self._loaded_page_size:
            backing.hugepages_pages.clear()
            backing.hugepages = True
            if page_size:
                backing.hugepages_pages.add(size=page_size)
        shared = self.shared_check.isChecked()
        if shared != (backing.access_mode == "shared"):
            backing.access_mode = "shared" if shared else None
            if shared:
                backing.source_type = "memfd"
            elif backing.source_type == "memfd":
                backing.source_type = None
        if (backing.copy().canonical() if backing.exists() else "") != before:
            self.needs_restart = True
