"""A host's files over SFTP on virtdesk's SSH session, against the rig's real sshd: a folder's entries with their
kinds, sizes, times and readability, home and relative paths, a missing folder, one the user may not read, names
with spaces and shell syntax that run nothing, a byte range of a file, one SFTP channel per session, a frozen
host's request failing in time, HostFiles answering on the GUI thread through a connection's run_on_ssh, and the
file chooser dialog on the host's files."""

from __future__ import annotations

import os
import shutil
import signal
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread
from remote_harness import rig_uri
from rig import guests
from rig.procs import descendants, signal_all
from rig.sshd import Sshd
from rig.users import Account, ensure_account

from virtdesk.gui.remote_file_dialog import RemoteFileDialog, disk_image_filters
from virtdesk.model.connection import Connection
from virtdesk.model.host_files import HostFiles, describe_file_error
from virtdesk.model.remote_hosts import RemoteHosts
from virtdesk.model.worker import Task
from virtdesk.remote.errors import ConnectTimeout, RemotePathMissing, RemotePermissionDenied, SessionClosed
from virtdesk.remote.files import EntryKind, FileEntry, Listing, SftpFiles, sftp_files
from virtdesk.remote.hostkeys import KnownHosts
from virtdesk.remote.registry import SessionRegistry
from virtdesk.remote.session import Session
from virtdesk.remote.settings import SshSettings
from virtdesk.remote.uri import SshUri

pytestmark = pytest.mark.integration

MTIME = 1_700_000_000
MARK = f"pwned-{uuid.uuid4().hex}"
HOSTILE_NAMES = [f"a file $(touch {MARK}).iso", f"`touch {MARK}` x.img", f"; touch {MARK}", "$(id)",
                 f"' ; touch {MARK} ; '", f"a\\nb {MARK}|x"]


@pytest.fixture
def settings(sshd: Sshd, tmp_path: Path) -> SshSettings:
    return SshSettings(ssh_dir=tmp_path / "ssh", agent_socket=None,
                       known_hosts=KnownHosts(tmp_path / "own", [sshd.known_hosts_path]))


@pytest.fixture
def registry() -> Iterator[SessionRegistry]:
    sessions = SessionRegistry()
    yield sessions
    sessions.close_all()


@pytest.fixture
def session(sshd: Sshd, settings: SshSettings, registry: SessionRegistry) -> Iterator[Session]:
    opened = registry.acquire_for(SshUri.parse(rig_uri(sshd)), settings)
    yield opened
    opened.release()


@pytest.fixture
def account(sshd: Sshd) -> Account:
    return ensure_account(sshd.key_user)


@pytest.fixture
def folder(account: Account) -> Iterator[Path]:
    """An empty folder in the SSH user's home, owned by that user; removed after."""
    path = account.home / "tests" / guests.unique_name("files")
    path.mkdir(parents=True)
    account.own(path.parent)
    yield path
    shutil.rmtree(path)  # root: the modes the tests set do not stand in the way


def fill(folder: Path, account: Account) -> None:
    """Every kind of entry a chooser meets, owned by the SSH user."""
    (folder / "disk.qcow2").write_bytes(b"q" * 1234)
    os.utime(folder / "disk.qcow2", (MTIME, MTIME))
    (folder / "sub").mkdir()
    (folder / "to-sub").symlink_to("sub")
    (folder / "to-disk").symlink_to(folder / "disk.qcow2")
    (folder / "dangling").symlink_to("nowhere")
    os.mkfifo(folder / "pipe")
    (folder / "secret.iso").write_bytes(b"s" * 10)
    (folder / "closed").mkdir()
    account.own(folder)
    (folder / "secret.iso").chmod(0o000)
    (folder / "closed").chmod(0o600)  # readable, but without x it cannot be entered
    for name, gid, mode in (("group.raw", account.gid, 0o040), ("others.raw", 0, 0o004), ("root.raw", 0, 0o660)):
        (folder / name).write_bytes(b"r")
        os.chown(folder / name, 0, gid)
        (folder / name).chmod(mode)


def by_name(listing: Listing) -> dict[str, FileEntry]:
    return {entry.name: entry for entry in listing.entries}


def test_a_folder_lists_every_kind_of_entry_with_its_facts(session: Session, folder: Path,
                                                           account: Account) -> None:
    fill(folder, account)
    listing = sftp_files(session).browse(str(folder))
    assert listing.path == str(folder) and listing.selected == ""
    entries = by_name(listing)
    assert {name: entry.kind for name, entry in entries.items()} == {
        "disk.qcow2": EntryKind.FILE, "sub": EntryKind.DIRECTORY, "to-sub": EntryKind.LINK_TO_DIRECTORY,
        "to-disk": EntryKind.FILE, "dangling": EntryKind.OTHER, "pipe": EntryKind.OTHER,
        "secret.iso": EntryKind.FILE, "closed": EntryKind.DIRECTORY, "group.raw": EntryKind.FILE,
        "others.raw": EntryKind.FILE, "root.raw": EntryKind.FILE}
    disk = entries["disk.qcow2"]
    assert (disk.path, disk.size, disk.mtime, disk.readable) == (str(folder / "disk.qcow2"), 1234, MTIME, True)
    assert (entries["to-disk"].size, entries["to-disk"].mtime) == (1234, MTIME)
    assert {name for name, entry in entries.items() if not entry.readable} == {"secret.iso", "closed", "dangling",
                                                                                "root.raw"}


def test_browsing_a_file_shows_its_folder_with_the_file_selected(session: Session, folder: Path,
                                                                 account: Account) -> None:
    fill(folder, account)
    listing = sftp_files(session).browse(str(folder / "disk.qcow2"))
    assert (listing.path, listing.selected) == (str(folder), "disk.qcow2")
    assert "sub" in by_name(listing)


def test_a_link_to_a_folder_is_browsed_at_the_folders_real_path(session: Session, folder: Path,
                                                                account: Account) -> None:
    fill(folder, account)
    (folder / "sub" / "inner.iso").write_bytes(b"i")
    listing = sftp_files(session).browse(str(folder / "to-sub"))
    assert listing.path == str(folder / "sub")
    assert list(by_name(listing)) == ["inner.iso"]


def test_home_relative_and_tilde_paths_start_at_the_users_home(session: Session, folder: Path,
                                                               account: Account) -> None:
    files = sftp_files(session)
    assert files.home() == str(account.home)
    assert files.browse("").path == str(account.home)
    relative = str(folder.relative_to(account.home))
    assert files.browse(relative).path == files.browse(f"~/{relative}").path == str(folder)
    assert files.stat(f"~/{relative}").kind is EntryKind.DIRECTORY


def test_a_missing_folder_is_reported_by_its_path(session: Session, folder: Path) -> None:
    for missing in (folder / "missing", folder / "missing" / "disk.iso"):
        with pytest.raises(RemotePathMissing) as raised:
            sftp_files(session).browse(str(missing))
        assert raised.value.path == str(missing)
        assert str(missing) in str(raised.value) and "does not exist" in str(raised.value)


def test_a_folder_the_user_may_not_read_is_refused_as_such(session: Session, folder: Path,
                                                           account: Account) -> None:
    fill(folder, account)
    (folder / "sub").chmod(0o000)
    for refused in (str(folder / "sub"), "/root"):
        with pytest.raises(RemotePermissionDenied) as raised:
            sftp_files(session).browse(refused)
        assert raised.value.path == refused and "permission denied" in str(raised.value)
    assert "permission denied" in describe_file_error(raised.value)
    # the rest of the session goes on
    assert "disk.qcow2" in by_name(sftp_files(session).browse(str(folder)))


def test_names_with_spaces_and_shell_syntax_are_data(session: Session, folder: Path, account: Account) -> None:
    inner = folder / f"$(touch {MARK}) dir"
    inner.mkdir()
    for name in HOSTILE_NAMES:
        (inner / name).write_bytes(name.encode())
    account.own(folder)
    files = sftp_files(session)
    listing = files.browse(str(inner))
    assert listing.path == str(inner)
    assert sorted(by_name(listing)) == sorted(HOSTILE_NAMES)
    for name in HOSTILE_NAMES:
        assert files.browse(str(inner / name)).selected == name
        assert files.stat(str(inner / name)).size == len(name.encode())
    assert not any(path.exists() for path in (account.home / MARK, inner / MARK, folder / MARK, Path("/") / MARK))


def test_a_byte_range_of_a_file_is_read_as_it_stands(session: Session, folder: Path, account: Account) -> None:
    data = bytes(range(256)) * 300  # more than one SFTP read answers
    (folder / "image.iso").write_bytes(data)
    fill(folder, account)
    files = sftp_files(session)
    assert files.read(str(folder / "image.iso"), 0, 16) == data[:16]
    assert files.read(str(folder / "image.iso"), 32768, 2048) == data[32768:34816]
    assert files.read(str(folder / "image.iso"), 1000, len(data)) == data[1000:]  # the file ends first
    assert files.read(str(folder / "image.iso"), len(data) + 10, 100) == b""
    assert files.read(str(folder / "to-disk"), 0, 4) == b"qqqq"  # a link's target
    relative = str((folder / "image.iso").relative_to(account.home))
    assert files.read(f"~/{relative}", 5, 3) == data[5:8]
    with pytest.raises(RemotePathMissing):
        files.read(str(folder / "missing.iso"), 0, 10)
    with pytest.raises(RemotePermissionDenied):
        files.read(str(folder / "secret.iso"), 0, 10)
    with pytest.raises(ValueError):
        files.read(str(folder / "image.iso"), -1, 10)
    assert files.read(str(folder / "image.iso"), 0, 1) == data[:1]  # the session goes on


def test_one_sftp_channel_per_session_closed_with_the_session(sshd: Sshd, settings: SshSettings,
                                                              registry: SessionRegistry, folder: Path) -> None:
    uri = SshUri.parse(rig_uri(sshd))
    first = registry.acquire_for(uri, settings)
    files = sftp_files(first)
    assert files.browse(str(folder)).path == str(folder)
    assert sftp_files(first) is files
    channels = len(first.transport._channels.values())
    files.browse(str(folder))
    files.stat(str(folder))
    assert len(first.transport._channels.values()) == channels  # no channel per call
    first.release()
    assert not first.alive
    with pytest.raises(SessionClosed):
        files.browse(str(folder))
    second = registry.acquire_for(uri, settings)
    try:
        assert sftp_files(second) is not files
        assert sftp_files(second).browse(str(folder)).path == str(folder)
    finally:
        second.release()


@pytest.fixture
def ssh_connection(sshd: Sshd, tmp_path: Path) -> Iterator[Connection]:
    """A Connection over virtdesk's SSH (not opened: HostFiles needs only its SSH session)."""
    remote = RemoteHosts(ssh_dir=tmp_path / "ssh", known_hosts=KnownHosts(tmp_path / "own", [sshd.known_hosts_path]))
    connection = Connection(rig_uri(sshd), remote=remote)
    yield connection
    connection.shutdown()
    remote.close_all()


def outcome(qtbot, task: Task, owner) -> tuple[str, Any]:
    """("ok", result) or ("error", exception), as delivered on the GUI thread to owner."""
    got: list[tuple[str, Any]] = []
    task.then(lambda result: got.append(("ok", result)), lambda error: got.append(("error", error)), owner=owner)
    qtbot.waitUntil(lambda: bool(got), timeout=30000)
    return got[0]


def test_host_files_answer_on_the_gui_thread_over_the_hosts_session(
    qtbot, ssh_connection: Connection, folder: Path, account: Account, session: Session
) -> None:
    fill(folder, account)
    files = HostFiles(ssh_connection)
    assert files.is_remote and files.host == "127.0.0.1"
    owner = QObject()
    threads: list[QThread] = []
    task = files.browse(str(folder / "disk.qcow2"))
    task.then(lambda _result: threads.append(QThread.currentThread()), owner=owner)
    kind, listing = outcome(qtbot, task, owner)
    assert kind == "ok" and (listing.path, listing.selected) == (str(folder), "disk.qcow2")
    assert threads == [QCoreApplication.instance().thread()]
    assert outcome(qtbot, files.home(), owner) == ("ok", str(account.home))
    kind, error = outcome(qtbot, files.browse(str(folder / "missing")), owner)
    assert kind == "error" and isinstance(error, RemotePathMissing)
    assert describe_file_error(error) == f"{folder / 'missing'} does not exist."
    assert isinstance(sftp_files(session), SftpFiles)


def test_a_result_never_reaches_an_owner_that_is_gone(qtbot, ssh_connection: Connection,
                                                      folder: Path) -> None:
    files = HostFiles(ssh_connection)
    owner = QObject()
    reached: list[object] = []
    task = files.browse(str(folder)).then(reached.append, reached.append, owner=owner)
    shiboken6.delete(owner)
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    assert task.result.path == str(folder) and reached == []


def test_the_chooser_browses_the_hosts_files_over_sftp(qtbot, ssh_connection: Connection, folder: Path,
                                                       account: Account) -> None:
    fill(folder, account)
    hostile = folder / "$(id) isos"
    hostile.mkdir()
    (hostile / HOSTILE_NAMES[0]).write_bytes(b"iso")
    account.own(hostile)
    (folder / "closed").chmod(0o000)
    dialog = RemoteFileDialog(HostFiles(ssh_connection), start=str(folder / "disk.qcow2"),
                              filters=disk_image_filters())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.status_label.text() == "Loading…"
    qtbot.waitUntil(lambda: not dialog.loading, timeout=30000)
    assert dialog.host_label.text() == "Files on 127.0.0.1"
    assert (dialog.folder, dialog.name_edit.text(), dialog.current_entry().name) == (
        str(folder), "disk.qcow2", "disk.qcow2")
    model = dialog.model
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert names == ["$(id) isos", "closed", "sub", "to-sub", "disk.qcow2", "group.raw", "others.raw", "root.raw",
                     "secret.iso"]
    greyed = [name for row, name in enumerate(names) if model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)]
    assert greyed == ["closed", "root.raw", "secret.iso"]
    dialog.resize(760, 400)
    dialog.grab().save("/tmp/sftp-remote.png")

    dialog.view.setCurrentIndex(model.index(names.index("closed"), 0))
    dialog.view.activated.emit(model.index(names.index("closed"), 0))
    qtbot.waitUntil(lambda: not dialog.loading, timeout=30000)
    assert dialog.status_label.text() == f"You may not open {folder / 'closed'} (permission denied)."
    assert dialog.folder == str(folder) and model.rowCount() == len(names)
    dialog.grab().save("/tmp/sftp-remote-error.png")

    dialog.path_edit.setText(str(hostile))
    dialog.path_edit.returnPressed.emit()
    qtbot.waitUntil(lambda: not dialog.loading and dialog.folder == str(hostile), timeout=30000)
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == [HOSTILE_NAMES[0]]
    dialog.view.setCurrentIndex(model.index(0, 0))
    assert dialog.name_edit.text() == HOSTILE_NAMES[0]
    with qtbot.waitSignal(dialog.chosen, timeout=30000) as chosen:
        dialog.ok_button.click()
    assert chosen.args == [str(hostile / HOSTILE_NAMES[0])]
    assert not (account.home / MARK).exists()


def test_a_frozen_host_fails_the_request_in_time_and_a_fresh_channel_serves_the_next(
    sshd: Sshd, tmp_path: Path, folder: Path
) -> None:
    settings = SshSettings(ssh_dir=tmp_path / "ssh", agent_socket=None, connect_timeout=2.0,
                           keepalive_interval=60.0,  # the SFTP request's own time limit is what must fire
                           known_hosts=KnownHosts(tmp_path / "own", [sshd.known_hosts_path]))
    registry = SessionRegistry()
    before = sshd.connection_pids()
    session = registry.acquire_for(SshUri.parse(rig_uri(sshd)), settings)
    try:
        files = sftp_files(session)
        files.browse(str(folder))
        serving = descendants(sshd.connection_pids() - before)
        signal_all(serving, signal.SIGSTOP)
        try:
            started = time.monotonic()
            with pytest.raises(ConnectTimeout, match="did not finish the SFTP request within 2 seconds"):
                files.browse(str(folder))
            assert time.monotonic() - started < 6
        finally:
            signal_all(serving, signal.SIGCONT)
        assert session.alive and files.browse(str(folder)).path == str(folder)
    finally:
        session.release()
        registry.close_all()
