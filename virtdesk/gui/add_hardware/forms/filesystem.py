"""Filesystem: a host directory shared with the guest over virtiofs (which needs shared guest memory) or 9p."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit

from virtdesk import xmlconf
from virtdesk.gui.add_hardware.form import DeviceForm, FormContext, register
from virtdesk.model import hardware


@register
class FilesystemForm(DeviceForm):
    order = 130
    icon_name = "folder-remote"

    def __init__(self, context: FormContext) -> None:
        super().__init__(context)
        self.driver_combo = self.combo(self.tr("Driver:"), [(self.tr("virtiofs (fast; Linux 5.4+, Windows)"),
                                                             "virtiofs"), (self.tr("9p (virtio-9p)"), "path")])
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("/srv/share"))
        self.form.addRow(self.tr("Host directory:"), self.source_edit)
        self.target_edit = QLineEdit()
        self.target_edit.setPlaceholderText(self.tr("the name the guest mounts, e.g. share"))
        self.form.addRow(self.tr("Mount tag:"), self.target_edit)
        self.readonly_check = QCheckBox(self.tr("Read-only"))
        self.form.addRow("", self.readonly_check)
        self.driver_combo.currentIndexChanged.connect(self._driver_changed)
        self.readonly_check.setEnabled(False)

    def title(self) -> str:
        return self.tr("Filesystem")

    def _driver_changed(self) -> None:
        self.readonly_check.setEnabled(self.driver_combo.currentData() == "path")
        self.notice_changed.emit()

    def _needs_shared_memory(self) -> bool:
        return self.driver_combo.currentData() == "virtiofs" and not hardware.has_shared_memory(self.context.config)

    def notice(self) -> str:
        if not self._needs_shared_memory():
            return ""
        text = self.tr("virtiofs needs the VM's memory to be shared with the host. This VM does not share it: "
                       "adding a virtiofs filesystem also turns shared memory on (memory backed by memfd, "
                       "access shared).")
        if self.context.running:
            text += " " + self.tr("That takes effect after the next shutdown of the VM.")
        return text

    def validate(self) -> str:
        source, target = self.source_edit.text().strip(), self.target_edit.text().strip()
        if not source.startswith("/"):
            return self.tr("Enter the absolute path of the host directory to share.")
        if not target:
            return self.tr("Enter the mount tag the guest uses to mount the share.")
        if target in {f.target_dir for f in self.context.config.devices.filesystems}:
            return self.tr("Another filesystem of this VM already uses the mount tag {tag}.").format(tag=target)
        return ""

    def build(self, prepared: Any = None) -> xmlconf.Device:
        fs = xmlconf.Filesystem.new(type="mount", accessmode="passthrough")
        fs.driver_type = self.driver_combo.currentData()
        fs.source_dir = self.source_edit.text().strip()
        fs.target_dir = self.target_edit.text().strip()
        if fs.driver_type == "path" and self.readonly_check.isChecked():
            fs.readonly = True
        return fs

    def adjust(self, config: xmlconf.Domain) -> None:
        if self._needs_shared_memory():
            hardware.enable_shared_memory(config)
