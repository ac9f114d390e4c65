"""Host USB and PCI devices passed to the VM, chosen from the host's node devices (PCI ones by IOMMU group)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem

from virtdesk import xmlconf
from virtdesk.gui.accessible import name_after
from virtdesk.gui.add_hardware.form import DeviceForm, FormContext, register


def device_text(device: xmlconf.NodeDevice) -> str:
    cap = device.capability
    return f"{cap.vendor or '?'} {cap.product or cap.product_id or '?'}"


class HostDeviceForm(DeviceForm):
    """A tree of the host's devices of one kind; the chosen one becomes a managed subsystem ``<hostdev>``."""

    icon_name = "computer"
    headers: tuple[str, ...] = ()

    def __init__(self, context: FormContext) -> None:
        super().__init__(context)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setMinimumHeight(200)
        self.tree.setMaximumHeight(320)
        self.form.addRow(self.tree)
        name_after(self.tree, self.title())
        self.fill()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.tree.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.details = self.hint("")
        self.tree.currentItemChanged.connect(lambda *_: self.details.setText(self.describe(self.selected())))

    def fill(self) -> None:
        raise NotImplementedError

    def describe(self, device: xmlconf.NodeDevice | None) -> str:
        return ""

    def item(self, device: xmlconf.NodeDevice, columns: list[str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(columns)
        item.setData(0, Qt.ItemDataRole.UserRole, device)
        item.setToolTip(0, device.name or "")
        return item

    def selected(self) -> xmlconf.NodeDevice | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, name: str) -> None:
        """Selects the host device with that node device name (for tests and scripting)."""
        for item in self._items():
            device = item.data(0, Qt.ItemDataRole.UserRole)
            if device is not None and device.name == name:
                self.tree.setCurrentItem(item)
                return
        raise KeyError(name)

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        pending = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while pending:
            item = pending.pop(0)
            found.append(item)
            pending.extend(item.child(i) for i in range(item.childCount()))
        return found

    def validate(self) -> str:
        if self.selected() is None:
            return self.tr("Choose a host device.")
        return ""


@register
class UsbHostForm(HostDeviceForm):
    order = 70
    icon_name = "drive-removable-media-usb"

    def title(self) -> str:
        return self.tr("USB Host Device")

    def fill(self) -> None:
        self.tree.setHeaderLabels([self.tr("Device"), self.tr("Bus"), self.tr("ID")])
        for device in self.context.choices.usb_devices:
            cap = device.capability
            self.tree.addTopLevelItem(self.item(device, [device_text(device), f"{cap.bus:03d}:{cap.device:03d}",
                                                         f"{cap.vendor_id or 0:04x}:{cap.product_id or 0:04x}"]))
        if not self.context.choices.usb_devices:
            self.hint(self.tr("The host offers no USB devices."))

    def validate(self) -> str:
        device = self.selected()
        if device is not None:
            cap = device.capability
            for hostdev in self.context.config.devices.hostdevs:
                if (hostdev.type, hostdev.source_vendor_id, hostdev.source_product_id) == (
                        "usb", cap.vendor_id, cap.product_id):
                    return self.tr("This VM already has that USB device.")
        return super().validate()

    def build(self, prepared: Any = None) -> xmlconf.Device:
        device = self.selected()
        assert device is not None
        cap = device.capability
        hostdev = xmlconf.Hostdev.new(mode="subsystem", type="usb", managed=True)
        hostdev.source_vendor_id = cap.vendor_id
        hostdev.source_product_id = cap.product_id
        return hostdev


@register
class PciHostForm(HostDeviceForm):
    order = 75
    icon_name = "preferences-desktop-peripherals"

    def title(self) -> str:
        return self.tr("PCI Host Device")

    def fill(self) -> None:
        self.tree.setRootIsDecorated(True)
        self.tree.setHeaderLabels([self.tr("Device"), self.tr("Address"), self.tr("Driver")])
        groups: dict[int | None, QTreeWidgetItem] = {}
        for device in sorted(self.context.choices.pci_devices,
                             key=lambda d: (d.capability.iommu_group is None, d.capability.iommu_group or 0)):
            group = device.capability.iommu_group
            parent = groups.get(group)
            if parent is None:
                title = (self.tr("IOMMU group {n}").format(n=group) if group is not None
                         else self.tr("No IOMMU group"))
                parent = QTreeWidgetItem([title])
                parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsSelectable)
                self.tree.addTopLevelItem(parent)
                groups[group] = parent
            parent.addChild(self.item(device, [device_text(device), pci_address(device),
                                               device.driver_name or ""]))
        self.tree.expandAll()
        if not groups:
            self.hint(self.tr("The host offers no PCI devices."))

    def describe(self, device: xmlconf.NodeDevice | None) -> str:
        if device is None or device.capability.iommu_group is None:
            return ""
        members = [a for a in device.capability.iommu_group_addresses]
        if len(members) < 2:
            return self.tr("Alone in IOMMU group {n}: it can be passed through by itself.").format(
                n=device.capability.iommu_group)
        return self.tr("IOMMU group {n} holds {count} devices; the VM needs all of them (or they must be bound to "
                       "vfio-pci) for the passthrough to work.").format(n=device.capability.iommu_group,
                                                                         count=len(members))

    def validate(self) -> str:
        device = self.selected()
        if device is not None:
            for hostdev in self.context.config.devices.hostdevs:
                if hostdev.type == "pci" and hostdev.source_address.exists() and \
                        hostdev.source_address.pci_text() == pci_address(device):
                    return self.tr("This VM already has the PCI device {address}.").format(
                        address=pci_address(device))
        return super().validate()

    def build(self, prepared: Any = None) -> xmlconf.Device:
        device = self.selected()
        assert device is not None
        cap = device.capability
        hostdev = xmlconf.Hostdev.new(mode="subsystem", type="pci", managed=True)
        address = hostdev.source_address
        address.domain = cap.domain or 0
        address.bus = cap.bus or 0
        address.slot = cap.slot or 0
        address.function = cap.function or 0
        return hostdev


def pci_address(device: xmlconf.NodeDevice) -> str:
    cap = device.capability
    return f"{cap.domain or 0:04x}:{cap.bus or 0:02x}:{cap.slot or 0:02x}.{cap.function or 0:x}"
