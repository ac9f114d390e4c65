"""The cloud-init seed: SHA-512-crypt against the published test vectors and OpenSSL, the checks of host names,
users and SSH keys (keys made by ssh-keygen and OpenSSH's own security-key test keys), and user-data, meta-data
and the seed ISO read by cloud-init's own code (its YAML loader, its schema, its NoCloud seed reader) and blkid."""

from __future__ import annotations

import base64
import json
import re
import subprocess
from pathlib import Path

import pytest
from unit.model.test_iso_image import extracted, program, run

from virtdesk.model.cloud_seed import (
    CloudInit,
    meta_data,
    seed_iso,
    user_data,
    validate_hostname,
    validate_ssh_key,
    validate_user,
)
from virtdesk.model.sha512_crypt import ALPHABET, sha512_crypt

pytestmark = pytest.mark.unit

PASSWORD = "correct horse \"battery\" \\ staple ☃"
# "Unix crypt using SHA-256 and SHA-512" (Ulrich Drepper), the SHA-512 test vectors
CRYPT_VECTORS = [
    ("$6$saltstring", "Hello world!",
     "$6$saltstring$svn8UoSVapNtMuq1ukKS4tPQd8iKwSMHWjl/O817G3uBnIFNjnQJuesI68u4OTLiBFdcbYEdFCoEOfaS35inz1"),
    ("$6$rounds=10000$saltstringsaltstring", "Hello world!",
     "$6$rounds=10000$saltstringsaltst$OW1/O6BYHV6BcXZu8QVeXbDWra3Oeqh0sbHbbMCVNSnCM/UrjmM0Dp8vOuZeHBy/YTBmSK6H9qs/"
     "y3RnOaw5v."),
    ("$6$rounds=5000$toolongsaltstring", "This is just a test",
     "$6$rounds=5000$toolongsaltstrin$lQ8jolhgVRVhY4b5pZKaysCLi0QBxGoNeKQzQ3glMhwllF7oGDZxUhx1yxdYcz/e1JSbq3y6JMxxl8"
     "audkUEm0"),
    ("$6$rounds=1400$anotherlongsaltstring",
     "a very much longer text to encrypt.  This one even stretches over morethan one line.",
     "$6$rounds=1400$anotherlongsalts$POfYwTEok97VWcjxIiSOjiykti.o/pQs.wPvMxQ6Fm7I6IoYN3CmLs66x9t0oSwbtEW7o7UmJEiDwGq"
     "d8p4ur1"),
    ("$6$rounds=77777$short", "we have a short salt string but not a short password",
     "$6$rounds=77777$short$WuQyW2YR.hBNpjjRhpYD/ifIw05xdfeEyQoMxIXbkvr0gge1a1x3yRULJ5CCaUeOxFmtlcGZelFl5CxtgfiAc0"),
    ("$6$rounds=123456$asaltof16chars..", "a short string",
     "$6$rounds=123456$asaltof16chars..$BtCwjqMJGx5hrJhZywWvt0RLE8uZ4oPwcelCjmw2kSYu.Ec6ycULevoBK25fs2xXgMNrCzIMVcgEJ"
     "AstJeonj1"),
    ("$6$rounds=10$roundstoolow", "the minimum number is still observed",
     "$6$rounds=1000$roundstoolow$kUMsbe306n21p9R.FRkW3IGn.S9NPN0x50YhH1xhLsPuWGsUSklZt58jaTfF4ZEQpyUNGc0dqbpBYYBaHH"
     "rsX."),
]
# OpenSSH's own security-key test keys (regress/unittests/sshkey/testdata/*_sk1.pub)
SK_KEYS = [
    "sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAAICFo/k5LU8863u66YC9eUO2170QduohPURkQnbLa"
    "/dczAAAABHNzaDo= ED25519-SK test key #1",
    "sk-ecdsa-sha2-nistp256@openssh.com AAAAInNrLWVjZHNhLXNoYTItbmlzdHAyNTZAb3BlbnNzaC5jb20AAAAIbmlzdHAyNTYAAABBBGdV"
    "PkKOLUMZ7b6rZfS8BOHotic4NX4MmuyEmiuvkaeKlbb1F+5oNezRYHpcF6P104trNVEONCu1XX1CA7px+QUAAAAEc3NoOg== ECDSA-SK test "
    "key #1",
]
# run by cloud-init's own Python: its YAML loader, and its NoCloud seed reader on an extracted seed
CLOUD_INIT_READER = """
import json, sys
from cloudinit import util
from cloudinit.sources.DataSourceNoCloud import _merge_new_seed
mode, path = sys.argv[1:]
if mode == "yaml":
    print(json.dumps(util.load_yaml(sys.stdin.read())))
elif mode == "device":
    print(json.dumps(util.find_devs_with("LABEL=cidata", path=path)))
else:
    seeded = util.pathprefix2dict(path, required=["user-data", "meta-data"], optional=["vendor-data", "network-config"])
    found = _merge_new_seed({"meta-data": {}, "user-data": b"", "vendor-data": b"", "network-config": None}, seeded)
    print(json.dumps({"meta-data": found["meta-data"], "user-data": util.load_yaml(found["user-data"])}))
"""


@pytest.fixture(scope="module")
def cloud_init() -> str:
    return program("cloud-init", "cloud-init")


@pytest.fixture(scope="module")
def ssh_keygen() -> str:
    return program("ssh-keygen", "openssh-client")


def cloud_init_reads(cloud_init: str, mode: str, path: Path | str = "", text: str = "") -> object:
    """What cloud-init's code (run by the interpreter its command runs on) makes of a text or a path."""
    interpreter = Path(cloud_init).read_text().splitlines()[0].removeprefix("#!").strip()
    result = subprocess.run([interpreter, "-c", CLOUD_INIT_READER, mode, str(path)], input=text, text=True,
                            capture_output=True, check=True, timeout=60)
    return json.loads(result.stdout)


def new_key(ssh_keygen: str, folder: Path, kind: str, bits: int) -> str:
    path = folder / f"{kind}-{bits}"
    run(ssh_keygen, "-q", "-t", kind, "-b", str(bits), "-N", "", "-C", "alice@laptop", "-f", path)
    return Path(f"{path}.pub").read_text()


def blob_fields(key: str) -> list[bytes]:
    blob = base64.b64decode(key.split()[1])
    fields = []
    while blob:
        length = int.from_bytes(blob[:4], "big")
        fields.append(blob[4:4 + length])
        blob = blob[4 + length:]
    return fields


def key_text(kind: str, *fields: bytes) -> str:
    blob = b"".join(len(f).to_bytes(4, "big") + f for f in fields)
    return f"{kind} {base64.b64encode(blob).decode()}"


# -- SHA-512-crypt -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("setting", "password", "expected"), CRYPT_VECTORS)
def test_sha512_crypt_gives_the_published_test_vectors(setting, password, expected):
    match = re.fullmatch(r"\$6\$(?:rounds=(\d+)\$)?(.*)", setting)
    assert match is not None
    rounds = int(match.group(1)) if match.group(1) else None
    assert sha512_crypt(password, match.group(2), rounds) == expected


def test_sha512_crypt_with_a_random_salt_agrees_with_openssl():
    openssl = program("openssl", "openssl")
    for password in ("x", PASSWORD, "ü" * 100):  # openssl takes no empty password
        hashed = sha512_crypt(password)
        match = re.fullmatch(r"\$6\$([./0-9A-Za-z]{16})\$([./0-9A-Za-z]{86})", hashed)
        assert match is not None, hashed
        assert run(openssl, "passwd", "-6", "-salt", match.group(1), password).decode().strip() == hashed
    assert len({sha512_crypt(PASSWORD) for _ in range(3)}) == 3
    assert set(ALPHABET) == set("./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def test_a_salt_that_would_break_the_hash_is_refused():
    for salt in ("a$b", "a:b", "a b", "sälz"):
        with pytest.raises(ValueError):
            sha512_crypt("x", salt)


# -- checks --------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["web01", "WEB-01", "a", "db.example.com", "x" * 63, ".".join(["a" * 63] * 3)])
def test_good_host_names(name):
    assert validate_hostname(name) is None


@pytest.mark.parametrize(("name", "message"), [
    ("", "Give the VM a host name."),
    (".".join(["a" * 63] * 4), "at most 253 characters"),
    ("web..example", "two in a row"),
    ("web.", "begin or end with “.”"),
    ("web_01", "only the letters a–z, digits and “-”"),
    ("wéb", "only the letters"),
    ("web 01", "only the letters"),
    ("x" * 64, "at most 63 characters"),
    ("-web", "cannot begin or end with “-”"),
    ("web.-db", "cannot begin or end with “-”"),
])
def test_bad_host_names_say_why(name, message):
    assert message in (validate_hostname(name) or "")


@pytest.mark.parametrize("name", ["alice", "_svc", "build-bot", "a1_b2", "x" * 32])
def test_good_user_names(name):
    assert validate_user(name) is None


@pytest.mark.parametrize(("name", "message"), [
    ("", "Give the user a name."),
    ("x" * 33, "at most 32 characters"),
    ("Alice", "lower-case letter"),
    ("1alice", "lower-case letter"),
    ("al ice", "lower-case letter"),
    ("alice$", "lower-case letter"),
    ("root", "“root” exists on every system"),
])
def test_bad_user_names_say_why(name, message):
    assert message in (validate_user(name) or "")


def test_keys_ssh_keygen_makes_are_accepted(ssh_keygen, tmp_path):
    for kind, bits in (("ed25519", 256), ("ecdsa", 256), ("ecdsa", 384), ("ecdsa", 521), ("rsa", 2048)):
        key = new_key(ssh_keygen, tmp_path, kind, bits)
        assert validate_ssh_key(key) is None, key
        assert validate_ssh_key(key.split()[0] + " " + key.split()[1]) is None  # no comment
        assert validate_ssh_key(key.replace(" ", "\t", 1)) is None


def test_security_keys_are_accepted_as_ssh_keygen_accepts_them(ssh_keygen, tmp_path):
    for number, key in enumerate(SK_KEYS):
        assert validate_ssh_key(key) is None
        path = tmp_path / f"sk{number}.pub"
        path.write_text(key + "\n")
        assert b"-SK)" in run(ssh_keygen, "-l", "-f", path)
    kind, key, _application = blob_fields(SK_KEYS[0])
    no_application = key_text(kind.decode(), kind, key, b"")
    assert "not a valid key of the type sk-ssh-ed25519@openssh.com" in (validate_ssh_key(no_application) or "")


def test_bad_keys_say_why(ssh_keygen, tmp_path):
    ed25519 = new_key(ssh_keygen, tmp_path, "ed25519", 256)
    ecdsa = new_key(ssh_keygen, tmp_path, "ecdsa", 256)
    kind, data = ed25519.split()[:2]
    fields = blob_fields(ecdsa)
    off_curve = bytearray(fields[2])
    off_curve[20] ^= 1
    private = (tmp_path / "ed25519-256").read_text()
    cases = [
        ("", "Paste an SSH public key"),
        (private, "This is a private key"),
        (ed25519 + ecdsa, "one key per line"),
        ("ssh-dss AAAAB3NzaC1kc3MAAACBAP", "“ssh-dss” is not a type of SSH public key"),
        ("AAAAC3NzaC1lZDI1NTE5AAAAIL", "is not a type of SSH public key"),
        ("ssh-ed25519", "no data after its type"),
        ("ssh-ed25519   ", "no data after its type"),
        (f"{kind} {data[:-3]}", "not valid base64"),
        (f"ssh-rsa {data}", "not of the type ssh-rsa"),
        (key_text(kind, *blob_fields(ed25519), b"trailing"), "not of the type ssh-ed25519"),
        (key_text(kind, kind.encode(), blob_fields(ed25519)[1][:31]), "not a valid key of the type ssh-ed25519"),
        (key_text("ecdsa-sha2-nistp256", *fields[:2], bytes(off_curve)), "not a valid key of the type ecdsa"),
        (key_text("ecdsa-sha2-nistp384", b"ecdsa-sha2-nistp384", *fields[1:]), "not a valid key of the type"),
    ]
    for text, message in cases:
        assert message in (validate_ssh_key(text) or ""), text


def test_a_short_rsa_key_is_refused():
    modulus = b"\0" + b"\xc3" * 96  # 768 bits
    assert "has 768 bits" in (validate_ssh_key(key_text("ssh-rsa", b"ssh-rsa", b"\1\0\1", modulus)) or "")


# -- user-data, meta-data and the seed -----------------------------------------------------------------------------
def config(*keys: str, password: str | None = PASSWORD, hostname: str = "web01.example.com") -> CloudInit:
    return CloudInit(hostname=hostname, user="alice", password=password, ssh_keys=list(keys))


def test_user_data_is_valid_cloud_config_with_the_password_only_hashed(cloud_init, ssh_keygen, tmp_path):
    key = new_key(ssh_keygen, tmp_path, "ed25519", 256)
    text = user_data(config(key, SK_KEYS[0]))
    assert text.startswith("#cloud-config\n") and PASSWORD not in text
    path = tmp_path / "user-data"
    path.write_text(text)
    assert "Valid cloud-config" in run(cloud_init, "schema", "--config-file", path).decode()
    parsed = cloud_init_reads(cloud_init, "yaml", text=text)
    assert isinstance(parsed, dict)
    user = parsed["users"][0]
    assert parsed["hostname"] == "web01" and parsed["fqdn"] == "web01.example.com"
    assert user["name"] == "alice" and user["lock_passwd"] is False and user["sudo"] == "ALL=(ALL) ALL"
    assert user["ssh_authorized_keys"] == [key.strip(), SK_KEYS[0]]
    salt = user["passwd"].split("$")[2]
    assert user["passwd"] == sha512_crypt(PASSWORD, salt)


def test_a_user_without_a_password_logs_in_with_its_keys_and_sudo_asks_none(cloud_init, tmp_path):
    text = user_data(config(SK_KEYS[1], password=None, hostname="db01"))
    path = tmp_path / "user-data"
    path.write_text(text)
    assert "Valid cloud-config" in run(cloud_init, "schema", "--config-file", path).decode()
    parsed = cloud_init_reads(cloud_init, "yaml", text=text)
    assert parsed == {"hostname": "db01", "users": [
        {"name": "alice", "sudo": "ALL=(ALL) NOPASSWD:ALL", "ssh_authorized_keys": [SK_KEYS[1]]}]}
    assert "ssh_authorized_keys" not in user_data(config(password="x"))
    assert "passwd" not in user_data(config(password=""))


def test_any_character_in_a_key_comment_survives_the_quoting(cloud_init):
    comment = "\"quoted\" \\back\\slash\\ tab\there #hash: colon' ünï 雪 \x7f\x85\u2028\ufeff \U0001f511 {x} [y] &z *w"
    key = SK_KEYS[0].rsplit(" ED25519", 1)[0] + " " + comment
    parsed = cloud_init_reads(cloud_init, "yaml", text=user_data(config(key, password=None)))
    assert isinstance(parsed, dict)
    assert parsed["users"][0]["ssh_authorized_keys"] == [key]


def test_meta_data_names_the_instance_and_the_host(cloud_init):
    first, second = config(), config()
    parsed = cloud_init_reads(cloud_init, "yaml", text=meta_data(first))
    assert parsed == {"instance-id": first.instance_id, "local-hostname": "web01.example.com"}
    assert first.instance_id.startswith("web01.example.com-") and first.instance_id != second.instance_id
    fixed = CloudInit("web01", "alice", None, [], instance_uuid="4b5e3f6a-0d1c-4c47-9e59-2a8f7b1d9c10")
    assert meta_data(fixed) == ('instance-id: "web01-4b5e3f6a-0d1c-4c47-9e59-2a8f7b1d9c10"\n'
                                'local-hostname: "web01"\n')


def test_cloud_init_finds_and_reads_the_seed_iso(cloud_init, tmp_path):
    answers = config(SK_KEYS[0])
    image = seed_iso(answers)
    assert PASSWORD.encode() not in image and PASSWORD not in repr(answers)
    iso = tmp_path / "seed.iso"
    iso.write_bytes(image)
    assert "LABEL=cidata" in run(program("blkid", "util-linux"), "-p", "-o", "export", iso).decode().splitlines()
    assert cloud_init_reads(cloud_init, "device", iso) == [str(iso)]
    files = extracted(program("osirrox", "xorriso"), iso, tmp_path / "seed")
    assert sorted(files) == ["meta-data", "user-data"]
    assert files["meta-data"].decode() == meta_data(answers)
    seed = cloud_init_reads(cloud_init, "seed", tmp_path / "seed")
    assert isinstance(seed, dict)
    assert seed["meta-data"] == {"instance-id": answers.instance_id, "local-hostname": "web01.example.com"}
    assert seed["user-data"]["users"][0]["ssh_authorized_keys"] == [SK_KEYS[0]]
