"""Folding text for search and sorting: accents and case removed, European letters mapped.

``fold("Dvořák")`` → ``"dvorak"``, ``fold("Łódź")`` → ``"lodz"`` (Ł is a letter of its own, not
L plus a combining mark, so it is mapped explicitly), ``fold("Straße")`` → ``"strasse"``.
The same function folds what is indexed and what is searched for.
"""
from __future__ import annotations

import functools
import re
import unicodedata

# letters that do not decompose into a base letter plus combining marks
_SPECIAL = str.maketrans({
    "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "Ð": "D", "ð": "d",
    "Ħ": "H", "ħ": "h", "ı": "i", "Ŀ": "L", "ŀ": "l", "Ŧ": "T", "ŧ": "t",
    "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "Þ": "TH", "þ": "th", "ß": "ss", "ẞ": "SS",
    "\u00a0": " ", "\u2019": "'",
})
_ASCII = re.compile(r"[\x00-\x7f]*")


def fold(text: str | None) -> str:
    if not text:
        return ""
    if _ASCII.fullmatch(text):
        return text.lower()
    return _fold(text)


@functools.lru_cache(maxsize=65536)  # names, companies and cities repeat a lot
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.casefold()


_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    """The words of a search query, folded."""
    return _TOKEN.findall(fold(text).replace("_", " "))


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression: every word must match as a prefix. None when nothing to find."""
    words = tokens(text)
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)
