"""The model's side of saving, dumping and power management: the facts of a VM's XML that decide which power
choices apply, the flags the dialogs' choices give libvirt, and how a typed host path is judged."""

from __future__ import annotations

import libvirt
import pytest

from virtdesk.model.domain import DomainInfo
from virtdesk.model.vm_saving import (
    AfterDump,
    DumpChoice,
    DumpFormat,
    RestoredState,
    can_abort_dump,
    judge_path,
    path_problem,
    save_flags,
)
from virtdesk.remote.files import EntryKind, FileEntry, Listing

pytestmark = pytest.mark.unit


def info(body: str) -> DomainInfo:
    return DomainInfo("u", "vm", 1, 1, 0, True, False, False, f"<domain type='kvm'><name>vm</name>{body}</domain>")


def test_the_xml_says_whether_a_vm_has_an_agent_acpi_and_which_sleep_states_are_off():
    bare = info("<devices/>")
    assert (bare.agent_channel, bare.acpi, bare.suspend_disabled) == (False, False, frozenset())
    full = info("<features><acpi/></features><pm><suspend-to-mem enabled='no'/><suspend-to-disk enabled='yes'/>"
                "</pm><devices><channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0'/></channel>"
                "<channel type='spicevmc'><target type='virtio' name='com.redhat.spice.0'/></channel></devices>")
    assert (full.agent_channel, full.acpi, full.suspend_disabled) == (True, True, frozenset({"mem"}))
    other = info("<devices><channel type='spicevmc'><target type='virtio' name='com.redhat.spice.0'/></channel>"
                 "</devices>")
    assert not other.agent_channel


def test_the_choices_give_libvirts_flags():
    assert save_flags(RestoredState.AS_SAVED, False) == 0
    assert save_flags(RestoredState.PAUSED, True) == (libvirt.VIR_DOMAIN_SAVE_PAUSED
                                                      | libvirt.VIR_DOMAIN_SAVE_BYPASS_CACHE)
    memory = DumpChoice(format=DumpFormat.KDUMP_ZLIB, after=AfterDump.CRASH, live=True)
    assert memory.flags == libvirt.VIR_DUMP_MEMORY_ONLY | libvirt.VIR_DUMP_CRASH | libvirt.VIR_DUMP_LIVE
    assert memory.libvirt_format == libvirt.VIR_DOMAIN_CORE_DUMP_FORMAT_KDUMP_ZLIB and not can_abort_dump(memory)
    full = DumpChoice(memory_only=False, format=DumpFormat.KDUMP_ZLIB, after=AfterDump.RESET, bypass_cache=True)
    assert full.flags == libvirt.VIR_DUMP_RESET | libvirt.VIR_DUMP_BYPASS_CACHE
    assert full.libvirt_format == libvirt.VIR_DOMAIN_CORE_DUMP_FORMAT_RAW and can_abort_dump(full)


@pytest.mark.parametrize("path, problem", [
    ("", "Type or choose the path of a file on the host."),
    ("vm.save", "vm.save is not a full path: the host's libvirt needs one that starts with /."),
    ("~/vm.save", "~/vm.save is not a full path: the host's libvirt needs one that starts with /."),
    ("/srv/", "/srv/ names a folder: add the name of the file."),
    ("/srv/vm.save", ""),
])
def test_a_typed_path_must_be_a_full_file_path(path, problem):
    assert path_problem(path) == problem


def test_a_path_is_judged_in_its_folders_listing():
    listing = Listing("/srv", (FileEntry("old.save", "/srv/old.save", EntryKind.FILE, 10, 0.0, True),
                               FileEntry("images", "/srv/images", EntryKind.DIRECTORY, 0, 0.0, True),
                               FileEntry("linked", "/srv/linked", EntryKind.LINK_TO_DIRECTORY, 0, 0.0, True)))
    assert judge_path(listing, "/srv/new.save", writing=True).problem == ""
    assert judge_path(listing, "/srv/new.save", writing=False).problem == "/srv/new.save does not exist."
    existing = judge_path(listing, "/srv/old.save", writing=True)
    assert existing.existing and not existing.problem
    for folder in ("/srv/images", "/srv/linked"):
        assert judge_path(listing, folder, writing=True).problem == f"{folder} is a folder: give the path of a file."
