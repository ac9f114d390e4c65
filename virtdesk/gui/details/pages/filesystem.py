"""The filesystem share page: a host directory the guest mounts by its tag (virtiofs or 9p). virtiofs needs the
VM's memory to be shared with the host; the page says when it is not and can enable it in the same apply."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel

from virtdesk import xmlconf
from virtdesk.gui.details.pages import register
from virtdesk.gui.details.pages.fields_device import (
    BOOL,
    CHOICE,
    N_,
    READONLY,
    TEXT,
    Field,
    FieldsDevicePage,
)
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model.domain_config import LiveChange
from virtdesk.model.hardware import enable_shared_memory, has_shared_memory


@register
class FilesystemPage(FieldsDevicePage):
    icon_name = "folder-remote"
    list_name = "filesystems"
    fields = (
        Field("type", N_("Type:"), READONLY),
        Field("driver_type", N_("Driver:"), CHOICE, (
            ("virtiofs", N_("virtiofs (fast, needs shared memory)")),
            ("path", N_("9p (path)")),
            ("handle", N_("9p (handle)")),
            ("loop", N_("Loop (LXC)")),
            ("nbd", N_("NBD (LXC)")),
            ("ploop", N_("ploop")),
        ), none_text=N_("Default (9p)")),
        Field("accessmode", N_("Access mode:"), CHOICE, (
            ("passthrough", N_("Passthrough")), ("mapped", N_("Mapped")), ("squash", N_("Squash"))),
            none_text=N_("Default (passthrough)"), shown_when=("driver_type", (None, "path", "handle")),
            tooltip=N_("How the guest's file owners and permissions map to the host's (9p only).")),
        Field("source_dir", N_("Source directory:"), TEXT, shown_when=("type", (None, "mount")), required=True,
              tooltip=N_("The host directory to share.")),
        Field("target_dir", N_("Mount tag:"), TEXT, required=True,
              tooltip=N_("The name the guest mounts, e.g. mount -t virtiofs TAG /mnt")),
        Field("readonly", N_("Read-only:"), BOOL, tooltip=N_("Export the directory read-only.")),
    )

    @classmethod
    def describe(cls, device: xmlconf.Device, index: int) -> str:
        source = device.source_dir or device.source_file or device.source_name or "?"
        return QCoreApplication.translate("FilesystemPage", "Filesystem {source} → {tag}").format(
            source=source, tag=device.target_dir or "?")

    def build_extra(self, form: QFormLayout) -> None:
        self.shared_memory_note = QLabel(self.tr(
            "virtiofs needs the VM's memory to be shared with the host, and this VM's memory is not shared: "
            "the VM will not start with this share until it is."))
        self.shared_memory_note.setObjectName("shared-memory-note")
        self.shared_memory_note.setWordWrap(True)
        self.shared_memory_note.setStyleSheet(tone_style(Tone.WARNING))
        self.enable_shared_memory = QCheckBox(self.tr("Share the VM's memory (memfd) when applying"))
        self.enable_shared_memory.setObjectName("enable-shared-memory")
        form.addRow(self.shared_memory_note)
        form.addRow("", self.enable_shared_memory)
        self.watch(self.enable_shared_memory)
        self._memory_shared = True
        self.editors["driver_type"].currentIndexChanged.connect(self._driver_changed)  # type: ignore[attr-defined]

    def load_extra(self, device: xmlconf.Device, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        self._memory_shared = has_shared_memory(config)
        self.enable_shared_memory.setChecked(False)
        self._show_shared_memory()

    def _driver_changed(self) -> None:
        if self.value("driver_type") == "virtiofs" and not self._memory_shared and not self._loading:
            self.enable_shared_memory.setChecked(True)
        self._show_shared_memory()

    def _show_shared_memory(self) -> None:
        shown = self.value("driver_type") == "virtiofs" and not self._memory_shared
        self.form.setRowVisible(self.shared_memory_note, shown)
        self.form.setRowVisible(self.enable_shared_memory, shown)

    def write_extra(self, config: xmlconf.Domain, device: xmlconf.Device) -> list[LiveChange]:
        if self.enable_shared_memory.isChecked() and self.value("driver_type") == "virtiofs" \
                and not has_shared_memory(config):
            enable_shared_memory(config)
            if self.context.config.active:
                self.needs_restart = True
        return []
