"""Create Snapshot: a name (derived from the date and free), a description, internal (with the memory of a running
VM) or external disk-only (the disks to give an overlay file, and where each goes), quiesced through the guest
agent where it answers. A kind or option this host's libvirt refuses is disabled with the reason beside it. The
snapshot is taken as a Job whose report the dialog shows. Its layout is ui/create_snapshot_dialog.ui."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QRadioButton, QTableWidgetItem, QWidget

from virtdesk.gui.delete_vm_dialog import VmJobDialog
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model.domain import Domain
from virtdesk.model.jobs import Job
from virtdesk.model.snapshot_jobs import create_snapshot
from virtdesk.model.snapshots import (
    SnapshotFacts,
    SnapshotKind,
    SnapshotOption,
    SnapshotRequest,
    default_name,
    default_overlay,
    external_disks,
    name_problem,
    overlay_problems,
    read_snapshots,
    unavailable,
)


class CreateSnapshotDialog(VmJobDialog):
    """Takes one snapshot of a VM."""

    job_started = Signal(object)

    class Column:
        CHOSEN, TARGET, IMAGE, OVERLAY = range(4)

    def __init__(self, domain: Domain, parent: QWidget | None = None) -> None:
        super().__init__("create_snapshot_dialog", self.tr("Snapshot of {vm}").format(vm=domain.name), parent)
        self.setObjectName("create-snapshot")
        self.domain = domain
        self.facts: SnapshotFacts | None = None
        self._edited: set[str] = set()  # the disks whose overlay path the user typed
        self._filling = False
        self.action_button.setText(self.tr("&Take Snapshot"))
        form = self.form
        self.intro_label = form.child(QLabel, "intro_label")
        self.name_edit = form.child(QLineEdit, "name_edit")
        self.name_problem = form.child(QLabel, "name_problem")
        self.name_problem.setStyleSheet(tone_style(Tone.ERROR))
        self.description_edit = form.child(QPlainTextEdit, "description_edit")
        self.internal_radio = form.child(QRadioButton, "internal_radio")
        self.external_radio = form.child(QRadioButton, "external_radio")
        self.internal_reason = form.child(QLabel, "internal_reason")
        self.external_reason = form.child(QLabel, "external_reason")
        self.quiesce_check = form.child(QCheckBox, "quiesce_check")
        self.quiesce_reason = form.child(QLabel, "quiesce_reason")
        for label in (self.internal_reason, self.external_reason, self.quiesce_reason):
            label.setStyleSheet(tone_style(Tone.HINT))
        self.intro_label.setText(self.tr("A snapshot keeps the state of {vm} as it is now, to go back to later.")
                                 .format(vm=domain.name))
        self._set_columns([self.tr("Snapshot"), self.tr("Disk"), self.tr("Image now"), self.tr("Overlay file")])
        self.name_edit.textChanged.connect(self._name_changed)
        self.internal_radio.toggled.connect(self._update)
        self.external_radio.toggled.connect(self._update)
        self.quiesce_check.toggled.connect(self._update)
        self.table.itemChanged.connect(self._cell_changed)
        self._read(read_snapshots(domain))

    def _show(self, result: object) -> None:
        assert isinstance(result, SnapshotFacts)
        self.facts = facts = result
        self._filling = True
        eligible = {d.target for d in external_disks(facts)}
        self.table.setRowCount(len(facts.disks))
        for row, disk in enumerate(facts.disks):
            check = self._cell(row, self.Column.CHOSEN, "")
            if disk.target in eligible:
                check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
                check.setCheckState(Qt.CheckState.Checked)
            else:
                check.setFlags(Qt.ItemFlag.NoItemFlags)
                check.setToolTip(self.tr("Not saved: read-only, empty, excluded from snapshots or not an image "
                                         "file"))
            self._cell(row, self.Column.TARGET, f"{disk.target} ({disk.device})")
            self._cell(row, self.Column.IMAGE, disk.path or self.tr("(none)"))
            overlay = self._cell(row, self.Column.OVERLAY, "")
            if disk.target in eligible:
                overlay.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable)
        self._filling = False
        for radio, option, reason in ((self.internal_radio, SnapshotOption.INTERNAL, self.internal_reason),
                                      (self.external_radio, SnapshotOption.EXTERNAL, self.external_reason)):
            why = " ".join(unavailable(facts, option))
            radio.setEnabled(not why)
            radio.setToolTip(why)
            reason.setText(why)
            reason.setVisible(bool(why))
        if self.internal_radio.isEnabled():
            self.internal_radio.setChecked(True)
        elif self.external_radio.isEnabled():
            self.external_radio.setChecked(True)
        self.quiesce_check.setChecked(not unavailable(facts, SnapshotOption.QUIESCE))
        self.name_edit.setText(default_name(facts.names))

    def _name_changed(self) -> None:
        facts = self.facts
        if facts is None:
            return
        self._filling = True
        for row, disk in enumerate(facts.disks):
            item = self.table.item(row, self.Column.OVERLAY)
            if item.flags() & Qt.ItemFlag.ItemIsEditable and disk.target not in self._edited:
                item.setText(default_overlay(disk, self.name_edit.text().strip()))
        self._filling = False
        self._update()

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or self.facts is None:
            return
        if item.column() == self.Column.OVERLAY:
            self._edited.add(self.facts.disks[item.row()].target)
        self._update()

    def kind(self) -> SnapshotKind:
        return SnapshotKind.EXTERNAL if self.external_radio.isChecked() else SnapshotKind.INTERNAL

    def overlays(self) -> dict[str, str]:
        """target -> overlay file of the disks ticked for an external snapshot."""
        if self.facts is None:
            return {}
        return {disk.target: self.table.item(row, self.Column.OVERLAY).text().strip()
                for row, disk in enumerate(self.facts.disks)
                if self.table.item(row, self.Column.CHOSEN).checkState() is Qt.CheckState.Checked}

    def request(self) -> SnapshotRequest:
        external = self.kind() is SnapshotKind.EXTERNAL
        return SnapshotRequest(self.name_edit.text().strip(), self.description_edit.toPlainText().strip(),
                               self.kind(), self.overlays() if external else {},
                               external and self.quiesce_check.isEnabled() and self.quiesce_check.isChecked())

    def _update(self) -> None:
        facts = self.facts
        if facts is None or self.job is not None:
            return
        external = self.kind() is SnapshotKind.EXTERNAL
        self.table.setEnabled(external)
        quiesce_why = " ".join(unavailable(facts, SnapshotOption.QUIESCE)) if external else self.tr(
            "Quiescing is for external snapshots.")
        self.quiesce_check.setEnabled(not quiesce_why)
        self.quiesce_check.setToolTip(quiesce_why)
        self.quiesce_reason.setText(quiesce_why)
        name = self.name_edit.text().strip()
        problems = [p for p in [name_problem(name, facts.names)] if p]
        self.name_problem.setText(problems[0] if problems else "")
        if not (self.internal_radio.isEnabled() or self.external_radio.isEnabled()):
            problems.append(self.tr("This host's libvirt takes no snapshot of this VM."))
        request = self.request()
        if external:
            problems.extend(overlay_problems(facts, request.overlays))
            images = {d.target: d.path for d in facts.disks}
            self.summary_label.setText("\n".join(
                self.tr("{disk} writes to {overlay} from now on; {image} stays as the snapshot keeps it.").format(
                    disk=target, overlay=path, image=images[target]) for target, path in request.overlays.items()))
        elif facts.active:
            self.summary_label.setText(self.tr("The memory and the disks of {vm} are saved inside its qcow2 images; "
                                               "the VM pauses while its memory is written.").format(vm=facts.vm))
        else:
            self.summary_label.setText(self.tr("The disks of {vm} are saved inside its qcow2 images.").format(
                vm=facts.vm))
        self.problem_label.setText("\n".join(problems[1:] if self.name_problem.text() else problems))
        self.action_button.setEnabled(not problems)

    def _inputs(self) -> list[QWidget]:
        return [self.name_edit, self.description_edit, self.internal_radio, self.external_radio, self.table,
                self.quiesce_check]

    def _begin(self) -> Job | None:
        if self.facts is None:
            return None
        job = create_snapshot(self.domain, self.request())
        self.job_started.emit(job)
        return job
