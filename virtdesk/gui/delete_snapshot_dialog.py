"""Delete Snapshot: names the snapshots that go (updated as the choice changes); only the chosen one by default, its
children kept; its children only, or with its children, as chosen; libvirt's record only (the data stays in the
disk images) when ticked. A choice this host's libvirt refuses is disabled with the reason. Cancel is the default.
Its layout is ui/delete_snapshot_dialog.ui."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QCheckBox, QDialog, QDialogButtonBox, QLabel, QRadioButton, QWidget

from virtdesk.gui.forms import load_form
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model.snapshots import (
    DeleteMode,
    SnapshotFacts,
    SnapshotInfo,
    SnapshotOption,
    delete_refusals,
    deleted_names,
    unavailable,
)


class DeleteSnapshotDialog(QDialog):
    def __init__(self, facts: SnapshotFacts, snapshot: SnapshotInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("delete-snapshot")
        self.setWindowTitle(self.tr("Delete Snapshot {name}").format(name=snapshot.name))
        self.facts, self.snapshot = facts, snapshot
        form = load_form("delete_snapshot_dialog", self)
        self.group = QButtonGroup(self)
        self.radios: dict[DeleteMode, QRadioButton] = {}
        for mode in DeleteMode:
            radio = form.child(QRadioButton, f"mode-{mode.value}")
            radio.setText(mode.label)
            self.group.addButton(radio)
            self.radios[mode] = radio
            radio.toggled.connect(self._update)
        self.metadata_check = form.child(QCheckBox, "metadata_check")
        metadata_why = " ".join(unavailable(facts, SnapshotOption.METADATA_ONLY, snapshot))
        self.metadata_check.setEnabled(not metadata_why)
        self.metadata_check.setToolTip(metadata_why)
        self.metadata_check.toggled.connect(self._update)
        self.summary_label = form.child(QLabel, "delete-summary")
        self.problem_label = form.child(QLabel, "problem_label")
        self.problem_label.setStyleSheet(tone_style(Tone.ERROR))
        buttons = form.child(QDialogButtonBox, "buttons")
        self.delete_button = buttons.addButton(self.tr("&Delete"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.setAutoDefault(False)
        self.delete_button.clicked.connect(self.accept)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.clicked.connect(self.reject)
        self.radios[DeleteMode.ONE].setChecked(True)
        self._update()

    def mode(self) -> DeleteMode:
        return next((m for m, r in self.radios.items() if r.isChecked()), DeleteMode.ONE)

    def metadata_only(self) -> bool:
        return self.metadata_check.isEnabled() and self.metadata_check.isChecked()

    def _update(self) -> None:
        mode = self.mode()
        names = deleted_names(self.facts, self.snapshot.name, mode)
        kept = [s.name for s in self.facts.descendants(self.snapshot.name) if s.name not in names]
        text = (self.tr("libvirt forgets: {names}. Their data stays in the disk images.") if self.metadata_only()
                else self.tr("Deleted: {names}.")).format(names=", ".join(names))
        if mode is DeleteMode.CHILDREN_ONLY:
            kept.insert(0, self.snapshot.name)
        if kept:
            text += "\n" + self.tr("Kept: {names}.").format(names=", ".join(kept))
        self.summary_label.setText(text)
        for other, radio in self.radios.items():
            why = " ".join(delete_refusals(self.facts, self.snapshot, other, self.metadata_only()))
            radio.setToolTip(why)
            radio.setEnabled(not why or other is mode)
        why = " ".join(delete_refusals(self.facts, self.snapshot, mode, self.metadata_only()))
        self.problem_label.setText(why)
        self.delete_button.setEnabled(not why)
