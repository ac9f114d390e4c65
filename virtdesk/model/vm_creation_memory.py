"""The New VM wizard's last choices per connection (install method, OS, pool, network), kept in the settings."""

from __future__ import annotations

from virtdesk.model.preferences import settings

KEYS = ("method", "os", "pool", "network")


def _group(uri: str) -> str:
    return "new-vm/" + uri.replace("/", "|")


def last_choices(uri: str) -> dict[str, str]:
    """What was chosen last time on the connection with this URI (only the keys that were saved)."""
    s = settings()
    s.beginGroup(_group(uri))
    try:
        return {key: str(value) for key in KEYS if (value := s.value(key)) not in (None, "")}
    finally:
        s.endGroup()


def remember_choices(uri: str, choices: dict[str, str | None]) -> None:
    s = settings()
    s.beginGroup(_group(uri))
    for key in KEYS:
        value = choices.get(key)
        if value:
            s.setValue(key, value)
    s.endGroup()
    s.sync()
