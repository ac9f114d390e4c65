"""virtdesk installed as its users get it: the wheel in a fresh venv, the Debian package installed with apt, and the
desktop entry, AppStream metainfo, RPM spec and Flatpak manifest checked by their own tools.

The builds work on a copy of the checkout (the tree is shared with other work). Run as root: the .deb is installed
with apt-get into a throw-away root (rig.throwaway_root: an overlay of this machine in a private mount namespace),
so the machine stays as it was.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
import zipfile
from pathlib import Path
from typing import Any

import pytest
from lxml import etree
from rig import apt
from rig.errors import Unavailable, missing_part
from rig.throwaway_root import ThrowawayRoot, bootstrap

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.virtdesk"
NOT_COPIED = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache",
                                    ".hypothesis", "*.qm", "debian")
PACKAGING_TOOLS = ("desktop-file-validate", "appstreamcli", "dpkg-buildpackage", "dh", "lintian", "rpmlint")


def run(command: list[str | Path], timeout: float = 300, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    """Runs a command; a failure shows its whole output."""
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True, timeout=timeout,
                            check=False, **kwargs)
    errors = "\n".join(line[:500] for line in result.stderr.splitlines() if "error" in line.lower())
    assert result.returncode == 0, f"{command} exited {result.returncode}:\n{result.stdout[-4000:]}\n" \
                                   f"{result.stderr[-4000:]}\nits error lines:\n{errors[-6000:]}"
    return result


def check_screenshot(program: str | Path, workdir: Path) -> None:
    """The program opens the demo host offscreen and saves a picture of it."""
    picture = workdir / "demo.png"
    run([program, "--connect", "demo", "--screenshot", picture], cwd=workdir,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert picture.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") and picture.stat().st_size > 10_000


def first_translation(ts: Path) -> tuple[str, str, str]:
    """(context, source, translation) of the first finished message of the program's own "app" context."""
    tree = etree.parse(str(ts))
    message = tree.xpath("//context[name='app']/message[translation[not(@type)] != '']")[0]
    return "app", message.findtext("source"), message.findtext("translation")


def debian_python_dependencies() -> list[str]:
    """Debian's package of every requirement of the program (pyproject.toml) but PySide6, which the .deb carries."""
    requirements = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    names = {re.match(r"[A-Za-z0-9._-]+", requirement)[0].lower() for requirement in requirements}
    debian = {"libvirt-python": "python3-libvirt", "pyside6-essentials": None}
    return sorted(filter(None, (debian.get(name, f"python3-{name}") for name in names)))


def build_dependencies() -> list[str]:
    """The Debian package recipe's Build-Depends (dpkg-shlibdeps finds the libraries Qt's plugins need in them)."""
    control = (PACKAGING / "debian" / "control").read_text()
    field = re.search(r"^Build-Depends:(.*?)^\S", control, re.MULTILINE | re.DOTALL)[1]
    names = [re.match(r"\s*([a-z0-9.+-]+)", item)[1] for item in field.split(",") if item.strip()]
    return ["debhelper" if name == "debhelper-compat" else name for name in names]


@pytest.fixture(scope="module")
def tools() -> None:
    if os.geteuid() != 0:
        missing_part("the packaging tests install packages and need root")
    try:
        apt.ensure("desktop-file-utils", "appstream", "dpkg-dev", "debhelper", "lintian", "rpmlint", "python3-venv",
                   "python3-yaml", "debootstrap", *build_dependencies())
    except Exception as error:  # noqa: BLE001 (an uninstallable tool is a missing rig part)
        missing_part(str(error))
    if absent := [tool for tool in PACKAGING_TOOLS if shutil.which(tool) is None]:
        missing_part(f"not found after installing their packages: {', '.join(absent)}")


@pytest.fixture(scope="module")
def source_copy(tmp_path_factory: pytest.TempPathFactory, tools: None) -> Path:
    copy = tmp_path_factory.mktemp("packaging") / "virtdesk"
    shutil.copytree(ROOT, copy, ignore=NOT_COPIED, symlinks=True)
    return copy


@pytest.fixture(scope="module")
def wheel(source_copy: Path) -> Path:
    out = source_copy.parent / "wheels"
    run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--disable-pip-version-check", "-w", out,
         source_copy])
    (built,) = out.glob("virtdesk-*.whl")
    return built


def test_wheel_carries_resources_forms_translations_icons_and_the_guide(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    data, resources = "virtdesk/_data/", ROOT / "resources"
    expected = {data + "resources/demo/host.xml", data + "resources/icons/virtdesk.svg"}
    expected |= {f"{data}resources/demo/domains/{p.name}" for p in (resources / "demo" / "domains").iterdir()}
    expected |= {f"{data}resources/icons/fallback/{p.name}" for p in (resources / "icons" / "fallback").iterdir()}
    expected |= {f"{data}ui/{p.name}" for p in (ROOT / "ui").glob("*.ui")}
    expected |= {f"{data}resources/translations/{p.stem}.qm" for p in (resources / "translations").glob("*.ts")}
    guide = sorted((ROOT / "docs" / "guide").rglob("*.html"))  # Help → Contents, in English and Japanese
    expected |= {f"{data}{p.relative_to(ROOT)}" for p in guide}
    pictures = {(page.parent / src).resolve().relative_to(ROOT) for page in guide
                for src in re.findall(r'<img [^>]*src="([^"]+)"', page.read_text(encoding="utf-8"))}
    assert len(pictures) >= 10
    expected |= {f"{data}{picture}" for picture in pictures}
    assert len(expected) > 10
    assert expected - names == set()
    assert not [name for name in names if name.endswith(".ts")]


def test_wheel_in_a_fresh_venv_runs_the_demo_host_in_japanese_too(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    run([sys.executable, "-m", "venv", venv])
    run([venv / "bin" / "pip", "install", "-q", "--disable-pip-version-check", wheel], timeout=600)
    check_screenshot(venv / "bin" / "virtdesk", tmp_path)
    context, source, translation = first_translation(ROOT / "resources" / "translations" / "virtdesk_ja.ts")
    probe = (
        "import sys; from PySide6.QtCore import QCoreApplication; from virtdesk import app, resources; "
        "qt = QCoreApplication([]); app._install_translations(qt); "
        "print(resources.data_root()); print(QCoreApplication.translate(sys.argv[1], sys.argv[2]))"
    )
    japanese = {**os.environ, "LANG": "ja_JP.UTF-8", "LC_ALL": "", "LANGUAGE": ""}
    out = run([venv / "bin" / "python", "-c", probe, context, source], cwd=tmp_path, env=japanese).stdout
    data_root, translated = out.splitlines()
    assert Path(data_root).is_relative_to(venv) and Path(data_root).name == "_data"
    assert translated == translation != source


def test_desktop_entry_and_metainfo_validate_and_name_each_other() -> None:
    desktop = PACKAGING / f"{APP_ID}.desktop"
    metainfo = PACKAGING / f"{APP_ID}.metainfo.xml"
    assert run(["desktop-file-validate", desktop]).stdout == ""
    result = run(["appstreamcli", "validate", "--no-net", "--pedantic", "--strict", metainfo])
    assert "✔ Validation was successful." in result.stdout and "infos" not in result.stdout, result.stdout
    component = etree.parse(str(metainfo)).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == desktop.name
    assert component.xpath("count(screenshots/screenshot/image)") >= 1
    assert component.find("releases/release/description") is not None
    assert f"Icon={APP_ID}\n" in desktop.read_text()


def test_rpm_spec_is_lint_clean() -> None:
    result = run(["rpmlint", "-r", PACKAGING / "virtdesk.rpmlintrc", PACKAGING / "virtdesk.spec"])
    assert "0 errors, 0 warnings" in result.stdout, result.stdout


def test_flatpak_manifest_follows_flathub_naming() -> None:
    manifest = PACKAGING / "flatpak" / f"{APP_ID}.yml"
    probe = "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))"
    document = json.loads(run(["/usr/bin/python3", "-c", probe, manifest]).stdout)  # Debian's python3-yaml
    assert document["id"] == APP_ID and document["command"] == "virtdesk"
    assert document["modules"][-1]["name"] == "virtdesk"
    assert not any(arg.startswith("--filesystem=host") for arg in document["finish-args"])


@pytest.fixture(scope="module")
def deb(source_copy: Path) -> Path:
    shutil.copytree(PACKAGING / "debian", source_copy / "debian")
    run(["dpkg-buildpackage", "-us", "-uc", "-b"], cwd=source_copy, timeout=900)
    (built,) = source_copy.parent.glob("virtdesk_*.deb")
    return built


def test_debian_package_contents_and_lintian(deb: Path) -> None:
    info = run(["dpkg-deb", "--info", deb]).stdout
    for dependency in (*debian_python_dependencies(), "libxcb-cursor0"):
        assert dependency in info, dependency
    contents = run(["dpkg-deb", "--contents", deb]).stdout
    for path in ("./usr/bin/virtdesk", f"./usr/share/applications/{APP_ID}.desktop",
                 f"./usr/share/metainfo/{APP_ID}.metainfo.xml", f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
                 f"./usr/share/icons/hicolor/48x48/apps/{APP_ID}.png", "./usr/lib/virtdesk/PySide6/QtWidgets.abi3.so",
                 "./usr/lib/virtdesk/virtdesk/_data/resources/demo/host.xml",
                 "./usr/lib/virtdesk/virtdesk/_data/resources/translations/virtdesk_ja.qm",
                 "./usr/lib/virtdesk/virtdesk/_data/docs/guide/index.html",
                 "./usr/share/doc/virtdesk/copyright"):
        assert f" {path}\n" in contents, path
    lintian = subprocess.run(["lintian", "--fail-on", "error", deb], capture_output=True, text=True, timeout=600)
    assert lintian.returncode == 0, lintian.stdout + lintian.stderr



# the freedesktop icon lookup, done by Qt in the root: hicolor under /usr/share/icons (XDG_DATA_DIRS' default)
ICON_PROBE = """import sys
sys.path.insert(0, "/usr/lib/virtdesk")
from PySide6.QtGui import QGuiApplication, QIcon
app = QGuiApplication([])
QIcon.setThemeSearchPaths(["/usr/share/icons"])
QIcon.setThemeName("hicolor")
icon = QIcon.fromTheme(sys.argv[1])
print(sorted({size.width() for size in icon.availableSizes()}) if not icon.pixmap(48).isNull() else "not found")
"""


RECOMMENDS_PROBE = """import json, sys
sys.path.insert(0, "/usr/lib/virtdesk")
from PySide6.QtGui import QFontDatabase, QGuiApplication
from virtdesk.osinfo.catalogue import Catalogue
app = QGuiApplication([])
catalogue = Catalogue()
debian = catalogue.get("debian11")
japanese = QFontDatabase.families(QFontDatabase.WritingSystem.Japanese)
print(json.dumps([len(catalogue.all()), debian.name if debian else "", [f for f in japanese if "CJK" in f]]))
"""


def machine_state(root: Path) -> tuple[list[str], bool, bool, bool]:
    """What installing the package on the machine itself would change: which of it and its Python dependencies
    dpkg has, the program's files, mounts of the throw-away root."""
    return (apt.missing(["virtdesk", *debian_python_dependencies()]), Path("/usr/bin/virtdesk").exists(),
            Path("/usr/lib/virtdesk").exists(), str(root) in Path("/proc/self/mountinfo").read_text())


@pytest.fixture(scope="module")
def fresh_system(tmp_path_factory: pytest.TempPathFactory, tools: None) -> Path:
    """A minimal system of this machine's release, as debootstrap makes it (a fresh install's packages only)."""
    try:
        return bootstrap(tmp_path_factory.mktemp("fresh-system"))
    except Unavailable as error:
        missing_part(str(error))


def test_debian_package_installs_with_apt_starts_and_purges(deb: Path, fresh_system: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """apt installs the .deb and what it depends on, from Debian's archive, into a throw-away copy of a fresh
    minimal system of this machine's release (debootstrap: none of what this machine added is there); there the
    installed /usr/bin/virtdesk (Debian's python3, the package's own PySide6) prints its version and shows the demo
    host, the desktop finds its entry, metainfo and icon, what it recommends is in Debian's archive and, installed,
    gives it the OS catalogue and a CJK font, and a purge leaves none of its files, byte-code included.
    The machine itself stays as it was."""
    before = machine_state(tmp_path)
    assert "virtdesk" in before[0] and not before[1] and not before[2], \
        "virtdesk is installed on this machine: the test could not tell what the package installs"
    shared = tmp_path / "shared"
    shared.mkdir()
    try:
        root = ThrowawayRoot(tmp_path / "root", shared=[shared], lower=fresh_system)
    except Unavailable as error:
        missing_part(str(error))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive", "QT_QPA_PLATFORM": "offscreen"}
    timings: list[str] = []

    def in_root(argv: list[str | Path], timed: str = "", timeout: float = 120) -> str:
        started = time.monotonic()
        result = root.run(argv, timeout=timeout, env=env)
        if timed:
            timings.append(f"{timed} {time.monotonic() - started:.1f} s")
        assert result.returncode == 0, f"{argv} exited {result.returncode}:\n{result.stdout[-4000:]}\n" \
                                       f"{result.stderr[-4000:]}"
        return result.stdout

    try:
        depends = run(["dpkg-deb", "-f", deb, "Depends"]).stdout
        assert set(debian_python_dependencies()) <= {item.split()[0] for item in depends.split(", ")}, depends
        in_root(["apt-get", "update", "-qq"], "apt-get update")
        package = shutil.copy(deb, shared)  # where the root sees it
        in_root(["apt-get", "install", "-y", "-q", "--no-install-recommends", package], "apt-get install",
                timeout=900)
        status = in_root(["dpkg-query", "-W", "-f=${Status}\n", "virtdesk", *debian_python_dependencies()])
        assert status.count("install ok installed") == 1 + len(debian_python_dependencies()), status
        assert list(root.file("/usr/lib/virtdesk/virtdesk").glob("__pycache__/app.*.pyc")), "postinst compiled nothing"

        program = root.launcher("/usr/bin/virtdesk", tmp_path / "virtdesk-in-root", time_limit=90)
        started = time.monotonic()
        version = run([program, "--version"], timeout=120).stdout
        timings.append(f"virtdesk --version {time.monotonic() - started:.1f} s")
        project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
        assert version == f"virtdesk {project['version']}\n"
        started = time.monotonic()
        check_screenshot(program, shared)  # Debian's python3 with the package's PySide6, offscreen
        timings.append(f"virtdesk --connect demo --screenshot {time.monotonic() - started:.1f} s")

        desktop = f"/usr/share/applications/{APP_ID}.desktop"
        assert run(["desktop-file-validate", root.file(desktop)]).stdout == ""
        result = run(["appstreamcli", "validate-tree", "--no-net", "--pedantic", "--strict", root.upper])
        assert "✔ Validation was successful." in result.stdout, result.stdout  # finds the desktop entry
        exec_line = next(line for line in root.file(desktop).read_text().splitlines() if line.startswith("Exec="))
        assert in_root(["sh", "-c", f"command -v {exec_line[5:].split()[0]}"]) == "/usr/bin/virtdesk\n"
        if in_root(["sh", "-c", "command -v gtk-update-icon-cache || true"]):  # a fresh system may lack it
            assert APP_ID.encode() in root.file("/usr/share/icons/hicolor/icon-theme.cache").read_bytes()  # trigger
        sizes = in_root(["/usr/bin/python3", "-P", "-c", ICON_PROBE, APP_ID], "icon lookup")
        assert sizes != "not found\n" and {16, 48, 512} <= set(json.loads(sizes)), sizes

        # what the package recommends is in Debian, and the installed program uses it where it is installed
        recommends = [item.split()[0] for item in run(["dpkg-deb", "-f", deb, "Recommends"]).stdout.split(",")]
        assert {"osinfo-db", "fonts-noto-cjk"} <= set(recommends), recommends
        for package in recommends:
            policy = in_root(["apt-cache", "policy", package])
            assert "Candidate: (none)" not in policy and "Candidate:" in policy, policy
        in_root(["apt-get", "install", "-y", "-q", "--no-install-recommends", "osinfo-db", "fonts-noto-cjk"],
                "recommended osinfo-db and CJK fonts", timeout=600)
        count, debian, cjk = json.loads(in_root(["/usr/bin/python3", "-P", "-c", RECOMMENDS_PROBE],
                                                "OS catalogue and fonts"))
        assert count > 500 and debian.startswith("Debian 11"), (count, debian)  # the New VM wizard's OS list
        assert cjk, "no CJK font for the Japanese translation"

        in_root(["apt-get", "purge", "-y", "-q", "virtdesk"], "apt-get purge")
        left = in_root(["sh", "-c", "ls -d /usr/lib/virtdesk /usr/bin/virtdesk /usr/share/doc/virtdesk "
                        f"/usr/share/applications/{APP_ID}.desktop 2>/dev/null || true"])
        assert left == "", f"left after the purge:\n{left}"
    finally:
        root.remove()
    with capsys.disabled():
        print(f"\n[installed .deb] {deb.stat().st_size / 1e6:.0f} MB; " + "; ".join(timings))
    assert machine_state(tmp_path) == before, "the machine changed: packages installed, /usr/bin/virtdesk or mounts"
