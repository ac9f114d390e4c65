"""Every libvirt call that deletes, wipes, undefines, overwrites or forces off something is found in the code by its
syntax tree (not by a list kept by hand), and each place it is made must have an entry below saying how the user
reaches it: a question the GUI asks first, driven here from the real windows on a test-driver host this test writes
(the question must name what is lost, its default button must keep it, and answering with Return must leave it
there), or why no question is due (stopping, which keeps the definition and the storage; taking back what the same
operation has just created; a test elsewhere that drives it on the rig). A new call site without an entry fails."""

from __future__ import annotations

import ast
import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import libvirt
import pytest
import shiboken6
from details_harness import open_connection, open_details, open_host_details
from gui import (
    test_add_hardware,
    test_delete_vm,
    test_host_devices,
    test_host_networks,
    test_host_volumes,
    test_save_restore,
    test_snapshots,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QWidget,
)
from unit.model import test_snapshots as snapshot_host

from virtdesk.gui.add_hardware.details_buttons import install_hardware_buttons
from virtdesk.gui.delete_vm_dialog import DeleteVmDialog
from virtdesk.model.log import event_log

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "virtdesk"

# libvirt's methods that throw away a VM's running state, a definition or stored data (or write over it): every
# libvirt class's methods of these names, checked against libvirt-python below
DESTRUCTIVE = re.compile(r"(delete|wipe|undefine|destroy|reset)\w*|managedSaveRemove|revertToSnapshot|upload")


def libvirt_destructive_methods() -> set[str]:
    classes = [c for n, c in vars(libvirt).items() if n.startswith("vir") and inspect.isclass(c)
               and not issubclass(c, BaseException)]
    return {name for c in classes for name in vars(c) if DESTRUCTIVE.fullmatch(name)}


METHODS = libvirt_destructive_methods()


def _named(node: ast.AST) -> bool:
    """``something.method`` for one of the methods, on anything but ``self`` (no virtdesk class is a libvirt one)."""
    return (isinstance(node, ast.Attribute) and node.attr in METHODS
            and not (isinstance(node.value, ast.Name) and node.value.id == "self"))


class _Finder(ast.NodeVisitor):
    """Counts the places of one module that name one of the methods, by enclosing function."""

    def __init__(self, module: str, found: dict[tuple[str, str], int]) -> None:
        self.module, self.found, self.scope = module, found, []

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) -> None:
        self.scope.append(node.name)
        self.generic_visit(node)
        self.scope.pop()

    visit_AsyncFunctionDef = visit_ClassDef = visit_FunctionDef

    def _found(self, method: str) -> None:
        key = (f"{self.module}:{'.'.join(self.scope) or '<module>'}", method)
        self.found[key] = self.found.get(key, 0) + 1

    def visit_Call(self, node: ast.Call) -> None:
        if _named(node.func):
            self._found(node.func.attr)
        for argument in [*node.args, *(k.value for k in node.keywords)]:
            if _named(argument):
                self._found(argument.attr)
        if isinstance(node.func, ast.Name) and node.func.id == "getattr" and len(node.args) > 1:
            name = node.args[1]
            if isinstance(name, ast.Constant) and name.value in METHODS:
                self._found(name.value)
        self.generic_visit(node)


def call_sites() -> dict[tuple[str, str], int]:
    """(module:enclosing function, method) -> how often; a method is found where it is called, passed on as an
    argument (``job(vol.delete)``) or looked up by name (``getattr(vol, "delete")``)."""
    found: dict[tuple[str, str], int] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        finder = _Finder(path.relative_to(ROOT).as_posix(), found)
        finder.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
    return found


# -- what an entry says -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Asked:
    """What a scenario brought up: the question, the words it must contain, and whether the data is still there."""

    question: QWidget
    names: tuple[str, ...]
    kept: Callable[[], bool]


Scenario = Callable[..., Asked]


@dataclass(frozen=True)
class Asks:
    """The GUI asks first; ``scenario(qtbot, tmp_path, request)`` brings the question up."""

    scenario: Scenario


@dataclass(frozen=True)
class Stops:
    """Stopping (libvirt's destroy of a pool or network): nothing stored goes, so no question; ``scenario`` stops
    it from the GUI and returns whether the definition (and the storage) are still there."""

    scenario: Callable[..., bool]


@dataclass(frozen=True)
class TakesBack:
    """Undoes what the same operation created a moment ago, after it failed: the module creates it with one of
    ``created_by``, in the function itself or in a caller in the same module."""

    created_by: tuple[str, ...]


@dataclass(frozen=True)
class DrivenBy:
    """A test elsewhere drives it from the GUI (it needs the rig); ``test`` is FILE::FUNCTION."""

    test: str


@dataclass(frozen=True)
class NotLibvirt:
    """A method of the same name on something that is not a libvirt object."""

    what: str


# -- the scenarios ----------------------------------------------------------------------------------------------------
def _connect(qtbot, request, uri: str):
    connection = open_connection(qtbot, uri)
    request.addfinalizer(connection.shutdown)
    return connection


def _lifecycle(key: str, vm: str, kept: Callable[[tuple[int, bool]], bool]) -> Scenario:
    """The manager's lifecycle action ``key`` on the VM ``vm`` of test_save_restore's host."""

    def scenario(qtbot, tmp_path, request) -> Asked:
        manager = request.getfixturevalue("manager")
        connection = manager.connect(test_save_restore.write_host(tmp_path))
        domain = connection.find_domain(vm)
        manager.window.select_domains([domain])
        action = manager.window.lifecycle_actions[key]
        assert action.isEnabled()
        action.trigger()
        qtbot.waitUntil(lambda: bool(_visible(manager.window.findChildren(QMessageBox, "confirm-forced"))),
                        timeout=5000)
        box = _visible(manager.window.findChildren(QMessageBox, "confirm-forced"))[0]
        return Asked(box, (vm,), lambda: kept(test_save_restore.state_of(connection, vm)))

    scenario.__name__ = key
    return scenario


def _visible(widgets: list) -> list:
    return [w for w in widgets if w.isVisible()]


def device_reset(qtbot, tmp_path, request) -> Asked:
    connection = _connect(qtbot, request, test_host_devices.write_device_host(tmp_path))
    page = test_host_devices.open_page(qtbot, connection)
    test_host_devices.select(qtbot, page, "pci_0000_06_00_0")
    logged: list = []
    event_log().added.connect(logged.append)
    request.addfinalizer(lambda: event_log().added.disconnect(logged.append))
    return Asked(page.reset(), ("pci_0000_06_00_0",), lambda: not logged and not page._running)


def remove_disk_and_image(qtbot, tmp_path, request) -> Asked:
    connection = _connect(qtbot, request, test_delete_vm.write_host(tmp_path))
    window = open_details(qtbot, connection, "web")
    install_hardware_buttons(window)
    test_add_hardware.show_device(window, "disks", 0)
    dialog = test_add_hardware.remove_current(qtbot, window, delete_image=True)
    image = f"{test_delete_vm.IMAGES}/web.qcow2"

    def kept() -> bool:
        xml = test_delete_vm.on_host(connection, lambda conn: conn.lookupByName("web").XMLDesc(0))
        return image in xml and "web.qcow2" in test_delete_vm.volumes(connection)

    return Asked(dialog, ("web", image), kept)


def _network_page(qtbot, tmp_path, request):
    connection = _connect(qtbot, request, test_host_networks.write_network_host(tmp_path))
    window, page = test_host_networks.open_page(qtbot, connection)
    request.addfinalizer(lambda: window.close())  # holds the window until the test ends
    test_host_networks.select(qtbot, page, "lab")
    return connection, page


def _network_defined(qtbot, connection, page) -> bool:
    names = test_host_networks.host_says(qtbot, connection, lambda conn: [n.name() for n in conn.listAllNetworks()])
    return "lab" in names and "lab" in test_host_networks.rows(page)


def delete_network(qtbot, tmp_path, request) -> Asked:
    connection, page = _network_page(qtbot, tmp_path, request)
    return Asked(page.delete_network(), ("lab",), lambda: _network_defined(qtbot, connection, page))


def stop_network(qtbot, tmp_path, request) -> bool:
    connection, page = _network_page(qtbot, tmp_path, request)
    page.stop_button.click()
    qtbot.waitUntil(lambda: page.outcome.label.text() == "Stopped lab.", timeout=10000)
    return _network_defined(qtbot, connection, page)


def _snapshot_page(qtbot, tmp_path, request, name: str):
    connection = _connect(qtbot, request, snapshot_host.write_host(tmp_path))
    page = test_snapshots.open_page(qtbot, connection, "app")
    test_snapshots.select(page, name)

    def on_host() -> tuple[list[str], str]:
        def read(conn):
            dom = conn.lookupByName("app")
            return sorted(dom.snapshotListNames(0)), dom.snapshotCurrent(0).getName()
        return test_delete_vm.on_host(connection, read)

    return page, on_host


def delete_snapshot(qtbot, tmp_path, request) -> Asked:
    page, on_host = _snapshot_page(qtbot, tmp_path, request, "configured")
    before = on_host()
    assert "configured" in before[0]
    return Asked(page.delete(), ("configured", "tuned", "experiment"), lambda: on_host() == before)


def revert_snapshot(qtbot, tmp_path, request) -> Asked:
    page, on_host = _snapshot_page(qtbot, tmp_path, request, "installed")
    before = on_host()
    assert before[1] == "configured"
    return Asked(page.revert(), ("installed",), lambda: on_host() == before and page.job is None)


def _storage_page(qtbot, tmp_path, request):
    connection = _connect(qtbot, request, test_host_volumes.write_host(tmp_path))
    window = open_host_details(qtbot, connection, "storage", interval_ms=60000)
    request.addfinalizer(lambda: window.close())  # holds the window until the test ends
    page = window.storage
    test_host_volumes.show_pool(qtbot, page, "images")
    qtbot.waitUntil(lambda: bool(page.volumes.volumes), timeout=10000)
    return connection, page


def _pool_kept(qtbot, connection, *volumes: str) -> bool:
    def read(conn):
        pool = conn.storagePoolLookupByName("images")
        return pool.listVolumes() if pool.isActive() else []
    names = test_host_volumes.on_host(qtbot, connection, read)
    return all(v in names for v in volumes)


def delete_pool(qtbot, tmp_path, request) -> Asked:
    connection, page = _storage_page(qtbot, tmp_path, request)
    dialog = page.delete_pool()
    dialog.storage_check.click()  # the most that can go: the pool and its directory
    return Asked(dialog, ("images", "/srv/images"),
                 lambda: _pool_kept(qtbot, connection, "web.qcow2", "db.qcow2", "spare.raw"))


def stop_pool(qtbot, tmp_path, request) -> bool:
    connection, page = _storage_page(qtbot, tmp_path, request)
    page.stop_button.click()
    qtbot.waitUntil(lambda: page.outcome.label.text() == "Stopped images.", timeout=10000)
    names = test_host_volumes.on_host(qtbot, connection, lambda conn: [p.name() for p in conn.listAllStoragePools()])
    test_host_volumes.on_host(qtbot, connection, lambda conn: conn.storagePoolLookupByName("images").create(0))
    return "images" in names and _pool_kept(qtbot, connection, "web.qcow2", "db.qcow2", "spare.raw")


def _volume_question(command: str, volume: str) -> Scenario:
    def scenario(qtbot, tmp_path, request) -> Asked:
        connection, page = _storage_page(qtbot, tmp_path, request)
        test_host_volumes.select(page, volume)
        return Asked(getattr(page.commands, command)(), (f"/srv/images/{volume}",),
                     lambda: _pool_kept(qtbot, connection, volume))

    scenario.__name__ = f"{command}_volume"
    return scenario


def upload_over_a_volume(qtbot, tmp_path, request) -> Asked:
    connection, page = _storage_page(qtbot, tmp_path, request)
    test_host_volumes.select(page, "spare.raw")
    dialog = page.commands.upload()
    image = tmp_path / "new.img"
    image.write_bytes(b"\1" * 4096)
    dialog.file_edit.setText(str(image))
    qtbot.waitUntil(lambda: dialog.file_info.text() == "4 KiB", timeout=5000)
    dialog.existing_radio.setChecked(True)
    assert dialog.action_button.isEnabled()
    return Asked(dialog, ("spare.raw", "overwritten"),
                 lambda: page.commands.transfer is None and _pool_kept(qtbot, connection, "spare.raw"))


def delete_vm(qtbot, tmp_path, request) -> Asked:
    """The manager's Delete on the running VM db, with everything that can go ticked: forced off, its own disk,
    wiped first."""
    manager = request.getfixturevalue("manager")
    connection = manager.connect(test_delete_vm.write_host(tmp_path))
    manager.window.select_domains([connection.find_domain("db")])
    manager.window.delete_vm_action.trigger()
    dialog = manager.window.findChildren(DeleteVmDialog)[-1]
    qtbot.waitUntil(lambda: dialog.loaded, timeout=15000)
    dialog.force_off_check.setChecked(True)
    test_delete_vm.tick(dialog, "vdb")
    dialog.wipe_check.setChecked(True)
    assert dialog.action_button.isEnabled(), dialog.problem_label.text()

    def kept() -> bool:
        return ("db" in test_delete_vm.domains(connection) and "db.qcow2" in test_delete_vm.volumes(connection)
                and test_delete_vm.on_host(connection, lambda conn: conn.lookupByName("db").isActive()) == 1)

    return Asked(dialog, ("db", f"{test_delete_vm.IMAGES}/db.qcow2"), kept)


force_off = _lifecycle("destroy", "web", lambda state: state[0] == libvirt.VIR_DOMAIN_RUNNING)
force_reset = _lifecycle("reset", "web", lambda state: state[0] == libvirt.VIR_DOMAIN_RUNNING)
discard_saved = _lifecycle("discard-saved", "db", lambda state: state == (libvirt.VIR_DOMAIN_SHUTOFF, True))
wipe_volume = _volume_question("wipe", "db.qcow2")
delete_volume = _volume_question("delete", "spare.raw")

# -- the table: (module:function, method) -> how the user gets there -----------------------------------------------
CREATES = ("createXML", "defineXML", "networkDefineXML", "networkDefineXMLFlags", "domainDefineXML")
SITES: dict[tuple[str, str], Asks | Stops | TakesBack | DrivenBy | NotLibvirt] = {
    ("virtdesk/model/actions.py:<module>", "destroy"): Asks(force_off),
    ("virtdesk/model/actions.py:<module>", "reset"): Asks(force_reset),
    ("virtdesk/model/actions.py:<module>", "managedSaveRemove"): Asks(discard_saved),
    ("virtdesk/model/device_actions.py:reset_device", "reset"): Asks(device_reset),
    ("virtdesk/model/hardware.py:delete_volume", "delete"): Asks(remove_disk_and_image),
    ("virtdesk/model/network_actions.py:stop_network", "destroy"): Stops(stop_network),
    ("virtdesk/model/network_actions.py:_delete", "destroy"): Asks(delete_network),
    ("virtdesk/model/network_actions.py:_delete", "undefine"): Asks(delete_network),
    ("virtdesk/model/network_actions.py:undefine_network", "undefine"): DrivenBy(
        "tests/integration/test_host_networks.py::test_a_network_that_does_not_start_is_removed_unless_kept"),
    ("virtdesk/model/network_creation.py:_create", "undefine"): TakesBack(CREATES),
    ("virtdesk/model/snapshot_jobs.py:_delete_snapshots", "delete"): Asks(delete_snapshot),
    ("virtdesk/model/snapshot_jobs.py:_revert_to", "revertToSnapshot"): Asks(revert_snapshot),
    ("virtdesk/model/snapshot_jobs.py:_block_jobs", "delete"): DrivenBy(
        "tests/integration/test_destructive_calls.py::test_merge_asks_naming_the_snapshot_and_cancel_keeps_it"),
    ("virtdesk/model/storage_actions.py:stop_pool", "destroy"): Stops(stop_pool),
    ("virtdesk/model/storage_actions.py:delete_pool.run", "destroy"): Asks(delete_pool),
    ("virtdesk/model/storage_actions.py:delete_pool.run", "delete"): Asks(delete_pool),
    ("virtdesk/model/storage_actions.py:delete_pool.run", "undefine"): Asks(delete_pool),
    ("virtdesk/model/streams.py:upload_volume", "upload"): Asks(upload_over_a_volume),
    ("virtdesk/model/vm_cloning.py:_new_storage", "delete"): TakesBack(CREATES),
    ("virtdesk/model/vm_migration.py:_remove_copies", "delete"): TakesBack(CREATES),
    ("virtdesk/model/vm_creation.py:_remove", "destroy"): TakesBack(CREATES),
    ("virtdesk/model/vm_creation.py:_remove", "undefine"): TakesBack(CREATES),
    ("virtdesk/model/vm_creation.py:_remove", "undefineFlags"): TakesBack(CREATES),
    ("virtdesk/model/vm_creation.py:_remove", "delete"): TakesBack(CREATES),
    ("virtdesk/model/vm_deletion.py:_remove_disk", "wipe"): Asks(delete_vm),
    ("virtdesk/model/vm_deletion.py:_remove_disk", "delete"): Asks(delete_vm),
    ("virtdesk/model/vm_deletion.py:_undefine", "undefineFlags"): Asks(delete_vm),
    ("virtdesk/model/vm_deletion.py:_delete", "destroy"): Asks(delete_vm),
    ("virtdesk/model/volume_actions.py:wipe_volume", "wipe"): Asks(wipe_volume),
    ("virtdesk/model/volume_actions.py:delete_volumes.delete", "delete"): Asks(delete_volume),
    ("virtdesk/model/volume_actions.py:upload_new_volume", "delete"): TakesBack(CREATES),
    ("virtdesk/console/serial_widget.py:TerminalView.clear", "reset"): NotLibvirt("the pyte screen"),
    ("virtdesk/gui/details/pages/graphics.py:GraphicsPage.load", "reset"): NotLibvirt("a password field"),
    ("virtdesk/gui/host_details/overview_page.py:OverviewPage.clear", "reset"): NotLibvirt("a usage bar"),
    ("virtdesk/gui/host_details/volume_commands.py:VolumeCommands.wipe", "wipe"): NotLibvirt(
        "volume_questions.wipe, the question itself (driven by wipe_volume)"),
    ("virtdesk/gui/host_details/volume_commands.py:VolumeCommands.delete", "delete"): NotLibvirt(
        "volume_questions.delete, the question itself (driven by delete_volume)"),
    ("virtdesk/model/connection.py:Connection._apply_domains", "reset"): NotLibvirt("a VM's statistics history"),
    ("virtdesk/gui/host_details/volume_commands.py:VolumeCommands._upload", "upload"): NotLibvirt(
        "volume_actions.upload, the model's upload job (driven by upload_over_a_volume)"),
    ("virtdesk/model/vm_deletion.py:_delete", "wipe"): NotLibvirt("the user's choice to wipe, a bool"),
}


def test_the_methods_looked_for_are_libvirts_own():
    assert {"delete", "wipe", "wipePattern", "undefine", "undefineFlags", "destroy", "destroyFlags",
            "managedSaveRemove", "revertToSnapshot", "upload", "reset"} <= METHODS


def test_every_destructive_call_site_has_an_entry_and_every_entry_a_call_site():
    found = call_sites()
    missing = sorted(set(found) - set(SITES))
    assert not missing, f"call sites without an entry in SITES (add how the GUI asks first): {missing}"
    stale = sorted(set(SITES) - set(found))
    assert not stale, f"entries whose call site is gone: {stale}"


def _functions(module: Path) -> dict[str, ast.AST]:
    """Qualified name -> function node, nested functions included."""
    found: dict[str, ast.AST] = {}

    def walk(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{prefix}{child.name}"
                if not isinstance(child, ast.ClassDef):
                    found[name] = child
                walk(child, name + ".")
            else:
                walk(child, prefix)

    walk(ast.parse(module.read_text(encoding="utf-8")), "")
    return found


def _calls(node: ast.AST, names: tuple[str, ...]) -> bool:
    return any(isinstance(n, ast.Call) and isinstance(n.func, (ast.Attribute, ast.Name))
               and (n.func.attr if isinstance(n.func, ast.Attribute) else n.func.id) in names for n in ast.walk(node))


def _uses(path: Path, module: str, name: str) -> bool:
    """Whether the file imports ``name`` from ``module`` or refers to ``module.name``."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and (node.module or "").endswith(module) and any(
                a.name == name for a in node.names):
            return True
        if (isinstance(node, ast.Attribute) and node.attr == name and isinstance(node.value, ast.Name)
                and node.value.id == module):
            return True
    return False


@pytest.mark.parametrize("site", [s for s, e in SITES.items() if isinstance(e, TakesBack)], ids=str)
def test_what_is_taken_back_was_created_by_the_same_operation(site):
    """The function creates what it removes, or it is private to its module and a function there that calls it
    does."""
    where, _method = site
    module, function = where.split(":")
    functions = _functions(ROOT / module)
    entry = SITES[site]
    assert isinstance(entry, TakesBack)
    if _calls(functions[function], entry.created_by):
        return
    short = function.rsplit(".", 1)[-1]
    assert short.startswith("_"), f"{where} removes what it did not create, and others may call it"
    others = [p for p in PACKAGE.rglob("*.py") if p != ROOT / module and _uses(p, Path(module).stem, short)]
    assert not others, f"{short} is used outside {module}: {others}"
    def calling(name: str) -> list[str]:
        return [n for n, f in functions.items() if n != function and any(
            isinstance(x, ast.Name) and x.id == name for x in ast.walk(f))]

    def creates(name: str, seen: frozenset[str] = frozenset()) -> bool:
        """The function creates, or calls a private function of the module that does (`_make_copies`)."""
        body = functions[name]
        if _calls(body, entry.created_by):
            return True
        helpers = {x.id for x in ast.walk(body) if isinstance(x, ast.Name) and x.id.startswith("_")
                   and x.id in functions and x.id not in seen and x.id != short}
        return any(creates(helper, seen | {name}) for helper in helpers)

    callers = calling(short)
    assert callers and all(creates(c) for c in callers), (where, callers)


@pytest.mark.parametrize("site", [s for s, e in SITES.items() if isinstance(e, DrivenBy)], ids=str)
def test_the_tests_named_elsewhere_exist(site):
    entry = SITES[site]
    assert isinstance(entry, DrivenBy)
    path, name = entry.test.split("::")
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    assert name in {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}, entry.test


def shown_text(question: QWidget) -> str:
    """Everything the question shows in words: title, message, labels, buttons and table cells."""
    parts = [question.windowTitle()]
    if isinstance(question, QMessageBox):
        parts += [question.text(), question.informativeText()]
    for child in question.findChildren(QWidget):
        if not child.isVisibleTo(question):
            continue
        if isinstance(child, (QLabel, QAbstractButton)):
            parts.append(child.text())
        elif isinstance(child, QTableWidget):
            parts += [item.text() for row in range(child.rowCount()) for column in range(child.columnCount())
                      if (item := child.item(row, column)) is not None]
    return "\n".join(parts)


KEEPING_ROLES = (QMessageBox.ButtonRole.RejectRole, QMessageBox.ButtonRole.NoRole,
                 QDialogButtonBox.ButtonRole.RejectRole, QDialogButtonBox.ButtonRole.NoRole)


def keeping_default(question: QWidget) -> QAbstractButton:
    """The button Return presses, which must be one that keeps: a reject or No role, never destructive or accept."""
    if isinstance(question, QMessageBox):
        default = question.defaultButton()
        assert default is not None, "a question without a default button"
        role = question.buttonRole(default)
    else:
        defaults = [b for b in question.findChildren(QPushButton) if b.isDefault() and b.isVisibleTo(question)]
        assert len(defaults) == 1, [b.text() for b in defaults]
        default = defaults[0]
        box = default.parent()
        role = box.buttonRole(default) if isinstance(box, QDialogButtonBox) else None
        question.activateWindow()
        for other in question.findChildren(QPushButton):  # the focus on a button that goes on keeps the default
            other_box = other.parent()
            if (other is not default and other.isVisibleTo(question) and isinstance(other_box, QDialogButtonBox)
                    and other_box.buttonRole(other) not in KEEPING_ROLES):
                other.setFocus()
                QApplication.processEvents()
                assert other.hasFocus() and not other.isDefault(), f"{other.text()!r} took the default"
    assert role in KEEPING_ROLES, \
        f"the default button {default.text()!r} has the role {role}"
    return default


def _unique(kind: type) -> list:
    return list(dict.fromkeys(e.scenario for e in SITES.values() if isinstance(e, kind)))


@pytest.mark.parametrize("scenario", _unique(Asks), ids=lambda s: s.__name__)
def test_the_question_names_what_goes_and_return_keeps_it(qtbot, tmp_path, request, scenario):
    asked = scenario(qtbot, tmp_path, request)
    question = asked.question
    assert question is not None
    qtbot.waitUntil(question.isVisible, timeout=5000)
    text = shown_text(question)
    for name in asked.names:
        assert name in text, f"{name!r} is not named in:\n{text}"
    keeping_default(question)
    assert asked.kept(), "the data was gone before the question was answered"
    qtbot.keyClick(question, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(question) or not question.isVisible(), timeout=5000)
    if shiboken6.isValid(question) and isinstance(question, QDialog) and not isinstance(question, QMessageBox):
        assert question.result() == QDialog.DialogCode.Rejected
    qtbot.wait(300)  # a call wrongly started would have reached the test driver by now
    QApplication.processEvents()
    assert asked.kept(), f"{scenario.__name__}: the data is gone after answering with the default"


@pytest.mark.parametrize("scenario", _unique(Stops), ids=lambda s: s.__name__)
def test_stopping_keeps_the_definition_and_the_storage(qtbot, tmp_path, request, scenario):
    assert scenario(qtbot, tmp_path, request)
