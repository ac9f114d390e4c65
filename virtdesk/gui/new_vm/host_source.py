"""A file or volume on the host chosen in the New VM wizard (install media, a disk to import or to use, a cloud
image): its chooser, the check of what it names, and where the check's problem is shown."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from virtdesk.gui.details.widgets.storage_source import StorageSourceChooser
from virtdesk.gui.new_vm.page import place, show_problem
from virtdesk.model.vm_creation_plan import DiskSource


class SourceCheck:
    """The state of checking one chosen source on the host: pending, found (with what was read) or a problem."""

    def __init__(self) -> None:
        self.request = 0
        self.pending = False
        self.problem = ""
        self.checked: DiskSource | None = None

    def begin(self, source: DiskSource | None) -> int:
        self.request += 1
        self.pending = source is not None and not source.is_empty()
        self.problem = ""
        self.checked = None
        return self.request

    @property
    def ok(self) -> bool:
        return not self.pending and not self.problem and self.checked is not None


class SourceSlot:
    """One chooser of a file or volume on the host (install media, a disk to import, a cloud image), the check
    of what it names, and where its problem is shown."""

    def __init__(self, holder: QWidget, problem: QLabel, empty_text: str, detect: bool) -> None:
        self.holder = holder
        self.problem = problem
        self.empty_text = empty_text
        self.detect = detect
        self.chooser: StorageSourceChooser | None = None
        self.check = SourceCheck()

    def source(self) -> DiskSource:
        if self.chooser is None:
            return DiskSource()
        source = self.chooser.source()
        return DiskSource(path=source.path, pool=source.pool, volume=source.volume)

    def replace_chooser(self, chooser: StorageSourceChooser | None) -> None:
        if self.chooser is not None:
            self.chooser.deleteLater()
        self.chooser = chooser
        if chooser is not None:
            if self.holder.layout() is None:
                place(self.holder, chooser)
            else:
                self.holder.layout().addWidget(chooser)

    def show_problem(self) -> None:
        show_problem(self.problem, self.empty_text if self.source().is_empty() else self.check.problem)
