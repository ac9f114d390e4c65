"""Uploading a local file into a new volume of a host's pool as a Job: an install ISO the New VM wizard offers to
upload, or the cloud-init seed it builds. The volume is made the file's size, filled through a libvirt stream with
progress and cancel (virtdesk/model/streams.py), and removed again when the upload does not finish; a name the
pool already has fails before anything is written."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from virtdesk.model import volume_actions
from virtdesk.model.jobs import Job

if TYPE_CHECKING:
    from virtdesk.model.connection import Connection


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def upload_local_iso(connection: Connection, pool: str, volume_name: str, local_path: str) -> Job:
    """Copies the local file local_path (an ISO) into a new volume volume_name of the pool, as a Job whose result is
    the number of bytes sent."""
    title = _tr("Uploading {file} into {volume} of {pool}").format(file=os.path.basename(local_path),
                                                                     volume=volume_name, pool=pool)
    return upload_job(connection, title, pool, volume_name, upload_into_new_volume, local_path)


def upload_job(connection: Connection, title: str, pool: str, volume: str, work: Callable[..., int],
               *args: Any) -> Job:
    """Runs work(virConnect, JobContext, pool, volume, *args) as a Job; when it ends, the catalogue reads the pool
    again (until it lists the new volume, when the job succeeded)."""
    job = connection.start_job(title, work, pool, volume, *args)
    catalogue = connection.catalogue
    job.ended.connect(lambda: volume_actions.read_after_change(catalogue, pool))
    return job


upload_into_new_volume = volume_actions.upload_new_volume
