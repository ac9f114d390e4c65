"""The Add Storage Pool wizard on test-driver hosts the tests write: the pool types offered (the host's, or every
type when it does not say), each type's inputs and the reasons shown beside them, a unique name, source discovery,
the XML of every type accepted by libvirt's schema, define + build + start + autostart, and a failure after the
define that removes the new pool (the default) or keeps it."""

from __future__ import annotations

import pytest
from details_harness import open_connection
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from testhosts import write_host

from virtdesk import xmlconf
from virtdesk.gui.host_details.add_pool_wizard import AddPoolWizard
from virtdesk.model import pool_creation
from virtdesk.model.pool_creation import Field, HostPoolTypes, PoolSpec
from virtdesk.xmlconf.schema import validate

pytestmark = pytest.mark.gui

# What libvirt 9.0's QEMU driver answers (trimmed), without vstorage: a host that never heard of a type lacks it.
CAPABILITIES = """<storagepoolCapabilities>
  <pool type='dir' supported='yes'/>
  <pool type='fs' supported='yes'><poolOptions><defaultFormat type='auto'/><enum name='sourceFormatType'>
    <value>auto</value><value>ext4</value><value>xfs</value></enum></poolOptions></pool>
  <pool type='netfs' supported='yes'><poolOptions><defaultFormat type='auto'/><enum name='sourceFormatType'>
    <value>auto</value><value>nfs</value><value>glusterfs</value><value>cifs</value></enum></poolOptions></pool>
  <pool type='logical' supported='yes'/><pool type='disk' supported='yes'/><pool type='iscsi' supported='yes'/>
  <pool type='iscsi-direct' supported='no'/><pool type='scsi' supported='yes'/><pool type='mpath' supported='yes'/>
  <pool type='rbd' supported='no'/><pool type='sheepdog' supported='no'/><pool type='gluster' supported='no'/>
  <pool type='zfs' supported='no'/>
</storagepoolCapabilities>"""

IQN_TARGET, IQN_CLIENT = "iqn.2024-01.com.example:storage", "iqn.2024-01.com.example:client"
VALID: dict[str, dict[Field, object]] = {  # inputs that make a pool of each type (and of the type's variants)
    "dir": {Field.TARGET_PATH: "/srv/pools/new"},
    "fs": {Field.DEVICES: "/dev/sdb1", Field.FORMAT: "ext4", Field.TARGET_PATH: "/mnt/new"},
    "netfs": {Field.HOST: "nfs.example.com", Field.FORMAT: "nfs", Field.SOURCE_DIR: "/exports/images"},
    "netfs/cifs": {Field.HOST: "192.0.2.7", Field.FORMAT: "cifs", Field.SOURCE_DIR: "images"},
    "netfs/glusterfs": {Field.HOST: "gluster.example.com", Field.FORMAT: "glusterfs", Field.SOURCE_DIR: "gv0"},
    "logical": {Field.SOURCE_NAME: "vg0", Field.DEVICES: "/dev/sdb, /dev/sdc"},
    "disk": {Field.DEVICES: "/dev/sdd", Field.FORMAT: "gpt"},
    "iscsi": {Field.HOST: "192.0.2.10", Field.PORT: 3260, Field.TARGET_IQN: IQN_TARGET,
              Field.INITIATOR_IQN: IQN_CLIENT},
    "iscsi-direct": {Field.HOST: "san.example.com", Field.TARGET_IQN: IQN_TARGET, Field.INITIATOR_IQN: IQN_CLIENT},
    "scsi": {Field.ADAPTER_NAME: "host0"},
    "scsi/fc_host": {Field.ADAPTER_TYPE: "fc_host", Field.ADAPTER_PARENT: "scsi_host3",
                     Field.WWNN: "20000000c9831b4b", Field.WWPN: "10000000c9831b4b"},
    "mpath": {},
    "rbd": {Field.MONITORS: "mon1.example.com:6789, [2001:db8::1]:3300 192.0.2.5", Field.SOURCE_NAME: "rbd"},
    "gluster": {Field.HOST: "gluster.example.com", Field.SOURCE_NAME: "gv0", Field.SOURCE_DIR: "/vms"},
    "zfs": {Field.SOURCE_NAME: "tank", Field.DEVICES: "/dev/sde"},
    "vstorage": {Field.SOURCE_NAME: "cluster1", Field.TARGET_PATH: "/mnt/vstorage"},
}
# What each type asks for at first, and why it cannot go on yet.
FIRST_ASKS: dict[str, dict[Field, str]] = {
    "dir": {Field.TARGET_PATH: ""},
    "fs": {Field.DEVICES: "Enter the device, such as /dev/sdb.", Field.FORMAT: "", Field.TARGET_PATH: ""},
    "netfs": {Field.HOST: "Enter the host's name or address.", Field.FORMAT: "",
              Field.SOURCE_DIR: "Enter the exported directory, such as /srv/exports/images.", Field.TARGET_PATH: ""},
    "logical": {Field.SOURCE_NAME: "Enter the volume group's name.", Field.DEVICES: "", Field.TARGET_PATH: ""},
    "disk": {Field.DEVICES: "Enter the device, such as /dev/sdb.", Field.FORMAT: "", Field.TARGET_PATH: ""},
    "iscsi": {Field.HOST: "Enter the host's name or address.", Field.PORT: "",
              Field.TARGET_IQN: "Enter the target's IQN, such as iqn.2024-01.com.example:storage.",
              Field.INITIATOR_IQN: "", Field.TARGET_PATH: ""},
    "iscsi-direct": {Field.HOST: "Enter the host's name or address.", Field.PORT: "",
                     Field.TARGET_IQN: "Enter the target's IQN, such as iqn.2024-01.com.example:storage.",
                     Field.INITIATOR_IQN: "Enter the IQN QEMU logs in with, such as iqn.2024-01.com.example:client."},
    "scsi": {Field.ADAPTER_TYPE: "", Field.ADAPTER_NAME: "Enter the SCSI host, such as host0.",
             Field.TARGET_PATH: ""},
    "mpath": {Field.TARGET_PATH: ""},
    "rbd": {Field.MONITORS: "Enter at least one monitor, such as mon1.example.com:6789.",
            Field.SOURCE_NAME: "Enter the Ceph pool's name.", Field.AUTH_USERNAME: "", Field.AUTH_SECRET: ""},
    "gluster": {Field.HOST: "Enter the host's name or address.", Field.SOURCE_NAME: "Enter the Gluster volume's name.",
                Field.SOURCE_DIR: ""},
    "zfs": {Field.SOURCE_NAME: "Enter the ZFS pool's name.", Field.DEVICES: ""},
    "vstorage": {Field.SOURCE_NAME: "Enter the cluster's name.", Field.TARGET_PATH: ""},
}


@pytest.fixture
def host(qtbot, tmp_path):
    connection = open_connection(qtbot, write_host(tmp_path))
    yield connection
    connection.shutdown()


def open_wizard(qtbot, connection) -> AddPoolWizard:
    wizard = AddPoolWizard(connection)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.host_types is not None, timeout=10000)
    return wizard


def to_source(wizard: AddPoolWizard, name: str, pool_type: str):
    wizard.restart()
    wizard.type_page.name_edit.setText(name)
    assert wizard.type_page.select_type(pool_type), pool_type
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.source_page
    return wizard.source_page


def fill(qtbot, page, values: dict[Field, object]) -> None:
    for field, value in values.items():
        if field is Field.TARGET_PATH:  # typed, so that it no longer follows the name
            page.edits[field].selectAll()
            qtbot.keyClicks(page.edits[field], value)
            assert page.edits[field].text() == value
        elif field is Field.PORT:
            page.port_spin.setValue(value)
        elif field in (Field.FORMAT, Field.ADAPTER_TYPE):
            combo = page.format_combo if field is Field.FORMAT else page.adapter_type_combo
            combo.setCurrentIndex(combo.findData(value))
            assert combo.currentData() == value
        else:
            page.edits[field].setText(value)


def shown(page) -> dict[Field, str]:
    """The inputs on show, each with the reason shown beside it ("" when none)."""
    return {f: page.errors[f].text() if page.errors[f].isVisibleTo(page) else "" for f in Field
            if page.rows[f].isVisibleTo(page)}


def to_summary(qtbot, wizard: AddPoolWizard):
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled(), shown(wizard.source_page)
    wizard.next()
    page = wizard.summary_page
    assert wizard.currentPage() is page
    qtbot.waitUntil(lambda: "Checking" not in page.schema_label.text(), timeout=10000)
    return page


def defined(qtbot, connection, name: str) -> bool:
    task = connection.call(lambda conn: name in [p.name() for p in conn.listAllStoragePools()])
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    return task.result


# -- the types offered -----------------------------------------------------------------------------------------------
def type_items(wizard: AddPoolWizard) -> dict[str, tuple[bool, str]]:
    """Each type offered: (whether it can be chosen, its text)."""
    items = [wizard.type_page.type_list.item(r) for r in range(wizard.type_page.type_list.count())]
    return {item.data(Qt.ItemDataRole.UserRole): (bool(item.flags() & Qt.ItemFlag.ItemIsEnabled), item.text())
            for item in items}


def test_every_type_is_offered_when_the_host_does_not_say_which_it_supports(qtbot, host):
    wizard = open_wizard(qtbot, host)
    note = wizard.type_page.types_note.text()
    assert "does not report which pool types it supports" in note
    assert "virConnectGetStoragePoolCapabilities" in note  # libvirt's own words for why
    items = type_items(wizard)
    assert list(items) == list(pool_creation.POOL_TYPES)
    assert all(enabled for enabled, _text in items.values())
    assert wizard.type_page.pool_type() == "dir"


def test_types_the_host_lacks_are_shown_disabled_with_the_reason(qtbot, host):
    wizard = open_wizard(qtbot, host)
    wizard.type_page.show_types(HostPoolTypes(pool_creation.parse_pool_capabilities(CAPABILITIES)))
    assert not wizard.type_page.types_note.isVisibleTo(wizard)
    items = type_items(wizard)
    lacking = {t for t, (enabled, _text) in items.items() if not enabled}
    assert lacking == {"iscsi-direct", "rbd", "gluster", "zfs", "vstorage"}
    assert all(items[t][1].endswith(": not supported by this host") for t in lacking)
    assert "sheepdog" not in items  # libvirt dropped it: there is no form for it
    assert not wizard.type_page.select_type("rbd")
    page = to_source(wizard, "formats", "fs")
    formats = [page.format_combo.itemData(i) for i in range(page.format_combo.count())]
    assert formats == ["auto", "ext4", "xfs"]  # the host's list, not a fixed one
    assert page.format_combo.currentData() == "auto" and page.format_combo.currentText() == "detect it"


# -- the name ----------------------------------------------------------------------------------------------------------
def test_the_name_is_checked_as_typed_and_must_be_new_on_the_host(qtbot, host):
    wizard = open_wizard(qtbot, host)
    page = wizard.type_page
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert page.name_error.text() == "Give the pool a name." and not next_button.isEnabled()
    qtbot.keyClicks(page.name_edit, "default")
    assert page.name_error.text() == "This host already has a pool named default."
    assert not next_button.isEnabled()
    page.name_edit.setText("a/b")
    assert page.name_error.text() == "A pool name cannot contain '/' or a line break."
    page.name_edit.setText("later")
    assert not page.name_error.isVisibleTo(wizard) and next_button.isEnabled()
    task = host.call(lambda conn: conn.storagePoolDefineXML(
        xmlconf.build_pool("later", "dir", "/srv/later").to_xml()))
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    host.catalogue.pool_event("later")  # as libvirt's event would
    qtbot.waitUntil(lambda: page.name_error.text() == "This host already has a pool named later.", timeout=5000)
    assert not next_button.isEnabled()


# -- each type's inputs ----------------------------------------------------------------------------------------------
def test_each_type_asks_only_for_what_it_uses_with_the_reason_beside_each(qtbot, host):
    wizard = open_wizard(qtbot, host)
    for pool_type, expected in FIRST_ASKS.items():
        page = to_source(wizard, f"new-{pool_type}", pool_type)
        assert shown(page) == expected, pool_type
        if Field.TARGET_PATH in expected and pool_type != "logical":  # the type's usual place, filled in
            assert page.edits[Field.TARGET_PATH].text().startswith("/"), pool_type
        assert wizard.button(wizard.WizardButton.NextButton).isEnabled() == (not any(expected.values())), pool_type
        assert page.discovery_box.isVisibleTo(page) == (pool_type in ("netfs", "logical", "iscsi")), pool_type


def test_targets_follow_the_name_until_the_user_types_one(qtbot, host):
    wizard = open_wizard(qtbot, host)
    page = to_source(wizard, "vms", "dir")
    target = page.edits[Field.TARGET_PATH]
    assert target.text() == "/var/lib/libvirt/vms"  # beside the host's default pool /var/lib/libvirt/images
    wizard.back()
    wizard.type_page.name_edit.setText("more-vms")
    wizard.next()
    assert target.text() == "/var/lib/libvirt/more-vms"
    target.selectAll()
    qtbot.keyClicks(target, "srv/mine")
    assert page.errors[Field.TARGET_PATH].text() == "The path must be absolute (start with /)."
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClick(target, Qt.Key.Key_Home)
    qtbot.keyClicks(target, "/")
    assert not page.errors[Field.TARGET_PATH].isVisibleTo(page)
    wizard.back()
    wizard.type_page.name_edit.setText("other")
    wizard.next()
    assert target.text() == "/srv/mine"  # typed by the user: kept
    target.selectAll()
    qtbot.keyClick(target, Qt.Key.Key_Delete)  # emptied by the user: it follows the name again
    assert target.text() == "/var/lib/libvirt/other"
    page = to_source(wizard, "vg", "logical")
    page.edits[Field.SOURCE_NAME].setText("vg_fast")
    assert target.text() == "/dev/vg_fast"
    wizard.back()
    wizard.type_page.select_type("disk")
    wizard.next()
    assert target.text() == "/dev"


@pytest.mark.parametrize(("pool_type", "values", "field", "reason"), [
    ("netfs", {Field.HOST: "nfs server"}, Field.HOST, "nfs server is not a host name or an IP address."),
    ("netfs", {Field.FORMAT: "cifs", Field.SOURCE_DIR: "/share"}, Field.SOURCE_DIR,
     "A CIFS share is named without a leading /."),
    ("netfs", {Field.SOURCE_DIR: "exports"}, Field.SOURCE_DIR, "The path must be absolute (start with /)."),
    ("fs", {Field.DEVICES: "/dev/sdb /dev/sdc"}, Field.DEVICES, "This pool type takes one device."),
    ("logical", {Field.DEVICES: "sdb"}, Field.DEVICES,
     "A device is named by its absolute path, such as /dev/sdb: sdb is not."),
    ("logical", {Field.SOURCE_NAME: "my vg"}, Field.SOURCE_NAME, "A name cannot contain spaces or '/'."),
    ("iscsi", {Field.TARGET_IQN: "storage.example.com"}, Field.TARGET_IQN,
     "storage.example.com is not an IQN (iqn.YEAR-MONTH.reversed.domain, then optionally :name)."),
    ("iscsi", {Field.INITIATOR_IQN: "iqn.2024-13.com.example"}, Field.INITIATOR_IQN,
     "iqn.2024-13.com.example is not an IQN (iqn.YEAR-MONTH.reversed.domain, then optionally :name)."),
    ("scsi", {Field.ADAPTER_NAME: "sda"}, Field.ADAPTER_NAME, "sda is not a SCSI host name (host0, scsi_host1, …)."),
    ("scsi", {Field.ADAPTER_TYPE: "fc_host", Field.WWNN: "2000"}, Field.WWNN, "2000 is not 16 hexadecimal digits."),
    ("scsi", {Field.ADAPTER_TYPE: "fc_host"}, Field.WWPN, "Enter the world wide name: 16 hexadecimal digits."),
    ("rbd", {Field.MONITORS: "mon1:6789, mon2:99999"}, Field.MONITORS,
     "mon2:99999 is not host, host:port or [IPv6 address]:port."),
    ("rbd", {Field.AUTH_USERNAME: "libvirt"}, Field.AUTH_SECRET, "Choose the secret holding the key of libvirt."),
    ("gluster", {Field.SOURCE_DIR: "vms"}, Field.SOURCE_DIR, "The path must be absolute (start with /)."),
    ("dir", {Field.TARGET_PATH: "/"}, Field.TARGET_PATH, "The path must name something below /."),
])
def test_a_wrong_input_says_why_beside_it_and_holds_the_wizard(qtbot, host, pool_type, values, field, reason):
    wizard = open_wizard(qtbot, host)
    page = to_source(wizard, "wrong", pool_type)
    fill(qtbot, page, values)
    assert shown(page)[field] == reason
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()


def test_rbd_authentication_lists_the_hosts_ceph_secrets_or_says_why_it_cannot(qtbot, host):
    wizard = open_wizard(qtbot, host)
    page = to_source(wizard, "ceph", "rbd")
    qtbot.waitUntil(lambda: "could not be read" in page.secrets_note.text(), timeout=5000)
    assert "virConnectListAllSecrets" in page.secrets_note.text()  # the test driver has no secrets: libvirt says so
    assert page.secret_combo.count() == 1 and page.secret_combo.currentData() == ""
    fill(qtbot, page, VALID["rbd"])
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()  # without a user name, no authentication
    spec = PoolSpec("ceph", "rbd", monitors="mon1:6789", source_name="rbd", auth_username="libvirt",
                    auth_secret="9a6a4bc6-ef1c-4b40-9a0f-6a3d7b9e4c11")
    pool = pool_creation.pool_xml(spec)
    assert validate(pool) == []
    assert (pool.source.auth_type, pool.source.auth_username, pool.source.auth_secret_uuid) == (
        "ceph", "libvirt", "9a6a4bc6-ef1c-4b40-9a0f-6a3d7b9e4c11")


# -- the XML -----------------------------------------------------------------------------------------------------------
def test_the_xml_of_every_type_is_accepted_by_libvirts_schema(qtbot, host):
    wizard = open_wizard(qtbot, host)
    made = {}
    for variant, values in VALID.items():
        page = to_source(wizard, f"pool-{variant.replace('/', '-')}", variant.split("/")[0])
        fill(qtbot, page, values)
        assert not any(shown(page).values()), (variant, shown(page))
        summary = to_summary(qtbot, wizard)
        xml = summary.xml_text.toPlainText()
        assert summary.schema_label.text() == "libvirt's schema accepts this XML.", (variant, xml)
        assert validate(xml) == [], variant
        assert wizard.button(wizard.WizardButton.FinishButton).isEnabled()
        made[variant] = xmlconf.load(xml)
        wizard.back()
    assert made["dir"].target_path == "/srv/pools/new" and not made["dir"].source.exists()
    iscsi = made["iscsi"].source
    assert (iscsi.hosts[0].name, iscsi.hosts[0].port) == ("192.0.2.10", 3260)
    assert iscsi.devices[0].path == IQN_TARGET and iscsi.initiator_iqn == IQN_CLIENT
    assert made["iscsi-direct"].target_path is None
    assert [d.path for d in made["logical"].source.devices] == ["/dev/sdb", "/dev/sdc"]
    assert made["logical"].target_path == "/dev/vg0"
    assert [(h.name, h.port) for h in made["rbd"].source.hosts] == [
        ("mon1.example.com", 6789), ("2001:db8::1", 3300), ("192.0.2.5", None)]
    assert dict(made["scsi/fc_host"].node.find("source/adapter").attrib) == {
        "type": "fc_host", "parent": "scsi_host3", "wwnn": "20000000c9831b4b", "wwpn": "10000000c9831b4b"}
    assert dict(made["scsi"].node.find("source/adapter").attrib) == {"type": "scsi_host", "name": "host0"}
    assert made["netfs/cifs"].source.dir_path == "images" and made["netfs/cifs"].source.format_type == "cifs"
    assert made["gluster"].source.dir_path == "/vms" and made["gluster"].source.name == "gv0"
    assert made["vstorage"].target_path == "/mnt/vstorage"


# -- finding sources -----------------------------------------------------------------------------------------------
def test_find_lists_the_hosts_sources_and_fills_in_the_chosen_one(qtbot, host):
    wizard = open_wizard(qtbot, host)
    page = to_source(wizard, "vg", "logical")
    page.find_button.click()
    qtbot.waitUntil(lambda: page.sources_list.count() == 2, timeout=5000)
    assert page.find_status.text() == "Found 2: choose one to fill in its details."
    assert [page.sources_list.item(r).text() for r in range(2)] == ["testvg1 on /dev/sda20", "testvg2 on /dev/sda21"]
    page.sources_list.setCurrentRow(1)
    assert page.edits[Field.SOURCE_NAME].text() == "testvg2" and page.edits[Field.DEVICES].text() == "/dev/sda21"
    assert page.edits[Field.TARGET_PATH].text() == "/dev/testvg2"

    wizard.back()
    wizard.type_page.select_type("netfs")
    wizard.next()
    assert page.sources_list.count() == 0 and not page.find_button.isEnabled()  # it needs the server first
    page.edits[Field.HOST].setText("nfs.example.com")
    assert page.find_button.isEnabled()
    page.find_button.click()
    qtbot.waitUntil(lambda: page.sources_list.count() == 1, timeout=5000)
    page.sources_list.setCurrentRow(0)
    assert page.edits[Field.SOURCE_DIR].text() == "/testshare" and page.format_combo.currentData() == "nfs"

    wizard.back()
    wizard.type_page.select_type("iscsi")
    wizard.next()
    page.edits[Field.HOST].setText("192.0.2.10")
    page.find_button.click()
    qtbot.waitUntil(lambda: "could not look for sources" in page.find_status.text(), timeout=5000)
    assert "does not support source discovery" in page.find_status.text()  # libvirt's words
    assert page.find_status.styleSheet() == "color: #b00020" and page.find_button.isEnabled()


# -- finishing -----------------------------------------------------------------------------------------------------
def test_finish_defines_builds_starts_and_autostarts_a_dir_pool(qtbot, host):
    wizard = open_wizard(qtbot, host)
    page = to_source(wizard, "fresh", "dir")
    fill(qtbot, page, {Field.TARGET_PATH: "/srv/fresh"})
    summary = to_summary(qtbot, wizard)
    assert summary.build_check.text() == "Build the pool's storage (creates the directory /srv/fresh)"
    assert summary.build_check.isChecked()  # building a directory pool only makes its directory
    assert not summary.autostart_check.isChecked()
    summary.autostart_check.setChecked(True)
    with qtbot.waitSignal(wizard.created, timeout=10000) as signal:
        wizard.button(wizard.WizardButton.FinishButton).click()
    assert signal.args == ["fresh"]
    pool = next(p for p in host.catalogue.pools.values() if p.name == "fresh")  # listed before `created`
    assert pool.active and pool.autostart and pool.persistent
    assert not wizard.isVisible() and wizard.result() == QDialog.DialogCode.Accepted


def test_building_formats_only_when_ticked_and_names_the_devices(qtbot, host):
    wizard = open_wizard(qtbot, host)
    fill(qtbot, to_source(wizard, "vg", "logical"), {Field.SOURCE_NAME: "vg1", Field.DEVICES: "/dev/sdb /dev/sdc"})
    summary = to_summary(qtbot, wizard)
    assert summary.build_check.text() == ("Build the pool's storage (formats /dev/sdb, /dev/sdc as LVM physical "
                                          "volumes of a new volume group vg1; everything on them is lost)")
    assert summary.build_check.isEnabled() and not summary.build_check.isChecked()
    summary.build_check.setChecked(True)
    wizard.back()
    fill(qtbot, wizard.source_page, {Field.DEVICES: ""})
    summary = to_summary(qtbot, wizard)
    assert not summary.build_check.isEnabled() and not summary.build_check.isChecked()
    assert summary.build_note.text() == "Name the devices to build a volume group on."
    assert not summary.build_asked()
    fill(qtbot, to_source(wizard, "whole-disk", "disk"), {Field.DEVICES: "/dev/sdd"})
    summary = to_summary(qtbot, wizard)
    assert summary.build_check.text() == ("Build the pool's storage (formats /dev/sdd: writes a new partition table "
                                          "on it; everything on it is lost)")
    assert not summary.build_check.isChecked()
    fill(qtbot, to_source(wizard, "mounted", "fs"), {Field.DEVICES: "/dev/sdb1", Field.FORMAT: "xfs"})
    summary = to_summary(qtbot, wizard)
    assert "formats /dev/sdb1 as xfs if it holds no file system" in summary.build_check.text()
    assert not summary.build_check.isChecked()
    fill(qtbot, to_source(wizard, "san", "iscsi"), VALID["iscsi"])
    assert not to_summary(qtbot, wizard).build_check.isVisibleTo(wizard)  # nothing of an iSCSI target is built


def test_a_refused_define_keeps_the_wizard_open_with_libvirts_error(qtbot, host):
    wizard = open_wizard(qtbot, host)
    fill(qtbot, to_source(wizard, "twin", "dir"), {Field.TARGET_PATH: "/var/lib/libvirt/images"})
    summary = to_summary(qtbot, wizard)
    wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: "not created" in summary.status_label.text(), timeout=10000)
    assert "Storage source conflict with pool: 'default'" in summary.status_label.text()
    assert "libvirt error code" in summary.status_label.text()
    assert wizard.keep_question is None and wizard.isVisible() and not defined(qtbot, host, "twin")
    assert wizard.button(wizard.WizardButton.FinishButton).isEnabled()
    assert wizard.type_page.name_edit.text() == "twin"


def fail_after_define(qtbot, wizard: AddPoolWizard) -> QMessageBox:
    """An fs pool whose build the test driver refuses (it takes no build flags), once it is defined."""
    fill(qtbot, to_source(wizard, "fsbuild", "fs"), {Field.DEVICES: "/dev/sdb1", Field.FORMAT: "ext4"})
    summary = to_summary(qtbot, wizard)
    assert not summary.build_check.isChecked()
    summary.build_check.setChecked(True)
    wizard.button(wizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.keep_question is not None, timeout=10000)
    return wizard.keep_question


def test_a_failure_after_the_define_removes_the_new_pool_by_default(qtbot, host):
    wizard = open_wizard(qtbot, host)
    question = fail_after_define(qtbot, wizard)
    assert defined(qtbot, host, "fsbuild")
    assert "The pool fsbuild was defined, but its storage could not be built" in question.text()
    assert "unsupported flags (0x4) in function testStoragePoolBuild" in question.text()
    assert question.defaultButton() is question.remove_button and question.escapeButton() is question.remove_button
    assert "unsupported flags" in wizard.summary_page.status_label.text() and wizard.isVisible()
    question.remove_button.click()
    summary = wizard.summary_page
    qtbot.waitUntil(lambda: "was removed again" in summary.status_label.text(), timeout=10000)
    assert "unsupported flags" in summary.status_label.text()  # the reason stays in view
    assert not defined(qtbot, host, "fsbuild")
    qtbot.waitUntil(lambda: "fsbuild" not in {p.name for p in host.catalogue.pools.values()}, timeout=5000)
    assert wizard.isVisible() and wizard.currentPage() is summary
    assert wizard.source_page.edits[Field.DEVICES].text() == "/dev/sdb1"  # everything typed is still there
    summary.build_check.setChecked(False)
    with qtbot.waitSignal(wizard.created, timeout=10000):
        wizard.button(wizard.WizardButton.FinishButton).click()
    assert next(p for p in host.catalogue.pools.values() if p.name == "fsbuild").active


def test_a_failure_after_the_define_can_keep_the_new_pool(qtbot, host):
    wizard = open_wizard(qtbot, host)
    question = fail_after_define(qtbot, wizard)
    with qtbot.waitSignal(wizard.created, timeout=10000) as signal:
        question.keep_button.click()
    assert signal.args == ["fsbuild"] and not wizard.isVisible()
    assert defined(qtbot, host, "fsbuild")
    qtbot.waitUntil(lambda: "fsbuild" in {p.name for p in host.catalogue.pools.values()}, timeout=5000)
    assert not next(p for p in host.catalogue.pools.values() if p.name == "fsbuild").active
