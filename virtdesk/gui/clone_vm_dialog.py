"""Clone VM: a new name (derived from the original's and free), per disk clone / share / new empty / leave out
(cloned by default where writable, shared where read-only or shareable), the new storage's names derived from the
clone's, a running or paused VM cloned only when the user says so; the cloning runs as a Job whose report the
dialog shows. Its layout is ui/clone_vm_dialog.ui."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QWidget

from virtdesk.gui.delete_vm_dialog import VmJobDialog
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model.domain import Domain
from virtdesk.model.jobs import Job
from virtdesk.model.vm_cloning import (
    CloneSource,
    DiskAction,
    clone_vm,
    default_name,
    name_problem,
    new_storage_names,
    nvram_path,
    read_source,
)
from virtdesk.units import format_bytes


class CloneVmDialog(VmJobDialog):
    """Clones one VM on its own host."""

    class Column:
        TARGET, SOURCE, SIZE, ACTION, NEW, NOTE = range(6)

    def __init__(self, domain: Domain, parent: QWidget | None = None) -> None:
        super().__init__("clone_vm_dialog", self.tr("Clone {vm}").format(vm=domain.name), parent)
        self.setObjectName("clone-vm")
        self.domain = domain
        self.connection = domain.connection
        self.source: CloneSource | None = None
        self.combos: dict[str, QComboBox] = {}
        self.action_button.setText(self.tr("&Clone"))
        form = self.form
        self.source_label = form.child(QLabel, "source_label")
        self.source_label.setText(self.tr(
            "A copy of {vm} with a new UUID and new MAC addresses; its disks as chosen below. The original is not "
            "changed.").format(vm=domain.name))
        self.name_edit = form.child(QLineEdit, "name_edit")
        self.name_problem = form.child(QLabel, "name_problem")
        self.name_problem.setStyleSheet(tone_style(Tone.ERROR))
        self.allow_active_check = form.child(QCheckBox, "allow_active_check")
        self.active_warning = form.child(QLabel, "active_warning")
        self.allow_active_check.hide()
        self.active_warning.hide()
        self.name_edit.textChanged.connect(self._update)
        self.allow_active_check.toggled.connect(self._update)
        self._set_columns([self.tr("Disk"), self.tr("Source"), self.tr("Size"), self.tr("Action"),
                           self.tr("New storage"), self.tr("Note")])
        self._read(read_source(self.connection, domain))

    def _show(self, result: object) -> None:
        assert isinstance(result, CloneSource)
        self.source = source = result
        self.table.setRowCount(len(source.disks))
        for row, disk in enumerate(source.disks):
            self._cell(row, self.Column.TARGET, f"{disk.target} ({disk.device})")
            self._cell(row, self.Column.SOURCE, disk.place.path or self.tr("(none)"))
            size = disk.place.capacity
            self._cell(row, self.Column.SIZE, format_bytes(size) if size is not None else self.tr("unknown"))
            combo = QComboBox()
            combo.setObjectName(f"action-{disk.target}")
            for action in disk.actions:
                combo.addItem(action.label, action)
            combo.setCurrentIndex(disk.actions.index(disk.default_action))
            combo.currentIndexChanged.connect(self._update)
            if DiskAction.EMPTY not in disk.actions:
                combo.setToolTip(self.tr("A new empty disk can be made in a storage pool only."))
            self.table.setCellWidget(row, self.Column.ACTION, combo)
            self.combos[disk.target] = combo
            notes = []
            if disk.readonly:
                notes.append(self.tr("read-only"))
            if disk.shareable:
                notes.append(self.tr("shareable"))
            if disk.no_copy_because:
                notes.append(self.tr("cannot be copied: {why}").format(why=disk.no_copy_because))
            elif not disk.place.pool and disk.place.path:
                notes.append(self.tr("a file of this machine outside the pools: copied by virtdesk"))
            self._cell(row, self.Column.NOTE, "; ".join(notes))
        state = self.domain.state.label.lower()
        self.allow_active_check.setVisible(source.active)
        self.active_warning.setVisible(source.active)
        self.allow_active_check.setText(self.tr("Clone {vm} &while it is {state}").format(vm=source.name,
                                                                                          state=state))
        self.active_warning.setText(self.tr(
            "{vm} is {state}: its disks would be copied while it may write to them, so the copy may be "
            "inconsistent. Shut it down first for a clean copy.").format(vm=source.name, state=state))
        self.name_edit.setText(default_name(source.name, source.vm_names))

    def actions(self) -> dict[str, DiskAction]:
        return {target: combo.currentData() for target, combo in self.combos.items()}

    def _update(self) -> None:
        source = self.source
        if source is None or self.job is not None:
            return
        name = self.name_edit.text().strip()
        problem = name_problem(name, source.vm_names)
        self.name_problem.setText(problem)
        actions = self.actions()
        names = new_storage_names(name or source.name, source.disks, actions)
        for row, disk in enumerate(source.disks):
            action = actions[disk.target]
            text = (names[disk.target] if action.new_storage
                    else self.tr("left out") if action is DiskAction.SKIP
                    else self.tr("shared: {path}").format(path=disk.place.path) if disk.place.path
                    else self.tr("as it is (no storage)"))
            self._cell(row, self.Column.NEW, text)
        lines = []
        shared = [d.target for d in source.disks if actions[d.target] is DiskAction.SHARE and d.place.path
                  and not (d.readonly or d.shareable or d.device in ("cdrom", "floppy"))]
        if shared:
            lines.append(self.tr("Shared writable disks ({disks}): both VMs write to the same storage; running "
                                 "both at once can corrupt it.").format(disks=", ".join(shared)))
        nvram = nvram_path(source, name) if name else ""
        if nvram and source.local_files:
            lines.append(self.tr("The NVRAM is copied to {path}.").format(path=nvram))
        elif nvram:
            lines.append(self.tr("The clone's NVRAM is {path}. The original's is not copied (it is not a file of "
                                 "this machine): the clone starts with the firmware's initial variables.").format(
                path=nvram))
        self.summary_label.setText("\n".join(lines))
        running = source.active and not self.allow_active_check.isChecked()
        self.problem_label.setText(self.tr("{vm} is {state}: shut it down, or choose to clone it as it is.").format(
            vm=source.name, state=self.domain.state.label.lower()) if running else "")
        self.action_button.setEnabled(not problem and not running)

    def _inputs(self) -> list[QWidget]:
        return [self.name_edit, self.table, self.allow_active_check]

    def _begin(self) -> Job | None:
        if self.source is None:
            return None
        return clone_vm(self.connection, self.source, self.name_edit.text().strip(), self.actions(),
                        self.allow_active_check.isChecked())
