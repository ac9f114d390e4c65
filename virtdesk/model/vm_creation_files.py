"""Files the New VM job writes into the host's pools: a network install's kernel and initrd (fetched from the tree,
whose .treeinfo also tells which OS it is and where they are) and the cloud-init seed of a cloud image."""

from __future__ import annotations

import configparser
import re
import tempfile
import urllib.request
from dataclasses import dataclass
from urllib.error import HTTPError, URLError

import libvirt
from PySide6.QtCore import QCoreApplication

from virtdesk.model.iso_upload import upload_into_new_volume
from virtdesk.model.jobs import JobContext
from virtdesk.model.vm_creation_plan import tree_file
from virtdesk.model.worker import Task, file_executor, submit
from virtdesk.osinfo import Catalogue, OsEntry

TIMEOUT_S = 30.0
CHUNK = 1024 * 1024


def _tr(text: str) -> str:
    """Translates in the empty context, where lupdate puts _tr("...") (scripts/update_translations.py)."""
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class TreeInfo:
    """What a tree's .treeinfo says."""

    family: str = ""
    version: str = ""
    arch: str = ""
    variant: str = ""
    kernel: str | None = None
    initrd: str | None = None


def parse_treeinfo(text: str) -> TreeInfo:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.read_string(text)

    def value(*places: tuple[str, str]) -> str:
        return next((parser.get(s, k) for s, k in places if parser.has_option(s, k)), "")

    arch = value(("tree", "arch"), ("general", "arch"))
    images = f"images-{arch}"
    return TreeInfo(family=value(("release", "name"), ("general", "family")),
                    version=value(("release", "version"), ("general", "version")), arch=arch,
                    variant=value(("general", "variant"), ("tree", "variants")),
                    kernel=value((images, "kernel")) or None, initrd=value((images, "initrd")) or None)


def _read_treeinfo(tree_url: str) -> TreeInfo | None:
    try:
        with urllib.request.urlopen(tree_file(tree_url, ".treeinfo"), timeout=TIMEOUT_S) as response:
            return parse_treeinfo(response.read(256 * 1024).decode("utf-8", "replace"))
    except HTTPError as exc:
        if exc.code == 404:
            return None
        raise
    except configparser.Error:
        return None


def read_treeinfo(tree_url: str) -> Task:
    """The tree's TreeInfo, or None when it has no (readable) .treeinfo; fails when the tree cannot be reached."""
    return submit(file_executor(), _read_treeinfo, tree_url, description=f"read {tree_url}", timeout=TIMEOUT_S + 5)


def match_tree(catalogue: Catalogue, info: TreeInfo) -> OsEntry | None:
    """The OS whose install trees the treeinfo fits, newest first."""
    def fits(pattern: str | None, value: str) -> bool:
        return pattern is None or re.search(pattern, value) is not None

    found = [entry for entry in catalogue.all() for tree in entry.trees
             if tree.treeinfo_family and fits(tree.treeinfo_family, info.family)
             and fits(tree.treeinfo_version, info.version) and fits(tree.treeinfo_arch, info.arch)]
    found.sort(key=lambda e: e.release_date.toordinal() if e.release_date else 0, reverse=True)
    return found[0] if found else None


def fetch_into_pool(conn: libvirt.virConnect, context: JobContext, url: str, pool_name: str,
                    volume_name: str, made: list[libvirt.virStorageVol]) -> libvirt.virStorageVol:
    """Worker side (job lane): downloads url and writes it into a new raw volume of the pool (appended to made,
    so that a later failure removes it; a failed upload removes it itself)."""
    context.phase(_tr("Fetching {url}").format(url=url))
    with tempfile.NamedTemporaryFile(prefix="virtdesk-", suffix=".boot") as local:
        try:
            with urllib.request.urlopen(url, timeout=TIMEOUT_S) as response:
                total = int(response.headers.get("Content-Length") or 0)
                done = 0
                while chunk := response.read(CHUNK):
                    context.check_cancelled()
                    local.write(chunk)
                    done += len(chunk)
                    context.progress(done, max(total, done))
        except (HTTPError, URLError) as exc:
            raise OSError(_tr("{url} could not be fetched: {error}").format(url=url, error=exc)) from exc
        local.flush()
        made.append(_upload(conn, context, pool_name, volume_name, local.name))
    context.step(_tr("Fetched {url} into {path}").format(url=url, path=made[-1].path()))
    return made[-1]


def write_into_pool(conn: libvirt.virConnect, context: JobContext, pool_name: str, volume_name: str,
                    data: bytes) -> libvirt.virStorageVol:
    """Worker side (job lane): data in a new volume of the pool (a failed write removes it itself)."""
    with tempfile.NamedTemporaryFile(prefix="virtdesk-", suffix=".iso") as local:
        local.write(data)
        local.flush()
        volume = _upload(conn, context, pool_name, volume_name, local.name)
    context.step(_tr("Wrote {path}").format(path=volume.path()))
    return volume


def _upload(conn: libvirt.virConnect, context: JobContext, pool_name: str, volume_name: str,
            path: str) -> libvirt.virStorageVol:
    upload_into_new_volume(conn, context, pool_name, volume_name, path)
    return conn.storagePoolLookupByName(pool_name).storageVolLookupByName(volume_name)
