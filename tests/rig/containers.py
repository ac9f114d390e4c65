"""LXC containers on the rig's system libvirtd: the check that one starts on this machine, the XML of an application
container, and a busybox tree that boots as an operating-system container.

The tree's init is busybox's: it keeps a login shell on the console, with the prompt PROMPT of the tree's profile.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

import libvirt

from rig import apt, guests
from rig.errors import Unavailable

PACKAGES = ("busybox-static",)
BUSYBOX = Path("/bin/busybox")
PROMPT = "container# "
INITTAB = "::respawn:-/bin/sh\n"
PROFILE = f"PS1='{PROMPT}'\n"


def application_container_xml(name: str, init: str = "/bin/sh", memory_mib: int = 64) -> str:
    """A container running ``init`` of the host's own root, with its console on a pseudo terminal, no network."""
    return f"""<domain type='lxc'>
  <name>{escape(name)}</name>
  <memory unit='MiB'>{memory_mib}</memory>
  <os><type>exe</type><init>{escape(init)}</init></os>
  <devices><console type='pty'/></devices>
</domain>"""


def check_host(uri: str) -> None:
    """Raises Unavailable, with libvirt's own words, unless the LXC driver at ``uri`` starts a container here."""
    try:
        conn = libvirt.open(uri)
    except libvirt.libvirtError as error:
        raise Unavailable(f"the rig's libvirtd has no LXC driver ({uri}): {error}") from error
    try:
        domain = conn.createXML(application_container_xml(guests.unique_name("probe")), 0)
        with contextlib.suppress(libvirt.libvirtError):
            domain.destroy()
    except libvirt.libvirtError as error:
        raise Unavailable(f"the rig's libvirtd cannot start an LXC container on this machine: {error}") from error
    finally:
        conn.close()


def remove_all(uri: str) -> None:
    """Stops and undefines every container of the driver: its daemon is the rig's, so all of them are the rig's.
    A container's libvirt_lxc process outlives libvirtd, so this runs before the daemon stops."""
    conn = libvirt.open(uri)
    try:
        for domain in conn.listAllDomains():
            guests.remove(domain)
    finally:
        conn.close()


def busybox_tree(root: Path) -> Path:
    """Builds, in the empty folder ``root``, an operating system of busybox alone (every applet linked); returns
    ``root``."""
    apt.ensure(*PACKAGES)
    for sub in ("bin", "sbin", "usr/bin", "usr/sbin", "etc", "proc", "sys", "dev", "run", "tmp", "root"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    shutil.copy2(BUSYBOX, root / "bin/busybox")
    applets = subprocess.run([str(BUSYBOX), "--list-full"], capture_output=True, text=True, check=True).stdout
    for applet in applets.split():
        link = root / applet
        if not link.exists():
            link.symlink_to("/bin/busybox")
    (root / "etc/inittab").write_text(INITTAB)
    (root / "etc/profile").write_text(PROFILE)
    return root
