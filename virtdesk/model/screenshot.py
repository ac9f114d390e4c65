"""Saving a picture of a VM's screen (virDomainScreenshot) as PNG, on a worker."""

from __future__ import annotations

import libvirt
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from virtdesk.model.domain import Domain
from virtdesk.model.worker import Task


def grab(conn: libvirt.virConnect, uuid: str) -> QImage:
    dom = conn.lookupByUUIDString(uuid)
    stream = conn.newStream(0)
    try:
        dom.screenshot(stream, 0, 0)
        chunks: list[bytes] = []
        while True:
            chunk = stream.recv(256 * 1024)
            if not chunk:
                break
            chunks.append(chunk)
        stream.finish()
    except BaseException:
        stream.abort()
        raise
    image = QImage.fromData(b"".join(chunks))
    if image.isNull():
        raise ValueError(QCoreApplication.translate("Screenshot", "The VM's screen could not be read as a picture"))
    return image


def save_screenshot(domain: Domain, path: str) -> Task:
    """Grabs the screen and writes it as PNG; the task's result is the image size."""
    def work(conn: libvirt.virConnect) -> tuple[int, int]:
        image = grab(conn, domain.uuid)
        if not image.save(path, "PNG"):
            raise OSError(QCoreApplication.translate("Screenshot", "Could not write {path}").format(path=path))
        return image.width(), image.height()

    description = QCoreApplication.translate("Screenshot", "Taking a screenshot of {name}").format(name=domain.name)
    return domain.connection.call(work, description=description)
