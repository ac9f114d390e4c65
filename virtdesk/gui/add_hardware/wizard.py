"""The Add Hardware dialog: device kinds on the left, the chosen kind's form on the right, Finish adds the device
(persistent config, and hotplugged on a running VM). Errors keep the dialog open with everything typed.
Its frame is ui/add_hardware_dialog.ui; each kind's form is built in code (add_hardware/forms/)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from virtdesk import xmlconf
from virtdesk.gui.add_hardware.form import DeviceForm, FormContext, InputError, load_all
from virtdesk.gui.forms import load_form
from virtdesk.gui.icons import themed
from virtdesk.gui.tones import Tone, banner_style, tone_style
from virtdesk.model import hardware
from virtdesk.model.catalogue import Kind
from virtdesk.model.domain_config import ApplyResult, DomainConfig
from virtdesk.model.errors import describe
from virtdesk.model.host_schema import HostSchema
from virtdesk.model.lanes import Lane


class AddHardwareDialog(QDialog):
    """Adds one device to ``config``'s VM. `ready` fires once the host's choices are read and the forms built;
    `added` (with the ApplyResult) once the device is saved."""

    ready = Signal()
    added = Signal(object)

    def __init__(self, config: DomainConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert config.persistent is not None
        self.config = config
        self.domain = config.domain
        self.forms: list[DeviceForm] = []
        self.busy = False
        self.setObjectName("add-hardware")
        self.setWindowTitle(self.tr("Add Hardware to {name}").format(name=self.domain.name))
        self.resize(820, 560)
        frame = load_form("add_hardware_dialog", self)
        self.kind_list = frame.child(QListWidget, "hardware-kinds")
        self.stack = frame.child(QStackedWidget, "kind_stack")
        self.heading = frame.child(QLabel, "heading_label")
        self.notice = frame.child(QLabel, "notice")
        self.notice.setStyleSheet(banner_style(Tone.INFO, 6))
        self.message = frame.child(QLabel, "message")
        self.message.setText(self.tr("Reading the host's devices, networks and storage…"))
        self.buttons = frame.child(QDialogButtonBox, "buttons")
        self.finish_button = QPushButton(themed("list-add"), self.tr("Finish"))
        self.finish_button.setObjectName("finish")
        self.finish_button.setEnabled(False)
        self.finish_button.setDefault(True)
        self.buttons.addButton(self.finish_button, QDialogButtonBox.ButtonRole.ApplyRole)
        self.finish_button.clicked.connect(self.finish)
        self.buttons.rejected.connect(self.reject)
        self.kind_list.currentRowChanged.connect(self._kind_changed)
        catalogue = self.domain.connection.catalogue
        catalogue.ready((Kind.NODE_DEVICES,), volumes=True).then(
            lambda _c: self._build_forms(hardware.host_choices(catalogue)), self._choices_failed, owner=self)

    # -- building
    def _choices_failed(self, exc: BaseException) -> None:
        self._show_error(self.tr("The host's devices could not be read: {error}").format(error=describe(exc)))
        self._build_forms(hardware.HostChoices())

    def _build_forms(self, choices: hardware.HostChoices) -> None:
        config = self.config.persistent
        assert config is not None
        context = FormContext(self.domain, config, choices)
        for cls in load_all():
            form = cls(context)
            form.notice_changed.connect(self._show_notice)
            self.forms.append(form)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setWidget(form)
            self.stack.addWidget(scroll)
            self.kind_list.addItem(QListWidgetItem(themed(form.icon_name), form.title()))
        if self.message.text() and not self.message.styleSheet():
            self.message.clear()
        self.finish_button.setEnabled(True)
        self.kind_list.setCurrentRow(0)
        self.ready.emit()

    def form(self, cls: type[DeviceForm]) -> DeviceForm:
        return next(f for f in self.forms if type(f) is cls)

    def show_form(self, form: DeviceForm) -> None:
        self.kind_list.setCurrentRow(self.forms.index(form))

    def current_form(self) -> DeviceForm | None:
        row = self.kind_list.currentRow()
        return self.forms[row] if 0 <= row < len(self.forms) else None

    def _kind_changed(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        form = self.current_form()
        if form is None:
            return
        self.heading.setText(form.title())
        self._show_notice()
        self._show_error("")

    def _show_notice(self) -> None:
        form = self.current_form()
        notice = form.notice() if form is not None else ""
        self.notice.setText(notice)
        self.notice.setVisible(bool(notice))

    # -- adding
    def _show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(tone_style(Tone.ERROR) if text else "")

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.finish_button.setEnabled(not busy)
        self.kind_list.setEnabled(not busy)

    def finish(self) -> None:
        form = self.current_form()
        if form is None or self.busy:
            return
        problem = form.validate()
        if problem:
            self._show_error(problem)
            return
        self._show_error("")
        self._set_busy(True)
        work = form.prepare()
        if work is None:
            self._add(form, None)
            return
        # creating a disk image (allocating it, perhaps) can take long: the job lane has no time limit
        self.domain.connection.call(work, description=self.tr("Preparing the new device"), quiet=True,
                                    lane=Lane.JOB).then(
            lambda prepared: self._add(form, prepared), self._failed, owner=self)

    def _add(self, form: DeviceForm, prepared: Any) -> None:
        try:
            device = form.build(prepared)
            edited = hardware.with_device(self.config, device, form.adjust)
        except (InputError, xmlconf.XMLConfError) as exc:
            self._failed(exc, form, prepared)
            return
        errors = HostSchema.of(self.domain.connection).check(edited)
        if errors:
            self._failed(InputError(self.tr("libvirt's schema does not accept this device:\n{errors}").format(
                errors="\n".join(errors[:5]))), form, prepared)
            return
        hardware.add_device(self.config, device, form.adjust).then(
            self._added, lambda exc: self._failed(exc, form, prepared), owner=self)

    def _failed(self, exc: BaseException, form: DeviceForm | None = None, prepared: Any = None) -> None:
        self._set_busy(False)
        self._show_error(str(exc) if isinstance(exc, InputError) else self.tr("Not added: {error}").format(
            error=describe(exc)))
        undo = form.undo_prepare(prepared) if form is not None and prepared is not None else None
        if undo is not None:
            self.domain.connection.call(undo, description=self.tr("Removing the unused new disk image"))

    def _added(self, result: ApplyResult) -> None:
        self._set_busy(False)
        parent = self.parentWidget()
        if result.live_failed and parent is not None:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Added; takes effect after the next shutdown"),
                              self.tr("The device is saved in the configuration, but it could not be added to the "
                                      "running VM; it takes effect after the next shutdown.\n\n{failures}").format(
                                  failures="\n".join(f"{k}: {v}" for k, v in result.live_failed.items())),
                              QMessageBox.StandardButton.Ok, parent)
            box.setObjectName("added-after-shutdown")
            box.open()
        self.added.emit(result)
        self.accept()
