"""Restore from File: a VM brought back from a file of the host written by Save to File, running, paused or as it
was; the restore runs as a Job (libvirt cannot stop it once begun) whose report names the VM. Its layout is
ui/restore_vm_dialog.ui."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from virtdesk.gui.host_file_job_dialog import HostFileJobDialog
from virtdesk.gui.save_vm_dialog import fill_restored
from virtdesk.model.connection import Connection
from virtdesk.model.jobs import Job
from virtdesk.model.vm_saving import restore_from_file, save_flags


class RestoreVmDialog(HostFileJobDialog):
    cancellable = False

    def __init__(self, connection: Connection, parent: QWidget | None = None) -> None:
        super().__init__(connection, "restore_vm_dialog",
                         self.tr("Restore a VM on {host} from a File").format(host=connection.label), writing=False,
                         parent=parent)
        self.setObjectName("restore-vm")
        self.action_button.setText(self.tr("&Restore"))
        self.intro_label.setText(self.tr(
            "Brings back the VM saved in a file by Save to File…, where it left off. The file is kept; the VM it "
            "holds must not be running."))
        self.restored_combo = fill_restored(self.form.child(QComboBox, "restored_combo"))
        self.bypass_cache_check = self.form.child(QCheckBox, "bypass_cache_check")
        self._update()

    def _options(self) -> list[QWidget]:
        return [self.restored_combo, self.bypass_cache_check]

    def _begin(self) -> Job | None:
        return restore_from_file(self.connection, self.path(), save_flags(self.restored_combo.currentData(),
                                                                         self.bypass_cache_check.isChecked()))
