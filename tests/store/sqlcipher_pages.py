"""Decrypting a SQLCipher 4 file page by page (raw key, default settings), for tests that must look
at every page (free pages included) the way someone holding the key could.

SQLCipher 4 page layout: AES-256-CBC over the page less its reserve; the reserve (80 bytes) holds the
16-byte IV and a 64-byte HMAC. Page 1 starts with the 16-byte file salt, which is not encrypted.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80
SALT = 16


def decrypted_pages(path: Path, database_key: bytes) -> list[bytes]:
    data = path.read_bytes()
    pages = []
    for number in range(len(data) // PAGE_SIZE):
        page = data[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
        start = SALT if number == 0 else 0
        body, iv = page[start : PAGE_SIZE - RESERVE], page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(database_key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(body) + decryptor.finalize())
    return pages


def wal_frames(path: Path, database_key: bytes) -> list[bytes]:
    """Pages inside a WAL file (32-byte header, then 24-byte frame headers before each page)."""
    if not path.exists():
        return []
    data = path.read_bytes()
    frames = []
    offset = 32
    while offset + 24 + PAGE_SIZE <= len(data):
        page = data[offset + 24 : offset + 24 + PAGE_SIZE]
        body, iv = page[: PAGE_SIZE - RESERVE], page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(database_key), modes.CBC(iv)).decryptor()
        frames.append(decryptor.update(body) + decryptor.finalize())
        offset += 24 + PAGE_SIZE
    return frames
