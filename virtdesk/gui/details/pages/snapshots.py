"""Snapshots: the VM's snapshots as a tree (name, creation time, state, kind, description, the current one in bold),
the selected one's details and the picture of the screen taken with it; Create, Revert (warning that the current
state is lost, offering to snapshot it first), Delete (naming what goes, keeping children by default), and for
external snapshots Merge Back and Pull. What this host's libvirt refuses is disabled, with the reason. Descriptions
are edited in place (double-click). Snapshot jobs show their progress and report here; a page built again while
one runs picks it up. Its layout is ui/details_snapshots.ui."""

from __future__ import annotations

import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from virtdesk import xmlconf
from virtdesk.gui.create_snapshot_dialog import CreateSnapshotDialog
from virtdesk.gui.delete_snapshot_dialog import DeleteSnapshotDialog
from virtdesk.gui.details.page import DetailsPage, PageContext
from virtdesk.gui.details.pages import register
from virtdesk.gui.forms import load_form
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model.errors import describe
from virtdesk.model.jobs import Job, JobState
from virtdesk.model.snapshot_jobs import (
    delete_snapshot,
    latest_job,
    merge_snapshot,
    pull_snapshot,
    revert_to_snapshot,
    set_description,
)
from virtdesk.model.snapshots import (
    SnapshotFacts,
    SnapshotInfo,
    SnapshotOption,
    SnapshotRequest,
    default_name,
    read_snapshots,
    thumbnail_path,
    unavailable,
)
from virtdesk.model.worker import file_executor, submit

NAME_ROLE = Qt.ItemDataRole.UserRole


@register
class SnapshotsPage(DetailsPage):
    title = "Snapshots"
    icon_name = "camera-photo"
    order = 50
    editable = False

    class Column:
        NAME, CREATED, STATE, KIND, DESCRIPTION = range(5)

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.domain = context.domain
        self.facts: SnapshotFacts | None = None
        self.items: dict[str, QTreeWidgetItem] = {}
        self.job: Job | None = None
        self.dialog: CreateSnapshotDialog | DeleteSnapshotDialog | QMessageBox | None = None
        self._filling = False
        self._select_current = False  # after a job: show the snapshot it made current
        form = load_form("details_snapshots", self)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.note)
        self.status_label = form.child(QLabel, "status_label")
        self.tree = form.child(QTreeWidget, "snapshot_tree")
        self.tree.setAccessibleName(self.tr("Snapshots"))
        splitter = form.child(QSplitter, "splitter")
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.thumbnail_label = form.child(QLabel, "thumbnail_label")
        self.detail_label = form.child(QLabel, "detail_label")
        self.reason_label = form.child(QLabel, "reason_label")
        self.reason_label.setStyleSheet(tone_style(Tone.HINT))
        self.job_label = form.child(QLabel, "job_label")
        self.job_progress = form.child(QProgressBar, "job_progress")
        self.job_cancel_button = form.child(QPushButton, "job_cancel_button")
        self.report_view = form.child(QPlainTextEdit, "report_view")
        self.report_view.setAccessibleName(self.tr("Report"))
        self.buttons = {name: form.child(QPushButton, f"{name}_button")
                        for name in ("create", "revert", "delete", "merge", "pull", "refresh")}
        for widget in (self.job_label, self.job_progress, self.job_cancel_button, self.report_view):
            widget.hide()
        self.tree.currentItemChanged.connect(self._selection_changed)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.buttons["create"].clicked.connect(self.create)
        self.buttons["revert"].clicked.connect(self.revert)
        self.buttons["delete"].clicked.connect(self.delete)
        self.buttons["merge"].clicked.connect(self.merge)
        self.buttons["pull"].clicked.connect(self.pull)
        self.buttons["refresh"].clicked.connect(self.reload)
        self.job_cancel_button.clicked.connect(self._cancel_job)
        job = latest_job(self.domain)
        if job is not None and job.state is JobState.RUNNING:
            self.follow(job)
        elif job is not None:
            self._show_report(job)
        self._update_buttons()

    @classmethod
    def list_label(cls, device: xmlconf.Device | None, index: int) -> str:
        return QCoreApplication.translate("SnapshotsPage", "Snapshots")

    def load(self, config: xmlconf.Domain, live: xmlconf.Domain | None) -> None:
        self.reload()

    # -- the tree
    def reload(self) -> None:
        if self.facts is None:
            self.status_label.setText(self.tr("Reading the snapshots…"))
        read_snapshots(self.domain).then(self._show, self._read_failed, owner=self)

    def _read_failed(self, error: BaseException) -> None:
        self.status_label.setText(self.tr("The snapshots could not be read: {error}").format(error=describe(error)))

    def _show(self, facts: SnapshotFacts) -> None:
        selected = self.selected()
        self.facts = facts
        self._filling = True
        self.tree.clear()
        self.items = {}
        pending = [(None, s) for s in facts.children("")]
        pending += [(None, s) for s in facts.snapshots if s.parent and facts.snapshot(s.parent) is None]
        while pending:
            parent, snapshot = pending.pop(0)
            item = self._item(snapshot)
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            self.items[snapshot.name] = item
            pending += [(item, child) for child in facts.children(snapshot.name)]
        self.tree.expandAll()
        for column in range(self.Column.DESCRIPTION):
            self.tree.resizeColumnToContents(column)
        self._filling = False
        current = facts.current
        self.status_label.setText(
            self.tr("No snapshots yet.") if not facts.snapshots else
            self.tr("%n snapshot(s); the current one (in bold) is {name}.", "", len(facts.snapshots)).format(
                name=current.name) if current else
            self.tr("%n snapshot(s); none is current.", "", len(facts.snapshots)))
        wanted = current.name if current is not None and (self._select_current or selected is None) \
            else selected.name if selected is not None else ""
        self._select_current = False
        if wanted in self.items:
            self.tree.setCurrentItem(self.items[wanted])
        self._selection_changed()

    def _item(self, snapshot: SnapshotInfo) -> QTreeWidgetItem:
        created = datetime.datetime.fromtimestamp(snapshot.created).strftime("%Y-%m-%d %H:%M:%S") \
            if snapshot.created else ""
        item = QTreeWidgetItem([snapshot.name, created, snapshot.state, snapshot.kind_label,
                                snapshot.description.replace("\n", " ")])
        item.setData(self.Column.NAME, NAME_ROLE, snapshot.name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        item.setToolTip(self.Column.DESCRIPTION, self.tr("Double-click to edit the description"))
        if snapshot.current:
            font = item.font(self.Column.NAME)
            font.setBold(True)
            item.setFont(self.Column.NAME, font)
            item.setToolTip(self.Column.NAME, self.tr("The current snapshot: the VM's state continues from it"))
        return item

    def selected(self) -> SnapshotInfo | None:
        item = self.tree.currentItem()
        if item is None or self.facts is None:
            return None
        return self.facts.snapshot(item.data(self.Column.NAME, NAME_ROLE))

    def _selection_changed(self, *_args: object) -> None:
        snapshot = self.selected()
        self.thumbnail_label.setPixmap(QPixmap())
        if snapshot is None:
            self.detail_label.setText("")
            self.thumbnail_label.setText("")
        else:
            self.detail_label.setText(self._details(snapshot))
            self.thumbnail_label.setText(self.tr("No picture of the screen"))
            submit(file_executor(), _read_image, str(thumbnail_path(self.domain.uuid, snapshot.name))).then(
                lambda image, name=snapshot.name: self._thumbnail(name, image), owner=self)
        self._update_buttons()

    def _details(self, snapshot: SnapshotInfo) -> str:
        lines = [snapshot.name + (self.tr(" (current)") if snapshot.current else ""),
                 self.tr("Kind: {kind}").format(kind=snapshot.kind_label),
                 self.tr("State saved: {state}").format(state=snapshot.state),
                 self.tr("Parent: {parent}").format(parent=snapshot.parent or self.tr("none"))]
        for target, overlay in snapshot.overlays.items():
            lines.append(self.tr("{disk}: overlay {path}").format(disk=target, path=overlay))
        if snapshot.description:
            lines += ["", snapshot.description]
        return "\n".join(lines)

    def _thumbnail(self, name: str, image: QImage) -> None:
        snapshot = self.selected()
        if snapshot is None or snapshot.name != name or image.isNull():
            return
        self.thumbnail_label.setPixmap(QPixmap.fromImage(image).scaled(
            self.thumbnail_label.width(), self.thumbnail_label.height(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    # -- what can be done
    def _why_not(self, option: SnapshotOption) -> str:
        if self.job is not None:
            return self.tr("A snapshot job is running.")
        if self.facts is None:
            return self.tr("The snapshots are not read yet.")
        if option is SnapshotOption.INTERNAL:  # Create: either kind will do
            kinds = [unavailable(self.facts, o) for o in (SnapshotOption.INTERNAL, SnapshotOption.EXTERNAL)]
            return "" if not all(kinds) else " ".join(kinds[0] + kinds[1])
        return " ".join(unavailable(self.facts, option, self.selected()))

    def _update_buttons(self) -> None:
        reasons = []
        for name, option in (("create", SnapshotOption.INTERNAL), ("revert", SnapshotOption.REVERT),
                             ("delete", SnapshotOption.DELETE), ("merge", SnapshotOption.MERGE),
                             ("pull", SnapshotOption.PULL)):
            why = self._why_not(option)
            button = self.buttons[name]
            button.setEnabled(not why)
            button.setToolTip(why)
            if why and self.selected() is not None and name in ("revert", "delete"):
                reasons.append(f"{button.text().replace('&', '').rstrip('…')}: {why}")
        selected = self.selected()
        external = selected is not None and selected.external
        self.buttons["merge"].setVisible(external)
        self.buttons["pull"].setVisible(external)
        if external:
            reasons += [f"{self.buttons[n].text().replace('&', '')}: {self.buttons[n].toolTip()}"
                        for n in ("merge", "pull") if self.buttons[n].toolTip()]
        self.reason_label.setText("\n".join(reasons))

    # -- jobs
    def follow(self, job: Job) -> None:
        """Shows the job's progress and, when it ends, its report; then reads the snapshots again."""
        self.job = job
        self.report_view.hide()
        for widget in (self.job_label, self.job_progress, self.job_cancel_button):
            widget.show()
        self.job_progress.setRange(0, 0)
        job.changed.connect(self._job_changed)
        job.ended.connect(self._job_ended)
        self._job_changed()
        self._update_buttons()

    def _job_changed(self) -> None:
        job = self.job
        if job is None:
            return
        self.job_label.setText(f"{job.title}: {job.phase}" if job.phase else job.title)
        if job.fraction is not None:
            self.job_progress.setRange(0, 1000)
            self.job_progress.setValue(int(job.fraction * 1000))

    def _job_ended(self) -> None:
        job = self.job
        if job is None or job.state is JobState.RUNNING:
            return
        self.job = None
        self._show_report(job)
        self._select_current = True
        self.reload()

    def _show_report(self, job: Job) -> None:
        for widget in (self.job_progress, self.job_cancel_button):
            widget.hide()
        self.job_label.setText(self.tr("{job}: {state}").format(job=job.title, state=job.state.label))
        self.job_label.show()
        self.report_view.setPlainText(job.report)
        self.report_view.show()

    def _cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()

    # -- actions
    def create(self) -> CreateSnapshotDialog | None:
        if self._why_not(SnapshotOption.INTERNAL):
            return None
        dialog = CreateSnapshotDialog(self.domain, self)
        dialog.job_started.connect(self.follow)
        self.dialog = dialog
        dialog.open()
        return dialog

    def revert(self) -> QMessageBox | None:
        snapshot, facts = self.selected(), self.facts
        if snapshot is None or facts is None or self._why_not(SnapshotOption.REVERT):
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Revert to {name}").format(name=snapshot.name),
                          self.tr("Revert {vm} to the snapshot {name}? What the VM holds now (its disks' changes "
                                  "since, and its memory if it runs) is lost, unless you take a snapshot of it "
                                  "first.").format(vm=self.domain.name, name=snapshot.name),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("revert-snapshot")
        first = box.addButton(self.tr("&Snapshot the Current State, Then Revert"), QMessageBox.ButtonRole.AcceptRole)
        why = " ".join(unavailable(facts, SnapshotOption.INTERNAL))
        first.setEnabled(not why)
        first.setToolTip(why)
        lose = box.addButton(self.tr("Revert and &Lose the Current State"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)

        def answered() -> None:
            clicked = box.clickedButton()
            if clicked is first:
                self.follow(revert_to_snapshot(self.domain, snapshot.name, SnapshotRequest(
                    default_name(facts.names), self.tr("Before reverting to {name}").format(name=snapshot.name))))
            elif clicked is lose:
                self.follow(revert_to_snapshot(self.domain, snapshot.name))

        box.finished.connect(lambda _result: answered())
        self.dialog = box
        box.open()
        return box

    def delete(self) -> DeleteSnapshotDialog | None:
        snapshot, facts = self.selected(), self.facts
        if snapshot is None or facts is None or self.job is not None:
            return None
        dialog = DeleteSnapshotDialog(facts, snapshot, self)
        dialog.accepted.connect(lambda: self.follow(delete_snapshot(self.domain, snapshot.name, dialog.mode(),
                                                                    dialog.metadata_only())))
        self.dialog = dialog
        dialog.open()
        return dialog

    def merge(self) -> QMessageBox | None:
        return self._ask_block_job(SnapshotOption.MERGE, self.tr(
            "Merge what the VM wrote since {name} ({overlays}) back into the files it was taken from? The disks "
            "then write to those files again, libvirt's record of {name} is removed, and the overlay files are "
            "kept (no longer used)."))

    def pull(self) -> QMessageBox | None:
        return self._ask_block_job(SnapshotOption.PULL, self.tr(
            "Copy the data the overlays of {name} ({overlays}) still read from their backing files into them, so "
            "they no longer need those files? The backing files are kept unchanged."))

    def _ask_block_job(self, option: SnapshotOption, question: str) -> QMessageBox | None:
        snapshot = self.selected()
        if snapshot is None or self._why_not(option):
            return None
        box = QMessageBox(QMessageBox.Icon.Question, snapshot.name, question.format(
            name=snapshot.name, overlays=", ".join(snapshot.overlays.values())),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName(f"{option.value}-snapshot")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        start = merge_snapshot if option is SnapshotOption.MERGE else pull_snapshot
        box.accepted.connect(lambda: self.follow(start(self.domain, snapshot.name)))
        self.dialog = box
        box.open()
        return box

    def _double_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if column == self.Column.DESCRIPTION and self.job is None:
            self.edit_description(item.data(self.Column.NAME, NAME_ROLE))

    def edit_description(self, name: str) -> None:
        """Opens the editor of the snapshot's description in the tree; the change is saved when it closes."""
        item = self.items.get(name)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.editItem(item, self.Column.DESCRIPTION)

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or self.facts is None:
            return
        name = item.data(self.Column.NAME, NAME_ROLE)
        snapshot = self.facts.snapshot(name)
        if snapshot is None:
            return
        if column != self.Column.DESCRIPTION:
            return
        text = item.text(column).strip()
        if text == snapshot.description.replace("\n", " ").strip():
            return
        set_description(self.domain, name, text).then(lambda _r: self.reload(), self._description_failed,
                                                      owner=self)

    def _description_failed(self, error: BaseException) -> None:
        self.reason_label.setText(self.tr("The description was not changed: {error}").format(error=describe(error)))
        self.reload()


def _read_image(path: str) -> QImage:
    return QImage(path)
