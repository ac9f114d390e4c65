"""The rig's system-mode libvirtd starts NAT and isolated virtual networks inside its own namespaces."""

from __future__ import annotations

import os
from pathlib import Path

import libvirt
import pytest
from rig.system_daemon import SystemDaemon

pytestmark = pytest.mark.integration


def _network_xml(name: str, forward: str, subnet: int) -> str:
    return f"""<network>
  <name>{name}</name>
  {forward}
  <bridge name='vdrig{subnet}'/>
  <ip address='10.213.{subnet}.1' netmask='255.255.255.0'>
    <dhcp><range start='10.213.{subnet}.10' end='10.213.{subnet}.50'/></dhcp>
  </ip>
</network>"""


def test_daemon_lives_in_the_rigs_namespaces(system_daemon: SystemDaemon) -> None:
    daemon = Path(f"/proc/{system_daemon.pid}")
    for kind in ("mnt", "net"):
        assert os.readlink(daemon / "ns" / kind) != os.readlink(f"/proc/self/ns/{kind}")
    assert (daemon / "root/run/libvirt/libvirt-sock").samefile(system_daemon.socket_path)


@pytest.mark.parametrize(("forward", "subnet"), [("", 1), ("<forward mode='nat'/>", 2)], ids=["isolated", "nat"])
def test_virtual_network_starts_and_stops(system_daemon: SystemDaemon, forward: str, subnet: int) -> None:
    conn = libvirt.open(system_daemon.uri)
    name = f"rig-net-{subnet}"
    network = conn.networkDefineXML(_network_xml(name, forward, subnet))
    try:
        network.create()
        assert network.isActive()
        assert network.bridgeName() == f"vdrig{subnet}"
        assert f"vdrig{subnet}" not in Path("/proc/net/dev").read_text(), "the bridge leaked into the host namespace"
        network.destroy()
        assert not network.isActive()
    finally:
        if network.isActive():
            network.destroy()
        network.undefine()
        conn.close()
