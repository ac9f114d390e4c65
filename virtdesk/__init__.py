"""virtdesk: a desktop manager for libvirt virtual machines."""

import ctypes
import os
import sys

# libvirt's event loop (virtdesk.model.events) runs GLib's default main context on its own thread. Qt's GLib
# event dispatcher would take that context for the GUI thread and starve libvirt's thread (no keepalive
# answers, no console data while the GUI thread is busy), so Qt uses its own dispatcher.
os.environ.setdefault("QT_NO_GLIB", "1")


def _fewer_malloc_arenas() -> None:
    """glibc gives each thread that allocates a malloc arena of its own, which keeps memory freed there; with a few
    worker threads per connection (model/lanes.py) that was 10 MiB more resident. Two arenas serve them well."""
    if sys.platform != "linux":
        return
    try:
        mallopt = ctypes.CDLL("libc.so.6").mallopt
    except (OSError, AttributeError):  # not glibc
        return
    m_arena_max = -8
    mallopt(m_arena_max, 2)


_fewer_malloc_arenas()
