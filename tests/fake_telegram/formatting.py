"""Entity parsing: ``parse_mode`` HTML, MarkdownV2 and Markdown turned into plain text plus entities.

Modelled on TDLib's parsers, which the Bot API server uses: the same supported tags, the same
error wording (``can't parse entities: ...``, byte offsets into the UTF-8 text), entity offsets in
UTF-16 code units, and leading/trailing whitespace trimmed from the result.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Any

from .errors import ApiError, bad_request

Entity = dict[str, Any]

_HTML_TAGS = frozenset(
    {
        "a", "b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
        "tg-spoiler", "span", "code", "pre", "blockquote", "tg-emoji",
    }
)  # fmt: skip
_SIMPLE_HTML_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "code": "code",
    "pre": "pre",
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_URL_RE = re.compile(r"^(?:(?:https?|tg|ton)://)?[^\s/?#]+(?:[/?#]\S*)?$", re.IGNORECASE)


@dataclass(frozen=True)
class FormattedText:
    """Text as Telegram stores it: plain characters plus formatting entities."""

    text: str
    entities: tuple[Entity, ...] = ()


class _ParseError(Exception):
    pass


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def looks_like_url(url: str) -> bool:
    """A loose version of TDLib's URL check: a host, optionally a scheme it knows, no spaces."""
    url = url.strip()
    if not url or not _URL_RE.match(url):
        return False
    host = re.sub(r"^[a-z]+://", "", url, flags=re.IGNORECASE).split("/")[0].split("?")[0]
    return url.lower().startswith(("tg://", "ton://")) or "." in host or host.lower().startswith("localhost")


def parse_formatted(text: str, parse_mode: str | None, entities: Any = None) -> FormattedText:
    """Parses ``text`` under ``parse_mode``; raises the Bot API error a bad markup gets."""
    mode = (parse_mode or "").strip().lower()
    try:
        if mode == "":
            parsed = FormattedText(text, _explicit_entities(entities))
        elif mode == "html":
            parsed = _parse_html(text)
        elif mode == "markdownv2":
            parsed = _parse_markdown_v2(text)
        elif mode == "markdown":
            parsed = _parse_markdown(text)
        else:
            raise bad_request("unsupported parse_mode")
    except _ParseError as exc:
        raise bad_request(f"can't parse entities: {exc}") from None
    return _trim(parsed)


def _explicit_entities(entities: Any) -> tuple[Entity, ...]:
    if entities is None:
        return ()
    if not isinstance(entities, list):
        raise ApiError(400, "Bad Request: can't parse entities JSON object")
    result: list[Entity] = []
    for entity in entities:
        if not isinstance(entity, dict) or not isinstance(entity.get("type"), str):
            raise ApiError(400, 'Bad Request: can\'t parse MessageEntity: field "type" must be of type String')
        result.append(dict(entity))
    return tuple(result)


def _trim(parsed: FormattedText) -> FormattedText:
    stripped = parsed.text.strip()
    if stripped == parsed.text:
        return parsed
    lead = utf16_len(parsed.text[: len(parsed.text) - len(parsed.text.lstrip())])
    total = utf16_len(stripped)
    entities: list[Entity] = []
    for entity in parsed.entities:
        start = max(int(entity["offset"]) - lead, 0)
        end = min(int(entity["offset"]) + int(entity["length"]) - lead, total)
        if end > start:
            entities.append({**entity, "offset": start, "length": end - start})
    return FormattedText(stripped, tuple(entities))


def _sorted(entities: list[Entity]) -> tuple[Entity, ...]:
    return tuple(sorted(entities, key=lambda e: (e["offset"], -e["length"])))


@dataclass
class _OpenTag:
    name: str
    attrs: dict[str, str]
    offset: int  # UTF-16 offset in the output
    byte_offset: int


class _Output:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length16 = 0

    def add(self, chunk: str) -> None:
        self.parts.append(chunk)
        self.length16 += utf16_len(chunk)

    def text(self) -> str:
        return "".join(self.parts)


def _decode_html_entity(src: str, i: int) -> tuple[str, int] | None:
    end = src.find(";", i + 1, i + 12)
    if end == -1:
        return None
    name = src[i + 1 : end]
    if name.startswith("#"):
        try:
            code = int(name[2:], 16) if name[1:2] in ("x", "X") else int(name[1:])
            return chr(code), end + 1 - i
        except (ValueError, OverflowError):
            return None
    if name in _NAMED_ENTITIES:
        return _NAMED_ENTITIES[name], end + 1 - i
    return None


def _parse_html(src: str) -> FormattedText:
    out = _Output()
    stack: list[_OpenTag] = []
    entities: list[Entity] = []
    n = len(src)
    i = 0
    while i < n:
        char = src[i]
        if char == "&":
            decoded = _decode_html_entity(src, i)
            if decoded is None:
                out.add("&")
                i += 1
            else:
                out.add(decoded[0])
                i += decoded[1]
            continue
        if char != "<":
            out.add(char)
            i += 1
            continue
        begin = i
        if i + 1 < n and src[i + 1] == "/":
            j = i + 2
            while j < n and src[j] != ">":
                j += 1
            if j >= n:
                raise _ParseError(f"Unclosed end tag at byte offset {_byte_offset(src, begin)}")
            name = src[i + 2 : j].strip().lower()
            if not stack:
                raise _ParseError(f"Unexpected end tag at byte offset {_byte_offset(src, begin)}")
            top = stack[-1]
            if name != top.name:
                raise _ParseError(
                    f"Unmatched end tag at byte offset {_byte_offset(src, begin)}, "
                    f'expected "</{top.name}>", found "</{name}>"'
                )
            stack.pop()
            _close_html_tag(top, stack, out, entities)
            i = j + 1
            continue
        j = i + 1
        while j < n and not src[j].isspace() and src[j] != ">":
            j += 1
        if j >= n:
            raise _ParseError(f"Unclosed start tag at byte offset {_byte_offset(src, begin)}")
        name = src[i + 1 : j].lower()
        if name not in _HTML_TAGS:
            raise _ParseError(f'Unsupported start tag "{name}" at byte offset {_byte_offset(src, begin)}')
        attrs, j = _read_html_attributes(src, j, name, begin)
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise _ParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {_byte_offset(src, begin)}')
        stack.append(_OpenTag(name, attrs, out.length16, _byte_offset(src, begin)))
        i = j
    if stack:
        raise _ParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    return FormattedText(out.text(), _sorted(entities))


def _read_html_attributes(src: str, j: int, tag: str, begin: int) -> tuple[dict[str, str], int]:
    n = len(src)
    attrs: dict[str, str] = {}
    unclosed = f"Unclosed start tag at byte offset {_byte_offset(src, begin)}"
    while True:
        while j < n and src[j].isspace():
            j += 1
        if j >= n:
            raise _ParseError(unclosed)
        if src[j] == ">":
            return attrs, j + 1
        attr_begin = j
        while j < n and not src[j].isspace() and src[j] not in "=>":
            j += 1
        attr_name = src[attr_begin:j].lower()
        if not attr_name:
            raise _ParseError(f'Empty attribute name in the tag "{tag}" at byte offset {_byte_offset(src, attr_begin)}')
        while j < n and src[j].isspace():
            j += 1
        if j >= n:
            raise _ParseError(unclosed)
        if src[j] != "=":
            if tag == "blockquote" and attr_name == "expandable":
                attrs[attr_name] = ""
                continue
            raise _ParseError(
                f'Expected equal sign in declaration of an attribute of the tag "{tag}" '
                f"at byte offset {_byte_offset(src, j)}"
            )
        j += 1
        while j < n and src[j].isspace():
            j += 1
        if j >= n:
            raise _ParseError(unclosed)
        if src[j] in "\"'":
            quote = src[j]
            end = src.find(quote, j + 1)
            if end == -1:
                raise _ParseError(unclosed)
            value = html.unescape(src[j + 1 : end])
            j = end + 1
        else:
            start = j
            while j < n and (src[j].isalnum() or src[j] in ".-_"):
                j += 1
            value = src[start:j]
        attrs[attr_name] = value


def _close_html_tag(tag: _OpenTag, stack: list[_OpenTag], out: _Output, entities: list[Entity]) -> None:
    length = out.length16 - tag.offset
    if length <= 0:
        return
    entity: Entity
    if tag.name == "a":
        href = tag.attrs.get("href")
        if href is None:
            href = out.text()[-length:] if length else ""
        if href.startswith("tg://user?id="):
            try:
                user_id = int(href.removeprefix("tg://user?id="))
            except ValueError:
                return
            entity = {"type": "text_mention", "user": {"id": user_id, "is_bot": False, "first_name": ""}}
        elif looks_like_url(href):
            entity = {"type": "text_link", "url": href}
        else:
            return
    elif tag.name == "blockquote":
        entity = {"type": "expandable_blockquote" if "expandable" in tag.attrs else "blockquote"}
    elif tag.name == "tg-emoji":
        entity = {"type": "custom_emoji", "custom_emoji_id": tag.attrs.get("emoji-id", "")}
    elif tag.name == "code":
        language = tag.attrs.get("class", "")
        parent = stack[-1] if stack else None
        if parent is not None and parent.name == "pre" and parent.offset == tag.offset:
            if language.startswith("language-"):
                parent.attrs["language"] = language.removeprefix("language-")
            return
        entity = {"type": "code"}
    elif tag.name == "pre":
        entity = {"type": "pre"}
        if tag.attrs.get("language"):
            entity["language"] = tag.attrs["language"]
    else:
        entity = {"type": _SIMPLE_HTML_TYPES[tag.name]}
    entities.append({**entity, "offset": tag.offset, "length": length})


_MDV2_RESERVED = "_*[]()~`>#+-=|{}.!"
_MDV2_TYPE_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "code": "Code",
    "pre": "Pre",
    "text_link": "TextUrl",
    "custom_emoji": "CustomEmoji",
}


@dataclass
class _OpenMarkdown:
    kind: str
    offset: int
    byte_offset: int
    language: str = ""


def _parse_markdown_v2(src: str) -> FormattedText:
    out = _Output()
    stack: list[_OpenMarkdown] = []
    entities: list[Entity] = []
    quote_start: int | None = None
    n = len(src)
    i = 0
    while i < n:
        char = src[i]
        at_line_start = i == 0 or src[i - 1] == "\n"
        if at_line_start and not stack:
            if char == ">":
                if quote_start is None:
                    quote_start = out.length16
                i += 1
                continue
            if quote_start is not None:
                _add_quote(entities, quote_start, out.length16 - 1)
                quote_start = None
        if char == "\\" and i + 1 < n and 0 < ord(src[i + 1]) <= 126:
            out.add(src[i + 1])
            i += 2
            continue
        top = stack[-1] if stack else None
        reserved = "`" if top is not None and top.kind in ("code", "pre") else _MDV2_RESERVED
        if char not in reserved:
            out.add(char)
            i += 1
            continue
        if top is not None and _closes(top.kind, src, i):
            stack.pop()
            i = _close_markdown_v2(top, src, i, out, entities)
            continue
        begin = _byte_offset(src, i)
        if char == "_" and src[i + 1 : i + 2] == "_":
            stack.append(_OpenMarkdown("underline", out.length16, begin))
            i += 2
        elif char == "_":
            stack.append(_OpenMarkdown("italic", out.length16, begin))
            i += 1
        elif char == "*":
            stack.append(_OpenMarkdown("bold", out.length16, begin))
            i += 1
        elif char == "~":
            stack.append(_OpenMarkdown("strikethrough", out.length16, begin))
            i += 1
        elif char == "|" and src[i + 1 : i + 2] == "|":
            stack.append(_OpenMarkdown("spoiler", out.length16, begin))
            i += 2
        elif char == "[":
            stack.append(_OpenMarkdown("text_link", out.length16, begin))
            i += 1
        elif char == "!" and src[i + 1 : i + 2] == "[":
            stack.append(_OpenMarkdown("custom_emoji", out.length16, begin))
            i += 2
        elif char == "`" and src[i : i + 3] == "```":
            newline = src.find("\n", i + 3)
            language = ""
            j = i + 3
            if newline != -1 and src.find("```", i + 3) > newline:
                language = src[i + 3 : newline].strip()
                j = newline + 1
            stack.append(_OpenMarkdown("pre", out.length16, begin, language))
            i = j
        elif char == "`":
            stack.append(_OpenMarkdown("code", out.length16, begin))
            i += 1
        else:
            raise _ParseError(f"Character '{char}' is reserved and must be escaped with the preceding '\\'")
    if stack:
        top = stack[-1]
        raise _ParseError(f"Can't find end of {_MDV2_TYPE_NAMES[top.kind]} entity at byte offset {top.byte_offset}")
    if quote_start is not None:
        _add_quote(entities, quote_start, out.length16)
    return FormattedText(out.text(), _sorted(entities))


def _add_quote(entities: list[Entity], start: int, end: int) -> None:
    if end > start:
        entities.append({"type": "blockquote", "offset": start, "length": end - start})


def _closes(kind: str, src: str, i: int) -> bool:
    char = src[i]
    nxt = src[i + 1 : i + 2]
    return {
        "bold": char == "*",
        "italic": char == "_" and nxt != "_",
        "underline": char == "_" and nxt == "_",
        "strikethrough": char == "~",
        "spoiler": char == "|" and nxt == "|",
        "code": char == "`",
        "pre": src[i : i + 3] == "```",
        "text_link": char == "]",
        "custom_emoji": char == "]",
    }[kind]


def _close_markdown_v2(top: _OpenMarkdown, src: str, i: int, out: _Output, entities: list[Entity]) -> int:
    width = {"underline": 2, "spoiler": 2, "pre": 3}.get(top.kind, 1)
    i += width
    length = out.length16 - top.offset
    entity: Entity = {"type": top.kind}
    if top.kind in ("text_link", "custom_emoji"):
        target = ""
        if src[i : i + 1] == "(":
            end = i + 1
            chars: list[str] = []
            while end < len(src) and src[end] != ")":
                if src[end] == "\\" and end + 1 < len(src):
                    end += 1
                chars.append(src[end])
                end += 1
            if end >= len(src):
                raise _ParseError(f"Can't find end of a url at byte offset {_byte_offset(src, i)}")
            target = "".join(chars)
            i = end + 1
        if top.kind == "custom_emoji":
            entity["custom_emoji_id"] = target.removeprefix("tg://emoji?id=")
        elif looks_like_url(target):
            entity["url"] = target
        else:
            return i
    if top.kind == "pre" and top.language:
        entity["language"] = top.language
    if length > 0:
        entities.append({**entity, "offset": top.offset, "length": length})
    return i


def _parse_markdown(src: str) -> FormattedText:
    out = _Output()
    entities: list[Entity] = []
    n = len(src)
    i = 0
    while i < n:
        char = src[i]
        if char == "\\" and i + 1 < n and src[i + 1] in "_*`[":
            out.add(src[i + 1])
            i += 2
            continue
        if char not in "_*`[":
            out.add(char)
            i += 1
            continue
        begin = _byte_offset(src, i)
        missing_end = f"Can't find end of the entity starting at byte offset {begin}"
        start16 = out.length16
        if char == "[":
            close = src.find("]", i + 1)
            if close == -1:
                raise _ParseError(missing_end)
            label = src[i + 1 : close]
            out.add(label)
            i = close + 1
            if src[i : i + 1] == "(":
                end = src.find(")", i + 1)
                if end == -1:
                    raise _ParseError(missing_end)
                url = src[i + 1 : end]
                i = end + 1
                if looks_like_url(url) and label:
                    entities.append({"type": "text_link", "offset": start16, "length": out.length16 - start16,
                                     "url": url})  # fmt: skip
            continue
        if src[i : i + 3] == "```":
            end = src.find("```", i + 3)
            if end == -1:
                raise _ParseError(missing_end)
            body = src[i + 3 : end]
            language = ""
            if "\n" in body and body.split("\n", 1)[0].strip() and " " not in body.split("\n", 1)[0].strip():
                language, body = body.split("\n", 1)
            out.add(body)
            entity: Entity = {"type": "pre", "offset": start16, "length": out.length16 - start16}
            if language:
                entity["language"] = language.strip()
            if entity["length"] > 0:
                entities.append(entity)
            i = end + 3
            continue
        end = src.find(char, i + 1)
        if end == -1:
            raise _ParseError(missing_end)
        out.add(src[i + 1 : end])
        kind = {"_": "italic", "*": "bold", "`": "code"}[char]
        if out.length16 > start16:
            entities.append({"type": kind, "offset": start16, "length": out.length16 - start16})
        i = end + 1
    return FormattedText(out.text(), _sorted(entities))
