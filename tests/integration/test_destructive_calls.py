"""The safety checks that need the rig: the Merge question of an external snapshot (a real qemu guest; the test
driver cannot merge) names the snapshot and its overlay, keeps Cancel the default, and Return leaves the snapshot
and the overlay in use; and during a session over virtdesk's SSH with a console forward (the rig's sshd), every
socket this process listens on that it did not listen on before is reachable by its user only: TCP on loopback,
UNIX sockets mode 0600 in a 0700 directory of the user, no abstract UNIX sockets."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from gui import test_snapshots as snapshot_page
from gui.test_destructive_calls import keeping_default, shown_text
from integration.test_remote_connections import opened
from integration.test_snapshots import facts, guest, running_on_overlay, vm
from PySide6.QtCore import Qt
from remote_harness import remote_hosts, rig_uri
from rig.sockets import listening

from virtdesk.model import viewer_file
from virtdesk.model.connection import Connection
from virtdesk.model.snapshots import SnapshotOption, unavailable

pytestmark = pytest.mark.integration
__all__ = ["guest"]  # the fixture, used below


def test_merge_asks_naming_the_snapshot_and_cancel_keeps_it(qtbot, virtdesk_connection, guest, session_tmp):
    domain, _image = guest
    target, overlay = running_on_overlay(qtbot, virtdesk_connection, guest, session_tmp, "ext")
    now = facts(qtbot, target)
    assert unavailable(now, SnapshotOption.MERGE, now.snapshot("ext")) == []
    page = snapshot_page.open_page(qtbot, virtdesk_connection, domain.name())
    qtbot.waitUntil(lambda: "ext" in page.items, timeout=10000)
    snapshot_page.select(page, "ext")
    box = page.merge()
    assert box is not None and box.isVisible()
    text = shown_text(box)
    assert "ext" in text and str(overlay) in text, text
    keeping_default(box)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5000)
    qtbot.wait(500)
    assert page.job is None
    assert "ext" in domain.snapshotListNames(0)
    assert str(overlay) in domain.XMLDesc(0)  # the disk still writes to the overlay


# -- listening sockets ------------------------------------------------------------------------------------------------
def reachable_by_others(kind: str, address: str) -> str:
    """Why another user could reach the socket; "" when only its user can."""
    if kind == "tcp":
        host = address.rsplit(":", 1)[0]
        return "" if host in ("127.0.0.1", "::1") else f"TCP bound to {host}"
    if address.startswith("@"):
        return "an abstract UNIX socket (any user of the network namespace reaches it)"
    path = Path(address)
    mode, directory = path.stat(), path.parent.stat()
    if stat.S_IMODE(mode.st_mode) & 0o077:
        return f"mode {oct(stat.S_IMODE(mode.st_mode))}"
    if stat.S_IMODE(directory.st_mode) & 0o077 or directory.st_uid != os.getuid():
        return f"its directory has mode {oct(stat.S_IMODE(directory.st_mode))}, owner {directory.st_uid}"
    return ""


def test_sockets_and_forwards_are_reachable_by_the_user_only(qtbot, sshd, session_daemon, tcg_guest, tmp_path):
    before = set(listening())
    remote = remote_hosts(sshd, tmp_path)
    connection = Connection(rig_uri(sshd), remote=remote)
    reachable = None
    try:
        opened(qtbot, connection)
        domain = vm(qtbot, connection, tcg_guest.name())
        task = viewer_file.reach_display(connection, domain)  # what the external viewer connects to
        qtbot.waitUntil(lambda: task.done, timeout=30000)
        assert task.error is None, task.error
        reachable = task.result
        assert reachable.forward is not None
        opened_now = {inode: where for inode, where in listening().items() if inode not in before}
        kinds = sorted(kind for kind, _address in opened_now.values())
        assert "tcp" in kinds and "unix" in kinds, opened_now  # the console forward and the libvirt tunnel
        problems = {address: why for kind, address in opened_now.values()
                    if (why := reachable_by_others(kind, address))}
        assert not problems, problems
        print(f"listening sockets opened for the session: {sorted(opened_now.values())}")
    finally:
        if reachable is not None:
            viewer_file.close_forward(reachable)
        connection.shutdown()
        remote.close_all()
