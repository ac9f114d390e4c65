"""The rig's sshd with paramiko: host key pinned by known_hosts, key and password logins, a tunnel to VNC."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator

import libvirt
import paramiko
import pytest
from lxml import etree
from rig.sshd import Sshd

pytestmark = pytest.mark.integration


def _client(sshd: Sshd) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_host_keys(str(sshd.known_hosts_path))
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    return client


@pytest.fixture
def key_client(sshd: Sshd) -> Iterator[paramiko.SSHClient]:
    client = _client(sshd)
    client.connect(sshd.host, sshd.port, username=sshd.key_user, key_filename=str(sshd.key_path),
                   look_for_keys=False, allow_agent=False, timeout=10)
    yield client
    client.close()


def _run(client: paramiko.SSHClient, command: str) -> str:
    _stdin, stdout, stderr = client.exec_command(command, timeout=30)
    output = stdout.read().decode()
    assert stdout.channel.recv_exit_status() == 0, stderr.read().decode()
    return output


def test_key_login_reaches_the_rig_session_daemon(
    sshd: Sshd, key_client: paramiko.SSHClient, tcg_guest: libvirt.virDomain
) -> None:
    server_key = key_client.get_transport().get_remote_server_key()
    fingerprint = base64.b64encode(hashlib.sha256(server_key.asbytes()).digest()).decode().rstrip("=")
    assert f"SHA256:{fingerprint}" == sshd.host_key_fingerprint
    assert _run(key_client, "id -un").strip() == sshd.key_user
    listed = _run(key_client, "virsh -c qemu:///session list --name").split()
    assert tcg_guest.name() in listed


def test_unknown_host_key_is_rejected(sshd: Sshd) -> None:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    try:
        with pytest.raises(paramiko.SSHException, match="not found in known_hosts"):
            client.connect(sshd.host, sshd.port, username=sshd.key_user, key_filename=str(sshd.key_path),
                           look_for_keys=False, allow_agent=False, timeout=10)
    finally:
        client.close()


def test_password_user_logs_in_with_its_password_only(sshd: Sshd) -> None:
    refused = _client(sshd)
    try:
        with pytest.raises(paramiko.AuthenticationException):
            refused.connect(sshd.host, sshd.port, username=sshd.password_user, password=sshd.password + "x",
                            look_for_keys=False, allow_agent=False, timeout=10)
    finally:
        refused.close()  # else sshd keeps that connection's processes until the run ends
    client = _client(sshd)
    client.connect(sshd.host, sshd.port, username=sshd.password_user, password=sshd.password,
                   look_for_keys=False, allow_agent=False, timeout=10)
    try:
        assert _run(client, "id -un").strip() == sshd.password_user
    finally:
        client.close()


def test_direct_tcpip_channel_reaches_the_guest_vnc_server(
    key_client: paramiko.SSHClient, tcg_guest: libvirt.virDomain
) -> None:
    graphics = etree.fromstring(tcg_guest.XMLDesc()).find("devices/graphics[@type='vnc']")
    port = int(graphics.get("port"))
    assert port >= 5900
    channel = key_client.get_transport().open_channel("direct-tcpip", ("127.0.0.1", port), ("127.0.0.1", 0))
    try:
        channel.settimeout(10)
        assert channel.recv(12) == b"RFB 003.008\n"
    finally:
        channel.close()
