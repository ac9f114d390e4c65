"""The cloud image install source: the image (a pool volume or a path), and the cloud-init answers — host name,
user, password and/or SSH public keys — each checked as typed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit

from virtdesk.gui.new_vm.page import show_problem
from virtdesk.model import cloud_seed
from virtdesk.model.storage_actions import volume_format
from virtdesk.model.vm_creation_checks import GIB, volume_name_problem
from virtdesk.model.vm_creation_plan import CloudImage, DiskSource, NewVmAnswers, os_defaults

if TYPE_CHECKING:
    from virtdesk.gui.new_vm.source_page import SourcePage


class CloudImageAnswers(QObject):
    """The cloud page's login fields (the image itself is chosen with the source page's choosers)."""

    edited = Signal()

    def __init__(self, page: SourcePage) -> None:
        super().__init__(page)
        self.page = page
        self.hostname_edit = page.child(QLineEdit, "hostname_edit")
        self.user_edit = page.child(QLineEdit, "user_edit")
        self.password_edit = page.child(QLineEdit, "password_edit")
        self.keys_edit = page.child(QPlainTextEdit, "ssh_keys_edit")
        self.hostname_problem = page.child(QLabel, "hostname_problem")
        self.user_problem = page.child(QLabel, "user_problem")
        self.login_problem = page.child(QLabel, "login_problem")
        self.hostname_edit.setPlaceholderText(self.tr("the VM's name"))
        for edit in (self.hostname_edit, self.user_edit, self.password_edit):
            edit.textChanged.connect(self._check)
        self.keys_edit.textChanged.connect(self._check)
        self._check()

    def suggest_user(self, user: str | None) -> None:
        """The OS's own cloud user, unless the user typed one."""
        if not self.user_edit.isModified():
            self.user_edit.setText(user or "user")

    def keys(self) -> list[str]:
        return [line.strip() for line in self.keys_edit.toPlainText().splitlines() if line.strip()]

    def _check(self) -> None:
        hostname = self.hostname_edit.text().strip()
        show_problem(self.hostname_problem, (cloud_seed.validate_hostname(hostname) or "") if hostname else "")
        show_problem(self.user_problem, cloud_seed.validate_user(self.user_edit.text().strip()) or "")
        login = ""
        for number, key in enumerate(self.keys(), 1):
            error = cloud_seed.validate_ssh_key(key)
            if error:
                login = self.tr("Key {number}: {error}").format(number=number, error=error)
                break
        if not login and not self.password_edit.text() and not self.keys():
            login = self.tr("Give a password or an SSH public key, or nobody can log in.")
        show_problem(self.login_problem, login)
        self.edited.emit()

    def valid(self) -> bool:
        return not (self.hostname_problem.text() or self.user_problem.text() or self.login_problem.text())

    def contribute(self, answers: NewVmAnswers, source: DiskSource) -> None:
        image = self.image(source, answers)
        if image is None:
            return
        answers.cloud_image = image
        answers.cloud_init = cloud_seed.CloudInit(hostname=self.hostname_edit.text().strip() or answers.name,
                                                  user=self.user_edit.text().strip(),
                                                  password=self.password_edit.text() or None, ssh_keys=self.keys())

    def image(self, source: DiskSource, answers: NewVmAnswers) -> CloudImage | None:
        """The image as the plan layers the disk over it: its path and format, the pool for the new disk and the
        seed (the image's own pool, else "default" or the first active one) and the disk's size (the OS's, or
        the image's when larger)."""
        connection = self.page.owner.connection
        if connection is None or source.is_empty():
            return None
        catalogue = connection.catalogue
        if source.volume:
            volume = next((v for v in catalogue.volumes(source.pool or "") or [] if v.name == source.volume), None)
        else:
            volume = catalogue.find_volume(source.path or "")
        pools = sorted(p.name for p in connection.pools.values() if p.active)
        pool = source.pool or ("default" if "default" in pools else pools[0] if pools else None)
        if pool is None:
            return None
        path = volume.path if volume is not None else source.path
        if not path:
            return None
        fmt = (volume_format(volume.xml) if volume is not None else "") or (
            "raw" if path.endswith(".raw") else "qcow2")
        size = int(os_defaults(answers.os, answers.platform).disk_gib * GIB)
        return CloudImage(path=path, format=fmt, pool=pool, capacity_bytes=max(size, volume.capacity if volume else 0))

    def name_problem(self, name: str, source: DiskSource, answers: NewVmAnswers) -> str:
        """Why the new disk or seed named after the VM cannot go into the pool ('' when they can)."""
        image = self.image(source, answers)
        connection = self.page.owner.connection
        if image is None or connection is None:
            return ""
        taken = {v.name for v in connection.catalogue.volumes(image.pool) or []}
        return volume_name_problem(f"{name}.qcow2", taken) or volume_name_problem(f"{name}-seed.iso", taken)
