"""Boot Options: boot device order (drag to reorder), boot menu, direct kernel boot, and init for containers.

The order is kept either per device (``<boot order=N>`` on disks, NICs, host devices) or per device kind
(``<os><boot dev=...>``) — never both, which libvirt refuses. Per-device order is used when the VM already has
it or when the user chooses to order individual devices.
"""

from __future__ import annotations

import os.path
import shlex
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QWidget,
)

from virtdesk import xmlconf
from virtdesk.gui.accessible import name_after, name_after_row
from virtdesk.gui.details.page import DetailsPage, PageContext
from virtdesk.gui.details.pages import register
from virtdesk.gui.remote_file_dialog import can_choose_host_file, choose_host_file
from virtdesk.model.domain_config import LiveChange

BOOTABLE_LISTS = ("disks", "interfaces", "hostdevs", "redirdevs")
OS_BOOT_DEVS = ("hd", "cdrom", "network", "fd")
KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class BootEntry:
    """A bootable device: its key ("disks:0"), its name in the list and its kind as <os><boot dev> names it."""

    key: str
    text: str
    kind: str | None


def _kind(list_name: str, device: xmlconf.Device) -> str | None:
    if isinstance(device, xmlconf.Disk):
        return {"cdrom": "cdrom", "floppy": "fd"}.get(device.device or "disk", "hd")
    return "network" if list_name == "interfaces" else None


class BootOrderList(QListWidget):
    """Check boxes in boot order; rows are reordered by dragging them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setMaximumHeight(160)

    def fill(self, entries: list[tuple[str, str, bool]]) -> None:
        """Rows of (key, text, checked), in that order."""
        self.clear()
        for key, text, checked in entries:
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.addItem(item)

    def rows(self) -> list[tuple[str, bool]]:
        """(key, checked) of each row, top first."""
        return [(self.item(i).data(KEY_ROLE), self.item(i).checkState() == Qt.CheckState.Checked)
                for i in range(self.count())]

    def checked_keys(self) -> list[str]:
        return [key for key, checked in self.rows() if checked]


@register
class BootPage(DetailsPage):
    title = "Boot Options"
    icon_name = "system-run"
    order = 40

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        form = self.designer_form("details_boot")
        self.per_device_check = form.child(QCheckBox, "boot-per-device")
        self.order_list = form.promote("boot-order", BootOrderList())
        name_after(self.order_list, self.tr("Boot order:"))
        self.up_button = form.child(QPushButton, "up_button")
        self.down_button = form.child(QPushButton, "down_button")
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.bootmenu_check = form.child(QCheckBox, "boot-menu")
        self.timeout_spin = form.child(QSpinBox, "boot-menu-timeout")
        name_after_row(form.child(QFormLayout, "form_layout"), form.child(QHBoxLayout, "menu_row"), self.timeout_spin)
        self.bootmenu_check.toggled.connect(self.timeout_spin.setEnabled)

        self.kernel_group = form.child(QGroupBox, "direct-kernel-boot")
        self.kernel_edit, self.initrd_edit, self.cmdline_edit, self.dtb_edit = (
            form.child(QLineEdit, f"{name}_edit") for name in ("kernel", "initrd", "cmdline", "dtb"))
        remote = not can_choose_host_file(context.domain.connection)
        for name, edit in (("kernel", self.kernel_edit), ("initrd", self.initrd_edit), ("dtb", self.dtb_edit)):
            button = form.child(QPushButton, f"{name}_browse")
            button.setEnabled(not remote)
            button.setToolTip(self.tr("Type the path on the remote host.") if remote else "")
            button.clicked.connect(lambda _c=False, e=edit: self.browse(e))
        self.init_group = form.child(QGroupBox, "init_group")
        self.init_edit = form.child(QLineEdit, "init_edit")
        self.initargs_edit = form.child(QLineEdit, "initargs_edit")

        self.per_device_check.toggled.connect(self._per_device_toggled)
        self.order_list.model().rowsMoved.connect(lambda *_: self.set_dirty())
        self.order_list.itemChanged.connect(lambda *_: self.set_dirty())
        self.kernel_group.toggled.connect(lambda *_: self.set_dirty())
        self.watch(self.per_device_check, self.bootmenu_check, self.timeout_spin, self.kernel_edit,
                   self.initrd_edit, self.cmdline_edit, self.dtb_edit, self.init_edit, self.initargs_edit)
        self.entries: dict[str, BootEntry] = {}
        self._kind_names = {"hd": self.tr("Hard disk"), "cdrom": self.tr("CD-ROM"),
                            "network": self.tr("Network (PXE)"), "fd": self.tr("Floppy")}

    @classmethod
    def list_label(cls, device: xmlconf.Device | None, index: int) -> str:
        return QCoreApplication.translate("BootPage", "Boot Options")

    # -- loading
    def load(self, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        self.entries = {}
        ordered: list[tuple[int, str]] = []
        for list_name in BOOTABLE_LISTS:
            for index, device in enumerate(getattr(config.devices, list_name)):
                key = f"{list_name}:{index}"
                self.entries[key] = BootEntry(key, self._device_text(list_name, device), _kind(list_name, device))
                if device.boot_order is not None:
                    ordered.append((device.boot_order, key))
        per_device = bool(ordered)
        self.per_device_check.blockSignals(True)
        self.per_device_check.setChecked(per_device)
        self.per_device_check.blockSignals(False)
        if per_device:
            self._fill_devices([key for _order, key in sorted(ordered)])
        else:
            self._fill_kinds(config.os.boot_order())
        os = config.os
        self.bootmenu_check.setChecked(bool(os.bootmenu_enable))
        self.timeout_spin.setValue(os.bootmenu_timeout or 0)
        self.timeout_spin.setEnabled(bool(os.bootmenu_enable))
        self.kernel_group.setChecked(bool(os.kernel))
        self.kernel_edit.setText(os.kernel or "")
        self.initrd_edit.setText(os.initrd or "")
        self.cmdline_edit.setText(os.cmdline or "")
        self.dtb_edit.setText(os.dtb or "")
        self.init_group.setVisible(os.type == "exe")
        self.init_edit.setText(os.init or "")
        self.initargs_edit.setText(shlex.join(a.value or "" for a in os.initargs))

    def _device_text(self, list_name: str, device: xmlconf.Device) -> str:
        if isinstance(device, xmlconf.Disk):
            kind = self._kind_names.get(_kind(list_name, device) or "hd", "")
            source = device.source_path() or device.source_name or device.source_volume
            name = f"{kind} {device.target_dev or ''}".strip()
            return f"{name} ({os.path.basename(source)})" if source else name
        if isinstance(device, xmlconf.Interface):
            source = device.source_network or device.source_bridge or device.source_dev or device.type or ""
            return self.tr("NIC {mac} ({source})").format(mac=device.mac_address or "", source=source)
        if isinstance(device, xmlconf.Hostdev):
            if device.type == "usb" and device.source_vendor_id is not None:
                ident = f"{device.source_vendor_id:04x}:{device.source_product_id or 0:04x}"
            elif device.type == "pci":
                ident = device.source_address.pci_text()
            else:
                ident = device.source_name or device.source_address.uuid or ""
            return self.tr("Host {type} device {ident}").format(type=(device.type or "").upper(), ident=ident)
        return self.tr("USB redirection {type}").format(type=getattr(device, "type", "") or "")

    def _fill_kinds(self, checked: list[str]) -> None:
        kinds = [*checked, *(k for k in OS_BOOT_DEVS if k not in checked)]
        self.order_list.fill([(k, self._kind_names[k], k in checked) for k in kinds])

    def _fill_devices(self, checked: list[str]) -> None:
        keys = [*checked, *(k for k in self.entries if k not in checked)]
        self.order_list.fill([(k, self.entries[k].text, k in checked) for k in keys])

    def _per_device_toggled(self, per_device: bool) -> None:
        """Turns the list into the other kind of order, keeping what it means."""
        checked = self.order_list.checked_keys()
        if per_device:
            self._fill_devices([key for kind in checked for key, entry in self.entries.items()
                                if entry.kind == kind])
        else:
            kinds: list[str] = []
            for key in checked:
                kind = self.entries[key].kind
                if kind and kind not in kinds:
                    kinds.append(kind)
            self._fill_kinds(kinds)

    def move_current(self, step: int) -> None:
        """Moves the selected row up or down through the list's model, as a drag does."""
        row = self.order_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.order_list.count():
            return
        model = self.order_list.model()
        model.moveRow(model.index(row, 0).parent(), row, model.index(row, 0).parent(),
                      target + 1 if step > 0 else target)
        self.order_list.setCurrentRow(target)

    def browse(self, edit: QLineEdit) -> None:
        choose_host_file(self, self.context.domain.connection, lambda path: self._path_chosen(edit, path),
                         start=edit.text(), title=self.tr("Choose a file"))

    def _path_chosen(self, edit: QLineEdit, path: str) -> None:
        edit.setText(path)
        self.set_dirty()

    # -- checking and writing
    def validate(self) -> str:
        if self.kernel_group.isChecked() and not self.kernel_edit.text().strip():
            return self.tr("Give the kernel's path for direct kernel boot, or turn direct kernel boot off.")
        try:
            shlex.split(self.initargs_edit.text())
        except ValueError as exc:
            return self.tr("The init args cannot be read: {error}").format(error=str(exc))
        return ""

    def write(self, config: xmlconf.Domain) -> list[LiveChange]:
        os_ = config.os
        before = config.canonical()
        checked = self.order_list.checked_keys()
        positions = {key: n for n, key in enumerate(checked, start=1)} if self.per_device_check.isChecked() else {}
        for list_name in BOOTABLE_LISTS:
            for index, device in enumerate(getattr(config.devices, list_name)):
                order = positions.get(f"{list_name}:{index}")
                if device.boot_order != order:
                    device.boot_order = order
        kinds = [] if self.per_device_check.isChecked() else checked
        if os_.boot_order() != kinds:
            os_.set_boot_order(kinds)
        if self.bootmenu_check.isChecked():
            os_.bootmenu_enable = True
            os_.bootmenu_timeout = self.timeout_spin.value() or None
        elif os_.bootmenu_enable:
            os_.bootmenu_timeout = None
            os_.bootmenu_enable = False
        direct = self.kernel_group.isChecked()
        for attribute, edit in (("kernel", self.kernel_edit), ("initrd", self.initrd_edit),
                                ("cmdline", self.cmdline_edit), ("dtb", self.dtb_edit)):
            value = (edit.text().strip() or None) if direct else None
            if getattr(os_, attribute) != value:
                setattr(os_, attribute, value)
        if os_.type == "exe":
            os_.init = self.init_edit.text().strip() or None
            args = shlex.split(self.initargs_edit.text())
            if [a.value for a in os_.initargs] != args:
                os_.initargs.clear()
                for arg in args:
                    os_.initargs.add(value=arg)
        self.needs_restart = config.canonical() != before
        return []
