"""Display passwords: which saved device's password each edited device keeps, and the reads of the test driver
(which, like the daemon, leaves passwd out unless asked with VIR_DOMAIN_XML_SECURE)."""

from __future__ import annotations

import libvirt
import pytest
from testhosts import write_host

from virtdesk import xmlconf
from virtdesk.model import domain_config, domain_live, graphics_passwords
from virtdesk.model.domain_config import PasswordChange

pytestmark = pytest.mark.unit


def domain(*graphics: str) -> str:
    return ("<domain type='test'><name>vm</name><memory>65536</memory><os><type>hvm</type></os><devices>"
            + "".join(graphics) + "</devices></domain>")


def vnc(password: str | None = None, extra: str = "") -> str:
    return f"<graphics type='vnc' autoport='yes'{f' passwd={password!r}' if password else ''}{extra}/>"


def spice(password: str | None = None) -> str:
    return f"<graphics type='spice' autoport='yes'{f' passwd={password!r}' if password else ''}/>"


def passwords(xml: str) -> list[tuple[str | None, str | None]]:
    return [(g.type, g.passwd) for g in xmlconf.load(xml).devices.graphics]


SAVED = domain(vnc("v-pw"), spice("s-pw"))


def test_each_device_keeps_its_own_password():
    edited = domain(vnc(extra=" keymap='de'"), spice())
    assert passwords(graphics_passwords.with_passwords(edited, SAVED, {})) == [("vnc", "v-pw"), ("spice", "s-pw")]


def test_removing_a_device_gives_its_password_to_no_other():
    assert passwords(graphics_passwords.with_passwords(domain(spice()), SAVED, {})) == [("spice", "s-pw")]
    assert passwords(graphics_passwords.with_passwords(domain(vnc()), SAVED, {})) == [("vnc", "v-pw")]


def test_a_new_device_gets_no_saved_password():
    saved = domain(vnc("v-pw"))
    assert passwords(graphics_passwords.with_passwords(domain(vnc(), spice()), saved, {})) == [
        ("vnc", "v-pw"), ("spice", None)]
    assert passwords(graphics_passwords.with_passwords(domain(spice(), vnc()), saved, {})) == [
        ("spice", None), ("vnc", "v-pw")]


def test_a_device_whose_type_changed_keeps_the_password_at_its_place():
    saved = domain(vnc("v-pw"))
    assert passwords(graphics_passwords.with_passwords(domain(spice()), saved, {})) == [("spice", "v-pw")]


def test_a_password_in_the_edited_xml_and_the_changes_win():
    edited = domain(vnc("typed-in-xml"), spice())
    assert passwords(graphics_passwords.with_passwords(edited, SAVED, {1: "new"})) == [
        ("vnc", "typed-in-xml"), ("spice", "new")]
    assert passwords(graphics_passwords.with_passwords(domain(vnc(), spice()), SAVED, {0: None})) == [
        ("vnc", None), ("spice", "s-pw")]


def test_nothing_to_carry_leaves_the_xml_as_it_was():
    edited = domain(vnc(), spice())
    assert graphics_passwords.with_passwords(edited, domain(vnc(), spice()), {}) is edited


def test_password_changes_keep_the_password_out_of_their_repr():
    running = xmlconf.Graphics(xmlconf.parse("<graphics type='vnc' port='5900'/>"))
    change = domain_live.change_display_password("Change the display password", 0, "do-not-print", running)
    assert isinstance(change, PasswordChange) and "do-not-print" not in repr(change)
    assert "Change the display password" in repr(change)


@pytest.fixture
def dom(tmp_path):
    vm = ("<domain type='test'><name>vm</name><memory>65536</memory><os><type>hvm</type></os><devices>"
          "<graphics type='vnc' autoport='yes' passwd='v-pw'/><graphics type='spice' autoport='yes'/>"
          "</devices></domain>")
    conn = libvirt.open(write_host(tmp_path, vm))
    yield conn.lookupByName("vm")
    conn.close()


def test_the_test_driver_leaves_passwords_out_unless_asked(dom):
    assert "v-pw" not in dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)
    assert "v-pw" in dom.XMLDesc(graphics_passwords.SECURE_INACTIVE)


def test_reads_on_the_worker(dom):
    inactive = dom.XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE)
    assert graphics_passwords.protected(dom, inactive) == frozenset({0})
    assert graphics_passwords.read_password(dom.connect(), dom.UUIDString(), 0) == "v-pw"
    assert graphics_passwords.read_password(dom.connect(), dom.UUIDString(), 1) is None
    kept = graphics_passwords.keep_passwords(dom, inactive.replace("<name>vm</name>", "<name>vm</name>"
                                                                   "<title>t</title>"), {1: "s-pw"})
    dom.connect().defineXML(kept)
    assert passwords(dom.XMLDesc(graphics_passwords.SECURE_INACTIVE)) == [("vnc", "v-pw"), ("spice", "s-pw")]


def test_a_read_only_connection_reads_the_configuration_without_passwords(dom):
    """libvirt refuses VIR_DOMAIN_XML_SECURE on a read-only connection: the configuration is read all the same,
    with no password known (the display's prompt or the keyring gives it)."""
    read_only = libvirt.openReadOnly(dom.connect().getURI())  # the same host file, loaded anew
    try:
        seen = read_only.lookupByName("vm")
        with pytest.raises(libvirt.libvirtError) as refused:
            seen.XMLDesc(graphics_passwords.SECURE_INACTIVE)
        assert refused.value.get_error_code() == libvirt.VIR_ERR_OPERATION_DENIED
        fetched = domain_config._fetch(read_only, seen.UUIDString(), True)
        assert fetched.protected is None and fetched.parsed is not None
        assert passwords(fetched.text) == [("vnc", None), ("spice", None)]
    finally:
        read_only.close()
