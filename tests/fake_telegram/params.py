"""Reading Bot API parameters the way the Bot API server does.

python-telegram-bot sends every parameter as a form field (``application/x-www-form-urlencoded``, or
``multipart/form-data`` when a file is uploaded): strings as they are, anything else JSON-encoded
(``"123"``, ``"true"``, ``'{"inline_keyboard": ...}'``).  Other clients send a JSON body or a query
string.  The server therefore reads each parameter by the type the method expects, as Telegram does,
and remembers what it read so that recorded requests carry typed values.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, TypeVar

from aiohttp import web

from .errors import ApiError, bad_request

_T = TypeVar("_T")


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart request."""

    field_name: str
    filename: str
    content_type: str
    data: bytes


@dataclass
class Params:
    """The parameters of one Bot API call."""

    raw: dict[str, Any]
    files: dict[str, UploadedFile] = field(default_factory=dict)
    parsed: dict[str, Any] = field(default_factory=dict)

    def as_recorded(self) -> dict[str, Any]:
        """Raw values, with the ones a method read replaced by their typed form."""
        merged = dict(self.raw)
        merged.update(self.parsed)
        return merged

    def has(self, name: str) -> bool:
        return name in self.raw or name in self.files

    def _remember(self, name: str, value: _T) -> _T:
        if name in self.raw:
            self.parsed[name] = value
        return value

    def str_(self, name: str, default: str | None = None) -> str | None:
        value = self.raw.get(name)
        if value is None:
            return default
        if isinstance(value, str):
            return value
        if isinstance(value, bool):
            return self._remember(name, "true" if value else "false")
        if isinstance(value, int | float):
            return self._remember(name, str(value))
        return self._remember(name, json.dumps(value, ensure_ascii=False))

    def int_(self, name: str, *, error: str | None = None) -> int | None:
        value = self.raw.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            raise bad_request(error or f'field "{name}" must be a valid Number')
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return self._remember(name, int(value))
        if isinstance(value, str):
            try:
                return self._remember(name, int(value.strip()))
            except ValueError:
                pass
        raise bad_request(error or f'field "{name}" must be a valid Number')

    def float_(self, name: str) -> float | None:
        value = self.raw.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if isinstance(value, str):
            try:
                return self._remember(name, float(value.strip()))
            except ValueError:
                pass
        raise bad_request(f'field "{name}" must be a valid Number')

    def bool_(self, name: str, default: bool = False) -> bool:
        value = self.raw.get(name)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            return value
        if isinstance(value, int):
            return value != 0
        if isinstance(value, str):
            lowered = value.strip().lower()
            if lowered in ("true", "1"):
                return self._remember(name, True)
            if lowered in ("false", "0"):
                return self._remember(name, False)
        raise bad_request(f'field "{name}" must be of type Boolean')

    def json_(self, name: str, *, what: str | None = None) -> Any:
        """A JSON-serialised object or array parameter (``reply_markup``, ``commands``, ...)."""
        value = self.raw.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:
                decoded = json.loads(value)
            except ValueError:
                raise bad_request(f"can't parse {what or name} JSON object") from None
            return self._remember(name, decoded)
        return value

    def chat_id(self, name: str = "chat_id") -> int | str | None:
        """A chat identifier: an integer or an ``@username``."""
        value = self.raw.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("@"):
                return text
            try:
                return self._remember(name, int(text))
            except ValueError:
                pass
        raise bad_request(f"invalid {name} specified" if name != "chat_id" else "chat not found")

    def file(self, name: str) -> UploadedFile | None:
        return self.files.get(name)


async def read_params(request: web.Request) -> Params:
    """Collects query-string, form, multipart and JSON parameters of a request."""
    raw: dict[str, Any] = dict(request.query)
    files: dict[str, UploadedFile] = {}
    if request.method == "POST" and request.can_read_body:
        content_type = request.content_type
        if content_type == "application/json":
            try:
                body = await request.json()
            except ValueError:
                raise ApiError(400, "Bad Request: can't parse JSON encoded request body") from None
            if not isinstance(body, dict):
                raise ApiError(400, "Bad Request: can't parse JSON encoded request body")
            raw.update(body)
        elif content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
            form = await request.post()
            for key, value in form.items():
                if isinstance(value, web.FileField):
                    files[key] = UploadedFile(
                        field_name=key,
                        filename=value.filename,
                        content_type=value.content_type,
                        data=value.file.read(),
                    )
                else:
                    raw[key] = value
    return Params(raw=raw, files=files)
