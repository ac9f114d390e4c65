"""Deleting a storage pool: a dialog naming the pool, how many volumes it holds and which VMs use them, with a
separate opt-in (unticked) to delete its storage too, naming what that removes. Cancel is the default; the
libvirt calls run on a worker once the user said Delete. Its layout is ui/pool_deletion.ui."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QWidget

from virtdesk.gui.forms import load_form
from virtdesk.gui.icons import themed
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model import storage_actions
from virtdesk.model.connection import Connection
from virtdesk.model.storage import StoragePool, Volume
from virtdesk.model.volume_users import VolumeUsage
from virtdesk.model.worker import Task


class PoolDeletionDialog(QDialog):
    """Asks whether to delete ``pool`` and whether to delete its storage with it (`delete_storage()`)."""

    def __init__(self, connection: Connection, pool: StoragePool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.pool = pool
        self.catalogue = connection.catalogue
        self.storage = storage_actions.storage_to_delete(pool.xml)
        self.offers_storage = bool(self.storage) and pool.persistent
        self.setObjectName("delete-pool")
        self.setWindowTitle(self.tr("Delete Storage Pool"))
        form = load_form("pool_deletion", self)
        self.question = form.child(QLabel, "question_label")
        self.question.setText(self.tr("Delete the storage pool {name}?").format(name=pool.name))
        self.definition = form.child(QLabel, "definition_label")
        self.definition.setText(self._definition_text())
        self.volumes_label = form.child(QLabel, "pool-volumes")
        self.users_label = form.child(QLabel, "pool-volume-users")
        self.storage_check = form.child(QCheckBox, "delete-pool-storage")
        self.storage_check.setText(self.tr("Also delete the storage: {what}").format(what=self.storage))
        self.storage_check.setChecked(False)
        self.storage_check.setVisible(self.offers_storage)
        self.storage_note = form.child(QLabel, "pool-storage-note")
        self.buttons = form.child(QDialogButtonBox, "buttons")
        self.delete_button = self.buttons.addButton(self.tr("&Delete {name}").format(name=pool.name),
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setObjectName("delete")
        self.delete_button.setIcon(themed("edit-delete"))
        self.delete_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus()
        self.delete_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.storage_check.toggled.connect(self._update)
        self.catalogue.volumes_changed.connect(self._volumes_changed)
        self.usage = VolumeUsage(connection, self)
        self.usage.changed.connect(self._update)
        self._update()

    def _definition_text(self) -> str:
        pool = self.pool
        if not pool.persistent:
            return self.tr("It is a transient pool: stopping it removes it from {host}. Its storage is left as it "
                           "is.").format(host=self.connection.label)
        text = self.tr("Its definition is removed from {host}.").format(host=self.connection.label)
        if pool.active:
            text += " " + self.tr("It is active: it is stopped first.")
        return text

    def volumes(self) -> list[Volume] | None:
        """The pool's volumes, None while they are read or when they cannot be known (the pool is stopped)."""
        return self.catalogue.volumes(self.pool.name) if self.pool.active else None

    def _volumes_changed(self, pool: str) -> None:
        if pool == self.pool.name and self.isVisible():  # once answered, the pool may be gone: nothing to read
            self._update()

    def _update(self, *_args: object) -> None:
        volumes = self.volumes()
        if not self.pool.active:
            self.volumes_label.setText(self.tr("It is not active, so the volumes it holds are not known."))
        elif volumes is None:
            self.volumes_label.setText(self.tr("Reading its volumes…"))
        else:
            self.volumes_label.setText(self.tr("It holds %n volume(s).", "", len(volumes)))
        users = {volume.name: self.usage.users.of(self.pool.name, volume) for volume in volumes or ()}
        used = {name: vms for name, vms in users.items() if vms}
        if used:
            self.users_label.setText(self.tr("Used by VMs: {uses}").format(uses="; ".join(
                self.tr("{volume} by {vms}").format(volume=name, vms=", ".join(vms)) for name, vms in used.items())))
        elif volumes and self.usage.read:
            self.users_label.setText(self.tr("No VM uses them."))
        else:
            self.users_label.setText("")
        self.users_label.setVisible(bool(self.users_label.text()))
        blocked = storage_actions.deletion_blocked(self.pool.xml, len(volumes) if volumes is not None else None)
        self.storage_check.setEnabled(not blocked)
        if blocked:
            self.storage_check.setChecked(False)
        self._show_note(blocked, used)

    def _show_note(self, blocked: str, used: dict[str, list[str]]) -> None:
        warning = True
        if not self.offers_storage and self.pool.persistent:
            text, warning = self.tr("libvirt cannot delete the storage of {type} pools: it is left as it is.").format(
                type=storage_actions.pool_type(self.pool.xml)), False
        elif blocked:
            text = blocked
        elif self.storage_check.isChecked():
            text = self.tr("What it holds is lost.")
            if used:
                text += " " + self.tr("The VMs using its volumes lose those disks: they will not start until the "
                                      "disks are removed from them or replaced.")
        else:
            text, warning = self.tr("Its storage and the volumes in it are kept."), False
        self.storage_note.setStyleSheet(tone_style(Tone.ERROR) if warning else "")
        self.storage_note.setText(text)

    def delete_storage(self) -> bool:
        return self.offers_storage and self.storage_check.isEnabled() and self.storage_check.isChecked()


def ask_to_delete_pool(parent: QWidget, connection: Connection, pool: StoragePool,
                       started: Callable[[Task], object]) -> PoolDeletionDialog:
    """Opens the question (window-modal, without waiting for it); on Delete, starts the deletion and hands its task
    (storage_actions.delete_pool) to started. Cancel, Escape or closing the window deletes nothing."""
    dialog = PoolDeletionDialog(connection, pool, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.accepted.connect(lambda: started(storage_actions.delete_pool(connection, pool.name,
                                                                        dialog.delete_storage())))
    dialog.open()
    return dialog
