"""Step 2: where the install comes from (an ISO or CD-ROM, a network tree, PXE, a disk image to import) and the
operating system: detected from the ISO's volume id, or searched in the catalogue as the user types."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QWidget,
)

from virtdesk.gui.details.widgets.storage_source import StorageSourceChooser
from virtdesk.gui.new_vm.cloud_image import CloudImageAnswers
from virtdesk.gui.new_vm.container_source import ContainerAnswers
from virtdesk.gui.new_vm.host_source import SourceCheck, SourceSlot
from virtdesk.gui.new_vm.iso_upload_row import IsoUploadRow
from virtdesk.gui.new_vm.os_chooser import OsChooser
from virtdesk.gui.new_vm.page import NewVmPage, pause_timer, show_problem
from virtdesk.model import vm_creation, vm_creation_files
from virtdesk.model.errors import describe
from virtdesk.model.vm_creation_checks import kernel_args_problem, url_problem
from virtdesk.model.vm_creation_plan import DiskSource, InstallMethod, NewVmAnswers, network_cmdline
from virtdesk.osinfo import IsoHeader, OsEntry

if TYPE_CHECKING:
    from virtdesk.gui.new_vm.wizard import NewVmWizard

STACK_INDEX = {InstallMethod.LOCAL_MEDIA: 0, InstallMethod.NETWORK: 1, InstallMethod.PXE: 2,
               InstallMethod.IMPORT: 3, InstallMethod.MANUAL: 4, InstallMethod.CLOUD: 5,
               InstallMethod.CONTAINER: 6}
SEARCH_LIMIT = 60
OS_ROLE = Qt.ItemDataRole.UserRole


class SourcePage(NewVmPage):
    FORM = "new_vm_source"

    def __init__(self, wizard: NewVmWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Install Source and Operating System"))
        self.stack = self.child(QStackedWidget, "source_stack")
        self.tree_url_edit = self.child(QLineEdit, "tree_url_edit")
        self.tree_url_problem = self.child(QLabel, "tree_url_problem")
        self.kernel_edit = self.child(QLineEdit, "kernel_edit")
        self.initrd_edit = self.child(QLineEdit, "initrd_edit")
        self.kickstart_edit = self.child(QLineEdit, "kickstart_edit")
        self.kickstart_problem = self.child(QLabel, "kickstart_problem")
        self.kernel_args_edit = self.child(QLineEdit, "kernel_args_edit")
        self.kernel_args_problem = self.child(QLabel, "kernel_args_problem")
        self.pxe_combo = self.child(QComboBox, "pxe_network_combo")
        self.pxe_problem = self.child(QLabel, "pxe_problem")
        self.os = OsChooser(self)
        self.slots = {
            InstallMethod.LOCAL_MEDIA: SourceSlot(
                self.child(QWidget, "media_source_holder"), self.child(QLabel, "media_problem"),
                self.tr("Choose an ISO image, a CD-ROM device or a pool volume."), detect=True),
            InstallMethod.IMPORT: SourceSlot(
                self.child(QWidget, "import_source_holder"), self.child(QLabel, "import_problem"),
                self.tr("Choose the disk image to import."), detect=False),
            InstallMethod.CLOUD: SourceSlot(
                self.child(QWidget, "cloud_source_holder"), self.child(QLabel, "cloud_problem"),
                self.tr("Choose the cloud image."), detect=False),
        }
        self.media_check = self.slots[InstallMethod.LOCAL_MEDIA].check
        self.cloud = CloudImageAnswers(self)
        self.upload = IsoUploadRow(self)
        self.container = ContainerAnswers(self)
        self.cloud.edited.connect(self.completeChanged)
        self.tree_check = SourceCheck()
        self._check_timer = pause_timer(self, self._check_sources)
        for label in (*(slot.problem for slot in self.slots.values()), self.tree_url_problem,
                      self.kickstart_problem, self.kernel_args_problem, self.pxe_problem):
            label.hide()
        for edit in (self.tree_url_edit, self.kernel_edit, self.initrd_edit, self.kickstart_edit,
                     self.kernel_args_edit):
            edit.textChanged.connect(self._network_edited)
        self.kernel_edit.setText("images/pxeboot/vmlinuz")
        self.initrd_edit.setText("images/pxeboot/initrd.img")
        self.pxe_combo.currentIndexChanged.connect(lambda _i: self._check_pxe())
        self.os.changed.connect(self._os_changed)
        wizard.connection_changed.connect(self._connection_changed)
        wizard.method_changed.connect(self._method_changed)
        self._connection_changed()
        self._method_changed()

    # -- the host's choices
    def _connection_changed(self) -> None:
        connection = self.owner.connection
        for method, slot in self.slots.items():
            chooser = StorageSourceChooser(connection) if connection is not None else None
            if chooser is not None:
                chooser.setObjectName(f"{method.value}-source")
                chooser.edited.connect(self.source_edited)
            slot.replace_chooser(chooser)
        self.pxe_combo.clear()
        if connection is not None:
            for network in sorted(connection.networks.values(), key=lambda n: n.name):
                text = network.name if network.active else self.tr("{name} (inactive)").format(name=network.name)
                self.pxe_combo.addItem(text, network.name)
            kind, _sep, remembered = self.owner.remembered.get("network", "").partition(":")
            index = self.pxe_combo.findData(remembered) if kind == "network" else -1
            self.pxe_combo.setCurrentIndex(index if index >= 0 else self.pxe_combo.findData("default"))
        self.source_edited()
        self._check_pxe()

    def _method_changed(self) -> None:
        method = self.owner.method
        self.stack.setCurrentIndex(STACK_INDEX[method])
        self.os.detect_from({InstallMethod.LOCAL_MEDIA: self.media_check,
                             InstallMethod.NETWORK: self.tree_check}.get(method))
        self._check_timer.start()

    # -- sources
    def chooser(self, method: InstallMethod) -> StorageSourceChooser | None:
        return self.slots[method].chooser

    def media_source(self) -> DiskSource:
        return self.slots[InstallMethod.LOCAL_MEDIA].source()

    def set_source(self, method: InstallMethod, path: str) -> None:
        """Types path into the chooser of the method (install media, a disk to import, a cloud image)."""
        chooser = self.slots[method].chooser
        if chooser is not None:
            chooser.kind.set_value(chooser.PATH)
            chooser.path_edit.setText(path)
            self.source_edited()

    def source_edited(self) -> None:
        for slot in self.slots.values():
            slot.check.begin(slot.source())
        self._check_timer.start()
        self._show_source_problems()

    def _check_sources(self) -> None:
        if self.owner.method is InstallMethod.NETWORK:
            self._read_tree()
            return
        for slot in self.slots.values():
            check, source, detect = slot.check, slot.source(), slot.detect
            request = check.begin(source)
            if source.is_empty():
                continue
            if source.volume:
                self._source_found(check, request, source, detect)
                continue
            assert source.path is not None
            vm_creation.path_exists(self.owner.connection, source.path).then(
                lambda found, c=check, r=request, s=source, d=detect: self._existence_known(c, r, s, d, found),
                lambda exc, c=check, r=request: self._check_failed(c, r, exc), owner=self)
        self._show_source_problems()

    def _existence_known(self, check: SourceCheck, request: int, source: DiskSource, detect: bool,
                         found: bool) -> None:
        if request != check.request:
            return
        if not found:
            connection = self.owner.connection
            check.pending = False
            check.problem = self.tr("{path} does not exist on {host}.").format(
                path=source.path, host=connection.label if connection is not None else "")
            self._show_source_problems()
            return
        self._source_found(check, request, source, detect)

    def _source_found(self, check: SourceCheck, request: int, source: DiskSource, detect: bool) -> None:
        if not detect:
            check.pending = False
            check.checked = source
            self._show_source_problems()
            return
        arch = self.owner.platform.arch if self.owner.platform is not None else None
        vm_creation.read_iso_header(self.owner.connection, source, arch).then(
            lambda header: self._header_read(check, request, source, header),
            lambda _exc: self._header_read(check, request, source, None), owner=self)

    def _check_failed(self, check: SourceCheck, request: int, exc: BaseException) -> None:
        if request == check.request:
            check.pending = False
            check.problem = describe(exc)
            self._show_source_problems()

    def _header_read(self, check: SourceCheck, request: int, source: DiskSource, header: IsoHeader | None) -> None:
        if request != check.request:
            return
        check.pending = False
        check.checked = source
        catalogue = self.owner.catalogue
        matches = catalogue.match_media(header) if header is not None and catalogue is not None else []
        self._show_source_problems()
        if self.os.source_check is check:
            self.os.set_detected(matches[0].os if matches else None)

    def _show_source_problems(self) -> None:
        for slot in self.slots.values():
            slot.show_problem()
        self.completeChanged.emit()

    def _network_edited(self) -> None:
        problem = url_problem(self.tree_url_edit.text().strip())
        show_problem(self.tree_url_problem, problem)
        show_problem(self.kickstart_problem, url_problem(self.kickstart_edit.text().strip(), required=False))
        self._check_kernel_args()
        if self.sender() is self.tree_url_edit:
            self.tree_check.begin(None)
            if not problem:
                self._check_timer.start()
            self.os.set_detected(None)
        self.completeChanged.emit()

    def _check_kernel_args(self) -> None:
        """The extra arguments, and the whole command line they end up in (the tree's and kickstart's addresses
        are on it too)."""
        answers = NewVmAnswers(name="", method=InstallMethod.NETWORK)
        self.contribute(answers)
        show_problem(self.kernel_args_problem, kernel_args_problem(answers.kernel_args, network_cmdline(answers)))

    def _read_tree(self) -> None:
        url = self.tree_url_edit.text().strip()
        if url_problem(url):
            return
        request = self.tree_check.begin(DiskSource(path=url))
        self.os.update()
        vm_creation_files.read_treeinfo(url).then(
            lambda info: self._tree_read(request, info),
            lambda exc: self._tree_failed(request, exc), owner=self)

    def _tree_read(self, request: int, info: vm_creation_files.TreeInfo | None) -> None:
        if request != self.tree_check.request:
            return
        self.tree_check.pending = False
        self.tree_check.checked = DiskSource(path=self.tree_url_edit.text().strip())
        catalogue = self.owner.catalogue
        if info is not None:
            for edit, found in ((self.kernel_edit, info.kernel), (self.initrd_edit, info.initrd)):
                if found and not edit.isModified():
                    edit.setText(found)
        if self.os.source_check is self.tree_check:
            self.os.set_detected(vm_creation_files.match_tree(catalogue, info) if info and catalogue else None)

    def _tree_failed(self, request: int, exc: BaseException) -> None:
        if request == self.tree_check.request:
            self.tree_check.pending = False
            show_problem(self.tree_url_problem, self.tr("The tree could not be read: {error}").format(
                error=describe(exc)))
            self.os.update()

    def _check_pxe(self) -> None:
        show_problem(self.pxe_problem, "" if self.pxe_combo.currentData() else
                     self.tr("The host has no virtual network to boot from."))
        self.completeChanged.emit()

    def pxe_network(self) -> str | None:
        return self.pxe_combo.currentData()

    # -- the operating system
    def catalogue_loaded(self) -> None:
        catalogue = self.owner.catalogue
        assert catalogue is not None
        template = self.owner.template
        self.os.catalogue_loaded(catalogue, (template.os_id if template is not None else None)
                                 or self.owner.remembered.get("os"))

    def choose_os(self, key: str) -> None:
        self.os.choose(key)

    def os_entry(self) -> OsEntry | None:
        return self.os.entry()

    def _os_changed(self) -> None:
        entry = self.os.entry()
        if entry is not None:
            self.cloud.suggest_user(entry.cloud_image_username)
        self._check_kernel_args()  # the OS names the tree's argument
        self.owner.os_changed.emit()
        self.completeChanged.emit()

    # -- the wizard
    def isComplete(self) -> bool:
        if self.owner.catalogue is None or self.os_entry() is None:
            return False
        method = self.owner.method
        if method is InstallMethod.LOCAL_MEDIA:
            return self.slots[method].check.ok and not self.upload.busy
        if method is InstallMethod.IMPORT:
            return self.slots[method].check.ok
        if method is InstallMethod.CLOUD:
            return self.slots[method].check.ok and self.cloud.valid()
        if method is InstallMethod.CONTAINER:
            return self.container.valid()
        if method is InstallMethod.NETWORK:
            return not self.tree_url_problem.text() and not self.kernel_args_problem.text() and not url_problem(
                self.kickstart_edit.text().strip(), required=False) and bool(
                self.kernel_edit.text().strip() and self.initrd_edit.text().strip())
        if method is InstallMethod.PXE:
            return bool(self.pxe_combo.currentData())
        return True

    def contribute(self, answers: NewVmAnswers) -> None:
        answers.os = self.os_entry()
        method = answers.method
        if method in (InstallMethod.LOCAL_MEDIA, InstallMethod.IMPORT):
            answers.media = self.slots[method].source()
        elif method is InstallMethod.CLOUD:
            self.cloud.contribute(answers, self.slots[method].source())
        elif method is InstallMethod.CONTAINER:
            self.container.contribute(answers)
        elif method is InstallMethod.NETWORK:
            answers.tree_url = self.tree_url_edit.text().strip()
            answers.kickstart_url = self.kickstart_edit.text().strip()
            answers.kernel_args = self.kernel_args_edit.text().strip()
            answers.boot_files = (self.kernel_edit.text().strip(), self.initrd_edit.text().strip())


    def cloud_name_problem(self, name: str) -> str:
        return self.cloud.name_problem(name, self.slots[InstallMethod.CLOUD].source(), self.owner.answers())
