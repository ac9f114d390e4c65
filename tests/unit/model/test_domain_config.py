"""DomainConfig on a test-driver host: the XML is read, parsed and written out on workers and the newest read
wins; an apply compares and serialises on its worker, defines only what changed and refuses to overwrite a change
made elsewhere."""

from __future__ import annotations

import libvirt
import pytest

from virtdesk import xmlconf
from virtdesk.model.domain_config import ConflictError, DomainConfig

pytestmark = pytest.mark.unit


def loaded_config(qtbot, connection, name: str = "db-01") -> DomainConfig:
    config = DomainConfig(connection.find_domain(name))
    with qtbot.waitSignal(config.loaded, timeout=10000):
        config.reload()
    return config


def finished(qtbot, task):
    qtbot.waitUntil(lambda: task.done, timeout=10000)
    return task


def saved_xml(qtbot, connection, name: str = "db-01") -> str:
    return finished(qtbot, connection.call(
        lambda conn: conn.lookupByName(name).XMLDesc(libvirt.VIR_DOMAIN_XML_INACTIVE))).result


def test_the_newest_of_two_reads_is_the_one_taken(qtbot, connection):
    config = loaded_config(qtbot, connection)
    loads: list[xmlconf.Domain | None] = []
    config.loaded.connect(lambda: loads.append(config.persistent))
    first, second = config.reload(), config.reload()
    finished(qtbot, first), finished(qtbot, second)
    qtbot.wait(50)
    assert len(loads) == 1 and loads[0] is second.result.parsed[0]  # the older answer was dropped
    assert isinstance(config.persistent, xmlconf.Domain) and config.persistent.name == "db-01"
    assert config.persistent_text == config.persistent.to_xml()  # written out on the worker, as the XML tab shows


def test_an_unchanged_edit_saves_nothing_and_so_meets_no_conflict(qtbot, connection):
    config = loaded_config(qtbot, connection)
    elsewhere = xmlconf.load(saved_xml(qtbot, connection))
    elsewhere.title = "Set with virsh"
    finished(qtbot, connection.call(lambda conn: conn.defineXML(elsewhere.to_xml())))
    edited = config.edit()
    edited.title = "Set here"
    refused = finished(qtbot, config.apply(edited, []))
    assert isinstance(refused.error, ConflictError)
    assert xmlconf.load(saved_xml(qtbot, connection)).title == "Set with virsh"
    unchanged = finished(qtbot, config.apply(config.edit(), []))  # as read, before the change elsewhere
    assert unchanged.error is None, unchanged.error  # compared on the worker: nothing to save, so no conflict
    assert xmlconf.load(saved_xml(qtbot, connection)).title == "Set with virsh"


def test_an_edit_is_saved_and_read_again(qtbot, connection):
    config = loaded_config(qtbot, connection)
    edited = config.edit()
    edited.title = "Saved"
    with qtbot.waitSignal(config.loaded, timeout=10000):
        task = config.apply(edited, [])
    assert task.error is None and not task.result.live_failed
    assert config.persistent.title == "Saved" and xmlconf.load(saved_xml(qtbot, connection)).title == "Saved"
