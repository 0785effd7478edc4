"""How a password the program must send in clear (the health-record platform's) is kept: sealed with a random key
that lives in a file of this PC's data folder, never in the database.

A PIN is only ever compared, so it is stored hashed (``services.pins``); the platform's password has to be sent
as typed, so it cannot be. It is stored no more readable than that: the database holds only the sealed text
(``s1$<key id>$<nonce>$<ciphertext>$<tag>``), the 32-byte key is in ``platform.key`` in the user's data folder of
the PC where the password was typed (readable by that user only). A database copied elsewhere, a backup, the
workbook or the audit trail reveal nothing; another PC (a second seat on the same server database) cannot unseal
it and says so. Standard library only: the keystream is HMAC-SHA256(key, nonce ‖ counter), XORed with the text,
and an HMAC-SHA256 tag over nonce and ciphertext refuses a changed or foreign text (``unseal`` gives None).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from pathlib import Path

from garage_desktop import paths

KEY_FILE = "platform.key"
KEY_BYTES = 32
NONCE_BYTES = 16
FORMAT = "s1"


def key_path() -> Path:
    return paths.data_dir() / KEY_FILE


def _read_key() -> bytes | None:
    try:
        key = key_path().read_bytes()
    except OSError:
        return None
    return key if len(key) == KEY_BYTES else None


def _make_key() -> bytes:
    """This PC's key, made on first use (created readable by the user only, never overwritten)."""
    key = _read_key()
    if key is not None:
        return key
    path = key_path()
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), paths.PRIVATE_FILE)
    except FileExistsError:  # another window made it a moment ago
        key = _read_key()
        if key is not None:
            return key
        # A damaged key (cut short, emptied): what it sealed cannot be read any more; a new key takes its place.
        spare = path.with_name(path.name + ".new")
        spare.unlink(missing_ok=True)
        handle = os.open(spare, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), paths.PRIVATE_FILE)
        key = _write(handle)
        os.replace(spare, path)
        return key
    key = _write(handle)
    paths.private_file(path)
    return key


def _write(handle: int) -> bytes:
    key = os.urandom(KEY_BYTES)
    with os.fdopen(handle, "wb") as file:
        file.write(key)
        file.flush()
        os.fsync(file.fileno())
    return key


def _derived(key: bytes, purpose: bytes) -> bytes:
    return hmac.new(key, purpose, hashlib.sha256).digest()


def _key_id(key: bytes) -> str:
    return _derived(key, b"id").hex()[:16]


def _keystream(key: bytes, nonce: bytes, length: int) -> bytes:
    secret = _derived(key, b"encrypt")
    blocks = (hmac.new(secret, nonce + counter.to_bytes(4, "big"), hashlib.sha256).digest()
              for counter in range((length + 31) // 32))
    return b"".join(blocks)[:length]


def _tag(key: bytes, nonce: bytes, sealed: bytes) -> bytes:
    return hmac.new(_derived(key, b"authenticate"), nonce + sealed, hashlib.sha256).digest()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def seal(plain: str) -> str:
    """``plain`` sealed with this PC's key (made on first use): the text to store."""
    key = _make_key()
    nonce = os.urandom(NONCE_BYTES)
    data = plain.encode("utf-8")
    sealed = bytes(a ^ b for a, b in zip(data, _keystream(key, nonce, len(data)), strict=True))
    return "$".join((FORMAT, _key_id(key), _b64(nonce), _b64(sealed), _b64(_tag(key, nonce, sealed))))


def _parts(text: str) -> tuple[str, bytes, bytes, bytes] | None:
    parts = text.split("$")
    if len(parts) != 5 or parts[0] != FORMAT:
        return None
    try:
        nonce, sealed, tag = (base64.urlsafe_b64decode(part.encode("ascii")) for part in parts[2:])
    except (ValueError, UnicodeEncodeError):
        return None
    return parts[1], nonce, sealed, tag


def held_here(text: str) -> bool:
    """Whether this PC holds the key ``text`` was sealed with (the key file is read, never made)."""
    key, parts = _read_key(), _parts(text)
    return key is not None and parts is not None and hmac.compare_digest(parts[0], _key_id(key))


def unseal(text: str) -> str | None:
    """The text sealed in ``text``; None when this PC does not hold its key, or it was changed or damaged."""
    key, parts = _read_key(), _parts(text)
    if key is None or parts is None:
        return None
    key_id, nonce, sealed, tag = parts
    if not hmac.compare_digest(key_id, _key_id(key)) or not hmac.compare_digest(tag, _tag(key, nonce, sealed)):
        return None
    data = bytes(a ^ b for a, b in zip(sealed, _keystream(key, nonce, len(sealed)), strict=True))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None
