"""Test-driver hosts written by the tests themselves: small node XML files with chosen domains."""

from __future__ import annotations

import uuid as uuidlib
from pathlib import Path
from xml.sax.saxutils import escape

RUNNING, PAUSED, SHUTOFF, CRASHED = 1, 3, 5, 6


def domain_xml(name: str, state: int = SHUTOFF, *, title: str = "", description: str = "",
               memory_mib: int = 1024, vcpus: int = 2, uuid: str | None = None, transient: bool = False) -> str:
    extra = f"<test:runstate>{state}</test:runstate>" + ("<test:transient/>" if transient else "")
    return (
        f"<domain type='test'><name>{escape(name)}</name><uuid>{uuid or uuidlib.uuid4()}</uuid>"
        + (f"<title>{escape(title)}</title>" if title else "")
        + (f"<description>{escape(description)}</description>" if description else "")
        + f"<memory unit='MiB'>{memory_mib}</memory><vcpu>{vcpus}</vcpu>"
        "<os><type arch='x86_64'>hvm</type></os><devices/>" + extra + "</domain>"
    )


def write_host(directory: Path, *domains: str, name: str = "host.xml", auth: str = "") -> str:
    """Writes a node XML holding the given domain XML snippets; returns its test:/// URI."""
    path = Path(directory) / name
    path.write_text(
        "<node xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>"
        "<cpu><nodes>1</nodes><sockets>1</sockets><cores>4</cores><threads>1</threads><active>4</active>"
        "<mhz>2000</mhz><model>x86_64</model></cpu><memory>16777216</memory>"
        + auth + "".join(domains)
        + "<network><name>default</name><bridge name='virbr0'/><forward mode='nat'/>"
        "<ip address='192.168.122.1' netmask='255.255.255.0'/></network>"
        "<pool type='dir'><name>default</name><target><path>/var/lib/libvirt/images</path></target>"
        "<volume type='file'><name>disk1.qcow2</name><capacity unit='GiB'>10</capacity></volume></pool>"
        "</node>",
        encoding="utf-8",
    )
    return "test://" + str(path.resolve())
