"""Network plans built into XML: what the checks accept builds (the wizard's fields are fuzzed in
tests/gui/test_fuzz_host_wizards.py; the cases it found are kept here)."""

from __future__ import annotations

import pytest

from virtdesk.model.network_creation import (
    HostNetworks,
    NetworkKind,
    NetworkPlan,
    PortgroupPlan,
    build_network,
    problems,
)

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("vlan", ["0\x1f", " 7 ", "\x1c4095"])
def test_a_port_group_vlan_the_checks_accept_builds(vlan):
    plan = NetworkPlan(name="ovs", kind=NetworkKind.OVS, bridge="br0", portgroups=[PortgroupPlan("web", vlan)])
    assert not problems(plan, HostNetworks()).get("portgroups")
    (group,) = build_network(plan).portgroups
    assert group.vlan_tag_id == int(vlan.strip())


def test_a_forwarder_with_an_ipv6_zone_is_refused():
    plan = NetworkPlan(name="nat", forwarders="192.0.2.1 fe80::1%eth0")
    assert problems(plan, HostNetworks())["forwarders"] == "fe80::1%eth0 is not an IP address"
    assert "forwarders" not in problems(NetworkPlan(name="nat", forwarders="192.0.2.1, 2001:db8::1"), HostNetworks())
