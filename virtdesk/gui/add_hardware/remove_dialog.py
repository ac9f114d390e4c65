"""Remove hardware: a confirmation naming the device and, for a disk on an image, an opt-in to delete the image
(only after the device is gone, and never while another VM uses it). Its layout is ui/remove_hardware_dialog.ui."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QMessageBox, QWidget

from virtdesk import xmlconf
from virtdesk.gui.forms import load_form
from virtdesk.gui.icons import themed
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model import hardware
from virtdesk.model.domain_config import ApplyResult, DomainConfig
from virtdesk.model.errors import describe


class RemoveHardwareDialog(QDialog):
    """Asks before removing ``device`` (an element of ``config.persistent``). `removed` fires with the
    ApplyResult once the device is gone; `finished_all` once the image deletion (if asked for) is done too."""

    removed = Signal(object)
    finished_all = Signal()

    def __init__(self, config: DomainConfig, device: xmlconf.Device, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.config = config
        self.device = device.copy()
        self.image_path: str | None = None
        self.busy = False
        self.setObjectName("remove-hardware")
        self.setWindowTitle(self.tr("Remove Hardware"))
        self.form = load_form("remove_hardware_dialog", self)
        name = hardware.describe_device(device)
        self.question = self.form.child(QLabel, "question_label")
        self.question.setText(self.tr("Remove {device} from {vm}?").format(device=name, vm=config.domain.name))
        self.form.child(QLabel, "running_label").setVisible(config.active)
        self.delete_check = self.form.child(QCheckBox, "delete-image")
        self.delete_check.setChecked(False)
        self.delete_check.hide()
        self.message = self.form.child(QLabel, "message")
        self.message.setStyleSheet(tone_style(Tone.ERROR))
        self.buttons = self.form.child(QDialogButtonBox, "buttons")
        self.remove_button = self.buttons.addButton(self.tr("Remove"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.setObjectName("remove")
        self.remove_button.setIcon(themed("list-remove"))
        self.remove_button.setAutoDefault(False)  # Return keeps the device even when Remove has the focus
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus()
        self.remove_button.clicked.connect(self.remove)
        self.buttons.rejected.connect(self.reject)
        if isinstance(device, xmlconf.Disk) and device.type in ("file", "volume"):
            disk = self.device
            config.connection.call(lambda conn: hardware.disk_image_path(conn, disk), quiet=True).then(
                self._offer_deletion, owner=self)

    def _offer_deletion(self, path: str | None) -> None:
        if not path:
            return
        self.image_path = path
        self.delete_check.setText(self.tr("Also delete the disk image {path} (its data is lost)").format(path=path))
        self.delete_check.show()

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.remove_button.setEnabled(not busy)

    def remove(self) -> None:
        if self.busy:
            return
        self.message.clear()
        self._set_busy(True)
        path = self.image_path if self.delete_check.isChecked() else None
        if path is None:
            self._remove(None)
            return
        uuid = self.config.domain.uuid
        self.config.connection.call(lambda conn: hardware.image_users(conn, path, ignore=uuid), quiet=True).then(
            lambda users: self._checked(path, users), self._failed, owner=self)

    def _checked(self, path: str, users: list[str]) -> None:
        if users:
            self._set_busy(False)
            self.message.setText(self.tr("The disk image {path} is also used by {vms}. Nothing was removed; "
                                         "remove the device without deleting the image, or detach it from {vms} "
                                         "first.").format(path=path, vms=", ".join(users)))
            return
        self._remove(path)

    def _remove(self, path: str | None) -> None:
        try:
            task = hardware.remove_device(self.config, self.device)
        except LookupError as exc:
            self._failed(exc)
            return
        task.then(lambda result: self._removed(result, path), self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message.setText(self.tr("Not removed: {error}").format(error=describe(exc)))

    def _removed(self, result: ApplyResult, path: str | None) -> None:
        self.removed.emit(result)
        parent = self.parentWidget()
        if result.live_failed and parent is not None:
            self._tell(parent, "removed-after-shutdown", self.tr("Removed; takes effect after the next shutdown"),
                       self.tr("The device is removed from the configuration, but it could not be unplugged from "
                               "the running VM; it goes away at the next shutdown.\n\n{failures}").format(
                           failures="\n".join(f"{k}: {v}" for k, v in result.live_failed.items())))
        if path is None:
            self._done()
            return
        self.config.connection.call(lambda conn: hardware.delete_volume(conn, path), quiet=True).then(
            lambda _r: self._done(), lambda exc: self._not_deleted(exc), owner=self)

    def _not_deleted(self, exc: BaseException) -> None:
        parent = self.parentWidget()
        text = str(exc) if isinstance(exc, hardware.ImageInUse) else describe(exc)
        if parent is not None:
            self._tell(parent, "image-not-deleted", self.tr("Disk image kept"),
                       self.tr("The device is removed, but its disk image was not deleted: {error}").format(error=text))
        self.message.setText(text)
        self._done()

    def _tell(self, parent: QWidget, name: str, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setObjectName(name)
        box.open()

    def _done(self) -> None:
        self._set_busy(False)
        self.finished_all.emit()
        self.accept()
