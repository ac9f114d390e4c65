"""virtdesk: a desktop manager for libvirt virtual machines."""

import os

# libvirt's event loop (virtdesk.model.events) runs GLib's default main context on its own thread. Qt's GLib
# event dispatcher would take that context for the GUI thread and starve libvirt's thread (no keepalive
# answers, no console data while the GUI thread is busy), so Qt uses its own dispatcher.
os.environ.setdefault("QT_NO_GLIB", "1")
