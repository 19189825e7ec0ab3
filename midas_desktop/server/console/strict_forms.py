"""Reading a submitted form (URL-encoded or multipart) with Starlette's parsers, except that a value
whose bytes are not valid UTF-8 is never decoded into something else.

Starlette turns such bytes into U+FFFD (URL-encoded ``%ED%A0%80``) or reads them as Latin-1 (a
multipart part holding ``\\xff\\xfe`` becomes "ÿþ"), and the altered text would be stored as if typed
(a watchlist entry). Here such a value is kept as :data:`UNREADABLE`, which is not text: the form's
reader (``forms.Fields``) refuses it with the field's name, as any other value it cannot accept.
"""

from __future__ import annotations

from contextlib import aclosing
from typing import Final
from urllib.parse import unquote_to_bytes

from python_multipart.multipart import parse_options_header
from starlette.datastructures import FormData, UploadFile
from starlette.formparsers import FormParser, MultiPartException, MultiPartParser
from starlette.requests import Request


class _Unreadable:
    """A submitted value whose bytes are not text in the form's encoding."""

    def __repr__(self) -> str:
        return "UNREADABLE"


UNREADABLE: Final = _Unreadable()

FormValue = str | UploadFile | _Unreadable


class _StrictUrlEncodedParser(FormParser):
    def on_field_end(self) -> None:
        self._current_fields += 1
        if self._current_fields > self.max_fields:
            raise MultiPartException(f"Too many fields. Maximum number of fields is {self.max_fields}.")
        name = unquote_to_bytes(bytes(self._field_name).replace(b"+", b" ")).decode("utf-8", "replace")
        raw = unquote_to_bytes(bytes(self._field_value).replace(b"+", b" "))
        try:
            value: FormValue = raw.decode("utf-8")
        except UnicodeDecodeError:
            value = UNREADABLE
        self._items.append((name, value))  # type: ignore[arg-type]


class _StrictMultiPartParser(MultiPartParser):
    def on_part_end(self) -> None:
        part = self._current_part
        if part.file is not None:
            super().on_part_end()
            return
        try:
            value: FormValue = part.data.decode(self._charset)
        except UnicodeDecodeError:
            value = UNREADABLE
        self.items.append((part.field_name, value))  # type: ignore[arg-type]


async def read_form(request: Request, *, max_files: int, max_fields: int, max_part_size: int) -> FormData:
    """The request's form, as ``request.form`` reads it but for values that are not text (above).

    :class:`MultiPartException` for a body that is not a form; whatever reading the body raises (the
    protection layer's refusals, the client going away) passes through."""
    content_type, _options = parse_options_header(request.headers.get("Content-Type"))
    async with aclosing(request.stream()) as stream:
        if content_type == b"multipart/form-data":
            multipart = _StrictMultiPartParser(
                request.headers,
                stream,
                max_files=max_files,
                max_fields=max_fields,
                max_part_size=max_part_size,
            )
            return await multipart.parse()
        if content_type == b"application/x-www-form-urlencoded":
            urlencoded = _StrictUrlEncodedParser(
                request.headers, stream, max_fields=max_fields, max_part_size=max_part_size
            )
            return await urlencoded.parse()
    return FormData()
