"""The questions the Storage tab asks before it destroys a volume's data: wiping one, deleting some, and deleting
ones that VMs use (a second question of its own, naming those VMs). Each names what is lost and keeps it by
default; the boxes are opened, not exec'd, and `box.go_button` is the button that goes ahead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from virtdesk.model.storage import Volume


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def _question(parent: QWidget, name: str, title: str, text: str, go: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    box.go_button = box.addButton(go, QMessageBox.ButtonRole.DestructiveRole)  # type: ignore[attr-defined]
    keep = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box


def _used_by(users: dict[str, list[str]]) -> str:
    return "\n".join(_tr("{volume} is used by {vms}.").format(volume=volume, vms=", ".join(vms))
                     for volume, vms in users.items())


def wipe(parent: QWidget, volume: Volume, users: list[str]) -> QMessageBox:
    text = _tr("Wipe the volume {name} ({path})?\n\nEverything it holds is overwritten with zeros and cannot be "
               "recovered.").format(name=volume.name, path=volume.path)
    if users:
        text += "\n\n" + _used_by({volume.name: users})
    return _question(parent, "confirm-wipe-volume", _tr("Wipe Volume"), text, _tr("&Wipe {name}").format(
        name=volume.name))


def delete(parent: QWidget, volumes: list[Volume]) -> QMessageBox:
    if len(volumes) == 1:
        text = _tr("Delete the volume {name} ({path})?\n\nIts data is lost.").format(name=volumes[0].name,
                                                                                     path=volumes[0].path)
        go = _tr("&Delete {name}").format(name=volumes[0].name)
    else:
        text = _tr("Delete these {count} volumes?\n\n{volumes}\n\nTheir data is lost.").format(
            count=len(volumes), volumes="\n".join(f"{v.name} ({v.path})" for v in volumes))
        go = _tr("&Delete {count} Volumes").format(count=len(volumes))
    return _question(parent, "confirm-delete-volumes", _tr("Delete Volumes"), text, go)


def delete_used(parent: QWidget, users: dict[str, list[str]]) -> QMessageBox:
    """The second question, for the volumes (of those the user chose to delete) that VMs use: {volume: VMs}."""
    vms = sorted({vm for names in users.values() for vm in names})
    text = _tr("{used}\n\nDeleting takes their disk away from {vms}: they will not start until it is removed from "
               "them or replaced. Delete anyway?").format(used=_used_by(users), vms=", ".join(vms))
    return _question(parent, "confirm-delete-used-volumes", _tr("Delete Volumes That VMs Use"), text,
                     _tr("Delete, Although &Used by {vms}").format(vms=", ".join(vms)))
