"""Storage pools on the rig's real session libvirtd: the Add Pool wizard offers the pool types the daemon reports
(the others shown disabled), creates a dir pool whose directory it builds, removes or keeps a pool that was defined
but could not start, shows the daemon's answer to source discovery and lists its Ceph secrets; deleting a pool
removes its directory only when asked; the XML view edits a running pool's persistent definition."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import libvirt
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from rig import guests

from virtdesk import xmlconf
from virtdesk.gui.host_details.add_pool_wizard import AddPoolWizard
from virtdesk.gui.host_details.pool_deletion import ask_to_delete_pool
from virtdesk.gui.host_details.pool_xml_view import PoolXmlView
from virtdesk.model import pool_creation
from virtdesk.model.pool_creation import Field, TypeSupport

pytestmark = pytest.mark.integration


def open_wizard(qtbot, connection) -> AddPoolWizard:
    wizard = AddPoolWizard(connection)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.host_types is not None, timeout=20000)
    return wizard


def to_summary(qtbot, wizard: AddPoolWizard, name: str, target: Path):
    """A dir pool named name in target (typed), up to the summary page."""
    wizard.restart()
    wizard.type_page.name_edit.setText(name)
    assert wizard.type_page.select_type("dir")
    wizard.next()
    edit = wizard.source_page.edits[Field.TARGET_PATH]
    edit.selectAll()
    qtbot.keyClicks(edit, str(target))
    wizard.next()
    page = wizard.summary_page
    qtbot.waitUntil(page.isComplete, timeout=10000)
    return page


def finish(wizard: AddPoolWizard) -> None:
    wizard.button(wizard.WizardButton.FinishButton).click()


def test_the_wizard_offers_the_daemons_types_and_builds_and_starts_a_dir_pool(qtbot, virtdesk_connection,
                                                                            session_conn, session_tmp: Path):
    wizard = open_wizard(qtbot, virtdesk_connection)
    assert wizard.host_types.reported and not wizard.type_page.types_note.isVisibleTo(wizard)
    reported = pool_creation.parse_pool_capabilities(session_conn.getStoragePoolCapabilities(0))
    listed = wizard.type_page.type_list
    items = {listed.item(r).data(Qt.ItemDataRole.UserRole): listed.item(r) for r in range(listed.count())}
    lacking = {t for t, item in items.items() if not item.flags() & Qt.ItemFlag.ItemIsEnabled}
    assert lacking == {t for t in pool_creation.POOL_TYPES if not reported.get(t, TypeSupport(False)).supported}
    assert lacking and "dir" not in lacking  # Debian's daemon lacks some (rbd, gluster, zfs, ...)
    assert all(items[t].text().endswith(": not supported by this host") for t in lacking)

    name, target = guests.unique_name("pool"), session_tmp / "made"
    summary = to_summary(qtbot, wizard, name, target)
    assert summary.schema_label.text() == "libvirt's schema accepts this XML."
    assert summary.build_check.isChecked()
    assert summary.build_check.text() == f"Build the pool's storage (creates the directory {target})"
    with qtbot.waitSignal(wizard.created, timeout=30000):
        finish(wizard)
    assert target.is_dir()  # built by the daemon
    pool = session_conn.storagePoolLookupByName(name)
    assert pool.isActive() and pool.isPersistent() and not pool.autostart()
    assert xmlconf.load(pool.XMLDesc(0)).target_path == str(target)


def test_a_pool_that_does_not_start_is_removed_by_default_or_kept(qtbot, virtdesk_connection, session_conn,
                                                                 session_tmp: Path):
    wizard = open_wizard(qtbot, virtdesk_connection)
    name, missing = guests.unique_name("nostart"), session_tmp / "not-there"
    summary = to_summary(qtbot, wizard, name, missing)
    summary.build_check.setChecked(False)
    finish(wizard)
    qtbot.waitUntil(lambda: wizard.keep_question is not None, timeout=30000)
    question = wizard.keep_question
    assert f"The pool {name} was defined, but it could not be started" in question.text()
    assert str(missing) in question.text() and "libvirt error code" in question.text()
    assert question.defaultButton() is question.remove_button
    session_conn.storagePoolLookupByName(name)  # defined, while the question waits
    question.remove_button.click()
    qtbot.waitUntil(lambda: "was removed again" in summary.status_label.text(), timeout=30000)
    with pytest.raises(libvirt.libvirtError):
        session_conn.storagePoolLookupByName(name)
    assert not missing.exists() and wizard.isVisible()

    finish(wizard)
    qtbot.waitUntil(lambda: wizard.keep_question is not None, timeout=30000)
    with qtbot.waitSignal(wizard.created, timeout=30000):
        wizard.keep_question.keep_button.click()
    pool = session_conn.storagePoolLookupByName(name)
    assert pool.isPersistent() and not pool.isActive()


@pytest.mark.parametrize(("pool_type", "request_xml"), [
    ("netfs", "<source><host name='127.0.0.1'/><format type='nfs'/></source>"),
    ("logical", None),
])
def test_find_shows_what_the_daemon_answers(qtbot, virtdesk_connection, session_conn, pool_type, request_xml):
    try:
        expected = pool_creation.parse_sources(pool_type, session_conn.findStoragePoolSources(
            pool_type, request_xml, 0))
        refusal = ""
    except libvirt.libvirtError as exc:  # no NFS server on the rig, no LVM tools: the daemon says so
        expected, refusal = [], exc.get_error_message()
    wizard = open_wizard(qtbot, virtdesk_connection)
    wizard.type_page.name_edit.setText(guests.unique_name("find"))
    assert wizard.type_page.select_type(pool_type)
    wizard.next()
    page = wizard.source_page
    if pool_type == "netfs":
        page.edits[Field.HOST].setText("127.0.0.1")
    page.find_button.click()
    qtbot.waitUntil(lambda: page.find_button.isEnabled(), timeout=30000)
    if refusal:
        assert refusal in page.find_status.text() and "libvirt error code" in page.find_status.text()
        assert page.sources_list.count() == 0
    else:
        assert [page.sources_list.item(r).text() for r in range(page.sources_list.count())] == [
            s.label for s in expected]


def test_the_hosts_ceph_secrets_are_offered_for_rbd(qtbot, virtdesk_connection, session_conn):
    ceph = session_conn.secretDefineXML("<secret ephemeral='no' private='yes'><usage type='ceph'>"
                                        f"<name>{guests.unique_name('client.libvirt')}</name></usage></secret>")
    other = session_conn.secretDefineXML("<secret ephemeral='no' private='yes'><usage type='volume'>"
                                         f"<volume>/srv/{guests.unique_name('disk')}.qcow2</volume></usage></secret>")
    try:
        wizard = open_wizard(qtbot, virtdesk_connection)
        # The rig's libvirtd is built without rbd; offering it anyway shows the secrets this real daemon holds.
        host_types = wizard.host_types
        wizard.type_page.show_types(dataclasses.replace(host_types, types={**host_types.types,
                                                                           "rbd": TypeSupport(True)}))
        wizard.type_page.name_edit.setText(guests.unique_name("ceph"))
        assert wizard.type_page.select_type("rbd")
        wizard.next()
        page = wizard.source_page
        qtbot.waitUntil(lambda: page.secret_combo.count() > 1, timeout=20000)
        offered = [page.secret_combo.itemData(i) for i in range(1, page.secret_combo.count())]
        assert ceph.UUIDString() in offered and other.UUIDString() not in offered
        assert ceph.usageID() in page.secret_combo.itemText(offered.index(ceph.UUIDString()) + 1)
        page.edits[Field.MONITORS].setText("mon1.example.com:6789")
        page.edits[Field.SOURCE_NAME].setText("rbd")
        page.edits[Field.AUTH_USERNAME].setText("libvirt")
        assert page.errors[Field.AUTH_SECRET].text() == "Choose the secret holding the key of libvirt."
        page.secret_combo.setCurrentIndex(offered.index(ceph.UUIDString()) + 1)
        assert not page.errors[Field.AUTH_SECRET].isVisibleTo(page)
        source = pool_creation.pool_xml(wizard.spec()).source
        assert (source.auth_username, source.auth_secret_uuid) == ("libvirt", ceph.UUIDString())
    finally:
        ceph.undefine()
        other.undefine()


def delete_when_asked(qtbot, parent: QWidget, connection, name: str, tick: bool):
    """ask_to_delete_pool on the named pool, answered Delete (with "also delete the storage" ticked or not)."""
    pool = next(p for p in connection.catalogue.pools.values() if p.name == name)
    started: list = []
    dialog = ask_to_delete_pool(parent, connection, pool, started.append)
    assert not dialog.storage_check.isChecked()
    if tick:
        dialog.storage_check.click()
    dialog.delete_button.click()
    assert len(started) == 1
    task = started[0]
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    return task


def test_deleting_a_pool_removes_its_directory_only_when_asked(qtbot, virtdesk_connection, session_conn,
                                                              session_tmp: Path):
    names = {}
    for key in ("with", "without", "full"):
        names[key] = guests.unique_name(f"del{key}")
        pool = session_conn.storagePoolDefineXML(xmlconf.build_pool(names[key], "dir",
                                                                    str(session_tmp / key)).to_xml())
        pool.build(0)
        pool.create(0)
    full = session_conn.storagePoolLookupByName(names["full"])
    full.createXML(xmlconf.build_volume("kept.raw", 1024 * 1024, "raw").to_xml(), 0)
    full.destroy()  # stopped: its volumes are not known, and libvirt decides
    qtbot.waitUntil(lambda: set(names.values()) <= {p.name for p in virtdesk_connection.catalogue.pools.values()},
                    timeout=20000)
    parent = QWidget()
    qtbot.addWidget(parent)

    assert delete_when_asked(qtbot, parent, virtdesk_connection, names["with"], tick=True).error is None
    assert not (session_tmp / "with").exists()
    assert delete_when_asked(qtbot, parent, virtdesk_connection, names["without"], tick=False).error is None
    assert (session_tmp / "without").is_dir()  # kept: only the definition went
    for key in ("with", "without"):
        with pytest.raises(libvirt.libvirtError):
            session_conn.storagePoolLookupByName(names[key])

    failed = delete_when_asked(qtbot, parent, virtdesk_connection, names["full"], tick=True)
    assert isinstance(failed.error, libvirt.libvirtError)
    assert "Directory not empty" in failed.error.get_error_message()  # libvirt's refusal, as it gave it
    assert (session_tmp / "full" / "kept.raw").is_file()
    assert session_conn.storagePoolLookupByName(names["full"]).isPersistent()  # still defined


def test_the_xml_view_changes_a_running_pools_definition(qtbot, virtdesk_connection, session_conn,
                                                         session_tmp: Path):
    name, first, second = guests.unique_name("xml"), session_tmp / "first", session_tmp / "second"
    pool = session_conn.storagePoolDefineXML(xmlconf.build_pool(name, "dir", str(first)).to_xml())
    pool.build(0)
    pool.create(0)
    qtbot.waitUntil(lambda: any(p.name == name and p.active for p in virtdesk_connection.catalogue.pools.values()),
                    timeout=20000)
    view = PoolXmlView(virtdesk_connection)
    qtbot.addWidget(view)
    view.show()
    view.show_pool(next(p for p in virtdesk_connection.catalogue.pools.values() if p.name == name))
    qtbot.waitUntil(lambda: str(first) in view.editor.text(), timeout=20000)
    view.editor.edit.setPlainText(view.editor.text().replace(str(first), str(second)))
    with qtbot.waitSignal(view.applied, timeout=20000):
        view.apply_button.click()
    qtbot.waitUntil(lambda: str(second) in view.editor.text() and not view.editor.is_edited(), timeout=20000)
    assert view.note.text() == ("Applied: the running pool uses the new definition once it is stopped and started "
                                "again.")
    assert xmlconf.load(pool.XMLDesc(libvirt.VIR_STORAGE_XML_INACTIVE)).target_path == str(second)
    assert xmlconf.load(pool.XMLDesc(0)).target_path == str(first)  # running as it was started

    view.editor.edit.setPlainText(view.editor.text().replace("<target>", "<target><nonsense/>"))
    view.apply_button.click()
    qtbot.waitUntil(lambda: view.editor.message.text().startswith("Not applied: "), timeout=20000)
    assert "<nonsense/>" in view.editor.text()  # kept for the user to correct
    with pytest.raises(libvirt.libvirtError) as refused:
        session_conn.storagePoolDefineXML(view.editor.text(), libvirt.VIR_STORAGE_POOL_DEFINE_VALIDATE)
    assert refused.value.get_error_message() in view.editor.message.text()  # libvirt's words, verbatim
