"""The dialog that chooses the media to insert into a CD-ROM or floppy drive: an image path or a pool volume. Its
layout is ui/insert_media_dialog.ui; the chooser goes into its chooser_holder."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from virtdesk.gui.details.widgets.storage_source import StorageSource, StorageSourceChooser
from virtdesk.gui.forms import load_form
from virtdesk.model.connection import Connection


class InsertMediaDialog(QDialog):
    """`source()` is the chosen media once accepted; OK needs a path or a volume."""

    def __init__(self, connection: Connection, drive: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insert-media")
        self.setWindowTitle(self.tr("Insert Media"))
        self.chooser = StorageSourceChooser(connection, self)  # made before the form: before its buttons in tab order
        self.chooser.path_edit.setPlaceholderText(self.tr("/var/lib/libvirt/images/install.iso"))
        form = load_form("insert_media_dialog", self)
        form.child(QLabel, "intro_label").setText(self.tr(
            "Media for {drive} (an ISO image, another file, or a pool volume):").format(drive=drive))
        form.child(QWidget, "chooser_holder").layout().addWidget(self.chooser)
        self.buttons = form.child(QDialogButtonBox, "buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.chooser.edited.connect(self._update_ok)
        self.resize(560, self.sizeHint().height())
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not self.chooser.source().is_empty())

    def source(self) -> StorageSource:
        return self.chooser.source()
