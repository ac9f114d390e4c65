"""OS catalogue read straight from the osinfo-db XML files (lxml only: no GObject, Qt or libvirt)."""

from virtdesk.osinfo.catalogue import GENERIC_SHORT_ID, Catalogue, default_catalogue
from virtdesk.osinfo.entry import DEFAULT_ARCH, OsEntry
from virtdesk.osinfo.identify import IsoHeader, MediaMatch
from virtdesk.osinfo.records import Device, Firmware, Image, Media, Resources, Tree, Variant
from virtdesk.osinfo.sources import PATH_ENV_VAR, default_paths

__all__ = [
    "DEFAULT_ARCH",
    "GENERIC_SHORT_ID",
    "PATH_ENV_VAR",
    "Catalogue",
    "Device",
    "Firmware",
    "Image",
    "IsoHeader",
    "Media",
    "MediaMatch",
    "OsEntry",
    "Resources",
    "Tree",
    "Variant",
    "default_catalogue",
    "default_paths",
]
