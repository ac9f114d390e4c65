"""CPUs: vCPU count (current, changed live, and maximum), topology, CPU mode and model, pinning, shares."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QSpinBox, QWidget

from virtdesk import xmlconf
from virtdesk.gui.accessible import name_after_row
from virtdesk.gui.details.page import DetailsPage, PageContext
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.widgets.cpu_pinning_grid import CpuPinningGrid, parse_cpuset
from virtdesk.gui.details.widgets.device_choices import with_domain_capabilities
from virtdesk.model import domain_live, node
from virtdesk.model.domain_config import LiveChange

TOPOLOGY = ("sockets", "dies", "cores", "threads")


def host_cpu_count(caps: xmlconf.Capabilities | None) -> int:
    """The host's CPU count from its capabilities (NUMA cells, else the CPU topology); 0 when not given."""
    if caps is None:
        return 0
    in_cells = sum(len(cell.cpus) for cell in caps.host_cells)
    if in_cells:
        return in_cells
    cpu = caps.host_cpu
    counts = (cpu.topology_sockets, cpu.topology_dies or 1, cpu.topology_cores, cpu.topology_threads)
    return counts[0] * counts[1] * counts[2] * counts[3] if all(counts) else 0


@register
class CpusPage(DetailsPage):
    title = "CPUs"
    icon_name = "cpu"
    order = 20

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        form = self.designer_form("details_cpus")
        rows = form.child(QFormLayout, "form_layout")
        self.current_spin = form.child(QSpinBox, "vcpu-current")
        self.maximum_spin = form.child(QSpinBox, "vcpu-maximum")
        name_after_row(rows, form.child(QHBoxLayout, "count_row"), self.current_spin)
        self.host_label = form.child(QLabel, "host_label")
        self.topology_check = form.child(QCheckBox, "topology_check")
        self.topology_spins = {key: form.child(QSpinBox, f"topology-{key}") for key in TOPOLOGY}
        self.topology_widget = form.child(QWidget, "topology_widget")
        self.topology_check.toggled.connect(self.topology_widget.setEnabled)
        self.mode_combo = form.child(QComboBox, "cpu-mode")
        for mode, text in (("", self.tr("Hypervisor default")),
                           ("host-passthrough", self.tr("Host passthrough (the host's CPU as it is)")),
                           ("host-model", self.tr("Host model (a named model close to the host's CPU)")),
                           ("maximum", self.tr("Maximum (every feature the hypervisor can offer)")),
                           ("custom", self.tr("Custom model"))):
            self.mode_combo.addItem(text, mode)
        self.model_combo = form.child(QComboBox, "cpu-model")
        self.model_note = form.child(QLabel, "model_note")
        name_after_row(rows, form.child(QHBoxLayout, "model_row"), self.model_combo)
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        self.shares_spin = form.child(QSpinBox, "cpu-shares")
        self.shares_spin.setSpecialValueText(self.tr("Default"))
        self.pinning_grid = form.promote("cpu-pinning", CpuPinningGrid())

        self.maximum_spin.valueChanged.connect(self._maximum_changed)
        self.watch(self.current_spin, self.maximum_spin, self.topology_check, self.mode_combo, self.model_combo,
                   self.shares_spin, *self.topology_spins.values())
        self.pinning_grid.edited.connect(self.set_dirty)
        self.host_cpus = 0
        self.vcpu_limit: int | None = None

    @classmethod
    def list_label(cls, device: xmlconf.Device | None, index: int) -> str:
        return QCoreApplication.translate("CpusPage", "CPUs")

    # -- loading
    def load(self, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        maximum = config.vcpu or 1
        self.maximum_spin.setValue(maximum)
        self.current_spin.setMaximum(maximum)
        self.current_spin.setValue(config.vcpu_current or maximum)
        cpu = config.cpu
        values = {"sockets": cpu.topology_sockets, "dies": cpu.topology_dies, "cores": cpu.topology_cores,
                  "threads": cpu.topology_threads}
        has_topology = any(v is not None for v in values.values())
        self.topology_check.setChecked(has_topology)
        self.topology_widget.setEnabled(has_topology)
        for key, spin in self.topology_spins.items():
            spin.setValue(values[key] or (maximum if key == "sockets" and not has_topology else 1))
        mode = self._loaded_mode(config)
        self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(mode)))
        self.model_combo.setEditText(cpu.model or "")
        self._mode_changed()
        self.shares_spin.setValue(config.cputune.shares or 0)
        self.host_cpus = host_cpu_count(self.context.domain.connection.capabilities)
        self._shape_grid(config)
        connection = self.context.domain.connection
        if not self.host_cpus:
            node.cpu_count(connection).then(self._host_cpus_counted, owner=self)
        self.model_note.setText(self.tr("The hypervisor lists no models: type a name"))
        with_domain_capabilities(self, connection, config, self._show_capabilities)

    @staticmethod
    def _loaded_mode(config: xmlconf.Domain) -> str:
        cpu = config.cpu
        return cpu.mode or ("custom" if cpu.model else "")

    def _shape_grid(self, config: xmlconf.Domain) -> None:
        self.host_label.setText(self.tr("{count} on this host").format(count=self.host_cpus) if self.host_cpus
                                else self.tr("Counting…"))
        self.pinning_grid.set_shape(self.maximum_spin.value(), self.host_cpus)
        for row in range(self.pinning_grid.rowCount()):
            self.pinning_grid.set_cpuset(row, None)
        for pin in config.cputune.vcpupins:
            if pin.vcpu is not None and pin.vcpu < self.pinning_grid.vcpus:
                self.pinning_grid.set_cpuset(pin.vcpu, pin.cpuset)
        self.pinning_grid.set_cpuset(self.pinning_grid.emulator_row, config.cputune.emulatorpin_cpuset)

    def _host_cpus_counted(self, count: int) -> None:
        config = self.context.config.persistent
        if count and config is not None:
            self.host_cpus = count
            self._shape_grid(config)

    def _show_capabilities(self, caps: xmlconf.DomainCapabilities) -> None:
        self.vcpu_limit = caps.vcpu_max
        custom = caps.cpu_mode("custom")
        models = [] if custom is None else sorted(custom.models, key=lambda m: m.usable != "yes")
        names = [m.value for m in models if m.value]
        if not names:
            return
        current = self.model_combo.currentText()
        self.model_combo.blockSignals(True)
        self.model_combo.clear()
        self.model_combo.addItems(names)
        self.model_combo.setEditText(current)
        self.model_combo.blockSignals(False)
        self.model_note.setText(self.tr("{count} models").format(count=len(names)))

    def _mode_changed(self, *_args: object) -> None:
        self.model_combo.setEnabled(self.mode_combo.currentData() == "custom")

    def _maximum_changed(self, maximum: int) -> None:
        self.current_spin.setMaximum(maximum)
        self.pinning_grid.set_shape(maximum, self.host_cpus)

    # -- checking and writing
    def topology_product(self) -> int:
        product = 1
        for spin in self.topology_spins.values():
            product *= spin.value()
        return product

    def validate(self) -> str:
        maximum = self.maximum_spin.value()
        if self.current_spin.value() > maximum:
            return self.tr("The current vCPU count cannot be more than the maximum.")
        if self.vcpu_limit and maximum > self.vcpu_limit:
            return self.tr("This machine type allows at most {limit} vCPUs.").format(limit=self.vcpu_limit)
        if self.topology_check.isChecked() and self.topology_product() != maximum:
            return self.tr("The topology gives {product} vCPUs (sockets × dies × cores × threads), but the maximum "
                           "is {maximum}. Make them equal.").format(product=self.topology_product(),
                                                                   maximum=maximum)
        if self.mode_combo.currentData() == "custom" and not self.model_combo.currentText().strip():
            return self.tr("Choose a CPU model for the custom mode.")
        return ""

    def write(self, config: xmlconf.Domain) -> list[LiveChange]:
        changes: list[LiveChange] = []
        changes += self._write_count(config)
        self._write_topology(config.cpu)
        self._write_mode(config)
        changes += self._write_pinning(config.cputune)
        shares = self.shares_spin.value() or None
        if shares != config.cputune.shares:
            config.cputune.shares = shares
            if shares:
                changes.append(domain_live.set_cpu_shares(self.tr("Set the scheduler shares"), shares))
            else:
                self.needs_restart = True
        return changes

    def _write_count(self, config: xmlconf.Domain) -> list[LiveChange]:
        maximum, current = self.maximum_spin.value(), self.current_spin.value()
        old_maximum = config.vcpu or 1
        old_current = config.vcpu_current or old_maximum
        if maximum != old_maximum:
            config.vcpu = maximum
            config.vcpus.clear()
            self.needs_restart = True
        config.vcpu_current = current if current < maximum else None
        if current == old_current:
            return []
        if maximum != old_maximum:
            return []
        return [domain_live.set_vcpus(self.tr("Set the vCPU count to {n}").format(n=current), current)]

    def _write_topology(self, cpu: xmlconf.Cpu) -> None:
        wanted = {key: spin.value() for key, spin in self.topology_spins.items()} \
            if self.topology_check.isChecked() else dict.fromkeys(TOPOLOGY)
        for key in TOPOLOGY:
            attribute = f"topology_{key}"
            if getattr(cpu, attribute) != wanted[key]:
                setattr(cpu, attribute, wanted[key])
                self.needs_restart = True

    def _write_mode(self, config: xmlconf.Domain) -> None:
        mode = self.mode_combo.currentData() or ""
        model = self.model_combo.currentText().strip() if mode == "custom" else ""
        cpu = config.cpu
        if mode == self._loaded_mode(config) and model == ((cpu.model or "") if mode == "custom" else ""):
            return
        self.needs_restart = True
        cpu.mode = mode or None
        if mode == "custom":
            cpu.model = model
        else:
            cpu.model = None

    def _write_pinning(self, cputune: xmlconf.CpuTune) -> list[LiveChange]:
        grid, host_cpus = self.pinning_grid, self.host_cpus
        live = self.context.config.live
        online = (live.vcpu_current or live.vcpu or 0) if live is not None else 0
        changes: list[LiveChange] = []
        wanted = {row: grid.row_cpus(row) for row in range(grid.vcpus) if grid.row_cpus(row)}
        existing = {pin.vcpu: pin for pin in cputune.vcpupins}
        for vcpu in sorted(set(wanted) | {v for v in existing if v is not None and v < grid.vcpus}):
            pin = existing.get(vcpu)
            cpus = wanted.get(vcpu, set())
            if pin is not None and _cpus(pin.cpuset, host_cpus) == cpus:
                continue
            if not cpus:
                cputune.vcpupins.remove(pin)
            elif pin is not None:
                pin.cpuset = grid.cpuset(vcpu)
            else:
                cputune.vcpupins.add(vcpu=vcpu, cpuset=grid.cpuset(vcpu))
            if vcpu < online:
                changes.append(domain_live.pin_vcpu(self.tr("Pin vCPU {n}").format(n=vcpu), vcpu, cpus, host_cpus))
        for vcpu, pin in existing.items():
            if vcpu is not None and vcpu >= grid.vcpus:
                cputune.vcpupins.remove(pin)
        emulator = grid.row_cpus(grid.emulator_row)
        if _cpus(cputune.emulatorpin_cpuset, host_cpus) != emulator:
            cputune.emulatorpin_cpuset = grid.cpuset(grid.emulator_row)
            changes.append(domain_live.pin_emulator(self.tr("Pin the emulator threads"), emulator, host_cpus))
        return changes


def _cpus(cpuset: str | None, host_cpus: int) -> set[int] | None:
    """The CPUs of a cpuset as the grid can show them (None: not parseable, so never equal to a row)."""
    try:
        return parse_cpuset(cpuset or "", host_cpus)
    except ValueError:
        return None
