"""Turning osinfo-db XML into records: a cheap header per `<os>` and, on demand, its full details.

A file that cannot be read or parsed is skipped with a logged warning; a value that does not parse (a bad date,
a non-numeric size) is dropped with a warning and the rest of the entry is kept.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from lxml import etree

from virtdesk.osinfo.records import (
    RESOURCE_KINDS,
    Device,
    DeviceLink,
    Firmware,
    Image,
    Media,
    OsDetails,
    ResourceSpec,
    Tree,
    Variant,
)

log = logging.getLogger("virtdesk.osinfo")

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

Element = etree._Element


def read_root(path: Path) -> Element | None:
    """The root element of `path`, or None (with a warning) when the file is unreadable or malformed."""
    try:
        return etree.parse(str(path)).getroot()
    except (OSError, etree.XMLSyntaxError) as error:
        log.warning("osinfo: skipping %s: %s", path, error)
        return None


def _text(parent: Element, tag: str) -> str | None:
    """Text of the first untranslated `tag` child (the ones without xml:lang)."""
    for child in parent.iterchildren(tag):
        if child.get(XML_LANG) is None:
            text = (child.text or "").strip()
            return text or None
    return None


def _texts(parent: Element, tag: str) -> tuple[str, ...]:
    values = ((child.text or "").strip() for child in parent.iterchildren(tag) if child.get(XML_LANG) is None)
    return tuple(value for value in values if value)


def _refs(parent: Element, tag: str) -> tuple[str, ...]:
    return tuple(ref for child in parent.iterchildren(tag) if (ref := child.get("id")))


def _bool(value: str | None, default: bool) -> bool:
    if value is None:
        return default
    return value.strip().lower() in ("true", "yes", "1")


def _int(parent: Element, tag: str, where: str) -> int | None:
    text = _text(parent, tag)
    if text is None:
        return None
    try:
        return int(text)
    except ValueError:
        log.warning("osinfo: %s: <%s> %r is not a number; ignored", where, tag, text)
        return None


def _date(parent: Element, tag: str, where: str) -> date | None:
    text = _text(parent, tag)
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        log.warning("osinfo: %s: <%s> %r is not a YYYY-MM-DD date; ignored", where, tag, text)
        return None


@dataclass(frozen=True, eq=False)
class OsHeader:
    """What the catalogue index keeps of an `<os>`: enough to list, search and follow inheritance.

    release_status is released, prerelease, snapshot or rolling; the *_ids fields name other OSes by full id.
    """

    id: str
    short_ids: tuple[str, ...]
    name: str
    vendor: str | None
    family: str | None
    distro: str | None
    version: str | None
    codename: str | None
    release_date: date | None
    eol_date: date | None
    release_status: str
    derives_from_ids: tuple[str, ...]
    clones_ids: tuple[str, ...]
    upgrades_ids: tuple[str, ...]


def os_elements(root: Element, path: Path) -> Iterator[tuple[str, Element]]:
    """The `<os>` elements of a db file with their ids; an `<os>` without id is skipped with a warning."""
    for os_el in root.iterchildren("os"):
        os_id = os_el.get("id")
        if not os_id:
            log.warning("osinfo: %s:%s: <os> without id; skipped", path, os_el.sourceline)
            continue
        yield os_id, os_el


def parse_header(os_id: str, os_el: Element) -> OsHeader:
    short_ids = _texts(os_el, "short-id")
    return OsHeader(
        id=os_id,
        short_ids=short_ids,
        name=_text(os_el, "name") or (short_ids[0] if short_ids else os_id),
        vendor=_text(os_el, "vendor"),
        family=_text(os_el, "family"),
        distro=_text(os_el, "distro"),
        version=_text(os_el, "version"),
        codename=_text(os_el, "codename"),
        release_date=_date(os_el, "release-date", os_id),
        eol_date=_date(os_el, "eol-date", os_id),
        release_status=_text(os_el, "release-status") or "released",
        derives_from_ids=_refs(os_el, "derives-from"),
        clones_ids=_refs(os_el, "clones"),
        upgrades_ids=_refs(os_el, "upgrades"),
    )


def parse_details(os_id: str, os_el: Element) -> OsDetails:
    return OsDetails(
        resources=_resources(os_id, os_el),
        device_links=tuple(
            DeviceLink(device_id=dev_id, supported=_bool(dev.get("supported"), True))
            for devices in os_el.iterchildren("devices")
            for dev in devices.iterchildren("device")
            if (dev_id := dev.get("id"))
        ),
        firmwares=tuple(_firmware(fw) for fw in os_el.iterchildren("firmware") if fw.get("type")),
        media=tuple(_media(os_id, el) for el in os_el.iterchildren("media")),
        trees=tuple(_tree(el) for el in os_el.iterchildren("tree")),
        images=tuple(_image(el) for el in os_el.iterchildren("image")),
        variants=tuple(
            Variant(id=var_id, name=_text(el, "name"))
            for el in os_el.iterchildren("variant")
            if (var_id := el.get("id"))
        ),
        kernel_url_argument=_text(os_el, "kernel-url-argument"),
        cloud_image_username=_text(os_el, "cloud-image-username"),
    )


def _resources(os_id: str, os_el: Element) -> tuple[tuple[str, tuple[ResourceSpec, ...]], ...]:
    by_kind: dict[str, list[ResourceSpec]] = {kind: [] for kind in RESOURCE_KINDS}
    for block in os_el.iterchildren("resources"):
        arch = block.get("arch") or "all"
        inherit = _bool(block.get("inherit"), False)
        for kind in RESOURCE_KINDS:
            values = block.find(kind)
            if values is None:
                # libosinfo: an inheriting block stands for every kind, all values to be inherited.
                if inherit:
                    by_kind[kind].append(ResourceSpec(arch=arch, inherit=True))
                continue
            where = f"{os_id} {kind} resources"
            by_kind[kind].append(
                ResourceSpec(
                    arch=arch,
                    inherit=inherit,
                    n_cpus=_int(values, "n-cpus", where),
                    cpu_hz=_int(values, "cpu", where),
                    ram_bytes=_int(values, "ram", where),
                    storage_bytes=_int(values, "storage", where),
                )
            )
    return tuple((kind, tuple(specs)) for kind, specs in by_kind.items() if specs)


def _firmware(el: Element) -> Firmware:
    return Firmware(
        arch=el.get("arch") or "all",
        type=el.get("type") or "",
        supported=_bool(el.get("supported"), True),
        features=tuple(
            (name, _bool(feature.get("supported"), True))
            for feature in el.iterchildren("feature")
            if (name := feature.get("name"))
        ),
    )


def _media(os_id: str, el: Element) -> Media:
    iso = el.find("iso")
    reboots = el.get("installer-reboots")
    return Media(
        arch=el.get("arch") or "all",
        url=_text(el, "url"),
        volume_id=None if iso is None else _text(iso, "volume-id"),
        system_id=None if iso is None else _text(iso, "system-id"),
        publisher_id=None if iso is None else _text(iso, "publisher-id"),
        application_id=None if iso is None else _text(iso, "application-id"),
        volume_size=None if iso is None else _int(iso, "volume-size", f"{os_id} media"),
        live=_bool(el.get("live"), False),
        installer=_bool(el.get("installer"), True),
        installer_script=_bool(el.get("installer-script"), True),
        installer_reboots=int(reboots) if reboots and reboots.isdigit() else None,
        kernel=_text(el, "kernel"),
        initrd=_text(el, "initrd"),
        variants=_refs(el, "variant"),
    )


def _tree(el: Element) -> Tree:
    info = el.find("treeinfo")
    return Tree(
        arch=el.get("arch") or "all",
        url=_text(el, "url"),
        kernel=_text(el, "kernel"),
        initrd=_text(el, "initrd"),
        treeinfo_family=None if info is None else _text(info, "family"),
        treeinfo_version=None if info is None else _text(info, "version"),
        treeinfo_variant=None if info is None else _text(info, "variant"),
        treeinfo_arch=None if info is None else _text(info, "arch"),
        variants=_refs(el, "variant"),
    )


def _image(el: Element) -> Image:
    return Image(
        arch=el.get("arch") or "all",
        url=_text(el, "url"),
        format=el.get("format"),
        cloud_init=_bool(el.get("cloud-init"), False),
        variants=_refs(el, "variant"),
    )


def parse_devices(root: Element) -> Iterator[Device]:
    for el in root.iterchildren("device"):
        dev_id = el.get("id")
        if not dev_id:
            continue
        yield Device(
            id=dev_id,
            name=_text(el, "name"),
            device_class=_text(el, "class"),
            bus_type=_text(el, "bus-type"),
            vendor=_text(el, "vendor"),
            vendor_id=_text(el, "vendor-id"),
            product=_text(el, "product"),
            product_id=_text(el, "product-id"),
        )
