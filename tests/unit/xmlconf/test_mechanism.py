"""The property mechanism's promises, shown on small documents."""

from __future__ import annotations

import pytest

from virtdesk.xmlconf import (
    Channel,
    Disk,
    Domain,
    Graphics,
    Interface,
    Network,
    StorageVolume,
    XMLConfError,
    load,
)
from virtdesk.xmlconf.device import Device
from virtdesk.xmlconf.element import XMLElement

pytestmark = pytest.mark.unit

SMALL = """<domain type='kvm'>
  <name>small</name>
  <memory unit='GiB'>2</memory>
  <!-- keep me -->
  <devices>
    <disk type='file' device='disk'>
      <source file='/a.qcow2'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <interface type='network'>
      <source network='default'/>
    </interface>
    <mystery foo='bar'/>
    <graphics type='vnc'/>
  </devices>
</domain>
"""


def small() -> Domain:
    dom = load(SMALL)
    assert isinstance(dom, Domain)
    return dom


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("<domain>\n  <name>x\n  </memory>", "Line 3, column 12: closing tag 'memory' does not match 'name'"),
        ("<domain><qemu:commandline/></domain>", "Line 1, column 26: namespace prefix 'qemu'"),
        ("<domain><name a=1/></domain>", "Line 1, column 17: an attribute value must be in quotes"),
        ("", "Line 1, column 1: the text is empty or is not XML"),
        ("<domain>", "the text ends before tag 'domain' is closed"),
        ("<a b='1' b='2'/>", "attribute 'b' appears twice"),
        ("<a/><b/>", "there is more text after the end of the document"),
    ],
)
def test_parse_errors_name_line_column_and_reason(text: str, message: str) -> None:
    with pytest.raises(XMLConfError) as info:
        load(text)
    assert str(info.value).startswith("Line ") and message in str(info.value)


def test_entities_are_not_expanded() -> None:
    dom = load('<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><domain><name>&x;</name></domain>')
    assert "root:" not in dom.to_xml()


def test_sizes_read_in_kib_and_write_value_and_unit() -> None:
    dom = small()
    assert dom.memory == 2 * 1024 * 1024
    dom.memory = 1536 * 1024
    assert '<memory unit="KiB">1572864</memory>' in dom.to_xml()
    assert load("<volume><capacity unit='G'>1</capacity></volume>").capacity == 1024**3  # type: ignore[attr-defined]
    assert load("<volume><capacity>1000</capacity></volume>").capacity == 1000  # type: ignore[attr-defined]
    assert load("<domain><memory unit='KB'>3</memory></domain>").memory == 3  # type: ignore[attr-defined]


def test_enum_rejects_bad_values_with_a_clear_message() -> None:
    disk = small().devices.disks[0]
    with pytest.raises(XMLConfError, match=r"Invalid value 'floppy-ish' for Disk.device: expected one of disk"):
        disk.device = "floppy-ish"
    assert disk.device == "disk"


def test_new_elements_go_in_libvirt_order_with_indentation() -> None:
    dom = small()
    dom.uuid = "4dea22b3-1d52-d8f3-2516-782e98ab3fa0"
    dom.devices.disks[0].driver_type = "qcow2"
    text = dom.to_xml()
    assert "  <name>small</name>\n  <uuid>4dea22b3-1d52-d8f3-2516-782e98ab3fa0</uuid>\n  <memory" in text
    assert "<disk type='file' device='disk'>" not in text  # lxml writes double quotes
    assert '    <disk type="file" device="disk">\n      <driver type="qcow2"/>\n      <source' in text


def test_none_removes_the_node_and_the_parent_it_leaves_empty() -> None:
    dom = small()
    disk = dom.devices.disks[0]
    disk.driver_cache = "none"
    disk.driver_cache = None
    assert "<driver" not in dom.to_xml()
    disk.target_bus = None
    assert disk.target_dev == "vda"
    disk.target_dev = None
    assert "<target" not in dom.to_xml()
    assert dom.canonical().count("<devices>") == 1


def test_child_lists_follow_document_order_and_keep_unknown_devices() -> None:
    dom = small()
    nic = Interface.new(type="user")
    dom.devices.interfaces.insert(0, nic)
    assert [i.type for i in dom.devices.interfaces] == ["user", "network"]
    kinds = [type(d) for d in dom.devices]
    assert kinds == [Disk, Interface, Interface, Device, Graphics]
    assert next(d for d in dom.devices if type(d) is Device).tag == "mystery"
    dom.devices.add(Channel.new(type="unix", target_type="virtio", target_name="org.qemu.guest_agent.0"))
    assert dom.devices.channels[0].is_guest_agent()
    dom.devices.interfaces.remove(nic)
    assert "<!-- keep me -->" in dom.to_xml() and '<mystery foo="bar"/>' in dom.to_xml()


def test_removing_devices_keeps_indentation() -> None:
    dom = small()
    dom.devices.graphics[0].remove()
    dom.devices.disks[0].remove()
    text = dom.to_xml()
    assert "  <devices>\n    <interface" in text and '<mystery foo="bar"/>\n  </devices>\n</domain>' in text


def test_device_xml_for_hotplug_copy_and_canonical() -> None:
    dom = small()
    disk = dom.devices.disks[0]
    assert disk.to_xml().startswith('<disk type="file" device="disk">') and disk.to_xml().endswith("</disk>")
    clone = dom.copy()
    assert clone.canonical() == dom.canonical() and clone.node is not dom.node
    clone.devices.disks[0].source_file = "/b.qcow2"
    assert clone.canonical() != dom.canonical() and disk.source_file == "/a.qcow2"
    assert dom.devices.disks[0] == disk and dom.devices.disks[0] != clone.devices.disks[0]
    part = disk.copy()
    assert part.to_xml() == disk.to_xml() and part.node.getparent() is None


def test_child_objects_are_lazy_and_replaceable() -> None:
    dom = small()
    assert not dom.cpu.exists() and dom.cpu.mode is None
    assert "<cpu" not in dom.to_xml()
    dom.cpu.topology_cores = 2
    assert '<cpu>\n    <topology cores="2"/>\n  </cpu>' in dom.to_xml()
    other = load("<domain><cpu mode='host-model'/></domain>")
    dom.cpu = other.cpu.copy()  # type: ignore[attr-defined]
    assert dom.cpu.mode == "host-model" and dom.cpu.topology_cores is None
    dom.cpu = None
    assert "<cpu" not in dom.to_xml()


def test_boot_order_and_os_helpers() -> None:
    dom = small()
    dom.os.set_boot_order(["cdrom", "hd"])
    assert dom.os.boot_order() == ["cdrom", "hd"]
    dom.os.secure_boot = True
    dom.os.secure_boot = None
    assert "<firmware" not in dom.to_xml()


def test_metadata_of_other_apps_is_reachable() -> None:
    dom = load("<domain><metadata><a:x xmlns:a='urn:a'>1</a:x><b:y xmlns:b='urn:b'/></metadata></domain>")
    found = dom.metadata.get("urn:b")  # type: ignore[attr-defined]
    assert found is not None and found.tag == "{urn:b}y"
    assert dom.metadata.get("urn:c") is None  # type: ignore[attr-defined]


def test_other_documents() -> None:
    net = load("<network><name>n</name><ip address='10.0.0.1' prefix='24'/></network>")
    assert isinstance(net, Network)
    net.ipv4.dhcp_ranges.add(start="10.0.0.2", end="10.0.0.9")
    assert net.ips[0].dhcp_ranges[0].end == "10.0.0.9"
    vol = StorageVolume.new(name="v", capacity=5)
    assert '<capacity unit="bytes">5</capacity>' in vol.to_xml()


def test_graphics_listen_address_keeps_the_legacy_attribute_in_step() -> None:
    graphics = load("<graphics type='vnc' listen='0.0.0.0'><listen type='address' address='0.0.0.0'/></graphics>")
    assert isinstance(graphics, XMLElement) and not isinstance(graphics, Graphics)
    vnc = Graphics(graphics.node)
    vnc.set_listen_address("127.0.0.1")
    assert vnc.listen == vnc.listen_address == "127.0.0.1"
    vnc.set_listen_address(None)
    assert vnc.listen is None and vnc.listen_address is None and vnc.listen_type == "address"
