"""qemu+ssh URIs: their parts, the remote and local URIs they map to and back, and hostile values refused."""

from __future__ import annotations

import pytest

from virtdesk.remote.errors import UnsafeValue, UnsupportedUri
from virtdesk.remote.uri import SshUri

pytestmark = pytest.mark.unit

HOSTILE = ["-oProxyCommand=touch${IFS}/tmp/x", "a;b", "$(id)", "a b", "`id`", "a|b", "a&b", "a\nb", ""]


def test_a_full_uri_splits_into_its_parts_and_maps_to_the_hosts_uri_and_the_local_one() -> None:
    uri = SshUri.parse("qemu+ssh://admin@vm-host.example.org:2222/system?keyfile=/home/me/.ssh/lab")
    assert (uri.driver, uri.user, uri.host, uri.port, uri.path) == ("qemu", "admin", "vm-host.example.org", 2222,
                                                                     "/system")
    assert uri.keyfile == "/home/me/.ssh/lab"
    assert uri.remote_uri == "qemu:///system"
    assert uri.local_uri("/run/user/1000/virtdesk/t/libvirt.sock") == \
        "qemu+unix:///system?socket=/run/user/1000/virtdesk/t/libvirt.sock"
    assert str(uri) == "qemu+ssh://admin@vm-host.example.org:2222/system?keyfile=/home/me/.ssh/lab"


def test_user_port_and_keyfile_are_optional() -> None:
    uri = SshUri.parse("qemu+ssh://host/session")
    assert (uri.user, uri.port, uri.keyfile, uri.remote_uri) == (None, None, None, "qemu:///session")
    assert str(uri) == "qemu+ssh://host/session"


def test_the_parts_map_back_to_the_same_uri() -> None:
    uri = SshUri.for_remote("qemu:///session", "10.0.0.5", user="me", port=2200, keyfile="/k/id")
    assert str(uri) == "qemu+ssh://me@10.0.0.5:2200/session?keyfile=/k/id"
    assert SshUri.parse(str(uri)) == uri


def test_ipv6_hosts_get_brackets_in_the_uri() -> None:
    uri = SshUri.parse("qemu+ssh://me@[fe80::1]:22/system")
    assert uri.host == "fe80::1"
    assert str(uri) == "qemu+ssh://me@[fe80::1]:22/system"


def test_parameters_for_the_remote_daemon_go_into_the_remote_and_local_uris() -> None:
    uri = SshUri.parse("lxc+ssh://h/?foo=bar&no_verify=1")
    assert uri.remote_uri == "lxc:///?foo=bar"
    assert uri.local_uri("/s") == "lxc+unix:///?foo=bar&socket=/s"
    assert ("no_verify", "1") in uri.ignored_parameters
    assert "no_verify=1" in str(uri)


def test_a_name_parameter_replaces_the_remote_uri() -> None:
    assert SshUri.parse("qemu+ssh://h/system?name=qemu:///embed").remote_uri == "qemu:///embed"


@pytest.mark.parametrize("uri", ["qemu:///system", "qemu+tls://h/system", "qemu+ssh:///system", "not a uri:"])
def test_what_is_not_an_ssh_uri_with_a_host_is_refused(uri: str) -> None:
    with pytest.raises(UnsupportedUri):
        SshUri.parse(uri)


@pytest.mark.parametrize("parameter", ["command=/bin/evil", "netcat=/tmp/nc"])
def test_parameters_that_run_a_program_are_refused_naming_it(parameter: str) -> None:
    with pytest.raises(UnsupportedUri, match="/bin/evil|/tmp/nc"):
        SshUri.parse(f"qemu+ssh://h/system?{parameter}")


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_hosts_are_refused(value: str) -> None:
    with pytest.raises(UnsafeValue):
        SshUri(driver="qemu", host=value)


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_users_are_refused(value: str) -> None:
    with pytest.raises(UnsafeValue):
        SshUri(driver="qemu", host="h", user=value)


@pytest.mark.parametrize("uri", ["qemu+ssh://-oProxyCommand=x@h/system", "qemu+ssh://a%3Bb@h/system",
                                 "qemu+ssh://%24(id)@h/system"])
def test_hostile_users_in_uris_are_refused(uri: str) -> None:
    with pytest.raises(UnsafeValue):
        SshUri.parse(uri)


@pytest.mark.parametrize("port", [0, 65536, -1])
def test_ports_outside_the_range_are_refused(port: int) -> None:
    with pytest.raises(UnsafeValue):
        SshUri(driver="qemu", host="h", port=port)


def test_paths_with_control_characters_are_refused_and_others_are_kept_for_quoting() -> None:
    with pytest.raises(UnsafeValue):
        SshUri(driver="qemu", host="h", path="/system\n; id")
    assert SshUri(driver="qemu", host="h", path="/$(id);b").remote_uri == "qemu:///$(id);b"


@pytest.mark.parametrize("driver", ["QEMU", "qemu;id", "", "q-emu"])
def test_odd_driver_names_are_refused(driver: str) -> None:
    with pytest.raises(UnsafeValue):
        SshUri(driver=driver, host="h")


def test_users_with_dots_dashes_and_domains_pass() -> None:
    for user in ("first.last", "svc-virt", "me@REALM", "DOMAIN\\me", "_virt"):
        assert SshUri(driver="qemu", host="h", user=user).user == user
