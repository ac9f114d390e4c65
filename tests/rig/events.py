"""The libvirt event loop the tests share with the application (registered once, before any connection)."""

from virtdesk.model.events import ensure_event_loop

__all__ = ["ensure_event_loop"]
