"""Clone and Convert: a copy of a volume as a new volume of the same pool, in the volume's own format (a clone)
or in another one the pool allows (a conversion, named after the source with the new extension). The source
is kept either way. Its layout is ui/copy_volume_dialog.ui."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from virtdesk.gui.host_details.volume_dialog import VolumeChangeDialog
from virtdesk.model import volume_actions
from virtdesk.model.connection import Connection
from virtdesk.model.storage import Volume
from virtdesk.model.storage_actions import volume_format
from virtdesk.model.worker import Task
from virtdesk.units import format_bytes


class CopyVolumeDialog(VolumeChangeDialog):
    """A clone of source when formats is None, else a conversion to one of formats (which holds no source's
    format)."""

    def __init__(self, connection: Connection, pool: str, source: Volume, taken: Collection[str],
                 formats: list[str] | None = None, parent: QWidget | None = None) -> None:
        converting = formats is not None
        title = self.tr("Convert {name}") if converting else self.tr("Clone {name}")
        super().__init__("copy_volume_dialog", title.format(name=source.name),
                         self.tr("Con&vert") if converting else self.tr("&Clone"), parent)
        self.setObjectName("convert-volume" if converting else "clone-volume")
        self.connection = connection
        self.pool = pool
        self.source = source
        self.taken = set(taken)
        self.formats = formats
        form = self.form
        self.name_edit = form.child(QLineEdit, "name_edit")
        self.name_problem = self.problem_label("name_problem")
        self.format_combo = form.child(QComboBox, "format_combo")
        source_format = volume_format(source.xml) or self.tr("no format")
        form.child(QLabel, "source_label").setText(self.tr("{name} ({format}, {size}) in the pool {pool}").format(
            name=source.name, format=source_format, size=format_bytes(source.capacity), pool=pool))
        note = form.child(QLabel, "note_label")
        if converting:
            note.setText(self.tr("{name} is kept as it is: the converted copy is a new volume.").format(
                name=source.name))
            self.format_combo.addItems(formats or [])
            self.format_combo.currentIndexChanged.connect(self._format_changed)
        else:
            note.setText(self.tr("The clone is a full copy of {name}, in the same format.").format(name=source.name))
            self.format_combo.hide()
            form.child(QLabel, "format_label").hide()
        self.name_edit.textChanged.connect(self.revalidate)
        self._format_changed()

    def fmt(self) -> str | None:
        """The format of the copy (None: the source's)."""
        return self.format_combo.currentText() if self.formats is not None else None

    def _format_changed(self, *_args: object) -> None:
        fmt = self.fmt()
        self.propose_name(self.name_edit, volume_actions.clone_name(self.source.name, self.taken) if fmt is None
                          else volume_actions.converted_name(self.source.name, fmt, self.taken))
        self.revalidate()

    def check(self) -> bool:
        return self.show_problem(self.name_problem, volume_actions.check_volume_name(
            self.name_edit.text(), self.pool, self.taken)) and self.fmt() != ""

    def run(self) -> Task:
        return volume_actions.copy_volume(self.connection, self.pool, self.source, self.name_edit.text(), self.fmt())

    def outcome(self, result: object) -> tuple[str, str]:
        name = str(result)
        fmt = self.fmt()
        text = self.tr("Cloned {source} as {name}.") if fmt is None else self.tr("Converted {source} to {format} "
                                                                                 "as {name}.")
        return text.format(source=self.source.name, name=name, format=fmt), name
