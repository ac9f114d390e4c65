"""The New VM wizard (a QWizard over Designer forms): method, source and OS, memory and CPUs, storage, then
name, network, firmware and Finish. Finish runs one Job that defines the VM, creates its storage and starts it;
when it fails nothing it made is left and the wizard stays open with every answer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from virtdesk import xmlconf
from virtdesk.gui.new_vm.finish_page import FinishPage
from virtdesk.gui.new_vm.method_page import MethodPage
from virtdesk.gui.new_vm.resources_page import ResourcesPage
from virtdesk.gui.new_vm.source_page import SourcePage
from virtdesk.gui.new_vm.storage_page import StoragePage
from virtdesk.model import vm_creation
from virtdesk.model.connection import Connection
from virtdesk.model.domain import Domain
from virtdesk.model.vm_creation import HostLimits
from virtdesk.model.vm_creation_memory import last_choices
from virtdesk.model.vm_creation_plan import InstallMethod, NewVmAnswers, Platform
from virtdesk.model.vm_creation_template import VmTemplate, template_of
from virtdesk.model.worker import file_executor, submit
from virtdesk.osinfo import Catalogue, default_catalogue


def _loaded_catalogue() -> Catalogue:
    """The OS catalogue with its entries and search index read (on the file worker: it reads many files)."""
    catalogue = default_catalogue()
    catalogue.search("")
    return catalogue


class NewVmWizard(QWizard):
    """Creates a VM on one of `connections` (`connection` first). With `like`, the answers start from that VM's
    hardware. `show_details(domain)` opens a VM's details window ("Customize configuration before install"),
    `show_console(domain)` its console window once its installation started.
    `ready` fires once the OS catalogue is read; `created` (the Connection and a CreatedVm) once the VM exists."""

    ready = Signal()
    created = Signal(object, object)
    connection_changed = Signal()
    platform_changed = Signal()
    method_changed = Signal()
    os_changed = Signal()

    METHOD, SOURCE, RESOURCES, STORAGE, FINISH = range(5)

    def __init__(self, connections: list[Connection], connection: Connection | None = None, *,
                 like: Domain | None = None, show_details: Callable[[Domain], QWidget] | None = None,
                 show_console: Callable[[Domain], QWidget] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("new-vm-wizard")
        self.setWindowTitle(self.tr("New Virtual Machine"))
        self.resize(780, 720)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.connections = [c for c in connections if c.is_active] or list(connections)
        self.show_details = show_details
        self.show_console = show_console
        self.connection: Connection | None = None
        self.platform: Platform | None = None
        self.domcaps: xmlconf.DomainCapabilities | None = None
        self.limits: HostLimits | None = None
        self.catalogue: Catalogue | None = None
        self.template: VmTemplate | None = None
        if like is not None and isinstance(config := xmlconf.load(like.xml), xmlconf.Domain):
            self.template = template_of(config)
        self.remembered: dict[str, str] = {}
        self.method_page = MethodPage(self)
        self.source_page = SourcePage(self)
        self.resources_page = ResourcesPage(self)
        self.storage_page = StoragePage(self)
        self.finish_page = FinishPage(self)
        for page_id, page in enumerate((self.method_page, self.source_page, self.resources_page,
                                        self.storage_page, self.finish_page)):
            self.setPage(page_id, page)
        start = like.connection if like is not None else connection
        method = self.template.method if self.template is not None else None
        self.method_page.start(start, method)
        submit(file_executor(), _loaded_catalogue, description="osinfo").then(
            self._catalogue_loaded, lambda _exc: self._catalogue_loaded(Catalogue(())), owner=self)

    @property
    def loading(self) -> bool:
        return self.catalogue is None

    def _catalogue_loaded(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.source_page.catalogue_loaded()
        self.ready.emit()

    # -- what the pages share
    def set_connection(self, connection: Connection | None) -> None:
        if connection is self.connection:
            return
        self.connection = connection
        self.limits = None
        self.remembered = last_choices(connection.uri) if connection is not None else {}
        if connection is not None:
            vm_creation.host_limits(connection).then(self._limits_read, owner=self)
        self.connection_changed.emit()

    def _limits_read(self, limits: HostLimits) -> None:
        self.limits = limits
        self.resources_page.refresh()

    def set_platform(self, platform: Platform | None) -> None:
        self.platform = platform
        self.domcaps = None
        if platform is not None and self.connection is not None:
            self.connection.catalogue.domain_capabilities(platform.emulator, platform.arch, platform.machine,
                                                          platform.domain_type).then(
                lambda caps, asked=platform: self._domcaps_read(asked, caps), owner=self)
        self.platform_changed.emit()

    def _domcaps_read(self, asked: Platform, caps: xmlconf.DomainCapabilities | None) -> None:
        if asked != self.platform or caps is None:
            return
        self.domcaps = caps
        tpm = caps.devices.tpm
        self.platform = Platform(domain_type=asked.domain_type, arch=asked.arch, machine=asked.machine,
                                 emulator=asked.emulator, os_type=asked.os_type,
                                 uefi="efi" in caps.firmware_values(), secure_boot=caps.supports_secure_boot(),
                                 tpm=bool(tpm.supported) if tpm.exists() else None)
        self.platform_changed.emit()

    @property
    def method(self) -> InstallMethod:
        return self.method_page.method()

    def answers(self) -> NewVmAnswers:
        """Everything the pages hold, as the plan takes it."""
        answers = NewVmAnswers(name=self.finish_page.name(), method=self.method,
                               platform=self.platform or Platform())
        for page in (self.source_page, self.resources_page, self.storage_page, self.finish_page):
            page.contribute(answers)
        return answers

    # -- finishing
    def accept(self) -> None:
        """Finish: starts creating the VM; the wizard closes once it exists (see FinishPage)."""
        if self.finish_page.created is not None:
            super().accept()
            return
        self.finish_page.create()

    def reject(self) -> None:
        """Cancel: stops the creation when it runs (the wizard stays), else closes, stopping an ISO upload."""
        if self.finish_page.busy:
            self.finish_page.cancel()
            return
        self.source_page.upload.cancel()
        super().reject()
