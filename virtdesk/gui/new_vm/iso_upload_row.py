"""Uploading an ISO from this computer into a pool of the host (the way to install from a local ISO on a remote
host): a libvirt stream with progress and cancel; once done, the install media are that volume."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QProgressBar, QPushButton

from virtdesk.gui.details.widgets.storage_source import StorageSource
from virtdesk.gui.remote_file_dialog import disk_image_filters
from virtdesk.gui.tones import Tone, tone_style
from virtdesk.model.iso_upload import upload_local_iso
from virtdesk.model.jobs import Job, JobState
from virtdesk.model.vm_creation_plan import InstallMethod

if TYPE_CHECKING:
    from virtdesk.gui.new_vm.source_page import SourcePage


class IsoUploadRow(QObject):
    def __init__(self, page: SourcePage) -> None:
        super().__init__(page)
        self.page = page
        self.pool_combo = page.child(QComboBox, "upload_pool_combo")
        self.upload_button = page.child(QPushButton, "upload_button")
        self.cancel_button = page.child(QPushButton, "upload_cancel_button")
        self.progress = page.child(QProgressBar, "upload_progress")
        self.status = page.child(QLabel, "upload_status")
        self.job: Job | None = None
        self.upload_button.clicked.connect(self.choose_file)
        self.cancel_button.clicked.connect(self.cancel)
        page.owner.connection_changed.connect(self._fill_pools)
        self._fill_pools()

    @property
    def busy(self) -> bool:
        return self.job is not None and self.job.state is JobState.RUNNING

    def _fill_pools(self) -> None:
        connection = self.page.owner.connection
        self.pool_combo.clear()
        if connection is not None:
            for pool in sorted((p for p in connection.pools.values() if p.active), key=lambda p: p.name):
                self.pool_combo.addItem(pool.name, pool.name)
        self.upload_button.setEnabled(self.pool_combo.count() > 0 and not self.busy)

    def choose_file(self) -> None:
        """The file is this computer's (that is what is uploaded), so Qt's own file dialog chooses it."""
        path, _filter = QFileDialog.getOpenFileName(self.page, self.tr("Choose an ISO to Upload"), "",
                                                    ";;".join(f.text() for f in disk_image_filters()))
        if path:
            self.upload(path)

    def upload(self, local_path: str) -> Job | None:
        connection, pool = self.page.owner.connection, self.pool_combo.currentData()
        if connection is None or pool is None or self.busy:
            return None
        volume = os.path.basename(local_path)
        if any(v.name == volume for v in connection.catalogue.volumes(pool) or []):
            self._show(self.tr("The pool {pool} already holds {volume}: choose it above.").format(
                pool=pool, volume=volume), error=True)
            return None
        self.job = upload_local_iso(connection, pool, volume, local_path)
        self.job.changed.connect(self._changed)
        self.job.ended.connect(lambda: self._ended(pool, volume))
        self._set_busy(True)
        return self.job

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.upload_button.setEnabled(not busy)
        self.pool_combo.setEnabled(not busy)
        self.page.completeChanged.emit()

    def _changed(self) -> None:
        job = self.job
        if job is None:
            return
        fraction = job.fraction
        self.progress.setRange(0, 0 if fraction is None else 100)
        if fraction is not None:
            self.progress.setValue(int(fraction * 100))
        self._show(self.tr("Uploading: {phase}").format(phase=job.phase))

    def _ended(self, pool: str, volume: str) -> None:
        job = self.job
        assert job is not None
        self._set_busy(False)
        if job.state is JobState.SUCCEEDED:
            self._show(self.tr("Uploaded into {pool} as {volume}.").format(pool=pool, volume=volume))
            chooser = self.page.chooser(InstallMethod.LOCAL_MEDIA)
            if chooser is not None:
                chooser.set_source(StorageSource(pool=pool, volume=volume))
                self.page.source_edited()
        elif job.state is JobState.CANCELLED:
            self._show(self.tr("Upload cancelled; nothing was left in the pool."), error=True)
        else:
            self._show(self.tr("Not uploaded: {error}").format(error=job.error), error=True)

    def _show(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(tone_style(Tone.ERROR) if error else "")
