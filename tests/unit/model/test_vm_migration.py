"""What a pair of hosts allows for a migration, the checks before it, libvirt's flags and parameters, the statistics
line and the final words, on hosts described as the GUI knows them (pure functions: no libvirt call)."""

from __future__ import annotations

from dataclasses import replace

import libvirt
import pytest

from virtdesk import xmlconf
from virtdesk.model.vm_migration import (
    CpuCheck,
    CpuVerdict,
    DestinationFacts,
    DiskThere,
    MigrationDisk,
    MigrationHost,
    MigrationOptions,
    MigrationOutcome,
    MigrationSource,
    Option,
    PoolThere,
    Presence,
    StorageCopy,
    Transfer,
    address_problem,
    completed_stats,
    copied_figures,
    copy_paths,
    describe_stats,
    destination_problem,
    migration_call,
    normalized,
    notes,
    outcome_lines,
    problems,
    unavailable,
    with_copy_paths,
)

pytestmark = pytest.mark.unit
HERE = MigrationHost("alpha", "qemu+ssh://root@alpha/system", driver="qemu", migrates=True, live=True,
                     host_uuid="11111111-1111-4111-8111-111111111111")
THERE = MigrationHost("beta", "qemu+ssh://root@beta/system", driver="qemu", migrates=True, live=True,
                      host_uuid="22222222-2222-4222-8222-222222222222")
DISKS = (MigrationDisk("vda", "disk", "file", "/var/lib/libvirt/images/web.qcow2"),
         MigrationDisk("sda", "cdrom", "file", "/isos/install.iso", readonly=True),
         MigrationDisk("vdb", "disk", "network"))


def vm(active: bool = True, persistent: bool = True) -> MigrationSource:
    return MigrationSource("6c1d1c39-54a4-4a43-9d8e-4d1d7d6e0a01", "web", active, persistent, "kvm", "x86_64",
                           "pc-q35-7.2", "custom", "<cpu mode='custom'><model>Skylake-Client</model></cpu>", DISKS)


def facts(**disks: DiskThere) -> DestinationFacts:
    there = {"vda": DiskThere(True), "sda": DiskThere(True), "vdb": DiskThere(True)}
    there.update(disks)
    return DestinationFacts(cpu=CpuCheck(CpuVerdict.COMPATIBLE), disks=there)


def test_a_running_vm_between_two_qemu_hosts_can_use_every_option():
    assert unavailable(vm(), HERE, THERE, MigrationOptions()) == {}
    assert problems(vm(), HERE, THERE, facts(), MigrationOptions()) == []


def test_a_shut_off_vm_moves_offline_with_its_definition_only():
    reasons = unavailable(vm(active=False), HERE, THERE, MigrationOptions(transfer=Transfer.TUNNELLED))
    assert set(reasons) == {Option.LIVE, Option.TUNNELLED, Option.COPY_STORAGE, Option.PERSISTENT,
                            Option.BANDWIDTH, Option.MAX_DOWNTIME, Option.AUTO_CONVERGE, Option.POST_COPY,
                            Option.COMPRESSION, Option.ADDRESS}
    assert reasons[Option.COPY_STORAGE] == "an offline migration moves only the definition: libvirt copies no storage"
    chosen = MigrationOptions(persistent=False, storage=StorageCopy.ALL, transfer=Transfer.TUNNELLED,
                              bandwidth_mib_s=10, post_copy=True, undefine_source=True)
    options = normalized(chosen, unavailable(vm(active=False), HERE, THERE, chosen))
    assert options == MigrationOptions(live=False, persistent=True, undefine_source=True)
    assert migration_call(vm(active=False), options) == (
        libvirt.VIR_MIGRATE_OFFLINE | libvirt.VIR_MIGRATE_PERSIST_DEST | libvirt.VIR_MIGRATE_UNDEFINE_SOURCE, {})


def test_live_only_tuning_needs_a_live_migration_and_post_copy_no_tunnel():
    not_live = unavailable(vm(), HERE, THERE, MigrationOptions(live=False))
    assert set(not_live) == {Option.MAX_DOWNTIME, Option.AUTO_CONVERGE, Option.POST_COPY}
    assert not_live[Option.POST_COPY] == "for a live migration only"
    tunnelled = unavailable(vm(), HERE, THERE, MigrationOptions(transfer=Transfer.TUNNELLED))
    assert tunnelled == {Option.POST_COPY: "libvirt does not do post-copy through a tunnel",
                         Option.ADDRESS: "a tunnelled migration sends everything over libvirt's connection"}


def test_a_transient_vm_has_no_definition_to_remove():
    assert unavailable(vm(persistent=False), HERE, THERE, MigrationOptions()) == {
        Option.UNDEFINE_SOURCE: "web is not defined on alpha (it is transient)"}


def test_peer_to_peer_needs_a_destination_uri_the_source_can_open():
    local = MigrationHost("here", "qemu:///system", driver="qemu", migrates=True, live=True)
    reasons = unavailable(vm(), HERE, local, MigrationOptions())
    assert reasons[Option.PEER_TO_PEER] == ("alpha's libvirt would open qemu:///system on itself: that URI names "
                                            "no host")
    assert Option.TUNNELLED in reasons
    options = normalized(MigrationOptions(transfer=Transfer.PEER_TO_PEER), reasons)
    assert options.transfer is Transfer.MANAGED


@pytest.mark.parametrize(("there", "why"), [
    (MigrationHost("beta", "qemu:///x", connected=False), "not connected"),
    (MigrationHost("alpha again", "qemu:///session", driver="qemu", migrates=True, live=True,
                   host_uuid=HERE.host_uuid),
     "the same host as alpha (host UUID 11111111-1111-4111-8111-111111111111)"),
    (MigrationHost("xen", "xen+ssh://xen/", driver="xen", migrates=True, live=True),
     "alpha runs qemu and xen runs xen: a VM moves only between hosts of one hypervisor"),
    (MigrationHost("test", "test:///default", driver="qemu"),
     "test cannot migrate VMs (its libvirt driver offers no migration)"),
])
def test_a_destination_that_cannot_take_the_vm_rules_out_everything(there, why):
    assert destination_problem(HERE, there) == why
    assert unavailable(vm(), HERE, there, MigrationOptions()) == dict.fromkeys(Option, why)
    assert problems(vm(), HERE, there, None, MigrationOptions()) == [f"{there.label} cannot take the VM: {why}."]


def test_a_host_without_live_migration():
    still = MigrationHost("beta", THERE.uri, driver="qemu", migrates=True, live=False)
    assert unavailable(vm(), HERE, still, MigrationOptions())[Option.LIVE] == "beta cannot migrate running VMs live"


def test_other_hypervisors_lack_the_qemu_knobs():
    xen = [MigrationHost(h.label, h.uri, driver="xen", migrates=True, live=True) for h in (HERE, THERE)]
    reasons = unavailable(vm(), *xen, MigrationOptions())
    assert set(reasons) == {Option.COPY_STORAGE, Option.MAX_DOWNTIME, Option.AUTO_CONVERGE, Option.POST_COPY,
                            Option.COMPRESSION}


def test_missing_disks_are_named_unless_their_storage_is_copied():
    missing = facts(vda=DiskThere(False), sda=DiskThere(False))
    assert problems(vm(), HERE, THERE, missing, MigrationOptions()) == [
        "Not on beta: /var/lib/libvirt/images/web.qcow2, /isos/install.iso. Choose to copy the storage, or make these "
        "disks available there at the same paths."]
    # copying copies the writable disk; the read-only install medium must be there still
    assert problems(vm(), HERE, THERE, missing, MigrationOptions(storage=StorageCopy.ALL)) == [
        "Not on beta: /isos/install.iso. Choose to copy the storage, or make these disks available there at the same "
        "paths."]


def test_a_disk_the_destination_cannot_receive_blocks_copying():
    blocked = facts(vda=DiskThere(False, "the destination has no storage pool at /var/lib/libvirt/images, where "
                                         "libvirt would create it"))
    assert problems(vm(), HERE, THERE, blocked, MigrationOptions(storage=StorageCopy.INCREMENTAL)) == [
        "vda (/var/lib/libvirt/images/web.qcow2) cannot be copied: the destination has no storage pool at "
        "/var/lib/libvirt/images, where libvirt would create it."]
    told = notes(vm(), HERE, THERE, facts(), MigrationOptions(storage=StorageCopy.INCREMENTAL))
    assert "Only the top images are copied: their backing images must be on beta already." in told
    assert "/var/lib/libvirt/images/web.qcow2 exists on beta: the copy writes over it." in told


def test_names_uuids_and_cpu():
    taken = DestinationFacts(name_taken_by="u-1", uuid_taken_by="other", same_vm="active",
                             cpu=CpuCheck(CpuVerdict.INCOMPATIBLE, "the host CPU lacks avx512f"),
                             disks=facts().disks)
    assert problems(vm(), HERE, THERE, taken, MigrationOptions()) == [
        "beta has another VM named web (UUID u-1).", "beta has a VM with the UUID of web, named other.",
        "web runs on beta already.",
        "The CPU of web is not compatible with beta: the host CPU lacks avx512f"]
    offline = DestinationFacts(same_vm="inactive", cpu=taken.cpu, disks=facts().disks)
    assert problems(vm(active=False), HERE, THERE, offline, MigrationOptions(live=False)) == []
    assert notes(vm(active=False), HERE, THERE, offline, MigrationOptions(live=False)) == [
        "The CPU of web is not compatible with beta: it will not start there until its CPU is changed (the host CPU "
        "lacks avx512f)",
        "beta has a definition of web already (same UUID): the migrated one replaces it."]


def test_peer_to_peer_and_post_copy_are_explained():
    told = notes(vm(), HERE, THERE, facts(), MigrationOptions(transfer=Transfer.PEER_TO_PEER, post_copy=True))
    assert told[0].startswith("alpha's libvirt opens qemu+ssh://root@beta/system itself")
    assert "cannot be cancelled" in told[1]


def test_flags_and_typed_parameters():
    options = MigrationOptions(transfer=Transfer.TUNNELLED, storage=StorageCopy.ALL, undefine_source=True,
                               bandwidth_mib_s=50, max_downtime_ms=300, auto_converge=True, compression=True)
    flags, params = migration_call(vm(), options)
    assert flags == (libvirt.VIR_MIGRATE_LIVE | libvirt.VIR_MIGRATE_PEER2PEER | libvirt.VIR_MIGRATE_TUNNELLED
                     | libvirt.VIR_MIGRATE_NON_SHARED_DISK | libvirt.VIR_MIGRATE_PERSIST_DEST
                     | libvirt.VIR_MIGRATE_UNDEFINE_SOURCE | libvirt.VIR_MIGRATE_AUTO_CONVERGE
                     | libvirt.VIR_MIGRATE_COMPRESSED)
    assert params == {libvirt.VIR_MIGRATE_PARAM_COMPRESSION: "xbzrle", libvirt.VIR_MIGRATE_PARAM_BANDWIDTH: 50}
    flags, params = migration_call(vm(), MigrationOptions(live=False, persistent=False, post_copy=True,
                                                          address="10.0.0.2:49200"))
    assert flags == libvirt.VIR_MIGRATE_POSTCOPY
    assert params == {libvirt.VIR_MIGRATE_PARAM_URI: "tcp://10.0.0.2:49200"}


@pytest.mark.parametrize(("address", "fine"), [
    ("", True), ("tcp://10.0.0.2", True), ("10.0.0.2:49200", True), ("rdma://[fd00::2]:5000", True),
    ("ssh://host", False), ("tcp://", False), ("tcp://host:port", False), ("tcp://host/path", False),
])
def test_migration_addresses(address, fine):
    assert (address_problem(address) == "") is fine


def test_a_bad_address_is_a_problem():
    assert problems(vm(), HERE, THERE, facts(), MigrationOptions(address="ssh://beta")) == [
        "The migration address must be tcp://HOST or tcp://HOST:PORT (or rdma://…), not ssh://beta."]


def test_statistics_in_words():
    stats = {"data_total": 64 * 1024 ** 2, "data_processed": 16 * 1024 ** 2, "data_remaining": 48 * 1024 ** 2,
             "memory_dirty_rate": 256, "memory_page_size": 4096, "memory_iteration": 2, "downtime": 300}
    assert describe_stats(stats) == ("16.0 MiB of 64.0 MiB sent, 48.0 MiB to go; memory dirtied at 1.0 MiB/s; "
                                     "pass 2 over memory; expected downtime 300 ms")
    assert describe_stats({"type": 0}) == ""


def test_where_the_vm_is_afterwards():
    moved = MigrationOutcome(Presence(), Presence(True, True, True))
    assert outcome_lines("web", "alpha", "beta", moved) == [
        "web runs on beta and is defined there.", "web is no longer on alpha: its definition there was removed."]
    visiting = MigrationOutcome(Presence(True, False, True), Presence(True, True, False))
    assert outcome_lines("web", "alpha", "beta", visiting) == [
        "web runs on beta without a definition there: it disappears from beta when it stops.",
        "alpha keeps the definition of web, shut off."]
    stayed = MigrationOutcome(Presence(True, True, True), Presence())
    assert outcome_lines("web", "alpha", "beta", stayed) == [
        "Nothing of web is on beta.", "web runs on alpha and is defined there."]


def test_an_incremental_copy_needs_the_image_there():
    # libvirt 9.0 creates no image for an incremental copy (measured in tests/integration/test_vm_migration.py)
    assert problems(vm(), HERE, THERE, facts(vda=DiskThere(False)), MigrationOptions(
        storage=StorageCopy.INCREMENTAL)) == [
        "vda (/var/lib/libvirt/images/web.qcow2) cannot be copied: an incremental copy needs the image on the "
        "destination already, over its backing images."]
    assert problems(vm(), HERE, THERE, facts(vda=DiskThere(False)), MigrationOptions(storage=StorageCopy.ALL)) == []


POOL = PoolThere("fast", "/srv/fast", frozenset({"old.qcow2"}))


def test_copies_go_into_the_chosen_pool_of_the_destination():
    there = replace(facts(vda=DiskThere(False, "no pool there")), pools={"fast": POOL})
    into_pool = MigrationOptions(storage=StorageCopy.ALL, destination_pool="fast")
    assert copy_paths(vm(), there, into_pool) == {"vda": "/srv/fast/web.qcow2"}  # not the read-only medium
    assert copy_paths(vm(), there, MigrationOptions(storage=StorageCopy.ALL)) == {}
    assert copy_paths(vm(), there, replace(into_pool, storage=StorageCopy.SHARED)) == {}
    assert problems(vm(), HERE, THERE, there, into_pool) == []  # the same path's problem does not matter
    assert not any("exists on beta" in n for n in notes(vm(), HERE, THERE, there, into_pool))
    assert problems(vm(), HERE, THERE, there, replace(into_pool, destination_pool="gone")) == [
        "beta has no active storage pool gone that keeps its volumes as files."]
    assert problems(vm(), HERE, THERE, there, replace(into_pool, storage=StorageCopy.INCREMENTAL)) == [
        "An incremental copy goes only into images that exist with their backing images: copy the disks "
        "completely into fast, or copy to the same paths."]
    taken = replace(there, pools={"fast": replace(POOL, volumes=frozenset({"web.qcow2"}))})
    assert problems(vm(), HERE, THERE, taken, into_pool) == [
        "fast on beta has a volume named web.qcow2 already: choose another pool, or remove it there."]
    twins = replace(vm(), disks=(*DISKS, MigrationDisk("vdc", "disk", "file", "/other/web.qcow2")))
    assert problems(twins, HERE, THERE, there, into_pool) == ["Two disks would be copied to web.qcow2 in fast."]


def test_the_copies_are_named_in_the_destination_xml():
    xml = ("<domain type='kvm'><name>web</name><devices>"
           "<disk type='volume' device='disk'><source pool='p' volume='web.qcow2'/><target dev='vda'/></disk>"
           "<disk type='file' device='cdrom'><source file='/isos/install.iso'/><target dev='sda'/><readonly/></disk>"
           "</devices></domain>")
    disks = xmlconf.load(with_copy_paths(xml, {"vda": "/srv/fast/web.qcow2"})).devices.disks
    assert [(d.type, d.source_file, d.source_pool) for d in disks] == [
        ("file", "/srv/fast/web.qcow2", None), ("file", "/isos/install.iso", None)]


def test_what_a_finished_migration_copied():
    assert copied_figures({}) == ""
    assert copied_figures({"disk_total": 64 << 20, "disk_processed": 64 << 20, "memory_processed": 3 << 20,
                           "memory_total": 64 << 20, "time_elapsed": 2500}) == (
        "libvirt copied 64.0 MiB of disk data and 3.0 MiB of memory in 2.5 s")
    assert copied_figures({"disk_total": 0, "memory_processed": 3 << 20, "memory_total": 64 << 20,
                           "time_elapsed": 500}) == "libvirt copied 3.0 MiB of memory in 0.5 s"


def test_the_disk_data_read_during_the_job_counts_when_the_completed_statistics_have_none():
    completed = {"memory_processed": 3 << 20, "memory_total": 64 << 20, "time_elapsed": 2500}
    seen = {"disk_total": 64 << 20, "disk_processed": 0, "memory_processed": 1 << 20}  # read as the copy began
    assert completed_stats(completed, seen) == {**completed, "disk_total": 64 << 20, "disk_processed": 64 << 20}
    assert completed_stats(completed, {}) == completed
    own = {**completed, "disk_total": 64 << 20, "disk_processed": 64 << 20}
    assert completed_stats(own, seen) == own
