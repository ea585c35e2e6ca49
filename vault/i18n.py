"""Translations for the Qt-free layers (``vault/``, ``app/``, the CLI).

The words live in the same Qt Linguist files the desktop app uses
(``resources/translations/vaultcrm_<lang>.ts``), so there is one file per language and one
workflow: ``pyside6-lupdate`` extracts ``translate("Context", "literal")`` calls from these
layers exactly as it extracts ``QCoreApplication.translate`` from ``ui/``. Call it with LITERAL
strings (lupdate cannot see a variable) and format afterwards::

    raise UsageError(translate("Errors", "{path} is not a text file.").format(path=path))
    translate("Cli", "%n customer(s) imported.", None, n)   # plural: %n is replaced

Here the ``.ts`` XML is read directly (no Qt), finished entries only, with each language's plural
rule (the same rules Qt applies to ``%n``). The desktop app sets the language with
:func:`set_language` when it installs its ``QTranslator``; the CLI takes it from the environment
(``VAULTCRM_LANG``, then ``LANGUAGE``/``LC_ALL``/``LC_MESSAGES``/``LANG``).
"""
from __future__ import annotations

import os
import threading
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import resources

TRANSLATIONS = resources.path("translations")
SOURCE_LANGUAGE = "en"
#: every language the product speaks, in the order the language choice lists them
LANGUAGES: dict[str, str] = {
    "en": "English",
    "pl": "Polski",
    "cs": "Čeština",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "ru": "Русский",
}

_lock = threading.Lock()
_current = SOURCE_LANGUAGE


def plural_index(lang: str, n: int) -> int:
    """Which of a language's plural forms ``n`` takes (Qt's numerus rules for these languages)."""
    n = abs(int(n))
    if lang == "fr":
        return 0 if n < 2 else 1
    if lang == "pl":
        if n == 1:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 10 <= n % 100 <= 19 else 2
    if lang == "cs":
        return 0 if n == 1 else 1 if 2 <= n <= 4 else 2
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 10 <= n % 100 <= 19 else 2
    return 0 if n == 1 else 1


def plural_count(lang: str) -> int:
    return 3 if lang in ("pl", "cs", "ru") else 2


def normalise(code: str | None) -> str:
    """``pl_PL.UTF-8`` → ``pl``; anything we do not speak → English."""
    if not code:
        return SOURCE_LANGUAGE
    base = code.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    return base if base in LANGUAGES else SOURCE_LANGUAGE


def environment_language(environ=None) -> str:
    env = os.environ if environ is None else environ
    for var in ("VAULTCRM_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            # LANGUAGE may be a priority list ("pl:en"); C/POSIX mean untranslated
            for part in value.split(":"):
                if part and part not in ("C", "POSIX") and not part.startswith("C."):
                    return normalise(part)
            return SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def set_language(code: str | None) -> str:
    global _current
    with _lock:
        _current = normalise(code)
    return _current


def language() -> str:
    return _current


def ts_file(lang: str) -> Path:
    return TRANSLATIONS / f"vaultcrm_{lang}.ts"


@cache
def _catalogue(lang: str) -> dict[tuple[str, str, str], str | tuple[str, ...]]:
    path = ts_file(lang)
    if not path.exists():  # English has a file too, holding only its plural forms
        return {}
    found: dict[tuple[str, str, str], str | tuple[str, ...]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            if message.get("numerus") == "yes":
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
                if all(forms):
                    found[key] = forms
            elif translation.text:
                found[key] = translation.text
    return found


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the current language (``source`` itself when there is no finished
    translation); with ``n >= 0`` the plural form for ``n`` with ``%n`` replaced."""
    lang = _current
    found = _catalogue(lang).get((context, source, disambiguation or ""))
    if isinstance(found, tuple):
        text = found[min(plural_index(lang, n), len(found) - 1)] if n >= 0 else found[0]
    elif found is not None:
        text = found
    elif n >= 0 and lang == SOURCE_LANGUAGE and "(s)" in source:
        text = source.replace("(s)", "" if n == 1 else "s")
    else:
        text = source
    # %Ln is Qt's localised number; without Qt the plain digits
    return text.replace("%Ln", str(n)).replace("%n", str(n)) if n >= 0 else text


def reload() -> None:
    """Forget the parsed files (after a ``.ts`` changed on disk: tests)."""
    _catalogue.cache_clear()


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802  (the name lupdate looks for)
    """Mark a literal for extraction where it is defined (a table built at import time) and
    translate it where it is shown: ``translate(context, value)``."""
    return source
