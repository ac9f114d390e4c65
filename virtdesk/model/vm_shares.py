"""How much of a host its running VMs take: each VM's share of the host's memory and (from the live statistics)
of its CPUs, and the host's commitment — vCPUs given out against physical CPUs, memory against memory."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from virtdesk.model.domain import Domain


@dataclass(frozen=True)
class VmShare:
    domain: Domain
    memory_fraction: float | None  # of the host's memory; None when the host's memory is unknown
    cpu_fraction: float | None  # of all the host's CPUs in the last sample; None before statistics arrive


@dataclass(frozen=True)
class Commitment:
    running: int
    vcpus: int
    host_cpus: int | None
    memory_kib: int
    host_memory_kib: int | None

    @property
    def vcpu_ratio(self) -> float | None:
        """vCPUs per host CPU (above 1: the CPUs are overcommitted)."""
        return self.vcpus / self.host_cpus if self.host_cpus else None

    @property
    def memory_fraction(self) -> float | None:
        return self.memory_kib / self.host_memory_kib if self.host_memory_kib else None


def shares(domains: Iterable[Domain], host_cpus: int | None, host_memory_kib: int | None) -> list[VmShare]:
    """The running VMs with their shares, the largest memory first."""
    found = []
    for domain in domains:
        if not domain.is_active:
            continue
        cpu = domain.stats.cpu.last
        found.append(VmShare(
            domain,
            domain.memory_kib / host_memory_kib if host_memory_kib else None,
            cpu / 100.0 * domain.vcpus / host_cpus if cpu is not None and host_cpus else None))
    return sorted(found, key=lambda share: (-share.domain.memory_kib, share.domain.name))


def commitment(domains: Iterable[Domain], host_cpus: int | None, host_memory_kib: int | None) -> Commitment:
    running = [domain for domain in domains if domain.is_active]
    return Commitment(len(running), sum(d.vcpus for d in running), host_cpus,
                      sum(d.memory_kib for d in running), host_memory_kib)
