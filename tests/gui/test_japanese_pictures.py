"""The pictures of the Japanese user guide (docs/guide/ja/): each window the English guide shows, in the same state,
with the program's Japanese translators installed, saved beside the English picture as NAME-ja.png. Each test
checks that the window it pictures speaks Japanese, so a picture with English in it fails here."""

from __future__ import annotations

import pytest
from details_harness import open_details, open_host_details
from gui.test_add_connection_dialog import machine, make_dialog  # noqa: F401 - machine is a fixture
from gui.test_add_hardware import open_wizard as open_add_hardware
from gui.test_details_device_pages import show
from gui.test_host_details import select_pool
from gui.test_host_devices import select as select_device
from gui.test_host_networks import select as select_network
from gui.test_japanese_ui import is_japanese, japanese  # noqa: F401 - japanese is a fixture
from gui.test_jobs_window import HeldWork, ended, start
from gui.test_new_vm_wizard import ALPINE_VOLUME_ID, choose, iso_image, next_page
from gui.test_new_vm_wizard import open_wizard as open_new_vm
from pictures import save_picture
from PySide6.QtWidgets import QTabWidget, QWidget
from testhosts import RUNNING, domain_xml, write_host

from virtdesk.gui.add_hardware.forms.storage import StorageForm
from virtdesk.gui.details.pages.disk import DiskPage
from virtdesk.model.vm_creation_plan import InstallMethod

pytestmark = pytest.mark.gui


def tab_texts(tabs: QTabWidget) -> list[str]:
    return [tabs.tabText(i) for i in range(tabs.count())]


def saved_in_japanese(window: QWidget, name: str, *texts: str) -> None:
    """Checks the window's title and the given texts (of what the picture shows) are Japanese, then saves it."""
    for text in (window.windowTitle(), *texts):
        assert is_japanese(text), f"{name}: {text!r} is not Japanese"
    save_picture(window, f"{name}-ja")


@pytest.mark.usefixtures("japanese")
def test_the_host_details_pictures(qtbot, demo_connection):
    window = open_host_details(qtbot, demo_connection, interval_ms=100)
    qtbot.waitUntil(lambda: len(window.overview.usage.cpu) >= 3, timeout=10000)
    window.resize(980, 680)
    saved_in_japanese(window, "host-details-overview", *tab_texts(window.tabs)[:2])
    window.tabs.setCurrentWidget(window.storage)
    select_pool(qtbot, window, "default")
    saved_in_japanese(window, "host-details-storage", window.storage.volumes_note.text())
    window.tabs.setCurrentWidget(window.networks)
    select_network(qtbot, window.networks, "default")
    window.resize(1100, 700)
    saved_in_japanese(window, "host-details-networks", window.networks.stop_button.text())
    window.tabs.setCurrentWidget(window.devices)
    select_device(qtbot, window.devices, "usb_1_4")
    saved_in_japanese(window, "host-details-devices", window.devices.used_by_label.text())


@pytest.mark.usefixtures("japanese")
def test_the_details_pictures(qtbot, demo_connection):
    window = open_details(qtbot, demo_connection, "win11-desktop")
    window.resize(960, 640)
    show(window, DiskPage, 0)
    qtbot.wait(100)
    saved_in_japanese(window, "details-disk", window.apply_button.text())
    dialog = open_add_hardware(qtbot, window)
    dialog.resize(820, 560)
    dialog.show_form(next(form for form in dialog.forms if isinstance(form, StorageForm)))
    saved_in_japanese(dialog, "add-hardware-storage")


@pytest.mark.usefixtures("japanese")
def test_the_new_vm_pictures(qtbot, demo_connection, tmp_path):
    wizard = open_new_vm(qtbot, demo_connection)
    choose(wizard, InstallMethod.LOCAL_MEDIA)
    saved_in_japanese(wizard, "new-vm-method", wizard.method_page.method_radios[InstallMethod.LOCAL_MEDIA].text())
    next_page(qtbot, wizard)
    source = wizard.source_page
    source.set_source(InstallMethod.LOCAL_MEDIA, str(iso_image(tmp_path / "alpine.iso", ALPINE_VOLUME_ID)))
    qtbot.waitUntil(lambda: source.os.detected is not None, timeout=5000)
    items = [source.os.os_list.item(row) for row in range(source.os.os_list.count())]
    generic = next(item.text() for item in items if item.toolTip() == "generic")
    saved_in_japanese(wizard, "new-vm-source", wizard.currentPage().title(), generic)


@pytest.mark.usefixtures("japanese")
def test_the_add_connection_picture(qtbot, machine):  # noqa: F811 - the fixture imported above
    dialog = make_dialog(qtbot, machine)
    saved_in_japanese(dialog, "add-connection", dialog.name_edit.placeholderText())


@pytest.mark.usefixtures("japanese")
def test_the_jobs_picture(qtbot, fresh_job_history, manager, tmp_path):
    host = manager.connect(write_host(tmp_path, domain_xml("web", RUNNING), domain_xml("db")))
    held = HeldWork()
    try:
        ended(qtbot, host.start_job("仮想マシンを数える", lambda conn, context: context.step(
            f"{len(conn.listAllDomains())} 台")))
        running = start(host, held, "db を削除", "ディスクを削除中", 1, 2)
        qtbot.waitUntil(lambda: running.phase == "ディスクを削除中", timeout=10000)
        manager.window.jobs_action.trigger()
        window = manager.window._jobs_window
        qtbot.waitUntil(lambda: "ディスクを削除中" in window.report_view.toPlainText(), timeout=10000)
        saved_in_japanese(window, "jobs", window.summary_label.text(), window.cancel_button.text())
    finally:
        held.release.set()
