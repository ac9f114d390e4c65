"""Resize: a new capacity for a volume. It only grows unless the user allows shrinking, which is then named for what
it is: the data past the new end is lost. Its layout is ui/resize_volume_dialog.ui."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from virtdesk.gui.host_details.volume_dialog import VolumeChangeDialog
from virtdesk.model import volume_actions
from virtdesk.model.connection import Connection
from virtdesk.model.storage import Volume
from virtdesk.model.worker import Task
from virtdesk.units import format_bytes


class ResizeVolumeDialog(VolumeChangeDialog):
    def __init__(self, connection: Connection, pool: str, volume: Volume, parent: QWidget | None = None) -> None:
        super().__init__("resize_volume_dialog", self.tr("Resize {name}").format(name=volume.name),
                         self.tr("Resi&ze"), parent)
        self.setObjectName("resize-volume")
        self.connection = connection
        self.pool = pool
        self.volume = volume
        self.grow_text = self.action_button.text()
        form = self.form
        form.child(QLabel, "current_label").setText(self.tr("{name} has a capacity of {size} now.").format(
            name=volume.name, size=format_bytes(volume.capacity)))
        self.capacity = self.size_input("capacity_holder", "capacity_label")
        self.capacity_problem = self.problem_label("capacity_problem")
        self.shrink_check = form.child(QCheckBox, "shrink_check")
        self.shrink_warning = self.problem_label("shrink_warning")
        self.shrink_warning.setStyleSheet(self.shrink_warning.styleSheet() + "; font-weight: bold")
        self.shrink_warning.setText(self.tr(
            "Shrinking cuts off everything {name} holds past its new end: that data is lost for good, and a file "
            "system or partition reaching past it is damaged.").format(name=volume.name))
        self.shrink_check.toggled.connect(self.revalidate)
        self.capacity.set_kib(volume.capacity // 1024)
        self.revalidate()

    def new_capacity(self) -> int:
        kib = self.capacity.kib()
        return self.volume.capacity if kib == self.volume.capacity // 1024 else kib * 1024

    def shrinking(self) -> bool:
        return self.new_capacity() < self.volume.capacity

    def check(self) -> bool:
        capacity = self.new_capacity()
        shrinking = self.shrinking()
        allowed = self.shrink_check.isChecked()
        self.shrink_warning.setVisible(allowed)
        self.keep_data_by_default(shrinking)
        self.action_button.setText(self.tr("Shrink, &Losing Data") if shrinking else self.grow_text)
        if not capacity:
            problem = self.tr("Give the volume a capacity.")
        elif capacity == self.volume.capacity:
            problem = self.tr("That is its capacity now.")
        elif shrinking and not allowed:
            problem = self.tr("That is smaller than now: a volume only grows unless you allow shrinking below.")
        else:
            problem = ""
        return self.show_problem(self.capacity_problem, problem)

    def run(self) -> Task:
        return volume_actions.resize_volume(self.connection, self.pool, self.volume.name, self.new_capacity(),
                                            shrink=self.shrinking())

    def outcome(self, result: object) -> tuple[str, str]:
        return self.tr("Resized {name} to {size}.").format(name=self.volume.name,
                                                          size=format_bytes(self.new_capacity())), self.volume.name
