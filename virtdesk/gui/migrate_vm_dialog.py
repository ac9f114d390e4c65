"""Migrate VM: a destination among the other open connections (those that cannot take the VM listed with why),
live or offline, how the data travels, storage shared or copied, the definition kept or moved, and the tuning of
a live move; every option the VM's state or the pair of hosts rules out is disabled with the reason. The checks
(name free there, CPU compatible, every disk there or copied) are shown before anything starts; the migration runs
as a Job with libvirt's statistics and can be cancelled. After a failure or a cancel the dialog keeps every choice
and can try again. Its layout is ui/migrate_vm_dialog.ui."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QSpinBox, QWidget

from virtdesk.gui.delete_vm_dialog import VmJobDialog
from virtdesk.model.connection import Connection
from virtdesk.model.domain import Domain
from virtdesk.model.errors import describe
from virtdesk.model.jobs import Job, JobState
from virtdesk.model.vm_migration import (
    DestinationFacts,
    MigrationHost,
    MigrationOptions,
    MigrationSource,
    Option,
    StorageCopy,
    Transfer,
    copy_paths,
    destination_problem,
    migrate_vm,
    normalized,
    notes,
    problems,
    read_destination,
    read_source,
    unavailable,
)

TRANSFER_OPTIONS = {Transfer.PEER_TO_PEER: Option.PEER_TO_PEER, Transfer.TUNNELLED: Option.TUNNELLED}


class MigrateVmDialog(VmJobDialog):
    """Moves one VM to another open connection."""

    class Column:
        TARGET, PATH, THERE = range(3)

    def __init__(self, domain: Domain, connections: Sequence[Connection], parent: QWidget | None = None) -> None:
        super().__init__("migrate_vm_dialog", self.tr("Migrate {vm}").format(vm=domain.name), parent)
        self.setObjectName("migrate-vm")
        self.domain = domain
        self.connection = domain.connection
        self.candidates = [c for c in connections if c is not self.connection]
        self.source: MigrationSource | None = None
        self.facts: dict[Connection, DestinationFacts | str] = {}  # the facts, or why they could not be read
        self._reads: dict[Connection, object] = {}  # the read whose answer counts, per destination
        self.failure = ""  # how the last try ended, until the next one starts
        self._kept: dict[QWidget, object] = {}  # the user's value of a widget that shows a forced one
        self.action_button.setText(self.tr("&Migrate"))
        form = self.form
        self.source_label = form.child(QLabel, "source_label")
        self.destination_combo = form.child(QComboBox, "destination_combo")
        self.transfer_combo = form.child(QComboBox, "transfer_combo")
        self.storage_combo = form.child(QComboBox, "storage_combo")
        self.copy_pool_combo = form.child(QComboBox, "copy_pool_combo")
        self.bandwidth_spin = form.child(QSpinBox, "bandwidth_spin")
        self.downtime_spin = form.child(QSpinBox, "downtime_spin")
        self.address_edit = form.child(QLineEdit, "address_edit")
        self.unavailable_label = form.child(QLabel, "unavailable_label")
        self.checks: dict[Option, QCheckBox] = {
            Option.LIVE: form.child(QCheckBox, "live_check"),
            Option.PERSISTENT: form.child(QCheckBox, "persistent_check"),
            Option.UNDEFINE_SOURCE: form.child(QCheckBox, "undefine_check"),
            Option.AUTO_CONVERGE: form.child(QCheckBox, "auto_converge_check"),
            Option.POST_COPY: form.child(QCheckBox, "post_copy_check"),
            Option.COMPRESSION: form.child(QCheckBox, "compression_check"),
        }
        self.fields: dict[Option, QWidget] = {Option.BANDWIDTH: self.bandwidth_spin,
                                              Option.MAX_DOWNTIME: self.downtime_spin,
                                              Option.ADDRESS: self.address_edit}
        for transfer in Transfer:
            self.transfer_combo.addItem(transfer.label, transfer)
        for storage in StorageCopy:
            self.storage_combo.addItem(storage.label, storage)
        for check in self.checks.values():
            check.toggled.connect(self._update)
        for combo in (self.transfer_combo, self.storage_combo, self.copy_pool_combo):
            combo.currentIndexChanged.connect(self._update)
        for spin in (self.bandwidth_spin, self.downtime_spin):
            spin.valueChanged.connect(self._update)
        self.address_edit.textChanged.connect(self._update)
        self.destination_combo.currentIndexChanged.connect(self._destination_changed)
        for candidate in self.candidates:
            candidate.state_changed.connect(self._fill_destinations)
            candidate.domains_added.connect(self._destination_domains_changed)
            candidate.domains_removed.connect(self._destination_domains_changed)
        self._set_columns([self.tr("Disk"), self.tr("Path"), self.tr("On the destination")])
        self._read(read_source(self.connection, domain))

    # -- reading
    def _show(self, result: object) -> None:
        assert isinstance(result, MigrationSource)
        self.source = source = result
        self.source_label.setText(self.tr("Move {vm} ({state}) from {host} to another open connection.").format(
            vm=source.name, state=self.domain.state.label.lower(), host=self.connection.label))
        self.table.setRowCount(len(source.disks))
        for row, disk in enumerate(source.disks):
            self._cell(row, self.Column.TARGET, f"{disk.target} ({disk.device})")
            self._cell(row, self.Column.PATH, disk.where or self.tr("(no local storage)"))
        self._fill_destinations()

    def _fill_destinations(self) -> None:
        """Lists the other connections; those that cannot take the VM are listed disabled, with why."""
        if self.job is not None:
            return
        current = self.destination()
        combo = self.destination_combo
        combo.blockSignals(True)
        combo.clear()
        model = combo.model()
        assert isinstance(model, QStandardItemModel)
        here = MigrationHost.of(self.connection)
        first = -1
        for row, candidate in enumerate(self.candidates):
            why = destination_problem(here, MigrationHost.of(candidate))
            combo.addItem(self.tr("{host} — {why}").format(host=candidate.label, why=why) if why
                          else candidate.label, candidate)
            item = model.item(row)
            item.setToolTip(why or candidate.uri)
            item.setEnabled(not why)
            if not why and (first < 0 or candidate is current):
                first = row
        combo.setCurrentIndex(max(first, 0) if self.candidates else -1)
        combo.blockSignals(False)
        self._destination_changed()

    def destination(self) -> Connection | None:
        data = self.destination_combo.currentData()
        return data if isinstance(data, Connection) else None

    def _destination_changed(self) -> None:
        destination, source = self.destination(), self.source
        if destination is not None and source is not None and destination not in self.facts and \
                destination.is_active:
            self.facts[destination] = self.tr("Checking {host}…").format(host=destination.label)
            task = read_destination(destination, source, MigrationHost.of(self.connection))
            self._reads[destination] = task
            task.then(lambda facts, d=destination, t=task: self._facts_read(d, t, facts),
                      lambda exc, d=destination, t=task: self._facts_read(d, t, self.tr(
                          "Could not check {host}: {error}").format(host=d.label, error=describe(exc))), owner=self)
        self._update()

    def _destination_domains_changed(self, _domains: list[Domain]) -> None:
        """A VM came or went on a destination (another client, a migration): its checks are read again."""
        destination = self.sender()
        if self.job is not None or not isinstance(destination, Connection):
            return
        self.facts.pop(destination, None)
        if destination is self.destination():
            self._destination_changed()

    def _facts_read(self, destination: Connection, task: object, facts: DestinationFacts | str) -> None:
        if self._reads.get(destination) is task:  # not an older read overtaken by a newer one
            self.facts[destination] = facts
            self._update()

    # -- choices
    def _chosen(self, widget: QWidget) -> object:
        """The user's value of a check box or combo box (not the one shown while an option is ruled out)."""
        if widget in self._kept:
            return self._kept[widget]
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        assert isinstance(widget, QComboBox)
        return widget.currentData()

    def wanted(self) -> MigrationOptions:
        """The options as the user set them."""
        def check(option: Option) -> bool:
            return bool(self._chosen(self.checks[option]))

        transfer, storage = self._chosen(self.transfer_combo), self._chosen(self.storage_combo)
        assert isinstance(transfer, Transfer) and isinstance(storage, StorageCopy)
        return MigrationOptions(check(Option.LIVE), transfer, storage, check(Option.PERSISTENT),
                                check(Option.UNDEFINE_SOURCE), self.bandwidth_spin.value(), self.downtime_spin.value(),
                                check(Option.AUTO_CONVERGE), check(Option.POST_COPY), check(Option.COMPRESSION),
                                self.address_edit.text().strip(), self.copy_pool_combo.currentData() or "")

    def _force(self, widget: QCheckBox | QComboBox, value: object | None) -> None:
        """Shows value (None: the user's own) without losing what the user chose."""
        widget.blockSignals(True)
        if value is None:
            kept = self._kept.pop(widget, None)
            if kept is not None:
                self._set(widget, kept)
        else:
            self._kept.setdefault(widget, self._chosen(widget))
            self._set(widget, value)
        widget.blockSignals(False)

    @staticmethod
    def _set(widget: QCheckBox | QComboBox, value: object) -> None:
        if isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
        else:
            widget.setCurrentIndex(widget.findData(value))

    def _show_availability(self, reasons: dict[Option, str], effective: MigrationOptions, whole: bool) -> None:
        """Disables what reasons rule out (showing what the migration does instead); whole: the destination
        cannot take the VM at all (said once, elsewhere)."""
        values = {Option.LIVE: effective.live, Option.PERSISTENT: effective.persistent,
                  Option.UNDEFINE_SOURCE: effective.undefine_source, Option.AUTO_CONVERGE: effective.auto_converge,
                  Option.POST_COPY: effective.post_copy, Option.COMPRESSION: effective.compression}
        for option, check in self.checks.items():
            why = reasons.get(option)
            check.setEnabled(why is None)
            check.setToolTip(why or "")
            self._force(check, values[option] if why is not None else None)
        for option, widget in self.fields.items():
            why = reasons.get(option)
            widget.setEnabled(why is None)
            widget.setToolTip(why or "")
        copy_why = reasons.get(Option.COPY_STORAGE)
        self.storage_combo.setEnabled(copy_why is None)
        self.storage_combo.setToolTip(copy_why or "")
        self._force(self.storage_combo, StorageCopy.SHARED if copy_why is not None else None)
        model = self.transfer_combo.model()
        assert isinstance(model, QStandardItemModel)
        for row in range(self.transfer_combo.count()):
            option = TRANSFER_OPTIONS.get(self.transfer_combo.itemData(row))
            why = reasons.get(option, "") if option is not None else ""
            model.item(row).setEnabled(not why)
            model.item(row).setToolTip(why)
        chosen = self._chosen(self.transfer_combo)
        self._force(self.transfer_combo, effective.transfer if effective.transfer is not chosen else None)
        self.unavailable_label.setText("" if whole else "\n".join(
            self.tr("{option}: not available: {why}").format(option=option.label, why=why)
            for option, why in reasons.items()))

    def _update(self) -> None:
        source = self.source
        if source is None or self.job is not None:
            return
        destination = self.destination()
        if destination is None:
            self.problem_label.setText(self.tr("No other connection is open: connect to the destination host "
                                               "first."))
            self.summary_label.setText("")
            self.action_button.setEnabled(False)
            return
        here, there = MigrationHost.of(self.connection), MigrationHost.of(destination)
        wanted = self.wanted()
        reasons = unavailable(source, here, there, wanted)
        options = normalized(wanted, reasons)
        whole = destination_problem(here, there)
        self._show_availability(reasons, options, bool(whole))
        facts = self.facts.get(destination)
        self._fill_pools(facts, options)
        paths = copy_paths(source, facts, options) if isinstance(facts, DestinationFacts) else {}
        for row, disk in enumerate(source.disks):
            self._cell(row, self.Column.THERE, self.tr("copied to {path}").format(path=paths[disk.target])
                       if disk.target in paths else self._disk_text(disk.target, facts, options))
        ready = isinstance(facts, DestinationFacts)
        blocking = problems(source, here, there, facts if isinstance(facts, DestinationFacts) else None, options)
        if isinstance(facts, str):
            blocking.append(facts)  # still checking, or the check failed
        told = notes(source, here, there, facts, options) if isinstance(facts, DestinationFacts) else []
        self.problem_label.setText("\n".join([*blocking, self.failure] if self.failure else blocking))
        self.summary_label.setText("\n".join(told))
        self.action_button.setEnabled(ready and not blocking)

    def _fill_pools(self, facts: DestinationFacts | str | None, options: MigrationOptions) -> None:
        """Where copied disks go: the same paths, or an active file pool of the destination (virtdesk creates the
        copies there)."""
        combo = self.copy_pool_combo
        copying = options.storage is not StorageCopy.SHARED
        combo.setEnabled(copying and isinstance(facts, DestinationFacts))
        if not isinstance(facts, DestinationFacts):
            if not combo.count():
                combo.addItem(self.tr("The same paths"), "")
            return  # the choice is kept until the destination's pools are known
        chosen = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("The same paths"), "")
        for pool in sorted(facts.pools.values(), key=lambda p: p.name):
            combo.addItem(self.tr("{pool} ({path})").format(pool=pool.name, path=pool.path), pool.name)
        combo.setCurrentIndex(max(combo.findData(chosen), 0))
        combo.blockSignals(False)
        combo.setToolTip("" if copying else self.tr("for copied storage only"))

    def _disk_text(self, target: str, facts: DestinationFacts | str | None, options: MigrationOptions) -> str:
        if not isinstance(facts, DestinationFacts):
            return ""
        there = facts.disks.get(target)
        if there is None:
            return ""
        if options.storage is not StorageCopy.SHARED and there.copy_problem:
            return self.tr("cannot be copied: {why}").format(why=there.copy_problem)
        return self.tr("there") if there.present else self.tr("missing")

    # -- the job
    def _inputs(self) -> list[QWidget]:
        return [self.destination_combo, self.transfer_combo, self.storage_combo, self.copy_pool_combo, self.table,
                *self.checks.values(), *self.fields.values()]

    def _begin(self) -> Job | None:
        destination = self.destination()
        if self.source is None or destination is None:
            return None
        self.failure = ""
        return migrate_vm(self.connection, destination, self.source, self.wanted())

    def _job_ended(self) -> None:
        super()._job_ended()
        job = self.job
        assert job is not None
        if job.state is JobState.SUCCEEDED:
            return
        self.failure = (self.tr("Not migrated: {error}").format(error=job.error) if job.state is JobState.FAILED
                        else self.tr("Not migrated: the migration was cancelled."))
        self.job = None
        for widget in self._inputs():
            widget.setEnabled(True)
        self.action_button.setText(self.tr("&Try Again"))
        self.action_button.show()
        self.facts.clear()  # both hosts may look different now
        self._update()
        self._read(read_source(self.connection, self.domain))
