"""Sizes and rates as people read them (binary units, as libvirt and virsh use)."""

from __future__ import annotations


def format_kib(kib: float) -> str:
    """1536 -> '1.5 MiB'; three significant figures at most."""
    value = float(kib)
    for unit in ("KiB", "MiB", "GiB", "TiB"):
        if value < 1024 or unit == "TiB":
            return f"{value:.0f} {unit}" if unit == "KiB" or value >= 100 else f"{value:.1f} {unit}"
        value /= 1024
    return ""


def format_bytes(size: float) -> str:
    return format_kib(size / 1024)


def format_rate(bytes_per_second: float) -> str:
    return format_bytes(bytes_per_second) + "/s"


def format_percent(value: float) -> str:
    return f"{value:.0f} %"
