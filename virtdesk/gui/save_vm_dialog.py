"""Save to File: a running or paused VM's memory and state written to a file of its host (the VM stops), with how
it runs once restored; the save runs as a Job with libvirt's progress, and Cancel aborts it, leaving the VM running
and no file. Its layout is ui/save_vm_dialog.ui."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from virtdesk.gui.host_file_job_dialog import HostFileJobDialog
from virtdesk.model.domain import Domain
from virtdesk.model.jobs import Job
from virtdesk.model.vm_saving import RestoredState, can_save, save_flags, save_to_file


def fill_restored(combo: QComboBox) -> QComboBox:
    for state in RestoredState:
        combo.addItem(state.label, state)
    return combo


class SaveVmDialog(HostFileJobDialog):
    def __init__(self, domain: Domain, parent: QWidget | None = None) -> None:
        super().__init__(domain.connection, "save_vm_dialog", self.tr("Save {vm} to a File").format(vm=domain.name),
                         writing=True, file_name=f"{domain.name}.save", parent=parent)
        self.setObjectName("save-vm")
        self.domain = domain
        self.action_button.setText(self.tr("&Save"))
        self.intro_label.setText(self.tr(
            "Writes the memory and state of {vm} to a file of its host, then shuts it off. Restore from File… "
            "brings it back from that file where it left off; its disks must not be changed meanwhile.").format(
            vm=domain.name))
        self.restored_combo = fill_restored(self.form.child(QComboBox, "restored_combo"))
        self.bypass_cache_check = self.form.child(QCheckBox, "bypass_cache_check")
        domain.connection.domain_changed.connect(self._update)
        self._update()

    def _choice_problem(self) -> str:
        if can_save(self.domain):
            return ""
        return self.tr("{vm} is {state}: only a running or paused VM can be saved.").format(
            vm=self.domain.name, state=self.domain.state_label.lower())

    def _options(self) -> list[QWidget]:
        return [self.restored_combo, self.bypass_cache_check]

    def _begin(self) -> Job | None:
        return save_to_file(self.domain, self.path(), save_flags(self.restored_combo.currentData(),
                                                                 self.bypass_cache_check.isChecked()))
