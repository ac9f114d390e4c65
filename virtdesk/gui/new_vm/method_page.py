"""Step 1: the connection, the virtualization type, architecture and machine (from the host's capabilities), and
how the operating system gets installed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QRadioButton

from virtdesk import xmlconf
from virtdesk.gui.new_vm.page import NewVmPage, show_problem
from virtdesk.model.connection import Connection
from virtdesk.model.vm_creation_plan import InstallMethod, Platform

if TYPE_CHECKING:
    from virtdesk.gui.new_vm.wizard import NewVmWizard

PREFERRED_MACHINES = ("q35", "pc", "virt")
VIRT_TYPE_ORDER = ("kvm", "qemu", "xen", "lxc", "test")


@dataclass(frozen=True)
class GuestChoice:
    """One (virt type, OS type, architecture) the host runs, with its emulator and machine types."""

    domain_type: str
    os_type: str
    arch: str
    emulator: str | None
    machines: tuple[str, ...]

    @property
    def virt_key(self) -> tuple[str, str]:
        return self.domain_type, self.os_type


def guest_choices(caps: xmlconf.Capabilities | None) -> list[GuestChoice]:
    """What the host's capabilities offer: full VMs (hvm, xen) and containers (exe)."""
    choices = []
    for guest in caps.guests if caps is not None else []:
        if guest.os_type not in ("hvm", "xen", "exe"):
            continue
        for domain in guest.domains:
            if domain.type and guest.arch:
                choices.append(GuestChoice(domain.type, guest.os_type or "hvm", guest.arch,
                                           domain.emulator or guest.emulator, tuple(guest.machine_names())))
    rank = {t: i for i, t in enumerate(VIRT_TYPE_ORDER)}
    return sorted(choices, key=lambda c: (rank.get(c.domain_type, len(rank)), c.os_type != "hvm"))


def virt_label(domain_type: str, os_type: str) -> str:
    labels = {
        ("kvm", "hvm"): QCoreApplication.translate("MethodPage", "KVM (hardware virtualization)"),
        ("qemu", "hvm"): QCoreApplication.translate("MethodPage", "QEMU (software emulation, TCG)"),
        ("xen", "hvm"): QCoreApplication.translate("MethodPage", "Xen (fully virtualized)"),
        ("xen", "xen"): QCoreApplication.translate("MethodPage", "Xen (paravirtualized)"),
        ("test", "hvm"): QCoreApplication.translate("MethodPage", "Test driver"),
        ("lxc", "exe"): QCoreApplication.translate("MethodPage", "LXC (containers)"),
    }
    return labels.get((domain_type, os_type), f"{domain_type} ({os_type})")


class MethodPage(NewVmPage):
    FORM = "new_vm_method"

    def __init__(self, wizard: NewVmWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Create a New Virtual Machine"))
        self.setSubTitle(self.tr("Where the VM runs and how its operating system is installed."))
        self.connection_combo = self.child(QComboBox, "connection_combo")
        self.virt_combo = self.child(QComboBox, "virt_type_combo")
        self.arch_combo = self.child(QComboBox, "arch_combo")
        self.machine_combo = self.child(QComboBox, "machine_combo")
        self.platform_problem = self.child(QLabel, "platform_problem")
        self.method_note = self.child(QLabel, "method_note")
        self.method_radios = {
            InstallMethod.LOCAL_MEDIA: self.child(QRadioButton, "method_media"),
            InstallMethod.NETWORK: self.child(QRadioButton, "method_network"),
            InstallMethod.PXE: self.child(QRadioButton, "method_pxe"),
            InstallMethod.IMPORT: self.child(QRadioButton, "method_import"),
            InstallMethod.MANUAL: self.child(QRadioButton, "method_manual"),
            InstallMethod.CLOUD: self.child(QRadioButton, "method_cloud"),
            InstallMethod.CONTAINER: self.child(QRadioButton, "method_container"),
        }
        self.choices: list[GuestChoice] = []
        for connection in wizard.connections:
            self.connection_combo.addItem(f"{connection.label} ({connection.uri})", connection)
        self.connection_combo.currentIndexChanged.connect(self._connection_changed)
        self.virt_combo.currentIndexChanged.connect(self._virt_changed)
        self.arch_combo.currentIndexChanged.connect(self._arch_changed)
        self.machine_combo.currentIndexChanged.connect(self._platform_changed)
        for method, radio in self.method_radios.items():
            radio.toggled.connect(lambda on, m=method: on and self._method_chosen(m))
        self.method_note.hide()

    def start(self, connection: Connection | None, method: InstallMethod | None) -> None:
        """Shows connection (the first one otherwise) and method (else the one chosen last time there)."""
        index = self.connection_combo.findData(connection) if connection is not None else 0
        self.connection_combo.setCurrentIndex(max(index, 0))
        self._connection_changed()
        last = self.owner.remembered.get("method")
        if method is None and last in {m.value for m in InstallMethod}:
            method = InstallMethod(last)
        if method is not None and self.method_radios[method].isEnabled():
            self.method_radios[method].setChecked(True)

    def method(self) -> InstallMethod:
        return next(m for m, radio in self.method_radios.items() if radio.isChecked())

    def _method_chosen(self, method: InstallMethod) -> None:
        self.owner.method_changed.emit()
        self.completeChanged.emit()

    def connection(self) -> Connection | None:
        return self.connection_combo.currentData()

    def _connection_changed(self, _index: int = 0) -> None:
        connection = self.connection()
        self.choices = guest_choices(connection.capabilities if connection is not None else None)
        self.virt_combo.blockSignals(True)
        self.virt_combo.clear()
        for key in dict.fromkeys(c.virt_key for c in self.choices):
            self.virt_combo.addItem(virt_label(*key), key)
        self.virt_combo.blockSignals(False)
        if connection is None:
            problem = self.tr("No connection is open: connect to a host first.")
        elif not connection.is_active:
            problem = self.tr("{host} is not connected.").format(host=connection.label)
        elif not self.choices:
            problem = self.tr("{host} offers no way to run virtual machines.").format(host=connection.label)
        else:
            problem = ""
        show_problem(self.platform_problem, problem)
        self.owner.set_connection(connection)
        self._virt_changed()

    def _virt_changed(self, _index: int = 0) -> None:
        key = self.virt_combo.currentData()
        arches = [c.arch for c in self.choices if c.virt_key == key]
        connection = self.connection()
        caps = connection.capabilities if connection is not None else None
        host_arch = caps.host_cpu.arch if caps is not None else None
        self.arch_combo.blockSignals(True)
        self.arch_combo.clear()
        for arch in dict.fromkeys(arches):
            self.arch_combo.addItem(arch, arch)
        wanted = host_arch if host_arch in arches else "x86_64" if "x86_64" in arches else None
        if wanted:
            self.arch_combo.setCurrentIndex(self.arch_combo.findData(wanted))
        self.arch_combo.blockSignals(False)
        self._arch_changed()

    def guest(self) -> GuestChoice | None:
        key, arch = self.virt_combo.currentData(), self.arch_combo.currentData()
        return next((c for c in self.choices if c.virt_key == key and c.arch == arch), None)

    def _arch_changed(self, _index: int = 0) -> None:
        guest = self.guest()
        machines = list(guest.machines) if guest is not None else []
        self.machine_combo.blockSignals(True)
        self.machine_combo.clear()
        if not machines:
            self.machine_combo.addItem(self.tr("Default"), None)
        for machine in machines:
            self.machine_combo.addItem(machine, machine)
        preferred = next((m for m in PREFERRED_MACHINES if m in machines), None)
        if preferred:
            self.machine_combo.setCurrentIndex(self.machine_combo.findData(preferred))
        self.machine_combo.blockSignals(False)
        self._platform_changed()

    def _platform_changed(self, _index: int = 0) -> None:
        guest = self.guest()
        if guest is None:
            self.owner.set_platform(None)
        else:
            self.owner.set_platform(Platform(domain_type=guest.domain_type, arch=guest.arch,
                                             machine=self.machine_combo.currentData(), emulator=guest.emulator,
                                             os_type=guest.os_type))
        self._offer_methods(guest is not None and guest.os_type == "exe")
        self.completeChanged.emit()

    def _offer_methods(self, containers: bool) -> None:
        """A container host makes containers only; a VM host makes no containers."""
        for method, radio in self.method_radios.items():
            radio.setEnabled((method is InstallMethod.CONTAINER) == containers)
        if not self.method_radios[self.method()].isEnabled():
            wanted = InstallMethod.CONTAINER if containers else InstallMethod.LOCAL_MEDIA
            self.method_radios[wanted].setChecked(True)

    def isComplete(self) -> bool:
        connection = self.connection()
        return connection is not None and connection.is_active and self.guest() is not None
