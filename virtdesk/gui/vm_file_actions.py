"""The actions that open the dialogs working on files of a VM's host: Save to File… and Core Dump… for one VM,
Restore from File… for a host. The manager and the details window share them; a dialog loads when first opened."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from virtdesk.gui.icons import themed
from virtdesk.model.connection import Connection
from virtdesk.model.domain import Domain
from virtdesk.model.vm_saving import can_save

if TYPE_CHECKING:
    from virtdesk.gui.dump_vm_dialog import DumpVmDialog
    from virtdesk.gui.restore_vm_dialog import RestoreVmDialog
    from virtdesk.gui.save_vm_dialog import SaveVmDialog

D = TypeVar("D", bound=QDialog)


class VmFileActions(QObject):
    """`select(domain, connection)` says what the window has chosen; each action is enabled where it applies."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.domain: Domain | None = None
        self.connection: Connection | None = None
        self.dialog: QDialog | None = None  # the one opened last
        self.save = self._action("document-save-as", self.tr("Save to File…"), "action-save-to-file",
                                 self.tr("Save the VM's memory and state to a file of its host, and stop it"),
                                 self.open_save)
        self.dump = self._action("document-export", self.tr("Core Dump…"), "action-core-dump",
                                 self.tr("Write the VM's memory to a file of its host, for debugging"),
                                 self.open_dump)
        self.restore = self._action("document-open", self.tr("Restore from File…"), "action-restore-from-file",
                                    self.tr("Bring back a VM saved to a file of the host"), self.open_restore)
        self.select(None, None)

    @property
    def window(self) -> QWidget:
        """The window whose menus hold the actions: the parent, not an attribute (the window keeps these actions;
        an attribute would make the two a reference cycle, freed only by a full garbage collection)."""
        return self.parent()  # type: ignore[return-value]

    def _action(self, icon: str, text: str, name: str, tooltip: str, slot: Callable[[], object]) -> QAction:
        action = QAction(themed(icon), text, self.window)
        action.setObjectName(name)
        action.setToolTip(tooltip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def select(self, domain: Domain | None, connection: Connection | None) -> None:
        self.domain, self.connection = domain, connection
        reachable = domain is not None and domain.connection.is_active
        self.save.setEnabled(reachable and domain is not None and can_save(domain))
        self.dump.setEnabled(reachable and domain is not None and domain.is_active)
        self.restore.setEnabled(connection is not None and connection.is_active)

    def open_save(self) -> SaveVmDialog | None:
        from virtdesk.gui.save_vm_dialog import SaveVmDialog  # not needed at start-up

        return self._open(SaveVmDialog, self.domain) if self.save.isEnabled() else None

    def open_dump(self) -> DumpVmDialog | None:
        from virtdesk.gui.dump_vm_dialog import DumpVmDialog  # not needed at start-up

        return self._open(DumpVmDialog, self.domain) if self.dump.isEnabled() else None

    def open_restore(self) -> RestoreVmDialog | None:
        from virtdesk.gui.restore_vm_dialog import RestoreVmDialog  # not needed at start-up

        return self._open(RestoreVmDialog, self.connection) if self.restore.isEnabled() else None

    def _open(self, kind: Callable[[object, QWidget], D], target: object) -> D:
        dialog = kind(target, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.dialog = dialog
        return dialog
