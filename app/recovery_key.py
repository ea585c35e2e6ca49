"""The recovery key from a file the user saved, however it was saved: the recovery sheet's text
(UTF-8 with or without a BOM, UTF-16, CRLF, spaces, blank lines, the sheet's other text around
it) or the sheet's PDF itself. The key has a fixed form (an age identity: ``AGE-SECRET-KEY-1``
and 58 bech32 characters), so it is found wherever it stands in the text."""
from __future__ import annotations

import codecs
import re
import zlib
from collections.abc import Iterator

from vault.errors import UsageError
from vault.fsutil import read_input
from vault.i18n import translate

KEY_FILE_MAX = 1_000_000   # a key file is a few hundred bytes, the sheet's PDF some 40 KB
_STREAM_MAX = 16 * 1024 * 1024      # what one PDF stream may inflate to (no zip bombs)
KEY = re.compile(r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", re.IGNORECASE)
_LOOSE = re.compile(r"^\s*(AGE-SECRET-KEY-1[0-9A-Z]+)\s*$", re.IGNORECASE | re.MULTILINE)


def read_recovery_key(path: str) -> str:
    """The recovery key in the file at ``path``; a ``UsageError`` that says what is wrong when
    the file is not readable or holds no key (never a ``UnicodeDecodeError``)."""
    data = read_input(path, max_bytes=KEY_FILE_MAX, what=translate("Errors", "recovery key file"))
    key = find_recovery_key(data)
    if key is None:
        if data.startswith(b"%PDF"):
            raise UsageError(translate("Errors", "No recovery key was found in the text of the PDF {path}. Give the"
                                                 " recovery sheet's PDF, or a text file holding the line that starts"
                                                 " with AGE-SECRET-KEY-1.").format(path=path))
        raise UsageError(translate("Errors", "No recovery key was found in {path}. The recovery key is the line on"
                                             " the recovery sheet that starts with AGE-SECRET-KEY-1.").format(path=path))
    return key


def find_recovery_key(data: bytes) -> str | None:
    """The recovery key in a file's bytes (text in any usual encoding, or a PDF), upper-case."""
    if data.startswith(b"%PDF"):
        texts: Iterator[str] = pdf_texts(data)
    else:
        texts = iter([_decode(data)])
    for text in texts:
        m = KEY.search(text)
        if m:
            return m.group(0).upper()
        if not data.startswith(b"%PDF"):
            # a line that is only a key of another length: the decryption will say it is wrong
            loose = _LOOSE.search(text)
            if loose:
                return loose.group(1).upper()
    return None


def _decode(data: bytes) -> str:
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"),
                          (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, "replace")
    if b"\x00" in data:     # UTF-16 or UTF-32 without a BOM: the key is ASCII
        data = data.replace(b"\x00", b"")
    return data.decode("utf-8", "replace")


# ----------------------------------------------------------------------------- the text of a PDF
_STREAM = re.compile(rb"stream\r?\n")
_BFCHAR = re.compile(rb"beginbfchar(.*?)endbfchar", re.S)
_BFRANGE = re.compile(rb"beginbfrange(.*?)endbfrange", re.S)
_HEXPAIR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_HEXRANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")
_HEXSTRING = re.compile(rb"(?<![<0-9A-Fa-f])<([0-9A-Fa-f\s]+)>(?!>)")
_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}


def pdf_texts(data: bytes) -> Iterator[str]:
    """The text of each content stream of a PDF, once as single-byte text and once through each
    of the PDF's ToUnicode maps (embedded fonts show glyph numbers, which only the map turns
    into letters). Enough to find a line of ASCII; not a general PDF reader."""
    streams = list(_streams(data))
    cmaps = [m for m in (_cmap(s) for s in streams if b"beginbf" in s) if m]
    for s in streams:
        if b"Tj" not in s and b"TJ" not in s:
            continue
        strings = list(_strings(s))
        yield "".join(x.decode("latin-1") for x in strings)
        for cmap in cmaps:
            yield "".join(_map(x, cmap) for x in strings)


def _streams(data: bytes) -> Iterator[bytes]:
    for m in _STREAM.finditer(data):
        end = data.find(b"endstream", m.end())
        if end < 0:
            return
        raw = data[m.end():end]
        try:
            yield zlib.decompressobj().decompress(raw, _STREAM_MAX)
        except zlib.error:
            yield raw


def _cmap(stream: bytes) -> dict[bytes, str]:
    out: dict[bytes, str] = {}
    for block in _BFCHAR.findall(stream):
        for src, dst in _HEXPAIR.findall(block):
            out[bytes.fromhex(src.decode())] = bytes.fromhex(dst.decode()).decode("utf-16-be", "replace")
    for block in _BFRANGE.findall(stream):
        for lo, hi, dst in _HEXRANGE.findall(block):
            width, first = len(lo) // 2, int(dst, 16)
            for i in range(min(int(hi, 16) - int(lo, 16) + 1, 65536)):
                code = (int(lo, 16) + i).to_bytes(width, "big")
                out[code] = (first + i).to_bytes(max(2, len(dst) // 2), "big").decode("utf-16-be", "replace")
    return out


def _map(raw: bytes, cmap: dict[bytes, str]) -> str:
    width = len(next(iter(cmap)))
    return "".join(cmap.get(raw[i:i + width], "\ufffd") for i in range(0, len(raw), width))


def _strings(content: bytes) -> Iterator[bytes]:
    """The string operands of a content stream, in order: (literal) and <hex>."""
    pos = 0
    while True:
        lit = content.find(b"(", pos)
        hexm = _HEXSTRING.search(content, pos)
        if lit < 0 and hexm is None:
            return
        if hexm is not None and (lit < 0 or hexm.start() < lit):
            digits = re.sub(rb"\s", b"", hexm.group(1)).decode()
            yield bytes.fromhex(digits + "0" * (len(digits) % 2))
            pos = hexm.end()
        else:
            text, pos = _literal(content, lit + 1)
            yield text


def _literal(s: bytes, i: int) -> tuple[bytes, int]:
    """A literal string's bytes from just after its "(" (escapes and nested brackets)."""
    buf, depth = bytearray(), 1
    while i < len(s):
        c = s[i]
        if c == 0x5C:                      # backslash
            nxt = s[i + 1:i + 2]
            octal = re.match(rb"[0-7]{1,3}", s[i + 1:i + 4])
            if octal:
                buf.append(int(octal.group(0), 8) & 0xFF)
                i += 1 + len(octal.group(0))
                continue
            if nxt not in (b"\r", b"\n"):
                buf += _ESCAPES.get(nxt[0], nxt) if nxt else b""
            i += 2
            continue
        if c == 0x28:
            depth += 1
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                return bytes(buf), i + 1
        buf.append(c)
        i += 1
    return bytes(buf), i
