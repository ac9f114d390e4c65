"""Overview: names, identity, hypervisor and machine, firmware, guest agent facts, autostart, security label."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QApplication, QCheckBox, QInputDialog, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from virtdesk import xmlconf
from virtdesk.gui.details.page import DetailsPage, PageContext
from virtdesk.gui.details.pages import register
from virtdesk.model import actions, domain_live
from virtdesk.model.domain_config import LiveChange
from virtdesk.model.guest_agent import GuestInfo, fetch_guest_info
from virtdesk.units import format_bytes

# A longer description is put into its editor only when the user asks: Qt lays out a paragraph as a whole, about
# 0.5 ms per 1,000 characters, so a description of megabytes on one line would hold the window up for seconds.
DESCRIPTION_SHOWN_AT_ONCE = 100_000  # characters


def _selectable(label: QLabel) -> QLabel:
    label.setTextInteractionFlags(label.textInteractionFlags().TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a name like "<b>x</b>" is shown as typed
    return label


@register
class OverviewPage(DetailsPage):
    title = "Overview"
    icon_name = "dialog-information"
    order = 0

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        form = self.designer_form("details_overview")
        self.name_label = _selectable(form.child(QLabel, "name_label"))
        self.rename_button = form.child(QPushButton, "rename_button")
        self.rename_button.clicked.connect(self.rename)
        self.title_edit = form.child(QLineEdit, "title_edit")
        self.description_edit = form.child(QPlainTextEdit, "description_edit")
        # wrapped at spaces only: Qt's default also breaks a line without spaces anywhere, which takes it seconds
        # for a line of 100,000 characters (minutes for a megabyte)
        self.description_edit.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.description_edit.textChanged.connect(self._description_typed)
        self.long_description_note = form.child(QLabel, "long-description-note")
        self.edit_description_button = form.child(QPushButton, "edit-description")
        self.edit_description_button.clicked.connect(self.edit_description)
        self._description = ""  # as read from the config
        self._description_in_editor = True  # False: too long to be put there unasked; it is kept as it was read
        self._description_edited = False
        self.autostart_check = form.child(QCheckBox, "autostart_check")
        self.facts: dict[str, QLabel] = {
            key: _selectable(form.child(QLabel, f"fact-{key}"))
            for key in ("uuid", "state", "hypervisor", "arch", "emulator", "machine", "chipset", "firmware", "agent",
                        "hostname", "os", "time", "addresses", "seclabel")}
        self.watch(self.title_edit, self.description_edit, self.autostart_check)
        self.guest_info: GuestInfo | None = None  # what the facts show
        self._guest_reads = 0  # only the answer to the newest read is shown
        context.domain.connection.domain_changed.connect(self._domain_changed)

    @classmethod
    def list_label(cls, device: xmlconf.Device | None, index: int) -> str:
        return QCoreApplication.translate("OverviewPage", "Overview")

    def load(self, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        domain = self.context.domain
        self.name_label.setText(config.name or "")
        self.rename_button.setEnabled(not domain.is_active and domain.persistent)
        self.rename_button.setToolTip("" if not domain.is_active else self.tr("Shut the VM down to rename it."))
        self.title_edit.setText(config.title or "")
        self._show_description(config.description or "")
        self.autostart_check.setChecked(domain.autostart)
        self.autostart_check.setEnabled(domain.persistent)
        shown = live or config
        os = shown.os
        machine = os.machine or ""
        firmware = self.tr("UEFI") if os.firmware == "efi" or os.loader_type == "pflash" else self.tr("BIOS")
        if os.secure_boot or os.loader_secure:
            firmware = self.tr("UEFI with Secure Boot")
        facts = {
            "uuid": config.uuid or "",
            "state": self._state_text(),
            "hypervisor": (config.type or "").upper(),
            "arch": os.arch or "",
            "emulator": shown.devices.emulator or "",
            "machine": machine,
            "chipset": "Q35" if "q35" in machine else ("i440FX" if ("pc" in machine or "i440fx" in machine)
                                                        else machine),
            "firmware": firmware,
            "seclabel": self._seclabel(shown),
        }
        for key, text in facts.items():
            self.facts[key].setText(text or self.tr("—"))
        agent = next((c for c in shown.devices.channels if c.is_guest_agent()), None)
        if agent is None:
            agent_text = self.tr("Not configured")
        elif not domain.is_active:
            agent_text = self.tr("Configured; the VM is not running")
        else:
            agent_text = self.tr("Connected") if agent.target_state == "connected" else self.tr("Not connected")
        self.facts["agent"].setText(agent_text)
        for key in ("hostname", "os", "time", "addresses"):
            self.facts[key].setText(self.tr("—"))
        self.guest_info = None
        self._guest_reads += 1
        if domain.is_active:
            number = self._guest_reads
            fetch_guest_info(domain).then(lambda info: number == self._guest_reads and self._show_guest_info(info),
                                          owner=self)

    def _show_description(self, description: str) -> None:
        self._description, self._description_edited = description, False
        self._description_in_editor = len(description) <= DESCRIPTION_SHOWN_AT_ONCE
        self.description_edit.setPlainText(description if self._description_in_editor else "")
        self.description_edit.setVisible(self._description_in_editor)
        self.long_description_note.setVisible(not self._description_in_editor)
        self.edit_description_button.setVisible(not self._description_in_editor)
        size = format_bytes(len(description.encode()))
        self.long_description_note.setText(self.tr(
            "The description is long ({size}): it is not shown, so that the window opens at once, and is kept as "
            "it is unless you edit it.").format(size=size))
        self.edit_description_button.setText(self.tr("Edit the description ({size})").format(size=size))

    def edit_description(self) -> None:
        """Puts a long description into its editor (that takes a moment: about a second a megabyte on one line)."""
        if self._description_in_editor:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._loading = True  # the text as read: not an edit
        try:
            self.description_edit.setPlainText(self._description)
        finally:
            self._loading = False
            QApplication.restoreOverrideCursor()
        self._description_in_editor = True
        self.long_description_note.hide()
        self.edit_description_button.hide()
        self.description_edit.show()
        self.description_edit.setFocus()

    def _description_typed(self) -> None:
        if self._description_in_editor and not self._loading:
            self._description_edited = True

    def _state_text(self) -> str:
        domain = self.context.domain
        if domain.saved:
            return self.tr("Saved: starting it restores it where it left off")
        return domain.state.label + (self.tr(" (reason {reason})").format(reason=domain.reason)
                                     if domain.reason else "")

    def _domain_changed(self, domain: object) -> None:
        if domain is self.context.domain:
            self.facts["state"].setText(self._state_text())

    def _seclabel(self, config: xmlconf.Domain) -> str:
        labels = [s for s in config.seclabels if s.model]
        return "\n".join(f"{s.model} ({s.type or 'dynamic'}): {s.label or '—'}"
                         + (f", image {s.imagelabel}" if s.imagelabel else "") for s in labels)

    def _show_guest_info(self, info: GuestInfo) -> None:
        self.guest_info = info
        if info.agent_answered:
            self.facts["agent"].setText(self.tr("Connected"))
        if not info.agent_answered and not info.addresses:
            return
        self.facts["hostname"].setText(info.hostname or self.tr("—"))
        self.facts["os"].setText(info.os_name or self.tr("—"))
        if info.time is not None:
            self.facts["time"].setText(datetime.datetime.fromtimestamp(info.time, datetime.UTC).strftime(
                "%Y-%m-%d %H:%M:%S UTC") + (f" ({info.timezone})" if info.timezone else ""))
        if info.addresses:
            self.facts["addresses"].setText("\n".join(f"{a.interface}: {a.address} ({a.source})"
                                                      for a in info.addresses))

    def write(self, config: xmlconf.Domain) -> list[LiveChange]:
        changes = []
        title = self.title_edit.text().strip() or None
        if title != (config.title or None):
            config.title = title
            changes.append(domain_live.set_title(self.tr("Set the title"), title))
        if self._description_edited:  # else kept exactly as read (the editor would turn "\r\n" into "\n")
            description = self.description_edit.toPlainText().strip() or None
            if description != (config.description or None):
                config.description = description
                changes.append(domain_live.set_description(self.tr("Set the description"), description))
        autostart = self.autostart_check.isChecked()
        if autostart != self.context.domain.autostart:
            changes.append(domain_live.set_autostart(self.tr("Set autostart"), autostart))
        return changes

    def validate(self) -> str:
        if "\n" in self.title_edit.text():
            return self.tr("The title must be a single line.")
        return ""

    def rename(self) -> None:
        domain = self.context.domain
        dialog = QInputDialog(self)
        dialog.setObjectName("rename-dialog")
        dialog.setWindowTitle(self.tr("Rename VM"))
        dialog.setLabelText(self.tr("New name for {name}:").format(name=domain.name))
        dialog.setTextValue(domain.name)

        def accepted() -> None:
            new = dialog.textValue().strip()
            if new and new != domain.name:
                description = self.tr("Rename {old} to {new}").format(old=domain.name, new=new)
                actions.rename(domain, new, description).then(
                    lambda _r: self.context.config.reload(),
                    lambda exc: self.show_note(self.tr("Not renamed: {error}").format(error=str(exc))),
                    owner=self)

        dialog.accepted.connect(accepted)
        dialog.open()
