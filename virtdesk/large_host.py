"""Generated test-driver hosts with thousands of small VMs, for scale tests and benchmarks.

One disk and one NIC per VM, varied but small, so thousands of VMs open quickly.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from html import escape
from pathlib import Path

from virtdesk.demo import CRASHED, PAUSED, PMSUSPENDED, RUNNING, SHUTOFF, node_file_uri

_ROLES = (
    ("Web server", "nginx in front of the shop"),
    ("Database", "PostgreSQL with nightly dumps"),
    ("Cache", "Redis & Memcached <shared>"),
    ("CI runner", "Builds and tests for the main repository"),
    ("Mail relay", ""),
    ("File server", "Samba shares for the office"),
    ("", ""),
    ("Monitoring", "Prometheus, Grafana and Alertmanager"),
)
_MEMORY_MIB = (512, 1024, 2048, 4096, 8192, 16384)
_VCPUS = (1, 1, 2, 2, 4, 8)
_MACHINES = ("pc-q35-7.2", "pc-q35-7.2", "pc-i440fx-7.2")
_NETWORKS = ("default", "isolated-lab")
_POOL_FILL_MIB = 60 * 1024
# How the VMs that are not running divide among the other states: (runstate, has managed save), weight.
_OTHER_STATES = (((SHUTOFF, False), 70), ((PAUSED, False), 12), ((CRASHED, False), 5),
                 ((PMSUSPENDED, False), 5), ((SHUTOFF, True), 8))


def generate_host_xml(n_vms: int, *, running_share: float = 0.5, seed: int = 0) -> str:
    """A test-driver node with VMs vm-00001... of which round(n_vms * running_share) are running."""
    if n_vms < 0 or not 0.0 <= running_share <= 1.0:
        raise ValueError(f"need n_vms >= 0 and 0 <= running_share <= 1, got {n_vms}, {running_share}")
    rng = random.Random(seed)
    running = set(rng.sample(range(n_vms), round(n_vms * running_share)))
    others, weights = zip(*_OTHER_STATES, strict=True)
    states = [(RUNNING, False) if i in running else rng.choices(others, weights)[0] for i in range(n_vms)]
    parts = [
        "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>\n",
        "<cpu><nodes>2</nodes><sockets>1</sockets><cores>16</cores><threads>2</threads>"
        "<active>64</active><mhz>2600</mhz><model>x86_64</model></cpu>\n",
        "<memory>536870912</memory>\n",
    ]
    parts.extend(_generated_domain(i, state, rng) for i, state in enumerate(states, start=1))
    parts.append(
        "<network><name>default</name><forward mode='nat'/><bridge name='virbr0'/>"
        "<ip address='192.168.122.1' netmask='255.255.255.0'>"
        "<dhcp><range start='192.168.122.2' end='192.168.122.254'/></dhcp></ip></network>\n"
        "<network><name>isolated-lab</name><bridge name='virbr1'/>"
        "<ip address='10.10.0.1' netmask='255.255.0.0'/></network>\n"
        "<pool type='dir'><name>default</name><target><path>/var/lib/libvirt/images</path></target>\n"
    )
    parts.extend(_generated_volumes(n_vms))
    parts.append("</pool>\n</node>\n")
    return "".join(parts)


def write_generated_host(directory: Path, n_vms: int, *, running_share: float = 0.5, seed: int = 0) -> str:
    """Write a generated host into directory and return the test:/// URI that opens it."""
    path = Path(directory) / f"generated-{n_vms}-vms.xml"
    path.write_text(generate_host_xml(n_vms, running_share=running_share, seed=seed), encoding="utf-8")
    return node_file_uri(path)


def _generated_domain(index: int, state: tuple[int, bool], rng: random.Random) -> str:
    name = f"vm-{index:05d}"
    title, description = rng.choice(_ROLES)
    memory = rng.choice(_MEMORY_MIB)
    runstate, managed_save = state
    namespaced = f"<test:runstate>{runstate}</test:runstate>"
    if managed_save:
        namespaced += "<test:hasmanagedsave/>"
    return (
        f"<domain type='kvm'><name>{name}</name><uuid>{uuid.UUID(int=rng.getrandbits(128), version=4)}</uuid>"
        + (f"<title>{escape(title, quote=False)} {index}</title>" if title else "")
        + (f"<description>{escape(description, quote=False)}</description>" if description else "")
        + f"<memory unit='MiB'>{memory}</memory><currentMemory unit='MiB'>{memory}</currentMemory>"
        f"<vcpu>{rng.choice(_VCPUS)}</vcpu>"
        f"<os><type arch='x86_64' machine='{rng.choice(_MACHINES)}'>hvm</type></os><devices>"
        f"<disk type='file' device='disk'><driver name='qemu' type='qcow2'/>"
        f"<source file='/var/lib/libvirt/images/{name}.qcow2'/><target dev='vda' bus='virtio'/></disk>"
        f"<interface type='network'><mac address='52:54:00:{index >> 16 & 255:02x}:{index >> 8 & 255:02x}:"
        f"{index & 255:02x}'/><source network='{rng.choice(_NETWORKS)}'/><model type='virtio'/></interface>"
        f"<graphics type='vnc' port='-1' autoport='yes'/></devices>{namespaced}</domain>\n"
    )


def _generated_volumes(n_vms: int) -> Iterator[str]:
    # The test driver gives every pool 100 GiB whatever the XML says, so the volumes share 60 GiB of it.
    for index in range(1, n_vms + 1):
        allocation_mib = _POOL_FILL_MIB * (index % 5 + 1) // (3 * n_vms)
        yield (
            f"<volume type='file'><name>vm-{index:05d}.qcow2</name><capacity unit='GiB'>20</capacity>"
            f"<allocation unit='MiB'>{allocation_mib}</allocation><target><format type='qcow2'/></target>"
            "</volume>\n"
        )
