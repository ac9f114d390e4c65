"""The live changes the model builds for the pages: each makes the one libvirt call it names, on the running VM
only (VIR_DOMAIN_AFFECT_LIVE)."""

from __future__ import annotations

from typing import Any

import libvirt
import pytest

from virtdesk import xmlconf
from virtdesk.model import domain_live
from virtdesk.model.domain_config import LiveChange, PasswordChange

pytestmark = pytest.mark.unit

LIVE = libvirt.VIR_DOMAIN_AFFECT_LIVE


class RecordingDomain:
    """Stands in for a virDomain: records each method called and its arguments."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def __getattr__(self, name: str) -> Any:
        return lambda *args: self.calls.append((name, args))


def made(change: LiveChange) -> list[tuple[str, tuple[Any, ...]]]:
    dom = RecordingDomain()
    assert change.run is not None
    change.run(dom)
    return dom.calls


def test_memory_cpus_and_metadata():
    assert made(domain_live.set_memory("m", 524288)) == [("setMemoryFlags", (524288, LIVE))]
    assert made(domain_live.set_vcpus("v", 3)) == [("setVcpusFlags", (3, LIVE))]
    assert made(domain_live.pin_vcpu("p", 1, {0, 2}, 4)) == [("pinVcpuFlags", (1, (True, False, True, False), LIVE))]
    assert made(domain_live.pin_emulator("e", set(), 3)) == [("pinEmulator", ((True, True, True), LIVE))]
    assert made(domain_live.set_cpu_shares("s", 2048)) == [("setSchedulerParametersFlags",
                                                            ({"cpu_shares": 2048}, LIVE))]
    assert made(domain_live.set_title("t", None)) == [
        ("setMetadata", (libvirt.VIR_DOMAIN_METADATA_TITLE, "", None, None, LIVE))]
    assert made(domain_live.set_description("d", "notes")) == [
        ("setMetadata", (libvirt.VIR_DOMAIN_METADATA_DESCRIPTION, "notes", None, None, LIVE))]
    assert made(domain_live.set_balloon_period("b", 5)) == [("setMemoryStatsPeriod", (5, LIVE))]


def test_autostart_is_made_on_a_stopped_vm_too():
    change = domain_live.set_autostart("a", True)
    assert not change.only_when_running and made(change) == [("setAutostart", (1,))]


def test_device_updates_and_hotplug_send_the_device_xml():
    disk = xmlconf.Disk(xmlconf.parse("<disk type='file' device='cdrom'><target dev='sda' bus='sata'/></disk>"))
    nic = xmlconf.Interface(xmlconf.parse("<interface type='user'><mac address='52:54:00:00:00:01'/>"
                                          "<link state='down'/></interface>"))
    assert made(domain_live.change_media("c", disk)) == [("updateDeviceFlags", (disk.to_xml(), LIVE))]
    assert made(domain_live.change_interface("n", nic)) == [("updateDeviceFlags", (nic.to_xml(), LIVE))]
    assert made(domain_live.attach_device("a", nic)) == [("attachDeviceFlags", (nic.to_xml(), LIVE))]
    assert made(domain_live.detach_device("d", disk)) == [("detachDeviceFlags", (disk.to_xml(), LIVE))]


def test_a_display_password_is_saved_and_set_on_the_running_display():
    running = xmlconf.Graphics(xmlconf.parse("<graphics type='vnc' port='5900' autoport='yes'/>"))
    change = domain_live.change_display_password("p", 1, "new-pw", running)
    assert isinstance(change, PasswordChange) and (change.index, change.password) == (1, "new-pw")
    [(method, (xml, flags))] = made(change)
    assert method == "updateDeviceFlags" and flags == LIVE and xmlconf.Graphics(xmlconf.parse(xml)).passwd == "new-pw"
    assert running.passwd is None  # the page's copy of the running device is left as it was
    waiting = domain_live.change_display_password("p", 0, None, None)
    assert waiting.run is None and (waiting.index, waiting.password) == (0, None)
