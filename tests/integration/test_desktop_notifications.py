"""Desktop notifications reach a real notification server (dunst on the rig's Xvfb, on its own session bus) where
there is no system tray: title and body exactly (Japanese and markup characters too), urgency, the sender."""

from __future__ import annotations

import os

import pytest

from virtdesk.gui.notifications import Notification, send_to_desktop

pytestmark = pytest.mark.integration


@pytest.fixture
def desktop(notification_server, monkeypatch):
    for name, value in notification_server.environment.items():
        monkeypatch.setenv(name, value)
    return notification_server


def test_notifications_reach_the_desktops_server_exactly(desktop, xvfb, tmp_path):
    body = "web on 開発ホスト stopped: <b>&amp; 'quoted'"  # a VM's name is any text, never markup
    send_to_desktop(Notification("web crashed", body, urgent=True), "1")
    send_to_desktop(Notification("Cloning web as web-2", "Finished on host."), "2")
    xvfb.screenshot(tmp_path / "notifications.png")
    told = desktop.history()
    assert [(n["summary"], n["appname"]) for n in told] == [("Cloning web as web-2", "virtdesk"),
                                                            ("web crashed", "virtdesk")]
    # dunst reads markup: the body arrives escaped, so it shows as written
    assert told[1]["body"] == "web on 開発ホスト stopped: &lt;b&gt;&amp;amp; 'quoted'"
    # the desktop's own time for each urgency (dunst: 10 s normal, critical until closed)
    assert (told[0]["timeout"], told[1]["timeout"]) == (10_000_000, 0)
    assert "Unable to parse markup" not in desktop.log()


def test_without_a_server_or_a_bus_the_reason_is_an_os_error(monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    with pytest.raises(OSError):
        send_to_desktop(Notification("t", "b"), "3")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path=/nonexistent/{os.getpid()}")
    with pytest.raises(OSError):
        send_to_desktop(Notification("t", "b"), "4")
