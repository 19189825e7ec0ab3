"""Decoding images for the MRZ reader: files, bytes or camera frames, with size limits.

Everything becomes one 8-bit grayscale NumPy array. Anything that is not a usable image (missing,
empty, corrupt, a text file, absurd dimensions) raises :class:`ImageError` with a reason in words;
the reader turns that into the contract's ``error`` string.
"""

from __future__ import annotations

import struct
from pathlib import Path

import cv2
import numpy as np

MAX_FILE_BYTES = 60 * 1024 * 1024
MAX_PIXELS = 50_000_000  # ~ a 8000 x 6000 photo; a scanner page at 600 dpi fits
MIN_SIDE = 32

ImageSource = str | Path | bytes | bytearray | memoryview | np.ndarray


class ImageError(ValueError):
    """The input cannot be used as an image; ``str(error)`` says why."""


def header_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) from a PNG, JPEG, GIF or BMP header without decoding, or None if unknown."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return int(width), int(height)
    if data[:2] == b"BM" and len(data) >= 26:
        width, height = struct.unpack("<ii", data[18:26])
        return abs(int(width)), abs(int(height))
    if data[:2] == b"\xff\xd8":
        index = 2
        while index + 9 < len(data):
            if data[index] != 0xFF:
                index += 1
                continue
            marker = data[index + 1]
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7 or marker == 0xFF:
                index += 1 if marker == 0xFF else 2
                continue
            length = struct.unpack(">H", data[index + 2 : index + 4])[0]
            if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
                height, width = struct.unpack(">HH", data[index + 5 : index + 9])
                return int(width), int(height)
            index += 2 + length
    return None


def _check_dimensions(width: int, height: int) -> None:
    if width * height > MAX_PIXELS:
        raise ImageError(f"image too large ({width} x {height} pixels; the limit is {MAX_PIXELS} pixels)")
    if min(width, height) < MIN_SIDE:
        raise ImageError(f"image too small ({width} x {height} pixels)")


def decode_bytes(data: bytes) -> np.ndarray:
    """Grayscale pixels of an encoded image (PNG, JPEG, TIFF, BMP, WebP...)."""
    if not data:
        raise ImageError("empty file")
    if len(data) > MAX_FILE_BYTES:
        raise ImageError(f"file too large ({len(data)} bytes)")
    size = header_size(data)
    if size is not None:
        _check_dimensions(*size)
    buffer = np.frombuffer(data, dtype=np.uint8)
    try:
        image = cv2.imdecode(buffer, cv2.IMREAD_GRAYSCALE)
    except cv2.error as exc:  # OpenCV's own limits (e.g. CV_IO_MAX_IMAGE_PIXELS)
        raise ImageError(f"cannot decode the image ({str(exc).strip().splitlines()[-1][:80]})") from None
    if image is None or image.size == 0:
        raise ImageError("not an image, or a corrupt one")
    _check_dimensions(image.shape[1], image.shape[0])
    return image


def from_array(frame: np.ndarray) -> np.ndarray:
    """Grayscale uint8 from a camera frame (gray, BGR or BGRA; uint8 or uint16)."""
    if not isinstance(frame, np.ndarray) or frame.ndim not in (2, 3) or frame.size == 0:
        raise ImageError("a frame must be a 2-D or 3-D pixel array")
    if frame.dtype == np.uint16:
        frame = (frame >> 8).astype(np.uint8)
    elif frame.dtype != np.uint8:
        raise ImageError(f"unsupported pixel type {frame.dtype}")
    _check_dimensions(frame.shape[1], frame.shape[0])
    if frame.ndim == 2:
        return np.ascontiguousarray(frame)
    channels = frame.shape[2]
    if channels == 1:
        return np.ascontiguousarray(frame[:, :, 0])
    if channels == 3:
        return cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    if channels == 4:
        return cv2.cvtColor(frame, cv2.COLOR_BGRA2GRAY)
    raise ImageError(f"unsupported channel count {channels}")


def load_gray(source: ImageSource) -> np.ndarray:
    """Grayscale pixels from a path, encoded bytes or a frame; ImageError if unusable."""
    if isinstance(source, np.ndarray):
        return from_array(source)
    if isinstance(source, bytes | bytearray | memoryview):
        return decode_bytes(bytes(source))
    path = Path(source)
    try:
        if not path.is_file():
            raise ImageError("no such file" if not path.exists() else "not a regular file")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImageError(f"file too large ({path.stat().st_size} bytes)")
        data = path.read_bytes()
    except OSError as exc:
        raise ImageError(f"cannot read the file ({exc.strerror or exc})") from None
    return decode_bytes(data)
