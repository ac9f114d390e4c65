"""The cloud-init seed and local ISOs uploaded into a dir pool of the rig's real session libvirtd as Jobs: the
volume holds exactly the image's bytes, a cancelled or failed upload leaves no volume behind (and never touches
one that was there), and the real Linux kernel of the rig's guest mounts the uploaded seed and reads its files by
their real names, through Rock Ridge and through Joliet."""

from __future__ import annotations

import os
from pathlib import Path

import libvirt
import pytest
from rig import guests, initramfs

from virtdesk import xmlconf
from virtdesk.model.cloud_seed import CloudInit, meta_data, seed_iso, upload_seed
from virtdesk.model.iso_image import build_iso, read_iso_header, read_iso_volume_id
from virtdesk.model.iso_upload import upload_local_iso
from virtdesk.model.jobs import Job, JobState
from virtdesk.model.storage_actions import volume_format

pytestmark = pytest.mark.integration
MIB = 1024 * 1024
PASSWORD = "s3cret-of-the-seed"
SSH_KEY = ("sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAAICFo/k5LU8863u66YC9eUO2170Qduoh"
           "PURkQnbLa/dczAAAABHNzaDo= ED25519-SK test key #1")
GUEST_MODULES = ("cdrom", "isofs", "virtio_blk")  # what the guest needs to mount a virtio disk holding ISO 9660


@pytest.fixture
def pool(session_conn: libvirt.virConnect, session_tmp: Path) -> libvirt.virStoragePool:
    pool = session_conn.storagePoolDefineXML(xmlconf.build_pool(session_tmp.name, "dir", str(session_tmp)).to_xml())
    pool.create()
    return pool


def finished(qtbot, job: Job, timeout: int = 60000) -> Job:
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=timeout)
    return job


def volume_names(pool: libvirt.virStoragePool) -> set[str]:
    pool.refresh(0)
    return {volume.name() for volume in pool.listAllVolumes()}


def answers() -> CloudInit:
    return CloudInit("web01", "alice", PASSWORD, [SSH_KEY])


def test_the_seed_is_written_into_a_new_raw_volume_byte_for_byte(qtbot, virtdesk_connection, pool):
    data = seed_iso(answers())
    job = finished(qtbot, upload_seed(virtdesk_connection, pool.name(), "web01-seed.iso", data))
    assert job.state is JobState.SUCCEEDED, job.report
    assert job.result == len(data) and job.done == job.total == len(data)
    volume = pool.storageVolLookupByName("web01-seed.iso")
    assert volume.info()[1] == len(data)
    assert volume_format(volume.XMLDesc(0)) in ("raw", "iso")  # created raw; a dir pool's refresh probes "iso"
    assert Path(volume.path()).read_bytes() == data
    assert read_iso_volume_id(volume.path()) == "cidata"
    assert all(PASSWORD not in text for text in (job.title, job.phase, job.report, *job.steps))


def test_a_seed_upload_cancelled_at_once_leaves_no_volume(qtbot, virtdesk_connection, pool):
    job = upload_seed(virtdesk_connection, pool.name(), "cancelled-seed.iso", seed_iso(answers()))
    job.cancel()
    finished(qtbot, job)
    assert job.state is JobState.CANCELLED, job.report
    assert "Removed the unfinished volume cancelled-seed.iso" in job.report
    assert "cancelled-seed.iso" not in volume_names(pool)


def test_a_seed_upload_into_a_name_the_pool_has_fails_and_keeps_that_volume(qtbot, virtdesk_connection, pool):
    taken = pool.createXML(xmlconf.build_volume("taken.iso", 4096, "raw").to_xml(), 0)
    before = Path(taken.path()).read_bytes()
    job = finished(qtbot, upload_seed(virtdesk_connection, pool.name(), "taken.iso", seed_iso(answers())))
    assert job.state is JobState.FAILED and "taken.iso" in job.error
    assert "taken.iso" in volume_names(pool) and Path(taken.path()).read_bytes() == before


def test_a_local_iso_is_uploaded_into_a_new_volume_the_catalogue_then_lists(qtbot, virtdesk_connection, pool,
                                                                              tmp_path):
    image = build_iso({"README.TXT": b"Debian GNU/Linux\n", "install.amd": os.urandom(3 * MIB + 17)},
                      "Debian 12.5.0 amd64 n")
    local = tmp_path / "debian-12.5.0-amd64-netinst.iso"
    local.write_bytes(image)
    catalogue = virtdesk_connection.catalogue
    first_read = catalogue.read_volumes(pool.name())
    qtbot.waitUntil(lambda: first_read.done, timeout=10000)
    job = finished(qtbot, upload_local_iso(virtdesk_connection, pool.name(), "debian.iso", str(local)))
    assert job.state is JobState.SUCCEEDED, job.report
    assert job.result == len(image) and "debian-12.5.0-amd64-netinst.iso" in job.title
    volume = pool.storageVolLookupByName("debian.iso")
    assert Path(volume.path()).read_bytes() == image
    assert read_iso_header(volume.path()).volume_id == "Debian 12.5.0 amd64 n"
    qtbot.waitUntil(lambda: "debian.iso" in {v.name for v in catalogue.volumes(pool.name()) or []}, timeout=10000)


def test_a_local_iso_upload_cancelled_part_way_removes_the_volume(qtbot, virtdesk_connection, pool, tmp_path):
    local = tmp_path / "big.iso"
    with local.open("wb") as file:
        for _ in range(128):
            file.write(os.urandom(MIB))
    job = upload_local_iso(virtdesk_connection, pool.name(), "big.iso", str(local))
    job.changed.connect(lambda: job.done > 0 and job.cancel())
    finished(qtbot, job)
    assert job.state is JobState.CANCELLED, job.report
    assert 0 < job.done < 128 * MIB
    assert "big.iso" not in volume_names(pool)


def test_a_local_file_that_is_gone_fails_without_leaving_a_volume(qtbot, virtdesk_connection, pool, tmp_path):
    job = finished(qtbot, upload_local_iso(virtdesk_connection, pool.name(), "gone.iso", str(tmp_path / "gone.iso")))
    assert job.state is JobState.FAILED and "gone.iso" in job.error
    assert "gone.iso" not in volume_names(pool)


def test_linux_mounts_the_uploaded_seed_and_reads_its_real_names(qtbot, virtdesk_connection, pool, session_conn,
                                                                 session_daemon, session_tmp, linux_boot_files):
    config = answers()
    data = seed_iso(config)
    job = finished(qtbot, upload_seed(virtdesk_connection, pool.name(), "seed.iso", data))
    assert job.state is JobState.SUCCEEDED, job.report
    seed_path = pool.storageVolLookupByName("seed.iso").path()
    boot = initramfs.with_modules(linux_boot_files, GUEST_MODULES, session_tmp)
    name = guests.unique_name("seed")
    disk = (f"<disk type='file' device='disk'><driver name='qemu' type='raw'/><source file='{seed_path}'/>"
            "<target dev='vda' bus='virtio'/><readonly/></disk>")
    with guests.running_linux_guest(session_conn, name, boot, session_daemon.runtime_dir, disk) as (_guest, console):
        console.run("for m in " + " ".join(GUEST_MODULES) + "; do insmod /lib/modules/extra/$m.ko; done; "
                    "while [ ! -b /dev/vda ]; do sleep 1; done; mkdir -p /mnt/rr /mnt/joliet; echo LOAD''ED",
                    "LOADED\r\n", timeout=60)
        rock_ridge = console.run("mount -t iso9660 -o ro /dev/vda /mnt/rr && ls -l /mnt/rr; "
                                 "dmesg | grep 'ISO 9660 Extensions'; echo LIST''ED", "LISTED\r\n")
        assert "RRIP_1991A" in rock_ridge
        listed = {line.split()[-1]: line.split()[0] for line in rock_ridge.splitlines() if line.startswith("-")}
        assert listed == {"meta-data": "-r--r--r--", "user-data": "-r--r--r--"}
        joliet = console.run("mount -t iso9660 -o ro,norock /dev/vda /mnt/joliet && ls /mnt/joliet; echo LIST''ED",
                             "LISTED\r\n")
        assert "meta-data" in joliet.split() and "user-data" in joliet.split()
        shown = console.run("cat /mnt/rr/meta-data; echo; echo SHO''WN", "SHOWN\r\n")
        assert all(line in shown for line in meta_data(config).splitlines())
        user_data = console.run("cat /mnt/joliet/user-data; echo SHO''WN", "SHOWN\r\n")
        assert "#cloud-config" in user_data and "alice" in user_data and PASSWORD not in user_data
