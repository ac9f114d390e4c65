"""Core Dump: a running or paused VM's memory written to a file of its host for debugging, memory only (ELF,
kdump or Windows formats) or with its device state, the VM paused meanwhile unless asked to keep running, and let
go on, stopped or reset afterwards (the last two said to lose what runs in it); the dump runs as a Job. Its layout
is ui/dump_vm_dialog.ui."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QRadioButton, QWidget

from virtdesk.gui.host_file_job_dialog import HostFileJobDialog
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model.domain import Domain
from virtdesk.model.jobs import Job
from virtdesk.model.vm_saving import AfterDump, DumpChoice, DumpFormat, can_abort_dump, core_dump


class DumpVmDialog(HostFileJobDialog):
    def __init__(self, domain: Domain, parent: QWidget | None = None) -> None:
        super().__init__(domain.connection, "dump_vm_dialog",
                         self.tr("Dump the Memory of {vm}").format(vm=domain.name), writing=True,
                         file_name=f"{domain.name}.core", parent=parent)
        self.setObjectName("dump-vm")
        self.domain = domain
        self.action_button.setText(self.tr("&Dump"))
        self.intro_label.setText(self.tr(
            "Writes the memory of {vm} to a file of its host, for debugging its guest system.").format(
            vm=domain.name))
        form = self.form
        self.memory_only_radio = form.child(QRadioButton, "memory_only_radio")
        self.full_radio = form.child(QRadioButton, "full_radio")
        self.format_combo = form.child(QComboBox, "format_combo")
        for dump_format in DumpFormat:
            self.format_combo.addItem(dump_format.label, dump_format)
        self.after_combo = form.child(QComboBox, "after_combo")
        for after in AfterDump:
            self.after_combo.addItem(after.label, after)
        self.live_check = form.child(QCheckBox, "live_check")
        self.bypass_cache_check = form.child(QCheckBox, "bypass_cache_check")
        self.after_warning = form.child(QLabel, "after_warning")
        self.after_warning.setStyleSheet(tone_style(Tone.ERROR))
        self.memory_only_radio.toggled.connect(self._update)
        self.after_combo.currentIndexChanged.connect(self._update)
        domain.connection.domain_changed.connect(self._update)
        self._update()

    def choice(self) -> DumpChoice:
        return DumpChoice(self.memory_only_radio.isChecked(), self.format_combo.currentData(),
                          self.after_combo.currentData(), self.live_check.isChecked(),
                          self.bypass_cache_check.isChecked())

    def _update(self) -> None:
        if self.job is None:
            choice = self.choice()
            self.format_combo.setEnabled(choice.memory_only)
            self.after_warning.setText({
                AfterDump.KEEP: "",
                AfterDump.CRASH: self.tr("{vm} is stopped once its memory is written: what runs in it and its "
                                         "unsaved data are lost."),
                AfterDump.RESET: self.tr("{vm} is reset once its memory is written: what runs in it and its "
                                         "unsaved data are lost."),
            }[choice.after].format(vm=self.domain.name))
        super()._update()

    def _choice_problem(self) -> str:
        if self.domain.is_active:
            return ""
        return self.tr("{vm} is {state}: only a running or paused VM can be dumped.").format(
            vm=self.domain.name, state=self.domain.state_label.lower())

    def _options(self) -> list[QWidget]:
        return [self.memory_only_radio, self.full_radio, self.format_combo, self.after_combo, self.live_check,
                self.bypass_cache_check]

    def _begin(self) -> Job | None:
        choice = self.choice()
        self.cancellable = can_abort_dump(choice)
        return core_dump(self.domain, self.path(), choice)
