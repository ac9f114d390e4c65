"""The Host Details Host Devices tab: the host's node devices as a tree (PCI by IOMMU group, with their mediated
device types, then USB, SCSI, network, storage, mediated and other devices), the selected one's facts in plain
words, the VMs whose <hostdev> refers to it and its XML; and for a PCI device, detaching it from its host driver,
reattaching it and resetting it, each confirmed first with what it does to the device and the VMs using it.
Its layout is ui/host_details_devices.ui."""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelection
from PySide6.QtWidgets import QHeaderView, QLabel, QMessageBox, QPushButton, QSplitter, QTreeView, QWidget

from virtdesk import xmlconf
from virtdesk.gui.accessible import name_after
from virtdesk.gui.forms import load_form
from virtdesk.gui.host_details.device_facts import Facts, facts, pci_address, summary
from virtdesk.gui.host_details.device_tree_model import ROW_ROLE, DeviceColumn, DeviceRow, DeviceTreeModel, RowKind
from virtdesk.gui.host_details.host_objects_page import KindFeed, KindTexts, read_only_xml, show_note
from virtdesk.model import device_actions
from virtdesk.model.catalogue import Kind
from virtdesk.model.connection import Connection
from virtdesk.model.device_users import DeviceUsage
from virtdesk.model.errors import describe
from virtdesk.model.worker import Task

CONTEXT = "DevicesPage"
TEXTS = KindTexts(CONTEXT, QT_TRANSLATE_NOOP("DevicesPage", "<b>Host devices</b>"),
                  QT_TRANSLATE_NOOP("DevicesPage", "Reading the host's devices…"),
                  QT_TRANSLATE_NOOP("DevicesPage", "The host reports no devices."),
                  QT_TRANSLATE_NOOP("DevicesPage", "This host does not report its devices: {reason}"),
                  QT_TRANSLATE_NOOP("DevicesPage", "Could not read the host's devices: {error}"))


@dataclass(frozen=True)
class DeviceAction:
    """One thing done to a PCI device: the model's call, and what the confirmation and the outcome say
    ({device}, {summary}, {driver}; {error} on failure)."""

    run: Callable[[Connection, str], Task]
    title: str
    button: str
    question: str
    done: str
    failed: str

    def text(self, which: str, **values: object) -> str:
        return QCoreApplication.translate("DevicesPage", getattr(self, which)).format(**values)


DETACH = DeviceAction(
    device_actions.detach_device, QT_TRANSLATE_NOOP("DevicesPage", "Detach a Device from the Host"),
    QT_TRANSLATE_NOOP("DevicesPage", "Detach"),
    QT_TRANSLATE_NOOP("DevicesPage", "Detach {device} ({summary}) from its current driver, {driver}? The host can no "
                                     "longer use the device until it is reattached."),
    QT_TRANSLATE_NOOP("DevicesPage", "Detached {device} from the host."),
    QT_TRANSLATE_NOOP("DevicesPage", "Could not detach {device}: {error}"))
REATTACH = DeviceAction(
    device_actions.reattach_device, QT_TRANSLATE_NOOP("DevicesPage", "Reattach a Device to the Host"),
    QT_TRANSLATE_NOOP("DevicesPage", "Reattach"),
    QT_TRANSLATE_NOOP("DevicesPage", "Reattach {device} ({summary}) to the host? It leaves its current driver, "
                                     "{driver}, and the host's own driver takes it again."),
    QT_TRANSLATE_NOOP("DevicesPage", "Reattached {device} to the host."),
    QT_TRANSLATE_NOOP("DevicesPage", "Could not reattach {device}: {error}"))
RESET = DeviceAction(
    device_actions.reset_device, QT_TRANSLATE_NOOP("DevicesPage", "Reset a Device"),
    QT_TRANSLATE_NOOP("DevicesPage", "Reset"),
    QT_TRANSLATE_NOOP("DevicesPage", "Reset {device} ({summary}, driver {driver})? The device is reset at once: "
                                     "whatever is using it loses what it was doing."),
    QT_TRANSLATE_NOOP("DevicesPage", "Reset {device}."),
    QT_TRANSLATE_NOOP("DevicesPage", "Could not reset {device}: {error}"))


def facts_html(found: Facts) -> str:
    rows = "".join(f"<tr><td style='padding-right: 12px'><i>{html.escape(label)}</i></td>"
                   f"<td>{html.escape(value)}</td></tr>" for label, value in found)
    return f"<table>{rows}</table>"


class DevicesPage(QWidget):
    def __init__(self, connection: Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self._running: dict[str, str] = {}  # device name -> what is being done to it
        form = load_form("host_details_devices", self)
        self.tree = form.child(QTreeView, "device_tree")
        name_after(self.tree, form.child(QLabel, "devices_title"))
        self.list_note = form.child(QLabel, "list_note")
        self.device_title = form.child(QLabel, "device_title")
        self.facts_label = form.child(QLabel, "facts_label")
        self.used_by_label = form.child(QLabel, "used_by_label")
        self.outcome_label = form.child(QLabel, "outcome_label")
        self.refresh_button = form.child(QPushButton, "refresh_button")
        self.detach_button = form.child(QPushButton, "detach_button")
        self.reattach_button = form.child(QPushButton, "reattach_button")
        self.reset_button = form.child(QPushButton, "reset_button")
        self.xml = read_only_xml(form.child(QWidget, "xml_holder"))
        self.details_part = form.child(QWidget, "details_part")
        splitter = form.child(QSplitter, "splitter")
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 400])
        self.shown_facts: Facts = []

        self.devices = DeviceTreeModel(self)
        self.tree.setModel(self.devices)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DeviceColumn.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(DeviceColumn.NAME, 260)
        header.resizeSection(DeviceColumn.DRIVER, 90)
        self.tree.selectionModel().selectionChanged.connect(self._selected)

        self.usage = DeviceUsage(connection, self)
        self.usage.changed.connect(self._show_selected)
        self.feed = KindFeed(connection, Kind.NODE_DEVICES, TEXTS, self)
        self.feed.listed.connect(self._list)
        self.feed.changed.connect(self._show_state)
        self.refresh_button.clicked.connect(self.feed.refresh)
        self.detach_button.clicked.connect(self.detach)
        self.reattach_button.clicked.connect(self.reattach)
        self.reset_button.clicked.connect(self.reset)
        self._list(self.feed.objects or [])
        self._show_state()

    @property
    def loading(self) -> bool:
        """Whether the devices or the VMs using them are still being read."""
        return self.feed.loading or not self.usage.read

    # -- the tree
    def selected_row(self) -> DeviceRow | None:
        rows = self.tree.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def selected_device(self) -> xmlconf.NodeDevice | None:
        row = self.selected_row()
        return row.device if row is not None and row.kind is RowKind.DEVICE else None

    def select_device(self, name: str) -> bool:
        index = self.devices.device_index(name)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        return True

    def _list(self, devices: list[xmlconf.NodeDevice]) -> None:
        selected = self.selected_device()
        self.devices.set_devices(devices)
        self.tree.expandAll()
        if selected is None or not self.select_device(selected.name or ""):
            self._show_selected()

    def _show_state(self) -> None:
        self.feed.show_state(self.list_note, self.tree, self.details_part)

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    # -- the details
    def used_by(self, device: xmlconf.NodeDevice) -> list[str]:
        return self.usage.users.of(device)

    def _show_selected(self) -> None:
        row = self.selected_row()
        title, found, xml = "", [], ""
        users: list[str] | None = None  # None: the row is not something VMs use
        if row is None:
            pass
        elif row.kind is RowKind.DEVICE and row.device is not None:
            device = row.device
            mdev_type = self.devices.mdev_type_of(device) if device.capability.type == "mdev" else None
            title = f"<b>{html.escape(device.name or '')}</b> {html.escape(summary(device, mdev_type))}"
            found, xml, users = facts(device, mdev_type), device.to_xml(), self.used_by(device)
        elif row.kind is RowKind.MDEV_TYPE and row.mdev_type is not None and row.device is not None:
            mdev_type = row.mdev_type
            title = self.tr("<b>Mediated device type {id}</b>").format(id=html.escape(mdev_type.id or ""))
            found = [(self.tr("Name"), mdev_type.name or ""), (self.tr("Device API"), mdev_type.device_api or ""),
                     (self.tr("Instances that can still be created"), str(mdev_type.available_instances)),
                     (self.tr("Offered by"), row.device.name or "")]
            xml = mdev_type.to_xml()
        else:
            title = f"<b>{html.escape(row.title)}</b>"
            found = self._members(row)
            if row.kind is RowKind.IOMMU_GROUP:
                users = sorted({name for device in row.devices() for name in self.used_by(device)})
        self.shown_facts = found
        self.device_title.setText(title)
        self.facts_label.setText(facts_html(found) if found else
                                 self.tr("Select a device to see its details.") if row is None else "")
        self.used_by_label.setVisible(users is not None)
        if users is not None:
            self.used_by_label.setText(self.tr("Used by: {names}").format(names=", ".join(users)) if users
                                       else self.tr("No VM uses it."))
        self.xml.load(xml)
        self._update_actions()

    def _members(self, row: DeviceRow) -> Facts:
        """A group's or category's devices; for an IOMMU group of several, what passing one through needs."""
        if row.kind is not RowKind.IOMMU_GROUP:
            return [(self.tr("Devices"), str(len(row.devices())))]
        no_driver = self.tr("no driver")
        members = [(pci_address(d.capability), f"{summary(d)} ({d.driver_name or no_driver})")
                   for d in row.devices()]
        if row.iommu_group is not None and len(members) > 1:
            members.append((self.tr("Passthrough"), self.tr(
                "A VM can be given a device of this group only when every device in it is detached from the host.")))
        return members

    # -- actions on a PCI device
    def _update_actions(self) -> None:
        device = self.selected_device()
        usable = device is not None and device.capability.type == "pci" and self.connection.is_active \
            and device.name not in self._running
        detached = device is not None and (device.driver_name or "") in device_actions.PASSTHROUGH_DRIVERS
        self.detach_button.setEnabled(usable and not detached)
        self.reattach_button.setEnabled(usable and (detached or not device.driver_name))
        self.reset_button.setEnabled(usable)

    def detach(self) -> QMessageBox | None:
        return self.confirm(DETACH)

    def reattach(self) -> QMessageBox | None:
        return self.confirm(REATTACH)

    def reset(self) -> QMessageBox | None:
        return self.confirm(RESET)

    def confirm(self, action: DeviceAction) -> QMessageBox | None:
        """Asks (window-modal, Cancel the default) before the action runs on the selected PCI device."""
        device = self.selected_device()
        if device is None or device.name is None:
            return None
        name = device.name
        text = action.text("question", device=name, summary=summary(device),
                           driver=device.driver_name or self.tr("none"))
        users = self.used_by(device)
        text += " " + (self.tr("These VMs use it: {names}.").format(names=", ".join(users)) if users
                       else self.tr("No VM uses it."))
        cap = device.capability
        others = [pci_address(a) for a in cap.iommu_group_addresses if pci_address(a) != pci_address(cap)]
        if action is DETACH and others:
            text += " " + self.tr("A VM can be given it only when the other devices of IOMMU group {number} "
                                  "({others}) are detached too.").format(number=cap.iommu_group,
                                                                        others=", ".join(others))
        box = QMessageBox(QMessageBox.Icon.Warning, action.text("title"), text, QMessageBox.StandardButton.NoButton,
                          self)
        box.setObjectName("confirm-device-action")
        go = box.addButton(action.text("button"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _result: box.clickedButton() is go and self._run(action, name))
        box.open()
        return box

    def _run(self, action: DeviceAction, name: str) -> Task:
        task = action.run(self.connection, name)
        self._running[name] = task.description
        show_note(self.outcome_label, task.description + "…")
        self._update_actions()

        def finished(error: BaseException | None) -> None:
            self._running.pop(name, None)
            if error is None:
                show_note(self.outcome_label, action.text("done", device=name))
            else:
                show_note(self.outcome_label, action.text("failed", device=name, error=describe(error)), error=True)
            self._update_actions()

        task.then(lambda _result: finished(None), finished, owner=self)
        return task
