"""The container (LXC) install source: an application (its program and arguments) or an operating system tree
(a folder of the host that becomes the container's root)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QRadioButton

from virtdesk.gui.accessible import name_after
from virtdesk.gui.new_vm.host_source import SourceCheck
from virtdesk.gui.new_vm.page import pause_timer, show_problem
from virtdesk.gui.remote_file_dialog import can_choose_host_file, choose_host_file
from virtdesk.model import vm_creation
from virtdesk.model.vm_creation_checks import command_problem
from virtdesk.model.vm_creation_plan import DiskSource, NewVmAnswers

if TYPE_CHECKING:
    from virtdesk.gui.new_vm.source_page import SourcePage


class ContainerAnswers(QObject):
    def __init__(self, page: SourcePage) -> None:
        super().__init__(page)
        self.page = page
        self.app_radio = page.child(QRadioButton, "container_app_radio")
        self.tree_radio = page.child(QRadioButton, "container_tree_radio")
        self.command_edit = page.child(QLineEdit, "container_command_edit")
        self.command_problem = page.child(QLabel, "container_command_problem")
        self.tree_edit = page.child(QLineEdit, "container_tree_edit")
        name_after(self.tree_edit, self.tree_radio)
        self.tree_problem = page.child(QLabel, "container_tree_problem")
        self.browse_button = page.child(QPushButton, "container_tree_browse")
        self.tree_check = SourceCheck()
        self._timer = pause_timer(self, self._check_tree)
        self.command_edit.setText("/bin/sh")
        self.command_edit.textChanged.connect(self._edited)
        self.tree_edit.textChanged.connect(self._tree_edited)
        self.app_radio.toggled.connect(self._edited)
        self.browse_button.clicked.connect(self._browse)
        page.owner.connection_changed.connect(
            lambda: self.browse_button.setEnabled(page.owner.connection is not None
                                                  and can_choose_host_file(page.owner.connection)))
        self._edited()

    def is_application(self) -> bool:
        return self.app_radio.isChecked()

    def _browse(self) -> None:
        connection = self.page.owner.connection
        if connection is not None:
            choose_host_file(self.page, connection, self.tree_edit.setText, start=self.tree_edit.text(),
                             directory=True, title=self.tr("Choose the Container's Root Folder"))

    def _tree_edited(self) -> None:
        self.tree_check.begin(DiskSource(path=self.tree_edit.text().strip() or None))
        self._timer.start()
        self._edited()

    def _check_tree(self) -> None:
        path, connection = self.tree_edit.text().strip(), self.page.owner.connection
        request = self.tree_check.begin(DiskSource(path=path or None))
        if not path or connection is None:
            return
        vm_creation.path_exists(connection, path).then(lambda found: self._tree_known(request, path, found),
                                                       owner=self)

    def _tree_known(self, request: int, path: str, found: bool) -> None:
        if request != self.tree_check.request:
            return
        self.tree_check.pending = False
        if found:
            self.tree_check.checked = DiskSource(path=path)
        else:
            connection = self.page.owner.connection
            self.tree_check.problem = self.tr("{path} does not exist on {host}.").format(
                path=path, host=connection.label if connection is not None else "")
        self._edited()

    def _edited(self) -> None:
        application = self.is_application()
        self.command_edit.setEnabled(application)
        self.tree_edit.setEnabled(not application)
        self.browse_button.setEnabled(not application)
        show_problem(self.command_problem, command_problem(self.command_edit.text()) if application else "")
        tree = ""
        if not application:
            tree = self.tree_check.problem if self.tree_edit.text().strip() else self.tr(
                "Choose the folder that holds the operating system.")
        show_problem(self.tree_problem, tree)
        self.page.completeChanged.emit()

    def valid(self) -> bool:
        if self.is_application():
            return not command_problem(self.command_edit.text())
        return self.tree_check.ok

    def contribute(self, answers: NewVmAnswers) -> None:
        if self.is_application():
            answers.container_command = self.command_edit.text().strip()
        else:
            answers.container_tree = self.tree_edit.text().strip()
