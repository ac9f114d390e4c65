"""Connection URIs: built from the Add Connection form's parts, and named as the manager shows them."""

from __future__ import annotations

import pytest

from virtdesk import demo
from virtdesk.model.uri import build_uri, describe_uri, hypervisors, is_local_uri, session_uri, transport, transports

pytestmark = pytest.mark.unit

HYPERVISORS = {hypervisor.key: hypervisor for hypervisor in hypervisors()}


@pytest.mark.parametrize(("uri", "label"), [
    ("qemu:///system", "QEMU/KVM"),
    ("qemu:///session", "QEMU/KVM user session"),
    ("qemu+ssh://root@vmhost/system", "QEMU/KVM: vmhost"),
    ("qemu+tls://vmhost/system", "QEMU/KVM: vmhost"),
    ("qemu+libssh://me@vmhost:2222/session", "QEMU/KVM user session: vmhost"),
    ("qemu+unix:///system?socket=/run/x/libvirt-sock", "QEMU/KVM"),
    ("qemu+ext:///system?command=/usr/local/bin/jump-tunnel", "QEMU/KVM: jump-tunnel"),
    ("xen:///system", "Xen"),
    ("lxc+tcp://box/system", "LXC: box"),
    ("bhyve:///system", "bhyve"),
    ("ch:///system", "Cloud Hypervisor"),
    ("vbox:///session", "VirtualBox user session"),
    ("esx://esx1.example.com/?no_verify=1", "VMware ESX: esx1.example.com"),
    ("test:///default", "Test"),
    ("test:///srv/hosts/lab-1.xml", "Test: lab-1.xml"),
    ("test+unix:///srv/hosts/lab-2.xml?socket=/run/x/libvirt-sock", "Test: lab-2.xml"),
    ("demo", "Demo host"),
])
def test_describe_uri(uri: str, label: str) -> None:
    assert describe_uri(uri) == label


def test_the_demo_host_file_is_the_demo_host() -> None:
    assert describe_uri(demo.demo_uri()) == "Demo host"


@pytest.mark.parametrize(("key", "uri"), [
    ("qemu-system", "qemu:///system"), ("qemu-session", "qemu:///session"), ("xen", "xen:///system"),
    ("lxc", "lxc:///system"), ("openvz", "openvz:///system"), ("bhyve", "bhyve:///system"),
    ("vbox", "vbox:///session"), ("ch", "ch:///system"), ("test", "test:///default"),
])
def test_local_uri_of_each_hypervisor(key: str, uri: str) -> None:
    assert build_uri(HYPERVISORS[key]) == uri
    assert build_uri(HYPERVISORS[key], via=transport("local")) == uri
    assert is_local_uri(uri)


@pytest.mark.parametrize(("via", "uri"), [
    ("ssh", "qemu+ssh://root@vm.example.com:2222/system?keyfile=/home/me/.ssh/id_ed25519"),
    ("system-ssh", "qemu+ssh://root@vm.example.com:2222/system?keyfile=/home/me/.ssh/id_ed25519"),
    ("libssh", "qemu+libssh://root@vm.example.com:2222/system?keyfile=/home/me/.ssh/id_ed25519"),
    ("libssh2", "qemu+libssh2://root@vm.example.com:2222/system?keyfile=/home/me/.ssh/id_ed25519"),
    ("tls", "qemu+tls://vm.example.com:2222/system"),  # no user, no key file: TLS authenticates by certificate
    ("tcp", "qemu+tcp://vm.example.com:2222/system"),
])
def test_remote_uri_of_each_transport(via: str, uri: str) -> None:
    built = build_uri(HYPERVISORS["qemu-system"], "vm.example.com", "root", 2222, via=transport(via),
                      keyfile="/home/me/.ssh/id_ed25519")
    assert built == uri
    assert not is_local_uri(built)


def test_without_a_transport_a_host_means_ssh() -> None:
    assert build_uri(HYPERVISORS["lxc"], "box", "admin") == "lxc+ssh://admin@box/system"


def test_an_ipv6_host_is_bracketed() -> None:
    assert build_uri(HYPERVISORS["qemu-system"], "fe80::1", via=transport("tls"), port=16514) == \
        "qemu+tls://[fe80::1]:16514/system"


def test_a_test_driver_file_is_the_path_and_is_quoted() -> None:
    assert build_uri(HYPERVISORS["test"], path="/srv/my hosts/lab.xml") == "test:///srv/my%20hosts/lab.xml"
    assert build_uri(HYPERVISORS["test"], "h", via=transport("ssh"), path="/srv/lab.xml") == \
        "test+ssh://h/srv/lab.xml"


@pytest.mark.parametrize(("uri", "session"), [
    ("qemu:///system", "qemu:///session"),
    ("qemu+ssh://root@h:2222/system?keyfile=/k", "qemu+ssh://root@h:2222/session?keyfile=/k"),
])
def test_session_uri_keeps_everything_but_the_path(uri: str, session: str) -> None:
    assert session_uri(uri) == session


def test_transports_are_distinct_and_only_the_system_ssh_one_asks_for_the_ssh_program() -> None:
    keys = [t.key for t in transports()]
    assert len(set(keys)) == len(keys)
    assert [t.key for t in transports() if t.system_ssh] == ["system-ssh"]
    assert [t.key for t in transports() if not t.remote] == ["local"]
    assert {t.key for t in transports() if not t.reaches_session} == {"tls", "tcp"}
