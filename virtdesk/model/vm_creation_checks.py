"""The New VM wizard's checks of what the user types (names, sizes, addresses, programs, memory and CPUs), each
giving the reason the user reads beside the field ('' when the value can be used)."""

from __future__ import annotations

import re
import shlex
import unicodedata
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from virtdesk.model.pool_creation import CONTROL

GIB = 1024 ** 3
NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]*$")
NAME_MAX = 64
NETWORK_SCHEMES = ("http", "https", "ftp")
URL_BREAKERS = re.compile(r"[\s\x00-\x1f\x7f]")  # no address holds them; the kernel command line splits at spaces
KERNEL_COMMAND_LINE_MAX = 2047  # bytes: x86's COMMAND_LINE_SIZE (2048) less the terminating zero byte


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


def name_problem(name: str, taken: set[str]) -> str:
    """Why name cannot name a new VM ('' when it can)."""
    if not name:
        return _tr("Enter a name for the VM.")
    if len(name) > NAME_MAX:
        return _tr("The name is longer than {limit} characters.").format(limit=NAME_MAX)
    if not NAME_PATTERN.match(name):
        return _tr("Use letters, digits, '.', '_', '+' and '-' only, starting with a letter or digit.")
    if name in taken:
        return _tr("A VM named “{name}” already exists on this host.").format(name=name)
    return ""


def volume_name_problem(name: str, taken: set[str]) -> str:
    if not name:
        return _tr("Enter a name for the disk image.")
    if "/" in name or name.strip(" \t\n\r") in (".", ".."):
        return _tr("A disk image name cannot contain '/'.")
    if CONTROL.search(name):
        return _tr("A disk image name cannot contain control characters (such as a tab or a line break).")
    if name in taken:
        return _tr("The pool already holds a volume named “{name}”.").format(name=name)
    return ""


def command_problem(command: str) -> str:
    """Why command cannot start an application container ('' when it can)."""
    try:
        words = shlex.split(command)
    except ValueError:
        return _tr("A quotation mark is not closed.")
    if not words:
        return _tr("Enter the program to run.")
    if not words[0].startswith("/"):
        return _tr("Give the program's full path inside the container, e.g. /bin/sh.")
    return ""


def url_problem(url: str, *, required: bool = True) -> str:
    """Why url is not an install tree or kickstart address ('' when it is one)."""
    if not url:
        return _tr("Enter the address of the install tree.") if required else ""
    try:
        parts = urlsplit(url)  # which drops leading control characters: they are refused here, with spaces
    except ValueError:  # an unclosed [IPv6 address]
        parts = None
    if parts is None or parts.scheme not in NETWORK_SCHEMES or not parts.netloc or URL_BREAKERS.search(url):
        return _tr("Enter an http://, https:// or ftp:// address.")
    return ""


def kernel_args_problem(args: str, command_line: str) -> str:
    """Why args cannot be added to an installer's kernel command line ('' when they can); command_line is the whole
    line with them."""
    if any(unicodedata.category(c) in ("Cc", "Cs") or c in "\ufffe\uffff" for c in args):
        return _tr("Kernel arguments cannot contain control characters (such as a tab or a line break).")
    if args.count('"') % 2:
        return _tr("A quotation mark is not closed.")
    length = len(command_line.encode())
    if length > KERNEL_COMMAND_LINE_MAX:
        return _tr("The kernel command line would be {length} bytes long; the kernel takes at most {limit}.").format(
            length=length, limit=KERNEL_COMMAND_LINE_MAX)
    return ""


def size_problem(capacity_bytes: int, available_bytes: int | None, fmt: str) -> str:
    """Why a new disk of that size does not fit ('' when it does): a raw image takes its full size at once;
    qcow2 grows, so only a warning-free check that the pool is not already full."""
    if capacity_bytes <= 0:
        return _tr("The disk needs a size above zero.")
    if available_bytes is not None and fmt == "raw" and capacity_bytes > available_bytes:
        return _tr("The pool has only {free} free.").format(free=f"{available_bytes / GIB:.1f} GiB")
    return ""


def resource_problems(memory_mib: int, vcpus: int, host_memory_mib: int | None, host_cpus: int | None,
                      max_vcpus: int | None) -> tuple[str, str]:
    """(memory problem, vCPU problem), '' each where the value fits the host."""
    memory = ""
    if memory_mib < 64:
        memory = _tr("A VM needs at least 64 MiB.")
    elif host_memory_mib is not None and memory_mib > host_memory_mib:
        memory = _tr("The host has only {memory} MiB.").format(memory=host_memory_mib)
    cpus = ""
    limit = min(n for n in (host_cpus, max_vcpus) if n) if (host_cpus or max_vcpus) else None
    if vcpus < 1:
        cpus = _tr("A VM needs at least one vCPU.")
    elif limit is not None and vcpus > limit:
        cpus = _tr("At most {count} vCPUs on this host.").format(count=limit)
    return memory, cpus
