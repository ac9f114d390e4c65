"""The Add Storage Pool wizard: a name and one of the pool types the host supports, the inputs that type uses
(checked as typed, with source discovery where libvirt offers it), and a summary with the pool's XML, the choice to
build its storage (naming what that creates or formats) and autostart. Finish defines, builds and starts the pool;
when a step after the define fails, the wizard keeps everything typed, shows libvirt's error and asks whether to
keep the new definition. Its pages are ui/add_pool_type.ui, ui/add_pool_source.ui and ui/add_pool_summary.ui."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
    QWizard,
    QWizardPage,
)

from virtdesk import xmlconf
from virtdesk.gui.details.xml_editor import XmlHighlighter
from virtdesk.gui.forms import load_form
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model import pool_creation, storage_actions
from virtdesk.model.catalogue import Kind, Secret
from virtdesk.model.connection import Connection
from virtdesk.model.errors import describe
from virtdesk.model.host_schema import HostSchema
from virtdesk.model.pool_creation import Field, FoundSource, HostPoolTypes, PoolCreationFailed, PoolSpec, Step
from virtdesk.model.worker import Task, file_executor, submit

TYPE_LABELS = {
    "dir": QT_TRANSLATE_NOOP("AddPoolWizard", "Filesystem directory"),
    "fs": QT_TRANSLATE_NOOP("AddPoolWizard", "Pre-formatted block device"),
    "netfs": QT_TRANSLATE_NOOP("AddPoolWizard", "Network exported directory (NFS, CIFS, GlusterFS)"),
    "logical": QT_TRANSLATE_NOOP("AddPoolWizard", "LVM volume group"),
    "disk": QT_TRANSLATE_NOOP("AddPoolWizard", "Physical disk device"),
    "iscsi": QT_TRANSLATE_NOOP("AddPoolWizard", "iSCSI target"),
    "iscsi-direct": QT_TRANSLATE_NOOP("AddPoolWizard", "iSCSI target, used directly by QEMU"),
    "scsi": QT_TRANSLATE_NOOP("AddPoolWizard", "SCSI host adapter or vHBA"),
    "mpath": QT_TRANSLATE_NOOP("AddPoolWizard", "Multipath devices"),
    "rbd": QT_TRANSLATE_NOOP("AddPoolWizard", "Ceph RBD pool"),
    "gluster": QT_TRANSLATE_NOOP("AddPoolWizard", "Gluster volume"),
    "zfs": QT_TRANSLATE_NOOP("AddPoolWizard", "ZFS pool"),
    "vstorage": QT_TRANSLATE_NOOP("AddPoolWizard", "Virtuozzo Storage cluster"),
}
TYPE_DESCRIPTIONS = {
    "dir": QT_TRANSLATE_NOOP("AddPoolWizard", "A directory on the host; each volume is a file in it."),
    "fs": QT_TRANSLATE_NOOP("AddPoolWizard", "A block device holding a file system, mounted on the host; each "
                                             "volume is a file on it."),
    "netfs": QT_TRANSLATE_NOOP("AddPoolWizard", "A directory a server exports over NFS, CIFS or GlusterFS, mounted "
                                                "on the host; each volume is a file in it."),
    "logical": QT_TRANSLATE_NOOP("AddPoolWizard", "An LVM volume group; each volume is a logical volume."),
    "disk": QT_TRANSLATE_NOOP("AddPoolWizard", "A whole disk; each volume is a partition of it."),
    "iscsi": QT_TRANSLATE_NOOP("AddPoolWizard", "The LUNs of a target on an iSCSI server, logged in to by the "
                                                "host's initiator; each LUN is a volume."),
    "iscsi-direct": QT_TRANSLATE_NOOP("AddPoolWizard", "The LUNs of a target on an iSCSI server, which QEMU opens "
                                                       "itself (libiscsi) with the given initiator name."),
    "scsi": QT_TRANSLATE_NOOP("AddPoolWizard", "The LUNs behind a SCSI host adapter, or behind a vHBA libvirt "
                                               "creates on a Fibre Channel adapter."),
    "mpath": QT_TRANSLATE_NOOP("AddPoolWizard", "The host's multipath devices (device-mapper); each is a volume."),
    "rbd": QT_TRANSLATE_NOOP("AddPoolWizard", "A pool of a Ceph cluster; each volume is an RBD image."),
    "gluster": QT_TRANSLATE_NOOP("AddPoolWizard", "A Gluster volume, which QEMU opens itself (libgfapi)."),
    "zfs": QT_TRANSLATE_NOOP("AddPoolWizard", "A ZFS pool; each volume is a ZFS volume."),
    "vstorage": QT_TRANSLATE_NOOP("AddPoolWizard", "A Virtuozzo Storage cluster, mounted on the host."),
}
FIELD_LABELS = {  # (pool type, input) -> its label where it is not the form's
    ("netfs", Field.TARGET_PATH): QT_TRANSLATE_NOOP("AddPoolWizard", "&Mount point:"),
    ("fs", Field.TARGET_PATH): QT_TRANSLATE_NOOP("AddPoolWizard", "&Mount point:"),
    ("vstorage", Field.TARGET_PATH): QT_TRANSLATE_NOOP("AddPoolWizard", "&Mount point:"),
    ("disk", Field.DEVICES): QT_TRANSLATE_NOOP("AddPoolWizard", "&Disk:"),
    ("logical", Field.DEVICES): QT_TRANSLATE_NOOP("AddPoolWizard", "Physical &volumes:"),
    ("zfs", Field.DEVICES): QT_TRANSLATE_NOOP("AddPoolWizard", "D&evices:"),
    ("logical", Field.SOURCE_NAME): QT_TRANSLATE_NOOP("AddPoolWizard", "Volume &group:"),
    ("rbd", Field.SOURCE_NAME): QT_TRANSLATE_NOOP("AddPoolWizard", "Ceph &pool:"),
    ("gluster", Field.SOURCE_NAME): QT_TRANSLATE_NOOP("AddPoolWizard", "Gluster &volume:"),
    ("zfs", Field.SOURCE_NAME): QT_TRANSLATE_NOOP("AddPoolWizard", "ZFS &pool:"),
    ("vstorage", Field.SOURCE_NAME): QT_TRANSLATE_NOOP("AddPoolWizard", "&Cluster:"),
    ("gluster", Field.SOURCE_DIR): QT_TRANSLATE_NOOP("AddPoolWizard", "Su&bdirectory:"),
    ("netfs", Field.SOURCE_DIR): QT_TRANSLATE_NOOP("AddPoolWizard", "Export &path:"),
}
NETFS_SHARE_LABELS = {
    "cifs": QT_TRANSLATE_NOOP("AddPoolWizard", "Sha&re:"),
    "glusterfs": QT_TRANSLATE_NOOP("AddPoolWizard", "&Volume:"),
}
OPTIONAL_DEVICES = QT_TRANSLATE_NOOP("AddPoolWizard", "optional, needed to build: /dev/sdb /dev/sdc")
FORMAT_LABELS = {
    "auto": QT_TRANSLATE_NOOP("AddPoolWizard", "detect it"),
    "unknown": QT_TRANSLATE_NOOP("AddPoolWizard", "detect it"),
}
FORMAT_NAMES = {"nfs": "NFS", "cifs": "CIFS (SMB)", "glusterfs": "GlusterFS", "dos": "DOS (MBR)", "gpt": "GPT"}
ADAPTER_TYPES = (
    ("scsi_host", QT_TRANSLATE_NOOP("AddPoolWizard", "SCSI host adapter")),
    ("fc_host", QT_TRANSLATE_NOOP("AddPoolWizard", "vHBA on a Fibre Channel adapter")),
)
FAILED_STEP = {
    Step.BUILD: QT_TRANSLATE_NOOP("AddPoolWizard", "The pool {name} was defined, but its storage could not be "
                                                   "built:\n\n{error}"),
    Step.START: QT_TRANSLATE_NOOP("AddPoolWizard", "The pool {name} was defined, but it could not be "
                                                   "started:\n\n{error}"),
    Step.AUTOSTART: QT_TRANSLATE_NOOP("AddPoolWizard", "The pool {name} was defined and started, but autostart "
                                                       "could not be turned on:\n\n{error}"),
}


def _translate(text: str) -> str:
    """The text of a QT_TRANSLATE_NOOP("AddPoolWizard", ...) above, translated."""
    return QCoreApplication.translate("AddPoolWizard", text)


def _show_error(label: QLabel, text: str, error: bool = True, hide_empty: bool = True) -> None:
    label.setStyleSheet(tone_style(Tone.ERROR) if error else "")
    label.setText(text)
    if hide_empty:
        label.setVisible(bool(text))


class AddPoolTypePage(QWizardPage):
    """The pool's name (unique on the host) and its type, of those the host supports."""

    def __init__(self, wizard: AddPoolWizard) -> None:
        super().__init__()
        self.pools = wizard.connection.catalogue
        self.host_types: HostPoolTypes | None = None
        self.setTitle(self.tr("Name and Type"))
        self.setSubTitle(self.tr("Name the new storage pool and choose where its storage comes from."))
        form = load_form("add_pool_type", self)
        self.name_edit = form.child(QLineEdit, "name_edit")
        self.name_error = form.child(QLabel, "name_error")
        self.type_list = form.child(QListWidget, "type_list")
        self.type_description = form.child(QLabel, "type_description")
        self.types_note = form.child(QLabel, "types_note")
        _show_error(self.types_note, self.tr("Reading the pool types this host supports…"), error=False)
        self.name_edit.textChanged.connect(self._check)
        self.type_list.currentItemChanged.connect(self._check)
        self.pools.pools_changed.connect(self._check)
        self._check()

    def show_types(self, host_types: HostPoolTypes) -> None:
        self.host_types = host_types
        self.type_list.clear()
        for pool_type in pool_creation.POOL_TYPES:
            item = QListWidgetItem(f"{_translate(TYPE_LABELS[pool_type])} ({pool_type})")
            item.setData(Qt.ItemDataRole.UserRole, pool_type)
            if not host_types.support(pool_type).supported:
                item.setText(self.tr("{type}: not supported by this host").format(type=item.text()))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
            self.type_list.addItem(item)
        if host_types.reported:
            _show_error(self.types_note, "")
        else:
            _show_error(self.types_note, self.tr(
                "This host does not report which pool types it supports ({reason}). Every type libvirt knows is "
                "offered; the host refuses one it lacks when the pool is defined.").format(reason=host_types.reason),
                        error=False)
        self.select_type("dir")

    def types_failed(self, exc: BaseException) -> None:
        _show_error(self.types_note, self.tr("The pool types of this host could not be read: {error}").format(
            error=describe(exc)))

    def select_type(self, pool_type: str) -> bool:
        for row in range(self.type_list.count()):
            item = self.type_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == pool_type and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                self.type_list.setCurrentItem(item)
                return True
        return False

    def name(self) -> str:
        return self.name_edit.text()

    def pool_type(self) -> str | None:
        item = self.type_list.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return item.data(Qt.ItemDataRole.UserRole)

    def name_problem(self) -> str:
        return pool_creation.check_name(self.name(), [pool.name for pool in self.pools.pools.values()])

    def _check(self, *_args: object) -> None:
        _show_error(self.name_error, self.name_problem())
        pool_type = self.pool_type()
        self.type_description.setText(_translate(TYPE_DESCRIPTIONS[pool_type]) if pool_type else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.name_problem() and self.pool_type() is not None


class AddPoolSourcePage(QWizardPage):
    """The inputs the chosen type uses, each checked as typed; Find… asks the host for sources where it can."""

    LINE_EDITS = (Field.HOST, Field.SOURCE_DIR, Field.DEVICES, Field.SOURCE_NAME, Field.TARGET_IQN,
                  Field.INITIATOR_IQN, Field.ADAPTER_NAME, Field.ADAPTER_PARENT, Field.WWNN, Field.WWPN,
                  Field.MONITORS, Field.AUTH_USERNAME, Field.TARGET_PATH)

    def __init__(self, wizard: AddPoolWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.connection = wizard.connection
        self.pool_type = ""
        self._target_follows = True
        self._secrets_asked = False
        self._updating = False
        self.found: list[FoundSource] = []
        form = load_form("add_pool_source", self)
        self.fields_layout = form.child(QFormLayout, "fields_layout")
        self.hint = form.child(QLabel, "source_hint")
        self.labels = {f: form.child(QLabel, f"{f.value}_label") for f in Field}
        self.rows = {f: form.child(QWidget, f"{f.value}_field") for f in Field}
        self.errors = {f: form.child(QLabel, f"{f.value}_error") for f in Field}
        self.form_labels = {f: label.text() for f, label in self.labels.items()}
        self.edits = {f: form.child(QLineEdit, f"{f.value}_edit") for f in self.LINE_EDITS}
        self.port_spin = form.child(QSpinBox, "port_spin")
        self.format_combo = form.child(QComboBox, "format_combo")
        self.adapter_type_combo = form.child(QComboBox, "adapter_type_combo")
        self.secret_combo = form.child(QComboBox, "auth_secret_combo")
        self.secrets_note = form.child(QLabel, "secrets_note")
        self.discovery_box = form.child(QWidget, "discovery_box")
        self.find_button = form.child(QPushButton, "find_button")
        self.find_status = form.child(QLabel, "find_status")
        self.sources_list = form.child(QListWidget, "sources_list")
        self.devices_placeholder = self.edits[Field.DEVICES].placeholderText()
        for value, text in ADAPTER_TYPES:
            self.adapter_type_combo.addItem(_translate(text), value)
        self.secret_combo.addItem(self.tr("(none)"), "")
        for edit in self.edits.values():
            edit.textChanged.connect(self.refresh)
        for combo in (self.format_combo, self.adapter_type_combo, self.secret_combo):
            combo.currentIndexChanged.connect(self.refresh)
        self.port_spin.valueChanged.connect(self.refresh)
        self.edits[Field.TARGET_PATH].textEdited.connect(self._target_edited)
        self.find_button.clicked.connect(self.find_sources)
        self.sources_list.currentItemChanged.connect(self._source_chosen)
        self.connection.catalogue.changed.connect(self._kind_changed)
        for label in self.errors.values():
            label.setWordWrap(True)
            label.hide()

    # -- the type's inputs
    def initializePage(self) -> None:
        pool_type = self.owner.type_page.pool_type() or "dir"
        self.setTitle(_translate(TYPE_LABELS[pool_type]))
        self.setSubTitle(self.tr("Where the pool's storage is, and where its volumes appear on the host."))
        if pool_type != self.pool_type:
            self.pool_type = pool_type
            self._type_changed()
        self.refresh()

    def _type_changed(self) -> None:
        pool_type = self.pool_type
        self.hint.setText(_translate(TYPE_DESCRIPTIONS[pool_type]))
        support = self.owner.host_types.support(pool_type) if self.owner.host_types else None
        formats = support.formats if support else ()
        self.format_combo.blockSignals(True)
        self.format_combo.clear()
        for value in formats:
            text = _translate(FORMAT_LABELS[value]) if value in FORMAT_LABELS else FORMAT_NAMES.get(value, value)
            self.format_combo.addItem(text, value)
        default = self.format_combo.findData(support.default_format if support else "")
        self.format_combo.setCurrentIndex(max(default, 0))
        self.format_combo.blockSignals(False)
        optional = pool_type in ("logical", "zfs")
        self.edits[Field.DEVICES].setPlaceholderText(_translate(OPTIONAL_DEVICES) if optional
                                                     else self.devices_placeholder)
        self._target_follows = True  # a path typed for another type does not fit this one
        self.discovery_box.setVisible(pool_creation.can_discover(pool_type))
        self.sources_list.clear()
        self.sources_list.hide()
        self.found = []
        _show_error(self.find_status, "", hide_empty=False)
        if pool_type == "rbd" and not self._secrets_asked:
            self._secrets_asked = True
            self._read_secrets()

    def spec(self, name: str, pool_type: str) -> PoolSpec:
        text = {f: edit.text().strip() for f, edit in self.edits.items()}
        return PoolSpec(
            name=name, type=pool_type, target_path=text[Field.TARGET_PATH], host=text[Field.HOST],
            port=self.port_spin.value() or None, source_format=self.format_combo.currentData() or "",
            source_dir=text[Field.SOURCE_DIR], devices=pool_creation.split_list(text[Field.DEVICES]),
            source_name=text[Field.SOURCE_NAME], target_iqn=text[Field.TARGET_IQN],
            initiator_iqn=text[Field.INITIATOR_IQN], adapter_type=self.adapter_type_combo.currentData(),
            adapter_name=text[Field.ADAPTER_NAME], adapter_parent=text[Field.ADAPTER_PARENT], wwnn=text[Field.WWNN],
            wwpn=text[Field.WWPN], monitors=text[Field.MONITORS], auth_username=text[Field.AUTH_USERNAME],
            auth_secret=self.secret_combo.currentData() or "")

    def current_spec(self) -> PoolSpec:
        return self.spec(self.owner.type_page.name(), self.pool_type or "dir")

    def _target_edited(self, text: str) -> None:
        self._target_follows = not text

    def refresh(self, *_args: object) -> None:
        """Shows the inputs the type uses, labelled for it, each with what is wrong with it."""
        if self._updating:
            return
        self._updating = True
        try:
            spec = self.current_spec()
            if self._target_follows:
                self.edits[Field.TARGET_PATH].setText(pool_creation.default_target(
                    spec, self.connection.catalogue.pools.values()))
                spec = self.current_spec()
            used = pool_creation.fields(spec)
            found = pool_creation.problems(spec)
            for f in Field:
                self.fields_layout.setRowVisible(self.rows[f], f in used)
                self.labels[f].setText(self._label(spec, f))
                _show_error(self.errors[f], found.get(f, "") if f in used else "")
            needs_host = pool_creation.discovery_needs_host(spec.type)
            self.find_button.setEnabled(not (needs_host and Field.HOST in found))
        finally:
            self._updating = False
        self.completeChanged.emit()

    def _label(self, spec: PoolSpec, f: Field) -> str:
        if spec.type == "netfs" and f is Field.SOURCE_DIR and spec.source_format in NETFS_SHARE_LABELS:
            return _translate(NETFS_SHARE_LABELS[spec.source_format])
        label = FIELD_LABELS.get((spec.type, f))
        return _translate(label) if label else self.form_labels[f]

    def isComplete(self) -> bool:
        return not pool_creation.problems(self.current_spec())

    # -- discovery
    def find_sources(self) -> Task:
        spec = self.current_spec()
        self.find_button.setEnabled(False)
        self.sources_list.clear()
        self.sources_list.hide()
        _show_error(self.find_status, self.tr("Asking the host…"), error=False, hide_empty=False)
        task = pool_creation.find_sources(self.connection, spec)
        task.then(self._sources_found, self._sources_failed, owner=self)
        return task

    def _sources_found(self, found: list[FoundSource]) -> None:
        self.found = found
        self.find_button.setEnabled(True)
        for source in found:
            self.sources_list.addItem(source.label)
        self.sources_list.setVisible(bool(found))
        _show_error(self.find_status, self.tr("Found {count}: choose one to fill in its details.").format(
            count=len(found)) if found else self.tr("The host found none."), error=False)

    def _sources_failed(self, exc: BaseException) -> None:
        self.find_button.setEnabled(True)
        _show_error(self.find_status, self.tr("The host could not look for sources: {error}").format(
            error=describe(exc)))

    def _source_chosen(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        row = self.sources_list.row(item) if item is not None else -1
        if not 0 <= row < len(self.found):
            return
        source = self.found[row]
        for f, value in ((Field.SOURCE_DIR, source.source_dir), (Field.SOURCE_NAME, source.source_name),
                         (Field.TARGET_IQN, source.target_iqn), (Field.DEVICES, " ".join(source.devices))):
            if value:
                self.edits[f].setText(value)
        index = self.format_combo.findData(source.source_format)
        if source.source_format and index >= 0:
            self.format_combo.setCurrentIndex(index)

    # -- Ceph secrets
    def _read_secrets(self) -> None:
        _show_error(self.secrets_note, self.tr("Reading the host's secrets…"), error=False)
        self.connection.catalogue.need(Kind.SECRETS).then(self._secrets_read, self._secrets_failed, owner=self)

    def _kind_changed(self, kind: Kind) -> None:
        if kind is Kind.SECRETS and self._secrets_asked:
            self._secrets_read(self.connection.catalogue.objects(Kind.SECRETS) or [])

    def _secrets_read(self, secrets: list[Secret]) -> None:
        chosen = self.secret_combo.currentData()
        ceph = pool_creation.ceph_secrets(secrets)
        self.secret_combo.blockSignals(True)
        while self.secret_combo.count() > 1:
            self.secret_combo.removeItem(1)
        for secret in ceph:
            self.secret_combo.addItem(f"{secret.usage_id} ({secret.uuid})", secret.uuid)
        self.secret_combo.setCurrentIndex(max(self.secret_combo.findData(chosen), 0))
        self.secret_combo.blockSignals(False)
        _show_error(self.secrets_note, "" if ceph else self.tr(
            "This host has no Ceph secrets: define one holding the user's key to use authentication."), error=False)
        self.refresh()

    def _secrets_failed(self, exc: BaseException) -> None:
        _show_error(self.secrets_note, self.tr("The host's secrets could not be read: {error}").format(
            error=describe(exc)))


class AddPoolSummaryPage(QWizardPage):
    """The new pool's XML as libvirt receives it, checked against libvirt's schema, and what Finish also does."""

    def __init__(self, wizard: AddPoolWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("Finish defines the pool and starts it."))
        form = load_form("add_pool_summary", self)
        self.summary_label = form.child(QLabel, "summary_label")
        self.xml_text = form.child(QPlainTextEdit, "xml_text")
        self.highlighter = XmlHighlighter(self.xml_text.document())
        self.schema_label = form.child(QLabel, "schema_label")
        self.build_check = form.child(QCheckBox, "build_check")
        self.build_note = form.child(QLabel, "build_note")
        self.autostart_check = form.child(QCheckBox, "autostart_check")
        self.status_label = form.child(QLabel, "status_label")
        self.pool: xmlconf.StoragePool | None = None
        self.schema_ok = False
        self._offered_for = ""
        self._checks = 0

    def initializePage(self) -> None:
        spec = self.owner.spec()
        self.summary_label.setText(self.tr("A new {type} pool named {name} on {host}.").format(
            type=_translate(TYPE_LABELS[spec.type]), name=spec.name, host=self.owner.connection.label))
        self._show_build(spec)
        self._show_xml(spec)

    def _show_build(self, spec: PoolSpec) -> None:
        offer = pool_creation.build_offer(spec)
        self.build_check.setVisible(offer is not None)
        if offer is None:
            _show_error(self.build_note, "")
            return
        self.build_check.setText(offer.text)
        if self._offered_for != spec.type:
            self._offered_for = spec.type
            self.build_check.setChecked(offer.default)
        self.build_check.setEnabled(not offer.unavailable)
        if offer.unavailable:
            self.build_check.setChecked(False)
        _show_error(self.build_note, offer.unavailable, error=False)

    def _show_xml(self, spec: PoolSpec) -> None:
        self._checks += 1
        number = self._checks
        self.schema_ok = False
        try:
            self.pool = pool_creation.pool_xml(spec)
        except (xmlconf.XMLConfError, ValueError) as exc:
            self.pool = None
            self.xml_text.clear()
            _show_error(self.schema_label, self.tr("No XML can be made of this: {error}").format(error=str(exc)))
            self.completeChanged.emit()
            return
        self.xml_text.setPlainText(pool_creation.pool_text(self.pool))
        _show_error(self.schema_label, self.tr("Checking the XML against libvirt's schema…"), error=False)
        checked = self.pool.copy()
        submit(file_executor(), HostSchema.of(self.owner.connection).check, checked).then(
            lambda errors: self._checked(number, errors), owner=self)
        self.completeChanged.emit()

    def _checked(self, number: int, errors: list[str] | None) -> None:
        if number != self._checks:
            return
        self.schema_ok = not errors
        if errors is None:
            _show_error(self.schema_label, self.tr("The host checks this XML when the pool is defined."), error=False)
        elif errors:
            _show_error(self.schema_label, self.tr("libvirt's schema does not accept this XML:\n{errors}").format(
                errors="\n".join(errors[:5])))
        else:
            _show_error(self.schema_label, self.tr("libvirt's schema accepts this XML."), error=False)
        self.completeChanged.emit()

    def build_asked(self) -> bool:
        return self.build_check.isVisible() and self.build_check.isEnabled() and self.build_check.isChecked()

    def isComplete(self) -> bool:
        return self.pool is not None and self.schema_ok and not self.owner.busy


class AddPoolWizard(QWizard):
    """Adds a storage pool to the connection's host. `created` gives the new pool's name once the catalogue
    lists it; the wizard then closes."""

    created = Signal(str)

    def __init__(self, connection: Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection = connection
        self.busy = False
        self.keep_question: QMessageBox | None = None
        self.setObjectName("add-pool-wizard")
        self.setWindowTitle(self.tr("Add a Storage Pool to {host}").format(host=connection.label))
        self.resize(780, 600)
        self.type_page = AddPoolTypePage(self)
        self.source_page = AddPoolSourcePage(self)
        self.summary_page = AddPoolSummaryPage(self)
        for page in (self.type_page, self.source_page, self.summary_page):
            self.addPage(page)
        pool_creation.pool_types(connection).then(self.type_page.show_types, self.type_page.types_failed,
                                                  owner=self.type_page)

    @property
    def host_types(self) -> HostPoolTypes | None:
        """The pool types of the host, once read."""
        return self.type_page.host_types

    def spec(self) -> PoolSpec:
        return self.source_page.current_spec()

    # -- finishing
    def accept(self) -> None:
        """Finish: creates the pool; the wizard closes only once it is there."""
        if self.busy or not self.summary_page.isComplete():
            return
        spec = self.spec()
        self._set_busy(self.tr("Creating the pool {name}…").format(name=spec.name))
        pool_creation.create_pool(self.connection, spec, build=self.summary_page.build_asked(),
                                  autostart=self.summary_page.autostart_check.isChecked()).then(
            lambda _pools: self._created(spec.name), self._failed, owner=self)

    def _set_busy(self, status: str = "") -> None:
        self.busy = bool(status)
        _show_error(self.summary_page.status_label, status, error=False)
        self.summary_page.completeChanged.emit()
        for button in (QWizard.WizardButton.BackButton, QWizard.WizardButton.CancelButton):
            self.button(button).setEnabled(not self.busy)

    def _done_with_error(self, text: str) -> None:
        self._set_busy()
        _show_error(self.summary_page.status_label, text)

    def _created(self, name: str) -> None:
        self._set_busy()
        self.created.emit(name)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        if not (isinstance(exc, PoolCreationFailed) and exc.defined):
            self._done_with_error(self.tr("The pool was not created: {error}").format(error=describe(exc)))
            return
        text = _translate(FAILED_STEP[exc.step]).format(name=exc.name, error=describe(exc.cause))
        self._done_with_error(text)
        self._ask_keep(exc.name, text)

    def _ask_keep(self, name: str, failure: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Keep the New Pool {name}?").format(name=name),
                          failure + "\n\n" + self.tr(
                              "Remove the pool you just defined (its storage is left as it is), or keep it defined "
                              "as it is?"), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("keep-new-pool")
        remove = box.addButton(self.tr("&Remove {name}").format(name=name), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("&Keep {name}").format(name=name), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(remove)
        box.setEscapeButton(remove)
        box.remove_button, box.keep_button = remove, keep  # type: ignore[attr-defined]

        def answered(button: QAbstractButton) -> None:
            self.keep_question = None
            if button is keep:
                self._created(name)
            else:
                self._remove(name, failure)

        box.buttonClicked.connect(answered)
        self.keep_question = box
        box.open()

    def _remove(self, name: str, failure: str) -> None:
        self._set_busy(self.tr("Removing the pool {name}…").format(name=name))

        def removed(_result: object) -> None:
            self._done_with_error(failure + "\n\n" + self.tr(
                "The pool {name} was removed again. Change what needs changing and press Finish again.").format(
                name=name))

        def not_removed(exc: BaseException) -> None:
            self._done_with_error(failure + "\n\n" + self.tr("The pool {name} could not be removed: {error}").format(
                name=name, error=describe(exc)))

        storage_actions.delete_pool(self.connection, name, delete_storage=False).then(removed, not_removed,
                                                                                      owner=self)
