"""A StatusNotifierItem tray, as KDE Plasma's panel or GNOME's AppIndicator extension offers one, on a private
session bus: a small StatusNotifierWatcher with its host (a child process of the rig, jeepney only).

Where a desktop has no XEmbed tray, Qt's QSystemTrayIcon speaks the StatusNotifierItem D-Bus protocol: it finds a
watcher owning org.kde.StatusNotifierWatcher with a host registered (IsStatusNotifierHostRegistered), exports its
item at /StatusNotifierItem under a name org.kde.StatusNotifierItem-PID-N, its menu over com.canonical.dbusmenu
at the item's Menu path, and calls RegisterStatusNotifierItem. The watcher (``serve``, run as
``python -m rig.status_notifier_host ADDRESS``) records the item, emits StatusNotifierItemRegistered and forgets
the item when its owner leaves the bus (StatusNotifierItemUnregistered).

The same tests run against a real panel's watcher and host too: LXQt's panel (``StatusNotifierHost(display)``),
which shows the items' icons along the bottom of the rig's Xvfb.

The test is the host's eyes and hands: ``StatusNotifierHost.items()`` lists what registered,
``StatusNotifierHost.item(id)`` is a ``StatusNotifierItem`` to read (``.properties()``, ``.menu()``) and use
(``.activate()``, ``.about_to_show(id)``, ``.click(id)``) as a panel does.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jeepney import (
    DBusAddress,
    HeaderFields,
    MatchRule,
    Message,
    MessageType,
    Properties,
    message_bus,
    new_error,
    new_method_call,
    new_method_return,
    new_signal,
)
from jeepney.io.blocking import DBusConnection, open_dbus_connection

from rig import apt, procs
from rig.keyring import SessionBus

WATCHER_NAME = "org.kde.StatusNotifierWatcher"
WATCHER_PATH = "/StatusNotifierWatcher"
WATCHER_INTERFACE = "org.kde.StatusNotifierWatcher"
ITEM_INTERFACE = "org.kde.StatusNotifierItem"
ITEM_PATH = "/StatusNotifierItem"
MENU_INTERFACE = "com.canonical.dbusmenu"
PROPERTIES_INTERFACE = "org.freedesktop.DBus.Properties"
CALL_TIMEOUT_S = 20.0
PACKAGES = ("dbus-daemon",)
LXQT_PACKAGES = ("lxqt-panel",)

_INTROSPECTION = f"""<!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd">
<node>
  <interface name="{WATCHER_INTERFACE}">
    <method name="RegisterStatusNotifierItem"><arg name="service" type="s" direction="in"/></method>
    <method name="RegisterStatusNotifierHost"><arg name="service" type="s" direction="in"/></method>
    <property name="RegisteredStatusNotifierItems" type="as" access="read"/>
    <property name="IsStatusNotifierHostRegistered" type="b" access="read"/>
    <property name="ProtocolVersion" type="i" access="read"/>
    <signal name="StatusNotifierItemRegistered"><arg type="s"/></signal>
    <signal name="StatusNotifierItemUnregistered"><arg type="s"/></signal>
    <signal name="StatusNotifierHostRegistered"/>
    <signal name="StatusNotifierHostUnregistered"/>
  </interface>
  <interface name="{PROPERTIES_INTERFACE}">
    <method name="Get"><arg type="s" direction="in"/><arg type="s" direction="in"/>
      <arg type="v" direction="out"/></method>
    <method name="GetAll"><arg type="s" direction="in"/><arg type="a{{sv}}" direction="out"/></method>
  </interface>
  <interface name="org.freedesktop.DBus.Introspectable">
    <method name="Introspect"><arg type="s" direction="out"/></method>
  </interface>
</node>
"""


class _Watcher:
    """The watcher's state and its answers to the bus; ``hosts`` and ``items`` hold each entry's bus name."""

    def __init__(self, connection: DBusConnection, host_name: str) -> None:
        self.connection = connection
        self.emitter = DBusAddress(WATCHER_PATH, interface=WATCHER_INTERFACE)
        self.hosts: dict[str, str] = {host_name: host_name}
        self.items: dict[str, str] = {}  # item id ("service/path") -> the unique name of its owner

    def properties(self) -> dict[str, tuple[str, Any]]:
        return {"RegisteredStatusNotifierItems": ("as", list(self.items)),
                "IsStatusNotifierHostRegistered": ("b", bool(self.hosts)),
                "ProtocolVersion": ("i", 0)}

    def answer(self, call: Message) -> Message:
        fields = call.header.fields
        interface, member = fields.get(HeaderFields.interface), fields.get(HeaderFields.member)
        sender = str(fields.get(HeaderFields.sender, ""))
        if fields.get(HeaderFields.path) != WATCHER_PATH:
            return new_error(call, "org.freedesktop.DBus.Error.UnknownObject", "s", ("no such object",))
        if member == "Introspect":
            return new_method_return(call, "s", (_INTROSPECTION,))
        if member == "Ping":
            return new_method_return(call)
        if interface == PROPERTIES_INTERFACE and member in ("Get", "GetAll"):
            if call.body[0] != WATCHER_INTERFACE:
                return new_error(call, "org.freedesktop.DBus.Error.UnknownInterface", "s", (call.body[0],))
            properties = self.properties()
            if member == "GetAll":
                return new_method_return(call, "a{sv}", (properties,))
            if call.body[1] not in properties:
                return new_error(call, "org.freedesktop.DBus.Error.UnknownProperty", "s", (call.body[1],))
            return new_method_return(call, "v", (properties[call.body[1]],))
        if member == "RegisterStatusNotifierItem":
            return self._register_item(call, str(call.body[0]), sender)
        if member == "RegisterStatusNotifierHost":
            self.hosts[str(call.body[0])] = sender
            self.connection.send(new_signal(self.emitter, "StatusNotifierHostRegistered"))
            return new_method_return(call)
        return new_error(call, "org.freedesktop.DBus.Error.UnknownMethod", "s", (f"{interface}.{member}",))

    def _register_item(self, call: Message, service: str, sender: str) -> Message:
        # as KDE's watcher: a path names an object of the caller, a bus name its /StatusNotifierItem
        item = f"{sender}{service}" if service.startswith("/") else f"{service}{ITEM_PATH}"
        self.items[item] = sender
        self.connection.send(new_signal(self.emitter, "StatusNotifierItemRegistered", "s", (item,)))
        return new_method_return(call)

    def forget(self, name: str) -> None:
        """A client left the bus: its items and hosts go."""
        for item, owner in list(self.items.items()):
            if owner == name or item.startswith(f"{name}/"):
                del self.items[item]
                self.connection.send(new_signal(self.emitter, "StatusNotifierItemUnregistered", "s", (item,)))
        for host, owner in list(self.hosts.items()):
            if name in (host, owner):
                del self.hosts[host]
                self.connection.send(new_signal(self.emitter, "StatusNotifierHostUnregistered"))


def serve(address: str) -> None:
    """Owns the watcher's name and a host's name on the bus at ``address`` and answers until killed."""
    connection = open_dbus_connection(bus=address)
    bus = message_bus
    host_name = f"org.kde.StatusNotifierHost-{os.getpid()}"
    leaves = MatchRule(type="signal", sender="org.freedesktop.DBus", interface="org.freedesktop.DBus",
                       member="NameOwnerChanged")
    connection.send_and_get_reply(bus.AddMatch(leaves), timeout=CALL_TIMEOUT_S)
    for name in (host_name, WATCHER_NAME):  # the host first: a watcher on the bus answers for a host
        reply = connection.send_and_get_reply(bus.RequestName(name, 4), timeout=CALL_TIMEOUT_S)  # 4: no queue
        if reply.body[0] != 1:
            raise SystemExit(f"could not own {name} (RequestName answered {reply.body[0]})")
    watcher = _Watcher(connection, host_name)
    print(f"serving {WATCHER_NAME} with host {host_name}", flush=True)
    while True:
        message = connection.receive()
        kind = message.header.message_type
        if kind is MessageType.method_call:
            fields = message.header.fields
            print(f"{fields.get(HeaderFields.sender)}: {fields.get(HeaderFields.interface)}."
                  f"{fields.get(HeaderFields.member)}{tuple(message.body)}", flush=True)  # the log a failure shows
            reply = watcher.answer(message)
            if not message.header.flags & 1:  # NO_REPLY_EXPECTED
                connection.send(reply)
        elif kind is MessageType.signal and message.header.fields.get(HeaderFields.member) == "NameOwnerChanged":
            name, _old, new = message.body
            if not new:
                watcher.forget(name)


@dataclass
class MenuEntry:
    """One entry of a dbusmenu layout: its id, properties (label, enabled, visible, children-display, ...) and
    the entries below it."""

    id: int
    properties: dict[str, Any]
    children: list[MenuEntry] = field(default_factory=list)

    @property
    def label(self) -> str:
        """The text shown: dbusmenu marks the mnemonic with "_" and writes a "_" as "__"."""
        return "_".join(part.replace("_", "") for part in str(self.properties.get("label", "")).split("__"))

    @property
    def enabled(self) -> bool:
        return bool(self.properties.get("enabled", True))

    @property
    def visible(self) -> bool:
        return bool(self.properties.get("visible", True))

    @property
    def is_separator(self) -> bool:
        return self.properties.get("type") == "separator"

    def shown(self) -> list[MenuEntry]:
        """The visible entries below this one."""
        return [child for child in self.children if child.visible]

    def walk(self) -> Iterator[MenuEntry]:
        yield self
        for child in self.children:
            yield from child.walk()

    def find(self, label: str) -> MenuEntry:
        """The visible entry with the given label (without its mnemonic), anywhere below."""
        found = [entry for entry in self.walk() if entry.visible and entry.label == label]
        if len(found) != 1:
            raise LookupError(f"{len(found)} entries labelled {label!r} in:\n{self.outline()}")
        return found[0]

    def outline(self, depth: int = 0) -> str:
        """The visible tree as indented text, for failure messages."""
        lines = [] if depth == 0 else ["  " * (depth - 1) + ("---" if self.is_separator else self.label)]
        lines += [child.outline(depth + 1) for child in self.shown()]
        return "\n".join(line for line in lines if line)


def _entry(layout: tuple[int, dict[str, tuple[str, Any]], list[tuple[str, Any]]]) -> MenuEntry:
    entry_id, properties, children = layout
    return MenuEntry(entry_id, {name: value for name, (_signature, value) in properties.items()},
                     [_entry(child) for _signature, child in children])


class StatusNotifierItem:
    """A registered item, seen and used as a host does: ``.service`` (its bus name), ``.path``."""

    def __init__(self, address: str, item_id: str) -> None:
        self.address_of_bus = address
        self.service, slash, path = item_id.partition("/")
        self.path = slash + path
        self.item = DBusAddress(self.path, bus_name=self.service, interface=ITEM_INTERFACE)

    def _call(self, message: Message) -> tuple[Any, ...]:
        with open_dbus_connection(bus=self.address_of_bus) as connection:
            reply = connection.send_and_get_reply(message, timeout=CALL_TIMEOUT_S)
        if reply.header.message_type is MessageType.error:
            raise RuntimeError(f"{reply.header.fields.get(HeaderFields.error_name)}: {reply.body}")
        return tuple(reply.body)

    def properties(self) -> dict[str, Any]:
        """Every org.kde.StatusNotifierItem property, by name (variants unwrapped)."""
        found = self._call(Properties(self.item).get_all())[0]
        return {name: value for name, (_signature, value) in found.items()}

    def activate(self) -> None:
        """A left click on the icon in the panel."""
        self._call(new_method_call(self.item, "Activate", "ii", (0, 0)))

    def _menu(self) -> DBusAddress:
        return DBusAddress(str(self.properties()["Menu"]), bus_name=self.service, interface=MENU_INTERFACE)

    def menu(self) -> MenuEntry:
        """The whole menu tree (GetLayout of the root, every level, every property)."""
        _revision, layout = self._call(new_method_call(self._menu(), "GetLayout", "iias", (0, -1, [])))
        return _entry(layout)

    def about_to_show(self, entry_id: int) -> None:
        """What a host tells before it opens the menu (0) or a submenu."""
        self._call(new_method_call(self._menu(), "AboutToShow", "i", (entry_id,)))

    def click(self, entry_id: int) -> None:
        """The user chose the entry."""
        self._call(new_method_call(self._menu(), "Event", "isvu", (entry_id, "clicked", ("i", 0), 0)))


LXQT_PANEL_CONF = """panels=panel1

[panel1]
plugins=statusnotifier
position=Bottom
alignment=-1
width=100
width-percent=true
panelSize=32
iconSize=22

[statusnotifier]
alignment=Left
type=statusnotifier
"""


class StatusNotifierHost:
    """The watcher with its host on a session bus of the rig: ``.environment`` points a process at the bus,
    ``.start()`` starts the watcher (the desktop's panel; the bus at the first start), ``.stop()`` ends it (the
    panel ends, the bus stays), ``.close()`` ends both. ``.items()``, ``.item(id)``, ``.registrations()``.

    With ``panel_display``, the watcher and host are a real desktop panel's instead: LXQt's, whose status notifier
    plugin is its own StatusNotifierWatcher and shows the items' icons, on that X display along its bottom edge."""

    def __init__(self, panel_display: str | None = None) -> None:
        apt.ensure(*PACKAGES, *(LXQT_PACKAGES if panel_display else ()))
        self.panel_display = panel_display
        self.bus: SessionBus | None = None
        self._service: procs.Service | None = None

    @property
    def address(self) -> str:
        assert self.bus is not None, "the bus is not started"
        return self.bus.address

    @property
    def environment(self) -> dict[str, str]:
        return {"DBUS_SESSION_BUS_ADDRESS": self.address}

    @property
    def pid(self) -> int:
        assert self._service is not None
        return self._service.pid

    def start(self) -> None:
        """Starts the watcher and returns once it owns its name on the bus."""
        if self.bus is None:
            self.bus = SessionBus("dbus-status-notifier")
        if self.panel_display is None:
            tests_dir = Path(__file__).resolve().parents[1]
            self._service = procs.start("status-notifier-host",
                                        [sys.executable, "-m", "rig.status_notifier_host", self.address],
                                        env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}, cwd=tests_dir)
        else:
            config = self.bus.dir / "panel-config"
            (config / "lxqt").mkdir(parents=True, exist_ok=True)
            (config / "lxqt" / "panel.conf").write_text(LXQT_PANEL_CONF)
            self._service = procs.start("lxqt-panel", ["lxqt-panel"], env={
                "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "DISPLAY": self.panel_display, "QT_QPA_PLATFORM": "xcb",
                "XDG_CONFIG_HOME": str(config), "XDG_RUNTIME_DIR": str(self.bus.dir), **self.environment})
        procs.wait_until(lambda: self.bus is not None and self.bus.has_owner(WATCHER_NAME)
                         and bool(self.watcher_property("IsStatusNotifierHostRegistered")),
                         f"{self._service.name} to own {WATCHER_NAME} with a host", self._service)

    def watcher_property(self, name: str) -> Any:
        watcher = DBusAddress(WATCHER_PATH, bus_name=WATCHER_NAME, interface=WATCHER_INTERFACE)
        with open_dbus_connection(bus=self.address) as connection:
            reply = connection.send_and_get_reply(Properties(watcher).get(name), timeout=CALL_TIMEOUT_S)
        return reply.body[0][1]

    def items(self) -> list[str]:
        """The ids ("service/path") of the items registered with the watcher now."""
        return list(self.watcher_property("RegisteredStatusNotifierItems"))

    def item(self, item_id: str) -> StatusNotifierItem:
        return StatusNotifierItem(self.address, item_id)

    def owner_pid(self, item_id: str) -> int:
        """The process that owns the item's bus name."""
        with open_dbus_connection(bus=self.address) as connection:
            reply = connection.send_and_get_reply(
                message_bus.GetConnectionUnixProcessID(item_id.partition("/")[0]), timeout=CALL_TIMEOUT_S)
        return int(reply.body[0])

    def registrations(self) -> _Registrations:
        """Listens for StatusNotifierItemRegistered from now on (a context manager)."""
        return _Registrations(self.address)

    def log(self) -> str:
        return self._service.output() if self._service is not None else ""

    def stop(self) -> None:
        if self._service is not None:
            self._service.stop()
            self._service = None

    def close(self) -> None:
        self.stop()
        if self.bus is not None:
            self.bus.stop()
            self.bus = None


class _Registrations:
    """The watcher's StatusNotifierItemRegistered signals, as a host receives them."""

    def __init__(self, address: str) -> None:
        self.address = address

    def __enter__(self) -> _Registrations:
        self.connection = open_dbus_connection(bus=self.address)
        self.rule = MatchRule(type="signal", interface=WATCHER_INTERFACE, member="StatusNotifierItemRegistered",
                              path=WATCHER_PATH)
        self.connection.send_and_get_reply(message_bus.AddMatch(self.rule), timeout=CALL_TIMEOUT_S)
        self._filter = self.connection.filter(self.rule)
        self.queue = self._filter.__enter__()
        return self

    def next(self, timeout: float) -> str | None:
        """The id the next signal names, or None if none comes within ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        try:
            message = self.connection.recv_until_filtered(self.queue, timeout=max(0.0, deadline - time.monotonic()))
        except TimeoutError:
            return None
        return str(message.body[0])

    def __exit__(self, *exc: object) -> None:
        self._filter.__exit__(*exc)
        self.connection.close()


if __name__ == "__main__":
    serve(sys.argv[1])
