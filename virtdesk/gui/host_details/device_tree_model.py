"""The host's node devices as a Qt tree model: PCI devices grouped by IOMMU group (with the mediated device types
each offers under it), then USB, SCSI, network, storage, mediated and other devices, each row with its name,
product and vendor (or what stands for them) and driver."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from virtdesk import xmlconf
from virtdesk.gui.host_details.device_facts import mdev_type_text, summary

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the DeviceRow
DEVICE_ROLE = Qt.ItemDataRole.UserRole + 2  # the NodeDevice of a device row (None for the others)


class DeviceColumn(enum.IntEnum):
    NAME = 0
    DESCRIPTION = 1
    DRIVER = 2


class RowKind(enum.Enum):
    CATEGORY = "category"
    IOMMU_GROUP = "iommu group"
    DEVICE = "device"
    MDEV_TYPE = "mdev type"


# (title, the capability types it holds); the last one takes every other type
CATEGORIES: tuple[tuple[str, frozenset[str]], ...] = (
    (QT_TRANSLATE_NOOP("DeviceTreeModel", "PCI devices"), frozenset({"pci"})),
    (QT_TRANSLATE_NOOP("DeviceTreeModel", "USB devices"), frozenset({"usb_device"})),
    (QT_TRANSLATE_NOOP("DeviceTreeModel", "SCSI devices"),
     frozenset({"scsi", "scsi_host", "scsi_target", "scsi_generic"})),
    (QT_TRANSLATE_NOOP("DeviceTreeModel", "Network interfaces"), frozenset({"net"})),
    (QT_TRANSLATE_NOOP("DeviceTreeModel", "Storage"), frozenset({"storage"})),
    (QT_TRANSLATE_NOOP("DeviceTreeModel", "Mediated devices"), frozenset({"mdev"})),
    (QT_TRANSLATE_NOOP("DeviceTreeModel", "Other devices"), frozenset()),
)
PCI = 0


@dataclass(eq=False)
class DeviceRow:
    """A row of the tree: a category, an IOMMU group, a device, or an mdev type of its parent device (`device`)."""

    kind: RowKind
    title: str = ""
    device: xmlconf.NodeDevice | None = None
    mdev_type: xmlconf.MdevType | None = None
    iommu_group: int | None = None
    parent: DeviceRow | None = None
    children: list[DeviceRow] = field(default_factory=list)

    def add(self, row: DeviceRow) -> DeviceRow:
        row.parent = self
        self.children.append(row)
        return row

    def devices(self) -> list[xmlconf.NodeDevice]:
        """The devices at and under this row."""
        found = [self.device] if self.kind is RowKind.DEVICE and self.device is not None else []
        for child in self.children:
            found += child.devices()
        return found


def _category(device: xmlconf.NodeDevice) -> int:
    kind = device.capability.type or ""
    return next((number for number, (_title, types) in enumerate(CATEGORIES) if kind in types), len(CATEGORIES) - 1)


def _pci_key(device: xmlconf.NodeDevice) -> tuple[int, int, int, int]:
    cap = device.capability
    return (cap.domain or 0, cap.bus or 0, cap.slot or 0, cap.function or 0)


class DeviceTreeModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = DeviceRow(RowKind.CATEGORY)
        self.by_name: dict[str, xmlconf.NodeDevice] = {}

    # -- filling
    def set_devices(self, devices: list[xmlconf.NodeDevice]) -> None:
        self.beginResetModel()
        self.by_name = {device.name: device for device in devices if device.name}
        self.root = self._build(devices)
        self.endResetModel()

    def _build(self, devices: list[xmlconf.NodeDevice]) -> DeviceRow:
        root = DeviceRow(RowKind.CATEGORY)
        sorted_out: list[list[xmlconf.NodeDevice]] = [[] for _ in CATEGORIES]
        for device in devices:
            sorted_out[_category(device)].append(device)
        for number, members in enumerate(sorted_out):
            if not members:
                continue
            title = QCoreApplication.translate("DeviceTreeModel", CATEGORIES[number][0])
            category = root.add(DeviceRow(RowKind.CATEGORY, title))
            if number == PCI:
                self._add_pci(category, members)
            else:
                for device in sorted(members, key=lambda d: d.name or ""):
                    category.add(DeviceRow(RowKind.DEVICE, device=device))
        return root

    def _add_pci(self, category: DeviceRow, devices: list[xmlconf.NodeDevice]) -> None:
        groups: dict[int | None, list[xmlconf.NodeDevice]] = {}
        for device in devices:
            groups.setdefault(device.capability.iommu_group, []).append(device)
        for number in sorted(groups, key=lambda n: (n is None, n or 0)):
            title = (self.tr("IOMMU group {number}").format(number=number) if number is not None
                     else self.tr("No IOMMU group"))
            group = category.add(DeviceRow(RowKind.IOMMU_GROUP, title, iommu_group=number))
            for device in sorted(groups[number], key=_pci_key):
                row = group.add(DeviceRow(RowKind.DEVICE, device=device))
                for mdev_type in device.capability.mdev_types:
                    row.add(DeviceRow(RowKind.MDEV_TYPE, device=device, mdev_type=mdev_type))

    # -- finding
    def row_of(self, index: Index) -> DeviceRow | None:
        return index.internalPointer() if index.isValid() else None

    def index_of(self, row: DeviceRow) -> QModelIndex:
        if row.parent is None:
            return QModelIndex()
        return self.createIndex(row.parent.children.index(row), 0, row)

    def device_index(self, name: str) -> QModelIndex:
        """The index of the device row of that node device name (invalid when there is none)."""
        pending = list(self.root.children)
        while pending:
            row = pending.pop(0)
            if row.kind is RowKind.DEVICE and row.device is not None and row.device.name == name:
                return self.index_of(row)
            pending.extend(row.children)
        return QModelIndex()

    def mdev_type_of(self, device: xmlconf.NodeDevice) -> xmlconf.MdevType | None:
        """The type of an mdev instance, as its parent device offers it."""
        parent = self.by_name.get(device.parent or "")
        if parent is None:
            return None
        return next((t for t in parent.capability.mdev_types if t.id == device.capability.type_id), None)

    # -- Qt's side
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        owner = self.row_of(parent) or self.root
        if not (0 <= row < len(owner.children) and 0 <= column < len(DeviceColumn)):
            return QModelIndex()
        return self.createIndex(row, column, owner.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        row = self.row_of(index)
        if row is None or row.parent is None or row.parent is self.root:
            return QModelIndex()
        return self.index_of(row.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() and parent.column() != 0:
            return 0
        return len((self.row_of(parent) or self.root).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(DeviceColumn)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {DeviceColumn.NAME: self.tr("Device"), DeviceColumn.DESCRIPTION: self.tr("Product / vendor"),
                DeviceColumn.DRIVER: self.tr("Driver")}[DeviceColumn(section)]

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_of(index)
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        if role == DEVICE_ROLE:
            return row.device if row.kind is RowKind.DEVICE else None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, DeviceColumn(index.column()))
        return None

    def text(self, row: DeviceRow, column: DeviceColumn) -> str:
        if row.kind in (RowKind.CATEGORY, RowKind.IOMMU_GROUP):
            if column is DeviceColumn.NAME:
                return row.title
            count = len(row.devices())
            return self.tr("%n device(s)", "", count) if column is DeviceColumn.DESCRIPTION else ""
        device = row.device
        assert device is not None
        if row.kind is RowKind.MDEV_TYPE:
            assert row.mdev_type is not None
            if column is DeviceColumn.NAME:
                return row.mdev_type.id or ""
            return mdev_type_text(row.mdev_type) if column is DeviceColumn.DESCRIPTION else ""
        if column is DeviceColumn.NAME:
            return device.name or ""
        if column is DeviceColumn.DESCRIPTION:
            mdev_type = self.mdev_type_of(device) if device.capability.type == "mdev" else None
            return summary(device, mdev_type)
        return device.driver_name or ""
