"""Reading and writing a disk image's guest-visible data with qemu-io (the image's owner may be a running QEMU:
reads share it, -U)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from xml.sax.saxutils import escape


def qemu_io(image: Path, command: str, *, read_only: bool = False) -> str:
    flags = ["-r", "-U"] if read_only else []
    done = subprocess.run(["qemu-io", *flags, "-c", command, str(image)], capture_output=True, text=True,
                          check=True, timeout=60)
    return done.stdout + done.stderr


def holds(image: Path, pattern: int, length: str = "1M") -> bool:
    """Whether the image's guest-visible data starts with length bytes of pattern."""
    output = qemu_io(image, f"read -P {pattern:#x} 0 {length}", read_only=True)
    return "Pattern verification failed" not in output and "read " in output


def create(image: Path, size: str = "64M", fmt: str = "qcow2", pattern: int | None = None,
           length: str = "1M") -> Path:
    """A new image (starting with length bytes of pattern, when given)."""
    subprocess.run(["qemu-img", "create", "-q", "-f", fmt, str(image), size], check=True, timeout=30)
    if pattern is not None:
        qemu_io(image, f"write -P {pattern:#x} 0 {length}")
    return image


def disk_xml(image: Path, target: str = "vda", fmt: str = "qcow2", extra: str = "") -> str:
    """A virtio <disk> on the image file (extra: attributes of <disk>, e.g. snapshot='no')."""
    return (f"<disk type='file' device='disk' {extra}><driver name='qemu' type='{fmt}'/>"
            f"<source file='{escape(str(image))}'/><target dev='{target}' bus='virtio'/></disk>")


def with_devices(domain_xml: str, *devices: str) -> str:
    """The domain XML with these device elements added."""
    return domain_xml.replace("</devices>", "".join(devices) + "</devices>", 1)
