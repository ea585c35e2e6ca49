"""Issue 13: the app started in each language opens every window and dialog (the same walk as
the 1366x768 test) with no English on screen beyond names and numbers, and nothing clipped
(German and Polish run 30-40 % longer than English).

"English on screen" is found two ways: a visible text that is one of our English source strings
(placeholders and counts matched too) whose translation in this language differs, and a text
with two or more common English words that appears in no translation (a string that escaped
extraction)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QWidget,
)

from tests.ui.test_fits_small_screen import _problems, walk
from ui import i18n as ui_i18n
from vault import i18n

TRANSLATED = [c for c in i18n.LANGUAGES if c != "en"]
ENGLISH_WORDS = {"the", "and", "your", "this", "with", "from", "will", "have", "are", "you", "not", "for", "of",
                 "is", "be", "an", "or", "was", "can", "no", "any", "all", "by", "has", "been", "there"}
# words the same in English and (as loan words or names) in our languages, for the second check
PLACEHOLDER = re.compile(r"\\\{[^{}]*\\\}|%n|%\d")


def english_patterns(lang: str) -> re.Pattern:
    """Every English source whose translation in ``lang`` differs, as one regular expression
    (placeholders match any text, %n any number, accelerators and a trailing ':' or '…' optional)."""
    parts = []
    for (_context, source, _comment), translated in i18n._catalogue(lang).items():
        forms = translated if isinstance(translated, tuple) else (translated,)
        words = PLACEHOLDER.sub("", re.escape(source)).replace("\\", "")
        if source in forms or len(re.findall(r"[A-Za-z]", words)) < 3:
            continue
        text = source.replace("&", "").rstrip(":…. ")
        escaped = PLACEHOLDER.sub(lambda m: r"\d+" if m.group() == "%n" else ".+?", re.escape(text))
        parts.append(escaped)
    return re.compile("(?:" + "|".join(sorted(set(parts), key=len, reverse=True)) + r")[:….]*")


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    out = [(type(top).__name__, top.windowTitle())]
    for w in top.findChildren(QWidget):
        if not w.isVisibleTo(top):
            continue
        name = type(w).__name__
        if isinstance(w, QLabel | QAbstractButton):
            out.append((name, w.text()))
            out.append((name + ".toolTip", w.toolTip()))
        elif isinstance(w, QGroupBox):
            out.append((name, w.title()))
        elif isinstance(w, QLineEdit):
            out.append((name + ".placeholder", w.placeholderText()))
        elif isinstance(w, QComboBox):
            out += [(name + ".item", w.itemText(i)) for i in range(min(w.count(), 40))]
        elif isinstance(w, QAbstractItemView) and w.model() is not None:
            model = w.model()
            header = getattr(w, "horizontalHeader", None)
            columns = header().count() if header is not None else 0
            out += [(name + ".header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                    for c in range(columns)]
        elif isinstance(w, QMenuBar):
            out += [(name, a.text()) for a in w.actions() if a.isVisible()]
            for menu_action in w.actions():
                menu = menu_action.menu()
                if menu is not None and menu_action.isVisible():
                    out += [(name + ".menu", a.text()) for a in menu.actions() if a.isVisible() and a.text()]
    return [(where, re.sub(r"<[^>]+>", " ", text).replace("&", "").strip()) for where, text in out if text]


def translations(lang: str) -> set[str]:
    """Every text of the language's file (a word the same in both languages is not English)."""
    out = set()
    for translated in i18n._catalogue(lang).values():
        for form in translated if isinstance(translated, tuple) else (translated,):
            out.add(form.replace("&", "").rstrip(":…. "))
    return out


def english_on_screen(top: QWidget, known: re.Pattern, own: set[str]) -> list[str]:
    found = []
    for where, text in visible_texts(top):
        for piece in re.split(r"\s*\n\s*", text):
            if piece.strip().rstrip(":…. ") in own:
                continue
            if known.fullmatch(piece.strip()):
                found.append(f"{type(top).__name__}/{where}: {piece!r}")
                continue
            words = {w.lower() for w in re.findall(r"[A-Za-z']+", piece) if "/" not in w}
            if len(words & ENGLISH_WORDS) >= 2 and not re.search(r"[/\\]", piece):
                found.append(f"{type(top).__name__}/{where}: {piece!r} (not extracted?)")
    return found


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_window_speaks_the_language_and_nothing_is_clipped(lang, ctx, qtbot, vault_info, tmp_path,
                                                                 built_translations):
    ui_i18n.remember_language(ctx.local, lang)
    ui_i18n.install_language(lang)
    known, own = english_patterns(lang), translations(lang)
    english: list[str] = []
    clipped: list[str] = []

    def visit(top):
        english.extend(english_on_screen(top, known, own))
        clipped.extend(_problems(top))

    try:
        walk(qtbot, ctx, vault_info, tmp_path, visit)
    finally:
        ui_i18n.install_language("en")
    english = sorted(set(english))
    assert not english, f"{len(english)} English texts in {lang}:\n" + "\n".join(english)
    assert not clipped, "\n".join(clipped)
