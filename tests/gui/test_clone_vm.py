"""The Clone dialog walked on the demo host and on a test-driver host: the clone's name derived and free, each disk's
default (clone where writable, share where read-only, shareable or install media, no copy for a file outside the
pools of a host whose files are not this machine's), the new volumes' names derived from the clone's, the clone's
XML (new UUID, new MACs, its disks' paths, its own NVRAM) with the original untouched, a running VM cloned only
when chosen, a failure that removes what was created, and Cancel that changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from details_harness import open_connection
from gui.test_delete_vm import on_host, open_vm_dialog, run

from virtdesk import xmlconf
from virtdesk.gui.clone_vm_dialog import CloneVmDialog
from virtdesk.model.jobs import JobContext, JobState
from virtdesk.model.vm_cloning import DiskAction

pytestmark = pytest.mark.gui
POOL = "/var/lib/libvirt/images"


def write_host(directory: Path, taken: tuple[str, ...] = ()) -> str:
    """A host with the shut-off VM app (a qcow2 system disk, a raw data disk, a read-only and a shareable one, a
    CD-ROM and a file outside the pools, two NICs, UEFI NVRAM), the running VM busy, and VMs named taken."""
    disks = "".join(
        f"<disk type='file' device='{device}'><driver name='qemu' type='{fmt}'/><source file='{path}'/>"
        f"<target dev='{target}'/>{extra}</disk>"
        for device, fmt, path, target, extra in (
            ("disk", "qcow2", f"{POOL}/app.qcow2", "vda", ""),
            ("disk", "raw", f"{POOL}/app-data.raw", "vdb", ""),
            ("disk", "qcow2", f"{POOL}/base.qcow2", "vdc", "<readonly/>"),
            ("disk", "raw", f"{POOL}/quorum.raw", "vdd", "<shareable/>"),
            ("cdrom", "raw", f"{POOL}/install.iso", "sda", "<readonly/>"),
            ("floppy", "raw", f"{POOL}/drivers.img", "fda", ""),
            ("disk", "raw", "/srv/elsewhere.img", "vde", ""),
        ))
    nics = "".join(f"<interface type='network'><mac address='{mac}'/><source network='default'/></interface>"
                   for mac in ("52:54:00:10:00:01", "52:54:00:10:00:02"))
    app = ("<domain type='test'><name>app</name><uuid>6c1d1c39-54a4-4a43-9d8e-4d1d7d6e0a01</uuid>"
           "<memory unit='MiB'>64</memory><os><type>hvm</type>"
           "<loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE.fd</loader>"
           f"<nvram>/var/lib/libvirt/qemu/nvram/app_VARS.fd</nvram></os><devices>{disks}{nics}</devices>"
           "<test:runstate>5</test:runstate></domain>")
    others = "".join(f"<domain type='test'><name>{name}</name><memory unit='MiB'>64</memory><os><type>hvm</type>"
                     f"</os><devices/><test:runstate>{1 if name == 'busy' else 5}</test:runstate></domain>"
                     for name in ("busy", *taken))
    volumes = "".join(f"<volume type='file'><name>{name}</name><capacity unit='MiB'>{mib}</capacity>"
                      "<allocation unit='MiB'>1</allocation></volume>"
                      for name, mib in (("app.qcow2", 512), ("app-data.raw", 256), ("base.qcow2", 128),
                                        ("quorum.raw", 64), ("install.iso", 32), ("drivers.img", 1)))
    path = directory / "clone-host.xml"
    path.write_text("<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>" + app + others
                    + "<network><name>default</name><bridge name='virbr0'/></network>"
                    f"<pool type='dir'><name>default</name><target><path>{POOL}</path></target>{volumes}</pool>"
                    "</node>", encoding="utf-8")
    return "test://" + str(path.resolve())


def open_dialog(qtbot, connection, name: str = "app") -> CloneVmDialog:
    return open_vm_dialog(qtbot, CloneVmDialog, connection, name)


def saved_xml(connection, name: str) -> str:
    return on_host(connection, lambda conn: conn.lookupByName(name).XMLDesc(0))


def volumes(connection) -> set[str]:
    return set(on_host(connection, lambda conn: conn.storagePoolLookupByName("default").listVolumes()))


def new_storage(dialog: CloneVmDialog) -> dict[str, str]:
    return {dialog.table.item(row, dialog.Column.TARGET).text().split()[0]:
            dialog.table.item(row, dialog.Column.NEW).text() for row in range(dialog.table.rowCount())}


@pytest.fixture
def host(qtbot, tmp_path):
    connection = open_connection(qtbot, write_host(tmp_path))
    yield connection
    connection.shutdown()


def test_defaults_name_and_disks(qtbot, host):
    dialog = open_dialog(qtbot, host)
    assert dialog.name_edit.text() == "app-clone"
    assert dialog.actions() == {"vda": DiskAction.CLONE, "vdb": DiskAction.CLONE, "vdc": DiskAction.SHARE,
                                "vdd": DiskAction.SHARE, "sda": DiskAction.SHARE, "fda": DiskAction.SHARE,
                                "vde": DiskAction.SHARE}
    outside = dialog.combos["vde"]
    assert [outside.itemData(i) for i in range(outside.count())] == [DiskAction.SHARE, DiskAction.SKIP]
    assert new_storage(dialog)["vda"] == "app-clone.qcow2" and new_storage(dialog)["vdb"] == "app-clone-1.raw"
    assert new_storage(dialog)["vdc"] == f"shared: {POOL}/base.qcow2"
    assert dialog.cancel_button.isDefault() and dialog.action_button.isEnabled()
    assert not dialog.allow_active_check.isVisibleTo(dialog)
    dialog.name_edit.setText("busy")
    assert not dialog.action_button.isEnabled() and "already a VM named busy" in dialog.name_problem.text()
    dialog.name_edit.setText("web")
    assert new_storage(dialog)["vda"] == "web.qcow2"


def test_a_taken_name_gives_the_next_free_one(qtbot, tmp_path):
    connection = open_connection(qtbot, write_host(tmp_path, taken=("app-clone",)))
    try:
        assert open_dialog(qtbot, connection).name_edit.text() == "app-clone-2"
    finally:
        connection.shutdown()


def test_the_clone_has_new_identity_and_its_own_disks(qtbot, host):
    original = saved_xml(host, "app")
    dialog = open_dialog(qtbot, host)
    dialog.combos["vdd"].setCurrentIndex(dialog.combos["vdd"].findData(DiskAction.SKIP))
    dialog.combos["vdb"].setCurrentIndex(dialog.combos["vdb"].findData(DiskAction.EMPTY))
    run(qtbot, dialog)
    assert dialog.job.state is JobState.SUCCEEDED, dialog.job.report
    clone = xmlconf.load(saved_xml(host, "app-clone"))
    source = xmlconf.load(original)
    assert clone.uuid != source.uuid
    new_macs = {n.mac_address for n in clone.devices.interfaces}
    assert len(new_macs) == 2 and not new_macs & {n.mac_address for n in source.devices.interfaces}
    assert {d.target_dev: d.source_file for d in clone.devices.disks} == {
        "vda": f"{POOL}/app-clone.qcow2", "vdb": f"{POOL}/app-clone-1.raw", "vdc": f"{POOL}/base.qcow2",
        "sda": f"{POOL}/install.iso", "fda": f"{POOL}/drivers.img", "vde": "/srv/elsewhere.img"}
    assert clone.os.nvram == "/var/lib/libvirt/qemu/nvram/app-clone_VARS.fd"
    assert {"app-clone.qcow2", "app-clone-1.raw"} <= volumes(host)
    assert saved_xml(host, "app") == original
    assert "Defined the VM app-clone" in dialog.report_view.toPlainText()


def test_a_failure_removes_what_was_created(qtbot, host):
    dialog = open_dialog(qtbot, host)
    on_host(host, lambda conn: conn.defineXML(  # the name is taken behind the dialog's back
        "<domain type='test'><name>app-clone</name><memory>65536</memory><os><type>hvm</type></os></domain>"))
    before = volumes(host)
    run(qtbot, dialog)
    assert dialog.job.state is JobState.FAILED
    assert volumes(host) == before
    report = dialog.report_view.toPlainText()
    assert "Removed the volume app-clone.qcow2 of the pool default again" in report
    assert "Removed the volume app-clone-1.raw of the pool default again" in report


def test_cancelled_after_the_first_disk_removes_it_again(qtbot, host, monkeypatch):
    before = volumes(host)
    dialog = open_dialog(qtbot, host)
    step = JobContext.step

    def cancel_after_first_clone(context: JobContext, text: str) -> None:
        step(context, text)
        if text.startswith("Cloned"):
            context._cancel()  # as the Cancel button does, from the worker's side of the job

    monkeypatch.setattr(JobContext, "step", cancel_after_first_clone)
    run(qtbot, dialog)
    assert dialog.job.state is JobState.CANCELLED
    assert volumes(host) == before
    assert dialog.job.steps == [f"Cloned {POOL}/app.qcow2 as {POOL}/app-clone.qcow2",
                                "Removed the volume app-clone.qcow2 of the pool default again"]
    assert "app-clone" not in on_host(host, lambda conn: [d.name() for d in conn.listAllDomains()])


def test_cancel_during_the_job_cancels_it_and_then_closes(qtbot, host):
    dialog = open_dialog(qtbot, host)
    dialog.action_button.click()
    dialog.reject()
    assert dialog.isVisible() or dialog.job.state is not JobState.RUNNING
    qtbot.waitUntil(lambda: dialog.job.state is not JobState.RUNNING, timeout=15000)
    assert dialog.cancel_button.text() == "Close"
    dialog.reject()
    assert not dialog.isVisible()


def test_cancel_changes_nothing(qtbot, host):
    before = volumes(host), on_host(host, lambda conn: sorted(d.name() for d in conn.listAllDomains()))
    dialog = open_dialog(qtbot, host)
    dialog.reject()
    assert dialog.job is None
    assert (volumes(host), on_host(host, lambda conn: sorted(d.name() for d in conn.listAllDomains()))) == before


def test_a_running_vm_is_cloned_only_when_chosen(qtbot, host):
    dialog = open_dialog(qtbot, host, "busy")
    assert dialog.allow_active_check.isVisibleTo(dialog) and dialog.active_warning.isVisibleTo(dialog)
    assert "inconsistent" in dialog.active_warning.text()
    assert not dialog.action_button.isEnabled()
    dialog.allow_active_check.setChecked(True)
    assert dialog.action_button.isEnabled()
    run(qtbot, dialog)
    assert dialog.job.state is JobState.SUCCEEDED, dialog.job.report
    assert host.find_domain("busy") is not None


def test_the_manager_opens_clone(qtbot, manager, tmp_path):
    connection = manager.connect(write_host(tmp_path))
    manager.window.select_domains([connection.find_domain("app")])
    dialog = manager.window.clone_selected()
    assert isinstance(dialog, CloneVmDialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    dialog.reject()


def test_demo_host_defaults(qtbot, demo_connection):
    dialog = open_dialog(qtbot, demo_connection, "fedora-workstation")
    assert dialog.name_edit.text() == "fedora-workstation-clone"
    actions = dialog.actions()
    assert actions["vda"] is DiskAction.CLONE
    assert [a for t, a in actions.items() if t != "vda"] == [DiskAction.SHARE]
    assert new_storage(dialog)["vda"] == "fedora-workstation-clone.qcow2"


def test_demo_host_logical_volume_and_empty_drive(qtbot, demo_connection):
    dialog = open_dialog(qtbot, demo_connection, "db-primary")
    assert new_storage(dialog) == {"vda": "db-primary-clone.qcow2", "vdb": "db-primary-clone-1"}
    assert not dialog.action_button.isEnabled() and dialog.allow_active_check.isVisibleTo(dialog)
    desktop = open_dialog(qtbot, demo_connection, "win11-desktop")
    assert new_storage(desktop)["sdc"] == "as it is (no storage)"
    assert "win11-desktop-clone_VARS.fd" in desktop.summary_label.text()
    assert "not copied" in desktop.summary_label.text()
