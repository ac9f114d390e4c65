"""The New VM wizard on the rig's real session libvirtd: a local ISO install (an ISO whose volume id osinfo
recognises), the import of a disk image made with qemu-img and a manual install each define a TCG VM that really
starts, and so does a VM made from a cloud image (a disk over the image, and a cloud-init seed written into the
pool); a start that fails leaves no volume and no definition behind, also after a network install fetched the
installer's kernel and initrd into the pool."""

from __future__ import annotations

import shutil
import subprocess
import uuid

import libvirt
import pytest
from details_harness import open_connection
from gui.test_new_vm_wizard import (
    ALPINE_VOLUME_ID,
    choose,
    finish,
    iso_image,
    next_page,
    open_wizard,
    shown_xml,
    to_finish,
    tree_server,  # noqa: F401 - a fixture
)
from remote_harness import remote_hosts, rig_uri

from virtdesk import xmlconf
from virtdesk.gui.new_vm.wizard import NewVmWizard
from virtdesk.model.iso_image import read_iso_volume_id
from virtdesk.model.jobs import JobState
from virtdesk.model.vm_creation_plan import DiskSource, InstallMethod

pytestmark = pytest.mark.integration


def short_name(prefix: str) -> str:
    """Short: the session daemon's monitor socket path holds the name (108-byte limit)."""
    return f"{prefix}-{uuid.uuid4().hex[:6]}"


@pytest.fixture
def pool(qtbot, session_conn, session_tmp, virtdesk_connection) -> str:
    """A started dir pool in the test's folder, listed by virtdesk's connection."""
    name = short_name("nvpool")
    defined = session_conn.storagePoolDefineXML(xmlconf.build_pool(name, "dir", str(session_tmp)).to_xml())
    defined.create()
    qtbot.waitUntil(lambda: any(p.name == name and p.active for p in virtdesk_connection.pools.values()),
                    timeout=10000)
    return name


def small_vm(qtbot, wizard: NewVmWizard, name: str, pool: str | None, session_daemon) -> None:
    """Walks the pages after the source one with a small, quick VM: 128 MiB, 1 vCPU, a 100 MiB qcow2 disk."""
    next_page(qtbot, wizard)
    wizard.resources_page.memory_spin.setValue(128)
    wizard.resources_page.vcpus_spin.setValue(1)
    if pool is not None:
        next_page(qtbot, wizard)
        storage = wizard.storage_page
        storage.pool_combo.setCurrentIndex(storage.pool_combo.findData(pool))
        storage.size_spin.setValue(0.1)
    to_finish(qtbot, wizard)
    wizard.finish_page.name_edit.setText(name)
    qtbot.waitUntil(wizard.finish_page.isComplete, timeout=5000)
    # The rig's session daemon lives in a deep home folder: libvirt's own path for the guest agent's socket there
    # exceeds the 108 bytes of a UNIX socket path, so the test points it at the daemon's runtime folder.
    socket = session_daemon.runtime_dir / f"{name}.agent"
    edit_xml(qtbot, wizard, lambda text: text.replace(
        '<channel type="unix">', f'<channel type="unix"><source mode="bind" path="{socket}"/>', 1))


def edit_xml(qtbot, wizard: NewVmWizard, change) -> None:
    page = wizard.finish_page
    page.edit_xml_check.setChecked(True)
    text = page.xml_edit.toPlainText()
    edited = change(text)
    assert edited != text
    page.xml_edit.setPlainText(edited)
    qtbot.waitUntil(page.isComplete, timeout=5000)


def started(session_conn: libvirt.virConnect, name: str) -> bool:
    return bool(session_conn.lookupByName(name).isActive())


def test_the_platform_is_the_hosts_own(qtbot, virtdesk_connection):
    wizard = open_wizard(qtbot, virtdesk_connection)
    caps = virtdesk_connection.capabilities
    kvm = any(d.type == "kvm" for g in caps.guests_for("x86_64") for d in g.domains)
    assert wizard.platform.domain_type == ("kvm" if kvm else "qemu")  # qemu (TCG) where /dev/kvm is not usable
    assert wizard.platform.arch == "x86_64"


def test_local_iso_install_starts(qtbot, session_conn, session_daemon, session_tmp, virtdesk_connection, pool):
    iso = iso_image(session_tmp / "alpine.iso", ALPINE_VOLUME_ID)
    wizard = open_wizard(qtbot, virtdesk_connection)
    choose(wizard, InstallMethod.LOCAL_MEDIA)
    next_page(qtbot, wizard)
    wizard.source_page.set_source(InstallMethod.LOCAL_MEDIA, str(iso))
    qtbot.waitUntil(lambda: wizard.source_page.os.detected is not None, timeout=10000)
    assert wizard.source_page.os.detected.short_id == "alpinelinux3.12"
    name = short_name("nviso")
    small_vm(qtbot, wizard, name, pool, session_daemon)
    xml = shown_xml(wizard)
    assert xml.type == wizard.platform.domain_type and xml.os.boot_order() == ["cdrom", "hd"]
    assert finish(qtbot, wizard) is JobState.SUCCEEDED, wizard.finish_page.status_label.text()
    assert started(session_conn, name)
    saved = xmlconf.load(session_conn.lookupByName(name).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
    assert saved.os.boot_order() == ["hd"]
    live = xmlconf.load(session_conn.lookupByName(name).XMLDesc(0))
    assert next(d for d in live.devices.disks if d.device == "cdrom").source_file == str(iso)
    assert f"{name}.qcow2" in session_conn.storagePoolLookupByName(pool).listVolumes()


def test_a_local_iso_uploaded_into_a_pool_is_detected_there(qtbot, session_conn, tmp_path, virtdesk_connection,
                                                            pool):
    iso = iso_image(tmp_path / "upload-me.iso", ALPINE_VOLUME_ID)
    wizard = open_wizard(qtbot, virtdesk_connection)
    choose(wizard, InstallMethod.LOCAL_MEDIA)
    next_page(qtbot, wizard)
    source = wizard.source_page
    source.upload.pool_combo.setCurrentIndex(source.upload.pool_combo.findData(pool))
    job = source.upload.upload(str(iso))
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=20000)
    assert job.state is JobState.SUCCEEDED, job.error
    assert source.media_source() == DiskSource(pool=pool, volume="upload-me.iso")
    qtbot.waitUntil(lambda: source.os.detected is not None, timeout=10000)  # read back through a libvirt stream
    assert source.os.detected.short_id == "alpinelinux3.12"
    assert "upload-me.iso" in session_conn.storagePoolLookupByName(pool).listVolumes()


def test_an_iso_chosen_over_sftp_on_a_remote_host_is_detected(qtbot, sshd, session_daemon, session_conn, session_tmp,
                                                              tmp_path):
    iso = iso_image(session_tmp / "remote-alpine.iso", ALPINE_VOLUME_ID)
    session_daemon.account.own(iso)
    with pytest.raises(libvirt.libvirtError):
        session_conn.storageVolLookupByPath(str(iso))  # in no pool: libvirt cannot read it for virtdesk
    remote = remote_hosts(sshd, tmp_path)
    connection = open_connection(qtbot, rig_uri(sshd), remote=remote)
    try:
        assert connection.over_virtdesk_ssh
        wizard = open_wizard(qtbot, connection)
        choose(wizard, InstallMethod.LOCAL_MEDIA)
        next_page(qtbot, wizard)
        source = wizard.source_page
        source.set_source(InstallMethod.LOCAL_MEDIA, str(iso))
        qtbot.waitUntil(lambda: source.os.detected is not None, timeout=20000)
        assert source.os.detected.short_id == "alpinelinux3.12"
        assert source.media_check.ok
        source.set_source(InstallMethod.LOCAL_MEDIA, str(session_tmp / "missing.iso"))
        qtbot.waitUntil(lambda: "does not exist" in source.slots[InstallMethod.LOCAL_MEDIA].problem.text(),
                        timeout=20000)
    finally:
        connection.shutdown()
        remote.close_all()


def test_import_of_a_qemu_img_disk_starts(qtbot, session_conn, session_daemon, session_tmp, virtdesk_connection):
    image = session_tmp / "imported.qcow2"
    subprocess.run([shutil.which("qemu-img") or "qemu-img", "create", "-q", "-f", "qcow2", str(image), "64M"],
                   check=True)
    session_daemon.account.own(image)
    wizard = open_wizard(qtbot, virtdesk_connection)
    choose(wizard, InstallMethod.IMPORT)
    next_page(qtbot, wizard)
    chooser = wizard.source_page.chooser(InstallMethod.IMPORT)
    chooser.path_edit.setText(str(image))
    chooser.edited.emit()
    name = short_name("nvimp")
    small_vm(qtbot, wizard, name, None, session_daemon)
    disk = next(d for d in shown_xml(wizard).devices.disks if d.device == "disk")
    assert (disk.source_file, disk.driver_type) == (str(image), "qcow2")
    assert finish(qtbot, wizard) is JobState.SUCCEEDED, wizard.finish_page.status_label.text()
    assert started(session_conn, name)


def test_manual_install_starts_and_a_failed_start_leaves_nothing(qtbot, session_conn, session_daemon,
                                                                 virtdesk_connection, pool):
    wizard = open_wizard(qtbot, virtdesk_connection)
    choose(wizard, InstallMethod.MANUAL)
    next_page(qtbot, wizard)
    name = short_name("nvman")
    small_vm(qtbot, wizard, name, pool, session_daemon)
    page = wizard.finish_page
    working = page.xml_edit.toPlainText()
    missing = '<disk type="file" device="disk"><source file="/nonexistent/disk.img"/><target dev="vdz"/></disk>'
    edit_xml(qtbot, wizard, lambda text: text.replace("</devices>", missing + "</devices>", 1))
    assert finish(qtbot, wizard) is JobState.FAILED
    assert "Not created" in page.status_label.text()
    assert "Defined the VM" in page.job.report and "nonexistent" in page.job.error  # the start failed
    assert name not in {d.name() for d in session_conn.listAllDomains()}
    assert session_conn.storagePoolLookupByName(pool).listVolumes() == []
    page.xml_edit.setPlainText(working)  # every answer is still there
    qtbot.waitUntil(page.isComplete, timeout=5000)
    assert finish(qtbot, wizard) is JobState.SUCCEEDED, page.status_label.text()
    assert started(session_conn, name)


def test_cloud_image_vm_starts_with_its_seed(qtbot, session_conn, session_daemon, session_tmp, virtdesk_connection,
                                            pool):
    image = session_tmp / "cloud.qcow2"
    subprocess.run(["qemu-img", "create", "-q", "-f", "qcow2", str(image), "64M"], check=True)
    session_daemon.account.own(image)
    session_conn.storagePoolLookupByName(pool).refresh(0)
    wizard = open_wizard(qtbot, virtdesk_connection)
    choose(wizard, InstallMethod.CLOUD)
    next_page(qtbot, wizard)
    source = wizard.source_page
    source.set_source(InstallMethod.CLOUD, str(image))
    source.cloud.user_edit.setText("ada")
    source.cloud.password_edit.setText("s3cret")
    name = short_name("nvcld")
    small_vm(qtbot, wizard, name, None, session_daemon)
    assert finish(qtbot, wizard) is JobState.SUCCEEDED, wizard.finish_page.status_label.text()
    assert started(session_conn, name)
    volumes = session_conn.storagePoolLookupByName(pool)
    overlay = xmlconf.load(volumes.storageVolLookupByName(f"{name}.qcow2").XMLDesc(0))
    assert overlay.backing_store_path == str(image)
    seed = volumes.storageVolLookupByName(f"{name}-seed.iso").path()
    assert read_iso_volume_id(seed) == "cidata"


def test_a_network_install_fetches_its_kernel_into_the_pool_and_a_failed_boot_removes_all(
        qtbot, session_conn, session_daemon, virtdesk_connection, pool, tree_server):  # noqa: F811 - the fixture
    wizard = open_wizard(qtbot, virtdesk_connection)
    choose(wizard, InstallMethod.NETWORK)
    next_page(qtbot, wizard)
    wizard.source_page.tree_url_edit.setText(tree_server)
    qtbot.waitUntil(lambda: wizard.source_page.os.detected is not None, timeout=10000)
    name = short_name("nvnet")
    small_vm(qtbot, wizard, name, pool, session_daemon)
    # the tree's "kernel" is not one: qemu refuses to boot it, after the files were fetched and the VM defined
    assert finish(qtbot, wizard) is JobState.FAILED
    report = wizard.finish_page.job.report
    assert f"{name}-kernel" in report and f"{name}-initrd" in report and "Defined the VM" in report
    assert session_conn.storagePoolLookupByName(pool).listVolumes() == []
    assert name not in {d.name() for d in session_conn.listAllDomains()}


def test_a_pool_that_fills_up_during_the_creation_leaves_nothing_and_keeps_the_answers(
        qtbot, session_conn, session_daemon, session_tmp, virtdesk_connection):
    """A 4 MiB tmpfs pool that another program fills between the wizard's check of its free space and Finish:
    the new disk cannot be written, nothing of the VM is left, and every answer is still in the wizard."""
    folder = session_tmp / "small"
    folder.mkdir()
    account = session_daemon.account
    subprocess.run(["mount", "--no-mtab", "-t", "tmpfs", "-o", f"size=4m,uid={account.uid},gid={account.gid},mode=0755",
                    "virtdesk-full", str(folder)], check=True)
    name = short_name("nvfull")
    pool = short_name("nvfull")
    defined = session_conn.storagePoolDefineXML(xmlconf.build_pool(pool, "dir", str(folder)).to_xml())
    try:
        defined.create()
        qtbot.waitUntil(lambda: any(p.name == pool and p.active for p in virtdesk_connection.pools.values()),
                        timeout=10000)
        wizard = open_wizard(qtbot, virtdesk_connection)
        choose(wizard, InstallMethod.MANUAL)
        small_vm(qtbot, wizard, name, pool, session_daemon)
        answers = (wizard.resources_page.memory_spin.value(), wizard.storage_page.size_spin.value())
        # the pool fills up: writes fail with ENOSPC from here
        with (folder / "filler").open("wb", buffering=0) as filler, pytest.raises(OSError):
            while True:
                filler.write(b"\0" * 65536)
        assert finish(qtbot, wizard) is JobState.FAILED
        assert "space" in wizard.finish_page.job.report.lower()
        defined.refresh()
        assert defined.listVolumes() == ["filler"]
        assert name not in {d.name() for d in session_conn.listAllDomains()}
        assert wizard.isVisible() and wizard.finish_page.name_edit.text() == name
        assert (wizard.resources_page.memory_spin.value(), wizard.storage_page.size_spin.value()) == answers
    finally:
        if defined.isActive():
            defined.destroy()
        defined.undefine()
        subprocess.run(["umount", "--no-mtab", str(folder)], check=True)
