"""The built-in demo host, a libvirt test-driver node file.

The demo host (resources/demo/host.xml) is what virtdesk opens when no local daemon answers, and what
`--connect demo` names. It needs no libvirt here: a test-driver host is only a file and a
`test:///ABSOLUTE/PATH` URI.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from virtdesk.resources import demo_dir

DEMO_ALIAS = "demo"
DEMO_HOST_FILE = "host.xml"

# virDomainState numbers, as <test:runstate> takes them.
RUNNING, PAUSED, SHUTOFF, CRASHED, PMSUSPENDED = 1, 3, 5, 6, 7


def demo_host_path() -> Path:
    """The demo host's node XML."""
    return demo_dir() / DEMO_HOST_FILE


def demo_uri() -> str:
    return node_file_uri(demo_host_path())


def node_file_uri(node_xml: Path) -> str:
    """The URI that opens a node XML file with libvirt's in-process test driver."""
    return "test://" + str(node_xml.resolve())


def is_demo_uri(uri: str) -> bool:
    """True for the alias and for a test-driver URI of the demo host's file, however it is spelled."""
    if uri.strip() == DEMO_ALIAS:
        return True
    try:
        parts = urlsplit(uri.strip())
    except ValueError:
        return False
    if parts.scheme != "test" or parts.netloc or not parts.path.endswith(".xml"):
        return False
    return Path(parts.path).resolve() == demo_host_path().resolve()


def resolve_uri(text: str) -> str:
    """Map the alias "demo" to the demo host's URI; any other URI passes through unchanged."""
    return demo_uri() if text.strip() == DEMO_ALIAS else text
