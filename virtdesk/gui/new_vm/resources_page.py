"""Step 3: memory and virtual CPUs, prefilled with what the OS recommends, limited by what the host has."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QSpinBox

from virtdesk.gui.new_vm.os_chooser import os_name
from virtdesk.gui.new_vm.page import NewVmPage, show_problem
from virtdesk.model.vm_creation_checks import resource_problems
from virtdesk.model.vm_creation_plan import InstallMethod, NewVmAnswers, os_defaults

if TYPE_CHECKING:
    from virtdesk.gui.new_vm.wizard import NewVmWizard


class ResourcesPage(NewVmPage):
    FORM = "new_vm_resources"

    def __init__(self, wizard: NewVmWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Memory and CPUs"))
        self.memory_spin = self.child(QSpinBox, "memory_spin")
        self.vcpus_spin = self.child(QSpinBox, "vcpus_spin")
        self.memory_note = self.child(QLabel, "memory_note")
        self.vcpus_note = self.child(QLabel, "vcpus_note")
        self.memory_problem = self.child(QLabel, "memory_problem")
        self.vcpus_problem = self.child(QLabel, "vcpus_problem")
        self.recommended_note = self.child(QLabel, "recommended_note")
        self._prefilled_for: object = None
        self.memory_spin.valueChanged.connect(lambda _v: self.refresh())
        self.vcpus_spin.valueChanged.connect(lambda _v: self.refresh())
        template = wizard.template
        if template is not None:
            self.memory_spin.setValue(template.memory_mib)
            self.vcpus_spin.setValue(template.vcpus)
        self.refresh()

    def initializePage(self) -> None:
        """The OS's recommendation, each time the OS or platform changed since the values were filled in."""
        entry, platform = self.owner.source_page.os_entry(), self.owner.platform
        key = (entry.id if entry is not None else None, platform)
        if key == self._prefilled_for:
            return
        first = self._prefilled_for is None
        self._prefilled_for = key
        if first and self.owner.template is not None:
            return
        if platform is None:
            return
        defaults = os_defaults(entry, platform)
        limits = self.owner.limits
        memory = min(defaults.memory_mib, limits.memory_mib // 2) if limits else defaults.memory_mib
        vcpus = min(defaults.vcpus, limits.cpus) if limits else defaults.vcpus
        self.memory_spin.setValue(max(memory, 64))
        self.vcpus_spin.setValue(max(vcpus, 1))
        name = os_name(entry) if entry is not None else self.tr("an unknown OS")
        self.recommended_note.setText(self.tr("Recommended for {os}: {memory} MiB, {vcpus} vCPUs.").format(
            os=name, memory=defaults.memory_mib, vcpus=defaults.vcpus))

    def _max_vcpus(self) -> int | None:
        caps = self.owner.domcaps
        return caps.vcpu_max if caps is not None else None

    def refresh(self) -> None:
        limits = self.owner.limits
        max_vcpus = self._max_vcpus()
        if limits is not None:
            self.memory_note.setText(self.tr("The host has {memory} MiB.").format(memory=limits.memory_mib))
            limit = min(n for n in (limits.cpus, max_vcpus) if n)
            self.vcpus_note.setText(self.tr("The host has {cpus} CPUs; up to {limit} per VM.").format(
                cpus=limits.cpus, limit=limit))
        else:
            self.memory_note.setText(self.tr("Reading the host's memory and CPUs…"))
            self.vcpus_note.setText("")
        memory, vcpus = resource_problems(self.memory_spin.value(), self.vcpus_spin.value(),
                                          limits.memory_mib if limits else None, limits.cpus if limits else None,
                                          max_vcpus)
        show_problem(self.memory_problem, memory)
        show_problem(self.vcpus_problem, vcpus)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.memory_problem.text() and not self.vcpus_problem.text()

    def nextId(self) -> int:
        if self.owner.method in (InstallMethod.IMPORT, InstallMethod.CLOUD, InstallMethod.CONTAINER):
            return self.owner.FINISH
        return super().nextId()

    def contribute(self, answers: NewVmAnswers) -> None:
        answers.memory_mib = self.memory_spin.value()
        answers.vcpus = self.vcpus_spin.value()
