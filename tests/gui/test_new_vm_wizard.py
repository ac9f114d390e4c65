"""The New VM wizard on the demo host and on test-driver hosts written here: every install method walked to Finish,
the XML each defines checked against libvirt's domain schema and for the OS's defaults, the checks shown beside
fields, failures that leave nothing behind and keep every answer, Customize, remembered choices and "New VM like
this one"."""

from __future__ import annotations

import contextlib
import http.server
import threading
import time
from pathlib import Path

import libvirt
import pytest
from details_harness import open_connection
from pictures import save_picture
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolBar, QWizard
from testhosts import domain_xml, write_host

from virtdesk import xmlconf
from virtdesk.gui.details.window import DetailsWindow
from virtdesk.gui.new_vm.wizard import NewVmWizard
from virtdesk.gui.windows import WindowRegistry
from virtdesk.model.cloud_seed import seed_iso, user_data
from virtdesk.model.domain import Domain
from virtdesk.model.iso_image import build_iso, read_iso_volume_id
from virtdesk.model.jobs import JobState
from virtdesk.model.preferences import Preferences
from virtdesk.model.stats import StatsSampler
from virtdesk.model.vm_creation_checks import GIB
from virtdesk.model.vm_creation_plan import InstallMethod, NewDisk, NewVmAnswers, Platform, build_plan, os_defaults
from virtdesk.osinfo import default_catalogue
from virtdesk.xmlconf.schema import validate

pytestmark = pytest.mark.gui

ALPINE_VOLUME_ID = "alpine-virt 3.12.0 x86_64"
USED_DISK = "/var/lib/libvirt/images/web-frontend-01.qcow2"  # the demo's web-frontend-01 runs from it
TREEINFO = """[general]
family = Fedora
version = 36
arch = x86_64
[release]
name = Fedora
version = 36
[tree]
arch = x86_64
[images-x86_64]
kernel = images/pxeboot/vmlinuz
initrd = images/pxeboot/initrd.img
"""


def iso_image(path: Path, volume_id: str) -> Path:
    """An ISO image with that volume id (osinfo recognises install media by it)."""
    path.write_bytes(build_iso({"README.TXT": b"not really an installer\n"}, volume_id))
    return path


# -- driving the wizard -------------------------------------------------------------------------------------------
def open_wizard(qtbot, connection, **kwargs) -> NewVmWizard:
    wizard = NewVmWizard([connection], connection, **kwargs)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: not wizard.loading, timeout=20000)
    return wizard


def choose(wizard: NewVmWizard, method: InstallMethod) -> None:
    wizard.method_page.method_radios[method].setChecked(True)


def next_page(qtbot, wizard: NewVmWizard) -> None:
    page = wizard.currentPage()
    qtbot.waitUntil(page.isComplete, timeout=10000)
    current = wizard.currentId()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.currentId() != current


def to_finish(qtbot, wizard: NewVmWizard) -> None:
    while wizard.currentId() != NewVmWizard.FINISH:
        next_page(qtbot, wizard)
    qtbot.waitUntil(wizard.finish_page.isComplete, timeout=10000)


def finish(qtbot, wizard: NewVmWizard) -> JobState:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    page = wizard.finish_page
    assert page.job is not None, page.status_label.text()
    qtbot.waitUntil(lambda: page.job.state is not JobState.RUNNING, timeout=20000)
    return page.job.state


def on_host(qtbot, connection, fn):
    task = connection.call(fn)
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    if task.error is not None:
        raise task.error
    return task.result


def saved_xml(qtbot, connection, name: str) -> xmlconf.Domain:
    text = on_host(qtbot, connection, lambda conn: conn.lookupByName(name).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))
    return xmlconf.load(text)


def volume_names(qtbot, connection, pool: str = "default") -> set[str]:
    return set(on_host(qtbot, connection, lambda conn: conn.storagePoolLookupByName(pool).listVolumes()))


def domain_names(qtbot, connection) -> set[str]:
    return {d.name() for d in on_host(qtbot, connection, lambda conn: conn.listAllDomains())}


def shown_xml(wizard: NewVmWizard) -> xmlconf.Domain:
    document = xmlconf.load(wizard.finish_page.xml_edit.toPlainText())
    assert isinstance(document, xmlconf.Domain)
    assert validate(document) == [], validate(document)
    return document


@pytest.fixture
def tree_server(tmp_path):
    """An HTTP install tree (Fedora 36's .treeinfo, a kernel and an initrd) on 127.0.0.1."""
    root = tmp_path / "tree"
    (root / "images" / "pxeboot").mkdir(parents=True)
    (root / ".treeinfo").write_text(TREEINFO)
    (root / "images" / "pxeboot" / "vmlinuz").write_bytes(b"kernel" * 1000)
    (root / "images" / "pxeboot" / "initrd.img").write_bytes(b"initrd" * 1000)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(root), **kwargs)

        def log_message(self, *_args):
            pass

        def do_GET(self):
            if self.path.startswith("/slow/"):  # sends its first bytes, then stalls long enough to be cancelled
                self.send_response(200)
                self.send_header("Content-Length", str(4 * 1024 * 1024))
                self.end_headers()
                self.wfile.write(b"k" * 1024 * 1024)
                self.wfile.flush()
                time.sleep(1.5)
                with contextlib.suppress(OSError):
                    self.wfile.write(b"k" * 3 * 1024 * 1024)
                return
            super().do_GET()

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


# -- every install method on the demo host -----------------------------------------------------------------------
def test_local_iso_detects_the_os_and_installs_with_its_defaults(qtbot, demo_connection, tmp_path):
    iso = iso_image(tmp_path / "alpine.iso", ALPINE_VOLUME_ID)
    wizard = open_wizard(qtbot, demo_connection)
    choose(wizard, InstallMethod.LOCAL_MEDIA)
    save_picture(wizard, "new-vm-method")
    next_page(qtbot, wizard)
    source = wizard.source_page
    assert source.slots[InstallMethod.LOCAL_MEDIA].problem.isVisible()  # nothing chosen yet
    assert not source.isComplete()
    source.set_source(InstallMethod.LOCAL_MEDIA, str(tmp_path / "missing.iso"))
    qtbot.waitUntil(lambda: "does not exist" in source.slots[InstallMethod.LOCAL_MEDIA].problem.text(), timeout=5000)
    assert not source.isComplete()
    source.set_source(InstallMethod.LOCAL_MEDIA, str(iso))
    qtbot.waitUntil(lambda: source.os.detected is not None, timeout=5000)
    assert source.os.detected.short_id == "alpinelinux3.12"
    assert "Alpine" in source.os.detected_label.text()
    save_picture(wizard, "new-vm-source")
    next_page(qtbot, wizard)
    recommended = source.os.detected.recommended("i686")
    if recommended.ram_mib:
        assert wizard.resources_page.memory_spin.value() == recommended.ram_mib
    to_finish(qtbot, wizard)
    name = wizard.finish_page.name()
    assert name == "alpinelinux3.12"
    xml = shown_xml(wizard)
    assert xml.os.boot_order() == ["cdrom", "hd"]
    cdrom = next(d for d in xml.devices.disks if d.device == "cdrom")
    assert cdrom.source_file == str(iso)
    assert finish(qtbot, wizard) is JobState.SUCCEEDED, wizard.finish_page.status_label.text()
    assert f"{name}.qcow2" in volume_names(qtbot, demo_connection)
    saved = saved_xml(qtbot, demo_connection, name)
    assert saved.os.boot_order() == ["hd"]  # the media are ejected after the first boot
    assert next(d for d in saved.devices.disks if d.device == "cdrom").source_file is None
    assert on_host(qtbot, demo_connection, lambda conn: conn.lookupByName(name).isActive()) == 1


def test_an_upload_the_host_refuses_is_reported_and_leaves_nothing(qtbot, demo_connection, tmp_path):
    iso = iso_image(tmp_path / "local.iso", ALPINE_VOLUME_ID)
    wizard = open_wizard(qtbot, demo_connection)
    next_page(qtbot, wizard)
    upload = wizard.source_page.upload
    upload.pool_combo.setCurrentIndex(upload.pool_combo.findData("default"))
    volumes_before = volume_names(qtbot, demo_connection)
    job = upload.upload(str(iso))
    assert job is not None
    qtbot.waitUntil(lambda: job.state is not JobState.RUNNING, timeout=10000)
    assert "Not uploaded" in upload.status.text()
    assert volume_names(qtbot, demo_connection) == volumes_before
    assert wizard.source_page.media_source().is_empty()


def test_network_install_reads_the_treeinfo_and_a_failed_fetch_leaves_nothing(qtbot, demo_connection,
                                                                               tree_server):
    wizard = open_wizard(qtbot, demo_connection)
    choose(wizard, InstallMethod.NETWORK)
    next_page(qtbot, wizard)
    source = wizard.source_page
    source.tree_url_edit.setText("gopher://example.org/tree")
    assert "http://" in source.tree_url_problem.text() and not source.isComplete()
    source.tree_url_edit.setText(tree_server)
    source.kickstart_edit.setText("not a url")
    assert source.kickstart_problem.isVisible() and not source.isComplete()
    source.kickstart_edit.setText(tree_server + "ks.cfg")
    for refused, reason in (("console=ttyS0\tquiet", "control characters"), ('inst.text a="b c', "not closed"),
                            ("x" * 2000, "at most 2047")):
        source.kernel_args_edit.setText(refused)
        assert reason in source.kernel_args_problem.text() and not source.isComplete()
    source.kernel_args_edit.setText("console=ttyS0")
    assert not source.kernel_args_problem.isVisibleTo(wizard)
    qtbot.waitUntil(lambda: source.os.detected is not None, timeout=10000)
    assert source.os.detected.short_id.startswith("fedora36")
    to_finish(qtbot, wizard)
    xml = shown_xml(wizard)
    name = wizard.finish_page.name()
    assert xml.os.kernel == f"/var/lib/libvirt/images/{name}-kernel"
    assert xml.os.initrd == f"/var/lib/libvirt/images/{name}-initrd"
    assert xml.os.cmdline == f"inst.repo={tree_server} inst.ks={tree_server}ks.cfg console=ttyS0"
    volumes_before = volume_names(qtbot, demo_connection)
    # the test driver cannot upload into volumes: the fetch fails after its volume was created
    assert finish(qtbot, wizard) is JobState.FAILED
    assert wizard.isVisible() and "Not created" in wizard.finish_page.status_label.text()
    assert volume_names(qtbot, demo_connection) == volumes_before
    assert name not in domain_names(qtbot, demo_connection)
    assert wizard.finish_page.name() == name and source.tree_url_edit.text() == tree_server


def test_cloud_image_layers_a_disk_over_the_image_with_a_cloud_init_seed(qtbot, demo_connection):
    wizard = open_wizard(qtbot, demo_connection)
    choose(wizard, InstallMethod.CLOUD)
    next_page(qtbot, wizard)
    source = wizard.source_page
    chooser = source.chooser(InstallMethod.CLOUD)
    chooser.kind.set_value(chooser.VOLUME)
    chooser.pool_combo.setCurrentIndex(chooser.pool_combo.findData("default"))
    qtbot.waitUntil(lambda: chooser.volume_combo.findText("debian-12-genericcloud-amd64.qcow2") >= 0, timeout=5000)
    chooser.volume_combo.setCurrentText("debian-12-genericcloud-amd64.qcow2")
    chooser.edited.emit()
    source.choose_os("debian11")
    cloud = source.cloud
    assert cloud.user_edit.text() == "debian"  # the OS's own cloud user
    assert "password or an SSH public key" in cloud.login_problem.text()
    cloud.keys_edit.setPlainText("ssh-ed25519 not-base64")
    assert "Key 1" in cloud.login_problem.text() and not source.isComplete()
    cloud.keys_edit.setPlainText("")
    cloud.user_edit.setText("Bad User")
    assert cloud.user_problem.isVisible()
    cloud.user_edit.setText("ada")
    cloud.password_edit.setText("s3cret")
    cloud.hostname_edit.setText("web.example.org")
    qtbot.waitUntil(source.isComplete, timeout=5000)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentId() == NewVmWizard.FINISH
    name = wizard.finish_page.name()
    xml = shown_xml(wizard)
    disk, seed = (next(d for d in xml.devices.disks if d.device == kind) for kind in ("disk", "cdrom"))
    assert (disk.source_pool, disk.source_volume) == ("default", f"{name}.qcow2")
    assert (seed.source_pool, seed.source_volume) == ("default", f"{name}-seed.iso")
    assert xml.os.boot_order() == ["hd"]
    answers = wizard.answers()
    assert answers.cloud_image.path == "/var/lib/libvirt/images/debian-12-genericcloud-amd64.qcow2"
    iso = seed_iso(answers.cloud_init)
    assert read_iso_volume_id(iso) == "cidata"
    assert "s3cret" not in user_data(answers.cloud_init) and '"ada"' in user_data(answers.cloud_init)
    volumes_before = volume_names(qtbot, demo_connection)
    # the test driver cannot write into volumes: the seed fails after the new disk was made
    assert finish(qtbot, wizard) is JobState.FAILED
    assert "Created the disk image" in wizard.finish_page.job.report
    assert volume_names(qtbot, demo_connection) == volumes_before
    assert name not in domain_names(qtbot, demo_connection)
    assert cloud.password_edit.text() == "s3cret"


def test_cancel_during_the_creation_stops_it_and_leaves_nothing(qtbot, small_host, tree_server):
    wizard = open_wizard(qtbot, small_host)
    choose(wizard, InstallMethod.NETWORK)
    next_page(qtbot, wizard)
    source = wizard.source_page
    source.os.detect_check.setChecked(False)
    source.tree_url_edit.setText(tree_server)
    source.kernel_edit.setText("slow/vmlinuz")
    to_finish(qtbot, wizard)
    page = wizard.finish_page
    volumes_before = volume_names(qtbot, small_host)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Fetching" in page.status_label.text(), timeout=5000)
    assert page.busy and not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    wizard.reject()  # Cancel while it runs: stops the creation, the wizard stays
    qtbot.waitUntil(lambda: not page.busy, timeout=10000)
    assert page.job.state is JobState.CANCELLED and wizard.isVisible()
    assert "Nothing was left" in page.status_label.text()
    assert volume_names(qtbot, small_host) == volumes_before
    assert domain_names(qtbot, small_host) == {"existing"}


def test_pxe_boots_from_the_chosen_network_then_from_the_disk(qtbot, demo_connection):
    wizard = open_wizard(qtbot, demo_connection)
    choose(wizard, InstallMethod.PXE)
    next_page(qtbot, wizard)
    source = wizard.source_page
    source.pxe_combo.setCurrentIndex(source.pxe_combo.findData("isolated-lab"))
    to_finish(qtbot, wizard)
    xml = shown_xml(wizard)
    assert xml.os.boot_order() == ["network", "hd"]
    assert [n.source_network for n in xml.devices.interfaces] == ["isolated-lab"]
    wizard.finish_page.name_edit.setText("pxe-vm")
    assert finish(qtbot, wizard) is JobState.SUCCEEDED
    assert saved_xml(qtbot, demo_connection, "pxe-vm").os.boot_order() == ["hd"]


def test_import_boots_an_existing_volume_and_creates_no_storage(qtbot, demo_connection):
    wizard = open_wizard(qtbot, demo_connection)
    choose(wizard, InstallMethod.IMPORT)
    next_page(qtbot, wizard)
    chooser = wizard.source_page.chooser(InstallMethod.IMPORT)
    chooser.kind.set_value(chooser.VOLUME)
    chooser.pool_combo.setCurrentIndex(chooser.pool_combo.findData("default"))
    qtbot.waitUntil(lambda: chooser.volume_combo.findText("debian-12-genericcloud-amd64.qcow2") >= 0, timeout=5000)
    chooser.volume_combo.setCurrentText("debian-12-genericcloud-amd64.qcow2")
    chooser.edited.emit()
    wizard.source_page.choose_os("debian11")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentId() == NewVmWizard.FINISH  # no storage page: the disk is the imported one
    xml = shown_xml(wizard)
    disk = next(d for d in xml.devices.disks if d.device == "disk")
    assert (disk.source_pool, disk.source_volume, disk.target_bus) == (
        "default", "debian-12-genericcloud-amd64.qcow2", "virtio")
    assert xml.os.boot_order() == ["hd"]
    volumes_before = volume_names(qtbot, demo_connection)
    assert finish(qtbot, wizard) is JobState.SUCCEEDED
    assert volume_names(qtbot, demo_connection) == volumes_before


def test_manual_install_checks_every_field_as_typed(qtbot, demo_connection):
    wizard = open_wizard(qtbot, demo_connection)
    choose(wizard, InstallMethod.MANUAL)
    next_page(qtbot, wizard)
    wizard.source_page.os.search_edit.setText("windows 11")
    assert wizard.source_page.os.os_list.count() >= 1
    wizard.source_page.choose_os("win11")
    next_page(qtbot, wizard)
    resources = wizard.resources_page
    resources.memory_spin.setValue(10 ** 6)
    assert "host has only" in resources.memory_problem.text() and not resources.isComplete()
    resources.memory_spin.setValue(4096)
    resources.vcpus_spin.setValue(500)
    assert "At most" in resources.vcpus_problem.text() and not resources.isComplete()
    resources.vcpus_spin.setValue(2)
    assert resources.isComplete()
    next_page(qtbot, wizard)
    storage = wizard.storage_page
    storage.format_combo.setCurrentIndex(storage.format_combo.findData("raw"))
    storage.size_spin.setValue(5000)
    assert "free" in storage.create_problem.text() and not storage.isComplete()
    storage.size_spin.setValue(10)
    storage.volume_name_edit.setText("web-frontend-01.qcow2")
    assert "already holds" in storage.create_problem.text()
    storage.volume_name_edit.setText("")
    assert storage.isComplete(), storage.create_problem.text()
    next_page(qtbot, wizard)
    page = wizard.finish_page
    for bad, reason in (("", "Enter a name"), ("my vm", "letters, digits"), ("db-primary", "already exists")):
        page.name_edit.setText(bad)
        assert reason in page.name_problem.text() and not page.isComplete()
    page.name_edit.setText("win-desk")
    page.network_kind.setCurrentIndex(page.network_kind.findData("bridge"))
    assert "bridge" in page.network_problem.text() and not page.isComplete()
    page.network_source.setCurrentText("br0")
    assert page.isComplete()
    xml = shown_xml(wizard)
    # Windows 11's defaults (the test driver runs i686 guests, for which the db names no firmware): a TPM 2.0,
    # no virtio drivers
    assert [t.backend_version for t in xml.devices.tpms] == ["2.0"]
    disk = next(d for d in xml.devices.disks if d.device == "disk")
    assert (disk.target_bus, disk.driver_type, disk.source_volume) == ("sata", "raw", "win-desk.img")
    assert [(n.type, n.source_bridge) for n in xml.devices.interfaces] == [("bridge", "br0")]
    page.firmware_combo.setCurrentIndex(page.firmware_combo.findData("efi-secure"))
    assert shown_xml(wizard).os.secure_boot
    assert finish(qtbot, wizard) is JobState.SUCCEEDED
    saved = saved_xml(qtbot, demo_connection, "win-desk")
    assert saved.os.firmware == "efi" and saved.os.secure_boot


@pytest.mark.parametrize(("os_id", "firmware", "tpm", "bus", "nic"), [
    ("win11", "efi", True, "sata", "e1000e"),
    ("ubuntu22.04", None, False, "virtio", "virtio"),
    ("generic", None, False, "virtio", "virtio"),
])
def test_the_os_sets_firmware_tpm_and_device_models(os_id, firmware, tpm, bus, nic):
    entry = default_catalogue().get(os_id)
    platform = Platform(domain_type="kvm", arch="x86_64", machine="q35", uefi=True, secure_boot=True, tpm=True)
    defaults = os_defaults(entry, platform)
    answers = NewVmAnswers("vm", InstallMethod.MANUAL, platform=platform, os=entry, firmware=defaults.firmware,
                           tpm=defaults.tpm, new_disk=NewDisk("default", "vm.qcow2", 10 * GIB))
    xml = build_plan(answers).install_xml
    assert validate(xml) == []
    assert xml.os.firmware == firmware and bool(xml.os.secure_boot) == (os_id == "win11")
    assert bool(len(xml.devices.tpms)) == tpm
    assert [d.target_bus for d in xml.devices.disks] == [bus]
    assert [n.model_type for n in xml.devices.interfaces] == [nic]


def test_an_existing_disk_names_the_vms_that_use_it(qtbot, demo_connection):
    wizard = open_wizard(qtbot, demo_connection)
    choose(wizard, InstallMethod.MANUAL)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    storage = wizard.storage_page
    storage.existing_radio.setChecked(True)
    assert "Choose the volume" in storage.existing_problem.text() and not storage.isComplete()
    chooser = storage.existing.chooser
    chooser.path_edit.setText("/var/lib/libvirt/images/nowhere.qcow2")
    chooser.edited.emit()
    qtbot.waitUntil(lambda: "does not exist" in storage.existing_problem.text(), timeout=5000)
    chooser.path_edit.setText(USED_DISK)
    chooser.edited.emit()
    qtbot.waitUntil(lambda: "web-frontend-01" in storage.users_warning.text(), timeout=5000)
    qtbot.waitUntil(storage.isComplete, timeout=5000)
    next_page(qtbot, wizard)
    disk = next(d for d in shown_xml(wizard).devices.disks if d.device == "disk")
    assert disk.source_file == USED_DISK
    wizard.back()
    storage.storage_check.setChecked(False)
    next_page(qtbot, wizard)
    assert not [d for d in shown_xml(wizard).devices.disks if d.device == "disk"]


LXC_CAPABILITIES = """<capabilities><host><cpu><arch>x86_64</arch></cpu></host>
<guest><os_type>exe</os_type><arch name='x86_64'><wordsize>64</wordsize>
<emulator>/usr/lib/libvirt/libvirt_lxc</emulator><domain type='lxc'/></arch></guest></capabilities>"""


def test_a_container_host_makes_application_and_os_containers(qtbot, small_host, tmp_path):
    small_host.capabilities_xml, small_host._capabilities = LXC_CAPABILITIES, None  # what an LXC host says
    wizard = open_wizard(qtbot, small_host)
    radios = wizard.method_page.method_radios
    assert wizard.method is InstallMethod.CONTAINER
    assert [m for m, radio in radios.items() if radio.isEnabled()] == [InstallMethod.CONTAINER]
    assert wizard.platform.domain_type == "lxc" and wizard.platform.os_type == "exe"
    next_page(qtbot, wizard)
    container = wizard.source_page.container
    for bad, reason in (("", "Enter the program"), ("sh -c x", "full path"), ('/bin/sh -c "x', "quotation")):
        container.command_edit.setText(bad)
        assert reason in container.command_problem.text() and not wizard.source_page.isComplete()
    container.tree_radio.setChecked(True)
    assert "Choose the folder" in container.tree_problem.text()
    container.tree_edit.setText(str(tmp_path / "missing"))
    qtbot.waitUntil(lambda: "does not exist" in container.tree_problem.text(), timeout=5000)
    container.tree_edit.setText(str(tmp_path))
    qtbot.waitUntil(wizard.source_page.isComplete, timeout=5000)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentId() == NewVmWizard.FINISH and not wizard.finish_page.firmware_combo.isEnabled()
    xml = shown_xml(wizard)
    assert (xml.type, xml.os.type, xml.os.init) == ("lxc", "exe", "/sbin/init")
    assert [(f.source_dir, f.target_dir) for f in xml.devices.filesystems] == [(str(tmp_path), "/")]
    assert not xml.devices.disks
    wizard.back()
    wizard.back()
    container.app_radio.setChecked(True)
    container.command_edit.setText("/usr/bin/httpd -f '/etc/my site.conf'")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    xml = shown_xml(wizard)
    assert xml.os.init == "/usr/bin/httpd" and [a.value for a in xml.os.initargs] == ["-f", "/etc/my site.conf"]
    assert not list(xml.devices.filesystems)
    assert finish(qtbot, wizard) is JobState.SUCCEEDED, wizard.finish_page.status_label.text()


# -- failures leave nothing behind ---------------------------------------------------------------------------------
@pytest.fixture
def small_host(qtbot, tmp_path):
    connection = open_connection(qtbot, write_host(tmp_path, domain_xml("existing")))
    yield connection
    connection.shutdown()


def test_a_name_taken_meanwhile_creates_nothing_and_keeps_the_answers(qtbot, small_host):
    wizard = open_wizard(qtbot, small_host)
    choose(wizard, InstallMethod.MANUAL)
    to_finish(qtbot, wizard)
    page = wizard.finish_page
    page.name_edit.setText("racer")
    wizard.resources_page.memory_spin.setValue(1536)
    on_host(qtbot, small_host, lambda conn: conn.defineXML(domain_xml("racer")))
    volumes_before = volume_names(qtbot, small_host)
    assert finish(qtbot, wizard) is JobState.FAILED
    assert "exists on the host now" in page.status_label.text()
    assert volume_names(qtbot, small_host) == volumes_before
    assert wizard.isVisible() and page.name() == "racer" and wizard.resources_page.memory_spin.value() == 1536
    qtbot.waitUntil(lambda: "already exists" in page.name_problem.text() or small_host.find_domain("racer")
                    is not None, timeout=5000)
    page.name_edit.setText("racer-2")
    qtbot.waitUntil(page.isComplete, timeout=5000)
    assert finish(qtbot, wizard) is JobState.SUCCEEDED
    assert saved_xml(qtbot, small_host, "racer-2").current_memory == 1536 * 1024


def test_a_define_that_fails_removes_the_new_volume(qtbot, small_host):
    wizard = open_wizard(qtbot, small_host)
    choose(wizard, InstallMethod.MANUAL)
    to_finish(qtbot, wizard)
    page = wizard.finish_page
    page.edit_xml_check.setChecked(True)
    text = page.xml_edit.toPlainText()
    disk_start = text.index("<disk")
    disk = text[disk_start:text.index("</disk>") + len("</disk>")]
    page.xml_edit.setPlainText(text.replace(disk, disk + disk))  # two disks on one target: libvirt refuses
    qtbot.waitUntil(page.isComplete, timeout=5000)
    page.xml_edit.setPlainText("<domain><name>")
    qtbot.waitUntil(lambda: "not a domain" in page.xml_problem.text(), timeout=5000)
    assert not page.isComplete()
    page.xml_edit.setPlainText(text.replace(disk, disk + disk))
    qtbot.waitUntil(page.isComplete, timeout=5000)
    volumes_before = volume_names(qtbot, small_host)
    assert finish(qtbot, wizard) is JobState.FAILED
    assert "Not created" in page.status_label.text()
    assert volume_names(qtbot, small_host) == volumes_before
    assert domain_names(qtbot, small_host) == {"existing"}
    assert page.edit_xml_check.isChecked() and page.xml_edit.toPlainText().count("<disk") == 2


# -- customize, memory, like this one ------------------------------------------------------------------------------
def test_customize_opens_the_details_window_and_begins_the_installation_there(qtbot, small_host, tmp_path):
    opened: list[DetailsWindow] = []

    def show_details(domain):
        window = DetailsWindow(domain, Preferences())
        qtbot.addWidget(window)
        window.show()
        opened.append(window)
        return window

    consoles: list[Domain] = []
    iso = iso_image(tmp_path / "alpine.iso", ALPINE_VOLUME_ID)
    wizard = open_wizard(qtbot, small_host, show_details=show_details, show_console=consoles.append)
    next_page(qtbot, wizard)
    wizard.source_page.set_source(InstallMethod.LOCAL_MEDIA, str(iso))
    qtbot.waitUntil(lambda: wizard.source_page.os.detected is not None, timeout=5000)
    to_finish(qtbot, wizard)
    wizard.finish_page.customize_check.setChecked(True)
    name = wizard.finish_page.name()
    assert finish(qtbot, wizard) is JobState.SUCCEEDED
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert on_host(qtbot, small_host, lambda conn: conn.lookupByName(name).isActive()) == 0
    qtbot.wait(200)
    assert consoles == []  # nothing to watch before the installation begins
    begin = next(a for a in opened[0].findChildren(type(opened[0].screenshot_action))
                 if a.objectName() == "action-begin-installation")
    begin.trigger()
    qtbot.waitUntil(lambda: on_host(qtbot, small_host, lambda conn: conn.lookupByName(name).isActive()) == 1,
                    timeout=5000)
    assert saved_xml(qtbot, small_host, name).os.boot_order() == ["hd"]
    qtbot.waitUntil(lambda: bool(consoles), timeout=5000)
    assert [domain.name for domain in consoles] == [name]


def test_finish_shows_the_new_vms_console_window(qtbot, small_host):
    preferences = Preferences()
    registry = WindowRegistry(preferences, StatsSampler(1000, preferences.stats))
    wizard = registry.show_new_vm([small_host], small_host)  # as the manager's New VM opens it
    qtbot.waitUntil(lambda: not wizard.loading, timeout=20000)
    try:
        choose(wizard, InstallMethod.MANUAL)
        to_finish(qtbot, wizard)
        name = wizard.finish_page.name()
        assert finish(qtbot, wizard) is JobState.SUCCEEDED
        qtbot.waitUntil(lambda: bool(registry.consoles), timeout=5000)
        (window,) = registry.consoles.values()
        assert window.domain.name == name and window.isVisible()
        assert window.windowTitle() == f"{name} on {small_host.label}"
        assert not registry.details  # the console, not the details window
    finally:
        registry.close_all()
    qtbot.waitUntil(lambda: not registry.consoles, timeout=5000)


def test_the_last_choices_are_remembered_per_connection(qtbot, demo_connection):
    wizard = open_wizard(qtbot, demo_connection)
    choose(wizard, InstallMethod.MANUAL)
    next_page(qtbot, wizard)
    wizard.source_page.choose_os("ubuntu22.04")
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    storage = wizard.storage_page
    pools = [storage.pool_combo.itemData(i) for i in range(storage.pool_combo.count())]
    other_pool = next(p for p in pools if p != "default")
    storage.pool_combo.setCurrentIndex(storage.pool_combo.findData(other_pool))
    storage.size_spin.setValue(1)
    next_page(qtbot, wizard)
    page = wizard.finish_page
    page.network_source.setCurrentIndex(page.network_source.findData("routed-dmz"))
    assert finish(qtbot, wizard) is JobState.SUCCEEDED
    again = open_wizard(qtbot, demo_connection)
    assert again.method is InstallMethod.MANUAL
    assert again.source_page.os_entry().short_id == "ubuntu22.04"
    assert again.storage_page.pool_combo.currentData() == other_pool
    assert again.finish_page.network_source.currentText() == "routed-dmz"


def test_new_vm_like_this_one_starts_from_its_hardware(qtbot, demo_connection):
    original = demo_connection.find_domain("win11-desktop")
    wizard = open_wizard(qtbot, demo_connection, like=original)
    assert wizard.method == InstallMethod.MANUAL
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.storage_page.size_spin.value() == 128, timeout=5000)  # win11-desktop.qcow2's
    to_finish(qtbot, wizard)
    assert wizard.resources_page.memory_spin.value() == 8192
    assert wizard.resources_page.vcpus_spin.value() == 4
    page = wizard.finish_page
    assert page.name() == "win11-desktop-2"
    xml = shown_xml(wizard)
    assert xml.os.firmware == "efi" and len(xml.devices.tpms) == 1
    assert finish(qtbot, wizard) is JobState.SUCCEEDED


def test_the_manager_offers_new_vm_and_new_vm_like_this(qtbot, manager, tmp_path):
    connection = manager.connect(write_host(tmp_path, domain_xml("model-vm")))
    qtbot.waitUntil(lambda: connection.find_domain("model-vm") is not None, timeout=5000)
    window = manager.window
    action = window.new_vm_action
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert action in window.findChild(QToolBar, "main-toolbar").actions()
    assert action in window.menuBar().actions()[0].menu().actions()
    requests = []
    window.new_vm_requested.connect(lambda on, like: requests.append((on, like)))
    qtbot.waitUntil(action.isEnabled, timeout=5000)
    action.trigger()
    window.select_domains([connection.find_domain("model-vm")])
    assert window.new_vm_like_action.isEnabled()
    window.new_vm_like_action.trigger()
    assert requests[-1] == (connection, connection.find_domain("model-vm"))
