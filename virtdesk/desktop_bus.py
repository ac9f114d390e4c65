"""The desktop's notification server (org.freedesktop.Notifications) over the session D-Bus, through jeepney:
its Notify takes a uint32, which PySide6's QtDBus cannot send from Python (an int goes out as an int32, and the
server refuses the call). Blocking socket IO: call from a worker.
"""

from __future__ import annotations

import html

from jeepney import DBusAddress, new_method_call
from jeepney.io.blocking import DBusConnection, open_dbus_connection
from jeepney.wrappers import DBusErrorResponse, unwrap_msg

TIMEOUT_S = 5.0
NOTIFICATIONS = DBusAddress("/org/freedesktop/Notifications", bus_name="org.freedesktop.Notifications",
                            interface="org.freedesktop.Notifications")


class CallFailed(OSError):
    """The bus answered the call with an error (`name`: the D-Bus error's name, as
    org.freedesktop.DBus.Error.ServiceUnknown where no server runs)."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}")
        self.name = name


def _call(connection: DBusConnection, method: str, signature: str = "", body: tuple = ()) -> tuple:
    reply = connection.send_and_get_reply(new_method_call(NOTIFICATIONS, method, signature, body), timeout=TIMEOUT_S)
    try:
        return unwrap_msg(reply)
    except DBusErrorResponse as error:
        raise CallFailed(str(error.name), " ".join(str(part) for part in error.data)) from None


def notify(app_name: str, summary: str, body: str, *, urgent: bool, desktop_entry: str) -> int:
    """Shows a notification for as long as the desktop shows one of its urgency; returns the server's id for it.
    The body is plain text (escaped where the server reads markup). OSError where the bus cannot be reached."""
    try:
        connection = open_dbus_connection(bus="SESSION")
    except KeyError:  # jeepney reads DBUS_SESSION_BUS_ADDRESS
        raise OSError("the session has no D-Bus (DBUS_SESSION_BUS_ADDRESS is not set)") from None
    with connection:
        (capabilities,) = _call(connection, "GetCapabilities")
        if "body-markup" in capabilities:
            body = html.escape(body, quote=False)
        hints = {"urgency": ("y", 2 if urgent else 1), "desktop-entry": ("s", desktop_entry)}
        (notification_id,) = _call(connection, "Notify", "susssasa{sv}i",
                                   (app_name, 0, "", summary, body, [], hints, -1))
    return int(notification_id)
