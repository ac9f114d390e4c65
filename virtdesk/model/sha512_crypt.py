"""SHA-512-crypt ("$6$" password hashes, as in /etc/shadow) by Ulrich Drepper's published algorithm ("Unix crypt
using SHA-256 and SHA-512"), on hashlib: Python's crypt module is deprecated and gone from 3.13."""

from __future__ import annotations

import hashlib
import secrets

ALPHABET = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
DEFAULT_ROUNDS = 5000
MIN_ROUNDS, MAX_ROUNDS = 1000, 999_999_999
MAX_SALT = 16
# the order in which the 64 digest bytes are written out, three at a time
_ORDER = [tuple((k, k + 21, k + 42)[(k + turn) % 3] for turn in range(3)) for k in range(21)]


def _repeated(digest: bytes, length: int) -> bytes:
    return (digest * (length // len(digest) + 1))[:length]


def _encode(digest: bytes) -> str:
    out = []
    for first, second, third in _ORDER:
        word = digest[first] << 16 | digest[second] << 8 | digest[third]
        out += [ALPHABET[(word >> 6 * i) & 0x3F] for i in range(4)]
    out += [ALPHABET[(digest[63] >> 6 * i) & 0x3F] for i in range(2)]
    return "".join(out)


def sha512_crypt(password: str | bytes, salt: str | None = None, rounds: int | None = None) -> str:
    """The "$6$[rounds=N$]salt$hash" of password; salt: ASCII, at most 16 characters of it are used (a random one when
    None); rounds: clamped to 1000..999999999, and named in the result only when given."""
    secret = password.encode() if isinstance(password, str) else password
    if salt is None:
        salt = "".join(secrets.choice(ALPHABET) for _ in range(MAX_SALT))
    if not salt.isascii() or any(c in "$:" or c.isspace() for c in salt):
        raise ValueError("a salt is ASCII without “$”, “:” or white space")
    salt_bytes = salt[:MAX_SALT].encode()
    count = DEFAULT_ROUNDS if rounds is None else min(max(rounds, MIN_ROUNDS), MAX_ROUNDS)

    b = hashlib.sha512(secret + salt_bytes + secret).digest()
    a = hashlib.sha512(secret + salt_bytes + _repeated(b, len(secret)))
    length = len(secret)
    while length:
        a.update(b if length & 1 else secret)
        length >>= 1
    digest = a.digest()
    p = _repeated(hashlib.sha512(secret * len(secret)).digest(), len(secret))
    s = _repeated(hashlib.sha512(salt_bytes * (16 + digest[0])).digest(), len(salt_bytes))
    for i in range(count):
        c = hashlib.sha512(p if i & 1 else digest)
        if i % 3:
            c.update(s)
        if i % 7:
            c.update(p)
        c.update(digest if i & 1 else p)
        digest = c.digest()

    prefix = "$6$" if rounds is None else f"$6$rounds={count}$"
    return f"{prefix}{salt_bytes.decode()}${_encode(digest)}"
