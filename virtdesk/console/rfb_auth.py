"""VNC Authentication (RFB security type 2): the 16-byte challenge encrypted with DES, keyed by the password.

The key is the password's first 8 bytes (zero-padded), each byte with its bits in reverse order. DES comes from
`cryptography` (paramiko's own dependency): TripleDES with the key three times over is single DES.
"""

from __future__ import annotations

try:
    from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
except ImportError:  # cryptography before 43
    from cryptography.hazmat.primitives.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers import Cipher, modes

_REVERSED_BITS = bytes(int(f"{value:08b}"[::-1], 2) for value in range(256))


def des_key(password: str) -> bytes:
    return password.encode("utf-8")[:8].ljust(8, b"\0").translate(_REVERSED_BITS)


def challenge_response(password: str, challenge: bytes) -> bytes:
    encryptor = Cipher(TripleDES(des_key(password) * 3), modes.ECB()).encryptor()
    return encryptor.update(challenge) + encryptor.finalize()
