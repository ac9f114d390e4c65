"""Names of connections as the manager shows them."""

from __future__ import annotations

import pytest

from virtdesk import demo
from virtdesk.model.uri import describe_uri

pytestmark = pytest.mark.unit


@pytest.mark.parametrize(("uri", "label"), [
    ("qemu:///system", "QEMU/KVM"),
    ("qemu:///session", "QEMU/KVM user session"),
    ("qemu+ssh://root@vmhost/system", "QEMU/KVM: vmhost"),
    ("qemu+unix:///system?socket=/run/x/libvirt-sock", "QEMU/KVM"),
    ("test:///default", "Test"),
    ("test:///srv/hosts/lab-1.xml", "Test: lab-1.xml"),
    ("test+unix:///srv/hosts/lab-2.xml?socket=/run/x/libvirt-sock", "Test: lab-2.xml"),
    ("demo", "Demo host"),
])
def test_describe_uri(uri: str, label: str) -> None:
    assert describe_uri(uri) == label


def test_the_demo_host_file_is_the_demo_host() -> None:
    assert describe_uri(demo.demo_uri()) == "Demo host"
