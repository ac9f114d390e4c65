"""Where a VM's display opens: embedded in virtdesk, or in the external viewer (Preferences → Consoles). The
windows read the user's preferences through here, given once at start-up."""

from __future__ import annotations

from virtdesk.model.preferences import Preferences

_preferences: list[Preferences] = []


def use(preferences: Preferences) -> None:
    _preferences[:] = [preferences]


def external_first() -> bool:
    """Whether a console opens the external viewer before connecting a display of its own."""
    return bool(_preferences) and _preferences[0].console_external
