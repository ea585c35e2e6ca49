"""What people type: invisible and direction-changing characters in text, and whole numbers.

A right-to-left override (U+202E) turns "Anna Nováková‮gpj.exe" into something else on screen,
zero-width characters make two different names look the same, and a control character or a
line break inside a name breaks the one-line views. Every name and text field goes through
``clean_text``: bidi embeddings, overrides, isolates and marks, zero-width spaces, word joiners,
the byte-order mark, the soft hyphen, Unicode tag characters and control characters are removed
(line breaks and tabs stay in multi-line fields, and become spaces in one-line fields). The
zero-width joiner and non-joiner stay where a script needs them: between two non-ASCII letters,
marks or symbols (Persian, Indic scripts, emoji sequences). User names are refused instead
(``has_invisible``): an identity must not have two spellings that look alike.
"""
from __future__ import annotations

import re
import unicodedata

from .errors import ValidationError
from .i18n import translate

_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\u3164\ufeff\ufff9-\ufffb\U000e0000-\U000e007f\t\n\r]")
_JOINERS = ("\u200c", "\u200d")


def _joinable(ch: str) -> bool:
    return ord(ch) > 0x7F and unicodedata.category(ch)[0] in "LMS"


def clean_text(value: str, *, multiline: bool = False) -> str:
    """``value`` without invisible or direction-changing characters (see the module's docstring)."""
    if not _INVISIBLE.search(value):
        return value  # the common case, at C speed
    out = []
    last = len(value) - 1
    for i, ch in enumerate(value):
        if not _INVISIBLE.match(ch):
            out.append(ch)
        elif ch in "\t\n\r":
            out.append(ch if multiline else " ")
        elif ch in _JOINERS and 0 < i < last and _joinable(value[i - 1]) and _joinable(value[i + 1]):
            out.append(ch)
    return "".join(out)


def has_invisible(value: str) -> bool:
    """Whether ``value`` holds any character ``clean_text`` would remove or change."""
    return bool(_INVISIBLE.search(value))


def bounded_int(value, name: str, low: int, high: int) -> int:
    """A whole number from ``low`` to ``high`` given as int or text; anything else is a ValidationError."""
    try:
        if isinstance(value, bool | float):
            raise ValueError
        number = int(str(value).strip()) if len(str(value)) <= 30 else None
    except (TypeError, ValueError):
        number = None
    if number is None or not low <= number <= high:
        raise ValidationError(translate("Errors", "{name}: a whole number from {low} to {high}").format(
                              name=name, low=f"{low:,}", high=f"{high:,}"),
                              fields={name: translate("Errors", "{low} to {high}").format(low=f"{low:,}",
                                                                                        high=f"{high:,}")})
    return number
