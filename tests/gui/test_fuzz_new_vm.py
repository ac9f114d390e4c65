"""Bad input typed into the New VM wizard on the demo host (issue 17): the VM's name, memory, vCPUs, the disk's
size and name, the network install's tree and kernel arguments, and the cloud-init host name, user, password and
SSH key, each fed hostile, near-valid and valid text through its real widget. Each input is either accepted, and
then the VM's XML passes libvirt's schema (and the cloud-init seed can be written, never holding the password), or
refused with the reason beside the field and Next/Finish disabled; no exception escapes and the host defines
nothing new."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from fuzz_harness import (
    FieldCase,
    Verdicts,
    assert_schema_valid,
    click,
    dns_name,
    field_inputs,
    fuzz,
    number_text,
    shown,
    type_into,
    type_number,
    unchanged_host,
)
from hypothesis import strategies as st
from PySide6.QtWidgets import QWizard

from virtdesk import demo
from virtdesk.gui.new_vm.wizard import NewVmWizard
from virtdesk.model.cloud_seed import meta_data, user_data
from virtdesk.model.vm_creation_plan import InstallMethod, build_plan
from virtdesk.xmlconf.schema import validate

pytestmark = pytest.mark.gui
CLOUD_IMAGE = "debian-12-genericcloud-amd64.qcow2"  # in the demo host's pool default
SSH_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHvCqUp1C1Mw0j3F2FtmLEMnFbbHHkjzvnbq7tEfdFP1 ada@example.org"


@pytest.fixture
def demo_host(qtbot):
    """The demo host; whatever is typed, it defines nothing new."""
    with unchanged_host(qtbot, demo.demo_uri()) as connection:
        yield connection


def button(wizard: NewVmWizard) -> object:
    """The button that takes the user on from the current page: Next, or Finish on the last."""
    which = QWizard.WizardButton.FinishButton if wizard.currentId() == NewVmWizard.FINISH \
        else QWizard.WizardButton.NextButton
    return wizard.button(which)


def open_at(qtbot, connection, method: InstallMethod, page: int, os_id: str = "debian11") -> NewVmWizard:
    wizard = NewVmWizard([connection], connection)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: not wizard.loading and wizard.platform is not None, timeout=20000)
    wizard.method_page.method_radios[method].setChecked(True)
    qtbot.waitUntil(wizard.currentPage().isComplete, timeout=10000)
    wizard.next()
    wizard.finish_page.name_edit.setText("fuzz-vm")  # what the last page would name it
    source = wizard.source_page
    source.choose_os(os_id)
    if method is InstallMethod.NETWORK:
        source.tree_url_edit.setText("http://127.0.0.1:9/tree/")
    if method is InstallMethod.CLOUD:
        chooser = source.chooser(InstallMethod.CLOUD)
        chooser.kind.set_value(chooser.VOLUME)
        chooser.pool_combo.setCurrentIndex(chooser.pool_combo.findData("default"))
        qtbot.waitUntil(lambda: chooser.volume_combo.findText(CLOUD_IMAGE) >= 0, timeout=5000)
        chooser.volume_combo.setCurrentText(CLOUD_IMAGE)
        chooser.edited.emit()
        source.cloud.user_edit.setText("ada")
        source.cloud.password_edit.setText("s3cret")
    while wizard.currentId() != page:
        qtbot.waitUntil(wizard.currentPage().isComplete, timeout=10000)
        wizard.next()
    qtbot.waitUntil(wizard.currentPage().isComplete, timeout=10000)
    return wizard


def check_output(wizard: NewVmWizard) -> None:
    """The VM the answers make is one libvirt's schema accepts, as installed and after the install; its cloud-init
    seed can be written and holds no password as typed."""
    plan = build_plan(wizard.answers())
    assert_schema_valid(plan.install_xml.to_xml(), validate)
    if plan.final_xml is not None:
        assert_schema_valid(plan.final_xml.to_xml(), validate)
    cloud_init = wizard.answers().cloud_init
    if cloud_init is not None:
        seed = user_data(cloud_init) + meta_data(cloud_init)
        password = (cloud_init.password or "").strip()
        assert len(password) < 8 or password not in seed, "the seed holds the password itself"


@dataclass(frozen=True)
class VmField:
    """A field: the install method and page it is on, how text goes in, and the reason shown beside it."""

    case: FieldCase
    method: InstallMethod
    page: int
    type_text: Callable[[NewVmWizard, str], None]
    reason: Callable[[NewVmWizard], str]


URL = st.builds(lambda scheme, host, path: f"{scheme}://{host}/{path}", st.sampled_from(["http", "https", "ftp"]),
                dns_name(), st.from_regex(r"\A[\w./-]{0,20}\Z"))
VM_FIELDS = [
    VmField(FieldCase("VM name", field_inputs(st.from_regex(r"\A[A-Za-z0-9][A-Za-z0-9._+-]{0,40}\Z"),
                                              st.from_regex(r"\A[A-Za-z0-9][A-Za-z0-9._+-]{60,70}\Z"))),
            InstallMethod.MANUAL, NewVmWizard.FINISH, lambda w, t: type_into(w.finish_page.name_edit, t),
            lambda w: shown(w.finish_page.name_problem) or shown(w.finish_page.xml_problem)),
    VmField(FieldCase("VM memory", number_text(), max_examples=100), InstallMethod.MANUAL, NewVmWizard.RESOURCES,
            lambda w, t: type_number(w.resources_page.memory_spin, t),
            lambda w: shown(w.resources_page.memory_problem)),
    VmField(FieldCase("VM vCPUs", number_text(), max_examples=100), InstallMethod.MANUAL, NewVmWizard.RESOURCES,
            lambda w, t: type_number(w.resources_page.vcpus_spin, t),
            lambda w: shown(w.resources_page.vcpus_problem)),
    VmField(FieldCase("VM disk size", number_text(), max_examples=100), InstallMethod.MANUAL, NewVmWizard.STORAGE,
            lambda w, t: type_number(w.storage_page.size_spin, t), lambda w: shown(w.storage_page.create_problem)),
    VmField(FieldCase("VM disk image name", field_inputs(st.from_regex(r"\A[\w.+-]{1,30}\.qcow2\Z")),
                      examples=("\x1b",)),
            InstallMethod.MANUAL, NewVmWizard.STORAGE, lambda w, t: type_into(w.storage_page.volume_name_edit, t),
            lambda w: shown(w.storage_page.create_problem)),
    VmField(FieldCase("install tree URL", field_inputs(URL), examples=("\x08HTTP://0", "http://example.org/a b",
                                                                       "http://[")),
            InstallMethod.NETWORK, NewVmWizard.SOURCE, lambda w, t: type_into(w.source_page.tree_url_edit, t),
            lambda w: shown(w.source_page.tree_url_problem)),
    VmField(FieldCase("kickstart URL", field_inputs(URL | st.just("")), max_examples=100), InstallMethod.NETWORK,
            NewVmWizard.SOURCE, lambda w, t: type_into(w.source_page.kickstart_edit, t),
            lambda w: shown(w.source_page.kickstart_problem)),
    VmField(FieldCase("kernel arguments", field_inputs(
        st.lists(st.from_regex(r"\A[\w.,=:/-]{1,16}\Z") | st.from_regex(r'\A\w{1,8}="[\w ]{0,12}"\Z'), max_size=4)
        .map(" ".join)), examples=("0\x1f0", 'quiet a="b', "console=ttyS0 " * 200)),
        InstallMethod.NETWORK, NewVmWizard.SOURCE, lambda w, t: type_into(w.source_page.kernel_args_edit, t),
        lambda w: shown(w.source_page.kernel_args_problem)),
    VmField(FieldCase("cloud-init host name", field_inputs(dns_name())),
            InstallMethod.CLOUD, NewVmWizard.SOURCE, lambda w, t: type_into(w.source_page.cloud.hostname_edit, t),
            lambda w: shown(w.source_page.cloud.hostname_problem)),
    VmField(FieldCase("cloud-init user", field_inputs(st.from_regex(r"\A[a-z_][a-z0-9_-]{0,20}\Z")
                                                      .filter(lambda u: u != "root"))),
            InstallMethod.CLOUD, NewVmWizard.SOURCE, lambda w, t: type_into(w.source_page.cloud.user_edit, t),
            lambda w: shown(w.source_page.cloud.user_problem)),
    VmField(FieldCase("cloud-init password", field_inputs(st.text(min_size=1, max_size=30)), refusable=False),
            InstallMethod.CLOUD,
            NewVmWizard.SOURCE, lambda w, t: type_into(w.source_page.cloud.password_edit, t),
            lambda w: shown(w.source_page.cloud.login_problem)),
    VmField(FieldCase("cloud-init SSH key", field_inputs(st.builds(
        lambda comment: f"{SSH_KEY.rsplit(' ', 1)[0]} {comment}".strip(), st.from_regex(r"\A[\w@.-]{0,20}\Z"))),
        examples=(SSH_KEY[:24] + "\u202e" + SSH_KEY[24:],)),
        InstallMethod.CLOUD, NewVmWizard.SOURCE, lambda w, t: w.source_page.cloud.keys_edit.setPlainText(t),
        lambda w: shown(w.source_page.cloud.login_problem)),
]


@pytest.mark.parametrize("field", VM_FIELDS, ids=lambda f: str(f.case) if isinstance(f, VmField) else None)
def test_new_vm_wizard_fields(qtbot, demo_host, field: VmField):
    wizard = open_at(qtbot, demo_host, field.method, field.page)
    if field.case.name == "cloud-init SSH key":
        wizard.source_page.cloud.password_edit.setText("")
    verdicts = Verdicts()

    def feed(text: str) -> None:
        field.type_text(wizard, text)
        wizard.source_page._check_timer.stop()  # no fetch of a typed install tree from the network
        if verdicts.judge(field.case.name, field.reason(wizard), not button(wizard).isEnabled()):
            check_output(wizard)
        else:
            click(button(wizard))
            assert wizard.currentId() == field.page and wizard.finish_page.job is None

    fuzz(field.case, feed)
    verdicts.check_shares(field.case)
