"""Step 5: the VM's name, network and firmware, the XML that Finish defines (reviewed, and edited by hand if the
user wants), and the creation itself with its progress; a failure is shown here with every answer kept."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QProgressBar, QWizard

from virtdesk import xmlconf
from virtdesk.gui.new_vm.customize import customize_before_install
from virtdesk.gui.new_vm.page import NewVmPage, pause_timer, show_problem
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model.connection import Connection
from virtdesk.model.host_schema import HostSchema
from virtdesk.model.jobs import Job, JobState
from virtdesk.model.vm_creation import CreatedVm, create_vm, when_listed
from virtdesk.model.vm_creation_checks import GIB, name_problem, volume_name_problem
from virtdesk.model.vm_creation_memory import remember_choices
from virtdesk.model.vm_creation_plan import (
    Firmware,
    InstallMethod,
    NewVmAnswers,
    VmPlan,
    after_install,
    build_plan,
    os_defaults,
)
from virtdesk.xmlconf.builders import NicSpec

if TYPE_CHECKING:
    from virtdesk.gui.new_vm.wizard import NewVmWizard

NETWORK, BRIDGE, DIRECT, USER, NONE = "network", "bridge", "direct", "user", "none"


class FinishPage(NewVmPage):
    FORM = "new_vm_finish"

    def __init__(self, wizard: NewVmWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Ready to Begin the Installation"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.name_edit = self.child(QLineEdit, "name_edit")
        self.name_problem = self.child(QLabel, "name_problem")
        self.network_kind = self.child(QComboBox, "network_kind_combo")
        self.network_source = self.child(QComboBox, "network_source_combo")
        self.network_problem = self.child(QLabel, "network_problem")
        self.firmware_combo = self.child(QComboBox, "firmware_combo")
        self.firmware_note = self.child(QLabel, "firmware_note")
        self.tpm_check = self.child(QCheckBox, "tpm_check")
        self.summary_label = self.child(QLabel, "summary_label")
        self.customize_check = self.child(QCheckBox, "customize_check")
        self.edit_xml_check = self.child(QCheckBox, "edit_xml_check")
        self.xml_edit = self.child(QPlainTextEdit, "xml_edit")
        self.xml_problem = self.child(QLabel, "xml_problem")
        self.status_label = self.child(QLabel, "status_label")
        self.progress_bar = self.child(QProgressBar, "progress_bar")
        for kind, text in ((NETWORK, self.tr("Virtual network")), (BRIDGE, self.tr("Bridge device")),
                           (DIRECT, self.tr("Macvtap device")), (USER, self.tr("Usermode networking")),
                           (NONE, self.tr("No network"))):
            self.network_kind.addItem(text, kind)
        self.job: Job | None = None
        self.created: CreatedVm | None = None
        self._name_edited = False
        self._prefilled_for: object = None
        self._xml_timer = pause_timer(self, self._check_xml)
        self.name_edit.textEdited.connect(self._name_typed)
        self.name_edit.textChanged.connect(lambda _t: self.refresh())
        self.network_kind.currentIndexChanged.connect(self._network_kind_changed)
        self.network_source.currentTextChanged.connect(lambda _t: self.refresh())
        self.firmware_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.tpm_check.toggled.connect(lambda _on: self.refresh())
        self.edit_xml_check.toggled.connect(self._edit_xml_toggled)
        self.xml_edit.textChanged.connect(self._xml_typed)
        for label in (self.name_problem, self.network_problem, self.xml_problem):
            label.hide()
        wizard.connection_changed.connect(self._connection_changed)
        wizard.platform_changed.connect(self._fill_firmware)
        self._connection_changed()

    # -- defaults
    def _connection_changed(self) -> None:
        template = self.owner.template
        remembered = self.owner.remembered.get("network")
        if template is not None and template.nic is not None:
            kind, source = template.nic.type, template.nic.source
        elif template is not None:
            kind, source = NONE, None
        elif remembered:
            kind, _sep, source = remembered.partition(":")
        else:
            kind, source = self._default_network()
        self.network_kind.setCurrentIndex(max(self.network_kind.findData(kind), 0))
        self._network_kind_changed()
        if source:
            self.network_source.setCurrentText(source)
        self._fill_firmware()

    def _default_network(self) -> tuple[str, str | None]:
        connection = self.owner.connection
        networks = connection.networks.values() if connection is not None else []
        if any(n.name == "default" for n in networks):
            return NETWORK, "default"
        if connection is not None and "session" in connection.uri:
            return USER, None
        first = next(iter(sorted(n.name for n in networks)), None)
        return (NETWORK, first) if first else (USER, None)

    def _network_kind_changed(self, _index: int = 0) -> None:
        kind = self.network_kind.currentData()
        connection = self.owner.connection
        self.network_source.blockSignals(True)
        self.network_source.clear()
        self.network_source.setEditable(kind in (BRIDGE, DIRECT))
        if kind == NETWORK and connection is not None:
            for network in sorted(connection.networks.values(), key=lambda n: n.name):
                self.network_source.addItem(network.name, network.name)
            index = self.network_source.findData("default")
            self.network_source.setCurrentIndex(max(index, 0))
        self.network_source.setEnabled(kind in (NETWORK, BRIDGE, DIRECT))
        self.network_source.blockSignals(False)
        if kind in (BRIDGE, DIRECT):
            self.network_source.lineEdit().setPlaceholderText(
                self.tr("br0") if kind == BRIDGE else self.tr("eth0"))
        self.refresh()

    def _fill_firmware(self) -> None:
        platform = self.owner.platform
        current = self.firmware_combo.currentData()
        self.firmware_combo.blockSignals(True)
        self.firmware_combo.clear()
        self.firmware_combo.addItem(self.tr("BIOS"), Firmware.BIOS.value)
        uefi = platform is None or platform.uefi is not False
        if uefi:
            self.firmware_combo.addItem(self.tr("UEFI"), Firmware.UEFI.value)
            if platform is None or platform.secure_boot is not False:
                self.firmware_combo.addItem(self.tr("UEFI with Secure Boot"), Firmware.UEFI_SECURE.value)
        self.firmware_note.setText("" if uefi else self.tr("The host has no UEFI firmware for this kind of VM."))
        self.firmware_note.setVisible(not uefi)
        index = self.firmware_combo.findData(current) if current is not None else 0
        self.firmware_combo.setCurrentIndex(max(index, 0))
        self.firmware_combo.blockSignals(False)
        self.tpm_check.setEnabled(platform is None or platform.tpm is not False)
        self._prefilled_for = None

    def initializePage(self) -> None:
        entry, platform = self.owner.source_page.os_entry(), self.owner.platform
        key = (entry.id if entry is not None else None, platform)
        if key != self._prefilled_for and platform is not None:
            self._prefilled_for = key
            template = self.owner.template
            defaults = os_defaults(entry, platform)
            firmware = template.firmware if template is not None else defaults.firmware
            index = self.firmware_combo.findData(firmware.value)
            self.firmware_combo.setCurrentIndex(index if index >= 0 else 0)
            self.tpm_check.setChecked((template.tpm if template is not None else defaults.tpm)
                                      and self.tpm_check.isEnabled())
        if self.owner.method is InstallMethod.PXE and self.owner.source_page.pxe_network():
            self.network_kind.setCurrentIndex(self.network_kind.findData(NETWORK))
            self.network_source.setCurrentText(self.owner.source_page.pxe_network() or "")
        if not self._name_edited:
            self.name_edit.setText(self._suggested_name())
        self._enable_machine_fields()
        self.refresh()

    def _enable_machine_fields(self) -> None:
        """Firmware and TPM, where the VM has them (a container has neither) and the host offers them."""
        machine, platform = self.owner.method is not InstallMethod.CONTAINER, self.owner.platform
        self.firmware_combo.setEnabled(machine)
        self.tpm_check.setEnabled(machine and (platform is None or platform.tpm is not False))
        # libvirt's LXC driver gives a container's NIC a veth pair on the host: it has no usermode networking
        user = self.network_kind.findData(USER)
        cast(QStandardItemModel, self.network_kind.model()).item(user).setEnabled(machine)
        if not machine and self.network_kind.currentIndex() == user:
            self.network_kind.setCurrentIndex(self.network_kind.findData(NONE))

    def _suggested_name(self) -> str:
        template = self.owner.template
        entry = self.owner.source_page.os_entry()
        base = template.name if template is not None else entry.short_id if entry is not None else "vm"
        base = "".join(c if c.isalnum() or c in "._+-" else "-" for c in base) or "vm"
        taken = self._taken_names()
        if base not in taken and template is None:
            return base
        number = 2
        while f"{base}-{number}" in taken:
            number += 1
        return f"{base}-{number}"

    def _taken_names(self) -> set[str]:
        connection = self.owner.connection
        return {d.name for d in connection.domains.values()} if connection is not None else set()

    def _name_typed(self, _text: str) -> None:
        self._name_edited = True

    def name(self) -> str:
        return self.name_edit.text().strip()

    # -- checks
    def refresh(self) -> None:
        name_text = name_problem(self.name(), self._taken_names())
        storage = self.owner.storage_page
        if not name_text and storage.used() and storage.creating() and not storage.volume_name_edit.text().strip():
            name_text = volume_name_problem(storage.volume_name(), storage.taken_volume_names())
        if not name_text and self.owner.method is InstallMethod.CLOUD:
            name_text = self.owner.source_page.cloud_name_problem(self.name())
        show_problem(self.name_problem, name_text)
        kind = self.network_kind.currentData()
        network = ""
        if kind in (NETWORK, BRIDGE, DIRECT) and not self.network_source.currentText().strip():
            network = {NETWORK: self.tr("The host has no virtual network; choose another kind."),
                       BRIDGE: self.tr("Enter the name of the host's bridge."),
                       DIRECT: self.tr("Enter the host's network device.")}[kind]
        show_problem(self.network_problem, network)
        if not self.edit_xml_check.isChecked():
            self._show_plan()
        self.completeChanged.emit()

    def nic(self) -> NicSpec | None:
        kind = self.network_kind.currentData()
        if kind == NONE:
            return None
        source = self.network_source.currentText().strip() or None
        return NicSpec(type=kind, source=source if kind != USER else None)

    def contribute(self, answers: NewVmAnswers) -> None:
        answers.nic = self.nic()
        answers.firmware = Firmware(self.firmware_combo.currentData() or Firmware.BIOS.value)
        answers.tpm = self.tpm_check.isChecked()
        if self.owner.template is not None:
            answers.graphics = self.owner.template.graphics

    def _show_plan(self) -> None:
        if self.owner.platform is None:
            return
        answers = self.owner.answers()
        try:
            plan = build_plan(answers)
        except (xmlconf.XMLConfError, ValueError) as exc:
            show_problem(self.xml_problem, str(exc))
            return
        self.xml_edit.blockSignals(True)
        self.xml_edit.setPlainText(plan.install_xml.to_xml())
        self.xml_edit.blockSignals(False)
        show_problem(self.xml_problem, "")
        self.summary_label.setText(self._summary(answers))

    def _summary(self, answers: NewVmAnswers) -> str:
        if answers.new_disk is not None:
            storage = self.tr("new {size:.1f} GiB {format} image in the pool {pool}").format(
                size=answers.new_disk.capacity_bytes / GIB, format=answers.new_disk.format,
                pool=answers.new_disk.pool)
        elif answers.cloud_image is not None:
            storage = self.tr("new image over {image}").format(image=answers.cloud_image.path)
        elif answers.existing_disk is not None or answers.method is InstallMethod.IMPORT:
            storage = self.tr("existing disk")
        else:
            storage = self.tr("none")
        connection = self.owner.connection
        return self.tr("OS: {os} · Memory: {memory} MiB · vCPUs: {vcpus} · Storage: {storage} · Host: {host}").format(
            os=answers.os.name if answers.os is not None else "?", memory=answers.memory_mib,
            vcpus=answers.vcpus, storage=storage,
            host=connection.label if connection is not None else "")

    def _edit_xml_toggled(self, on: bool) -> None:
        self.xml_edit.setReadOnly(not on)
        if on:
            self._check_xml()
        else:
            self.refresh()

    def _xml_typed(self) -> None:
        if self.edit_xml_check.isChecked():
            self._xml_timer.start()
            self.completeChanged.emit()

    def edited_domain(self) -> xmlconf.Domain | None:
        """The XML typed by hand, when it is a domain; else None."""
        try:
            document = xmlconf.load(self.xml_edit.toPlainText())
        except (xmlconf.XMLConfError, ValueError):
            return None
        return document if isinstance(document, xmlconf.Domain) else None

    def _check_xml(self) -> None:
        if not self.edit_xml_check.isChecked():
            return
        document = self.edited_domain()
        if document is None:
            problem = self.tr("This is not a domain's XML.")
        else:
            connection = self.owner.connection
            errors = HostSchema.of(connection).check(document) if connection is not None else None
            problem = self.tr("libvirt's schema does not accept this XML:\n{errors}").format(
                errors="\n".join(errors[:5])) if errors else ""
            if not problem and document.name != self.name():
                problem = self.tr("The XML names the VM “{xml}”, the name field “{name}”.").format(
                    xml=document.name, name=self.name())
        show_problem(self.xml_problem, problem)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        if self.busy or self.name_problem.text() or self.network_problem.text():
            return False
        if self.edit_xml_check.isChecked():
            return not self._xml_timer.isActive() and not self.xml_problem.text()
        return not self.xml_problem.text()

    # -- creating
    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.state is JobState.RUNNING

    def plan(self) -> VmPlan:
        plan = build_plan(self.owner.answers())
        if self.edit_xml_check.isChecked():
            edited = self.edited_domain()
            assert edited is not None
            plan.install_xml, plan.final_xml = edited, after_install(edited)
        plan.start = not self.customize_check.isChecked()
        return plan

    def create(self) -> None:
        connection = self.owner.connection
        if self.busy or connection is None or not self.isComplete():
            return
        try:
            plan = self.plan()
        except (xmlconf.XMLConfError, ValueError) as exc:
            self._show_status(self.tr("Not created: {error}").format(error=exc), error=True)
            return
        answers = self.owner.answers()
        nic = answers.nic
        remember_choices(connection.uri, {
            "method": answers.method.value, "os": answers.os.short_id if answers.os is not None else None,
            "pool": answers.new_disk.pool if answers.new_disk is not None else None,
            "network": f"{nic.type}:{nic.source or ''}" if nic is not None else None})
        self.job = create_vm(connection, plan)
        self.job.changed.connect(self._job_changed)
        self.job.ended.connect(lambda plan=plan: self._job_ended(plan))
        self._set_busy(True)
        self._job_changed()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _set_busy(self, busy: bool) -> None:
        self.progress_bar.setVisible(busy)
        for widget in (self.name_edit, self.network_kind, self.network_source, self.firmware_combo,
                       self.tpm_check, self.customize_check, self.edit_xml_check, self.xml_edit):
            widget.setEnabled(not busy)
        if not busy:
            self._enable_machine_fields()
        self.completeChanged.emit()  # the wizard sets its buttons again: Back only after that
        self.owner.button(QWizard.WizardButton.BackButton).setEnabled(not busy)

    def _job_changed(self) -> None:
        job = self.job
        if job is None:
            return
        self._show_status(job.phase)
        fraction = job.fraction
        self.progress_bar.setRange(0, 0 if fraction is None else 100)
        if fraction is not None:
            self.progress_bar.setValue(int(fraction * 100))

    def _job_ended(self, plan: VmPlan) -> None:
        job = self.job
        assert job is not None
        self._set_busy(False)
        if job.state is JobState.SUCCEEDED:
            self.created = job.result
            self._show_status(self.tr("Created the VM {name}.").format(name=plan.name))
            connection = self.owner.connection
            self.owner.created.emit(connection, self.created)
            if connection is not None:
                self._show_created(connection, self.created, plan)
            self.owner.accept()
        elif job.state is JobState.CANCELLED:
            self._show_status(self.tr("Cancelled. Nothing was left on the host."), error=True)
        else:
            self._show_status(self.tr("Not created: {error}\nEverything made on the way was removed again; "
                                      "change what is needed and press Finish again.").format(error=job.error),
                              error=True)

    def _show_created(self, connection: Connection, created: CreatedVm, plan: VmPlan) -> None:
        """The console of a VM whose installation started; else the details window to customize it in, and the
        console once the user begins the installation there."""
        show_console, show_details = self.owner.show_console, self.owner.show_details
        if plan.start:
            if show_console is not None:
                when_listed(connection, created.uuid, show_console)
        elif show_details is not None:
            customize_before_install(connection, created, plan, show_details, show_console)

    def _show_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(tone_style(Tone.ERROR) if error else "")
